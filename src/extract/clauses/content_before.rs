//! A content before its cue: "C, X said (on Tuesday).", a quotation the cue follows, and
//! the pieces around a cue in the middle of the sentence ("In a merger, he said, ...").

use super::super::cues::{lookup, Cue, Form};
use super::super::rules::{RuleId, Rules};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::Mention;
use super::super::tokens::{Kind, Quote};
use super::subjects::precedes_content;
use super::word_count;
use crate::lexicon::{
    is_weekday, DETERMINERS, INTRODUCTORY_WORDS, NOT_RESUMING, PERSONAL_PRONOUNS, RELATIVE_WORDS,
    TAIL_STARTS,
};

/// `C, X said (on Tuesday).`: the source follows a comma or quote and little follows the cue.
pub(super) fn is_sentence_final_cue(
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
            && (doc.is_capitalized(k) || crate::lexicon::ADDRESSEE_WORDS.contains(&doc.low(k)))
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

/// The sentence opens with a quotation that closes right before `at` (after an optional comma).
pub(super) fn follows_whole_quote(doc: &Doc, s: Sentence, at: usize) -> bool {
    let mut k = at;
    while k > s.start && matches!(doc.kind(k - 1), Some(Kind::Punct(',' | '\u{2014}' | '-'))) {
        k -= 1;
    }
    k > s.start
        && doc.kind(k - 1) == Some(Kind::Quote(Quote::Close))
        && doc.quote_at(s.start).is_some_and(|q| q.open == s.start && q.close == Some(k - 1))
}

/// The content before the source at `to`: from the sentence start to the comma before it.
pub(super) fn before_content(
    doc: &Doc,
    s: Sentence,
    to: usize,
    rules: Rules,
) -> Option<(usize, usize)> {
    let mut to = to;
    while to > s.start
        && matches!(doc.kind(to - 1), Some(Kind::Punct(',' | '\u{2014}' | '-' | ':')))
    {
        to -= 1;
    }
    let quoted = (s.start..to).any(|k| doc.quote_at(k).is_some());
    let introductory = INTRODUCTORY_WORDS.contains(&doc.low(s.start));
    let mut from = s.start;
    // `Later, he turned to the crowd: “We will win,” he said.`: only the quotation is content.
    if let Some(q) =
        to.checked_sub(1).and_then(|k| doc.quote_at(k)).filter(|q| q.close == Some(to - 1))
    {
        if q.open > s.start && doc.is_punct(q.open - 1, ':') {
            from = q.open;
        }
    }
    // [`RuleId::OpenerStays`]: `In Iowa, Trump leads, he said.`: people keep the opening
    // adverbial in the content (a leading connective goes: `leading-connective`).
    if introductory && !quoted && !rules.runs(RuleId::OpenerStays) {
        // "Also, Trump isn't a conservative, he said.": the content starts after the opener.
        // [`RuleId::OpenerWithoutComma`]: `But the ferry will run late, he said.`: with no comma
        // after the opener the content is the whole sentence part, not nothing.
        let whole = if rules.runs(RuleId::OpenerWithoutComma) { s.start } else { to };
        from =
            (s.start..to.min(s.start + 5)).find(|&k| doc.is_punct(k, ',')).map_or(whole, |k| k + 1);
    }
    // [`RuleId::OneWordQuote`]: `“Honestly,” he said, “we ...”`: a whole quotation of one word
    // is what was said, as a longer one is.
    let least =
        if rules.runs(RuleId::OneWordQuote) && is_whole_quote(doc, from, to) { 1 } else { 2 };
    (from < to && word_count(doc, from, to) >= least).then_some((from, to))
}

/// Tokens `[from, to)` are one quotation, its marks included.
fn is_whole_quote(doc: &Doc, from: usize, to: usize) -> bool {
    to > from + 1 && doc.quote_at(from).is_some_and(|q| q.open == from && q.close == Some(to - 1))
}

/// [`RuleId::OneWordOpening`]: `This, I predict, will not end well.`: the sentence's one word
/// before the comma that precedes the source at `to`, when it is a plain word (no quotation).
pub(super) fn one_word_opening(doc: &Doc, s: Sentence, to: usize) -> Option<(usize, usize)> {
    let mut to = to;
    while to > s.start && doc.is_punct(to - 1, ',') {
        to -= 1;
    }
    let plain = doc.is_word(s.start) && doc.quote_at(s.start).is_none();
    (to == s.start + 1 && to < doc.tokens.len() && plain).then_some((s.start, to))
}

/// `What's necessary, he suggested, was combining ...`: the clause resumes after the cue.
pub(super) fn rest_after_middle_cue(doc: &Doc, after: usize, end: usize) -> Option<(usize, usize)> {
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
        && !PERSONAL_PRONOUNS.contains(&doc.low(next + 1));
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
pub(super) fn around_middle_cue(
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
    let opens = INTRODUCTORY_WORDS.contains(&first)
        || matches!(first, "if" | "whether" | "unless" | "once");
    let next = after + 1;
    let resumes = doc.is_punct(after, ',')
        && doc.is_word(next)
        && !NOT_RESUMING.contains(&doc.low(next))
        && !is_tail_start(doc.low(next))
        && (s.start..end).all(|k| doc.quote_at(k).is_none());
    (opens && resumes && before > s.start && word_count(doc, next, end) >= 3)
        .then(|| vec![(s.start, before), (next, end)])
}

/// `A comic tone, he said, would make it accessible`, `which, he hoped, would spark a
/// revival`: the source and cue stand between commas inside the clause they report, so the
/// content's first piece is the clause's opening, from the sentence start (or the relative
/// word that opens the clause) to the comma before the source `m`. Openings holding a
/// quotation are left to the quotation rules. `after` is the token after the cue, `from` the
/// first of the content after it.
pub(super) fn opening_before_middle_cue(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    i: usize,
    after: usize,
    from: usize,
    rules: Rules,
) -> Option<(usize, usize)> {
    let before = m.start.checked_sub(1).filter(|&k| k >= s.start)?;
    // "what Trump said was a sign", "which he refused to consider": the word alone, when the
    // content goes on right after the cue.
    if RELATIVE_WORDS.contains(&doc.low(before)) && from == after {
        return (m.end..i).all(|k| doc.is_word(k)).then_some((before, m.start));
    }
    let comma = Some(before).filter(|&c| c > s.start && doc.is_punct(c, ','))?;
    if !doc.is_punct(after, ',') || !(m.end..i).all(|k| doc.is_word(k)) {
        return None;
    }
    let begin = from_relative_word(doc, s.start, comma);
    // "When asked why, Tyler said, ...": an opening with a cue of its own is no content.
    // [`RuleId::CueWordInOpening`]: a cue word as a noun ("any plans") or a base form ("to
    // predict") is a plain word of the opening.
    let plain_cue = |c: Cue| {
        rules.runs(RuleId::CueWordInOpening)
            && (c.lemma.noun_like && c.form != Form::Past || c.form == Form::Base)
    };
    let plain = (begin..comma)
        .all(|k| doc.quote_at(k).is_none() && lookup(doc.low(k)).is_none_or(plain_cue));
    (begin < comma && plain && word_count(doc, begin, comma) >= 1).then_some((begin, comma))
}

/// Where the clause ending at `to` opens, at or after `from`: at its last relative word
/// ("the vote, which, she hoped, ..."), else after its last semicolon, colon or dash.
pub(super) fn from_relative_word(doc: &Doc, from: usize, to: usize) -> usize {
    (from..to)
        .rev()
        .find(|&k| RELATIVE_WORDS.contains(&doc.low(k)) || is_clause_break(doc, k))
        .map_or(from, |k| if is_clause_break(doc, k) { k + 1 } else { k })
}

fn is_clause_break(doc: &Doc, k: usize) -> bool {
    matches!(doc.kind(k), Some(Kind::Punct(';' | ':' | '\u{2014}')))
}

pub(super) fn is_tail_start(w: &str) -> bool {
    TAIL_STARTS.contains(&w) || is_weekday(w)
}

/// `said:` or `saying,` closing a sentence, with a quotation opening right after it.
pub(super) fn opens_next_quote(doc: &Doc, s: Sentence) -> bool {
    let last = s.end.saturating_sub(1);
    let mut next = s.end;
    while doc.kind(next) == Some(Kind::Break) {
        next += 1;
    }
    matches!(doc.kind(last), Some(Kind::Punct(':' | ',')))
        && doc.kind(next) == Some(Kind::Quote(Quote::Open))
}
