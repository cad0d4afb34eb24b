//! Where a content after its cue begins: past the addressee of "told", colons, dates and
//! adverbs before "that", and a short lead-in before a quotation.

use super::super::cues::{lookup, Cue, Form};
use super::super::rules::{RuleId, Rules};
use super::super::sentences::{Doc, Quoted};
use super::super::tokens::{Kind, Quote};
use super::content_before::is_tail_start;
use super::word_count;
use crate::lexicon::{
    is_weekday, ADDRESSEE_WORDS, ADVERBS_AFTER_CUE, AFTER_PARTICLE_PREPOSITIONS,
    ARTICLES_AND_POSSESSIVES, ASKING_VERBS, ATTITUDE_NOUNS, ATTITUDE_PREPOSITIONS, ATTITUDE_VERBS,
    AUXILIARIES, BE_FORMS, COMPLEMENT_PREPOSITIONS, DETERMINERS, DOCUMENT_NOUNS, DOCUMENT_SAYS,
    DURATIONS, FINITE_BE_HAVE, OBJECT_PRONOUNS, PERSONAL_PRONOUNS, QUESTION_WORDS, RELEASE_VERBS,
    TIME_NOUNS, VERB_PARTICLES,
};

/// The first content token after the cue: past a colon, and past the addressee of "told".
pub(super) fn content_start(doc: &Doc, after: usize, end: usize, cue: Cue, rules: Rules) -> usize {
    let mut k = after;
    if rules.runs(RuleId::VerbParticle) {
        k = past_verb_particle(doc, k, end);
    }
    if rules.runs(RuleId::AskedWhom) {
        if let Some(from) = past_whom_asked(doc, k, end, cue) {
            return from;
        }
    }
    if rules.runs(RuleId::AttitudeNoun) {
        if let Some(from) = past_attitude_noun(doc, k, end, cue) {
            return from;
        }
    }
    if rules.runs(RuleId::DocumentSaying) {
        if let Some(from) = past_document_saying(doc, k, end, cue) {
            return from;
        }
    }
    if cue.lemma.addressee {
        if let Some(that) = (k..end.min(k + 9)).find(|&j| doc.low(j) == "that") {
            if (k..that).all(|j| doc.is_word(j) || doc.is_punct(j, '.')) {
                return that;
            }
        }
        while k < end
            && (doc.is_capitalized(k) || crate::lexicon::ADDRESSEE_WORDS.contains(&doc.low(k)))
        {
            if rules.runs(RuleId::ArticleOpensObject) && opens_object(doc, k) {
                break;
            }
            k += 1;
        }
    }
    while k < end && matches!(doc.kind(k), Some(Kind::Punct(':' | ',' | '\u{2014}'))) {
        k += 1;
    }
    if is_weekday(doc.low(k)) || matches!(doc.low(k), "today" | "yesterday" | "tonight") {
        k += 1;
        if matches!(doc.low(k), "night" | "morning" | "afternoon" | "evening") {
            k += 1;
        }
    }
    if rules.runs(RuleId::TimeAfterCue) {
        if let Some(from) = past_time_after_cue(doc, k, end) {
            k = from;
        }
    }
    if rules.runs(RuleId::AdverbialAfterCue) {
        if let Some(from) = past_adverbial_after_cue(doc, k, end, rules) {
            return from;
        }
    }
    if is_tail_start(doc.low(k)) || doc.low(k) == "to" {
        let that = (k + 1..end.min(k + 9)).find(|&j| doc.low(j) == "that");
        let plain = |t: usize| {
            (k..t).all(|j| {
                (doc.is_word(j) || doc.is_punct(j, ','))
                    && (lookup(doc.low(j)).is_none_or(|c| c.lemma.noun_like)
                        || rules.runs(RuleId::AdjectiveParticiple)
                            && is_adjective_participle(doc, j))
                    && !(FINITE_BE_HAVE.contains(&doc.low(j))
                        || matches!(doc.low(j), "will" | "would"))
            })
        };
        let infinitive = rules.runs(RuleId::InfinitiveBeforeThat) && opens_infinitive(doc, k);
        if let Some(that) = that.filter(|&t| plain(t) && !infinitive) {
            return that;
        }
    } else if let Some(that) = (k + 1..end.min(k + 4)).find(|&j| doc.low(j) == "that") {
        // "said repeatedly that", "recognized long ago that": adverbs before the clause.
        let object = rules.runs(RuleId::ObjectBeforeThat)
            && (k..that).any(|j| !is_adverb_after_cue(doc.low(j)))
            && !(k..that).any(|j| OBJECT_PRONOUNS.contains(&doc.low(j)))
            && !after_passive(doc, after);
        let adverbs = !object
            && (k..that).all(|j| {
                doc.is_word(j)
                    && !doc.is_capitalized(j)
                    && lookup(doc.low(j)).is_none()
                    && !DETERMINERS.contains(&doc.low(j))
                    && !PERSONAL_PRONOUNS.contains(&doc.low(j))
                    && !AUXILIARIES.contains(&doc.low(j))
                    && !FINITE_BE_HAVE.contains(&doc.low(j))
            });
        if adverbs {
            return that;
        }
    }
    k
}

/// [`RuleId::VerbParticle`]: `pushed back against the charge`, `talked up his plan`: past a
/// particle of [`VERB_PARTICLES`] right after the cue and a preposition of
/// [`AFTER_PARTICLE_PREPOSITIONS`] after it, when at least two words follow.
pub(super) fn past_verb_particle(doc: &Doc, k: usize, end: usize) -> usize {
    if !VERB_PARTICLES.contains(&doc.low(k)) || doc.quote_at(k).is_some() {
        return k;
    }
    let mut j = k + 1;
    if AFTER_PARTICLE_PREPOSITIONS.contains(&doc.low(j)) {
        j += 1;
    }
    if j + 1 < end && doc.is_word(j) {
        j
    } else {
        k
    }
}

/// A form of "be" within the four words before `after` ("has been harshly criticized for"): a
/// passive cue, which takes no object.
fn after_passive(doc: &Doc, after: usize) -> bool {
    (after.saturating_sub(4)..after).any(|j| BE_FORMS.contains(&doc.low(j)))
}

/// An adverb that may stand between a cue and its "that": in -ly ("said privately that") or one
/// of [`ADVERBS_AFTER_CUE`] ("said long ago that").
fn is_adverb_after_cue(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ly") || ADVERBS_AFTER_CUE.contains(&w)
}

/// How many tokens a phrase of when or how long at `j` holds (0: none): "on Friday", "late
/// Tuesday night", "for the first time", "for weeks", "for example", "last week", "earlier this
/// month", "Friday", "again", "repeatedly".
fn time_phrase_len(doc: &Doc, j: usize) -> usize {
    let w = doc.low(j);
    let next = doc.low(j + 1);
    let part_of_day =
        |k: usize| usize::from(matches!(doc.low(k), "night" | "morning" | "afternoon" | "evening"));
    match w {
        "on" | "late" | "early" if is_weekday(next) => 2 + part_of_day(j + 2),
        "for"
            if next == "the"
                && matches!(doc.low(j + 2), "first" | "second" | "last")
                && doc.low(j + 3) == "time" =>
        {
            4
        }
        "for" if DURATIONS.contains(&next) || matches!(next, "example" | "instance") => 2,
        "last" | "this" | "earlier" if TIME_NOUNS.contains(&next) || is_weekday(next) => 2,
        "earlier" | "later"
            if matches!(next, "this" | "last") && TIME_NOUNS.contains(&doc.low(j + 2)) =>
        {
            3
        }
        _ if is_weekday(w) => 1 + part_of_day(j + 1),
        _ if ADVERBS_AFTER_CUE.contains(&w) && !matches!(w, "long" | "ago" | "first" | "since") => {
            1
        }
        _ => 0,
    }
}

/// [`RuleId::TimeAfterCue`]: `promised on Tuesday to refrain from ...`, `has said for weeks he
/// is ...`, `disclosed for the first time that ...`: up to three phrases of when or how long
/// ([`time_phrase_len`], commas between them) after the cue, then what opens a content ("that",
/// "to", a quotation, a pronoun, a determiner, a name): the content starts after them.
pub(super) fn past_time_after_cue(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    if doc.quote_at(k).is_some() {
        return None;
    }
    let mut j = k;
    for _ in 0..3 {
        let n = time_phrase_len(doc, j);
        if n == 0 {
            break;
        }
        j += n;
        while j < end && doc.is_punct(j, ',') {
            j += 1;
        }
    }
    if j == k || j + 2 > end {
        return None;
    }
    let w = doc.low(j);
    let opens = matches!(w, "that" | "to" | "there")
        || doc.kind(j) == Some(Kind::Quote(Quote::Open))
        || PERSONAL_PRONOUNS.contains(&w)
        || DETERMINERS.contains(&w)
        || doc.is_capitalized(j);
    opens.then_some(j)
}

/// [`RuleId::ArticleOpensObject`]: `warned of the dangers`, `told POLITICO the state's
/// standards are ...`: a lower-case determiner (not "her", also a pronoun: "informing her of")
/// belongs to the addressee only when a name or an addressee word follows it ("told the
/// crowd"); otherwise it opens the content.
pub(super) fn opens_object(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    let next = doc.low(k + 1);
    let addressee_follows = doc.is_capitalized(k + 1)
        || ADDRESSEE_WORDS.contains(&next) && !DETERMINERS.contains(&next);
    DETERMINERS.contains(&w) && w != "her" && !doc.is_capitalized(k) && !addressee_follows
}

/// [`RuleId::AttitudeNoun`]: `expressed support for the plan`, `voiced strong concern that
/// ...`: after a verb of [`ATTITUDE_VERBS`], a noun of attitude ([`ATTITUDE_NOUNS`], after at
/// most two plain words: "no", "strong") and its preposition ([`ATTITUDE_PREPOSITIONS`]) or
/// "that" belong to the cue; the content is what the attitude is about.
pub(super) fn past_attitude_noun(doc: &Doc, k: usize, end: usize, cue: Cue) -> Option<usize> {
    if !ATTITUDE_VERBS.contains(&cue.lemma.lemma) || doc.quote_at(k).is_some() {
        return None;
    }
    let noun = (k..end.min(k + 3)).find(|&j| ATTITUDE_NOUNS.contains(&doc.low(j)))?;
    let plain = (k..noun).all(|j| doc.is_word(j) && lookup(doc.low(j)).is_none());
    let next = doc.low(noun + 1);
    if !plain || noun + 2 >= end {
        return None;
    }
    if next == "that" {
        return Some(noun + 1);
    }
    ATTITUDE_PREPOSITIONS.contains(&next).then_some(noun + 2)
}

/// [`RuleId::DocumentSaying`]: `released a statement saying ...`, `issued a letter Tuesday
/// that ...`: after a verb of putting out ([`RELEASE_VERBS`]), a short noun phrase naming a
/// document ([`DOCUMENT_NOUNS`]), maybe a time word, then a participle of saying or "that"
/// ([`DOCUMENT_SAYS`]): what the document says is the content, after the participle (at
/// "that").
pub(super) fn past_document_saying(doc: &Doc, k: usize, end: usize, cue: Cue) -> Option<usize> {
    if !RELEASE_VERBS.contains(&cue.lemma.lemma) || doc.quote_at(k).is_some() {
        return None;
    }
    let noun = (k..end.min(k + 5)).find(|&j| DOCUMENT_NOUNS.contains(&doc.low(j)))?;
    let plain = (k..noun).all(|j| doc.is_word(j) && lookup(doc.low(j)).is_none());
    let mut j = noun + 1;
    while j < end && (is_weekday(doc.low(j)) || matches!(doc.low(j), "today" | "yesterday")) {
        j += 1;
    }
    if !plain || j + 1 >= end || !DOCUMENT_SAYS.contains(&doc.low(j)) {
        return None;
    }
    let from = if doc.low(j) == "that" { j } else { j + 1 };
    Some(if doc.is_punct(from, ',') || doc.is_punct(from, ':') { from + 1 } else { from })
}

/// [`RuleId::InfinitiveBeforeThat`]: `threatened to veto the bill that allows ...`: "to" then
/// a lower-case word that is no addressee ("to reporters", "to the crowd", "to Lee") and then
/// an object ("the", "his", "them") opens an infinitive, whose object's relative clause is no
/// clause of the cue: the content starts at "to", not at "that".
pub(super) fn opens_infinitive(doc: &Doc, k: usize) -> bool {
    let is_object = |w: &str| {
        DETERMINERS.contains(&w) || PERSONAL_PRONOUNS.contains(&w) || ADDRESSEE_WORDS.contains(&w)
    };
    doc.low(k) == "to"
        && doc.is_word(k + 1)
        && !doc.is_capitalized(k + 1)
        && !is_object(doc.low(k + 1))
        && is_object(doc.low(k + 2))
}

/// `summarized the outcome in one pointed remark: “Putin outmaneuvered everyone again.”`: a
/// short lead-in before a colon and the quotation that fills the rest is not content.
pub(super) fn past_lead_in_to_quote(doc: &Doc, from: usize, to: usize) -> usize {
    let colon =
        (from + 1..to.min(from + 14)).find(|&k| doc.is_punct(k, ':') && doc.quote_at(k).is_none());
    match colon {
        Some(c)
            if doc.kind(c + 1) == Some(Kind::Quote(Quote::Open))
                && doc.quote_at(c + 1).is_some_and(|q| q.end >= to)
                && doc.quote_at(from).is_none() =>
        {
            c + 1
        }
        _ => from,
    }
}

/// The most tokens a lead-in between the cue and a quoted sentence may hold.
const MAX_LEAD_IN: usize = 24;

/// [`RuleId::LeadInBeforeQuote`]: `told the crowd who gathered outside, “We will win.”`,
/// `replied, with a grin, “Never.”`: a quoted sentence (opening with a capital) after a comma,
/// filling the rest of the content, is what was said; the lead-in before it (whom, when, how)
/// is not content, whatever words it holds — unless it holds a quotation, opens a clause of its
/// own ("that", "if", "whether") or holds a verb cue (", adding, “...”": the participle's), or
/// ends in "such as", "including" or "like" (the quotation is an example of what it names).
pub(super) fn past_lead_in_to_quoted_sentence(doc: &Doc, from: usize, to: usize) -> usize {
    if doc.quote_at(from).is_some() {
        return from;
    }
    let Some(q) = (from + 1..to.min(from + MAX_LEAD_IN)).find(|&k| doc.quote_at(k).is_some())
    else {
        return from;
    };
    let fills_rest = doc.quote_at(q).is_some_and(|quoted| quoted.open == q && quoted.end >= to);
    let clause = (from..q).any(|k| {
        matches!(doc.low(k), "that" | "if" | "whether")
            || lookup(doc.low(k)).is_some_and(|c| !c.lemma.noun_like)
    });
    // "things such as, “...”", "questions, including, “...”": examples of what the lead-in names.
    let examples = matches!(doc.low(q.saturating_sub(2)), "as" | "including" | "like");
    let sentence = is_quoted_sentence(doc, q) && word_count(doc, q, to) >= 2;
    if fills_rest && !clause && !examples && doc.is_punct(q - 1, ',') && sentence {
        q
    } else {
        from
    }
}

fn is_quoted_sentence(doc: &Doc, q: usize) -> bool {
    doc.kind(q) == Some(Kind::Quote(Quote::Open)) && doc.is_capitalized(q + 1)
}

/// [`RuleId::AskedWhom`]: `asked Mook if ...`, `asking the directors whether ...`: after a verb
/// of asking, a short noun phrase (no verb, no subject pronoun, no "that", no quotation, not
/// ending in a preposition: "questions for which") then an indirect question: the noun phrase is whom the speaker asked, and the content is the
/// question. (Gold splits evenly on "urged the judge to ...", so infinitives are left alone.)
pub(super) fn past_whom_asked(doc: &Doc, k: usize, end: usize, cue: Cue) -> Option<usize> {
    if !ASKING_VERBS.contains(&cue.lemma.lemma) || QUESTION_WORDS.contains(&doc.low(k)) {
        return None;
    }
    let j = (k + 1..end.min(k + 9)).find(|&j| QUESTION_WORDS.contains(&doc.low(j)))?;
    let object = (k..j).all(|t| {
        let w = doc.low(t);
        (doc.is_word(t) || doc.is_punct(t, '.') && t > k)
            && doc.quote_at(t).is_none()
            && lookup(w).is_none_or(|c| c.lemma.noun_like)
            && !PERSONAL_PRONOUNS.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !(FINITE_BE_HAVE.contains(&w) || matches!(w, "that" | "and" | "or"))
    });
    // "questions for which ...", "an answer on whether ...": a relative or a noun's complement.
    let after_preposition = COMPLEMENT_PREPOSITIONS.contains(&doc.low(j - 1));
    (object && !after_preposition && j + 1 < end).then_some(j)
}

/// [`RuleId::AdverbialAfterCue`]: `said on Twitter, “We never ...”`, `said on NBC's “Meet the
/// Press” on Sunday that ...`, `said, without evidence, that ...`: an adverbial of when, where
/// or how (a preposition or adverb of [`is_tail_start`], then plain words: no verb, no subject
/// pronoun) between the cue and its "that" clause or the quotation filling the rest of the
/// sentence is not content. Quoted titles inside it (a short closed quotation) are words.
pub(super) fn past_adverbial_after_cue(
    doc: &Doc,
    k: usize,
    end: usize,
    rules: Rules,
) -> Option<usize> {
    let w = doc.low(k);
    if !(is_tail_start(w) || w == "without") || doc.quote_at(k).is_some() {
        return None;
    }
    let title = |q: Quoted| q.close.is_some_and(|c| c < end && c - q.open <= 8);
    let mut j = k + 1;
    while j < end.min(k + 16) {
        if let Some(q) = doc.quote_at(j) {
            let opens_rest = j == q.open
                && matches!(doc.kind(j - 1), Some(Kind::Punct(',' | ':')))
                && q.close.is_none_or(|c| c + 1 >= end);
            if opens_rest && word_count(doc, k, j) >= 1 {
                return Some(j);
            }
            if !title(q) {
                return None;
            }
            j = q.end;
            continue;
        }
        let low = doc.low(j);
        if low == "that" {
            return Some(j);
        }
        let plain = (doc.is_word(j) || matches!(doc.kind(j), Some(Kind::Punct(',' | '.'))))
            && (lookup(low).is_none_or(|c| c.lemma.noun_like)
                || rules.runs(RuleId::AdjectiveParticiple) && is_adjective_participle(doc, j))
            && !PERSONAL_PRONOUNS.contains(&low)
            && !AUXILIARIES.contains(&low)
            && !(FINITE_BE_HAVE.contains(&low) || low == "and");
        if !plain {
            return None;
        }
        j += 1;
    }
    None
}

/// [`RuleId::AdjectiveParticiple`]: `said in a written statement that ...`, `in a prepared
/// statement`, `in his signed letter`: a participle of a cue between an article or possessive
/// and a lower-case word describes that noun, and is no cue of its own.
pub(super) fn is_adjective_participle(doc: &Doc, j: usize) -> bool {
    j > 0
        && ARTICLES_AND_POSSESSIVES.contains(&doc.low(j - 1))
        && lookup(doc.low(j)).is_some_and(|c| matches!(c.form, Form::Participle | Form::Past))
        && doc.is_word(j + 1)
        && !doc.is_capitalized(j + 1)
        && !matches!(doc.low(j + 1), "that" | "by" | "to")
}
