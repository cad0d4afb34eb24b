//! Turning a file's bytes into the analysed text of claimlens/1.
//!
//! Decodes UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and legacy single-byte encodings
//! (detected with chardetng), refuses binary and oversized files with a message naming the file,
//! and normalises line endings (`\r\n`, `\r` → `\n`) exactly as FORMAT.md says — nothing else.

use std::fmt;

/// Files larger than this are refused: a news article is a few kB; 20 MB is an archive dump.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The bytes look like an image, PDF, archive or other binary format.
    Binary { what: &'static str },
    /// The file, or its text once decoded to UTF-8, is larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// The file has no text at all (zero bytes, or only whitespace).
    Empty,
}

/// A file that was refused, with its name, so the user knows which one and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub file: String,
    pub kind: ReadErrorKind,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            ReadErrorKind::Binary { what } => write!(
                f,
                "{file}: looks like {what}, not text; save the article as a .txt file and drop that"
            ),
            ReadErrorKind::TooLarge { bytes } => write!(
                f,
                "{file}: {:.1} MB is over the {} MB limit; split it into articles",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            ReadErrorKind::Empty => write!(f, "{file}: the file is empty; nothing to analyse"),
        }
    }
}

impl std::error::Error for ReadError {}

/// A decoded text and the encoding it was read with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes `bytes` of the file `name` into the analysed text.
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Decoded, ReadError> {
    let refuse = |kind| ReadError { file: name.to_string(), kind };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refuse(ReadErrorKind::TooLarge { bytes: bytes.len() }));
    }
    if let Some(what) = binary_signature(bytes) {
        return Err(refuse(ReadErrorKind::Binary { what }));
    }
    let (text, encoding) = decode_to_string(bytes);
    // One limit for an article's text however it arrives: a legacy encoding can grow up to
    // threefold in UTF-8, and an import refuses a document text over the same limit.
    if text.len() > MAX_FILE_BYTES {
        return Err(refuse(ReadErrorKind::TooLarge { bytes: text.len() }));
    }
    if looks_binary(&text) {
        return Err(refuse(ReadErrorKind::Binary { what: "binary data" }));
    }
    if text.trim().is_empty() {
        return Err(refuse(ReadErrorKind::Empty));
    }
    Ok(Decoded { text: normalize_line_endings(&text), encoding })
}

fn decode_to_string(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), "UTF-8");
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name())
}

/// Magic numbers of formats people drop by mistake.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a zip archive (or a .docx/.odt document)"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\xD0\xCF\x11\xE0", "a legacy Office document"),
        (b"\x7FELF", "a program"),
        (b"RIFF", "a media file"),
        (b"{\\rtf", "an RTF document"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, what)| *what)
}

/// Text with NULs or many control characters is not prose.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(8192).collect();
    let control = sample
        .iter()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || **c == '\u{FFFD}'
        })
        .count();
    sample.contains(&'\0') || control * 20 > sample.len().max(1)
}

/// `\r\n` and lone `\r` become `\n`; nothing else changes.
pub fn normalize_line_endings(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_bom_and_utf16() {
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("caf\u{e9}".as_bytes());
        assert_eq!(decode_file("a.txt", &bom).unwrap().text, "café");

        let mut le = vec![0xFF, 0xFE];
        le.extend("café\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode_file("b.txt", &le).unwrap().text, "café\n");

        let mut be = vec![0xFE, 0xFF];
        be.extend("café".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode_file("c.txt", &be).unwrap().text, "café");
    }

    #[test]
    fn decodes_windows_1252_without_bom() {
        let bytes = b"The minister said \x93we will not resign\x94 on Tuesday, caf\xE9 owners \x96 all of them.";
        let decoded = decode_file("legacy.txt", bytes).unwrap();
        assert!(decoded.text.contains("\u{201c}we will not resign\u{201d}"), "{}", decoded.text);
        assert!(decoded.text.contains("café owners – all"));
    }

    #[test]
    fn refuses_binary_and_empty_files_naming_them() {
        let err = decode_file("scan.pdf", b"%PDF-1.7 ...").unwrap_err();
        assert!(err.to_string().starts_with("scan.pdf: looks like a PDF"));
        let err = decode_file("blank.txt", b"  \n").unwrap_err();
        assert_eq!(err.kind, ReadErrorKind::Empty);
        let err = decode_file("noise.bin", &[0u8, 1, 2, 3, 0, 5, 6, 7]).unwrap_err();
        assert!(matches!(err.kind, ReadErrorKind::Binary { .. }));
    }

    #[test]
    fn refuses_files_over_the_size_limit_before_decoding() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let err = decode_file("dump.txt", &big).unwrap_err();
        assert!(matches!(err.kind, ReadErrorKind::TooLarge { .. }));
        assert!(err.to_string().starts_with("dump.txt: 20.0 MB is over the 20 MB limit"), "{err}");
    }

    #[test]
    fn refuses_a_text_that_grows_over_the_limit_when_decoded() {
        // Windows-1252 "é" is one byte in the file and two in UTF-8
        let mut latin = b"Caf\xe9 ".repeat(MAX_FILE_BYTES / 5 - 1);
        latin.truncate(MAX_FILE_BYTES);
        let err = decode_file("latin.txt", &latin).unwrap_err();
        assert!(matches!(err.kind, ReadErrorKind::TooLarge { bytes } if bytes > MAX_FILE_BYTES));
    }

    #[test]
    fn normalises_every_line_ending_to_newline() {
        assert_eq!(normalize_line_endings("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
