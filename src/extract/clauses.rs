//! Cue-anchored attributions inside one sentence: find each cue, its source on the left (or
//! after an inverted cue), and its content — the rest of the clause after the cue, or the
//! sentence part before "..., X said." — plus "according to X" in either position.

use super::cues::{self, lookup, takes_particle, Class, Cue, Form, SOURCE_PHRASES};
use super::rules::{RuleId, Rules};
use super::sentences::{Doc, Sentence};
use super::sources::{
    clause_opening_subject, clause_subject, is_reduced_relative, noun_phrase_after,
    opening_subject, subject_before, Mention, DETERMINERS,
};
use super::tokens::{Kind, Quote};
use crate::lexicon::{is_weekday, MONTHS, WEEKDAYS};

/// Where the content lies relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    After,
    Before,
}

/// An attribution in token coordinates, before spans and entities are made.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub sentence: usize,
    /// Cue tokens `[start, end)`.
    pub cue: (usize, usize),
    pub class: Class,
    pub source: Option<Mention>,
    /// Content pieces as token ranges, in order.
    pub parts: Vec<(usize, usize)>,
    pub side: Side,
    /// The source was not found next to the cue but borrowed (participle, continuation).
    pub borrowed_source: bool,
    /// The cue is an "according to"-style phrase.
    pub phrase: bool,
    /// Who is attributed when no source is named: the raised subject of "Putin is said to ...".
    pub speaker_hint: Option<Mention>,
    /// The rule that found it.
    pub rule: RuleId,
}

const BE: &[&str] =
    &["is", "are", "was", "were", "be", "been", "being", "widely", "also", "not", "often"];

/// Words that may follow a sentence-final "X said" without carrying content (and weekdays).
const TAIL_STARTS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "recently",
    "of",
    "from",
    "while",
    "when",
    "as",
    "with",
    "via",
    "through",
    "by",
    "then",
    "also",
    "again",
    "afterward",
    "afterwards",
    "late",
    "early",
    "privately",
    "publicly",
    "repeatedly",
    "flatly",
    "simply",
    "bluntly",
    "outside",
];

fn is_tail_start(w: &str) -> bool {
    TAIL_STARTS.contains(&w) || is_weekday(w)
}

/// Finds the attributions of sentence `n`, appending them to `out`.
pub fn find_in_sentence(doc: &Doc, n: usize, rules: Rules, out: &mut Vec<Found>) {
    let s = doc.sentences[n];
    let first_new = out.len();
    let end = content_end(doc, s);
    if is_question_outside_quotes(doc, s) {
        return;
    }
    let keep = |f: &Found| rules.runs(f.rule);
    if let Some(f) = transcript_turn(doc, n).filter(keep) {
        out.push(f);
    }
    if let Some(f) = in_the_poll(doc, n, s, end).filter(keep) {
        out.push(f);
    }
    let mut i = s.start;
    while i < end {
        if doc.quote_at(i).is_some() {
            i += 1;
            continue;
        }
        if let Some(len) = source_phrase_at(doc, i) {
            if let Some(f) = according_to(doc, n, s, end, i, len).filter(keep) {
                i = f.source.map_or(i + len, |m| m.end);
                out.push(f);
                continue;
            }
        }
        if let Some(f) = super::nouns::noun_cue_at(doc, n, end, i).filter(keep) {
            out.push(f);
        }
        let listed = lookup(doc.low(i));
        let cue = listed.or_else(|| stance_after_people(doc, s, i));
        if let Some(cue) = may_be_cue(doc, s, i).then_some(cue).flatten() {
            let found = verb_cue(doc, n, s, end, i, cue, &out[first_new..]).map(|f| Found {
                rule: if listed.is_none() { RuleId::StanceAfterPeople } else { f.rule },
                ..f
            });
            if let Some(f) = found.filter(keep) {
                out.push(f);
            }
        }
        i += 1;
    }
    cut_at_following_clauses(doc, &mut out[first_new..]);
}

/// `Two-thirds support a ban`, `I support him`: bare stance verbs that are usually nouns
/// ("support", "favor") are cues right after people or a share of them.
fn stance_after_people(doc: &Doc, s: Sentence, i: usize) -> Option<Cue> {
    let w = doc.low(i);
    if !matches!(w, "support" | "favor" | "endorse") {
        return None;
    }
    let prev = doc.low(i.checked_sub(1).filter(|&p| p >= s.start)?);
    let people = matches!(
        prev,
        "i" | "we"
            | "they"
            | "you"
            | "voters"
            | "people"
            | "americans"
            | "republicans"
            | "democrats"
    ) || is_share_of_people(prev)
        || prev.ends_with("ers") && !doc.is_capitalized(i - 1);
    people.then(|| cues::lookup_any(w)).flatten()
}

/// "two-thirds", "a majority", "40%", "most": a share of people standing for them.
fn is_share_of_people(w: &str) -> bool {
    matches!(w, "majority" | "majorities" | "half" | "most" | "many" | "both")
        || w.ends_with('%')
        || w.ends_with("thirds")
        || w.ends_with("quarters")
}

/// `PENCE: Well, look ...` or `Poll: Sanders leads`: a short name and a colon opening a
/// paragraph; the content is the rest of the paragraph.
fn transcript_turn(doc: &Doc, n: usize) -> Option<Found> {
    let s = doc.sentences[n];
    if n > 0 && doc.sentences[n - 1].paragraph == s.paragraph {
        return None;
    }
    // `"WALLACE: Let's start ...`: a transcript quoted whole opens with the quotation mark.
    let first = s.start + usize::from(doc.kind(s.start) == Some(Kind::Quote(Quote::Open)));
    let colon = (first..s.end.min(first + 5)).find(|&k| doc.is_punct(k, ':'))?;
    let name_like = colon > first
        && (first..colon).all(|k| doc.is_capitalized(k) || doc.is_punct(k, '.'))
        && !NOT_SPEAKERS.contains(&doc.low(first))
        && (first == s.start || (first..colon).all(|k| !doc.is_word(k) || is_upper_case(doc, k)));
    if !name_like {
        return None;
    }
    let last = doc.sentences[n..].iter().take_while(|t| t.paragraph == s.paragraph).last()?;
    let end = content_end(doc, *last);
    (end > colon + 2).then(|| Found {
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
fn is_upper_case(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_lowercase())
}

/// `In the latest survey, Trump leads by 8 points.`: a sentence opening with "In" and a poll,
/// survey or report attributes the rest of the sentence to it.
fn in_the_poll(doc: &Doc, n: usize, s: Sentence, end: usize) -> Option<Found> {
    let i = if matches!(doc.low(s.start), "and" | "but") { s.start + 1 } else { s.start };
    if doc.low(i) != "in" || doc.quote_at(i).is_some() {
        return None;
    }
    let comma = (i + 1..end.min(i + 14)).find(|&k| !is_name_joint(doc, k))?;
    let evidence = doc.is_punct(comma, ',')
        && (i + 1..comma).any(|k| EVIDENCE_NOUNS.contains(&doc.low(k)))
        && word_count(doc, comma + 1, end) >= 3;
    evidence.then_some(Found {
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
fn is_name_joint(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) || ['/', '-', '.'].iter().any(|&c| doc.is_punct(k, c))
}

/// Nouns for polls and reports that state findings.
#[rustfmt::skip]
const EVIDENCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "average", "study", "report", "analysis", "tally",
    "polling", "findings",
];

/// Where the clause that starts at `from` ends: before "; ", a spaced dash, ", but", ", and he",
/// or "and added" — never inside a quotation.
fn clause_end(doc: &Doc, from: usize, end: usize) -> usize {
    for k in from + 1..end {
        if doc.kind(k) == Some(Kind::Quote(Quote::Close)) && doc.low(k + 1) == "but" && k + 1 < end
        {
            return k + 1;
        }
        if doc.quote_at(k).is_some() {
            continue;
        }
        let stop = match doc.kind(k) {
            Some(Kind::Punct(';' | '\u{2014}' | '\u{2015}' | '\u{2013}')) => true,
            Some(Kind::Punct('-')) => is_spaced(doc, k),
            Some(Kind::Punct(',')) => match doc.low(k + 1) {
                "but" | "and" => {
                    NEW_CLAUSE_STARTS.contains(&doc.low(k + 2))
                        || doc.is_capitalized(k + 2)
                        || SECOND_PREDICATE_AFTER_COMMA.contains(&doc.low(k + 2))
                }
                w if PERSONAL.contains(&w) && w != "it" && w != "you" => true,
                // "issues of interest to voters, including equal pay": still the content.
                "including" => false,
                w if w.len() > 5
                    && w.ends_with("ing")
                    && !doc.is_capitalized(k + 1)
                    && !matches!(w, "nothing" | "something" | "everything" | "anything") =>
                {
                    true
                }
                "just" => true,
                w if ADVERBIAL_STARTS.contains(&w) => {
                    !(k + 2..end).any(|j| doc.is_punct(j, ',') && doc.quote_at(j).is_none())
                }
                _ => false,
            },
            Some(Kind::Word) => {
                let next = doc.low(k + 1);
                matches!(doc.low(k), "and" | "but")
                    && (lookup(next).is_some_and(|c| {
                        c.form == Form::Past || c.form == Form::ThirdPerson && !c.lemma.noun_like
                    }) || doc.low(k) == "but"
                        && matches!(
                            next,
                            "is" | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "had"
                                | "also"
                                | "not"
                                | "did"
                                | "does"
                        ))
            }
            _ => false,
        };
        if stop {
            return k;
        }
    }
    end
}

/// Content openings that show the cue's object is missing (a relative clause or a reduced
/// passive), and weekdays.
const NO_OBJECT_STARTS: &[&str] = &[
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "yesterday",
    "today",
    "earlier",
    "later",
    "recently",
    "as",
    "by",
    "since",
    "while",
    "when",
    "upon",
];

/// Words after ", and" / ", but" that start a new clause with its own subject.
const NEW_CLAUSE_STARTS: &[&str] =
    &["he", "she", "they", "it", "we", "i", "the", "there", "his", "her", "their"];

/// Words after ", and" / ", but" that start a second predicate of the cue's subject: "said
/// the party must change, and has championed ...".
const SECOND_PREDICATE_AFTER_COMMA: &[&str] =
    &["has", "had", "also", "later", "then", "now", "did", "does", "late", "ultimately"];

/// Words after a comma that start a trailing adverbial ("..., with ...", "..., despite ...").
const ADVERBIAL_STARTS: &[&str] = &["given", "despite", "as"];

/// A hyphen with space on both sides is a dash, not part of "U.S.-Russia".
fn is_spaced(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    let before = doc.text[..t.start].chars().next_back().is_none_or(char::is_whitespace);
    let after = doc.text[t.end..].chars().next().is_none_or(char::is_whitespace);
    before && after
}

/// Lower-case words, or capitalised ones opening a sentence or quote ("Says ...").
fn may_be_cue(doc: &Doc, s: Sentence, i: usize) -> bool {
    doc.is_word(i)
        && (!doc.is_capitalized(i)
            || i == s.start
            || doc.kind(i - 1) == Some(Kind::Quote(Quote::Open))
            || is_title_case(doc, s))
}

/// A headline: "Hillary Clinton Says No To Fox News".
fn is_title_case(doc: &Doc, s: Sentence) -> bool {
    let words = (s.start..s.end).filter(|&k| doc.is_word(k) && doc.low(k).len() > 3);
    let (mut all, mut capital) = (0, 0);
    for k in words {
        all += 1;
        capital += usize::from(doc.is_capitalized(k));
    }
    all >= 3 && capital * 10 >= all * 9
}

/// One past the last content token of `s`: trailing terminators and breaks left out.
fn content_end(doc: &Doc, s: Sentence) -> usize {
    let mut end = s.end;
    while end > s.start
        && matches!(
            doc.kind(end - 1),
            Some(Kind::Punct('.' | '!' | '?' | ',' | ';' | ':' | '\u{2014}' | '-'))
        )
    {
        end -= 1;
    }
    end
}

/// "Do you think ...?" asked by the writer: not an attribution.
fn is_question_outside_quotes(doc: &Doc, s: Sentence) -> bool {
    let last = (s.start..s.end).rev().find(|&i| !matches!(doc.kind(i), Some(Kind::Quote(_))));
    let asks = last.is_some_and(|i| doc.is_punct(i, '?'));
    asks && doc.quote_at(s.start).is_none()
        && matches!(
            doc.low(s.start),
            "do" | "does"
                | "did"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "what"
                | "why"
                | "how"
                | "who"
                | "where"
                | "when"
                | "which"
                | "have"
                | "has"
        )
}

fn source_phrase_at(doc: &Doc, i: usize) -> Option<usize> {
    SOURCE_PHRASES
        .iter()
        .find(|p| p.iter().enumerate().all(|(k, w)| doc.low(i + k) == *w && doc.is_word(i + k)))
        .map(|p| p.len())
}

/// "According to X, C." or "C, according to X."
fn according_to(
    doc: &Doc,
    n: usize,
    s: Sentence,
    end: usize,
    i: usize,
    len: usize,
) -> Option<Found> {
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
    (words >= 2).then_some(Found {
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
fn reported_clause_start(doc: &Doc, from: usize, to: usize) -> usize {
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
fn clause_start(doc: &Doc, from: usize, to: usize) -> usize {
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
fn is_opener(doc: &Doc, from: usize, to: usize) -> bool {
    let words = word_count(doc, from, to);
    words <= 5 && (INTRODUCTORY.contains(&doc.low(from)) || words <= 2)
}

/// First words of "Word: ..." lines that are page furniture or interviews, not a speaker.
#[rustfmt::skip]
const NOT_SPEAKERS: &[&str] = &[
    "q", "a", "update", "note", "editor", "photo", "video", "source", "related", "read", "watch",
    "via", "credit", "image", "contributing", "twitter", "facebook", "instagram", "follow",
    "reporting", "editing", "subscribe", "share", "tags", "filed", "posted", "updated",
    "correction", "email", "more", "see", "also", "sources",
];

/// Words that open an adverbial phrase or connect to the previous sentence.
#[rustfmt::skip]
const INTRODUCTORY: &[&str] = &[
    "however", "after", "before", "during", "instead", "when", "while", "as", "although",
    "despite", "since", "if", "because", "for", "with", "at", "in", "on", "meanwhile", "still",
    "then", "now", "but", "and", "so", "yet", "also", "later", "earlier", "by", "one", "last",
];

/// Only punctuation, quotes or a conjunction before `i` in the sentence.
fn leading_only(doc: &Doc, from: usize, i: usize) -> bool {
    (from..i).all(|k| !doc.is_word(k) || matches!(doc.low(k), "but" | "and" | "yet" | "so"))
}

fn word_count(doc: &Doc, a: usize, b: usize) -> usize {
    (a..b).filter(|&k| doc.is_word(k)).count()
}

#[allow(clippy::too_many_arguments)]
fn verb_cue(
    doc: &Doc,
    n: usize,
    s: Sentence,
    end: usize,
    i: usize,
    cue: Cue,
    earlier: &[Found],
) -> Option<Found> {
    let prev = i.checked_sub(1).filter(|&p| p >= s.start);
    let prev_low = prev.map_or("", |p| doc.low(p));
    // "Several said", "Most believe": a quantifier standing alone is the subject.
    let quantifier_subject = QUANTIFIERS.contains(&prev_low)
        && !cue.lemma.noun_like
        && matches!(cue.form, Form::Base | Form::Past | Form::ThirdPerson);
    if prev_low == "to"
        || DETERMINERS.contains(&prev_low) && prev_low != "that" && !quantifier_subject
    {
        return None;
    }
    if prev.is_some_and(|p| doc.word(p).ends_with("'s") || doc.word(p).ends_with("’s"))
        && cue.lemma.noun_like
    {
        return None;
    }
    let passive = matches!(cue.form, Form::Past | Form::Participle) && follows_be(doc, s.start, i);
    let after_comma =
        prev.is_some_and(|p| matches!(doc.kind(p), Some(Kind::Punct(',' | '\u{2014}'))));
    let mut borrowed = false;
    let mut side = Side::After;
    let mut source = if passive {
        None
    } else if cue.form == Form::Ing {
        let linked = after_comma || continues_subjects_action(doc, s.start, i, prev_low);
        if !linked && !follows_be(doc, s.start, i) {
            return None;
        }
        borrowed = linked;
        if linked {
            earlier
                .last()
                .and_then(|f| f.source)
                .or_else(|| clause_subject(doc, s.start, i - 1))
                .or_else(|| opening_subject(doc, s.start, i))
        } else {
            subject_before(doc, s.start, i)
        }
    } else if matches!(prev_low, "and" | "but") && is_finite_verb(cue) {
        // "X became a delegate and said ...", "X caucused and says ...": the first verb's subject.
        borrowed = true;
        earlier.last().and_then(|f| f.source).or_else(|| clause_subject(doc, s.start, i - 1))
    } else {
        subject_before(doc, s.start, i)
    };
    let particle = takes_particle(cue.lemma.lemma, doc.low(i + 1)) && i + 1 < end;
    if cue.lemma.needs_particle && !particle {
        return None;
    }
    let cue_end = if particle { i + 2 } else { i + 1 };
    let mut after = cue_end;
    if cue.lemma.lemma == "ask"
        && cue.form == Form::Past
        && (i == s.start
            || matches!(prev_low, "when" | "after" | "once" | "while" | "if" | "before"))
    {
        return asked_about(doc, n, s, end, i, cue);
    }
    if i == s.start && cue.form == Form::Past && doc.is_capitalized(i) {
        return said_name_then_quote(doc, n, end, i, cue);
    }
    let mut inverted =
        source.is_none() && !passive && cue.form != Form::Ing && precedes_content(doc, s.start, i);
    if inverted {
        match inverted_source(doc, after, end) {
            Some(m) => {
                source = Some(m);
                after = m.description.map_or(m.end, |d| d.1);
                side = Side::Before;
            }
            None if is_finite_verb(cue) => inverted = false,
            None => return None,
        }
    }
    // "A news report published Wednesday said", "Many speakers at the service — ... — said":
    // a long noun phrase opening the clause.
    if source.is_none() && !passive && !borrowed && is_finite_verb(cue) {
        source = clause_opening_subject(doc, s.start, i);
    }
    if source.is_none() && !passive && !borrowed {
        return None;
    }
    if source.is_some_and(|m| names_a_thing(doc, m, i, cue)) {
        return None;
    }
    if cue.form == Form::Base
        && !inverted
        && !source.is_some_and(|m| agrees_with_base_form(doc, m, i))
    {
        // "Aides to Clinton say": the name ends a longer, plural subject.
        source = clause_opening_subject(doc, s.start, i)
            .filter(|m| source.is_some_and(|short| short.end == m.end))
            .filter(|&m| agrees_with_base_form(doc, m, i));
        source?;
    }
    if cue.lemma.noun_like
        && matches!(cue.form, Form::Base | Form::ThirdPerson)
        && !source.is_some_and(|m| {
            is_clear_subject(doc, m)
                || cue.form == Form::Base
                    && (is_plural_people(doc, m, i)
                        || lookup(doc.low(i)).is_none() && is_share_of_people(doc.low(m.end - 1)))
        })
    {
        return None;
    }
    let colon_ends = doc.is_punct(s.end.saturating_sub(1), ':');
    if side == Side::After && !borrowed && !colon_ends {
        if let Some(m) = source {
            let m = with_leading_modifiers(doc, s.start, m);
            if follows_whole_quote(doc, s, m.start)
                || is_sentence_final_cue(doc, s, m, after, end, cue)
            {
                side = Side::Before;
                source = Some(m);
            }
        }
    }
    let mut parts = match side {
        Side::Before => {
            let m = source?;
            let to = if inverted { i } else { m.start };
            let mut parts: Vec<_> = before_content(doc, s, to).into_iter().collect();
            let quoted_before =
                parts.iter().any(|&(a, b)| (a..b).any(|k| doc.quote_at(k).is_some()));
            if let Some(rest) = rest_after_middle_cue(doc, after, end).filter(|_| !quoted_before) {
                parts.push(rest);
            } else if let Some(around) = around_middle_cue(doc, s, to, after, end) {
                parts = around;
            }
            parts
        }
        Side::After => {
            let from = content_start(doc, after, end, cue);
            let end = match doc.quote_at(i) {
                Some(q) => end.min(q.close.unwrap_or(q.end)),
                None => end,
            };
            let end = clause_end(doc, from, end);
            let to = (from..end)
                .find(|&k| {
                    k > from && doc.is_punct(k - 1, ',') && source_phrase_at(doc, k).is_some()
                })
                .map_or(end, |k| k - 1);
            let to = before_final_attribution(doc, from, to);
            let to = subordinate_clause_end(doc, s, i, from, to);
            let to = trim_tail(doc, cue, from, to);
            let to = source.map_or(to, |m| relative_clause_end(doc, m, from, to));
            let to = without_final_description(doc, from, to);
            let from = past_lead_in_to_quote(doc, from, to);
            if from < to {
                vec![(from, to)]
            } else {
                vec![]
            }
        }
    };
    // `He continued, “...”`: such a cue may open a quotation right after it.
    let opens_quote = parts.first().is_some_and(|&(a, _)| {
        doc.kind(a) == Some(Kind::Quote(Quote::Open))
            && a > 0
            && matches!(doc.kind(a - 1), Some(Kind::Punct(',' | ':')))
    });
    if cue.lemma.after_content_only && side != Side::Before && !opens_quote {
        return None;
    }
    let opening = parts.first().map_or("", |&(a, _)| doc.low(a));
    if passive && !matches!(opening, "that" | "to") || cue.lemma.lemma == "compare" && passive {
        return None;
    }
    if cue.lemma.lemma == "conclude" && side == Side::After && opening != "that" {
        return None;
    }
    // "which he criticized in the Oval Office", "a move widely viewed as ...": no object.
    if side == Side::After
        && !passive
        && (NO_OBJECT_STARTS.contains(&opening) || is_weekday(opening))
    {
        return None;
    }
    // "a report released on Monday said ...": a participle describing the noun before it.
    if side == Side::After && opening == "on" && is_reduced_relative(doc, i) {
        return None;
    }
    let words: usize = parts.iter().map(|&(a, b)| word_count(doc, a, b)).sum();
    let quoted = parts.first().is_some_and(|&(a, _)| doc.kind(a) == Some(Kind::Quote(Quote::Open)));
    let needed = if side == Side::Before || quoted { 1 } else { 2 };
    if words < needed && !(side == Side::After && words == 0 && opens_next_quote(doc, s)) {
        return None;
    }
    // "Trump appears to have ...", "he seemed to downplay ...": how things look to the writer,
    // no one's claim, unless someone they seem so to is named ("it seems to me that").
    let appearance = matches!(cue.lemma.lemma, "seem" | "appear");
    if appearance && !names_whom_it_seems_to(doc, cue_end) {
        return None;
    }
    // "Trump is expected to win": the subject is part of what is attributed, and nobody is
    // named as its source.
    let raising = appearance || passive && opening == "to";
    let mut hint = None;
    if raising && side == Side::After {
        let subject = if passive {
            subject_before(doc, s.start, be_position(doc, s.start, i))
        } else {
            source
        };
        if let Some(m) = subject.filter(|m| m.end <= i) {
            parts.insert(0, (m.start, m.end));
            // "Putin is said to have ..." reports Putin's words; "Trump appears to ..." does not.
            hint = (passive && cue.lemma.class == Class::Speech).then_some(m);
        }
        source = None;
    }
    Some(Found {
        sentence: n,
        cue: (i, cue_end),
        class: cue.lemma.class,
        source,
        parts,
        side,
        borrowed_source: borrowed,
        phrase: false,
        speaker_hint: hint,
        rule: verb_rule(cue),
    })
}

/// `seems to me`, `appeared to voters`: the person something seems so to, right after the cue.
fn names_whom_it_seems_to(doc: &Doc, after: usize) -> bool {
    let whom = doc.low(after + 1);
    doc.low(after) == "to"
        && (matches!(whom, "me" | "us" | "him" | "her" | "them" | "many" | "some" | "voters")
            || doc.is_capitalized(after + 1))
}

/// The rule a verb cue's attribution belongs to: participles apart, else by the verb's class.
fn verb_rule(cue: Cue) -> RuleId {
    match (cue.form, cue.lemma.class) {
        (Form::Ing, _) => RuleId::Participle,
        (_, Class::Speech) => RuleId::SpeechVerb,
        (_, Class::Mind) => RuleId::MindVerb,
        (_, Class::Stance) => RuleId::StanceVerb,
    }
}

/// `"...," said former governor Ed Rendell, who ...`: the source after an inverted cue, if a
/// noun phrase follows it and ends at a boundary.
fn inverted_source(doc: &Doc, after: usize, end: usize) -> Option<Mention> {
    let m = noun_phrase_after(doc, after, end).filter(|m| {
        m.end - m.start > 1 || doc.is_capitalized(m.start) && doc.low(m.start) != "i"
    })?;
    let past = m.description.map_or(m.end, |d| d.1);
    let boundary = matches!(
        doc.kind(past),
        Some(Kind::Punct(',' | '.' | ';' | '(')) | Some(Kind::Quote(Quote::Open))
    ) || matches!(
        doc.low(past),
        "for"
            | "of"
            | "at"
            | "in"
            | "with"
            | "on"
            | "from"
            | "to"
            | "during"
            | "who"
            | "and"
            | "as"
    );
    (past >= end || boundary).then_some(m)
}

/// A past or present-tense cue verb that is no noun ("said", "says"; not "calls", "plans").
fn is_finite_verb(cue: Cue) -> bool {
    cue.form == Form::Past || cue.form == Form::ThirdPerson && !cue.lemma.noun_like
}

/// `Mr. Lee, who said he would run, later withdrew`: a content inside a relative clause ends
/// at the comma before the main clause's predicate.
fn relative_clause_end(doc: &Doc, m: Mention, from: usize, to: usize) -> usize {
    let relative = m.end == m.start + 1
        && matches!(doc.low(m.start), "who" | "which")
        && m.start > 0
        && doc.is_punct(m.start - 1, ',');
    if !relative {
        return to;
    }
    (from + 1..to)
        .find(|&k| {
            doc.is_punct(k, ',')
                && doc.quote_at(k).is_none()
                && k + 1 < to
                && doc.is_word(k + 1)
                && !doc.is_capitalized(k + 1)
                && starts_predicate(doc.low(k + 1))
        })
        .unwrap_or(to)
}

/// A word that starts a finite predicate: an auxiliary, a frequent adverb or a past form.
fn starts_predicate(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "did"
            | "does"
            | "also"
            | "later"
            | "then"
            | "now"
            | "still"
            | "ultimately"
            | "recently"
            | "says"
            | "said"
            | "told"
            | "wrote"
    ) || w.len() > 4 && w.ends_with("ed")
}

/// `He vowed to fight on, his aides said.`: a content ends before the comma that opens the
/// sentence-final "X said" attributing the whole sentence.
fn before_final_attribution(doc: &Doc, from: usize, to: usize) -> usize {
    let final_cue = |k: usize| {
        (k + 1..to.min(k + 7)).find(|&j| {
            lookup(doc.low(j)).is_some_and(|c| {
                c.lemma.class == Class::Speech && matches!(c.form, Form::Past | Form::ThirdPerson)
            }) && to - j <= 4
                && (k + 1..j).all(|w| doc.is_word(w))
        })
    };
    (from + 2..to)
        .find(|&k| doc.is_punct(k, ',') && doc.quote_at(k).is_none() && final_cue(k).is_some())
        .unwrap_or(to)
}

/// `While 7 percent said they are undecided, 27 percent ...`: a cue inside an opening
/// subordinate clause has a content that ends at the comma closing that clause.
fn subordinate_clause_end(doc: &Doc, s: Sentence, i: usize, from: usize, to: usize) -> usize {
    let opens_subordinate = matches!(
        doc.low(s.start),
        "while" | "although" | "though" | "because" | "if" | "since" | "whereas" | "unless"
    );
    if !opens_subordinate || (s.start..i).any(|k| doc.is_punct(k, ',')) {
        return to;
    }
    (from + 2..to).find(|&k| doc.is_punct(k, ',') && doc.quote_at(k).is_none()).unwrap_or(to)
}

/// `... and calling for a revolution`, `opened the speech by thanking ...`, `before claiming
/// that ...`: a participle after "and" or a linking preposition continues what the clause's
/// subject does, as one after a comma does.
fn continues_subjects_action(doc: &Doc, floor: usize, i: usize, prev_low: &str) -> bool {
    matches!(prev_low, "and" | "by" | "after" | "while" | "before" | "without")
        && i >= floor + 3
        && !doc.is_capitalized(i)
}

/// The end of a noun-phrase or infinitive content: before ", which ..." / ", who ..." (a
/// description of the object, not part of what is attributed) and before "and has ..." / "and
/// he ..." (a second predicate of the cue's subject). Clausal contents ("that ...") keep theirs.
fn trim_tail(doc: &Doc, cue: Cue, from: usize, to: usize) -> usize {
    if doc.quote_at(from).is_some() || is_clausal(doc, cue, from) {
        return to;
    }
    let has_clause = (from + 1..to).any(|k| doc.low(k) == "that" && doc.quote_at(k).is_none());
    for k in from + 1..to {
        if doc.quote_at(k).is_some() {
            continue;
        }
        if !has_clause && starts_trailing_adverbial(doc, k) {
            return if doc.is_punct(k - 1, ',') { k - 1 } else { k };
        }
        if doc.low(k) == "that" {
            // "to have said that ... and will ...": a clause inside the content; keep it whole.
            return to;
        }
        let comma = doc.is_punct(k - 1, ',');
        let relative = comma && matches!(doc.low(k), "which" | "who");
        let second_predicate = doc.low(k) == "and"
            && !doc.is_capitalized(k + 1)
            && SECOND_PREDICATE_STARTS.contains(&doc.low(k + 1));
        if relative || second_predicate {
            return if comma { k - 1 } else { k };
        }
    }
    to
}

/// `praised Cruz last week`, `criticized him on Twitter`, `defended the plan in a statement
/// on Monday`, `declined to comment when asked`: when, where or how the cue's subject spoke
/// is not part of a noun-phrase content.
fn starts_trailing_adverbial(doc: &Doc, k: usize) -> bool {
    let word = doc.low(k);
    let next = doc.low(k + 1);
    let after_article = if matches!(next, "a" | "an" | "the" | "his" | "her" | "their") {
        doc.low(k + 2)
    } else {
        next
    };
    match word {
        "when" | "while" | "during" | "amid" | "through" | "yesterday" | "today" | "tonight" => {
            true
        }
        "last" | "this" | "next" | "earlier" => TIME_NOUNS.contains(&next) || is_weekday(next),
        "on" => WEEKDAYS.contains(&next) || MEDIA.contains(&next),
        "in" => {
            MONTHS.contains(&next)
                || next.len() == 4
                    && next.starts_with("20")
                    && next.bytes().all(|b| b.is_ascii_digit())
                || SPEECH_EVENTS.contains(&after_article) && after_article != next
        }
        "at" => SPEECH_EVENTS.contains(&after_article) && after_article != next,
        _ => false,
    }
}

#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "summer", "fall", "spring", "winter", "night", "morning",
    "afternoon", "evening",
];

/// Where statements are made: "on Twitter", "on CNN".
#[rustfmt::skip]
const MEDIA: &[&str] = &[
    "twitter", "facebook", "instagram", "youtube", "cnn", "msnbc", "fox", "nbc", "abc", "cbs",
    "npr", "television", "radio",
];

/// Occasions of speaking: "in a statement", "at a rally", "in an interview".
#[rustfmt::skip]
const SPEECH_EVENTS: &[&str] = &[
    "statement", "interview", "speech", "rally", "press", "news", "debate", "tweet", "letter",
    "email", "op-ed", "town", "hearing", "conference", "campaign", "event", "fundraiser",
    "post", "video", "ad", "radio", "televised", "recent", "series",
];

/// A content that is a clause of its own: "that ...", "whether ...", or after a verb of saying
/// that takes one ("said the war would end").
fn is_clausal(doc: &Doc, cue: Cue, from: usize) -> bool {
    let opening = doc.low(from);
    matches!(opening, "that" | "whether" | "if" | "how" | "what" | "why" | "who" | "when" | "where")
        || cue.lemma.class == Class::Speech
            && !NP_SPEECH.contains(&cue.lemma.lemma)
            && opening != "to"
}

/// `summarized the outcome in one pointed remark: “Putin outmaneuvered everyone again.”`: a
/// short lead-in before a colon and the quotation that fills the rest is not content.
fn past_lead_in_to_quote(doc: &Doc, from: usize, to: usize) -> usize {
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

/// `criticized the Trans-Pacific Partnership, the 12-country trade deal ...`: a last segment
/// opening with ", a / an / the" describes the word before it or sums the content up ("..., a
/// move that ..."); one opening with ", which / who / while / even / compared ..." adds the
/// writer's remark. Neither is part of what is attributed.
fn without_final_description(doc: &Doc, from: usize, to: usize) -> usize {
    let last_comma = (from + 2..to).rev().find(|&k| doc.is_punct(k - 1, ','));
    let Some(k) = last_comma.filter(|&k| doc.quote_at(k).is_none()) else {
        return to;
    };
    // "that after the talks, the leaders might meet": the segment is the main clause.
    let first = if doc.low(from) == "that" { from + 1 } else { from };
    let subordinate = matches!(
        doc.low(first),
        "after"
            | "if"
            | "when"
            | "while"
            | "although"
            | "though"
            | "as"
            | "because"
            | "since"
            | "before"
            | "once"
            | "unless"
            | "until"
            | "in"
            | "despite"
            | "with"
            | "for"
            | "by"
    );
    let description = !subordinate
        && DESCRIPTION_STARTS.contains(&doc.low(k))
        && (k..to).all(|j| doc.quote_at(j).is_none())
        && word_count(doc, from, k - 1) >= 2;
    if description {
        k - 1
    } else {
        to
    }
}

/// First words of a content's last comma segment that describe rather than report.
#[rustfmt::skip]
const DESCRIPTION_STARTS: &[&str] = &[
    "a", "an", "the", "which", "who", "while", "even", "compared", "with", "when", "where",
    "despite", "although", "though", "whereas",
];

/// Words after "and" that start a second predicate of the same subject or a new clause.
#[rustfmt::skip]
const SECOND_PREDICATE_STARTS: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "would", "will", "did", "does", "also", "then",
    "even", "later", "he", "she", "they", "others", "now",
];

/// Speech-class verbs whose object is usually a noun phrase, not a clause.
#[rustfmt::skip]
const NP_SPEECH: &[&str] = &[
    "endorse", "criticize", "praise", "call", "cite", "describe", "reject", "defend", "condemn",
    "denounce", "attack", "blast", "slam", "mock", "dismiss", "label", "dub", "brand", "tout",
    "hail", "thank", "blame", "accuse", "discuss", "mention", "release", "issue", "publish",
    "offer", "propose", "recommend", "request", "demand", "urge", "nominate", "name",
];

/// `What's necessary, he suggested, was combining ...`: the clause resumes after the cue.
fn rest_after_middle_cue(doc: &Doc, after: usize, end: usize) -> Option<(usize, usize)> {
    if !doc.is_punct(after, ',') || after + 1 >= end {
        return None;
    }
    let next = after + 1;
    let w = doc.low(next);
    // "..., the airline added, and had passed ...": the predicate goes on.
    let continues_predicate = matches!(w, "and" | "but")
        && doc.is_word(next + 1)
        && !doc.is_capitalized(next + 1)
        && !DETERMINERS.contains(&doc.low(next + 1))
        && !PERSONAL.contains(&doc.low(next + 1));
    let resumes = doc.is_word(next)
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !doc.is_capitalized(next)
        && !DETERMINERS.contains(&w)
        && !is_tail_start(w)
        && !NOT_RESUMING.contains(&w)
        && lookup(w).is_none_or(|c| c.form != Form::Ing);
    ((resumes || continues_predicate) && word_count(doc, next, end) >= 2).then_some((next, end))
}

/// `In a merger, he said, the HP brand would survive.`: an opening adverbial, the cue, and
/// the main clause after it are one content in two pieces.
fn around_middle_cue(
    doc: &Doc,
    s: Sentence,
    to: usize,
    after: usize,
    end: usize,
) -> Option<Vec<(usize, usize)>> {
    let mut before = to;
    while before > s.start && doc.is_punct(before - 1, ',') {
        before -= 1;
    }
    let first = doc.low(s.start);
    let opens =
        INTRODUCTORY.contains(&first) || matches!(first, "if" | "whether" | "unless" | "once");
    let next = after + 1;
    let resumes = doc.is_punct(after, ',')
        && doc.is_word(next)
        && !NOT_RESUMING.contains(&doc.low(next))
        && !is_tail_start(doc.low(next))
        && (s.start..end).all(|k| doc.quote_at(k).is_none());
    (opens && resumes && before > s.start && word_count(doc, next, end) >= 3)
        .then(|| vec![(s.start, before), (next, end)])
}

/// Words after "..., X said," that start something other than the rest of the content.
const NOT_RESUMING: &[&str] =
    &["who", "which", "according", "and", "but", "citing", "referring", "calling", "adding"];

/// Determiners that stand for people on their own ("many said", "most believe").
#[rustfmt::skip]
const QUANTIFIERS: &[&str] = &[
    "several", "many", "most", "some", "both", "all", "few", "two", "three", "four", "five",
    "others",
];

/// Personal pronouns that start a clause of their own.
const PERSONAL: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// `a company called Cambridge Analytica`, `a group named "Occupy DNC"`: a participle naming
/// what an indefinite noun phrase is called, not someone calling it something.
fn names_a_thing(doc: &Doc, m: Mention, i: usize, cue: Cue) -> bool {
    matches!(cue.lemma.lemma, "call" | "dub" | "title" | "label" | "term" | "name")
        && cue.form == Form::Past
        && m.end == i
        && matches!(doc.low(m.start), "a" | "an")
        && (doc.is_capitalized(i + 1) || doc.kind(i + 1) == Some(Kind::Quote(Quote::Open)))
}

/// A bare verb ("say", "plan") needs a plural or personal subject, or an auxiliary before it.
fn agrees_with_base_form(doc: &Doc, m: Mention, cue: usize) -> bool {
    let aux = (m.end..cue).any(|k| AUXILIARIES.contains(&doc.low(k)));
    let head = doc.low(m.end - 1);
    let singular_start = matches!(doc.low(m.start), "a" | "an" | "this" | "every" | "each")
        && !matches!(head, "percent" | "majority" | "third" | "quarter" | "half");
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
        && !QUANTIFIERS.contains(&head)
        && !starts_with_plural_head(doc, m);
    aux || !(singular_start || singular_pronoun || lone_name)
}

/// `aides to Mayor Holt`: a lower-case plural before the name heads the phrase.
fn starts_with_plural_head(doc: &Doc, m: Mention) -> bool {
    let w = doc.low(m.start);
    !doc.is_capitalized(m.start) && w.ends_with('s') && !w.ends_with("ss")
}

/// Words before a bare verb that make it a verb ("will say", "did not want", "to ask").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "will", "would", "did", "do", "does", "can", "could", "may", "might", "should", "must",
    "don't", "didn't", "doesn't", "won't", "can't", "wouldn't", "not", "to", "shall", "cannot",
    "couldn't", "shouldn't",
];

/// `Party leaders hope that ...`, `researchers hope to ...`: a lower-case plural noun right
/// before a bare verb is its subject (the noun is no cue form itself, as "plans" would be).
fn is_plural_people(doc: &Doc, m: Mention, cue: usize) -> bool {
    let head = doc.low(m.end - 1);
    m.end == cue
        && !doc.is_capitalized(m.end - 1)
        && head.len() > 3
        && (head.ends_with("ers") || head.ends_with("ists") || head.ends_with("ans"))
        && lookup(head).is_none()
}

/// A subject that makes a noun-like cue a verb: a pronoun, a name, or an evidence noun
/// ("they plan", "Trump calls", "the poll shows"; not "the attacks", "his plans").
fn is_clear_subject(doc: &Doc, m: Mention) -> bool {
    let head = doc.low(m.end - 1);
    let last = doc.word(m.end - 1);
    !last.ends_with("'s")
        && !last.ends_with("’s")
        && (doc.is_capitalized(m.end - 1)
            || matches!(
                head,
                "he" | "she" | "they" | "we" | "i" | "you" | "who" | "that" | "which" | "it"
            )
            || matches!(
                head,
                "poll"
                    | "polls"
                    | "survey"
                    | "surveys"
                    | "study"
                    | "studies"
                    | "data"
                    | "polling"
                    | "filings"
                    | "emails"
                    | "video"
                    | "report"
                    | "reports"
                    | "research"
                    | "numbers"
                    | "results"
                    | "analysis"
                    | "records"
                    | "documents"
                    | "evidence"
                    | "figures"
                    | "officials"
                    | "critics"
                    | "experts"
                    | "analysts"
                    | "voters"
                    | "people"
                    | "republicans"
                    | "democrats"
                    | "supporters"
                    | "campaign"
                    | "administration"
                    | "percent"
            ))
}

/// `said:` or `saying,` closing a sentence, with a quotation opening right after it.
pub fn opens_next_quote(doc: &Doc, s: Sentence) -> bool {
    let last = s.end.saturating_sub(1);
    let mut next = s.end;
    while doc.kind(next) == Some(Kind::Break) {
        next += 1;
    }
    matches!(doc.kind(last), Some(Kind::Punct(':' | ',')))
        && doc.kind(next) == Some(Kind::Quote(Quote::Open))
}

/// The be-verb before a passive cue at `i` ("is widely expected"), or `i` itself.
fn be_position(doc: &Doc, floor: usize, i: usize) -> usize {
    (floor..i)
        .rev()
        .take(4)
        .find(|&k| matches!(doc.low(k), "is" | "are" | "was" | "were" | "be" | "been" | "being"))
        .unwrap_or(i)
}

fn follows_be(doc: &Doc, floor: usize, i: usize) -> bool {
    let mut k = i;
    while k > floor {
        k -= 1;
        let w = doc.low(k);
        if matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "it's"
                | "isn't"
                | "aren't"
                | "wasn't"
                | "weren't"
        ) {
            return true;
        }
        if !BE.contains(&w) && !(w.ends_with("ly") && !doc.is_capitalized(k)) {
            return false;
        }
    }
    false
}

/// `Asked whether he would fire a speechwriter, Priebus said ...`: the question is the content;
/// its source is the asker when named ("asked by Ingraham"), else none.
fn asked_about(doc: &Doc, n: usize, s: Sentence, end: usize, i: usize, cue: Cue) -> Option<Found> {
    let from = (i + 1..end.min(i + 10)).find(|&k| {
        matches!(
            doc.low(k),
            "if" | "whether" | "about" | "why" | "what" | "how" | "who" | "where" | "to"
        )
    })?;
    let to =
        (from..end).find(|&k| doc.is_punct(k, ',') && doc.quote_at(k).is_none()).unwrap_or(end);
    let source = (doc.low(i + 1) == "by").then(|| noun_phrase_after(doc, i + 2, to)).flatten();
    (word_count(doc, from, to) >= 2 && s.end > to).then_some(Found {
        sentence: n,
        cue: (i, i + 1),
        class: cue.lemma.class,
        source,
        parts: vec![(from, to)],
        side: Side::After,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: RuleId::AskedAbout,
    })
}

/// `Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”`
fn said_name_then_quote(doc: &Doc, n: usize, end: usize, i: usize, cue: Cue) -> Option<Found> {
    let m = noun_phrase_after(doc, i + 1, end)?;
    let open = (m.end..end).find(|&k| doc.kind(k) == Some(Kind::Quote(Quote::Open)))?;
    Some(Found {
        sentence: n,
        cue: (i, i + 1),
        class: cue.lemma.class,
        source: Some(Mention { description: None, ..m }),
        parts: vec![(open, end)],
        side: Side::After,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: RuleId::SaidNameThenQuote,
    })
}

/// The cue stands right after a comma or closing quote: `"...," said X` / `..., X said`.
fn precedes_content(doc: &Doc, floor: usize, i: usize) -> bool {
    i > floor
        && matches!(
            doc.kind(i - 1),
            Some(Kind::Punct(',' | '\u{2014}' | '-')) | Some(Kind::Quote(Quote::Close))
        )
}

/// `"...," former congressman Dan Maffei said`: lower-case words between a comma or closing
/// quote and a name belong to the source.
fn with_leading_modifiers(doc: &Doc, floor: usize, m: Mention) -> Mention {
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

/// The sentence opens with a quotation that closes right before `at` (after an optional comma).
fn follows_whole_quote(doc: &Doc, s: Sentence, at: usize) -> bool {
    let mut k = at;
    while k > s.start && matches!(doc.kind(k - 1), Some(Kind::Punct(',' | '\u{2014}' | '-'))) {
        k -= 1;
    }
    k > s.start
        && doc.kind(k - 1) == Some(Kind::Quote(Quote::Close))
        && doc.quote_at(s.start).is_some_and(|q| q.open == s.start && q.close == Some(k - 1))
}

/// `C, X said (on Tuesday).`: the source follows a comma or quote and little follows the cue.
fn is_sentence_final_cue(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    after: usize,
    end: usize,
    cue: Cue,
) -> bool {
    if m.start <= s.start || !precedes_content(doc, s.start, m.start) {
        return false;
    }
    let mut k = after;
    if cue.lemma.addressee {
        while k < end
            && (doc.is_capitalized(k)
                || matches!(
                    doc.low(k),
                    "reporters"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "supporters"
                        | "voters"
                        | "him"
                        | "them"
                        | "me"
                        | "us"
                ))
        {
            k += 1;
        }
    }
    let tail = &doc.tokens[k.min(end)..end];
    if tail.is_empty() {
        return true;
    }
    // `"A," she said, "B."`: an interrupted quote, its first piece before the source.
    let reopens = (k..end.min(k + 14))
        .find(|&j| doc.kind(j) == Some(Kind::Quote(Quote::Open)))
        .is_some_and(|j| j > 0 && matches!(doc.kind(j - 1), Some(Kind::Punct(',' | ':'))));
    let close = Some(Kind::Quote(Quote::Close));
    let quote_before = doc.kind(m.start - 1) == close
        || m.start > 1 && doc.is_punct(m.start - 1, ',') && doc.kind(m.start - 2) == close;
    if reopens && quote_before {
        return true;
    }
    let first = doc.low(k);
    let opens_quote = tail.iter().any(|t| t.kind == Kind::Quote(Quote::Open));
    let has_that = (k..end).any(|j| doc.low(j) == "that");
    (is_tail_start(first) || doc.is_punct(k, ',') || cue.lemma.addressee && doc.is_capitalized(k))
        && tail.len() <= 14
        && !opens_quote
        && !has_that
}

/// The content before the source at `to`: from the sentence start to the comma before it.
fn before_content(doc: &Doc, s: Sentence, to: usize) -> Option<(usize, usize)> {
    let mut to = to;
    while to > s.start
        && matches!(doc.kind(to - 1), Some(Kind::Punct(',' | '\u{2014}' | '-' | ':')))
    {
        to -= 1;
    }
    let quoted = (s.start..to).any(|k| doc.quote_at(k).is_some());
    let introductory = INTRODUCTORY.contains(&doc.low(s.start));
    let mut from = s.start;
    // `Later, he turned to the crowd: “We will win,” he said.`: only the quotation is content.
    if let Some(q) =
        to.checked_sub(1).and_then(|k| doc.quote_at(k)).filter(|q| q.close == Some(to - 1))
    {
        if q.open > s.start && doc.is_punct(q.open - 1, ':') {
            from = q.open;
        }
    }
    if introductory && !quoted {
        // "Also, Trump isn't a conservative, he said.": the content starts after the opener.
        from = (s.start..to.min(s.start + 5)).find(|&k| doc.is_punct(k, ',')).map_or(to, |k| k + 1);
    }
    (from < to && word_count(doc, from, to) >= 2).then_some((from, to))
}

/// The first content token after the cue: past a colon, and past the addressee of "told".
fn content_start(doc: &Doc, after: usize, end: usize, cue: Cue) -> usize {
    let mut k = after;
    if cue.lemma.addressee {
        if let Some(that) = (k..end.min(k + 9)).find(|&j| doc.low(j) == "that") {
            if (k..that).all(|j| doc.is_word(j) || doc.is_punct(j, '.')) {
                return that;
            }
        }
        while k < end
            && (doc.is_capitalized(k)
                || matches!(
                    doc.low(k),
                    "reporters"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "supporters"
                        | "voters"
                        | "him"
                        | "them"
                        | "me"
                        | "us"
                        | "audience"
                        | "crowd"
                ))
        {
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
    if is_tail_start(doc.low(k)) || doc.low(k) == "to" {
        let that = (k + 1..end.min(k + 9)).find(|&j| doc.low(j) == "that");
        let plain = |t: usize| {
            (k..t).all(|j| {
                (doc.is_word(j) || doc.is_punct(j, ','))
                    && lookup(doc.low(j)).is_none_or(|c| c.lemma.noun_like)
                    && !matches!(
                        doc.low(j),
                        "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
                    )
            })
        };
        if let Some(that) = that.filter(|&t| plain(t)) {
            return that;
        }
    } else if let Some(that) = (k + 1..end.min(k + 4)).find(|&j| doc.low(j) == "that") {
        // "said repeatedly that", "recognized long ago that": adverbs before the clause.
        let adverbs = (k..that).all(|j| {
            doc.is_word(j)
                && !doc.is_capitalized(j)
                && lookup(doc.low(j)).is_none()
                && !DETERMINERS.contains(&doc.low(j))
                && !PERSONAL.contains(&doc.low(j))
                && !AUXILIARIES.contains(&doc.low(j))
                && !matches!(doc.low(j), "is" | "are" | "was" | "were" | "has" | "have" | "had")
        });
        if adverbs {
            return that;
        }
    }
    k
}

/// Two attributions joined by ", and X said ...": the first content stops before the second.
fn cut_at_following_clauses(doc: &Doc, found: &mut [Found]) {
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
                while k > a
                    && matches!(
                        doc.low(k - 1),
                        "and" | "but" | "while" | "as" | "though" | "although"
                    )
                {
                    k -= 1;
                }
                let joined = k < st || doc.is_punct(k - 1, ';') || participles.contains(&st);
                if joined && k > a && matches!(doc.kind(k - 1), Some(Kind::Punct(',' | ';'))) {
                    cut = k - 1;
                }
            }
        }
        if let Some(last) = f.parts.last_mut() {
            last.1 = cut;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_list_here_lists_a_word_twice() {
        for (name, set) in [
            ("BE", BE),
            ("TAIL_STARTS", TAIL_STARTS),
            ("EVIDENCE_NOUNS", EVIDENCE_NOUNS),
            ("NO_OBJECT_STARTS", NO_OBJECT_STARTS),
            ("NEW_CLAUSE_STARTS", NEW_CLAUSE_STARTS),
            ("SECOND_PREDICATE_AFTER_COMMA", SECOND_PREDICATE_AFTER_COMMA),
            ("ADVERBIAL_STARTS", ADVERBIAL_STARTS),
            ("NOT_SPEAKERS", NOT_SPEAKERS),
            ("INTRODUCTORY", INTRODUCTORY),
            ("TIME_NOUNS", TIME_NOUNS),
            ("MEDIA", MEDIA),
            ("SPEECH_EVENTS", SPEECH_EVENTS),
            ("DESCRIPTION_STARTS", DESCRIPTION_STARTS),
            ("SECOND_PREDICATE_STARTS", SECOND_PREDICATE_STARTS),
            ("NP_SPEECH", NP_SPEECH),
            ("NOT_RESUMING", NOT_RESUMING),
            ("QUANTIFIERS", QUANTIFIERS),
            ("PERSONAL", PERSONAL),
            ("AUXILIARIES", AUXILIARIES),
        ] {
            assert_eq!(crate::lexicon::listed_twice(set), Vec::<&str>::new(), "{name}");
        }
    }

    /// Renders each attribution of `text` as "source|cue|content".
    fn found(text: &str) -> Vec<String> {
        let doc = Doc::new(text, &[]);
        let mut out = Vec::new();
        for n in 0..doc.sentences.len() {
            find_in_sentence(&doc, n, Rules::ALL, &mut out);
        }
        out.iter()
            .map(|f| {
                let src = f.source.map_or("", |m| doc.span(m.start, m.end).slice(text));
                let content: Vec<&str> =
                    f.parts.iter().map(|&(a, b)| doc.span(a, b).slice(text)).collect();
                format!("{src}|{}|{}", doc.span(f.cue.0, f.cue.1).slice(text), content.join(" / "))
            })
            .collect()
    }

    #[test]
    fn noun_phrase_contents_lose_when_and_where_it_was_said() {
        assert_eq!(found("Mr. Lee praised the mayor last week."), ["Mr. Lee|praised|the mayor"]);
        assert_eq!(
            found("Ms. Ortiz criticized the budget on Twitter."),
            ["Ms. Ortiz|criticized|the budget"]
        );
        assert_eq!(
            found("The senator endorsed the bridge plan in a statement on Monday."),
            ["The senator|endorsed|the bridge plan"]
        );
    }

    #[test]
    fn an_infinitive_with_a_that_clause_keeps_its_adverbials() {
        assert_eq!(
            found("Mr. Lee is said to have argued during the call that taxes would rise."),
            ["|said|Mr. Lee / to have argued during the call that taxes would rise"]
        );
    }

    #[test]
    fn a_participle_after_and_or_by_continues_the_subjects_action() {
        let got = found("Ms. Ortiz opened the hearing by thanking the volunteers.");
        assert!(got.contains(&"Ms. Ortiz|thanking|the volunteers".to_string()), "{got:?}");
        let got = found("Mr. Lee visited the plant and warning that jobs would go.");
        assert!(got.iter().any(|f| f.ends_with("|warning|that jobs would go")), "{got:?}");
    }

    #[test]
    fn a_content_in_a_relative_clause_ends_before_the_main_predicate() {
        let got = found("Mr. Lee, who said he would run again, later withdrew from the race.");
        assert!(got.contains(&"who|said|he would run again".to_string()), "{got:?}");
    }

    #[test]
    fn a_second_predicate_after_a_comma_ends_the_content() {
        assert_eq!(
            found("Mr. Lee said the party must change, and has since backed a new leader."),
            ["Mr. Lee|said|the party must change"]
        );
    }

    #[test]
    fn a_content_ends_before_a_final_attribution() {
        let got = found("Mr. Cruz vowed to oppose the law, his aides said on Monday.");
        assert!(got.contains(&"Mr. Cruz|vowed|to oppose the law".to_string()), "{got:?}");
    }

    #[test]
    fn a_content_in_an_opening_subordinate_clause_ends_at_its_comma() {
        let got = found("While Mr. Lee said the tax was fair, voters rejected it in May.");
        assert!(got.contains(&"Mr. Lee|said|the tax was fair".to_string()), "{got:?}");
    }

    #[test]
    fn content_after_the_cue_keeps_that() {
        assert_eq!(
            found("Trump said that the war would end."),
            ["Trump|said|that the war would end"]
        );
    }

    #[test]
    fn content_before_a_final_cue() {
        assert_eq!(
            found("The war will end soon, Trump said on Friday."),
            ["Trump|said|The war will end soon"]
        );
        assert_eq!(
            found("“It will end,” said Sen. Ted Cruz."),
            ["Sen. Ted Cruz|said|“It will end,”"]
        );
    }

    #[test]
    fn transcript_turns_and_headline_furniture() {
        assert_eq!(
            found("PENCE: Well, look, we will win this.\n"),
            ["PENCE|:|Well, look, we will win this"]
        );
        assert!(found("Contributing: Jane Doe, Medill News Service\n").is_empty());
        assert_eq!(
            found("“WALLACE: Do you see those two as equal?\n"),
            ["WALLACE|:|Do you see those two as equal"]
        );
        assert!(found("“Chick Lit: The New Woman's Fiction.”\n").is_empty());
    }

    #[test]
    fn asked_questions_have_the_question_as_content() {
        assert_eq!(
            found("Asked whether he would fire him, Priebus said, \"Probably.\""),
            ["|Asked|whether he would fire him", "Priebus|said|\"Probably.\""]
        );
    }

    #[test]
    fn raised_subjects_belong_to_the_content() {
        assert_eq!(
            found("Putin is said to have warned Trump."),
            ["|said|Putin / to have warned Trump"]
        );
        assert!(found("He seems to downplay the idea.").is_empty(), "appearance is no claim");
        assert!(found("Trump appears to have changed course.").is_empty());
    }

    #[test]
    fn inverted_titled_source() {
        assert_eq!(
            found(
                "\"It is a raw time,\" said former governor Ed Rendell, who chairs the committee."
            ),
            ["former governor Ed Rendell|said|\"It is a raw time,\""]
        );
    }

    #[test]
    fn according_to_either_side() {
        assert_eq!(
            found("According to reports, Putin called Trump."),
            ["reports|According to|Putin called Trump"]
        );
        assert_eq!(
            found("Putin called first, according to the Kremlin."),
            ["the Kremlin|according to|Putin called first"]
        );
    }

    #[test]
    fn a_final_according_to_attributes_the_reported_clause() {
        assert_eq!(
            found("The vote is close, and in the end, Mayor Holt warned that it would fail, according to aides."),
            [
                "Mayor Holt|warned|that it would fail",
                "aides|according to|Mayor Holt warned that it would fail",
            ]
        );
    }

    #[test]
    fn addressee_is_not_content() {
        assert_eq!(
            found("Weaver told CNN on Tuesday that he believes it will last."),
            ["Weaver|told|that he believes it will last", "he|believes|it will last"]
        );
    }

    #[test]
    fn a_quote_ending_the_previous_sentence_does_not_make_the_cue_final() {
        assert_eq!(
            found("He called it “a farce.” The mayor said the vote was fair, “and final.”"),
            ["He|called|it “a farce.”", "The mayor|said|the vote was fair, “and final.”"]
        );
    }

    #[test]
    fn noun_phrase_contents_end_before_descriptions_and_second_predicates() {
        assert_eq!(
            found("The senator praised the new budget, which passed on Monday."),
            ["The senator|praised|the new budget"]
        );
        assert_eq!(
            found("Mayor Holt endorsed the tram plan and has raised money for it."),
            ["Mayor Holt|endorsed|the tram plan"]
        );
        assert_eq!(
            found("Holt said the budget, which passed, was fair."),
            ["Holt|said|the budget, which passed, was fair"]
        );
    }

    #[test]
    fn a_lead_in_before_a_colon_quote_is_not_content() {
        assert_eq!(
            found("The mayor described the day in one line: “The tram is finally here.”"),
            ["The mayor|described|“The tram is finally here.”"]
        );
    }

    #[test]
    fn an_opener_and_the_main_clause_around_a_middle_cue() {
        assert_eq!(
            found("In a merger, he said, the old brand would survive."),
            ["he|said|In a merger / the old brand would survive"]
        );
    }

    #[test]
    fn a_thing_called_a_name_is_not_an_attribution() {
        assert!(found("She founded a company called Tram Works in 2019.").is_empty());
        assert_eq!(found("She called Holt “a liar.”"), ["She|called|Holt “a liar.”"]);
    }

    #[test]
    fn a_lone_quantifier_is_a_subject() {
        assert_eq!(found("Several said the tram was late."), ["Several|said|the tram was late"]);
        assert_eq!(
            found("Most believe that the tram is late."),
            ["Most|believe|that the tram is late"]
        );
        assert!(found("Some plans were late.").is_empty());
        assert_eq!(
            found("A mere 9 percent say the tram is fast."),
            ["A mere 9 percent|say|the tram is fast"]
        );
    }

    #[test]
    fn continued_may_open_a_quotation() {
        assert_eq!(
            found("She continued, “The tram will run all night.”"),
            ["She|continued|“The tram will run all night.”"]
        );
        assert!(found("She continued her speech for an hour.").is_empty());
    }

    #[test]
    fn a_poll_opening_the_sentence_is_its_source() {
        assert_eq!(
            found("In the latest county survey, the mayor leads by eight points."),
            ["the latest county survey|In|the mayor leads by eight points"]
        );
        assert_eq!(
            found("In a CNN/ORC survey, the mayor leads by eight points."),
            ["a CNN/ORC survey|In|the mayor leads by eight points"]
        );
        assert!(found("In a statement, the mayor thanked voters.")
            .iter()
            .all(|f| !f.contains("|In|")));
    }

    #[test]
    fn a_final_description_is_not_content() {
        assert_eq!(
            found("The mayor criticized the tram deal, a contract signed in 2019."),
            ["The mayor|criticized|the tram deal"]
        );
        assert_eq!(
            found("Holt said the tram would be late, while the bus plan stalled."),
            ["Holt|said|the tram would be late"]
        );
        assert_eq!(
            found("Holt said that after the vote, the tram would be built."),
            ["Holt|said|that after the vote, the tram would be built"]
        );
    }

    #[test]
    fn an_including_list_stays_in_the_content() {
        assert_eq!(
            found("She stressed issues that matter to parents, including child care and schools."),
            ["She|stressed|issues that matter to parents, including child care and schools"]
        );
    }

    #[test]
    fn a_capitalised_pronoun_may_open_a_bare_verb() {
        assert_eq!(found("They say the tram is late."), ["They|say|the tram is late"]);
        assert_eq!(found("I think the tram is late."), ["I|think|the tram is late"]);
        assert!(found("Holt say the tram is late.").is_empty());
    }

    #[test]
    fn a_present_tense_cue_after_and_shares_the_subject() {
        let got = found("Mayor Holt visited the depot on Monday and says the tram runs on time.");
        assert!(got.contains(&"Mayor Holt|says|the tram runs on time".to_string()), "{got:?}");
    }

    #[test]
    fn a_long_noun_phrase_opening_the_clause_is_the_source() {
        assert_eq!(
            found("A city report released on Monday said the tram was late."),
            ["A city report released on Monday|said|the tram was late"]
        );
        assert_eq!(
            found("Many riders at the depot — including two drivers — said the tram was late."),
            ["Many riders at the depot — including two drivers|said|the tram was late"]
        );
        assert_eq!(
            found("If the vote fails, aides to Mayor Holt say they will resign."),
            ["aides to Mayor Holt|say|they will resign"]
        );
        assert!(found("The so-called tram plan was late.").is_empty());
    }

    #[test]
    fn evidence_subjects_of_show() {
        assert_eq!(
            found("The reports show the tram was late."),
            ["The reports|show|the tram was late"]
        );
        assert_eq!(found("Data show that the tram is late."), ["Data|show|that the tram is late"]);
        assert_eq!(
            found("Exit polling shows the mayor won the city."),
            ["Exit polling|shows|the mayor won the city"]
        );
    }

    #[test]
    fn a_plural_of_people_makes_a_noun_like_bare_form_a_verb() {
        assert_eq!(
            found("Party leaders hope that the tram will open."),
            ["Party leaders|hope|that the tram will open"]
        );
        assert!(found("The new plans call for trams.").is_empty());
    }

    #[test]
    fn support_is_a_cue_right_after_people() {
        assert_eq!(
            found("About two-thirds support a new tram line."),
            ["About two-thirds|support|a new tram line"]
        );
        assert_eq!(found("I support the tram plan."), ["I|support|the tram plan"]);
        assert!(found("The support for trams grew.").is_empty());
    }

    #[test]
    fn a_participle_after_a_comma_borrows_the_opening_subject() {
        let got = found("Holt went after the council, calling the vote a farce.");
        assert!(got.contains(&"Holt|calling|the vote a farce".to_string()), "{got:?}");
        let got = found("However, she held her fire, calling the mayor a friend.");
        assert!(got.contains(&"she|calling|the mayor a friend".to_string()), "{got:?}");
    }

    #[test]
    fn noun_forms_are_not_cues() {
        assert!(found("The call lasted an hour.").is_empty());
        assert!(found("Do you think he will win?").is_empty());
    }
}
