//! CSV of claims for spreadsheets: a UTF-8 BOM, one row per claim with its document's name,
//! title and outlet, tag labels, an interrupted quote's content without the interruption (its
//! parts joined by " … ", the parts themselves as a JSON array in `content_parts`), content
//! offsets in code points and in UTF-16 units; RFC 4180 quoting, and cells that a spreadsheet
//! would run as a formula (= + - @, tab, CR) defused with a leading quote.

use crate::model::{ById, Claim, Document, Project};
use crate::text::offsets::OffsetMap;
use crate::text::Span;

pub(in crate::format) const HEADER: [&str; 22] = [
    "id",
    "document",
    "title",
    "outlet",
    "kind",
    "status",
    "speaker",
    "source",
    "cue",
    "content",
    "content_parts",
    "confidence",
    "tags",
    "tag_ids",
    "note",
    "cluster",
    "origin",
    "start",
    "end",
    "start_utf16",
    "end_utf16",
    "document_id",
];

/// Between the parts of an interrupted quote in the `content` cell.
pub const PART_JOINER: &str = " … ";

/// The claims of `project` as CSV: a UTF-8 byte-order mark (so spreadsheets read UTF-8), the
/// header line, one row per claim, `\r\n` line ends as RFC 4180 says.
pub fn export_csv(project: &Project) -> String {
    let bytes = super::job::ExportJob::new(super::ExportFormat::Csv, Default::default())
        .run_to_end(project);
    String::from_utf8(bytes).expect("CSV is written as UTF-8")
}

/// The cells of one claim, in `HEADER` order.
pub(in crate::format) fn claim_row(
    by_id: &ById,
    claim: &Claim,
    doc: &Document,
    map: &OffsetMap,
) -> Vec<String> {
    let project = by_id.project();
    let slice = |s: Option<Span>| s.map_or(String::new(), |s| s.slice(&doc.text).to_string());
    let speaker = claim.speaker.as_deref().and_then(|s| by_id.speaker(s));
    let labels: Vec<&str> = claim
        .tags
        .iter()
        .map(|id| project.tags.iter().find(|t| &t.id == id).map_or(id.as_str(), |t| &t.label))
        .collect();
    let parts: Vec<&str> = claim.content_parts.iter().map(|s| s.slice(&doc.text)).collect();
    let content =
        if parts.is_empty() { slice(Some(claim.content)) } else { parts.join(PART_JOINER) };
    let parts_cell = if parts.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&parts).expect("strings serialise")
    };
    let (start, end) = map.span_to_chars(claim.content);
    let (start16, end16) = map.span_to_utf16(claim.content);
    vec![
        claim.id.clone(),
        doc.name.clone(),
        doc.meta.title.clone().unwrap_or_default(),
        doc.meta.outlet.clone().unwrap_or_default(),
        claim.kind.as_str().to_string(),
        claim.status.as_str().to_string(),
        speaker.map_or(String::new(), |s| s.name.clone()),
        slice(claim.source_mention),
        slice(claim.cue),
        content,
        parts_cell,
        format!("{}", claim.confidence),
        labels.join("; "),
        claim.tags.join(";"),
        claim.note.clone(),
        claim.cluster.clone().unwrap_or_default(),
        format!("{:?}", claim.origin).to_lowercase(),
        start.to_string(),
        end.to_string(),
        start16.to_string(),
        end16.to_string(),
        doc.id.clone(),
    ]
}

pub(in crate::format) fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(&defuse_formula(cell)));
    }
    out.push_str("\r\n");
}

/// A cell a spreadsheet would evaluate gets a leading `'` so it stays text.
fn defuse_formula(cell: String) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell,
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Origin, Status, Tag};

    /// RFC 4180 cells of a CSV text (after its BOM), for checking what was written.
    fn read_rows(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let (mut quoted, mut chars) =
            (false, csv.trim_start_matches('\u{FEFF}').chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn an_interrupted_quote_keeps_its_parts_and_tags_show_their_labels() {
        let text = "\"This is in their heads,\" Caddell said. \"It is one of the things, 😀.\"";
        let span = |needle: &str| {
            let at = text.find(needle).unwrap();
            Span::within(text, at, at + needle.len()).unwrap()
        };
        let first = span("This is in their heads,");
        let second = span("It is one of the things, 😀.");
        let meta = crate::text::meta::Meta {
            title: Some("A title, with a comma".into()),
            outlet: Some("The Daily".into()),
            ..Default::default()
        };
        let project = Project {
            tags: vec![Tag {
                id: "needs-check".into(),
                label: "Needs check".into(),
                color: "#000".into(),
                key: None,
            }],
            documents: vec![Document {
                id: "d1".into(),
                name: "a.txt".into(),
                sha256: String::new(),
                text: text.into(),
                meta,
                boilerplate: vec![],
                duplicate_of: None,
            }],
            claims: vec![Claim {
                id: "c1".into(),
                document: "d1".into(),
                kind: ClaimKind::Direct,
                content: Span::within(text, first.start(), second.end()).unwrap(),
                content_parts: vec![first, second],
                cue: Some(span("said")),
                source_mention: Some(span("Caddell")),
                speaker: None,
                status: Status::Accepted,
                origin: Origin::Extracted,
                confidence: 0.75,
                found_by: None,
                tags: vec!["needs-check".into()],
                note: "two\nlines, \"quoted\"\t=1".into(),
                cluster: None,
            }],
            ..Project::default()
        };
        let csv = export_csv(&project);
        assert!(csv.starts_with('\u{FEFF}'));
        let rows = read_rows(&csv);
        assert_eq!(rows.len(), 2);
        let cell = |name: &str| {
            let at = HEADER.iter().position(|h| *h == name).unwrap();
            rows[1][at].clone()
        };
        assert_eq!(rows[0], HEADER);
        assert_eq!(cell("content"), "This is in their heads, … It is one of the things, 😀.");
        assert_eq!(
            cell("content_parts"),
            r#"["This is in their heads,","It is one of the things, 😀."]"#
        );
        assert_eq!(cell("title"), "A title, with a comma");
        assert_eq!(cell("outlet"), "The Daily");
        assert_eq!(cell("tags"), "Needs check");
        assert_eq!(cell("tag_ids"), "needs-check");
        assert_eq!(cell("note"), "two\nlines, \"quoted\"\t=1");
        assert_eq!((cell("start"), cell("end")), ("1".into(), "68".into()));
        assert_eq!((cell("start_utf16"), cell("end_utf16")), ("1".into(), "69".into()));
    }

    #[test]
    fn quotes_commas_quotes_and_newlines() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("plain"), "plain");
    }

    #[test]
    fn formulas_are_defused() {
        for evil in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx"] {
            assert!(defuse_formula(evil.to_string()).starts_with('\''), "{evil}");
        }
        assert_eq!(defuse_formula("fine".into()), "fine");
    }
}

#[cfg(test)]
mod hostile {
    #[test]
    fn hostile_text_exports() {
        let text = "<script>window.__pwned=1</script> Headline\n\n\"=HYPERLINK(\\\"http://evil\\\") is fine, we are sure,\" the minister said on Monday.\n\"><img src=x onerror=\"window.__pwned=2\"> \u{202E}evil\u{202C} and zero\u{200B}width, said Jones.\n";
        let (p, _) = crate::pipeline::analyze(&[crate::pipeline::InputFile {
            name: "x.txt".into(),
            bytes: text.as_bytes().to_vec(),
        }]);
        let csv = super::export_csv(&p);
        assert!(csv.starts_with("\u{FEFF}id,document,title,outlet,"), "{csv}");
        assert!(csv.lines().count() > 1, "{csv}");
    }
}
