//! Unambiguous `TextQuoteSelector`s: a quote's prefix and suffix are 32 code points each, and
//! grow (doubling) until prefix + exact + suffix occurs once in the text, so a reader that
//! searches for the quote finds the position the `TextPositionSelector` gives — also in a
//! text that repeats a paragraph.
//!
//! Cost stays linear in the text for one document's quotes: one rolling-hash pass counts how
//! often the first 64 bytes of every quote-with-context occur (a window that occurs once makes
//! its quote unique); only quotes whose window repeats are searched for, within a budget of
//! bytes scanned per document. Past `MAX_CONTEXT` code points a side, or past the budget (text
//! built of long repeats), the quote keeps the longest context tried and the position selector
//! remains the authority, as the model says it is when both are given.

use std::collections::HashMap;

use crate::text::offsets::OffsetMap;
use crate::text::Span;

/// Code points of context on each side to start with.
pub const CONTEXT: usize = 32;
/// The most context on each side a quote gets.
pub const MAX_CONTEXT: usize = 4096;
/// Bytes of the window the one pass counts.
const WINDOW: usize = 64;
const BASE: u64 = 0x100_0000_01b3;

/// A quote selector's parts, as byte ranges of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub prefix: (usize, usize),
    pub exact: (usize, usize),
    pub suffix: (usize, usize),
}

/// The quote of each span (in order), each with the shortest doubling of context that makes it
/// occur once in `text`.
pub fn unambiguous_quotes(text: &str, map: &OffsetMap, spans: &[Span]) -> Vec<Quote> {
    let first: Vec<Quote> = spans.iter().map(|s| with_context(map, text, *s, CONTEXT)).collect();
    let counts = window_counts(text, first.iter().map(|q| q.prefix.0));
    let mut budget = 64 * text.len() + (16 << 20);
    first
        .into_iter()
        .zip(spans)
        .map(|(quote, span)| {
            let window_once = quote.suffix.1 - quote.prefix.0 >= WINDOW
                && counts.get(&hash(&text.as_bytes()[quote.prefix.0..][..WINDOW])) == Some(&1);
            if window_once {
                return quote;
            }
            let mut context = CONTEXT;
            let mut quote = quote;
            loop {
                let covers_all = quote.prefix.0 == 0 && quote.suffix.1 == text.len();
                if covers_all || context >= MAX_CONTEXT || budget < 2 * text.len() {
                    return quote;
                }
                budget -= 2 * text.len();
                if occurs_once_at(text, quote) {
                    return quote;
                }
                context *= 2;
                quote = with_context(map, text, *span, context);
            }
        })
        .collect()
}

fn with_context(map: &OffsetMap, text: &str, span: Span, context: usize) -> Quote {
    let (start, end) = map.span_to_chars(span);
    let from = map.to_byte(start.saturating_sub(context)).unwrap_or(0);
    let to = map.to_byte((end + context).min(map.char_len())).unwrap_or(text.len());
    Quote {
        prefix: (from, span.start()),
        exact: (span.start(), span.end()),
        suffix: (span.end(), to),
    }
}

/// True when prefix + exact + suffix occurs in `text` only where the quote is.
fn occurs_once_at(text: &str, quote: Quote) -> bool {
    let (from, whole) = (quote.prefix.0, &text[quote.prefix.0..quote.suffix.1]);
    let step = text[from..].chars().next().map_or(1, char::len_utf8);
    text.find(whole) == Some(from)
        && (from + step > text.len() || !text[from + step..].contains(whole))
}

/// How often each window starting at one of `starts` occurs anywhere in `text` (by hash: a
/// collision only overcounts, which sends a quote to the exact search).
fn window_counts(text: &str, starts: impl Iterator<Item = usize>) -> HashMap<u64, u32> {
    let bytes = text.as_bytes();
    let mut counts: HashMap<u64, u32> = starts
        .filter(|&s| s + WINDOW <= bytes.len())
        .map(|s| (hash(&bytes[s..s + WINDOW]), 0))
        .collect();
    if counts.is_empty() {
        return counts;
    }
    let top = BASE.wrapping_pow(WINDOW as u32 - 1);
    let mut h = hash(&bytes[..WINDOW]);
    for at in 0..=bytes.len() - WINDOW {
        if let Some(n) = counts.get_mut(&h) {
            *n += 1;
        }
        if at + WINDOW < bytes.len() {
            h = h
                .wrapping_sub(u64::from(bytes[at]).wrapping_mul(top))
                .wrapping_mul(BASE)
                .wrapping_add(u64::from(bytes[at + WINDOW]));
        }
    }
    counts
}

fn hash(window: &[u8]) -> u64 {
    window.iter().fold(0u64, |h, &b| h.wrapping_mul(BASE).wrapping_add(u64::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(text: &str, needles: &[(&str, usize)]) -> Vec<String> {
        let map = OffsetMap::new(text);
        let spans: Vec<Span> = needles
            .iter()
            .map(|(needle, nth)| {
                let at = text.match_indices(needle).nth(*nth).unwrap().0;
                Span::within(text, at, at + needle.len()).unwrap()
            })
            .collect();
        unambiguous_quotes(text, &map, &spans)
            .into_iter()
            .map(|q| text[q.prefix.0..q.suffix.1].to_string())
            .collect()
    }

    #[test]
    fn a_quote_in_a_repeated_paragraph_gets_context_until_it_is_unique() {
        let paragraph = "The minister said the plan \"will work\" and that nobody should worry about it at all.\n";
        let text = format!(
            "Intro one.\n{paragraph}{}Middle part.\n{paragraph}End.",
            "filler text. ".repeat(20)
        );
        for nth in 0..2 {
            let whole = &quotes_of(&text, &[("will work", nth)])[0];
            assert_eq!(text.matches(whole.as_str()).count(), 1, "{whole:?}");
        }
    }

    #[test]
    fn a_unique_quote_keeps_32_code_points_of_context() {
        let text = format!("{}unique words here{}", "a😀 ".repeat(30), " b".repeat(30));
        let whole = &quotes_of(&text, &[("unique words here", 0)])[0];
        assert_eq!(whole.chars().count(), 32 + 17 + 32);
    }

    #[test]
    fn a_text_of_one_repeated_letter_ends_with_the_whole_text_or_the_cap() {
        let text = "a".repeat(300);
        let whole = &quotes_of(&text, &[("aaa", 50)])[0];
        assert_eq!(whole.len(), 300, "covers everything: unique by construction");
        let long = "ab".repeat(20_000);
        let capped = &quotes_of(&long, &[("ab", 5000)])[0];
        assert!(capped.chars().count() <= 2 * MAX_CONTEXT + 2);
    }

    #[test]
    fn rolling_window_counts_match_a_direct_count() {
        let text = "0123456789".repeat(20) + "tail that is different from the rest of it all";
        let starts = [0usize, 10, 3, 150];
        let counts = window_counts(&text, starts.into_iter());
        for s in starts {
            let window = &text[s..s + WINDOW];
            let direct =
                (0..=text.len() - WINDOW).filter(|&i| &text[i..i + WINDOW] == window).count();
            assert_eq!(counts[&hash(window.as_bytes())] as usize, direct, "at {s}");
        }
    }
}
