//! A zip archive of exported files, built in memory with the `zip` crate (stored, no
//! compression: the page then carries no deflate code). Every entry has the same timestamp
//! (1980-01-01, zip's epoch) and no permissions, so the same files always give the same bytes:
//! the CLI's archive equals the page's.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// An archive of `(path, contents)` entries, in order; paths use `/` between folders.
pub fn zip_files(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut archive = Archive::new();
    for (path, contents) in files {
        archive.add(path, contents);
    }
    archive.finish()
}

/// An archive being written entry by entry (an export adds a document's files at a time).
pub struct Archive {
    writer: ZipWriter<Cursor<Vec<u8>>>,
}

impl Archive {
    pub fn new() -> Archive {
        Archive { writer: ZipWriter::new(Cursor::new(Vec::new())) }
    }

    /// Adds one entry; `path` uses `/` between folders.
    pub fn add(&mut self, path: &str, contents: &[u8]) {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .last_modified_time(DateTime::default())
            .large_file(false);
        // Writing into memory fails only on a duplicate name or past 4 GB; both are bugs of
        // the caller (names are made unique, exports are far smaller).
        self.writer.start_file(path, options).expect("unique entry names");
        self.writer.write_all(contents).expect("writing to memory");
    }

    /// The archive's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.writer.finish().expect("writing to memory").into_inner()
    }
}

impl Default for Archive {
    fn default() -> Archive {
        Archive::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_read_back_entry_by_entry_and_are_reproducible() {
        let files = vec![
            ("a/one.txt".to_string(), "één 😀\n".as_bytes().to_vec()),
            ("a/two.ann".to_string(), b"T1\tCue 0 3\t\xc3\xa9\xc3\xa9n".to_vec()),
        ];
        let bytes = zip_files(&files);
        assert_eq!(bytes, zip_files(&files), "same files, same bytes");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), 2);
        for (i, (path, contents)) in files.iter().enumerate() {
            let mut entry = archive.by_index(i).unwrap();
            assert_eq!(entry.name(), path);
            let mut read = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut read).unwrap();
            assert_eq!(&read, contents);
        }
    }
}
