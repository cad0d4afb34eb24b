//! Reading the files a user dropped or picked into `InputFile`s, in their given order.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::FileList;

use crate::pipeline::{file_name_of, InputFile};

/// The files of a `FileList` as plain `web_sys::File`s.
pub fn files_of(list: &FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads a group of files' bytes, all at once (the browser reads them side by side), and
/// answers in their order; a file the browser cannot read comes back as (name, reason).
pub async fn read_group(files: &[web_sys::File]) -> Vec<Result<InputFile, (String, String)>> {
    let started: Vec<(String, JsFuture)> = files
        .iter()
        .map(|file| (file_name_of(&file.name()).to_string(), JsFuture::from(file.array_buffer())))
        .collect();
    let mut read = Vec::with_capacity(started.len());
    for (name, buffer) in started {
        read.push(match buffer.await {
            Ok(buffer) => Ok(InputFile { name, bytes: Uint8Array::new(&buffer).to_vec() }),
            Err(e) => Err((name, e.as_string().unwrap_or_else(|| "read error".into()))),
        });
    }
    read
}

/// Reads one file as UTF-8 text (for imports).
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}
