//! Across documents: one speaker entity per person, claims joined into clusters, copies found.
//!
//! Runs after extraction over the whole project; reads documents and claims, writes speakers,
//! `Claim::speaker`, `Claim::cluster`, `Project::clusters` and `Document::duplicate_of`.
//!
//! Nothing here compares every pair of claims or documents: [`index`] finds candidates through
//! rare shared terms, and only those are scored. The main entry points:
//! - [`speakers::link_speakers`]: per-document entities → project-wide speakers;
//! - [`duplicates::mark_duplicates`]: `duplicate_of` from shared word pairs;
//! - [`clusters::cluster_claims`]: the same statement across outlets, with variant wording;
//! - [`diff::word_diff`]: two versions of a claim, word by word, for the page;
//! - [`memo::StoryMemo`]: what the passes read from each text, kept between runs;
//! - [`order::StoryOrder`]: the clusters as the story view lists them.

pub mod clusters;
pub mod diff;
pub mod duplicates;
pub mod given_names;
pub mod index;
pub mod meaning;
pub mod memo;
pub mod name_words;
pub mod names;
pub mod order;
pub mod outlets;
pub mod reported;
pub mod similarity;
pub mod speakers;
pub mod words;

#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
