//! Offering a file download (an object URL clicked through a temporary anchor). Errors are
//! returned for the page to show: a download that cannot start is never only logged.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Starts a download of `contents` as `file_name` with the given MIME type.
pub fn download(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let mut blob = GrowingBlob::new(mime);
    blob.push(contents)?;
    blob.offer(file_name)
}

/// A download's contents handed to the browser a piece at a time: each piece is copied out of
/// the wasm memory once, into a blob that refers to the blob before it (the browser does not
/// copy those), so offering a large export at its end costs nothing more.
pub struct GrowingBlob {
    blob: Option<Blob>,
    mime: String,
}

impl GrowingBlob {
    pub fn new(mime: &str) -> GrowingBlob {
        GrowingBlob { blob: None, mime: mime.to_string() }
    }

    /// Appends `bytes`.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), String> {
        let part = js_sys::Uint8Array::new_with_length(bytes.len() as u32);
        part.copy_from(bytes);
        let parts = js_sys::Array::new();
        if let Some(blob) = &self.blob {
            parts.push(blob);
        }
        parts.push(&part);
        let options = BlobPropertyBag::new();
        options.set_type(&self.mime);
        let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(|e| format!("{e:?}"))?;
        self.blob = Some(blob);
        Ok(())
    }

    /// Starts the download of what was pushed as `file_name`.
    pub fn offer(self, file_name: &str) -> Result<(), String> {
        let blob = match self.blob {
            Some(blob) => blob,
            None => Blob::new().map_err(|e| format!("{e:?}"))?,
        };
        let url = Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
        let document = gloo::utils::document();
        let anchor: HtmlAnchorElement =
            document.create_element("a").map_err(|e| format!("{e:?}"))?.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
        gloo::timers::callback::Timeout::new(30_000, move || {
            let _ = Url::revoke_object_url(&url);
        })
        .forget();
        Ok(())
    }
}

/// Now as an ISO 8601 UTC timestamp, e.g. "2026-11-22T10:00:00Z".
pub fn now_iso() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
