//! A first extractor: quoted passages with a nearby speech cue and name.

use super::{Attribution, Entity, Extraction};
use crate::model::{ClaimKind, SpeakerKind};
use crate::text::Span;

const CUES: &[&str] = &[
    "said",
    "says",
    "stated",
    "told",
    "remarked",
    "noted",
    "added",
    "warned",
    "commented",
    "cautioned",
    "stressed",
    "mentioned",
    "observed",
    "wrote",
    "posted",
];

pub fn extract_quotes(text: &str, skip: &[Span]) -> Extraction {
    let mut out = Extraction::default();
    for quote in quoted_spans(text) {
        if skip.iter().any(|s| s.overlaps(quote))
            || quote.slice(text).split_whitespace().count() < 3
        {
            continue;
        }
        let after = &text[quote.end()
            ..text[quote.end()..].find(['\n', '.']).map_or(text.len(), |i| quote.end() + i)];
        let Some((cue, source)) = cue_and_source_after(text, quote.end(), after) else { continue };
        let name = source.slice(text).to_string();
        let entity = match out.entities.iter().position(|e| e.name == name) {
            Some(i) => i,
            None => {
                out.entities.push(Entity {
                    name: name.clone(),
                    kind: SpeakerKind::Person,
                    aliases: vec![name],
                    descriptions: vec![],
                });
                out.entities.len() - 1
            }
        };
        let content = Span::of(text, quote.start() + 1..quote.end() - 1);
        out.attributions.push(Attribution {
            kind: ClaimKind::Direct,
            content,
            parts: vec![],
            cue: Some(cue),
            source: Some(source),
            entity: Some(entity),
            confidence: 0.7,
        });
    }
    out
}

fn quoted_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('\u{201c}', _) => open = Some(i),
            ('"', None) => open = Some(i),
            ('\u{201d}' | '"', Some(start)) => {
                spans.push(Span::of(text, start..i + c.len_utf8()));
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    spans
}

/// `"...," Name said` or `"...," said Name` right after the quote.
fn cue_and_source_after(text: &str, base: usize, after: &str) -> Option<(Span, Span)> {
    let words: Vec<(usize, &str)> = after
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w))
        .take(6)
        .collect();
    let cue_at = words
        .iter()
        .position(|(_, w)| CUES.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))?;
    let (cue_off, cue_word) = words[cue_at];
    let cue_word = cue_word.trim_end_matches(|c: char| !c.is_alphabetic());
    let cue = Span::of(text, base + cue_off..base + cue_off + cue_word.len());
    let name_words: Vec<&(usize, &str)> = if cue_at == 0 {
        words[1..].iter().take_while(|(_, w)| w.starts_with(char::is_uppercase)).collect()
    } else {
        words[..cue_at].iter().filter(|(_, w)| w.starts_with(char::is_uppercase)).collect()
    };
    let first = name_words.first()?;
    let last = name_words.last()?;
    let end = base + last.0 + last.1.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    Some((cue, Span::of(text, base + first.0..end)))
}
