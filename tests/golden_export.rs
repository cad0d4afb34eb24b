//! Golden test of the whole pipeline: `claimlens extract` over the five seed articles must
//! print exactly tests/golden/seeds.claimlens.json (the reviewed expectation; a diff shows
//! what an extractor change did). `UPDATE_GOLDEN=1 cargo test` rewrites it after review.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds.claimlens.json");

fn seed_paths() -> Vec<String> {
    let mut paths: Vec<String> = std::fs::read_dir(SEEDS)
        .expect("tests/fixtures/seeds exists")
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn extract_over_the_seed_story_matches_the_golden_json() {
    let output = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .arg("extract")
        .args(seed_paths())
        .output()
        .expect("claimlens runs");
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let actual = String::from_utf8(output.stdout).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(GOLDEN).expect("golden file; run with UPDATE_GOLDEN=1");
    if actual != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(10)
            .map(|(i, (e, a))| format!("line {}:\n  expected {e}\n  actual   {a}", i + 1))
            .collect();
        panic!(
            "extract output differs from {GOLDEN}:\n{}\n(UPDATE_GOLDEN=1 after review)",
            diff.join("\n")
        );
    }
}

#[test]
fn an_unreadable_file_is_named_on_stderr_and_the_others_still_processed() {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("scan.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 binary").unwrap();
    let missing = dir.join("missing.txt");
    let good = Path::new(SEEDS).join("000_b6e732ae2de8a876.txt");
    let output = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .arg("extract")
        .args([&pdf, &missing, &good])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("scan.pdf: looks like a PDF"), "{stderr}");
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
    assert_eq!(json["exported_at"], serde_json::Value::Null);
}
