//! What is no attribution here: a question the writer asks, a word that cannot be a cue in
//! its position, a verb with no object, appearance verbs without a named experiencer, and a
//! participle naming a thing ("a group called ...").

use super::super::cues::{Cue, Form};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::Mention;
use super::super::tokens::{Kind, Quote};
use crate::lexicon::{NAMING_VERBS, QUESTION_OPENERS, SEEMS_TO_WHOM};

/// "Do you think ...?" asked by the writer: not an attribution.
pub(super) fn is_question_outside_quotes(doc: &Doc, s: Sentence) -> bool {
    let last = (s.start..s.end).rev().find(|&i| !matches!(doc.kind(i), Some(Kind::Quote(_))));
    let asks = last.is_some_and(|i| doc.is_punct(i, '?'));
    asks && doc.quote_at(s.start).is_none() && QUESTION_OPENERS.contains(&doc.low(s.start))
}

/// Lower-case words, or capitalised ones opening a sentence or quote ("Says ...").
pub(super) fn may_be_cue(doc: &Doc, s: Sentence, i: usize) -> bool {
    doc.is_word(i)
        && (!doc.is_capitalized(i)
            || i == s.start
            || doc.kind(i - 1) == Some(Kind::Quote(Quote::Open))
            || is_title_case(doc, s))
}

/// A headline: "Hillary Clinton Says No To Fox News".
pub(super) fn is_title_case(doc: &Doc, s: Sentence) -> bool {
    let words = (s.start..s.end).filter(|&k| doc.is_word(k) && doc.low(k).len() > 3);
    let (mut all, mut capital) = (0, 0);
    for k in words {
        all += 1;
        capital += usize::from(doc.is_capitalized(k));
    }
    all >= 3 && capital * 10 >= all * 9
}

/// `seems to me`, `appeared to voters`: the person something seems so to, right after the cue.
pub(super) fn names_whom_it_seems_to(doc: &Doc, after: usize) -> bool {
    let whom = doc.low(after + 1);
    doc.low(after) == "to" && (SEEMS_TO_WHOM.contains(&whom) || doc.is_capitalized(after + 1))
}

/// `a company called Cambridge Analytica`, `a group named "Occupy DNC"`: a participle naming
/// what an indefinite noun phrase is called, not someone calling it something.
pub(super) fn names_a_thing(doc: &Doc, m: Mention, i: usize, cue: Cue) -> bool {
    NAMING_VERBS.contains(&cue.lemma.lemma)
        && cue.form == Form::Past
        && m.end == i
        && matches!(doc.low(m.start), "a" | "an")
        && (doc.is_capitalized(i + 1) || doc.kind(i + 1) == Some(Kind::Quote(Quote::Open)))
}
