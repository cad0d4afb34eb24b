//! [`RuleId::NounParticiple`]: `a super PAC supporting the senator`, `voters saying the economy
//! is weak`, `a letter calling for her resignation`: a participle cue right after a noun phrase,
//! with no comma between them, is a reduced relative clause ("a super PAC that supports ...");
//! the noun phrase is its source.
//!
//! [`RuleId::NounParticiple`]: super::super::rules::RuleId::NounParticiple

use super::super::cues::{lookup, lookup_any, Class, Cue, Form};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::{noun_phrase_ending_at, Mention};
use super::super::tokens::{Kind, Quote};
use crate::lexicon::{
    is_time_word, ARTICLES_AND_POSSESSIVES, AUXILIARIES, BETWEEN_SUBJECT_AND_VERB,
    COMPLEMENT_PREPOSITIONS, CONTENT_CLAUSE_OPENERS, COORDINATORS, DETERMINERS, DOCUMENT_NOUNS,
    NOT_NOUNS, OBJECT_PRONOUNS, PRONOUNS, SINGULAR_DETERMINERS, SPOKEN_THROUGH, SUBORDINATORS,
};

/// The cue of a participle that is listed as rarely a cue (`supporting`, `talking`), when a
/// noun phrase stands right before it: after a noun it reads as a verb, not as a noun or an
/// adjective ("the supporting cast" has a determiner before it, "a group supporting" a noun).
pub(super) fn rare_participle_after_noun(doc: &Doc, s: Sentence, i: usize) -> Option<Cue> {
    let cue =
        lookup_any(doc.low(i)).filter(|c| c.form == Form::Ing && c.lemma.class != Class::Speech)?;
    (lookup(doc.low(i)).is_none() && noun_before_participle(doc, s, i).is_some()).then_some(cue)
}

/// The noun phrase right before a participle at `i` that it describes: it ends with a name, a
/// plural, a number or a noun after a determiner ("a group", "the man"), and is no pronoun,
/// preposition, auxiliary, adverb, time word or verb form.
pub(super) fn noun_before_participle(doc: &Doc, s: Sentence, i: usize) -> Option<Mention> {
    let last = i.checked_sub(1)?;
    if !opens_object(doc, i + 1) {
        return None;
    }
    if last < s.start || !doc.is_word(last) || doc.quote_at(last).is_some() {
        return None;
    }
    let w = doc.low(last);
    // "he's saying" is a progressive, "Trump's speaking fees" a gerund or a noun.
    let verb_like =
        w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing") || w.contains('\'');
    if verb_like
        || NOT_NOUNS.contains(&w)
        || PRONOUNS.contains(&w)
        || DETERMINERS.contains(&w)
        || AUXILIARIES.contains(&w)
        || BETWEEN_SUBJECT_AND_VERB.contains(&w)
        || COMPLEMENT_PREPOSITIONS.contains(&w)
        || is_time_word(w)
        || lookup_any(w).is_some()
    {
        return None;
    }
    let (start, end) = noun_phrase_ending_at(doc, s.start, last)?;
    // `with polls showing`: [`RuleId::WithParticiple`]; `In a statement defending him, ...`: an
    // opening adverbial; `her poor showing`: a possessive before a noun in -ing.
    let before = start.checked_sub(1).filter(|&k| k >= s.start).map_or("", |k| doc.low(k));
    // `The video shows Hess talking about ...`: the object of another verb, whose subject
    // speaks.
    let object = start > s.start
        && doc.is_word(start - 1)
        && !doc.is_capitalized(start - 1)
        && !COORDINATORS.contains(&before)
        && !SUBORDINATORS.contains(&before);
    if object
        || COMPLEMENT_PREPOSITIONS.contains(&before)
        || matches!(before, "like" | "unlike")
        || ARTICLES_AND_POSSESSIVES.contains(&doc.low(start))
            && !matches!(doc.low(start), "a" | "an" | "the")
    {
        return None;
    }
    // `issued a statement saying ...`: the statement's author speaks, through the verb before it
    // ([`RuleId::DocumentSaying`]).
    if start > s.start && (DOCUMENT_NOUNS.contains(&w) || SPOKEN_THROUGH.contains(&w)) {
        return None;
    }
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    // `This includes opposing ...`: a singular determiner before a plural form is its subject,
    // and the form the verb.
    if plural && last == start + 1 && SINGULAR_DETERMINERS.contains(&doc.low(start)) {
        return None;
    }
    // `between Russia and Ukraine claiming ...`: a noun coordinated with one after a
    // preposition or a verb is in that phrase too.
    if COORDINATORS.contains(&before) && start >= s.start + 2 {
        let first = noun_phrase_ending_at(doc, s.start, start - 2).map(|(a, _)| a);
        if first.is_some_and(|a| {
            a > s.start
                && doc.is_word(a - 1)
                && !doc.is_capitalized(a - 1)
                && !SUBORDINATORS.contains(&doc.low(a - 1))
        }) {
            return None;
        }
    }
    let number = w.ends_with('%') || w.chars().all(|c| c.is_ascii_digit());
    let determined = DETERMINERS.contains(&doc.low(start)) && start < last;
    let name = doc.is_capitalized(last) && last > s.start;
    (plural || number || determined || name).then_some(Mention { start, end, description: None })
}

/// `supporting the mayor`, `saying that ...`, `calling for a ban`, `backing Lee`: what follows a
/// participle that is a verb opens its object or clause (a name, a determiner, a pronoun, a
/// particle or a quotation); "the nominating contest", "his voting record" are nouns.
fn opens_object(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    doc.is_word(k)
        && (doc.is_capitalized(k)
            || DETERMINERS.contains(&w)
            || OBJECT_PRONOUNS.contains(&w)
            || CONTENT_CLAUSE_OPENERS.contains(&w)
            || matches!(w, "for" | "to" | "about" | "against" | "on" | "of" | "out"))
        || doc.kind(k) == Some(Kind::Quote(Quote::Open))
}

/// Where the content of a participle describing the sentence's subject ends: `The group
/// supporting the mayor has spent ...` stops before the main clause's auxiliary or finite verb
/// of saying.
pub(super) fn before_main_predicate(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    from: usize,
    to: usize,
) -> usize {
    let opens_clause = m.start == s.start || doc.is_punct(m.start - 1, ',');
    if !opens_clause {
        return to;
    }
    main_predicate(doc, from + 1, to).unwrap_or(to)
}

/// The first auxiliary or finite verb of saying in `[from, to)` outside quotations: where a
/// main clause's predicate starts.
fn main_predicate(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| doc.quote_at(k).is_none() && super::content_ends::is_main_verb(doc, k))
}
