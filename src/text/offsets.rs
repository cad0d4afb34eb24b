//! Conversion between the core's byte offsets and the format's Unicode code points.
//!
//! claimlens/1 counts code points (Python `str` indices, the W3C Web Annotation model); the core
//! counts UTF-8 bytes; JavaScript tools (and claimlens/1's optional `*_utf16` fields) count
//! UTF-16 units. This module is the only place that converts; an `OffsetMap` is built once per
//! document so that converting many spans stays linear.

use super::Span;

/// Byte ↔ code point conversion table for one text.
pub struct OffsetMap {
    /// `char_starts[i]` is the byte offset of the i-th code point; the last entry is `text.len()`.
    char_starts: Vec<usize>,
    /// Code point indices of the characters outside the BMP (two UTF-16 units each), in order;
    /// usually empty.
    astral: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        char_starts.push(text.len());
        let astral = text.chars().enumerate().filter(|(_, c)| c.len_utf16() == 2).map(|(i, _)| i);
        OffsetMap { char_starts, astral: astral.collect() }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.char_starts.len() - 1
    }

    /// The code point index at a byte offset (which must be a char boundary).
    pub fn to_char(&self, byte: usize) -> usize {
        match self.char_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of a code point index, or `None` past the end.
    pub fn to_byte(&self, char_index: usize) -> Option<usize> {
        self.char_starts.get(char_index).copied()
    }

    /// A span given in code points, or `None` when it runs past the text or is reversed.
    pub fn span_from_chars(&self, text: &str, start: usize, end: usize) -> Option<Span> {
        Span::within(text, self.to_byte(start)?, self.to_byte(end)?)
    }

    /// The UTF-16 unit index of a code point index (JavaScript's string index).
    pub fn char_to_utf16(&self, char_index: usize) -> usize {
        char_index + self.astral.partition_point(|&a| a < char_index)
    }

    /// The span's `(start, end)` in UTF-16 units.
    pub fn span_to_utf16(&self, span: Span) -> (usize, usize) {
        let (start, end) = self.span_to_chars(span);
        (self.char_to_utf16(start), self.char_to_utf16(end))
    }

    /// The span's `(start, end)` in code points.
    pub fn span_to_chars(&self, span: Span) -> (usize, usize) {
        (self.to_char(span.start()), self.to_char(span.end()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_not_bytes_or_utf16_units() {
        let text = "a😀b é";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), 5);
        let b = text.find('b').unwrap();
        assert_eq!(map.to_char(b), 2, "the emoji is one code point");
        let span = map.span_from_chars(text, 1, 3).unwrap();
        assert_eq!(span.slice(text), "😀b");
        assert_eq!(map.span_to_chars(span), (1, 3));
        assert!(map.span_from_chars(text, 2, 9).is_none());
    }

    #[test]
    fn utf16_units_count_astral_characters_twice() {
        let text = "a😀b 😀é";
        let map = OffsetMap::new(text);
        let b = text.find('b').unwrap();
        let e = text.find('é').unwrap();
        let span = Span::within(text, b, e).unwrap();
        assert_eq!(map.span_to_chars(span), (2, 5));
        assert_eq!(map.span_to_utf16(span), (3, 7), "as JavaScript's \"a😀b 😀é\".indexOf");
        assert_eq!(map.char_to_utf16(0), 0);
        assert_eq!(map.char_to_utf16(map.char_len()), 8);
    }
}
