//! `Span`: a half-open byte range into one document's text.
//!
//! Inside the core every offset is a UTF-8 byte offset that lies on a char boundary; the
//! conversion to the Unicode code points of the file format happens only in
//! [`crate::text::offsets`]. A `Span` is built against its text, so it cannot run past it.

use std::ops::Range;

/// A half-open byte range `[start, end)` on char boundaries of the text it was made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span of `text`, or `None` when the range is reversed, past the end, or splits a char.
    pub fn within(text: &str, start: usize, end: usize) -> Option<Span> {
        let fits = start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        fits.then_some(Span { start, end })
    }

    /// A span of `text` from a range known to be valid (found by searching `text`).
    ///
    /// Panics in debug builds when the range is not a valid span of `text`; in release builds
    /// a bad range is clamped into the text and onto char boundaries, so it still is a span.
    pub fn of(text: &str, range: Range<usize>) -> Span {
        debug_assert!(Span::within(text, range.start, range.end).is_some(), "bad span {range:?}");
        let end = floor_char_boundary(text, range.end.min(text.len()));
        let start = floor_char_boundary(text, range.start.min(end));
        Span { start, end }
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The covered text. Returns "" if the span does not belong to `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The span with surrounding whitespace and the given trailing punctuation removed.
    pub fn trim(self, text: &str, trailing: &[char]) -> Span {
        let s = self.slice(text);
        let left = s.len() - s.trim_start().len();
        let inner = s.trim_start().trim_end().trim_end_matches(trailing).trim_end();
        Span { start: self.start + left, end: self.start + left + inner.len() }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_spans_past_the_text_or_inside_a_char() {
        let text = "né😀";
        assert!(Span::within(text, 0, 3).is_some());
        assert!(Span::within(text, 0, 2).is_none(), "splits é");
        assert!(Span::within(text, 3, 2).is_none(), "reversed");
        assert!(Span::within(text, 0, 99).is_none(), "past the end");
    }

    #[test]
    fn trim_drops_whitespace_and_trailing_punctuation() {
        let text = "  hello world,  ";
        let span = Span::of(text, 0..text.len()).trim(text, &[',', '.']);
        assert_eq!(span.slice(text), "hello world");
    }
}
