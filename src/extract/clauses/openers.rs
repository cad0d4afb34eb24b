//! Finders that open a sentence or stand for a cue of their own: a transcript turn
//! (`PENCE: Well, ...`), a poll opening the sentence (`In the latest survey, ...`), and
//! "according to X" before or after what X says.

use super::super::candidate::{Candidate, Side};
use super::super::cues::{lookup, Class, Form, SOURCE_PHRASES};
use super::super::rules::RuleId;
use super::super::sentences::{Doc, Sentence};
use super::super::sources::{noun_phrase_after, subject_before, Mention};
use super::super::tokens::{Kind, Quote};
use super::content_ends::content_end;
use super::word_count;
use super::{Finder, Scope, Site};
use crate::lexicon::{EVIDENCE_NOUNS, INTRODUCTORY_WORDS, LINE_LABELS, NEW_CLAUSE_STARTS};

/// `PENCE: Well, look ...`: [`RuleId::TranscriptTurn`].
pub(super) struct TranscriptTurn;

impl Finder for TranscriptTurn {
    fn scope(&self) -> Scope {
        Scope::Sentence
    }
    fn find(&self, site: Site, _: &[Candidate]) -> Option<Candidate> {
        transcript_turn(site.doc, site.n)
    }
}

/// `In the latest survey, Trump leads ...`: [`RuleId::InThePoll`].
pub(super) struct InThePoll;

impl Finder for InThePoll {
    fn scope(&self) -> Scope {
        Scope::Sentence
    }
    fn find(&self, site: Site, _: &[Candidate]) -> Option<Candidate> {
        in_the_poll(site.doc, site.n, site.s, site.end)
    }
}

/// `According to X, ...` and `..., according to X`: [`RuleId::AccordingTo`].
pub(super) struct AccordingTo;

impl Finder for AccordingTo {
    fn scope(&self) -> Scope {
        Scope::Token
    }
    fn find(&self, site: Site, _: &[Candidate]) -> Option<Candidate> {
        let len = source_phrase_at(site.doc, site.at)?;
        according_to(site.doc, site.n, site.s, site.end, site.at, len)
    }
    fn claims_through_source(&self) -> bool {
        true
    }
}

/// `PENCE: Well, look ...` or `Poll: Sanders leads`: a short name and a colon opening a
/// paragraph; the content is the rest of the paragraph.
pub(super) fn transcript_turn(doc: &Doc, n: usize) -> Option<Candidate> {
    let s = doc.sentences[n];
    if n > 0 && doc.sentences[n - 1].paragraph == s.paragraph {
        return None;
    }
    // `"WALLACE: Let's start ...`: a transcript quoted whole opens with the quotation mark.
    let first = s.start + usize::from(doc.kind(s.start) == Some(Kind::Quote(Quote::Open)));
    let colon = (first..s.end.min(first + 5)).find(|&k| doc.is_punct(k, ':'))?;
    let name_like = colon > first
        && (first..colon).all(|k| doc.is_capitalized(k) || doc.is_punct(k, '.'))
        && !LINE_LABELS.contains(&doc.low(first))
        && (first == s.start || (first..colon).all(|k| !doc.is_word(k) || is_upper_case(doc, k)));
    if !name_like {
        return None;
    }
    let last = doc.sentences[n..].iter().take_while(|t| t.paragraph == s.paragraph).last()?;
    let end = content_end(doc, *last);
    (end > colon + 2).then(|| Candidate {
        sentence: n,
        cue: (colon, colon + 1),
        class: Class::Speech,
        source: Some(Mention { start: first, end: colon, description: None }),
        parts: vec![(colon + 1, end)],
        side: Side::After,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: RuleId::TranscriptTurn,
    })
}

/// A word in capitals only ("WALLACE"), as transcripts write speakers.
pub(super) fn is_upper_case(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_lowercase())
}

/// `In the latest survey, Trump leads by 8 points.`: a sentence opening with "In" and a poll,
/// survey or report attributes the rest of the sentence to it.
pub(super) fn in_the_poll(doc: &Doc, n: usize, s: Sentence, end: usize) -> Option<Candidate> {
    let i = if matches!(doc.low(s.start), "and" | "but") { s.start + 1 } else { s.start };
    if doc.low(i) != "in" || doc.quote_at(i).is_some() {
        return None;
    }
    let comma = (i + 1..end.min(i + 14)).find(|&k| !is_name_joint(doc, k))?;
    let evidence = doc.is_punct(comma, ',')
        && (i + 1..comma).any(|k| EVIDENCE_NOUNS.contains(&doc.low(k)))
        && word_count(doc, comma + 1, end) >= 3;
    evidence.then_some(Candidate {
        sentence: n,
        cue: (i, i + 1),
        class: Class::Stance,
        source: Some(Mention { start: i + 1, end: comma, description: None }),
        parts: vec![(comma + 1, end)],
        side: Side::After,
        borrowed_source: false,
        phrase: true,
        speaker_hint: None,
        rule: RuleId::InThePoll,
    })
}

/// A word, or the slash, hyphen or dot inside a name ("YouGov/Economist", "CNN/ORC").
pub(super) fn is_name_joint(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) || ['/', '-', '.'].iter().any(|&c| doc.is_punct(k, c))
}

pub(super) fn source_phrase_at(doc: &Doc, i: usize) -> Option<usize> {
    SOURCE_PHRASES
        .iter()
        .find(|p| p.iter().enumerate().all(|(k, w)| doc.low(i + k) == *w && doc.is_word(i + k)))
        .map(|p| p.len())
}

/// "According to X, C." or "C, according to X."
pub(super) fn according_to(
    doc: &Doc,
    n: usize,
    s: Sentence,
    end: usize,
    i: usize,
    len: usize,
) -> Option<Candidate> {
    let mut limit = i + len;
    while limit < end && !matches!(doc.kind(limit), Some(Kind::Punct(',' | ';' | '(' | '\u{2014}')))
    {
        limit += 1;
    }
    let source = noun_phrase_after(doc, i + len, limit)
        .map(|m| Mention { end: limit.min(m.end.max(limit)), ..m })
        .or_else(|| {
            (limit > i + len).then_some(Mention { start: i + len, end: limit, description: None })
        })?;
    let opener = i > s.start && doc.is_punct(limit, ',') && is_opener(doc, s.start, i);
    let starts_clause = i == s.start
        || doc.quote_at(i).is_none() && leading_only(doc, s.start, i)
        || opener && word_count(doc, limit, end) >= 3;
    let (parts, side) = if starts_clause {
        let from = (limit + 1).min(end);
        (vec![(from, end)], Side::After)
    } else {
        let mut to = i;
        while to > s.start && matches!(doc.kind(to - 1), Some(Kind::Punct(',' | '(' | '\u{2014}')))
        {
            to -= 1;
        }
        let from = clause_start(doc, s.start, to);
        (vec![(reported_clause_start(doc, from, to), to)], Side::Before)
    };
    let words =
        parts.iter().filter(|p| p.1 > p.0).map(|&(a, b)| word_count(doc, a, b)).sum::<usize>();
    (words >= 2).then_some(Candidate {
        sentence: n,
        cue: (i, i + len),
        class: Class::Speech,
        source: Some(source),
        parts,
        side,
        borrowed_source: false,
        phrase: true,
        speaker_hint: None,
        rule: RuleId::AccordingTo,
    })
}

/// `..., and during the call, Putin warned that ..., according to the Kremlin`: what the
/// phrase attributes starts at the last speech verb's subject, not at the sentence start.
pub(super) fn reported_clause_start(doc: &Doc, from: usize, to: usize) -> usize {
    let verb = (from + 1..to).rev().find(|&k| {
        doc.quote_at(k).is_none()
            && lookup(doc.low(k)).is_some_and(|c| {
                c.lemma.class == Class::Speech && matches!(c.form, Form::Past | Form::ThirdPerson)
            })
    });
    let subject = verb.and_then(|v| subject_before(doc, from, v));
    match subject {
        Some(m)
            if m.start > from
                && doc.is_capitalized(m.end - 1)
                && (from..m.start).any(|k| doc.is_punct(k, ',')) =>
        {
            m.start
        }
        _ => from,
    }
}

/// The start of the last clause before `to`: after "; " or ", and"/", but" + new subject.
pub(super) fn clause_start(doc: &Doc, from: usize, to: usize) -> usize {
    let mut start = from;
    for k in from..to {
        if doc.quote_at(k).is_some() {
            continue;
        }
        let joins = doc.is_punct(k, ';')
            || doc.is_punct(k, ',')
                && matches!(doc.low(k + 1), "and" | "but")
                && (NEW_CLAUSE_STARTS.contains(&doc.low(k + 2)) || doc.is_capitalized(k + 2));
        if joins && k + 2 < to {
            start = if doc.is_punct(k, ';') { k + 1 } else { k + 2 };
        }
    }
    start
}

/// `Since last November, according to X, ...`: a short adverbial before the cue.
pub(super) fn is_opener(doc: &Doc, from: usize, to: usize) -> bool {
    let words = word_count(doc, from, to);
    words <= 5 && (INTRODUCTORY_WORDS.contains(&doc.low(from)) || words <= 2)
}

/// Only punctuation, quotes or a conjunction before `i` in the sentence.
pub(super) fn leading_only(doc: &Doc, from: usize, i: usize) -> bool {
    (from..i).all(|k| !doc.is_word(k) || matches!(doc.low(k), "but" | "and" | "yet" | "so"))
}
