//! A zip archive of exported files, built in memory with the `zip` crate (stored, no
//! compression: the page then carries no deflate code). Every entry has the same timestamp
//! (1980-01-01, zip's epoch) and no permissions, so the same files always give the same bytes:
//! the CLI's archive equals the page's.

use std::cell::RefCell;
use std::io::{Seek, SeekFrom, Write};
use std::rc::Rc;

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

/// An archive being written entry by entry (an export adds a document's files at a time),
/// whose finished part can be taken while the rest is written ([`Archive::drain`]).
pub struct Archive {
    writer: ZipWriter<Spool>,
    spool: Spool,
    /// Where the entry being written starts: the writer may still go back into it (to write
    /// its size and checksum into its header), never before it.
    entry_start: u64,
}

impl Archive {
    pub fn new() -> Archive {
        let spool = Spool::default();
        Archive { writer: ZipWriter::new(spool.clone()), spool, entry_start: 0 }
    }

    /// Adds one entry; `path` uses `/` between folders.
    pub fn add(&mut self, path: &str, contents: &[u8]) {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .last_modified_time(DateTime::default())
            .large_file(false);
        self.entry_start = self.spool.end();
        // Writing into memory fails only on a duplicate name or past 4 GB; both are bugs of
        // the caller (names are made unique, exports are far smaller).
        self.writer.start_file(path, options).expect("unique entry names");
        self.writer.write_all(contents).expect("writing to memory");
    }

    /// The bytes written since the last drain that are final (every entry but the last).
    pub fn drain(&mut self) -> Vec<u8> {
        self.spool.take_before(self.entry_start)
    }

    /// The rest of the archive's bytes (all of them if it was never drained).
    pub fn finish(self) -> Vec<u8> {
        let spool = self.writer.finish().expect("writing to memory");
        let end = spool.end();
        spool.take_before(end)
    }
}

impl Default for Archive {
    fn default() -> Archive {
        Archive::new()
    }
}

/// The archive's bytes in memory, shared by the zip writer and [`Archive`]: a buffer of what
/// is not taken yet, after `taken` bytes that were.
#[derive(Clone, Default)]
struct Spool(Rc<RefCell<SpoolState>>);

#[derive(Default)]
struct SpoolState {
    taken: u64,
    buffer: Vec<u8>,
    position: u64,
}

impl Spool {
    fn end(&self) -> u64 {
        let state = self.0.borrow();
        state.taken + state.buffer.len() as u64
    }

    /// Takes the bytes before `offset` (those not taken yet).
    fn take_before(&self, offset: u64) -> Vec<u8> {
        let mut state = self.0.borrow_mut();
        let n = offset.saturating_sub(state.taken).min(state.buffer.len() as u64) as usize;
        state.taken += n as u64;
        state.buffer.drain(..n).collect()
    }
}

impl Write for Spool {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let mut state = self.0.borrow_mut();
        let at = (state.position - state.taken) as usize;
        let end = at + data.len();
        if state.buffer.len() < end {
            state.buffer.resize(end, 0);
        }
        state.buffer[at..end].copy_from_slice(data);
        state.position += data.len() as u64;
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Seek for Spool {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let mut state = self.0.borrow_mut();
        let end = state.taken + state.buffer.len() as u64;
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(k) => end.checked_add_signed(k),
            SeekFrom::Current(k) => state.position.checked_add_signed(k),
        };
        match target {
            Some(t) if t >= state.taken => {
                state.position = t;
                Ok(t)
            }
            _ => Err(std::io::Error::other("seek into the part of the archive already taken")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_drained_as_it_is_written_is_the_archive_written_whole() {
        let files: Vec<(String, Vec<u8>)> =
            (0..7).map(|i| (format!("d/{i}.txt"), vec![b'a' + i as u8; 1000 * i])).collect();
        let mut archive = Archive::new();
        let mut bytes = Vec::new();
        for (path, contents) in &files {
            archive.add(path, contents);
            bytes.extend(archive.drain());
        }
        bytes.extend(archive.finish());
        assert_eq!(bytes, zip_files(&files));
    }

    #[test]
    fn archives_read_back_entry_by_entry_and_are_reproducible() {
        let files = vec![
            ("a/one.txt".to_string(), "één 😀\n".as_bytes().to_vec()),
            ("a/two.ann".to_string(), b"T1\tCue 0 3\t\xc3\xa9\xc3\xa9n".to_vec()),
        ];
        let bytes = zip_files(&files);
        assert_eq!(bytes, zip_files(&files), "same files, same bytes");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
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
