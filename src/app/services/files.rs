//! Reading the files a user dropped or picked into `InputFile`s, in their given order.
//!
//! Sizes are checked before a byte is read: an article over `MAX_FILE_BYTES` (the one limit
//! of an article's text, dropped or imported) and an import over `MAX_IMPORT_BYTES` are
//! refused by name without reading them.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::FileList;

use crate::format::claimlens::MAX_IMPORT_BYTES;
use crate::pipeline::{file_name_of, InputFile};
use crate::text::decode::{ReadError, ReadErrorKind, MAX_FILE_BYTES};

/// Why a file was not read: (its name, the message that names it).
pub type Refusal = (String, String);

/// The files of a `FileList` as plain `web_sys::File`s.
pub fn files_of(list: &FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads a group of files' bytes, all at once (the browser reads them side by side), and
/// answers in their order; a file too large or that the browser cannot read comes back as a
/// refusal naming it.
pub async fn read_group(files: &[web_sys::File]) -> Vec<Result<InputFile, Refusal>> {
    let started: Vec<(String, Result<JsFuture, String>)> = files
        .iter()
        .map(|file| {
            let name = file_name_of(&file.name()).to_string();
            let reading = match too_large(&name, file.size(), MAX_FILE_BYTES) {
                Some(refusal) => Err(refusal),
                None => Ok(JsFuture::from(file.array_buffer())),
            };
            (name, reading)
        })
        .collect();
    let mut read = Vec::with_capacity(started.len());
    for (name, reading) in started {
        let buffer = match reading {
            Ok(buffer) => buffer.await,
            Err(refusal) => {
                read.push(Err((name, refusal)));
                continue;
            }
        };
        read.push(match buffer {
            Ok(buffer) => Ok(InputFile { name, bytes: Uint8Array::new(&buffer).to_vec() }),
            Err(e) => {
                let why = e.as_string().unwrap_or_else(|| "read error".into());
                Err((name.clone(), format!("{name}: the browser could not read the file ({why})")))
            }
        });
    }
    read
}

/// Reads one file as UTF-8 text (for imports), unless it is over the import limit.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(format!(
            "the file is {:.0} MB, over the {} MB import limit (not read)",
            file.size() / 1_048_576.0,
            MAX_IMPORT_BYTES >> 20
        ));
    }
    let text = JsFuture::from(file.text()).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The refusal of a file of `size` bytes over `limit`, worded as decoding words it.
fn too_large(name: &str, size: f64, limit: usize) -> Option<String> {
    let kind = ReadErrorKind::TooLarge { bytes: size as usize };
    (size > limit as f64).then(|| ReadError { file: name.to_string(), kind }.to_string())
}
