//! The vocabulary the extractor and the story pass share: named word sets and the cue table.
//!
//! One place for each list, so copies cannot drift (`WEEKDAYS` was spelled out in eight
//! places, the addressee list in two that differed). Sets are lower-case; look words up with
//! `contains` on the lower-cased token. Every set is re-exported here, so a reader writes
//! `crate::lexicon::NAME` wherever it lives. The tests (`tests.rs`) register every set and reject
//! a word listed twice in a set, a cue lemma in two classes, words in two sets that are meant to
//! be apart, and a set defined as part of another that leaves it. Sets that answer near questions
//! but differ are kept apart, and each one's doc says how it differs.
//!
//! By concept, one file each:
//! - [`function_words`]: pronouns, determiners, quantifiers, auxiliaries, "be" and "have",
//!   prepositions, conjunctions, question and relative words, negations, stopwords.
//! - [`clause_words`]: where a clause or phrase around a cue starts or ends.
//! - [`time`]: weekdays, months, periods, time phrases, magnitudes.
//! - [`people`]: titles, roles, role heads, descriptors, gender words, groups, relatives.
//! - [`organisations`]: organisation words and heads, named organisations, media, polls.
//! - [`places`]: demonyms, nationalities, countries and capitals, words for countries.
//! - [`speech`]: addressees, occasions, documents, what was said, attitude, asking and naming
//!   verbs, nouns that clearly speak.
//! - [`not_names`]: capitalised words that name no one.
//! - [`writing`]: abbreviations, the labels of page furniture, the jobs of a byline.
//! - [`given_names`]: given names that tell a woman from a man, suffixes, particles, nicknames.
//! - [`cues`]: every cue verb with its class and flags, irregular forms, particles, phrases.
//! - [`synonyms`]: WordNet synonym groups for clustering by meaning.

pub mod clause_words;
pub mod cues;
pub mod function_words;
pub mod given_names;
pub mod not_names;
pub mod organisations;
pub mod people;
pub mod places;
pub mod speech;
pub mod synonyms;
pub mod time;
pub mod writing;

pub use clause_words::*;
pub use function_words::*;
pub use not_names::*;
pub use organisations::*;
pub use people::*;
pub use places::*;
pub use speech::*;
pub use time::*;
pub use writing::*;

/// What kind of attribution a cue verb makes; it drives confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Verbs of saying and writing: said, told, argued, tweeted.
    Speech,
    /// Beliefs, wishes and intentions: think, want, plan, hope.
    Mind,
    /// Evidence and stance: show, find, demonstrate, prove.
    Stance,
}

/// The grammatical form a cue word has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Base,
    ThirdPerson,
    Past,
    Participle,
    Ing,
}

/// Every word listed twice in `set`: for the tests of any module that keeps a word list.
pub fn listed_twice<'a>(set: &[&'a str]) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    set.iter().filter(|w| !seen.insert(**w)).copied().collect()
}

#[cfg(test)]
mod tests;
