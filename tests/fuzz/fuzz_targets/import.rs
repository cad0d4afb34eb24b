//! Fuzz target: arbitrary bytes offered to claimlens/1 Import. Every invariant is
//! `claimlens::invariants::check_import_bytes`, which the corpus replay test
//! (`tests/fuzz_corpus.rs`) also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(broken) = claimlens::invariants::check_import_bytes(bytes) {
        panic!("{broken}");
    }
});
