//! The yew page (wasm32 only): drop files, read, review, export.

pub fn start() {}
