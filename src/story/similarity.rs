//! How alike two claims are: overlap of their content terms, weighted by how rare each term is.
//!
//! A claim becomes a [`ClaimProfile`] (its term set and a key of its exact words). Rare terms
//! weigh more than the story's topic words ("Trump", "Tomahawk"), so two claims that merely share
//! a topic score low while two renderings of one statement score high.

use std::collections::HashMap;

use crate::story::index::sorted_set;
use crate::story::words::{content_terms_of, hash_str, words};

/// What clustering needs to know about one claim's words.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimProfile {
    /// Content terms as hashes, sorted, without repeats.
    pub terms: Vec<u64>,
    /// Hash of all the words in order (stopwords included): equal for verbatim copies.
    pub exact: u64,
    /// Number of words, stopwords included.
    pub word_count: usize,
    /// The weight of each term (same order as `terms`); empty until [`TermWeights::weigh`],
    /// which counts every term as 1.
    pub weights: Vec<f64>,
    /// The sum of the weights, kept: [`overlap`] runs for every candidate pair.
    total: f64,
}

impl ClaimProfile {
    fn weight_at(&self, i: usize) -> f64 {
        self.weights.get(i).copied().unwrap_or(1.0)
    }

    fn total_weight(&self) -> f64 {
        self.total
    }
}

/// The profile of a claim's content text.
pub fn profile_of(content: &str) -> ClaimProfile {
    let all = words(content);
    let terms = sorted_set(content_terms_of(&all).iter().map(|t| hash_str(t)).collect());
    let total = terms.len() as f64;
    ClaimProfile {
        terms,
        exact: hash_str(&all.join(" ")),
        word_count: all.len(),
        weights: vec![],
        total,
    }
}

/// Term weights from how many claims hold each term (inverse document frequency).
pub struct TermWeights {
    frequency: HashMap<u64, u32>,
    total: usize,
}

impl TermWeights {
    pub fn new(profiles: &[ClaimProfile]) -> TermWeights {
        let mut frequency: HashMap<u64, u32> = HashMap::new();
        for profile in profiles {
            for &term in &profile.terms {
                *frequency.entry(term).or_default() += 1;
            }
        }
        TermWeights { frequency, total: profiles.len() }
    }

    /// `ln(1 + N / df)`: about 0.7 for a term every claim holds, more the rarer it is.
    pub fn weight(&self, term: u64) -> f64 {
        let df = self.frequency.get(&term).copied().unwrap_or(1).max(1) as f64;
        (1.0 + self.total.max(1) as f64 / df).ln()
    }

    /// Stores the weight of each of the profile's terms in it.
    pub fn weigh(&self, profile: &mut ClaimProfile) {
        profile.weights = profile.terms.iter().map(|&t| self.weight(t)).collect();
        profile.total = profile.weights.iter().sum();
    }

    /// How many claims hold `term`.
    pub fn frequency(&self, term: u64) -> u32 {
        self.frequency.get(&term).copied().unwrap_or(0)
    }
}

/// The weighted overlap of two term sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Overlap {
    /// Twice the shared weight over the sum of both weights, in [0, 1].
    pub dice: f64,
    /// The shared weight over the smaller set's weight, in [0, 1].
    pub containment: f64,
    /// Number of shared terms.
    pub shared: usize,
}

/// The weighted overlap of two claims' term sets (weights as stored by [`TermWeights::weigh`]).
pub fn overlap(pa: &ClaimProfile, pb: &ClaimProfile) -> Overlap {
    let (a, b) = (&pa.terms, &pb.terms);
    let (total_a, total_b) = (pa.total_weight(), pb.total_weight());
    let (mut i, mut j, mut shared, mut shared_weight) = (0, 0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                shared_weight += pa.weight_at(i);
                i += 1;
                j += 1;
            }
        }
    }
    let sum = total_a + total_b;
    let smaller = total_a.min(total_b);
    Overlap {
        dice: if sum > 0.0 { 2.0 * shared_weight / sum } else { 0.0 },
        containment: if smaller > 0.0 { shared_weight / smaller } else { 0.0 },
        shared,
    }
}

/// Whether the two claims' speakers allow them to be one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerMatch {
    /// Both known and the same speaker.
    Same,
    /// At least one speaker unknown: the words alone must carry the join.
    Unknown,
    /// Two different known speakers: never the same statement.
    Different,
}

impl SpeakerMatch {
    pub fn of(a: Option<&str>, b: Option<&str>) -> SpeakerMatch {
        match (a, b) {
            (Some(a), Some(b)) if a == b => SpeakerMatch::Same,
            (Some(_), Some(_)) => SpeakerMatch::Different,
            _ => SpeakerMatch::Unknown,
        }
    }
}

/// The bars two claims must clear to be joined.
#[derive(Clone, Debug)]
pub struct JoinConfig {
    /// Least weighted Dice overlap when the speaker is the same.
    pub same_speaker_dice: f64,
    /// Least weighted Dice overlap when a speaker is unknown.
    pub unknown_speaker_dice: f64,
    /// Least containment when one outlet reports only part of the statement (same speaker).
    pub containment: f64,
    /// Least number of shared terms for the containment rule, and for any join by words
    /// alone (a speaker unknown).
    pub containment_shared: usize,
}

impl Default for JoinConfig {
    fn default() -> Self {
        JoinConfig {
            same_speaker_dice: 0.45,
            unknown_speaker_dice: 0.6,
            containment: 0.8,
            containment_shared: 3,
        }
    }
}

/// The strength of the join between two claims, or `None` when they are not one statement.
pub fn join_score(
    a: &ClaimProfile,
    b: &ClaimProfile,
    speakers: SpeakerMatch,
    config: &JoinConfig,
) -> Option<f64> {
    let strict = match speakers {
        SpeakerMatch::Different => return None,
        SpeakerMatch::Same => false,
        SpeakerMatch::Unknown => true,
    };
    if a.exact == b.exact && a.word_count >= 3 {
        return Some(1.0);
    }
    let enough_terms = !a.terms.is_empty() && (!strict || a.terms.len() >= 3);
    if a.terms == b.terms && enough_terms {
        return Some(1.0);
    }
    let o = overlap(a, b);
    let dice_bar = if strict { config.unknown_speaker_dice } else { config.same_speaker_dice };
    let enough_shared = !strict || o.shared >= config.containment_shared;
    let contained =
        !strict && o.containment >= config.containment && o.shared >= config.containment_shared;
    (o.dice >= dice_bar && enough_shared || contained).then_some(o.dice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(a: &str, b: &str, speakers: SpeakerMatch, others: &[&str]) -> Option<f64> {
        let mut profiles: Vec<ClaimProfile> = others.iter().map(|t| profile_of(t)).collect();
        profiles.push(profile_of(a));
        profiles.push(profile_of(b));
        let weights = TermWeights::new(&profiles);
        let (mut a, mut b) = (profile_of(a), profile_of(b));
        weights.weigh(&mut a);
        weights.weigh(&mut b);
        join_score(&a, &b, speakers, &JoinConfig::default())
    }

    const TOPIC: &[&str] = &[
        "Trump said Tomahawk missiles for Ukraine are under discussion",
        "Putin warned Trump about Tomahawk missiles",
        "Zelensky wants Tomahawk missiles and air defense",
        "The summit with Putin in Budapest will bring peace, Trump said",
    ];

    #[test]
    fn two_translations_of_one_quote_join() {
        let a = "The United States also needs Tomahawk missiles";
        let b = "We need Tomahawks for the United States of America, too";
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
    }

    #[test]
    fn one_word_swapped_by_a_translator_joins() {
        assert!(score("almost reckless", "almost foolhardy", SpeakerMatch::Same, TOPIC).is_some());
        assert!(score("would be immense", "colossal", SpeakerMatch::Same, TOPIC).is_some());
    }

    #[test]
    fn same_speaker_different_statement_stays_apart() {
        let a = "The United States also needs Tomahawk missiles";
        let b = "Hopefully we'll be able to get the war over without thinking about Tomahawks.";
        assert_eq!(score(a, b, SpeakerMatch::Same, TOPIC), None);
    }

    #[test]
    fn same_words_different_speaker_stay_apart() {
        let a = "The economic opportunities after the war would be immense";
        assert_eq!(score(a, a, SpeakerMatch::Different, TOPIC), None);
    }

    #[test]
    fn unknown_speaker_needs_more_overlap() {
        let a = "almost reckless";
        let b = "almost foolhardy";
        assert_eq!(score(a, b, SpeakerMatch::Unknown, TOPIC), None);
    }
}
