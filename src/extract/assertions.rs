//! Check-worthy assertions: sentences the outlet states itself, attributed to no one, that
//! carry something a fact-checker can verify — a figure, an amount, a share or a date
//! ("Russia launched 500 drones overnight.", "The summit was held on Aug. 15.").
//!
//! A sentence counts only when no attribution covers any of its words, it is not a question
//! and not inside a quotation, and it is long enough to state something.

use super::candidate::Candidate;
use super::sentences::{Doc, Sentence};
use super::tokens::Kind;
use crate::lexicon::{MAGNITUDES, MONTHS, MONTH_ABBREVIATIONS};

/// Fewer words than this state too little to check.
const MIN_WORDS: usize = 6;

/// Token ranges of the sentences of `doc` that are unattributed check-worthy assertions.
pub fn find_assertions(doc: &Doc, found: &[Candidate]) -> Vec<(usize, usize)> {
    let mut covered = vec![false; doc.tokens.len()];
    for f in found {
        let spans =
            f.parts.iter().copied().chain([f.cue]).chain(f.source.map(|m| (m.start, m.end)));
        for (a, b) in spans {
            covered[a.min(b)..b.max(a)].iter_mut().for_each(|c| *c = true);
        }
    }
    doc.sentences
        .iter()
        .filter(|s| !(s.start..s.end).any(|k| covered[k]))
        .filter(|s| is_check_worthy(doc, **s))
        .map(|s| (s.start, statement_end(doc, *s)))
        .filter(|&(a, b)| b > a)
        .collect()
}

fn is_check_worthy(doc: &Doc, s: Sentence) -> bool {
    let words = (s.start..s.end).filter(|&k| doc.is_word(k)).count();
    let quoted = (s.start..s.end).any(|k| doc.quote_at(k).is_some());
    let question = (s.start..s.end).any(|k| doc.is_punct(k, '?'));
    let ends_as_sentence = doc.is_punct(s.end - 1, '.') || doc.is_punct(s.end - 1, '!');
    words >= MIN_WORDS
        && !quoted
        && !question
        && ends_as_sentence
        && (s.start..s.end).any(|k| states_a_figure_or_date(doc, k))
}

/// A number, amount, share or calendar date at token `k`.
fn states_a_figure_or_date(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    let digit = doc.is_word(k) && w.chars().any(|c| c.is_ascii_digit());
    digit
        || doc.is_punct(k, '$')
        || doc.is_punct(k, '€')
        || doc.is_punct(k, '£')
        || (MAGNITUDES.contains(&w)
            || w != "may" && MONTHS.contains(&w)
            || MONTH_ABBREVIATIONS.contains(&w))
            && doc.is_word(k)
}

/// The end of the sentence without its final terminator.
fn statement_end(doc: &Doc, s: Sentence) -> usize {
    let mut end = s.end;
    while end > s.start && matches!(doc.kind(end - 1), Some(Kind::Punct('.' | '!'))) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assertions(text: &str) -> Vec<String> {
        let doc = Doc::new(text, &[]);
        find_assertions(&doc, &[]).iter().map(|&(a, b)| doc.span(a, b).slice(text).into()).collect()
    }

    #[test]
    fn figures_and_dates_make_a_sentence_check_worthy() {
        assert_eq!(
            assertions("The city spent $4 million on the tram. It is a lovely tram to ride."),
            ["The city spent $4 million on the tram"]
        );
        assert_eq!(
            assertions("The tram line opened on March 3 after long delays."),
            ["The tram line opened on March 3 after long delays"]
        );
    }

    #[test]
    fn questions_quotes_and_short_lines_are_not_assertions() {
        assert!(assertions("Will the tram cost $4 million in the end?").is_empty());
        assert!(assertions("“It cost $4 million,” she said.").is_empty());
        assert!(assertions("Updated 2024.").is_empty());
    }
}
