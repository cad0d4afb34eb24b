//! Text in: decoding files, offsets, and telling the article from page furniture.
//!
//! Everything here is pure: bytes or `&str` in, values out. The rest of the core relies on the
//! invariant that a document's text is already decoded and line-ending normalised.

pub mod boilerplate;
pub mod decode;
pub mod lines;
pub mod meta;
pub mod offsets;
mod span;

pub use span::Span;
