//! One document's `.ann`: `T` spans (Content, Cue, Source, and the Attribution trigger), an `E`
//! Attribution event per claim with Content/Cue/Source roles, `A` attributes (Kind, Status,
//! Origin) and a `#` AnnotatorNotes line (speaker, tags, note).
//!
//! Two rules keep every line brat's parser reads equal to a line written here:
//! - a span is split into fragments (`a b;c d`) at every character that Python's
//!   `str.splitlines` breaks at (brat reads `.ann` files with `codecs.open(...).readlines()`,
//!   which uses it), and a fragment never contains one, so span texts cannot add a line;
//! - free text (notes, speaker names, tag labels) has those characters replaced by spaces.
//!
//! Offsets are code points, as brat (Python `str` indices) and ../shared/bench/brat.py count.

use std::collections::HashMap;
use std::fmt::Write;

use crate::model::{ById, Claim, Document};
use crate::text::offsets::OffsetMap;
use crate::text::Span;

/// True for the characters at which Python's `str.splitlines` (so brat's reader) ends a line.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{1C}'
            | '\u{1D}'
            | '\u{1E}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `text` on one line: every line break replaced by a space.
pub fn one_line(text: &str) -> String {
    text.chars().map(|c| if is_line_break(c) { ' ' } else { c }).collect()
}

/// `(start, end)` code point ranges of the parts of `spans` between line breaks, empty parts
/// left out, in text order.
pub fn fragments(text: &str, map: &OffsetMap, spans: &[Span]) -> Fragments {
    let mut out = Vec::new();
    for span in spans {
        let mut from = span.start();
        for (at, c) in span.slice(text).char_indices() {
            let at = span.start() + at;
            if is_line_break(c) {
                push_fragment(&mut out, map, from, at);
                from = at + c.len_utf8();
            }
        }
        push_fragment(&mut out, map, from, span.end());
    }
    out.sort_unstable();
    out
}

fn push_fragment(out: &mut Vec<(usize, usize)>, map: &OffsetMap, from: usize, to: usize) {
    if from < to {
        out.push((map.to_char(from), map.to_char(to)));
    }
}

/// Writes the `.ann` of one document, of its claims (in project order).
pub fn document_ann(by_id: &ById, doc: &Document, claims: &[&Claim]) -> String {
    let map = OffsetMap::new(&doc.text);
    let mut ann = Ann { doc, map: &map, out: String::new(), spans: HashMap::new(), t: 0 };
    let mut e = 0;
    let mut a = 0;
    for &claim in claims {
        let Some(content) = ann.textbound("Content", &content_spans(claim)) else {
            continue; // only line breaks: nothing brat could show
        };
        let cue = claim.cue.and_then(|s| ann.textbound("Cue", &[s]));
        let source = claim.source_mention.and_then(|s| ann.textbound("Source", &[s]));
        let trigger = claim
            .cue
            .and_then(|s| ann.textbound("Attribution", &[s]))
            .or_else(|| ann.textbound("Attribution", &content_spans(claim)))
            .expect("the content has a fragment");
        e += 1;
        let mut event = format!("E{e}\tAttribution:{trigger} Content:{content}");
        for (role, id) in [("Cue", &cue), ("Source", &source)] {
            if let Some(id) = id {
                let _ = write!(event, " {role}:{id}");
            }
        }
        let _ = writeln!(ann.out, "{event}");
        for (name, value) in [
            ("Kind", claim.kind.as_str()),
            ("Status", claim.status.as_str()),
            ("Origin", origin_name(claim)),
        ] {
            a += 1;
            let _ = writeln!(ann.out, "A{a}\t{name} E{e} {value}");
        }
        let note = note_of(by_id, claim);
        if !note.is_empty() {
            let _ = writeln!(ann.out, "#{e}\tAnnotatorNotes E{e}\t{}", one_line(&note));
        }
    }
    ann.out
}

/// Code point ranges of a span's fragments, in text order.
type Fragments = Vec<(usize, usize)>;

/// The `T` lines written so far, one per type and set of fragments.
struct Ann<'a> {
    doc: &'a Document,
    map: &'a OffsetMap,
    out: String,
    spans: HashMap<(&'static str, Fragments), String>,
    t: usize,
}

impl Ann<'_> {
    /// The id of a `T` of this type over these spans (written on first use), or `None` when
    /// the spans hold nothing but line breaks.
    fn textbound(&mut self, kind: &'static str, spans: &[Span]) -> Option<String> {
        let parts = fragments(&self.doc.text, self.map, spans);
        if parts.is_empty() {
            return None;
        }
        if let Some(id) = self.spans.get(&(kind, parts.clone())) {
            return Some(id.clone());
        }
        self.t += 1;
        let id = format!("T{}", self.t);
        let ranges: Vec<String> = parts.iter().map(|(a, b)| format!("{a} {b}")).collect();
        let texts: Vec<&str> = parts
            .iter()
            .map(|&(a, b)| {
                let from = self.map.to_byte(a).expect("fragment inside the text");
                let to = self.map.to_byte(b).expect("fragment inside the text");
                &self.doc.text[from..to]
            })
            .collect();
        let _ = writeln!(self.out, "{id}\t{kind} {}\t{}", ranges.join(";"), texts.join(" "));
        self.spans.insert((kind, parts), id.clone());
        Some(id)
    }
}

fn content_spans(claim: &Claim) -> Vec<Span> {
    if claim.content_parts.is_empty() {
        vec![claim.content]
    } else {
        claim.content_parts.clone()
    }
}

fn origin_name(claim: &Claim) -> &'static str {
    match claim.origin {
        crate::model::Origin::Extracted => "extracted",
        crate::model::Origin::Manual => "manual",
    }
}

/// "speaker: NAME; tags: LABEL, LABEL; note: TEXT", the parts that apply.
fn note_of(by_id: &ById, claim: &Claim) -> String {
    let project = by_id.project();
    let mut parts = Vec::new();
    if let Some(speaker) = claim.speaker.as_deref().and_then(|s| by_id.speaker(s)) {
        parts.push(format!("speaker: {}", speaker.name));
    }
    if !claim.tags.is_empty() {
        let labels: Vec<&str> = claim
            .tags
            .iter()
            .map(|id| project.tags.iter().find(|t| &t.id == id).map_or(id.as_str(), |t| &t.label))
            .collect();
        parts.push(format!("tags: {}", labels.join(", ")));
    }
    if !claim.note.is_empty() {
        parts.push(format!("note: {}", claim.note));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_the_characters_python_splitlines_honours() {
        let text = "a\nb\rc\u{0B}d\u{0C}e\u{1C}f\u{1D}g\u{1E}h\u{85}i\u{2028}j\u{2029}k\tl m";
        // What `text.splitlines()` gives in Python 3: every letter but "k\tl m" on its own.
        let pieces: Vec<&str> = text.split(is_line_break).collect();
        assert_eq!(pieces, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k\tl m"]);
        assert_eq!(one_line("x\u{2028}R1\tAlias"), "x R1\tAlias");
    }

    #[test]
    fn fragments_split_at_breaks_and_drop_empty_parts() {
        let text = "😀 one\n\ntwo\u{2029}three";
        let map = OffsetMap::new(text);
        let at = text.find("one").unwrap();
        let span = Span::within(text, at, text.len()).unwrap();
        assert_eq!(fragments(text, &map, &[span]), [(2, 5), (7, 10), (11, 16)]);
        let breaks = Span::within(text, at + 3, at + 5).unwrap();
        assert!(fragments(text, &map, &[breaks]).is_empty());
    }
}
