//! brat export tests: PolNeAR's shape, fragments at line breaks, no injected lines, names,
//! and a reader that checks every `T` line as brat's `annotation.py` does.

use super::*;
use crate::model::{Claim, ClaimKind, Document, Speaker, SpeakerKind, Status};
use crate::text::Span;

fn span(text: &str, needle: &str) -> Span {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} in {text:?}"));
    Span::within(text, at, at + needle.len()).unwrap()
}

fn document(id: &str, name: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        name: name.into(),
        sha256: String::new(),
        text: text.into(),
        meta: Default::default(),
        boilerplate: vec![],
        duplicate_of: None,
    }
}

fn claim(id: &str, doc: &str, content: Span, cue: Option<Span>, source: Option<Span>) -> Claim {
    Claim {
        cue,
        source_mention: source,
        status: Status::Accepted,
        confidence: 0.9,
        ..Claim::suggested(id.into(), doc.into(), ClaimKind::Direct, content)
    }
}

/// Reads an `.ann` as brat does (lines as Python's `splitlines`), checks that every line has
/// an id and a tab, and that every `T` text is its fragments' text joined by one space.
fn check_as_brat_reads(text: &str, ann: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = 0;
    for line in ann.split(ann::is_line_break).filter(|l| !l.is_empty()) {
        lines += 1;
        let (id, rest) = line.split_once('\t').unwrap_or_else(|| panic!("no tab: {line:?}"));
        assert!(
            id.chars().next().is_some_and(|c| "TEA#".contains(c)),
            "unexpected line {line:?} in\n{ann}"
        );
        if id.starts_with('T') {
            let (data, tail) = rest.split_once('\t').expect("T text");
            let (_, ranges) = data.split_once(' ').expect("type and ranges");
            let parts: Vec<String> = ranges
                .split(';')
                .map(|r| {
                    let (a, b) = r.split_once(' ').unwrap();
                    let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                    assert!(a < b, "empty fragment in {line:?}");
                    chars[a..b].iter().collect()
                })
                .collect();
            assert_eq!(tail, parts.join(" "), "{line:?}");
        }
    }
    lines
}

#[test]
fn writes_polnear_shaped_events_with_code_point_offsets() {
    let text = "😀 “Go,” Smith said.";
    let project = Project {
        documents: vec![document("d1", "a.txt", text)],
        claims: vec![claim(
            "c1",
            "d1",
            span(text, "Go,"),
            Some(span(text, "said")),
            Some(span(text, "Smith")),
        )],
        ..Project::default()
    };
    let files = export_brat(&project);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["annotation.conf", "visual.conf", "a.txt", "a.ann"]);
    let ann = &files[3].1;
    assert!(ann.contains("T1\tContent 3 6\tGo,"), "{ann}");
    assert!(ann.contains("T2\tCue 14 18\tsaid"), "{ann}");
    assert!(ann.contains("T4\tAttribution 14 18\tsaid"), "{ann}");
    assert!(ann.contains("E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3"), "{ann}");
    assert!(ann.contains("A2\tStatus E1 accepted"), "{ann}");
    assert_eq!(check_as_brat_reads(text, ann), 8);
}

#[test]
fn a_span_across_paragraphs_and_separators_becomes_fragments() {
    let text = "First part.\n\nSecond\u{2028}part\u{85}end, she wrote.";
    let content = Span::within(text, 0, text.find(", she").unwrap()).unwrap();
    let project = Project {
        documents: vec![document("d1", "a.txt", text)],
        claims: vec![claim("c1", "d1", content, None, Some(span(text, "she")))],
        ..Project::default()
    };
    let ann = &export_brat(&project)[3].1;
    assert!(
        ann.contains("T1\tContent 0 11;13 19;20 24;25 28\tFirst part. Second part end"),
        "{ann}"
    );
    assert!(ann.contains("T3\tAttribution 0 11;13 19;20 24;25 28\t"), "no cue: content triggers");
    check_as_brat_reads(text, ann);
}

#[test]
fn no_text_reaches_the_line_structure() {
    let text = "\u{2028}R1\tAlias Arg1:T1 Arg2:T3\u{2029}#9\tAnnotatorNotes T1\tx, Jo said.";
    let mut c = claim(
        "c1",
        "d1",
        Span::within(text, 0, text.find(',').unwrap()).unwrap(),
        Some(span(text, "said")),
        Some(span(text, "Jo")),
    );
    c.note = "line one\nR2\tAlias Arg1:T1 Arg2:T2\u{0B}\u{1E}A9\tKind E1 direct\r\n=1+1".into();
    c.speaker = Some("s1".into());
    c.tags = vec!["t\u{2029}1".into()];
    let project = Project {
        documents: vec![document("d1", "a.txt", text)],
        speakers: vec![Speaker {
            id: "s1".into(),
            name: "Jo\nE7\tAttribution:T1".into(),
            kind: SpeakerKind::Person,
            aliases: vec![],
            descriptions: vec![],
        }],
        claims: vec![c],
        ..Project::default()
    };
    let ann = &export_brat(&project)[3].1;
    let lines = check_as_brat_reads(text, ann);
    assert_eq!(lines, ann.lines().count(), "every line written is one line read:\n{ann}");
    assert!(!ann.split(ann::is_line_break).any(|l| l.starts_with('R') || l.starts_with("A9")));
}

#[test]
fn names_are_safe_and_unique_ignoring_case() {
    let project = Project {
        documents: vec![
            document("d1", "story.txt", "a"),
            document("d2", "Story.TXT", "b"),
            document("d3", "story.txt", "c"),
            document("d4", "../../etc/passwd", "d"),
            document("d5", "...", "e"),
            document("d6", "annotation.txt", "f"),
            document("d7", "a\u{0}b<c>:\"d|e?*.txt", "g"),
        ],
        ..Project::default()
    };
    let stems = unique_stems(&project);
    assert_eq!(
        stems,
        ["story", "Story-2", "story-3", "passwd", "d5", "annotation-2", "a_b_c___d_e__"]
    );
}

#[test]
fn the_zip_holds_one_folder_with_the_confs_every_pair_and_one_zip_per_pair() {
    let project = Project {
        documents: vec![document("d1", "x.txt", "one"), document("d2", "x.txt", "two")],
        ..Project::default()
    };
    let bytes = export_brat_zip(&project);
    let archive = ::zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<&str> = archive.file_names().collect();
    let folder = folder_name(&ExportIds::of(&project));
    let expected: Vec<String> = [
        "annotation.conf",
        "visual.conf",
        "x.txt",
        "x.ann",
        "x-2.txt",
        "x-2.ann",
        "inception/x.zip",
        "inception/x-2.zip",
    ]
    .iter()
    .map(|n| format!("{folder}/{n}"))
    .collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    let mut want = expected.clone();
    want.sort_unstable();
    assert_eq!(sorted, want);
    assert!(folder.starts_with("claimlens-brat-") && folder.len() == 23, "{folder}");
}
