//! Fuzz target: arbitrary bytes as a dropped file, through decode, clean, extract and the
//! project pipeline. Every invariant is `claimlens::invariants::check_file_bytes`, which the
//! corpus replay test (`tests/fuzz_corpus.rs`) also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(broken) = claimlens::invariants::check_file_bytes(bytes) {
        panic!("{broken}");
    }
});
