//! A candidate attribution in token coordinates: what a finder proposes, before the shared
//! tail (continued quotes, nesting, entities, kind, confidence, spans) runs on all of them.

use super::cues::Class;
use super::rules::RuleId;
use super::sources::Mention;

/// Where the content lies relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    After,
    Before,
}

/// An attribution in token coordinates, before spans and entities are made.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub sentence: usize,
    /// Cue tokens `[start, end)`.
    pub cue: (usize, usize),
    pub class: Class,
    pub source: Option<Mention>,
    /// Content pieces as token ranges, in order.
    pub parts: Vec<(usize, usize)>,
    pub side: Side,
    /// The source was not found next to the cue but borrowed (participle, continuation).
    pub borrowed_source: bool,
    /// The cue is an "according to"-style phrase.
    pub phrase: bool,
    /// Who is attributed when no source is named: the raised subject of "Putin is said to ...".
    pub speaker_hint: Option<Mention>,
    /// The rule that found it.
    pub rule: RuleId,
}
