//! Conversion between the core's byte offsets and the format's Unicode code points.
//!
//! claimlens/1 counts code points (Python `str` indices, the W3C Web Annotation model); the core
//! counts UTF-8 bytes; JavaScript tools (and claimlens/1's optional `*_utf16` fields) count
//! UTF-16 units. This module is the only place that converts; an `OffsetMap` is built once per
//! document so that converting many spans stays linear.
//!
//! The map is small: nothing at all for an ASCII text (offsets are equal), otherwise one bit per
//! byte saying where a code point starts plus a running count every 64 bytes — 0.25 bytes per
//! byte of text (a 20 MB text needs 5 MB, not the 80 MB of one `usize` per code point).

use super::Span;

/// Bytes per block of the map: one `u64` of start bits each.
const BLOCK: usize = 64;

/// Byte ↔ code point conversion table for one text.
pub struct OffsetMap {
    /// The text's length in bytes.
    len: usize,
    /// The number of code points.
    chars: usize,
    /// Empty for an ASCII text. Otherwise, per block of 64 bytes: bit `i` is set when byte
    /// `block * 64 + i` starts a code point, and the code points before the block.
    blocks: Vec<Block>,
    /// Code point indices of the characters outside the BMP (two UTF-16 units each), in order;
    /// usually empty.
    astral: Vec<usize>,
}

#[derive(Clone, Copy)]
struct Block {
    starts: u64,
    chars_before: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let len = text.len();
        if text.is_ascii() {
            return OffsetMap { len, chars: len, blocks: Vec::new(), astral: Vec::new() };
        }
        let mut blocks = Vec::with_capacity(len.div_ceil(BLOCK));
        let mut astral = Vec::new();
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(BLOCK) {
            let mut starts = 0u64;
            for (i, &b) in chunk.iter().enumerate() {
                if b >= 0xF0 {
                    // A four-byte sequence: a code point outside the BMP.
                    astral.push(chars + starts.count_ones() as usize);
                }
                if !is_continuation(b) {
                    starts |= 1 << i;
                }
            }
            blocks.push(Block { starts, chars_before: chars });
            chars += starts.count_ones() as usize;
        }
        OffsetMap { len, chars, blocks, astral }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// The code point index at a byte offset: the index of the code point that starts there, or
    /// of the one containing it; `char_len()` at or past the end.
    pub fn to_char(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.chars;
        }
        if self.blocks.is_empty() {
            return byte;
        }
        let block = self.blocks[byte / BLOCK];
        let bit = byte % BLOCK;
        let before =
            block.chars_before + (block.starts & ((1u64 << bit) - 1)).count_ones() as usize;
        let starts_here = block.starts & (1u64 << bit) != 0;
        if starts_here {
            before
        } else {
            before - 1
        }
    }

    /// The byte offset of a code point index (`len` for `char_len()`), or `None` past the end.
    pub fn to_byte(&self, char_index: usize) -> Option<usize> {
        if char_index >= self.chars {
            return (char_index == self.chars).then_some(self.len);
        }
        if self.blocks.is_empty() {
            return Some(char_index);
        }
        let at = self.blocks.partition_point(|b| b.chars_before <= char_index) - 1;
        let block = self.blocks[at];
        Some(at * BLOCK + nth_set_bit(block.starts, char_index - block.chars_before))
    }

    /// A span given in code points, or `None` when it runs past the text or is reversed.
    pub fn span_from_chars(&self, text: &str, start: usize, end: usize) -> Option<Span> {
        Span::within(text, self.to_byte(start)?, self.to_byte(end)?)
    }

    /// The span's `(start, end)` in code points.
    pub fn span_to_chars(&self, span: Span) -> (usize, usize) {
        (self.to_char(span.start()), self.to_char(span.end()))
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

    /// Bytes the map holds beyond its fixed size (for memory figures).
    pub fn heap_bytes(&self) -> usize {
        self.blocks.capacity() * std::mem::size_of::<Block>()
            + self.astral.capacity() * std::mem::size_of::<usize>()
    }
}

/// A UTF-8 continuation byte (`10xx_xxxx`) never starts a code point.
fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

/// The position of the `n`-th (from 0) set bit of `bits`, which has more than `n` set bits.
fn nth_set_bit(mut bits: u64, n: usize) -> usize {
    for _ in 0..n {
        bits &= bits - 1;
    }
    bits.trailing_zeros() as usize
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

    /// Every byte offset and every code point index, against `char_indices`, over texts that
    /// cross block edges with 1- to 4-byte characters.
    #[test]
    fn agrees_with_char_indices_everywhere() {
        let pieces = ["a", "é", "—", "😀", "\n", "ß"];
        for seed in 0..40usize {
            let text: String = (0..(seed * 37 % 300))
                .map(|i| pieces[(i * 7 + seed * 3 + i / 5) % pieces.len()])
                .collect();
            let map = OffsetMap::new(&text);
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            assert_eq!(map.char_len(), starts.len());
            for (index, &byte) in starts.iter().enumerate() {
                assert_eq!(map.to_byte(index), Some(byte), "code point {index} of {text:?}");
                assert_eq!(map.to_char(byte), index);
            }
            for byte in 0..text.len() {
                let containing = starts.partition_point(|&s| s <= byte) - 1;
                assert_eq!(map.to_char(byte), containing, "byte {byte} of {text:?}");
            }
            assert_eq!(map.to_byte(starts.len()), Some(text.len()));
            assert_eq!(map.to_byte(starts.len() + 1), None);
            assert_eq!(map.to_char(text.len()), starts.len());
            let mut utf16 = 0;
            for (index, c) in text.chars().enumerate() {
                assert_eq!(map.char_to_utf16(index), utf16, "code point {index} of {text:?}");
                utf16 += c.len_utf16();
            }
        }
    }

    #[test]
    fn an_ascii_text_needs_no_table_and_others_a_quarter_byte_per_byte() {
        let ascii = "plain text ".repeat(1000);
        assert_eq!(OffsetMap::new(&ascii).heap_bytes(), 0);
        let accented = "café — ".repeat(1000);
        let map = OffsetMap::new(&accented);
        assert!(map.heap_bytes() <= accented.len() / 4 + 64, "{} bytes", map.heap_bytes());
    }
}
