//! What two wordings of one claim must agree on beyond shared words: synonyms count as the
//! same word, and a claim that denies what the other asserts is a different claim.
//!
//! Synonyms come from WordNet ([`crate::lexicon::synonyms`]), looked up by the stem the
//! comparison uses ([`stem`]), so "harmed" finds the group of "harm" and "damage". Polarity
//! is where a claim denies something ([`negator_positions`]); clustering compares it only over
//! the words two claims share, so "would not damage" stays apart from "would damage" while a
//! denial in a sentence only one outlet quotes ("I'm not working for Trump") parts nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::synonyms::synonym_groups;
use crate::lexicon::{COUNTRY_WORDS, NEGATIONS};
use crate::story::words::{country_names, hash_str, stem, term_of};

/// The synonym groups of a term (a stem as [`crate::story::words::term_of`] gives it),
/// sorted; empty for a word WordNet has no safe synonym for.
pub fn synonym_groups_of(term: &str) -> &'static [u32] {
    synonym_table().get(&hash_str(term)).map_or(&[], Vec::as_slice)
}

/// The group of a named country ("russia", "usa"): an instance of [`COUNTRY_WORD`], never a
/// synonym of another country.
const COUNTRY_NAME: u32 = u32::MAX - 1;
/// The group of the words for several countries in general ("countries", "nations").
const COUNTRY_WORD: u32 = u32::MAX;

/// Whether two terms share a synonym group, or one names an instance of what the other says
/// in general ("Russia" / "both countries", as WordNet's instance hypernyms have it).
pub fn share_a_group(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal if a[i] == COUNTRY_NAME => return false,
            std::cmp::Ordering::Equal => return true,
        }
    }
    let instance_of = |x: &[u32], y: &[u32]| x.contains(&COUNTRY_NAME) && y.contains(&COUNTRY_WORD);
    instance_of(a, b) || instance_of(b, a)
}

/// Term hash → its groups, built once from the WordNet data. Words whose stems coincide
/// ("harm", "harmed") share an entry; a group whose words all stem alike is left out.
fn synonym_table() -> &'static HashMap<u64, Vec<u32>> {
    static TABLE: OnceLock<HashMap<u64, Vec<u32>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<u64, Vec<u32>> = HashMap::new();
        for (id, group) in synonym_groups().enumerate() {
            let mut stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            stems.sort_unstable();
            stems.dedup();
            if stems.len() < 2 {
                continue;
            }
            for s in stems {
                table.entry(hash_str(&s)).or_default().push(id as u32);
            }
        }
        for country in country_names() {
            table.entry(hash_str(&country)).or_default().push(COUNTRY_NAME);
        }
        for word in COUNTRY_WORDS {
            table.entry(hash_str(&term_of(word))).or_default().push(COUNTRY_WORD);
        }
        table
    })
}

/// The positions in a claim's [`crate::story::words::words`] (lowercased) of the words that
/// deny something: "not", "never", "no", a "n't" form and the like, outside the phrases where
/// they deny nothing ("not only", "not to mention", "whether or not").
pub fn negator_positions(words: &[String]) -> Vec<u32> {
    let denies = |&i: &usize| is_negator(&words[i]) && !is_idiom_at(words, i);
    (0..words.len()).filter(denies).map(|i| i as u32).collect()
}

fn is_negator(word: &str) -> bool {
    NEGATIONS.contains(&word) || word.ends_with("n't")
}

/// "not only", "not just", "not least", "not to mention", "whether or not", "no doubt".
fn is_idiom_at(words: &[String], i: usize) -> bool {
    let next = words.get(i + 1).map(String::as_str);
    let after = words.get(i + 2).map(String::as_str);
    let before = i.checked_sub(1).map(|p| words[p].as_str());
    match words[i].as_str() {
        "not" => {
            matches!(next, Some("only" | "just" | "least" | "merely"))
                || (next == Some("to") && after == Some("mention"))
                || before == Some("or")
        }
        "no" => matches!(next, Some("doubt")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::words::{term_of, words};

    fn synonyms(a: &str, b: &str) -> bool {
        share_a_group(synonym_groups_of(&term_of(a)), synonym_groups_of(&term_of(b)))
    }

    #[test]
    fn wordnet_synonyms_are_found_through_inflections() {
        assert!(synonyms("harm", "damage"));
        assert!(synonyms("harmed", "damaged"));
        assert!(synonyms("reckless", "foolhardy"));
        assert!(synonyms("begins", "started"));
    }

    #[test]
    fn unrelated_and_opposite_words_are_not_synonyms() {
        assert!(!synonyms("harm", "help"));
        assert!(!synonyms("increase", "decrease"));
        assert!(!synonyms("win", "lose"));
        assert!(!synonyms("tax", "taxes"), "one stem is no synonym pair: it is the same term");
    }

    #[test]
    fn a_denial_is_negated_and_an_idiom_is_not() {
        let negated = |t: &str| !negator_positions(&words(t)).is_empty();
        assert_eq!(negator_positions(&words("it would never, ever not matter")), [2, 4]);
        assert!(negated("the sanctions would not damage the economy"));
        assert!(negated("he won't sign the bill"));
        assert!(negated("there is no evidence of fraud"));
        assert!(!negated("the sanctions would damage the economy"));
        assert!(!negated("a loss, not to mention the cost of the recount"));
        assert!(!negated("not only the governor but the mayor"));
        assert!(!negated("whether or not the vote goes ahead"));
        assert!(!negated("a summit without an agreement"), "'without' is left to the words");
    }
}
