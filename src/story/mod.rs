//! Across documents: one speaker entity per person, claims joined into clusters, copies found.
//!
//! Runs after extraction over the whole project; reads documents and claims, writes speakers,
//! `Claim::speaker`, `Claim::cluster`, `Project::clusters` and `Document::duplicate_of`.

pub mod clusters;
pub mod duplicates;
pub mod speakers;
