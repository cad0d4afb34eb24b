//! What the cross-document pass computes from one text alone, kept from one run to the next:
//! each document's word pairs (for copies) and each claim text's term profile (for clusters).
//!
//! A pure cache: a run with a memo gives exactly what a run without one gives. The page's
//! worker keeps one, so adding a few files to a big project does not read every text again.
//! Entries no run used are dropped at the end of the next run.

use std::collections::HashMap;

use crate::model::Document;
use crate::story::duplicates::word_pairs;
use crate::story::similarity::{profile_of, ClaimProfile};
use crate::text::Span;

#[derive(Default)]
pub struct StoryMemo {
    /// By document text.
    pairs: HashMap<String, Entry<KeptPairs>>,
    /// By claim text: its profile before weighting.
    profiles: HashMap<String, Entry<ClaimProfile>>,
}

/// A document's word pairs and the boilerplate they were read around.
struct KeptPairs {
    boilerplate: Vec<Span>,
    pairs: Vec<u64>,
}

struct Entry<T> {
    value: T,
    used: bool,
}

impl StoryMemo {
    /// The document's word pairs (see [`word_pairs`]).
    pub fn word_pairs(&mut self, document: &Document) -> &[u64] {
        let entry = self.pairs_entry(&document.text, &document.boilerplate);
        entry.used = true;
        &entry.value.pairs
    }

    /// The entry of a text's word pairs read around this boilerplate, read now unless kept.
    fn pairs_entry(&mut self, text: &str, boilerplate: &[Span]) -> &mut Entry<KeptPairs> {
        let kept = self.pairs.get(text).is_some_and(|e| e.value.boilerplate == boilerplate);
        if !kept {
            let fresh = KeptPairs {
                boilerplate: boilerplate.to_vec(),
                pairs: word_pairs(text, boilerplate),
            };
            self.pairs.insert(text.to_string(), Entry { value: fresh, used: false });
        }
        self.pairs.get_mut(text).expect("inserted above")
    }

    /// The profile of a claim text (see [`profile_of`]), unweighted.
    pub fn profile(&mut self, text: &str) -> ClaimProfile {
        if let Some(entry) = self.profiles.get_mut(text) {
            entry.used = true;
            return entry.value.clone();
        }
        let profile = profile_of(text);
        self.profiles.insert(text.to_string(), Entry { value: profile.clone(), used: true });
        profile
    }

    /// Reads a document ahead of its run: its word pairs and its claim texts' profiles, so
    /// that the run finds them kept (the page's linking worker does this while files arrive).
    /// Entries the next run does not use are dropped at its end, as any other.
    pub fn read_ahead(
        &mut self,
        text: &str,
        boilerplate: &[Span],
        claim_texts: impl IntoIterator<Item = String>,
    ) {
        self.pairs_entry(text, boilerplate);
        for claim_text in claim_texts {
            if let std::collections::hash_map::Entry::Vacant(slot) = self.profiles.entry(claim_text)
            {
                let value = profile_of(slot.key());
                slot.insert(Entry { value, used: false });
            }
        }
    }

    /// Drops what the run since the last call did not use, and starts counting anew.
    pub fn end_run(&mut self) {
        self.pairs.retain(|_, e| std::mem::take(&mut e.used));
        self.profiles.retain(|_, e| std::mem::take(&mut e.used));
    }

    /// How many documents and claim texts are kept.
    pub fn len(&self) -> (usize, usize) {
        (self.pairs.len(), self.profiles.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(text: &str, boilerplate: Vec<Span>) -> Document {
        Document {
            id: "d1".into(),
            name: "a.txt".into(),
            sha256: String::new(),
            text: text.into(),
            meta: Default::default(),
            boilerplate,
            duplicate_of: None,
        }
    }

    #[test]
    fn kept_values_equal_fresh_ones_and_unused_ones_are_dropped() {
        let text =
            "Putin told Trump the missiles would change nothing. Subscribe to our newsletter.";
        let mut memo = StoryMemo::default();
        let plain = document(text, vec![]);
        assert_eq!(memo.word_pairs(&plain), word_pairs(text, &[]).as_slice());
        assert_eq!(
            memo.profile("the missiles would change nothing"),
            profile_of("the missiles would change nothing")
        );
        memo.end_run();
        assert_eq!(memo.len(), (1, 1));

        let furniture = Span::within(text, 52, text.len()).unwrap();
        let trimmed = document(text, vec![furniture]);
        assert_eq!(
            memo.word_pairs(&trimmed),
            word_pairs(text, &[furniture]).as_slice(),
            "other boilerplate, read again"
        );
        memo.end_run();
        assert_eq!(memo.len(), (1, 0), "the profile was not used in this run");
        memo.end_run();
        assert_eq!(memo.len(), (0, 0));

        let other = "The central bank raised interest rates by a quarter point on Tuesday.";
        assert_eq!(
            memo.word_pairs(&document(other, vec![])),
            word_pairs(other, &[]).as_slice(),
            "kept by text, not by the digest field (both are empty here)"
        );
    }
}
