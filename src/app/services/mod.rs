//! Browser services called from callbacks and effects: reading files, downloads, autosave
//! and the IndexedDB storage under it.

pub mod analysis;
pub mod autosave;
pub mod download;
pub mod files;
pub mod selection;
pub mod storage;
pub mod tabs;
pub mod timing;
