//! The core compiled to wasm, run in headless Chromium by wasm-bindgen-test: analysing the seed
//! story must give byte for byte the JSON the native CLI gives (tests/golden/seeds.claimlens.json),
//! and hostile imports must be refused there as natively.
#![cfg(target_arch = "wasm32")]

use claimlens::format::export_json;
use claimlens::{analyze, InputFile};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! seed {
    ($name:literal) => {
        InputFile {
            name: $name.to_string(),
            bytes: include_bytes!(concat!("fixtures/seeds/", $name)).to_vec(),
        }
    };
}

#[wasm_bindgen_test]
fn the_seed_story_gives_the_same_json_in_wasm_as_natively() {
    let files = [
        seed!("000_b6e732ae2de8a876.txt"),
        seed!("001_216727c9abf153cd.txt"),
        seed!("002_c9a25246d8df2476.txt"),
        seed!("003_1df48a8ff55d4118.txt"),
        seed!("004_3db6b54fe26f4393.txt"),
    ];
    let (project, added) = analyze(&files);
    assert!(added.refused.is_empty());
    let json = export_json(&project, None);
    let golden = include_str!("golden/seeds.claimlens.json");
    assert_eq!(json.len(), golden.len(), "length differs from the native golden JSON");
    assert!(json == golden, "wasm export differs from the native golden JSON");
}

/// serde_json's recursion limit must hold in wasm too, whose stack is far smaller than native.
#[wasm_bindgen_test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    for depth in [200, 100_000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let inside = format!("{{\"format\": \"claimlens/1\", \"tags\": {arrays}}}");
        for json in [arrays, inside] {
            let refused = claimlens::format::import_json(&json).unwrap_err();
            assert!(refused.message.contains("recursion limit"), "{refused}");
        }
    }
}
