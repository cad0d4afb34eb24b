//! How alike two claims are: overlap of their content terms, weighted by how rare each term is.
//!
//! A claim becomes a [`ClaimProfile`] (its term set and a key of its exact words). Rare terms
//! weigh more than the story's topic words ("Trump", "Tomahawk"), so two claims that merely share
//! a topic score low while two renderings of one statement score high. A term of one claim that
//! is a WordNet synonym of a term of the other ("harm" / "damage") counts as shared, at
//! [`SYNONYM_CREDIT`] of its weight; a claim that denies a term the other asserts ("would not
//! damage" / "would damage") never joins it.

use std::collections::HashMap;

use crate::story::meaning::{negator_positions, share_a_group, synonym_groups_of};
use crate::story::words::{hash_str, is_stopword, term_of, words};

/// How much of a term's weight a synonym match earns: less than the same word, since a
/// synonym group holds a word's frequent senses, not the one the claim meant.
pub const SYNONYM_CREDIT: f64 = 0.9;

/// What clustering needs to know about one claim's words.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimProfile {
    /// Content terms as hashes, sorted, without repeats.
    pub terms: Vec<u64>,
    /// Hash of all the words in order (stopwords included): equal for verbatim copies.
    pub exact: u64,
    /// Number of words, stopwords included.
    pub word_count: usize,
    /// The synonym groups of each term (same order as `terms`; empty slices for most).
    pub groups: Vec<&'static [u32]>,
    /// The first and last word position of each term (same order as `terms`).
    pub reach: Vec<(u32, u32)>,
    /// The word positions of "not", "never", "no" ...: see [`negator_positions`].
    pub negators: Vec<u32>,
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
    let mut terms: Vec<(u64, &'static [u32], (u32, u32))> = Vec::new();
    for (at, word) in all.iter().enumerate().filter(|(_, w)| !is_stopword(w)) {
        let term = term_of(word);
        terms.push((hash_str(&term), synonym_groups_of(&term), (at as u32, at as u32)));
    }
    terms.sort_by_key(|t| t.0);
    terms.dedup_by(|later, first| {
        let same = later.0 == first.0;
        if same {
            first.2 .1 = later.2 .1;
        }
        same
    });
    let total = terms.len() as f64;
    ClaimProfile {
        groups: terms.iter().map(|t| t.1).collect(),
        reach: terms.iter().map(|t| t.2).collect(),
        terms: terms.into_iter().map(|t| t.0).collect(),
        exact: hash_str(&all.join(" ")),
        word_count: all.len(),
        negators: negator_positions(&all),
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
    /// Number of shared terms, synonym pairs included.
    pub shared: usize,
    /// How many of `shared` are synonym pairs rather than the same term.
    pub synonyms: usize,
}

/// The weighted overlap of two claims' term sets (weights as stored by [`TermWeights::weigh`]):
/// the same terms first, then synonym pairs among the terms left over.
pub fn overlap(pa: &ClaimProfile, pb: &ClaimProfile) -> Overlap {
    overlap_if(pa, pb, |_| true).expect("no bound refuses")
}

/// [`overlap`], or `None` without pairing synonyms when `may_pass` refuses the most the
/// synonym pairs could add (every term with a synonym group paired at full credit): the
/// pairing compares groups term by term, the costliest step of clustering.
fn overlap_if(
    pa: &ClaimProfile,
    pb: &ClaimProfile,
    may_pass: impl Fn(&Overlap) -> bool,
) -> Option<Overlap> {
    let (total_a, total_b) = (pa.total_weight(), pb.total_weight());
    let same = same_terms(pa, pb);
    if !may_pass(&same.at_most(total_a, total_b)) {
        return None;
    }
    let most = same.grouped_left_a.min(same.grouped_left_b);
    let (pairs, weight) = if most == 0 {
        (0, 0.0)
    } else {
        let (left_a, left_b) = terms_left(pa, pb);
        synonym_pairs(pa, &left_a, pb, &left_b)
    };
    Some(measure(same.count + pairs, pairs, same.weight + weight, total_a, total_b))
}

/// What two profiles' identical terms give, and the most synonym pairing could add: counted
/// in one pass, without allocating (it runs for every candidate pair).
#[derive(Default)]
struct SameTerms {
    count: usize,
    /// Their weight (as `a` weighs them).
    weight: f64,
    /// How many of the terms left unmatched in `a` (in `b`) have synonym groups, and their weight.
    grouped_left_a: usize,
    grouped_left_b: usize,
    grouped_weight_a: f64,
    grouped_weight_b: f64,
}

fn same_terms(pa: &ClaimProfile, pb: &ClaimProfile) -> SameTerms {
    let mut same = SameTerms::default();
    let (mut i, mut j) = (0, 0);
    let left_in_a = |same: &mut SameTerms, i: usize| {
        if !pa.groups[i].is_empty() {
            same.grouped_left_a += 1;
            same.grouped_weight_a += pa.weight_at(i);
        }
    };
    let left_in_b = |same: &mut SameTerms, j: usize| {
        if !pb.groups[j].is_empty() {
            same.grouped_left_b += 1;
            same.grouped_weight_b += pb.weight_at(j);
        }
    };
    while i < pa.terms.len() && j < pb.terms.len() {
        match pa.terms[i].cmp(&pb.terms[j]) {
            std::cmp::Ordering::Less => {
                left_in_a(&mut same, i);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                left_in_b(&mut same, j);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                same.count += 1;
                same.weight += pa.weight_at(i);
                i += 1;
                j += 1;
            }
        }
    }
    (i..pa.terms.len()).for_each(|i| left_in_a(&mut same, i));
    (j..pb.terms.len()).for_each(|j| left_in_b(&mut same, j));
    same
}

impl SameTerms {
    /// The most the overlap could be once synonyms are paired: every leftover term with a
    /// synonym group paired at full credit.
    fn at_most(&self, total_a: f64, total_b: f64) -> Overlap {
        let most = self.grouped_left_a.min(self.grouped_left_b);
        let most_weight = SYNONYM_CREDIT * (self.grouped_weight_a + self.grouped_weight_b) / 2.0;
        measure(self.count + most, 0, self.weight + most_weight, total_a, total_b)
    }
}

/// The overlap of `shared` terms (`synonyms` of them synonym pairs) of this weight between
/// two claims of these total weights.
fn measure(
    shared: usize,
    synonyms: usize,
    shared_weight: f64,
    total_a: f64,
    total_b: f64,
) -> Overlap {
    let sum = total_a + total_b;
    let smaller = total_a.min(total_b);
    Overlap {
        dice: if sum > 0.0 { 2.0 * shared_weight / sum } else { 0.0 },
        containment: if smaller > 0.0 { shared_weight / smaller } else { 0.0 },
        shared,
        synonyms,
    }
}

/// Every claim's terms as small numbers side by side in one array, for the test every
/// candidate pair runs first ([`PackedTerms::could_join`]): a claim's terms are then one short
/// contiguous read, not four scattered ones, which is most of a pair's cost in a big project.
/// A term's number is its rank among all terms' hashes, so numbers sort as the hashes do.
pub struct PackedTerms {
    ids: Vec<u32>,
    /// Claim `i`'s terms are `ids[start[i]..start[i + 1]]`.
    start: Vec<usize>,
    /// By term number: its weight, and whether it has synonym groups.
    weight: Vec<f64>,
    has_groups: Vec<bool>,
    total: Vec<f64>,
    exact: Vec<u64>,
    /// By claim: how many of its terms have synonym groups, and their weight.
    grouped: Vec<(usize, f64)>,
    /// By term number: 1 + the claim whose terms are marked, to test it against others in turn
    /// ([`PackedTerms::could_join`]), each test reading only the other claim's terms.
    marked_by: Vec<u32>,
    marked: Option<usize>,
}

impl PackedTerms {
    /// Packs weighed profiles ([`TermWeights::weigh`]).
    pub fn of(profiles: &[ClaimProfile]) -> PackedTerms {
        let mut hashes: Vec<u64> = profiles.iter().flat_map(|p| p.terms.iter().copied()).collect();
        hashes.sort_unstable();
        hashes.dedup();
        let (mut weight, mut has_groups) = (vec![0.0; hashes.len()], vec![false; hashes.len()]);
        let mut packed = PackedTerms {
            ids: Vec::with_capacity(profiles.iter().map(|p| p.terms.len()).sum()),
            start: Vec::with_capacity(profiles.len() + 1),
            weight: Vec::new(),
            has_groups: Vec::new(),
            total: profiles.iter().map(ClaimProfile::total_weight).collect(),
            exact: profiles.iter().map(|p| p.exact).collect(),
            grouped: profiles.iter().map(grouped_terms).collect(),
            marked_by: vec![0; hashes.len()],
            marked: None,
        };
        for profile in profiles {
            packed.start.push(packed.ids.len());
            for (k, term) in profile.terms.iter().enumerate() {
                let id = hashes.binary_search(term).expect("collected above");
                weight[id] = profile.weight_at(k);
                has_groups[id] = !profile.groups[k].is_empty();
                packed.ids.push(id as u32);
            }
        }
        packed.start.push(packed.ids.len());
        packed.weight = weight;
        packed.has_groups = has_groups;
        packed
    }

    fn term_count(&self, i: usize) -> usize {
        self.start[i + 1] - self.start[i]
    }

    /// False only when [`join_score`] of the two profiles is surely `None`: the most their
    /// terms could share, synonyms paired at best, does not clear the bars (and they are not
    /// word for word, nor term for term, the same). True means: ask [`join_score`].
    ///
    /// Fastest when the calls come grouped by `i` (candidate pairs sorted): claim `i`'s terms
    /// are marked once, and each `j` is one pass over its own terms, with no merge.
    pub fn could_join(
        &mut self,
        i: usize,
        j: usize,
        speakers: SpeakerMatch,
        config: &JoinConfig,
    ) -> bool {
        let strict = match speakers {
            SpeakerMatch::Different => return false,
            SpeakerMatch::Same => false,
            SpeakerMatch::Unknown => true,
        };
        if self.exact[i] == self.exact[j] {
            return true;
        }
        self.mark(i);
        let same = self.same_as_marked(j);
        if same.count == self.term_count(i) && same.count == self.term_count(j) {
            return true;
        }
        clears_the_bars(&same.at_most(self.total[i], self.total[j]), strict, config)
    }

    /// Marks claim `i`'s terms (unless they are already the marked ones).
    fn mark(&mut self, i: usize) {
        if self.marked == Some(i) {
            return;
        }
        let stamp = i as u32 + 1;
        for k in self.start[i]..self.start[i + 1] {
            self.marked_by[self.ids[k] as usize] = stamp;
        }
        self.marked = Some(i);
    }

    /// [`same_terms`] of the marked claim and claim `j`, read from `j`'s terms alone. The
    /// shared weight is summed in the same order as there (term order, the same to the bit);
    /// the marked claim's leftover synonym weight is its total less the shared part, raised by
    /// a hair so that rounding can only let a pair through, never refuse one.
    fn same_as_marked(&self, j: usize) -> SameTerms {
        let i = self.marked.expect("a claim is marked");
        let stamp = i as u32 + 1;
        let mut same = SameTerms::default();
        let (mut shared_grouped, mut shared_grouped_weight) = (0, 0.0);
        for &id in &self.ids[self.start[j]..self.start[j + 1]] {
            let (id, weight) = (id as usize, self.weight[id as usize]);
            let grouped = self.has_groups[id];
            if self.marked_by[id] == stamp {
                same.count += 1;
                same.weight += weight;
                if grouped {
                    shared_grouped += 1;
                    shared_grouped_weight += weight;
                }
            } else if grouped {
                same.grouped_left_b += 1;
                same.grouped_weight_b += weight;
            }
        }
        let (grouped, grouped_weight) = self.grouped[i];
        same.grouped_left_a = grouped - shared_grouped;
        same.grouped_weight_a =
            (grouped_weight - shared_grouped_weight).max(0.0) + ROUNDING_SLACK * grouped_weight;
        same.grouped_weight_b += ROUNDING_SLACK * same.grouped_weight_b;
        same
    }
}

/// A relative error larger than any a sum of a claim's term weights in another order can have.
const ROUNDING_SLACK: f64 = 1e-9;

/// How many of a weighed profile's terms have synonym groups, and their weight.
fn grouped_terms(profile: &ClaimProfile) -> (usize, f64) {
    let grouped = (0..profile.terms.len()).filter(|&k| !profile.groups[k].is_empty());
    grouped.fold((0, 0.0), |(n, w), k| (n + 1, w + profile.weight_at(k)))
}

/// Whether an overlap clears the bars (a speaker unknown: `strict`).
fn clears_the_bars(o: &Overlap, strict: bool, config: &JoinConfig) -> bool {
    let dice_bar = if strict { config.unknown_speaker_dice } else { config.same_speaker_dice };
    let enough_shared = !strict || o.shared >= config.containment_shared;
    let contained =
        !strict && o.containment >= config.containment && o.shared >= config.containment_shared;
    o.shared >= 2 && (o.dice >= dice_bar && enough_shared || contained)
}

/// The indices of the terms of `a` and of `b` the other does not hold.
fn terms_left(pa: &ClaimProfile, pb: &ClaimProfile) -> (Vec<usize>, Vec<usize>) {
    let (a, b) = (&pa.terms, &pb.terms);
    let (mut i, mut j) = (0, 0);
    let (mut left_a, mut left_b) = (Vec::new(), Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                left_a.push(i);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                left_b.push(j);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    left_a.extend(i..a.len());
    left_b.extend(j..b.len());
    (left_a, left_b)
}

/// Synonym pairs between the terms of `a` and `b` that matched nothing (indices in `left_*`),
/// each term used once: their number and their credited weight.
fn synonym_pairs(
    a: &ClaimProfile,
    left_a: &[usize],
    b: &ClaimProfile,
    left_b: &[usize],
) -> (usize, f64) {
    let with_groups = |p: &ClaimProfile, left: &[usize]| -> Vec<usize> {
        left.iter().copied().filter(|&k| !p.groups[k].is_empty()).collect()
    };
    let (from_a, mut from_b) = (with_groups(a, left_a), with_groups(b, left_b));
    let (mut pairs, mut weight) = (0, 0.0);
    for i in from_a {
        let Some(at) = from_b.iter().position(|&j| share_a_group(a.groups[i], b.groups[j])) else {
            continue;
        };
        let j = from_b.swap_remove(at);
        pairs += 1;
        weight += SYNONYM_CREDIT * (a.weight_at(i) + b.weight_at(j)) / 2.0;
    }
    (pairs, weight)
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
    pub fn of<T: PartialEq>(a: Option<T>, b: Option<T>) -> SpeakerMatch {
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
    /// Least weighted Dice overlap, same speaker, between a document and its copy or rewrite
    /// (`Document::duplicate_of`): a rewrite keeps the statement in other words, so its claims
    /// need less overlap than two independent reports'.
    pub copy_dice: f64,
}

impl Default for JoinConfig {
    fn default() -> Self {
        JoinConfig {
            same_speaker_dice: 0.45,
            unknown_speaker_dice: 0.6,
            containment: 0.8,
            containment_shared: 3,
            copy_dice: 0.3,
        }
    }
}

impl JoinConfig {
    /// The bars between a document and its copy: [`JoinConfig::copy_dice`] for the same speaker.
    pub fn between_copies(&self) -> JoinConfig {
        JoinConfig { same_speaker_dice: self.copy_dice.min(self.same_speaker_dice), ..self.clone() }
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
    if one_denies_what_the_other_asserts(a, b) {
        return None;
    }
    let enough_terms = !a.terms.is_empty() && (!strict || a.terms.len() >= 3);
    if a.terms == b.terms && enough_terms {
        return Some(1.0);
    }
    let clears = |o: &Overlap| clears_the_bars(o, strict, config);
    let o = overlap_if(a, b, clears)?;
    (shared_terms_say_enough(&o) && clears(&o)).then_some(o.dice)
}

/// Whether one claim denies, among the words both share, what the other asserts: a negator
/// between the first and last shared term in one claim and not in the other.
fn one_denies_what_the_other_asserts(a: &ClaimProfile, b: &ClaimProfile) -> bool {
    if a.negators.is_empty() && b.negators.is_empty() {
        return false;
    }
    let (in_a, in_b) = shared_term_indices(a, b);
    denies_within(a, &in_a) != denies_within(b, &in_b)
}

/// The indices in `a.terms` and in `b.terms` of the terms both hold.
fn shared_term_indices(a: &ClaimProfile, b: &ClaimProfile) -> (Vec<usize>, Vec<usize>) {
    let (mut i, mut j, mut in_a, mut in_b) = (0, 0, Vec::new(), Vec::new());
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].cmp(&b.terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                in_a.push(i);
                in_b.push(j);
                i += 1;
                j += 1;
            }
        }
    }
    (in_a, in_b)
}

/// Whether a negator of `p` lies between the first and last of the terms `shared` (anywhere,
/// when the claims share no term).
fn denies_within(p: &ClaimProfile, shared: &[usize]) -> bool {
    let first = shared.iter().map(|&k| p.reach[k].0).min().unwrap_or(0);
    let last = shared.iter().map(|&k| p.reach[k].1).max().unwrap_or(u32::MAX);
    p.negators.iter().any(|&at| (first..=last).contains(&at))
}

/// Whether the shared terms say enough: at least two (one shared word, "to hold back" / "to
/// back Obama", is a topic, not a statement), and no more synonym pairs than same terms (a
/// synonym pair alone, "an onslaught" / "a line of attack", says little, since a synonym group
/// holds every frequent sense of a word).
fn shared_terms_say_enough(o: &Overlap) -> bool {
    let same = o.shared - o.synonyms;
    o.shared >= 2 && same >= o.synonyms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::words::term_of;

    #[test]
    fn packed_terms_refuse_only_pairs_the_full_join_refuses() {
        let claims = [
            "the council would close the northern harbour to cargo ships",
            "the city is going to close the northern harbour to all cargo ships",
            "the harbour will not be closed to cargo ships, the council said",
            "a tram line along the river will be built by the council",
            "the council will build a tram line along the river",
            "the council will construct a tramway beside the river",
            "ships",
            "cargo ships",
            "the council would close the northern harbour to cargo ships",
        ];
        let mut profiles: Vec<ClaimProfile> = claims.iter().map(|c| profile_of(c)).collect();
        let weights = TermWeights::new(&profiles);
        for profile in &mut profiles {
            weights.weigh(profile);
        }
        let mut packed = PackedTerms::of(&profiles);
        let (mut refused, mut joined) = (0, 0);
        for speakers in [SpeakerMatch::Same, SpeakerMatch::Unknown] {
            for bars in [JoinConfig::default(), JoinConfig::default().between_copies()] {
                for i in 0..claims.len() {
                    for j in 0..claims.len() {
                        let full = join_score(&profiles[i], &profiles[j], speakers, &bars);
                        if !packed.could_join(i, j, speakers, &bars) {
                            assert_eq!(full, None, "{} / {}", claims[i], claims[j]);
                            refused += 1;
                        }
                        joined += usize::from(full.is_some());
                    }
                }
            }
        }
        assert!(refused > 0 && joined > 0, "both kinds of pair were tried");
    }

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
        let (a, b) = ("meeting again is almost reckless", "meeting again is almost foolhardy");
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
        let (a, b) = ("the opportunities would be immense", "the opportunities would be huge");
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
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
    fn a_warning_in_other_words_joins() {
        let a = "the sanctions would only harm relations between the two countries";
        let b = "the sanctions would significantly damage relations between both countries";
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
    }

    #[test]
    fn a_named_country_is_one_of_the_countries_a_report_speaks_of() {
        let a = "the tariffs would only hurt China-Japan trade";
        let b = "if the tariffs came, they would seriously hurt trade between both countries, \
                 not to mention the talks on a settlement";
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
        let without = "if the tariffs came, they would seriously hurt trade, not to mention the \
                       talks on a settlement";
        assert_eq!(score(a, without, SpeakerMatch::Same, TOPIC), None);
        let one = "if the tariffs came, they would seriously hurt trade in the country, not to \
                   mention the talks on a settlement";
        assert_eq!(score(a, one, SpeakerMatch::Same, TOPIC), None, "the country is one, unknown");
    }

    #[test]
    fn two_countries_are_not_synonyms() {
        let (a, b) = ("France would send troops", "Germany would send troops");
        let groups = |word: &str| synonym_groups_of(&term_of(word));
        let (france, germany) = (groups("france"), groups("germany"));
        assert!(!france.is_empty() && !share_a_group(france, germany));
        assert!(share_a_group(france, groups("countries")));
        assert_eq!(score(a, b, SpeakerMatch::Unknown, TOPIC), None);
    }

    #[test]
    fn a_denial_stays_apart_from_the_claim_it_denies() {
        let a = "the sanctions would damage relations between the two countries";
        let b = "the sanctions would not damage relations between the two countries";
        assert_eq!(score(a, b, SpeakerMatch::Same, TOPIC), None);
        let c = "the sanctions won't harm relations between the two countries";
        assert!(score(b, c, SpeakerMatch::Same, TOPIC).is_some(), "two denials in other words");
    }

    #[test]
    fn a_denial_outside_the_shared_words_parts_nothing() {
        let a = "the unfairness of the tax laws is unbelievable. I'm not working for them";
        let b = "the unfairness of the tax laws is unbelievable";
        assert!(score(a, b, SpeakerMatch::Same, TOPIC).is_some());
    }

    #[test]
    fn a_synonym_or_one_word_alone_joins_nothing() {
        assert_eq!(score("an onslaught", "a new line of attack", SpeakerMatch::Same, TOPIC), None);
        assert_eq!(score("to hold back", "to back the bill", SpeakerMatch::Same, TOPIC), None);
    }

    #[test]
    fn a_synonym_earns_less_than_the_same_word() {
        let profiles = [profile_of("they would harm the deal"), profile_of("deal talks")];
        let weights = TermWeights::new(&profiles);
        let weighed = |t: &str| {
            let mut p = profile_of(t);
            weights.weigh(&mut p);
            p
        };
        let same = overlap(&weighed("they would harm the deal"), &weighed("harm the deal"));
        let other = overlap(&weighed("they would harm the deal"), &weighed("damage the deal"));
        assert_eq!((same.shared, other.shared), (2, 2));
        assert!(other.dice < same.dice, "{other:?} / {same:?}");
    }

    #[test]
    fn unknown_speaker_needs_more_overlap() {
        let a = "almost reckless";
        let b = "almost foolhardy";
        assert_eq!(score(a, b, SpeakerMatch::Unknown, TOPIC), None);
    }
}
