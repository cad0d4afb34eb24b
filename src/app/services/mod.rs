//! Browser services called from callbacks and effects: reading files, downloads, storage.

pub mod analysis;
pub mod download;
pub mod files;
pub mod selection;
pub mod storage;
pub mod tabs;
