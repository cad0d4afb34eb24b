//! Offering a file download (an object URL clicked through a temporary anchor). Errors are
//! returned for the page to show: a download that cannot start is never only logged.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Starts a download of `contents` as `file_name` with the given MIME type.
pub fn download(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    download_parts(file_name, mime, &js_sys::Array::of1(&part(contents)))
}

/// A copy of `bytes` outside the wasm memory, one part of a download.
pub fn part(bytes: &[u8]) -> js_sys::Uint8Array {
    let part = js_sys::Uint8Array::new_with_length(bytes.len() as u32);
    part.copy_from(bytes);
    part
}

/// Starts a download of the parts (`Uint8Array`s) one after the other as `file_name`.
pub fn download_parts(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .map_err(|e| format!("{e:?}"))?;
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

/// Now as an ISO 8601 UTC timestamp, e.g. "2026-11-22T10:00:00Z".
pub fn now_iso() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
