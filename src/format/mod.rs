//! Files in and out: claimlens/1 JSON (export and import), the other export formats, and the
//! project in pieces for the browser's autosave (`pieces`).
//!
//! This is the only module that converts the core's byte spans to code points. `export` is the
//! one entry the page and the CLI both call, so both write the same bytes for every format.

pub mod brat;
pub mod claimlens;
pub mod claimreview;
pub mod csv;
pub mod export;
pub mod ids;
pub mod job;
pub mod pieces;
pub mod w3c;
pub mod zip;

pub use claimlens::{export_json, export_json_line, import_json, ImportError};
pub use export::{export, ExportFormat, ExportOptions};
