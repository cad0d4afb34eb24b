//! Which claims the claims list shows and in what order: filters, free-text search, sorting.
//!
//! Runs on every keystroke in the search box, so it allocates once per call, not per claim.

use crate::model::{ClaimKind, Project, Status};

/// Keys the review uses itself; tags cannot take them as shortcuts.
pub const RESERVED_KEYS: &[&str] = &["j", "k", "a", "r", "u", "s", "z", "y", "?", "/", "n", "p"];

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
pub fn list_claims(project: &Project, filter: &Filter, sort: Sort) -> Vec<usize> {
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_lowercase).collect();
    let doc_index: std::collections::HashMap<&str, usize> =
        project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let speaker_name =
        |id: Option<&str>| id.and_then(|id| project.speaker(id)).map_or("", |s| s.name.as_str());
    let mut scratch = String::new();
    let mut listed: Vec<usize> = project
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
        .filter(|(_, c)| {
            if words.is_empty() {
                return true;
            }
            let Some(&d) = doc_index.get(c.document.as_str()) else { return false };
            let text = &project.documents[d].text;
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
    let position = |i: usize| {
        (
            doc_index.get(claims[i].document.as_str()).copied().unwrap_or(usize::MAX),
            claims[i].content.start(),
        )
    };
    match sort {
        Sort::DocumentOrder => listed.sort_by_key(|&i| position(i)),
        Sort::Confidence => listed.sort_by(|&a, &b| {
            claims[a]
                .confidence
                .total_cmp(&claims[b].confidence)
                .then(position(a).cmp(&position(b)))
        }),
        Sort::Speaker => listed.sort_by(|&a, &b| {
            let (sa, sb) = (
                speaker_name(claims[a].speaker.as_deref()),
                speaker_name(claims[b].speaker.as_deref()),
            );
            (sa.is_empty(), sa).cmp(&(sb.is_empty(), sb)).then(position(a).cmp(&position(b)))
        }),
    }
    listed
}
