//! Cue-anchored attributions inside one sentence, found by named finders behind one trait.
//!
//! A [`Finder`] proposes [`Candidate`]s at a [`Site`]: once per sentence (`openers`: a
//! transcript turn, "In the latest poll, ...", a dash byline) or at each token outside quotations
//! (`openers::AccordingTo`, `nouns::PossessiveNoun`, `verbs::VerbCue`), seeing what the
//! finders before it proposed in the sentence. [`find_in_sentence`] runs them in order and
//! cuts contents joined by ", and X said". The files by concept: `subjects` (who stands before
//! or after a cue), `content_start` and `content_before` (where the content begins, and a
//! content before "..., X said"), `content_ends` (where it stops), `vetoes` (what is no cue).

mod bylines;
mod content_before;
mod content_ends;
mod content_start;
mod infinitives;
mod noun_like;
mod openers;
mod participles;
mod relatives;
mod stance;
mod subjects;
#[cfg(test)]
mod tests;
mod verbs;
mod vetoes;

use self::bylines::DashByline;
use self::content_ends::content_end;
use self::openers::{AccordingTo, InThePoll, TranscriptTurn};
use self::relatives::DescribedAsRelative;
use self::verbs::{closes_quote_after_comma, VerbCue};
use self::vetoes::is_question_outside_quotes;
use super::candidate::{Candidate, Side};
use super::nouns::PossessiveNoun;
use super::rules::{RuleId, Rules};
use super::sentences::{Doc, Sentence};
use super::tokens::Kind;
use crate::lexicon::{COORDINATORS, SENTENCE_CONNECTIVES};

/// Where a finder looks: sentence `n` (`s`) of `doc`, whose content ends before `end`, at
/// token `at` (the sentence start for a finder of whole sentences).
#[derive(Clone, Copy)]
pub(super) struct Site<'s, 'a> {
    pub doc: &'s Doc<'a>,
    pub n: usize,
    pub s: Sentence,
    pub end: usize,
    pub at: usize,
    /// The rules that run: finders check their own, content boundaries their named parts.
    pub rules: Rules,
}

/// What a finder looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// The sentence, once.
    Sentence,
    /// Every token of the sentence outside quotations, in order.
    Token,
}

/// A pattern that proposes attributions. Each candidate carries the [`RuleId`] of the rule
/// that found it (one finder may name several: a verb cue by its verb's class).
///
/// [`RuleId`]: super::rules::RuleId
pub(super) trait Finder: Sync {
    fn scope(&self) -> Scope;
    /// The candidate found at `site`, given what the finders before found in the sentence.
    fn find(&self, site: Site, earlier: &[Candidate]) -> Option<Candidate>;
    /// Whether a candidate found here claims its tokens through its source, so that no other
    /// finder looks at them ("according to the mayor's office" holds no cue of its own).
    fn claims_through_source(&self) -> bool {
        false
    }
}

/// Every finder, in the order they run at a site.
const FINDERS: &[&dyn Finder] = &[
    &TranscriptTurn,
    &InThePoll,
    &DashByline,
    &AccordingTo,
    &PossessiveNoun,
    &DescribedAsRelative,
    &VerbCue,
];

/// Finds the attributions of sentence `n`, appending them to `out`. A candidate whose rule is
/// switched off is dropped where it is found, as if its finder had not fired.
pub(super) fn find_in_sentence(doc: &Doc, n: usize, rules: Rules, out: &mut Vec<Candidate>) {
    let s = doc.sentences[n];
    if is_question_outside_quotes(doc, s) {
        return;
    }
    let first_new = out.len();
    let site = Site { doc, n, s, end: content_end(doc, s), at: s.start, rules };
    let keep = |c: &Candidate| rules.runs(c.rule);
    for finder in FINDERS.iter().filter(|f| f.scope() == Scope::Sentence) {
        if let Some(c) = finder.find(site, &out[first_new..]).filter(keep) {
            out.push(c);
        }
    }
    let mut at = s.start;
    'tokens: while at < site.end {
        if doc.quote_at(at).is_some() {
            at += 1;
            continue;
        }
        for finder in FINDERS.iter().filter(|f| f.scope() == Scope::Token) {
            let Some(c) = finder.find(Site { at, ..site }, &out[first_new..]).filter(keep) else {
                continue;
            };
            if finder.claims_through_source() {
                at = c.source.map_or(c.cue.1, |m| m.end);
                out.push(c);
                continue 'tokens;
            }
            out.push(c);
        }
        at += 1;
    }
    cut_at_following_clauses(doc, rules, &mut out[first_new..]);
    if rules.runs(RuleId::LeadingConnective) {
        for f in &mut out[first_new..] {
            without_leading_connective(doc, s, f);
        }
    }
}

/// [`RuleId::LeadingConnective`]: `But the plan failed, she said.`, `Still, other experts say,
/// ...`: a content opening its sentence with a connective ([`SENTENCE_CONNECTIVES`], and its
/// comma) starts after it — unless the content quotes anyone (`But “it will not be easy,” he
/// said`, where people keep the connective with the mixed quotation).
pub(super) fn without_leading_connective(doc: &Doc, s: Sentence, f: &mut Candidate) {
    let Some(&(a, b)) = f.parts.first() else { return };
    let quotes = f.parts.iter().any(|&(x, y)| (x..y).any(|k| doc.quote_at(k).is_some()));
    if a != s.start
        || quotes
        || !doc.is_capitalized(a)
        || !SENTENCE_CONNECTIVES.contains(&doc.low(a))
    {
        return;
    }
    let k = if doc.is_punct(a + 1, ',') { a + 2 } else { a + 1 };
    if k < b && doc.is_word(k) {
        f.parts[0].0 = k;
    }
}

/// Two attributions joined by ", and X said ...": the first content stops before the second.
pub(super) fn cut_at_following_clauses(doc: &Doc, rules: Rules, found: &mut [Candidate]) {
    let starts: Vec<usize> = found
        .iter()
        .filter(|f| f.side == Side::After && !f.borrowed_source)
        .filter_map(|f| f.source.map(|m| m.start))
        .collect();
    let participles: Vec<usize> =
        found.iter().filter(|f| f.borrowed_source).map(|f| f.cue.0).collect();
    for f in found.iter_mut().filter(|f| f.side == Side::After) {
        let Some(&(a, b)) = f.parts.last() else { continue };
        let mut cut = b;
        for &st in starts.iter().chain(participles.iter()) {
            if st > a && st < cut {
                let mut k = st;
                while k > a && COORDINATORS.contains(&doc.low(k - 1)) && doc.low(k - 1) != "whereas"
                {
                    k -= 1;
                }
                let joined = k < st || doc.is_punct(k - 1, ';') || participles.contains(&st);
                if joined && k > a && matches!(doc.kind(k - 1), Some(Kind::Punct(',' | ';'))) {
                    cut = k - 1;
                } else if participles.contains(&st)
                    && k > a + 1
                    && rules.runs(RuleId::ParticipleAfterQuote)
                    && closes_quote_after_comma(doc, k - 1)
                {
                    // `that he has “expanded the party,” claiming ...`: the quotation stays.
                    cut = k;
                }
            }
        }
        if let Some(last) = f.parts.last_mut() {
            last.1 = cut;
        }
    }
}

pub(super) fn word_count(doc: &Doc, a: usize, b: usize) -> usize {
    (a..b).filter(|&k| doc.is_word(k)).count()
}
