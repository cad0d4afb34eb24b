//! Browser services called from callbacks and effects: reading files, downloads, storage.

pub mod download;
pub mod files;
pub mod storage;
