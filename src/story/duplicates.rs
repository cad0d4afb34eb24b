//! Finding documents that copy or rewrite an earlier one (`Document::duplicate_of`).
//!
//! A document is its set of content-word pairs (stemmed, stopwords dropped, boilerplate
//! skipped), which survives rewording better than longer shingles. Candidates come from pairs
//! that few documents share ([`TermIndex`]); the similarity is the share of the smaller set found
//! in the other, and a document points to the most similar earlier document above the bar.

use crate::model::{DuplicateOf, Project};
use crate::story::index::{shared_count, sorted_set, TermIndex};
use crate::story::memo::StoryMemo;
use crate::story::words::{content_terms, hash_str};
use crate::text::Span;

/// When a document counts as a copy of another.
#[derive(Clone, Debug)]
pub struct DuplicateConfig {
    /// Least share of word pairs in common (of the smaller document) to call it a copy.
    pub min_similarity: f64,
    /// Least number of word pairs in common, so that two short notes are not called copies.
    pub min_shared: usize,
    /// Word pairs held by more documents than this are too common to find candidates by.
    pub posting_cap: usize,
}

impl Default for DuplicateConfig {
    fn default() -> Self {
        DuplicateConfig { min_similarity: 0.2, min_shared: 8, posting_cap: 16 }
    }
}

/// Sets `duplicate_of` on documents that copy an earlier document (default settings).
pub fn mark_duplicates(project: &mut Project) {
    mark_duplicates_with(project, &DuplicateConfig::default());
}

/// Sets `duplicate_of` on every document that copies an earlier one, clears it on the others.
pub fn mark_duplicates_with(project: &mut Project, config: &DuplicateConfig) {
    mark_duplicates_remembering(project, config, &mut StoryMemo::default());
}

/// [`mark_duplicates_with`], reading each document's word pairs from `memo` when it has them.
pub fn mark_duplicates_remembering(
    project: &mut Project,
    config: &DuplicateConfig,
    memo: &mut StoryMemo,
) {
    let sets: Vec<Vec<u64>> =
        project.documents.iter().map(|d| memo.word_pairs(d).to_vec()).collect();
    let originals = find_originals(&sets, config);
    let ids: Vec<String> = project.documents.iter().map(|d| d.id.clone()).collect();
    for (document, original) in project.documents.iter_mut().zip(originals) {
        document.duplicate_of = original.map(|(earlier, similarity)| DuplicateOf {
            document: ids[earlier].clone(),
            similarity: round2(similarity),
        });
    }
}

/// For each document, the most similar earlier document above the bar, with the similarity.
pub fn find_originals(sets: &[Vec<u64>], config: &DuplicateConfig) -> Vec<Option<(usize, f64)>> {
    let index = TermIndex::new(sets, config.posting_cap);
    let min_rare = (config.min_shared / 2).max(1) as u32;
    let mut best: Vec<Option<(usize, f64)>> = vec![None; sets.len()];
    for (earlier, later) in index.pairs(sets, min_rare) {
        let (earlier, later) = (earlier as usize, later as usize);
        let Some(similarity) = copy_similarity(&sets[earlier], &sets[later], config) else {
            continue;
        };
        let better = best[later].is_none_or(|(_, s)| similarity > s);
        if better {
            best[later] = Some((earlier, similarity));
        }
    }
    best
}

/// The share of the smaller set found in the other, when it is high enough to be a copy.
fn copy_similarity(a: &[u64], b: &[u64], config: &DuplicateConfig) -> Option<f64> {
    let shared = shared_count(a, b);
    let smaller = a.len().min(b.len());
    if shared < config.min_shared || smaller == 0 {
        return None;
    }
    let similarity = shared as f64 / smaller as f64;
    (similarity >= config.min_similarity).then_some(similarity)
}

/// The set of adjacent content-word pairs of the article text (boilerplate left out).
pub fn word_pairs(text: &str, boilerplate: &[Span]) -> Vec<u64> {
    let mut pairs = Vec::new();
    for_each_article_piece(text, boilerplate, |piece| {
        let terms: Vec<u64> = content_terms(piece).iter().map(|t| hash_str(t)).collect();
        for pair in terms.windows(2) {
            pairs.push((pair[0].rotate_left(29) ^ pair[1]).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        }
    });
    sorted_set(pairs)
}

/// Calls `piece` with each stretch of `text` between boilerplate spans, in order. The spans
/// are read in place when in order, as `find_boilerplate` gives them (a text of a million
/// furniture lines has a million spans: no copy of them, and no list of the stretches).
fn for_each_article_piece(text: &str, boilerplate: &[Span], mut piece: impl FnMut(&str)) {
    let sorted: std::borrow::Cow<[Span]> = if boilerplate.is_sorted() {
        std::borrow::Cow::Borrowed(boilerplate)
    } else {
        let mut spans = boilerplate.to_vec();
        spans.sort();
        std::borrow::Cow::Owned(spans)
    };
    let mut at = 0;
    for span in sorted.iter() {
        if span.start() > at {
            piece(text.get(at..span.start()).unwrap_or(""));
        }
        at = at.max(span.end());
    }
    piece(text.get(at..).unwrap_or(""));
}

fn round2(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "Putin reportedly stressed to Trump that Tomahawk missiles, which have \
        a range that can reach major Russian cities such as Moscow and St. Petersburg, would have \
        no significant impact on the battlefield, adding that they would only harm U.S.-Russia \
        relations, which he said Trump greatly values. Economic deals stalled again, and most \
        importantly, a second face-to-face meeting between the presidents was agreed upon.";
    const REWRITE: &str = "Putin is said to have emphasized during Trump's call that the \
        Tomahawk's range can target major Russian cities such as Moscow and St. Petersburg and \
        will not have a major impact on the battlefield. He added that they would only harm \
        U.S.-Russian relations, which he knew Trump valued very much. An economic deal was again \
        up in the air and the two sides agreed on a second face-to-face presidential summit.";
    const OTHER: &str = "The central bank raised interest rates by a quarter point on Tuesday, \
        citing persistent inflation in services and a tight labour market, and signalled that \
        further increases remain possible if wage growth does not slow in the coming months.";

    fn sets(texts: &[&str]) -> Vec<Vec<u64>> {
        texts.iter().map(|t| word_pairs(t, &[])).collect()
    }

    #[test]
    fn a_rewrite_points_to_the_earlier_original() {
        let config = DuplicateConfig { min_shared: 3, ..DuplicateConfig::default() };
        let found = find_originals(&sets(&[ORIGINAL, OTHER, REWRITE]), &config);
        assert_eq!(found[0], None);
        assert_eq!(found[1], None);
        let (earlier, similarity) = found[2].expect("the rewrite is a copy");
        assert_eq!(earlier, 0);
        assert!(similarity > 0.2, "{similarity}");
    }

    #[test]
    fn an_exact_copy_has_similarity_one() {
        let config = DuplicateConfig { min_shared: 3, ..DuplicateConfig::default() };
        let found = find_originals(&sets(&[ORIGINAL, ORIGINAL]), &config);
        assert_eq!(found[1], Some((0, 1.0)));
    }

    #[test]
    fn boilerplate_is_left_out() {
        let text = "Skip to content\nSome article words here now";
        let skip = [Span::of(text, 0..16)];
        assert_eq!(word_pairs(text, &skip), word_pairs("article words here now", &[]));
    }
}
