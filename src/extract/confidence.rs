//! Confidence: how likely an attribution is right, from features of how it was found.
//!
//! An additive score over cue class, quotation marks, the kind of source mention and the
//! content's length, squashed to (0, 1); scripts/calibration.py checks it on PolNeAR dev.

use super::candidate::{Candidate, Side};
use super::cues::Class;
use super::sentences::Doc;

/// The estimated probability that `f` matches what a person would annotate.
pub fn confidence(doc: &Doc, f: &Candidate) -> f64 {
    if f.cue.0 == f.cue.1 {
        // A stand-alone quotation, its speaker found nearby: short ones are often phrases.
        let words: usize =
            f.parts.iter().map(|&(a, b)| (a..b).filter(|&k| doc.is_word(k)).count()).sum();
        return if words < 10 { 0.45 } else { 0.65 };
    }
    let mut score: f64 = match f.class {
        _ if f.phrase => 0.4,
        Class::Speech => 0.6,
        Class::Mind | Class::Stance => -0.4,
    };
    score += 2.0 * quoted_share(doc, f);
    if f.side == Side::Before {
        score += 0.2;
    }
    score += match f.source {
        None => -0.4,
        Some(m) if doc.is_capitalized(m.end - 1) => 0.5,
        Some(m) if m.end - m.start == 1 => 0.0,
        Some(_) => -0.1,
    };
    if f.borrowed_source {
        score -= 0.3;
    }
    if f.parts.len() > 1 {
        score += 1.0;
    }
    let words: usize =
        f.parts.iter().map(|&(a, b)| (a..b).filter(|&k| doc.is_word(k)).count()).sum();
    score += match words {
        0..=2 => -0.6,
        3..=5 => -0.4,
        6..=29 => 0.0,
        _ => 0.4,
    };
    1.0 / (1.0 + (-score).exp())
}

/// The share of content words that lie inside quotation marks.
pub fn quoted_share(doc: &Doc, f: &Candidate) -> f64 {
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
