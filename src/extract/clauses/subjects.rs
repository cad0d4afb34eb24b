//! Who stands at a cue: the subject before it and whether it agrees with the verb's form, the
//! source after an inverted cue ("..., said X"), and the be-verb of a passive.

use super::super::cues::lookup;
use super::super::sentences::Doc;
use super::super::sources::{noun_phrase_after, Mention};
use super::super::tokens::{Kind, Quote};
use crate::lexicon::{
    AUXILIARIES, BE_CONTRACTIONS, BE_FORMS, CLEAR_SUBJECT_HEADS, INVERTED_SOURCE_ENDS,
    PASSIVE_ADVERBS, PRONOUNS, SHARE_NOUNS, SINGULAR_DETERMINERS, SUBJECT_QUANTIFIERS,
};

/// `"...," said former governor Ed Rendell, who ...`: the source after an inverted cue, if a
/// noun phrase follows it and ends at a boundary.
pub(super) fn inverted_source(doc: &Doc, after: usize, end: usize) -> Option<Mention> {
    let m = noun_phrase_after(doc, after, end).filter(|m| {
        m.end - m.start > 1 || doc.is_capitalized(m.start) && doc.low(m.start) != "i"
    })?;
    let past = m.description.map_or(m.end, |d| d.1);
    let boundary = matches!(
        doc.kind(past),
        Some(Kind::Punct(',' | '.' | ';' | '(')) | Some(Kind::Quote(Quote::Open))
    ) || INVERTED_SOURCE_ENDS.contains(&doc.low(past));
    (past >= end || boundary).then_some(m)
}

/// A bare verb ("say", "plan") needs a plural or personal subject, or an auxiliary before it.
pub(super) fn agrees_with_base_form(doc: &Doc, m: Mention, cue: usize) -> bool {
    let aux = (m.end..cue).any(|k| AUXILIARIES.contains(&doc.low(k)));
    let head = doc.low(m.end - 1);
    let singular_start =
        SINGULAR_DETERMINERS.contains(&doc.low(m.start)) && !SHARE_NOUNS.contains(&head);
    let singular_pronoun = matches!(head, "he" | "she" | "it");
    // "Data show", "Research shows": mass nouns of evidence are no lone names.
    let mass_noun = matches!(head, "data" | "research" | "evidence" | "polling");
    // "They say", "I think": a capitalised pronoun opening the sentence is no name.
    let plural_pronoun = matches!(head, "i" | "we" | "they" | "you");
    let lone_name = doc.is_capitalized(m.end - 1)
        && !plural_pronoun
        && !mass_noun
        && m.end == cue
        && !head.ends_with('s')
        && !SUBJECT_QUANTIFIERS.contains(&head)
        && !starts_with_plural_head(doc, m);
    aux || !(singular_start || singular_pronoun || lone_name)
}

/// `aides to Mayor Holt`: a lower-case plural before the name heads the phrase.
pub(super) fn starts_with_plural_head(doc: &Doc, m: Mention) -> bool {
    let w = doc.low(m.start);
    !doc.is_capitalized(m.start) && w.ends_with('s') && !w.ends_with("ss")
}

/// `Party leaders hope that ...`, `researchers hope to ...`: a lower-case plural noun right
/// before a bare verb is its subject (the noun is no cue form itself, as "plans" would be).
pub(super) fn is_plural_people(doc: &Doc, m: Mention, cue: usize) -> bool {
    let head = doc.low(m.end - 1);
    m.end == cue
        && !doc.is_capitalized(m.end - 1)
        && head.len() > 3
        && (head.ends_with("ers") || head.ends_with("ists") || head.ends_with("ans"))
        && lookup(head).is_none()
}

/// A subject that makes a noun-like cue a verb: a pronoun, a name, or an evidence noun
/// ("they plan", "Trump calls", "the poll shows"; not "the attacks", "his plans").
pub(super) fn is_clear_subject(doc: &Doc, m: Mention) -> bool {
    let head = doc.low(m.end - 1);
    let last = doc.word(m.end - 1);
    !last.ends_with("'s")
        && !last.ends_with("’s")
        && (doc.is_capitalized(m.end - 1)
            || PRONOUNS.contains(&head) && !matches!(head, "this" | "one")
            || CLEAR_SUBJECT_HEADS.contains(&head))
}

/// The be-verb before a passive cue at `i` ("is widely expected"), or `i` itself.
pub(super) fn be_position(doc: &Doc, floor: usize, i: usize) -> usize {
    (floor..i).rev().take(4).find(|&k| BE_FORMS.contains(&doc.low(k))).unwrap_or(i)
}

pub(super) fn follows_be(doc: &Doc, floor: usize, i: usize) -> bool {
    let mut k = i;
    while k > floor {
        k -= 1;
        let w = doc.low(k);
        if BE_FORMS.contains(&w) || BE_CONTRACTIONS.contains(&w) {
            return true;
        }
        if !PASSIVE_ADVERBS.contains(&w) && (!w.ends_with("ly") || doc.is_capitalized(k)) {
            return false;
        }
    }
    false
}

/// The cue stands right after a comma or closing quote: `"...," said X` / `..., X said`.
pub(super) fn precedes_content(doc: &Doc, floor: usize, i: usize) -> bool {
    i > floor
        && matches!(
            doc.kind(i - 1),
            Some(Kind::Punct(',' | '\u{2014}' | '-')) | Some(Kind::Quote(Quote::Close))
        )
}

/// `"...," former congressman Dan Maffei said`: lower-case words between a comma or closing
/// quote and a name belong to the source.
pub(super) fn with_leading_modifiers(doc: &Doc, floor: usize, m: Mention) -> Mention {
    let mut k = m.start;
    while k > floor && m.start - k < 5 && doc.is_word(k - 1) && lookup(doc.low(k - 1)).is_none() {
        k -= 1;
    }
    if k < m.start && k > floor && precedes_content(doc, floor, k) && doc.is_capitalized(m.end - 1)
    {
        Mention { start: k, ..m }
    } else {
        m
    }
}

/// `... and calling for a revolution`, `opened the speech by thanking ...`, `before claiming
/// that ...`: a participle after "and" or a linking preposition continues what the clause's
/// subject does, as one after a comma does.
pub(super) fn continues_subjects_action(doc: &Doc, floor: usize, i: usize, prev_low: &str) -> bool {
    matches!(prev_low, "and" | "by" | "after" | "while" | "before" | "without")
        && i >= floor + 3
        && !doc.is_capitalized(i)
}
