//! Confidence: how likely an attribution is right, from features of how it was found.
//!
//! An additive score over cue class, quotation marks, the kind of source mention and the
//! content's length, squashed to (0, 1); scripts/calibration.py checks it on PolNeAR dev.

use super::clauses::{Found, Side};
use super::cues::Class;
use super::sentences::Doc;

/// The estimated probability that `f` matches what a person would annotate.
pub fn confidence(doc: &Doc, f: &Found) -> f64 {
    let mut score: f64 = match f.class {
        Class::Speech => 0.9,
        Class::Mind => 0.0,
        Class::Stance => -0.2,
    };
    if f.phrase {
        score = 0.6;
    }
    let quoted = quoted_share(doc, f);
    score += 1.0 * quoted;
    if f.side == Side::Before {
        score += 0.3;
    }
    score += match f.source {
        None => -0.8,
        Some(m) if doc.is_capitalized(m.end - 1) => 0.4,
        Some(m) if matches!(doc.low(m.start), "he" | "she" | "they") => 0.3,
        Some(_) => -0.1,
    };
    if f.borrowed_source {
        score -= 0.4;
    }
    if doc.quote_at(f.cue.0).is_some() {
        score -= 0.6;
    }
    let words: usize =
        f.parts.iter().map(|&(a, b)| (a..b).filter(|&k| doc.is_word(k)).count()).sum();
    score += match words {
        0..=2 => -1.0,
        3..=5 => -0.3,
        6..=60 => 0.2,
        _ => -0.4,
    };
    1.0 / (1.0 + (-score).exp())
}

/// The share of content words that lie inside quotation marks.
pub fn quoted_share(doc: &Doc, f: &Found) -> f64 {
    let (mut inside, mut all) = (0usize, 0usize);
    for &(a, b) in &f.parts {
        for k in (a..b).filter(|&k| doc.is_word(k)) {
            all += 1;
            inside += usize::from(doc.quote_at(k).is_some());
        }
    }
    if all == 0 {
        0.0
    } else {
        inside as f64 / all as f64
    }
}
