//! The CLI in every format: `extract --format F` writes exactly what `convert` of the
//! claimlens/1 extract writes (the page's export path), a bad project is refused with the
//! reason, and the export time comes from `--exported-at` or `SOURCE_DATE_EPOCH` only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");

fn seeds() -> Vec<String> {
    let mut paths: Vec<String> = std::fs::read_dir(SEEDS)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    paths.sort();
    paths
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimlens"));
    command.args(args).env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("claimlens runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-formats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn extract(format: &str, extra: &[&str]) -> Vec<u8> {
    let out = scratch(&format!("extract.{format}"));
    let mut args = vec!["extract", "--format", format, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let seeds = seeds();
    args.extend(seeds.iter().map(String::as_str));
    let output = run(&args, &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::read(out).unwrap()
}

#[test]
fn extract_in_each_format_equals_convert_of_the_claimlens_export() {
    let project = scratch("project.json");
    std::fs::write(&project, extract("claimlens", &[])).unwrap();
    for format in ["claimlens", "w3c", "brat", "csv", "claimreview"] {
        let output = run(&["convert", project.to_str().unwrap(), "--format", format], &[]);
        assert!(output.status.success(), "{format}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stdout == extract(format, &[]), "{format}: convert differs from extract");
    }
    let zip = extract("brat", &[]);
    assert!(zip.starts_with(b"PK\x03\x04"), "brat is a zip");
    let csv = extract("csv", &[]);
    assert!(csv.starts_with("\u{FEFF}id,".as_bytes()));
}

#[test]
fn convert_refuses_a_bad_project_with_the_reason() {
    let bad = scratch("bad.json");
    std::fs::write(&bad, r#"{"format": "claimlens/1", "tags": 3}"#).unwrap();
    let output = run(&["convert", bad.to_str().unwrap(), "--format", "w3c"], &[]);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.json: refused: not a valid claimlens/1 file"), "{stderr}");
}

#[test]
fn the_export_time_is_given_or_absent_never_guessed() {
    let seeds = seeds();
    let first = seeds[0].as_str();
    let w3c = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["extract", "--format", "w3c", first];
        args.extend_from_slice(extra);
        let output = run(&args, env);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let plain = w3c(&[], &[]);
    assert!(!plain.contains("\"created\""), "no time unless given");
    assert_eq!(plain, w3c(&[], &[]), "reproducible");
    let epoch = w3c(&[("SOURCE_DATE_EPOCH", "1764547200")], &[]);
    assert!(epoch.contains("\"created\": \"2025-12-01T00:00:00Z\""));
    let given = w3c(&[], &["--exported-at", "2026-02-28T23:59:59Z"]);
    assert!(given.contains("\"modified\": \"2026-02-28T23:59:59Z\""));
    let output = run(&["extract", "--exported-at", "yesterday", first], &[]);
    assert!(!output.status.success());
    let output = run(&["extract", "--jsonl", "--format", "csv", first], &[]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("--jsonl writes claimlens/1 only"));
}
