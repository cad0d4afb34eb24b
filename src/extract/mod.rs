//! Attribution extraction: who claims what, in one document.
//!
//! `extract(text, skip)` finds direct, mixed and indirect attributions and check-worthy
//! assertions, each with content, cue and source spans, and resolves sources to document-level
//! entities. It never looks inside `skip` (boilerplate) and never fails on any text.

mod quotes;

use crate::model::{ClaimKind, SpeakerKind};
use crate::text::Span;

/// One attribution or assertion found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub kind: ClaimKind,
    /// Covers all of `parts` when there are several.
    pub content: Span,
    /// The content pieces when interrupted by cue and source ("...," X said, "..."); else empty.
    pub parts: Vec<Span>,
    pub cue: Option<Span>,
    pub source: Option<Span>,
    /// Index into [`Extraction::entities`] of who the source refers to.
    pub entity: Option<usize>,
    /// Estimated probability that this attribution is right, in [0, 1].
    pub confidence: f64,
}

/// Someone a document names as a source, with what the document says about them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Entity {
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Extraction {
    pub attributions: Vec<Attribution>,
    pub entities: Vec<Entity>,
}

/// Extracts the attributions of `text`, ignoring the `skip` spans (boilerplate).
pub fn extract(text: &str, skip: &[Span]) -> Extraction {
    quotes::extract_quotes(text, skip)
}
