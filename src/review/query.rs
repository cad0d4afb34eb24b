//! Which claims the claims list shows and in what order: filters, free-text search, sorting.
//!
//! Runs on every keystroke in the search box, so it allocates once per call, not per claim.

use std::collections::HashMap;

use crate::model::{ClaimKind, Project, Status};
use crate::review::Action;

/// Keys the review uses itself; tags cannot take them as shortcuts.
pub const RESERVED_KEYS: &[&str] =
    &["j", "k", "a", "r", "u", "s", "z", "y", "?", "/", "n", "p", "t", "A", "R"];

/// What the claims list is restricted to; `None` means any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub document: Option<String>,
    pub speaker: Option<String>,
    pub kind: Option<ClaimKind>,
    pub tag: Option<String>,
    pub status: Option<Status>,
    /// Only claims in a cluster (true) or only claims in none (false).
    pub clustered: Option<bool>,
    /// Case-insensitive words that must all appear in the content, cue, source or speaker.
    pub text: String,
}

/// The order of the claims list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Documents in project order, claims in text order.
    #[default]
    DocumentOrder,
    /// Least confident first: the ones most worth a look.
    Confidence,
    /// By speaker name, then document order.
    Speaker,
}

/// Indices into `project.claims` of the claims that pass `filter`, in `sort` order.
///
/// Runs after every edit with tens of thousands of claims: ids are looked up in maps built
/// once per call, and sort keys are computed once per claim, not once per comparison.
pub fn list_claims(project: &Project, filter: &Filter, sort: Sort) -> Vec<usize> {
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_lowercase).collect();
    let document_of = documents_of_claims(project);
    let names: HashMap<&str, &str> =
        project.speakers.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    let speaker_name = |id: Option<&str>| id.and_then(|id| names.get(id).copied()).unwrap_or("");
    let mut scratch = String::new();
    let listed: Vec<usize> = project
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            filter.document.as_deref().is_none_or(|d| c.document == d)
                && filter.speaker.as_deref().is_none_or(|s| c.speaker.as_deref() == Some(s))
                && filter.kind.is_none_or(|k| c.kind == k)
                && filter.tag.as_deref().is_none_or(|t| c.tags.iter().any(|x| x == t))
                && filter.status.is_none_or(|s| c.status == s)
                && filter.clustered.is_none_or(|k| c.cluster.is_some() == k)
        })
        .filter(|&(i, c)| {
            if words.is_empty() {
                return true;
            }
            let Some(doc) = project.documents.get(document_of[i]) else { return false };
            let text = &doc.text;
            scratch.clear();
            for span in [Some(c.content), c.cue, c.source_mention].into_iter().flatten() {
                scratch.push_str(span.slice(text));
                scratch.push(' ');
            }
            scratch.push_str(speaker_name(c.speaker.as_deref()));
            scratch.push(' ');
            scratch.push_str(&c.note);
            let haystack = scratch.to_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    let claims = &project.claims;
    let position = |i: usize| (document_of[i], claims[i].content.start(), i);
    match sort {
        Sort::DocumentOrder => sorted_by_key(listed, position),
        Sort::Confidence => {
            let mut keyed: Vec<_> =
                listed.into_iter().map(|i| (claims[i].confidence, position(i))).collect();
            keyed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            keyed.into_iter().map(|(_, (_, _, i))| i).collect()
        }
        Sort::Speaker => sorted_by_key(listed, |i| {
            let name = speaker_name(claims[i].speaker.as_deref());
            (name.is_empty(), name, position(i))
        }),
    }
}

/// For each claim, the index of its document (`usize::MAX` for none). Claims of one document
/// are usually together, so a document is looked up once per run of its claims.
fn documents_of_claims(project: &Project) -> Vec<usize> {
    let index: HashMap<&str, usize> =
        project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let mut last: Option<(&str, usize)> = None;
    let mut of = Vec::with_capacity(project.claims.len());
    for claim in &project.claims {
        let document = match last {
            Some((id, at)) if id == claim.document => at,
            _ => index.get(claim.document.as_str()).copied().unwrap_or(usize::MAX),
        };
        last = Some((claim.document.as_str(), document));
        of.push(document);
    }
    of
}

/// Whether `action` leaves the claims list of `filter` as it was, in any sort: an edit of one
/// claim's field that the filter does not read and no sort reads (tagging with no tag filter,
/// say). Then the list need not be computed again, which matters with tens of thousands of
/// claims.
pub fn leaves_listing_unchanged(action: &Action, filter: &Filter) -> bool {
    match action {
        Action::ToggleTag { .. } => filter.tag.is_none(),
        Action::SetStatus { .. } | Action::SetClusterStatus { .. } => filter.status.is_none(),
        Action::SetNote { .. } => filter.text.trim().is_empty(),
        Action::SetKind { .. } => filter.kind.is_none(),
        _ => false,
    }
}

/// `items` sorted by a key computed once per item; keys end in the item itself, so the order
/// is total and an unstable sort is exact.
fn sorted_by_key<K: Ord>(items: Vec<usize>, key: impl Fn(usize) -> K) -> Vec<usize> {
    let mut keyed: Vec<(K, usize)> = items.into_iter().map(|i| (key(i), i)).collect();
    // Claims are kept in document order, so the usual list is sorted already.
    if !keyed.is_sorted_by(|a, b| a.0 <= b.0) {
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    }
    keyed.into_iter().map(|(_, i)| i).collect()
}
