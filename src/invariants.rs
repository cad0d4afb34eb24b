//! What must hold for any input, however hostile: the checks the fuzz targets, the corpus replay
//! test and the property tests all call, so that they cannot drift apart.
//!
//! - [`check_file_bytes`]: arbitrary bytes go the page's and the CLI's way (`pipeline::prepare`,
//!   then `add_prepared`); the file is either refused with a reason naming it, or every span of
//!   the result lies inside its text on char boundaries, converts to code points and back
//!   exactly, and the project survives claimlens/1 export → import → export unchanged.
//! - [`check_import_bytes`]: arbitrary bytes offered to Import; either a clear refusal or a
//!   project whose spans are valid and whose export → import → export is the identity.
//!
//! Each returns the first broken invariant as a sentence (`Err`), so a fuzz target panics with
//! it and a test prints it. Not part of the public API.

use std::collections::HashMap;

use crate::format::claimlens::{export_json, import_json};
use crate::model::Project;
use crate::pipeline::{add_prepared, hex_sha256, prepare, InputFile, Prepared};
use crate::text::offsets::OffsetMap;
use crate::text::Span;

/// The file name used for fuzzed bytes; refusals must name it.
const FILE_NAME: &str = "fuzzed.txt";

/// Runs `bytes` through decode, clean, extract and the project pipeline; checks every invariant.
pub fn check_file_bytes(bytes: &[u8]) -> Result<(), String> {
    let file = InputFile { name: FILE_NAME.to_string(), bytes: bytes.to_vec() };
    let prepared = match prepare(&file) {
        Ok(prepared) => prepared,
        Err(refused) => return check_refusal_names_the_file(&refused.to_string()),
    };
    check_prepared(&prepared)?;
    let mut project = Project::default();
    let added = add_prepared(&mut project, vec![Ok(prepared)]);
    if added.documents.len() != 1 {
        return Err(format!("one readable file gave {} documents", added.documents.len()));
    }
    check_project(&project)?;
    check_round_trip(&project)
}

/// Offers `bytes` to Import; checks it refuses with a reason or returns a sound project.
pub fn check_import_bytes(bytes: &[u8]) -> Result<(), String> {
    let Ok(json) = std::str::from_utf8(bytes) else {
        // The page decodes the file as UTF-8 before importing; invalid UTF-8 never gets here.
        return Ok(());
    };
    match import_json(json) {
        Err(refused) if refused.message.trim().is_empty() => {
            Err("an import was refused without a reason".to_string())
        }
        Err(_) => Ok(()),
        Ok(project) => {
            check_project(&project)?;
            check_round_trip(&project)
        }
    }
}

fn check_refusal_names_the_file(message: &str) -> Result<(), String> {
    if message.starts_with(FILE_NAME) && message.len() > FILE_NAME.len() + 2 {
        Ok(())
    } else {
        Err(format!("a refusal must name the file and say why: {message:?}"))
    }
}

/// The per-file result: text normalised, hash right, every span sound, confidences in [0, 1].
pub fn check_prepared(prepared: &Prepared) -> Result<(), String> {
    let text = &prepared.text;
    if text.contains('\r') {
        return Err("the analysed text still holds a carriage return".to_string());
    }
    if prepared.sha256 != hex_sha256(text) {
        return Err("sha256 is not the digest of the analysed text".to_string());
    }
    let mut spans = Spans::default();
    for span in &prepared.boilerplate {
        spans.add(*span, || "boilerplate".to_string());
    }
    let extraction = &prepared.extraction;
    for (i, a) in extraction.attributions.iter().enumerate() {
        let what = move || format!("attribution {i}");
        spans.add(a.content, what);
        for part in &a.parts {
            spans.add(*part, what);
            if !a.content.contains(*part) {
                return Err(format!("{}: part {part:?} is outside its content", what()));
            }
        }
        for span in [a.cue, a.source].into_iter().flatten() {
            spans.add(span, what);
        }
        if a.entity.is_some_and(|e| e >= extraction.entities.len()) {
            return Err(format!("{} refers to entity {:?}, past the list", what(), a.entity));
        }
        if !(0.0..=1.0).contains(&a.confidence) {
            return Err(format!("{} has confidence {}, outside [0, 1]", what(), a.confidence));
        }
    }
    spans.check(text)
}

/// Every span of every claim and boilerplate is sound in its document; every reference resolves.
pub fn check_project(project: &Project) -> Result<(), String> {
    for doc in &project.documents {
        let mut spans = Spans::default();
        for span in &doc.boilerplate {
            spans.add(*span, move || format!("document {} boilerplate", doc.id));
        }
        for claim in project.claims.iter().filter(|c| c.document == doc.id) {
            let parts = claim.content_parts.iter().copied().map(Some);
            let all =
                [Some(claim.content), claim.cue, claim.source_mention].into_iter().chain(parts);
            for span in all.flatten() {
                spans.add(span, move || format!("claim {}", claim.id));
            }
        }
        spans.check(&doc.text)?;
    }
    for claim in &project.claims {
        if project.document(&claim.document).is_none() {
            return Err(format!("claim {} is in unknown document {}", claim.id, claim.document));
        }
        if let Some(speaker) = claim.speaker.as_deref().filter(|s| project.speaker(s).is_none()) {
            return Err(format!("claim {} has unknown speaker {speaker}", claim.id));
        }
    }
    Ok(())
}

/// Spans of one text to check together, each with a way to name it in the error.
#[derive(Default)]
struct Spans<'a> {
    spans: Vec<(Span, Box<dyn Fn() -> String + 'a>)>,
}

impl<'a> Spans<'a> {
    fn add(&mut self, span: Span, what: impl Fn() -> String + 'a) {
        self.spans.push((span, Box::new(what)));
    }

    /// Each span lies inside the text on char boundaries, and its code-point offsets are exact:
    /// the expected counts come from one sweep over `chars()`, not from `OffsetMap`.
    fn check(&self, text: &str) -> Result<(), String> {
        for (span, what) in &self.spans {
            if Span::within(text, span.start(), span.end()).is_none() {
                return Err(format!(
                    "{}: {span:?} is not a span of a {}-byte text",
                    what(),
                    text.len()
                ));
            }
        }
        let offsets = self.spans.iter().flat_map(|(s, _)| [s.start(), s.end()]);
        let counted = code_points_at(text, offsets);
        let map = OffsetMap::new(text);
        for (span, what) in &self.spans {
            let (start, end) = map.span_to_chars(*span);
            let expected = (counted[&span.start()], counted[&span.end()]);
            if (start, end) != expected {
                return Err(format!(
                    "{}: {span:?} is code points {start}..{end}, not {expected:?}",
                    what()
                ));
            }
            if map.span_from_chars(text, start, end) != Some(*span) {
                return Err(format!(
                    "{}: {start}..{end} does not convert back to {span:?}",
                    what()
                ));
            }
        }
        Ok(())
    }
}

/// The number of code points before each byte offset (all on char boundaries), in one pass.
fn code_points_at(text: &str, offsets: impl Iterator<Item = usize>) -> HashMap<usize, usize> {
    let mut wanted: Vec<usize> = offsets.collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut counted = HashMap::with_capacity(wanted.len());
    let mut next = wanted.iter().peekable();
    let boundaries = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    for (n, byte) in boundaries.enumerate() {
        while next.peek().is_some_and(|&&w| w <= byte) {
            counted.insert(*next.next().expect("peeked"), n);
        }
    }
    counted
}

/// claimlens/1 export → import gives the same project, and exporting it again the same bytes.
pub fn check_round_trip(project: &Project) -> Result<(), String> {
    let json = export_json(project, None);
    let back = import_json(&json).map_err(|e| format!("an export was refused on import: {e}"))?;
    if &back != project {
        return Err("export → import changed the project".to_string());
    }
    if export_json(&back, None) != json {
        return Err("export → import → export changed the bytes".to_string());
    }
    Ok(())
}
