//! Selecting text from the keyboard: a selection in one document's text that grows and
//! shrinks a word at a time, so a new claim or a span can be made without a mouse.
//!
//! Offsets are UTF-8 byte offsets on char boundaries (as `Span`); a word is a run of
//! alphanumeric characters (apostrophes and hyphens inside a word keep it whole). The
//! selection never becomes empty and never leaves the text.

use crate::text::Span;

/// Which end of the selection a key moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Start,
    End,
}

/// Moves one end of `selection` by a word (`forward` or back) in `text`: the end goes to the
/// end of the next word or back to the end of the previous one; the start goes to the start
/// of the previous word or on to the start of the next. Returns the selection unchanged when
/// the move would leave it empty or leave the text.
pub fn move_by_word(text: &str, selection: Span, end: End, forward: bool) -> Span {
    let (start, stop) = (selection.start(), selection.end());
    let moved = match (end, forward) {
        (End::End, true) => (start, word_end_after(text, stop)),
        (End::End, false) => (start, word_end_before(text, stop)),
        (End::Start, false) => (word_start_before(text, start), stop),
        (End::Start, true) => (word_start_after(text, start), stop),
    };
    match moved {
        (s, e) if s < e => Span::within(text, s, e).unwrap_or(selection),
        _ => selection,
    }
}

/// Where a keyboard selection starts in a document with nothing selected: the first word at or
/// after `at`, or the text's first word.
pub fn first_word_from(text: &str, at: usize) -> Option<Span> {
    let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let start =
        text[at..].char_indices().find(|(_, c)| c.is_alphanumeric()).map(|(i, _)| at + i)?;
    Span::within(text, start, word_end_after(text, start))
}

fn is_word(text: &str, i: usize) -> bool {
    let Some(c) = text[i..].chars().next() else { return false };
    if c.is_alphanumeric() {
        return true;
    }
    // an apostrophe or hyphen between two letters belongs to the word ("don't", "Xi-led")
    let before = text[..i].chars().next_back().is_some_and(char::is_alphanumeric);
    let after = text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
    matches!(c, '\'' | '’' | '-') && before && after
}

/// The end of the first word ending after `at`.
fn word_end_after(text: &str, at: usize) -> usize {
    let mut i = at;
    while i < text.len() && !is_word(text, i) {
        i += char_len(text, i);
    }
    while i < text.len() && is_word(text, i) {
        i += char_len(text, i);
    }
    i
}

/// The end of the last word ending before `at` (0 when none).
fn word_end_before(text: &str, at: usize) -> usize {
    let mut i = at;
    // step into the word that ends at `at`, then past it and the gap before it
    while i > 0 && is_word(text, prev(text, i)) {
        i = prev(text, i);
    }
    while i > 0 && !is_word(text, prev(text, i)) {
        i = prev(text, i);
    }
    i
}

/// The start of the last word starting before `at` (0 when none).
fn word_start_before(text: &str, at: usize) -> usize {
    let mut i = at;
    while i > 0 && !is_word(text, prev(text, i)) {
        i = prev(text, i);
    }
    while i > 0 && is_word(text, prev(text, i)) {
        i = prev(text, i);
    }
    i
}

/// The start of the first word starting after `at` (the text's end when none).
fn word_start_after(text: &str, at: usize) -> usize {
    let mut i = at;
    while i < text.len() && is_word(text, i) {
        i += char_len(text, i);
    }
    while i < text.len() && !is_word(text, i) {
        i += char_len(text, i);
    }
    i
}

fn char_len(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(1, char::len_utf8)
}

fn prev(text: &str, i: usize) -> usize {
    text[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The mayor said “we don’t need 😀 more roads” on Monday.";

    fn sel(text: &str, from: &str) -> Span {
        let at = text.find(from).unwrap();
        Span::within(text, at, at + from.len()).unwrap()
    }

    fn moved(from: &str, end: End, forward: bool) -> &'static str {
        move_by_word(TEXT, sel(TEXT, from), end, forward).slice(TEXT)
    }

    #[test]
    fn the_end_grows_and_shrinks_a_word_at_a_time() {
        assert_eq!(moved("mayor", End::End, true), "mayor said");
        assert_eq!(moved("mayor said", End::End, false), "mayor");
        assert_eq!(
            moved("we don’t", End::End, true),
            "we don’t need",
            "the apostrophe stays inside"
        );
        assert_eq!(moved("need", End::End, true), "need 😀 more", "an emoji is no word");
    }

    #[test]
    fn the_start_moves_back_and_on() {
        assert_eq!(moved("said", End::Start, false), "mayor said");
        assert_eq!(moved("mayor said", End::Start, true), "said");
    }

    #[test]
    fn a_selection_never_becomes_empty_nor_leaves_the_text() {
        assert_eq!(moved("mayor", End::End, false), "mayor", "shrinking the last word is refused");
        assert_eq!(moved("mayor", End::Start, true), "mayor");
        assert_eq!(moved("The", End::Start, false), "The");
        assert_eq!(moved("Monday.", End::End, true), "Monday.");
    }

    #[test]
    fn a_selection_starts_at_the_first_word_from_a_point() {
        assert_eq!(first_word_from(TEXT, 0).unwrap().slice(TEXT), "The");
        let at = TEXT.find("“").unwrap() + 1; // inside the quote mark: not a char boundary
        assert_eq!(first_word_from(TEXT, at).unwrap().slice(TEXT), "we");
        assert_eq!(first_word_from("  … ", 0), None);
    }
}
