//! claimlens: find who claims what across news articles, review it, export it.
//!
//! The crate has two faces. The pure core — [`text`], [`lexicon`], [`extract`], [`story`],
//! [`model`], [`review`], [`format`] and the [`pipeline`] that ties them, plus the page state that
//! needs no browser ([`session`]) — knows nothing of the browser and
//! is what the CLI runs. The `app` module (wasm32 only) is the yew page over the same core.

pub mod extract;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod format;
pub mod hostile;
#[doc(hidden)]
pub mod invariants;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod review;
pub mod session;
pub mod story;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use pipeline::{add_files, analyze, Added, InputFile};
