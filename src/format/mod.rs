//! Files in and out: claimlens/1 JSON (export and import), the other export formats, and the
//! project in pieces for the browser's autosave (`pieces`).
//!
//! This is the only module that converts the core's byte spans to code points.

pub mod brat;
pub mod claimlens;
pub mod csv;
pub mod pieces;
pub mod w3c;

pub use claimlens::{export_json, export_json_line, import_json, ImportError};
