//! Extraction throughput of the core compiled to wasm, in headless Chromium (a benchmark: it
//! prints figures and asserts nothing). Compare with the native figure on the same input:
//!   cargo run --release -- bench tests/fixtures/seeds/*.txt
//!   CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture
#![cfg(target_arch = "wasm32")]

use claimlens::extract::extract;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [&str; 5] = [
    include_str!("fixtures/seeds/000_b6e732ae2de8a876.txt"),
    include_str!("fixtures/seeds/001_216727c9abf153cd.txt"),
    include_str!("fixtures/seeds/002_c9a25246d8df2476.txt"),
    include_str!("fixtures/seeds/003_1df48a8ff55d4118.txt"),
    include_str!("fixtures/seeds/004_3db6b54fe26f4393.txt"),
];

#[wasm_bindgen_test]
fn extraction_throughput_in_the_browser() {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let now = || {
        let f = js_sys::Reflect::get(&performance, &"now".into()).unwrap();
        js_sys::Function::from(f).call0(&performance).unwrap().as_f64().unwrap()
    };
    let bytes: usize = SEEDS.iter().map(|t| t.len()).sum();
    let words: usize = SEEDS.iter().map(|t| t.split_whitespace().count()).sum();
    let start = now();
    let mut rounds = 0u32;
    let mut found = 0usize;
    while rounds == 0 || now() - start < 2000.0 {
        for text in SEEDS {
            found += extract(text, &[]).attributions.len();
        }
        rounds += 1;
    }
    let secs = (now() - start) / 1000.0;
    let message = format!(
        "wasm: {} files, {:.3} MB, {rounds} rounds in {secs:.2} s: {:.2} MB/s, {:.0} words/s ({} attributions a round)",
        SEEDS.len(),
        bytes as f64 / 1e6,
        bytes as f64 * rounds as f64 / 1e6 / secs,
        words as f64 * rounds as f64 / secs,
        found / rounds as usize
    );
    web_sys::console::log_1(&message.into());
}
