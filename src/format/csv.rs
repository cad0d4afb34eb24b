//! CSV of claims for spreadsheets: one row per claim, RFC 4180 quoting, and cells that a
//! spreadsheet would run as a formula (= + - @, tab, CR) defused with a leading quote.

use crate::model::Project;
use crate::text::offsets::OffsetMap;

const HEADER: [&str; 15] = [
    "id",
    "document",
    "kind",
    "status",
    "speaker",
    "source",
    "cue",
    "content",
    "confidence",
    "tags",
    "note",
    "cluster",
    "origin",
    "start",
    "end",
];

/// The claims of `project` as CSV (header line first, `\r\n` line ends as RFC 4180 says).
pub fn export_csv(project: &Project) -> String {
    let mut out = String::new();
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    let maps: Vec<OffsetMap> = project.documents.iter().map(|d| OffsetMap::new(&d.text)).collect();
    for claim in &project.claims {
        let Some(d) = project.documents.iter().position(|d| d.id == claim.document) else {
            continue;
        };
        let (doc, map) = (&project.documents[d], &maps[d]);
        let slice = |s: Option<crate::text::Span>| {
            s.map_or(String::new(), |s| s.slice(&doc.text).to_string())
        };
        let speaker = claim
            .speaker
            .as_deref()
            .and_then(|s| project.speaker(s))
            .map_or(String::new(), |s| s.name.clone());
        let (start, end) = map.span_to_chars(claim.content);
        push_row(
            &mut out,
            [
                claim.id.clone(),
                doc.name.clone(),
                claim.kind.as_str().to_string(),
                claim.status.as_str().to_string(),
                speaker,
                slice(claim.source_mention),
                slice(claim.cue),
                slice(Some(claim.content)),
                format!("{}", claim.confidence),
                claim.tags.join(";"),
                claim.note.clone(),
                claim.cluster.clone().unwrap_or_default(),
                format!("{:?}", claim.origin).to_lowercase(),
                start.to_string(),
                end.to_string(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
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
        assert!(csv.lines().count() > 1, "{csv}");
    }
}
