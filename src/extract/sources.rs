//! Source mentions: the noun phrase that names who is speaking, found next to a cue.
//!
//! Works on tokens with small closed word lists (pronouns, determiners, auxiliaries); a source
//! is a pronoun, a run of capitalised words ("Sen. Ted Cruz"), or a short determiner phrase
//! ("the Kremlin", "Ukrainian officials"), possibly followed by an appositive description.

use super::sentences::Doc;
use super::tokens::{Kind, Quote};
use crate::lexicon::given_names::NAME_PARTICLES;
use crate::lexicon::{
    is_time_word, BETWEEN_SUBJECT_AND_VERB, DETERMINERS, HEAD_PREPOSITIONS, LEADING_CONJUNCTIONS,
    NOT_NAMES, NOT_NOUNS, NUMERAL_DETERMINERS, PARENTHETICAL_ADVERBS, PEOPLE_PRONOUNS,
    PREPOSITIONS, PRONOUNS, REDUCED_RELATIVE_FOLLOWERS, REPORT_PLURAL_OPENERS, SUBORDINATORS,
};

/// A source mention: tokens `[start, end)`, and the appositive description after it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub description: Option<(usize, usize)>,
}

pub fn is_between_word(doc: &Doc, i: usize) -> bool {
    let w = doc.low(i);
    doc.is_word(i)
        && (BETWEEN_SUBJECT_AND_VERB.contains(&w)
            || (w.len() > 4 && w.ends_with("ly") && !doc.is_capitalized(i)))
}

/// The subject of the verb at `cue`, searching left within `[floor, cue)`.
pub fn subject_before(doc: &Doc, floor: usize, cue: usize) -> Option<Mention> {
    let mut i = cue;
    while i > floor && is_between_word(doc, i - 1) {
        i -= 1;
    }
    i = before_parenthetical(doc, floor, i);
    if i == floor {
        return None;
    }
    let last = i - 1;
    if doc.is_punct(last, ',') || doc.is_punct(last, ')') {
        return subject_before_appositive(doc, floor, last);
    }
    // "Joseph R. Biden Jr. said": the suffix's dot closes the name.
    if doc.is_punct(last, '.') && last > floor && matches!(doc.low(last - 1), "jr" | "sr") {
        let (start, _) = noun_phrase_ending_at(doc, floor, last - 1)?;
        return Some(Mention { start, end: last + 1, description: None });
    }
    let (start, end) = noun_phrase_ending_at(doc, floor, last)?;
    // "Wells Fargo this month announced": a time phrase is not the subject.
    if is_time_word(doc.low(last)) && start > floor {
        if let Some(m) = subject_before(doc, floor, start) {
            return Some(m);
        }
    }
    // "Trump at the time said": a phrase after a preposition is not the subject.
    if start > floor + 1 && !doc.is_capitalized(last) && PREPOSITIONS.contains(&doc.low(start - 1))
    {
        if let Some(m) = subject_before(doc, floor, start - 1) {
            return Some(m);
        }
    }
    Some(Mention { start, end, description: None })
}

/// `Critics, however, say`: an adverb between commas right before `i` stands between the
/// subject and its verb; where the subject ends (the first comma), else `i`.
fn before_parenthetical(doc: &Doc, floor: usize, i: usize) -> usize {
    let set_off = i >= floor + 4
        && doc.is_punct(i - 1, ',')
        && doc.is_punct(i - 3, ',')
        && PARENTHETICAL_ADVERBS.contains(&doc.low(i - 2))
        && doc.quote_at(i - 2).is_none();
    if set_off {
        i - 3
    } else {
        i
    }
}

/// `Name, a professor at X, said` / `Name (R-Texas) said` / `Cory James, 22, of Flint, said`:
/// the name before the appositive; one that opens the sentence wins over a nearer one.
fn subject_before_appositive(doc: &Doc, floor: usize, close: usize) -> Option<Mention> {
    let (open_char, limit) = if doc.is_punct(close, ')') { ('(', 12) } else { (',', 30) };
    // `A longtime official, Howard Ingram, said`: the name is the appositive itself.
    if open_char == ',' && close > floor + 1 && doc.is_capitalized(close - 1) {
        if let Some((start, end)) = noun_phrase_ending_at(doc, floor, close - 1) {
            if start > floor && doc.is_punct(start - 1, ',') && end - start <= 4 {
                return Some(Mention { start, end, description: None });
            }
        }
    }
    let mut best: Option<Mention> = None;
    let mut j = close;
    while j > floor && close - j < limit {
        j -= 1;
        if matches!(doc.kind(j), Some(Kind::Quote(_)) | Some(Kind::Punct(';' | ':'))) {
            break;
        }
        if !doc.is_punct(j, open_char) || j == floor {
            continue;
        }
        let Some((start, end)) = noun_phrase_ending_at(doc, floor, j - 1) else { continue };
        let is_name =
            doc.is_capitalized(end - 1) || matches!(doc.low(end - 1), "he" | "she" | "they");
        if !is_name || j <= start {
            continue;
        }
        let description = (j + 1 < close).then_some((j + 1, close));
        let m = Mention { start, end, description };
        if start == floor || doc.kind(start - 1) == Some(Kind::Break) {
            return Some(m);
        }
        best = best.or(Some(m));
        if open_char == '(' {
            break;
        }
    }
    best
}

/// The subject of the clause ending at `before` ("Trump defended it, saying ..."): the nearest
/// name or personal pronoun directly followed by a lower-case word.
pub fn clause_subject(doc: &Doc, floor: usize, before: usize) -> Option<Mention> {
    let mut k = before;
    while k > floor {
        k -= 1;
        if doc.quote_at(k).is_some() {
            continue;
        }
        let w = doc.low(k);
        let personal = PEOPLE_PRONOUNS.contains(&w);
        let name = doc.is_capitalized(k) && !NOT_NAMES.contains(&w) && !PRONOUNS.contains(&w);
        let next = doc.low(k + 1);
        let verb_follows = is_between_word(doc, k + 1)
            || doc.is_word(k + 1)
                && !doc.is_capitalized(k + 1)
                && (next.ends_with("ed") || super::cues::lookup(next).is_some());
        if (personal || name) && verb_follows {
            let (start, end) = noun_phrase_ending_at(doc, floor, k)?;
            return Some(Mention { start, end, description: None });
        }
    }
    sentence_subject(doc, floor, before)
}

/// `A news report published Wednesday said`, `Many speakers at the service — including
/// pastors — said`, `Some voters who heard him, on television or in person, said`: when no
/// short subject stands before the verb at `cue`, the whole noun phrase that opens the clause
/// (after a leading conjunction or an opening adverbial clause) up to the verb.
pub fn clause_opening_subject(doc: &Doc, floor: usize, cue: usize) -> Option<Mention> {
    let mut end = cue;
    while end > floor && is_between_word(doc, end - 1) {
        end -= 1;
    }
    end = before_parenthetical(doc, floor, end);
    while end > floor && is_comma_or_dash(doc, end - 1) {
        end -= 1;
    }
    // A clause opening far before the verb is no subject; not scanning it keeps long sentences
    // linear.
    if end - floor > 2 * MAX_SUBJECT_TOKENS {
        return None;
    }
    let start = main_clause_start(doc, floor, end)?;
    if end <= start + 1 || end - start > MAX_SUBJECT_TOKENS {
        return None;
    }
    let opens_noun_phrase = DETERMINERS.contains(&doc.low(start))
        || doc.is_capitalized(start) && !NOT_NAMES.contains(&doc.low(start))
        || doc.low(start).chars().next().is_some_and(|c| c.is_ascii_digit())
        || is_plural_noun(doc, start);
    let clean = (start..end).all(|k| !is_clause_boundary(doc, k));
    (opens_noun_phrase && clean).then_some(Mention { start, end, description: None })
}

/// "aides", "voters": a lower-case plural that may head a subject on its own.
fn is_plural_noun(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    doc.is_word(k)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !NOT_NOUNS.contains(&w)
        && super::cues::lookup(w).is_none()
}

/// A comma, a dash or a spaced hyphen (not the one of "so-called").
fn is_comma_or_dash(doc: &Doc, k: usize) -> bool {
    let spaced = || {
        let t = doc.tokens[k];
        doc.text[..t.start].ends_with(' ') && doc.text[t.end..].starts_with(' ')
    };
    doc.is_punct(k, ',') || doc.is_punct(k, '\u{2014}') || doc.is_punct(k, '-') && spaced()
}

/// `Trump went after Bush, calling him ...`, `However, he held his fire, calling ...`: the
/// pronoun or name that opens the sentence (after a connective and its comma) before a
/// lower-case word, as the subject of a participle later in it.
pub fn opening_subject(doc: &Doc, floor: usize, before: usize) -> Option<Mention> {
    let mut k = floor;
    if doc.is_punct(k + 1, ',') && matches!(doc.low(k), "however" | "meanwhile" | "still" | "later")
    {
        k += 2;
    }
    let mut end = k;
    if PEOPLE_PRONOUNS.contains(&doc.low(k)) {
        end = k + 1;
    } else {
        while end < before && end - k < 5 && is_name_part(doc, end) {
            end += 1;
        }
        if end == k || NOT_NAMES.contains(&doc.low(k)) {
            return None;
        }
    }
    let verb_follows = end < before && doc.is_word(end) && !doc.is_capitalized(end);
    verb_follows.then_some(Mention { start: k, end, description: None })
}

/// The longest subject [`clause_opening_subject`] accepts, in tokens.
const MAX_SUBJECT_TOKENS: usize = 30;

/// Where the main clause of the sentence from `floor` starts: past a leading conjunction, and
/// past an opening subordinate clause ("Even if she loses, ...") up to its comma.
fn main_clause_start(doc: &Doc, floor: usize, before: usize) -> Option<usize> {
    let mut k = floor;
    while k < before && LEADING_CONJUNCTIONS.contains(&doc.low(k)) {
        k += 1;
    }
    // "Courted by both parties, ...", "Asked about it, ...": a participle opener.
    let w = doc.low(k);
    let participle = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
    if SUBORDINATORS.contains(&w) || participle {
        let comma = (k + 1..before).find(|&j| doc.is_punct(j, ','))?;
        return Some(comma + 1);
    }
    Some(k)
}

/// A token no subject spans: a quotation, a clause break, or a finite verb of saying.
fn is_clause_boundary(doc: &Doc, k: usize) -> bool {
    use super::cues::{lookup, Class, Form};
    matches!(doc.kind(k), Some(Kind::Quote(_)) | Some(Kind::Punct(';' | ':')) | Some(Kind::Break))
        || doc.low(k) == "that"
        || lookup(doc.low(k)).is_some_and(|c| {
            c.lemma.class == Class::Speech
                && matches!(c.form, Form::Past | Form::ThirdPerson)
                && !(c.form == Form::Past && is_reduced_relative(doc, k))
        })
}

/// `a report released on Monday`, `the memo published by the board`: a past participle with
/// no object describes the noun before it.
pub fn is_reduced_relative(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.is_word(k - 1)
        && !doc.is_capitalized(k - 1)
        && !PRONOUNS.contains(&doc.low(k - 1))
        && REDUCED_RELATIVE_FOLLOWERS.contains(&doc.low(k + 1))
}

/// The noun phrase opening the sentence before a verb-like word: "The famously gruff senator
/// spoke ..., showing ...".
fn sentence_subject(doc: &Doc, floor: usize, before: usize) -> Option<Mention> {
    let first = doc.low(floor);
    if !(DETERMINERS.contains(&first) || doc.is_capitalized(floor) && !NOT_NAMES.contains(&first)) {
        return None;
    }
    let mut k = floor + 1;
    while k < before && k - floor < 7 && doc.is_word(k) {
        let w = doc.low(k);
        if is_between_word(doc, k)
            || super::cues::lookup(w).is_some()
            || w.ends_with("ed") && !doc.is_capitalized(k)
        {
            return Some(Mention { start: floor, end: k, description: None });
        }
        k += 1;
    }
    None
}

/// A noun phrase whose last token is `last` and that starts at or after `floor`.
pub fn noun_phrase_ending_at(doc: &Doc, floor: usize, last: usize) -> Option<(usize, usize)> {
    if !doc.is_word(last) {
        return None;
    }
    let w = doc.low(last);
    if PRONOUNS.contains(&w) {
        return Some((last, last + 1));
    }
    if doc.is_capitalized(last) {
        if NOT_NAMES.contains(&w) {
            return None;
        }
        let mut start = last;
        while start > floor && is_name_part(doc, start - 1) {
            start -= 1;
        }
        // "the Kremlin", "the White House"
        if start > floor && DETERMINERS.contains(&doc.low(start - 1)) {
            start -= 1;
        }
        while start < last && NOT_NAMES.contains(&doc.low(start)) && doc.low(start) != "the" {
            start += 1;
        }
        return Some((with_head_before_preposition(doc, floor, start), last + 1));
    }
    if NOT_NOUNS.contains(&w)
        || super::cues::lookup(w).is_some() && !is_plural_noun_after_determiner(doc, last)
        || w.ends_with("ing") && !matches!(w, "polling" | "reporting")
    {
        return None;
    }
    if w.chars().all(|c| c.is_ascii_digit()) {
        // "About four in 10 said": a share of people.
        let start =
            (last.saturating_sub(4).max(floor)..last).rev().take_while(|&k| doc.is_word(k)).last();
        return start.map(|st| (st, last + 1));
    }
    let mut start = last;
    while start > floor && last - start < 6 {
        let p = start - 1;
        let pw = doc.low(p);
        if DETERMINERS.contains(&pw) {
            start = p;
            break;
        }
        let modifier = doc.is_word(p)
            && (doc.is_capitalized(p)
                || !NOT_NOUNS.contains(&pw) && super::cues::lookup(pw).is_none());
        if !modifier {
            break;
        }
        start = p;
    }
    Some((start, last + 1))
}

/// `the reports`, `new filings`: a plural that is also a cue verb's form ("reports") is a noun
/// after a determiner or an adjective.
fn is_plural_noun_after_determiner(doc: &Doc, k: usize) -> bool {
    let plural = super::cues::lookup(doc.low(k))
        .is_some_and(|c| c.lemma.noun_like && c.form == super::cues::Form::ThirdPerson);
    let before = k.checked_sub(1).map_or("", |p| doc.low(p));
    plural
        && k > 0
        && doc.is_word(k - 1)
        && (DETERMINERS.contains(&before) && !NUMERAL_DETERMINERS.contains(&before)
            || REPORT_PLURAL_OPENERS.contains(&before))
}

/// "officials gathered in Washington", "a spokesman for Trump": the phrase the name hangs on.
fn with_head_before_preposition(doc: &Doc, floor: usize, start: usize) -> usize {
    let prep = match start.checked_sub(1) {
        Some(p) if p > floor && HEAD_PREPOSITIONS.contains(&doc.low(p)) => p,
        _ => return start,
    };
    let mut last = prep - 1;
    if doc.low(last).ends_with("ed") && last > floor && !doc.is_capitalized(last) {
        last -= 1;
    }
    let head = doc.low(last);
    let noun = doc.is_word(last)
        && !doc.is_capitalized(last)
        && !NOT_NOUNS.contains(&head)
        && !PRONOUNS.contains(&head)
        && super::cues::lookup(head).is_none();
    if !noun {
        return start;
    }
    noun_phrase_ending_at(doc, floor, last).map_or(start, |(s, _)| s)
}

fn is_name_part(doc: &Doc, i: usize) -> bool {
    if doc.is_capitalized(i) {
        return !NOT_NAMES.contains(&doc.low(i));
    }
    // "Mr." "Sen." — the dot of an abbreviation directly after a capitalised word
    if doc.is_punct(i, '.') && i > 0 && doc.is_capitalized(i - 1) {
        return doc.tokens[i - 1].end == doc.tokens[i].start && doc.word(i - 1).len() <= 4;
    }
    NAME_PARTICLES.contains(&doc.low(i)) && i > 0 && doc.is_capitalized(i - 1)
}

/// A noun phrase starting at `i` (after an inverted cue, "said Sen. Ted Cruz"), ending before
/// `limit`; an appositive after a comma becomes its description.
/// "former Pennsylvania governor Ed Rendell", "Sen. Ted Cruz": modifiers ending in a name;
/// returns one past the name.
fn titled_name_end(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if NOT_NAMES.contains(&doc.low(i)) && doc.is_capitalized(i) {
        return None;
    }
    let (mut k, mut last_name) = (i, None);
    while k < limit && k - i < 10 {
        if doc.is_word(k) {
            let lw = doc.low(k);
            let capitalized = doc.is_capitalized(k);
            if !capitalized
                && (NOT_NOUNS.contains(&lw) && lw != "of" || super::cues::lookup(lw).is_some())
            {
                break;
            }
            if capitalized {
                last_name = Some(k);
            }
        } else if !(doc.is_punct(k, '.')
            && k > i
            && doc.is_capitalized(k - 1)
            && doc.tokens[k - 1].end == doc.tokens[k].start)
        {
            break;
        }
        k += 1;
    }
    let end = last_name? + 1;
    // The name must close the phrase: "Ed Rendell, who ..." / "Ed Rendell." / "Ed Rendell said".
    (end == k || doc.is_punct(end, '.')).then_some(end)
}

pub fn noun_phrase_after(doc: &Doc, i: usize, limit: usize) -> Option<Mention> {
    if i >= limit || !doc.is_word(i) {
        return None;
    }
    let w = doc.low(i);
    if PRONOUNS.contains(&w) && !matches!(w, "that" | "which" | "who" | "this" | "it") {
        return Some(Mention { start: i, end: i + 1, description: None });
    }
    let mut end = i;
    if DETERMINERS.contains(&w) {
        end += 1;
        while end < limit && doc.is_word(end) && !NOT_NOUNS.contains(&doc.low(end)) && end - i < 6 {
            end += 1;
        }
    } else {
        end = titled_name_end(doc, i, limit)?;
    }
    if end == i || super::cues::lookup(doc.low(end - 1)).is_some() && end - i == 1 {
        return None;
    }
    let mut description = None;
    if doc.is_punct(end, ',') {
        let mut k = end + 1;
        while k < limit
            && !matches!(
                doc.kind(k),
                Some(Kind::Punct(',' | '.' | ';' | ':')) | Some(Kind::Quote(Quote::Open))
            )
        {
            k += 1;
        }
        if k > end + 1 && k - end < 45 && DETERMINERS.contains(&doc.low(end + 1)) {
            description = Some((end + 1, k));
        }
    }
    Some(Mention { start: i, end, description })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, cue_word: &str) -> Option<String> {
        let doc = Doc::new(text, &[]);
        let cue = (0..doc.tokens.len()).find(|&i| doc.word(i) == cue_word)?;
        let m = subject_before(&doc, 0, cue)?;
        Some(doc.span(m.start, m.end).slice(text).to_string())
    }

    #[test]
    fn finds_names_pronouns_and_phrases() {
        assert_eq!(
            subject("Sen. Ted Cruz has also said it.", "said").as_deref(),
            Some("Sen. Ted Cruz")
        );
        assert_eq!(subject("Then she cautioned us.", "cautioned").as_deref(), Some("she"));
        assert_eq!(
            subject("Ukrainian officials said no.", "said").as_deref(),
            Some("Ukrainian officials")
        );
        assert_eq!(subject("Later the Kremlin said no.", "said").as_deref(), Some("the Kremlin"));
    }

    #[test]
    fn a_name_may_end_in_jr() {
        assert_eq!(
            subject("Martin Luther King Jr. said it.", "said").as_deref(),
            Some("Martin Luther King Jr.")
        );
    }

    #[test]
    fn skips_an_appositive_to_the_name() {
        let text = "Sergey Radchenko, a historian at Johns Hopkins, said it.";
        assert_eq!(subject(text, "said").as_deref(), Some("Sergey Radchenko"));
    }
}
