//! The data model of an annotation project: documents, speakers, claims, clusters, tags.
//!
//! Spans are byte spans into their document's text (see [`crate::text::Span`]); conversion to
//! the code points of claimlens/1 happens in [`crate::format`]. Ids are the strings the file
//! format uses ("d1", "s3", "c12", "k4"), so an import keeps them unchanged.

use serde::{Deserialize, Serialize};

use crate::extract::RuleId;

mod by_id;
pub use by_id::ById;

use crate::text::meta::Meta;
use crate::text::Span;

/// A whole project: what the page shows and what Export JSON writes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Project {
    pub tags: Vec<Tag>,
    pub documents: Vec<Document>,
    pub speakers: Vec<Speaker>,
    pub claims: Vec<Claim>,
    pub clusters: Vec<Cluster>,
}

/// A label users put on claims, with its colour and optional shortcut key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: String,
    pub label: String,
    pub color: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// One article: its analysed text and what was read from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub name: String,
    pub sha256: String,
    pub text: String,
    pub meta: Meta,
    pub boilerplate: Vec<Span>,
    pub duplicate_of: Option<DuplicateOf>,
}

/// This document copies or rewrites an earlier one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DuplicateOf {
    pub document: String,
    pub similarity: f64,
}

/// What sort of thing a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Group,
    #[default]
    Unknown,
}

/// Someone who makes claims; one entity across all documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
}

/// How the content of a claim relates to the speaker's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// All of the content is a verbatim quote.
    Direct,
    /// Reported speech with quoted fragments.
    Mixed,
    /// Reported speech, belief or intention without quotation marks.
    Indirect,
    /// A check-worthy statement the outlet makes itself.
    Assertion,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 4] =
        [ClaimKind::Direct, ClaimKind::Mixed, ClaimKind::Indirect, ClaimKind::Assertion];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Assertion => "assertion",
        }
    }
}

/// Where a claim stands in review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Suggested,
    Accepted,
    Rejected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Suggested => "suggested",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
        }
    }
}

/// Who made a claim record: the extractor or a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    #[default]
    Extracted,
    Manual,
}

/// One attribution (or assertion) in one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: String,
    pub document: String,
    pub kind: ClaimKind,
    /// From the start of the first content piece to the end of the last.
    pub content: Span,
    /// The pieces when the content is interrupted by its own cue and source; else empty.
    pub content_parts: Vec<Span>,
    pub cue: Option<Span>,
    pub source_mention: Option<Span>,
    pub speaker: Option<String>,
    pub status: Status,
    pub origin: Origin,
    pub confidence: f64,
    /// The extractor's rule that suggested it; `None` for manual claims and files without it.
    pub found_by: Option<RuleId>,
    pub tags: Vec<String>,
    pub note: String,
    pub cluster: Option<String>,
}

/// Claims in different documents that report the same statement by the same speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    pub id: String,
    pub claims: Vec<String>,
    pub variant_wording: bool,
}

impl Claim {
    /// A claim as extraction suggests it, before anything else is known: no pieces, cue,
    /// source, speaker, rule, tags or note, in no cluster, confidence 1. Callers set the rest
    /// with struct update syntax (`Claim { speaker, ..Claim::suggested(...) }`).
    pub fn suggested(id: String, document: String, kind: ClaimKind, content: Span) -> Claim {
        Claim {
            id,
            document,
            kind,
            content,
            content_parts: Vec::new(),
            cue: None,
            source_mention: None,
            speaker: None,
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: 1.0,
            found_by: None,
            tags: Vec::new(),
            note: String::new(),
            cluster: None,
        }
    }
}

/// Each of these scans its list: for one lookup. A pass that looks up many builds a [`ById`].
impl Project {
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    pub fn cluster(&self, id: &str) -> Option<&Cluster> {
        self.clusters.iter().find(|k| k.id == id)
    }
}

/// The tag set a new project starts with.
pub fn default_tags() -> Vec<Tag> {
    let tag = |id: &str, label: &str, color: &str, key: &str| Tag {
        id: id.into(),
        label: label.into(),
        color: color.into(),
        key: Some(key.into()),
    };
    vec![
        tag("needs-check", "Needs check", "#f9a825", "1"),
        tag("verified", "Verified", "#2e7d32", "2"),
        tag("false", "False", "#c62828", "3"),
        tag("misleading", "Misleading", "#ef6c00", "4"),
        tag("opinion", "Opinion", "#6a1b9a", "5"),
        tag("prediction", "Prediction", "#1565c0", "6"),
    ]
}

/// The smallest unused id with the given prefix ("c" → "c13" when c1..c12 exist).
pub fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    IdSequence::after(prefix, existing).next_id()
}

/// Fresh ids with one prefix for items added one after another: the ids repeated [`next_id`]
/// calls would give, without reading all the ids again for each.
#[derive(Clone, Debug)]
pub struct IdSequence {
    prefix: String,
    last: u64,
}

impl IdSequence {
    /// The sequence following the highest of the `existing` ids with this prefix.
    pub fn after<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> IdSequence {
        let last = existing
            .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        IdSequence { prefix: prefix.to_string(), last }
    }

    /// The next id ("c13" after "c12").
    pub fn next_id(&mut self) -> String {
        self.last += 1;
        format!("{}{}", self.prefix, self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sequence_gives_what_repeated_next_id_gives() {
        let mut ids: Vec<String> =
            ["c2", "c10", "x7", "c", "cc3", "c04"].map(String::from).to_vec();
        let mut sequence = IdSequence::after("c", ids.iter().map(String::as_str));
        for _ in 0..5 {
            let expected = next_id("c", ids.iter().map(String::as_str));
            assert_eq!(sequence.next_id(), expected);
            ids.push(expected);
        }
        assert_eq!(ids.last().map(String::as_str), Some("c15"));
        assert_eq!(IdSequence::after("d", std::iter::empty()).next_id(), "d1");
    }
}
