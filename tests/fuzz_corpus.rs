//! The fuzz smoke run of `scripts/test.sh`: replays the checked-in fuzz corpus
//! (`tests/fuzz/corpus/<target>/`) and the crash inputs the fuzzers found
//! (`tests/fuzz/regressions/<target>/`) through the very checks the fuzz targets call
//! (`claimlens::invariants`), so a change that breaks an invariant on any of them fails here
//! without cargo-fuzz or a nightly compiler.

use std::path::{Path, PathBuf};

use claimlens::invariants::{check_file_bytes, check_import_bytes};

fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz").join(kind).join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && !is_hidden(path))
        .collect();
    files.sort();
    files
}

fn is_hidden(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

fn replay(target: &str, check: fn(&[u8]) -> Result<(), String>, at_least: usize) {
    let mut replayed = 0;
    for kind in ["corpus", "regressions"] {
        for path in inputs(kind, target) {
            let bytes = std::fs::read(&path).unwrap();
            if let Err(broken) = check(&bytes) {
                panic!("{}: {broken}", path.display());
            }
            replayed += 1;
        }
    }
    assert!(replayed >= at_least, "only {replayed} {target} inputs: is the corpus checked in?");
}

#[test]
fn the_prepare_corpus_keeps_every_invariant() {
    replay("prepare", check_file_bytes, 20);
}

#[test]
fn the_import_corpus_keeps_every_invariant() {
    replay("import", check_import_bytes, 10);
}

#[test]
fn the_import_corpus_reaches_past_validation() {
    let imported = inputs("corpus", "import")
        .iter()
        .filter_map(|path| String::from_utf8(std::fs::read(path).unwrap()).ok())
        .filter(|json| claimlens::format::import_json(json).is_ok())
        .count();
    assert!(imported >= 10, "only {imported} corpus files import: the fuzzer starts too shallow");
}
