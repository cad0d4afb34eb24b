//! brat standoff, to continue in brat or INCEpTION: per document a `.txt` and an `.ann` with
//! `T` spans (Content, Cue, Source; discontinuous content joined with `;`), an `E` Attribution
//! event per claim with Content/Cue/Source roles (PolNeAR's shape), `A` attributes for kind and
//! status, and `#` notes for the speaker and the note. Offsets are code points, as PolNeAR's
//! files and ../shared/bench/brat.py read them.

use std::fmt::Write;

use crate::model::Project;
use crate::text::offsets::OffsetMap;
use crate::text::Span;

/// (file name, contents) pairs: `NAME.txt` and `NAME.ann` for every document.
pub fn export_brat(project: &Project) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for doc in &project.documents {
        let stem = doc.name.strip_suffix(".txt").unwrap_or(&doc.name).to_string();
        let map = OffsetMap::new(&doc.text);
        let mut ann = String::new();
        let mut t = 0;
        let mut next_t = |ann: &mut String, kind: &str, spans: &[Span]| -> String {
            t += 1;
            let ranges: Vec<String> = spans
                .iter()
                .map(|s| {
                    let (a, b) = map.span_to_chars(*s);
                    format!("{a} {b}")
                })
                .collect();
            let text: Vec<&str> = spans.iter().map(|s| s.slice(&doc.text)).collect();
            let _ = writeln!(
                ann,
                "T{t}\t{kind} {}\t{}",
                ranges.join(";"),
                text.join(" ").replace('\n', " ")
            );
            format!("T{t}")
        };
        let mut e = 0;
        for claim in project.claims.iter().filter(|c| c.document == doc.id) {
            let parts = if claim.content_parts.is_empty() {
                vec![claim.content]
            } else {
                claim.content_parts.clone()
            };
            let content = next_t(&mut ann, "Content", &parts);
            let cue = claim.cue.map(|s| next_t(&mut ann, "Cue", &[s]));
            let source = claim.source_mention.map(|s| next_t(&mut ann, "Source", &[s]));
            let trigger = next_t(&mut ann, "Attribution", &[claim.cue.unwrap_or(claim.content)]);
            e += 1;
            let mut event = format!("E{e}\tAttribution:{trigger} Content:{content}");
            if let Some(cue) = cue {
                let _ = write!(event, " Cue:{cue}");
            }
            if let Some(source) = source {
                let _ = write!(event, " Source:{source}");
            }
            let _ = writeln!(ann, "{event}");
            let _ = writeln!(ann, "A{}\tKind E{e} {}", 2 * e - 1, claim.kind.as_str());
            let _ = writeln!(ann, "A{}\tStatus E{e} {}", 2 * e, claim.status.as_str());
            let speaker =
                claim.speaker.as_deref().and_then(|s| project.speaker(s)).map(|s| s.name.as_str());
            let mut note = String::new();
            if let Some(name) = speaker {
                let _ = write!(note, "speaker: {name}");
            }
            if !claim.tags.is_empty() {
                let _ = write!(
                    note,
                    "{}tags: {}",
                    if note.is_empty() { "" } else { "; " },
                    claim.tags.join(", ")
                );
            }
            if !claim.note.is_empty() {
                let _ = write!(
                    note,
                    "{}note: {}",
                    if note.is_empty() { "" } else { "; " },
                    claim.note.replace('\n', " ")
                );
            }
            if !note.is_empty() {
                let _ = writeln!(ann, "#{e}\tAnnotatorNotes E{e}\t{note}");
            }
        }
        files.push((format!("{stem}.txt"), doc.text.clone()));
        files.push((format!("{stem}.ann"), ann));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, ClaimKind, Document, Origin, Status};

    #[test]
    fn writes_polnear_shaped_events_with_code_point_offsets() {
        let text = "😀 “Go,” Smith said.";
        let span = |needle: &str| {
            let at = text.find(needle).unwrap();
            Span::within(text, at, at + needle.len()).unwrap()
        };
        let project = Project {
            documents: vec![Document {
                id: "d1".into(),
                name: "a.txt".into(),
                sha256: String::new(),
                text: text.into(),
                meta: Default::default(),
                boilerplate: vec![],
                duplicate_of: None,
            }],
            claims: vec![Claim {
                id: "c1".into(),
                document: "d1".into(),
                kind: ClaimKind::Direct,
                content: span("Go,"),
                content_parts: vec![],
                cue: Some(span("said")),
                source_mention: Some(span("Smith")),
                speaker: None,
                status: Status::Accepted,
                origin: Origin::Extracted,
                confidence: 0.9,
                tags: vec![],
                note: String::new(),
                cluster: None,
            }],
            ..Project::default()
        };
        let files = export_brat(&project);
        let ann = &files[1].1;
        assert_eq!(files[1].0, "a.ann");
        assert!(ann.contains("T1\tContent 3 6\tGo,"), "{ann}");
        assert!(ann.contains("T2\tCue 14 18\tsaid"), "{ann}");
        assert!(ann.contains("E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3"), "{ann}");
        assert!(ann.contains("A2\tStatus E1 accepted"), "{ann}");
    }
}
