//! A large JSON document written a piece at a time, byte for byte as
//! `serde_json::to_string_pretty` writes it whole: the frame is written with its big arrays
//! empty and cut around them, and the arrays' items are written one by one at their depth.
//! Into a string, or into a digest (an export's ids hash its claimlens/1 text).

use serde::Serialize;
use sha2::{Digest, Sha256};

/// Where pieces of an export go.
pub trait Sink {
    fn put(&mut self, piece: &str);
}

impl Sink for String {
    fn put(&mut self, piece: &str) {
        self.push_str(piece);
    }
}

impl Sink for Sha256 {
    fn put(&mut self, piece: &str) {
        self.update(piece.as_bytes());
    }
}

/// One array being written, its items at `depth` (the number of containers around each item:
/// 2 for the items of an array that is a value of the top object).
pub struct PrettyArray {
    depth: usize,
    count: usize,
}

impl PrettyArray {
    /// Writes the opening bracket.
    pub fn open(sink: &mut impl Sink, depth: usize) -> PrettyArray {
        sink.put("[");
        PrettyArray { depth, count: 0 }
    }

    /// Writes one item (pretty JSON has no newline inside a string, so indenting its lines
    /// indents the item).
    pub fn push(&mut self, sink: &mut impl Sink, item: &impl Serialize) {
        sink.put(if self.count == 0 { "\n" } else { ",\n" });
        let pretty = serde_json::to_string_pretty(item).expect("export values serialise");
        let indent = "  ".repeat(self.depth);
        for (n, line) in pretty.lines().enumerate() {
            if n > 0 {
                sink.put("\n");
            }
            sink.put(&indent);
            sink.put(line);
        }
        self.count += 1;
    }

    /// Writes the closing bracket (`[]` when nothing was pushed, as serde_json writes it).
    pub fn close(self, sink: &mut impl Sink) {
        if self.count > 0 {
            sink.put("\n");
            sink.put(&"  ".repeat(self.depth - 1));
        }
        sink.put("]");
    }
}

/// `frame` (pretty JSON) cut around the empty array that is the value of the top object's
/// `key`: what comes before the `[]`, and what comes after it.
pub fn cut_at_empty_array<'a>(frame: &'a str, key: &str) -> (&'a str, &'a str) {
    // A top-level key starts a line indented by two spaces; a string value never holds a raw
    // newline, so this cannot match inside one.
    let marker = format!("\n  \"{key}\": []");
    let at = frame.find(&marker).expect("the frame has the array empty");
    let split = at + marker.len() - 2;
    (&frame[..split], &frame[split + 2..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pieces_make_the_whole_document_byte_for_byte() {
        for items in [vec![], vec![json!({"a": [1, 2], "b": "x\ny"})], vec![json!(1), json!({})]] {
            let whole = json!({"head": {"k": []}, "items": items.clone(), "tail": true});
            let frame = json!({"head": {"k": []}, "items": [], "tail": true});
            let frame = serde_json::to_string_pretty(&frame).unwrap();
            let (before, after) = cut_at_empty_array(&frame, "items");
            let mut out = before.to_string();
            let mut array = PrettyArray::open(&mut out, 2);
            for item in &items {
                array.push(&mut out, item);
            }
            array.close(&mut out);
            out.push_str(after);
            assert_eq!(out, serde_json::to_string_pretty(&whole).unwrap());
        }
    }

    #[test]
    fn a_digest_sink_hashes_what_a_string_sink_holds() {
        let mut text = String::new();
        let mut digest = Sha256::new();
        for piece in ["{", "\"a\"", ": 1}"] {
            text.put(piece);
            digest.put(piece);
        }
        assert_eq!(digest.finalize().as_slice(), Sha256::digest(text.as_bytes()).as_slice());
    }
}
