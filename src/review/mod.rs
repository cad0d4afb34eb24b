//! Review: the decisions people make on top of the extraction, as a pure reducer with undo.
//!
//! Every edit is an [`Action`]; [`apply`] checks it against the project and either changes the
//! project, returning the exact [`Change`]s it made (their "before" values), or returns a
//! [`ReviewError`] and changes nothing. [`History`] keeps them for undo and redo. [`queue`]
//! says which claim a review goes to next and how far it is, [`describe`] puts actions into
//! words for people, [`caret`] moves a keyboard selection by words.

mod actions;
pub mod caret;
pub mod describe;
mod history;
pub mod query;
pub mod queue;

pub use actions::{apply, Action, Change, ReviewError, SpanField};
pub use history::History;

#[cfg(test)]
mod tests;
