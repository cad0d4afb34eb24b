//! Reading real files: boilerplate on the seed articles (golden, one line per text line, `B`
//! for furniture) and on a fixture of other furniture kinds whose expected marks are written
//! in the fixture itself (`B|` furniture, ` |` article).
#![cfg(not(target_arch = "wasm32"))]

use claimlens::text::boilerplate::find_boilerplate;
use claimlens::text::meta::read_meta;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds_reading.txt");
const FURNITURE: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reading/furniture.txt");

/// Each non-blank line prefixed with `B ` when marked as boilerplate, `  ` otherwise.
fn render(text: &str) -> String {
    let marks = find_boilerplate(text);
    let mut out = String::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let start = offset + (body.len() - body.trim_start().len());
        offset += line.len();
        if body.trim().is_empty() {
            continue;
        }
        let marked = marks.iter().any(|m| m.start() == start);
        let short: String = body.trim().chars().take(100).collect();
        out.push_str(if marked { "B " } else { "  " });
        out.push_str(&short);
        out.push('\n');
    }
    out
}

#[test]
fn seed_furniture_is_marked_and_no_article_sentence_is() {
    let mut names: Vec<_> = std::fs::read_dir(SEEDS).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut actual = String::new();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let meta = read_meta(&text, &[]);
        actual.push_str(&format!("== {}\n{meta:?}\n", path.file_name().unwrap().to_string_lossy()));
        actual.push_str(&render(&text));
    }
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(GOLDEN).expect("golden file; run with UPDATE_GOLDEN=1");
    assert!(
        actual == expected,
        "boilerplate/meta differ from {GOLDEN}; UPDATE_GOLDEN=1 after review\n{actual}"
    );
}

#[test]
fn other_kinds_of_furniture_are_marked_exactly() {
    let fixture = std::fs::read_to_string(FURNITURE).unwrap();
    let (mut text, mut expected) = (String::new(), Vec::new());
    for line in fixture.lines() {
        let (mark, body) = line.split_at(2);
        if mark == "B|" {
            expected.push(body.to_string());
        }
        text.push_str(body);
        text.push('\n');
    }
    let marked: Vec<&str> = find_boilerplate(&text).into_iter().map(|s| s.slice(&text)).collect();
    assert_eq!(marked, expected);
}
