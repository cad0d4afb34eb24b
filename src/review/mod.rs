//! Review: the decisions people make on top of the extraction, as a pure reducer with undo.
//!
//! Every edit is an [`Action`]; [`apply`] checks it against the project and either changes the
//! project, returning the exact [`Change`]s it made (their "before" values), or returns a
//! [`ReviewError`] and changes nothing. [`History`] keeps them for undo and redo.

mod actions;
mod history;
pub mod query;

pub use actions::{apply, Action, Change, ReviewError, SpanField};
pub use history::History;

#[cfg(test)]
mod tests;
