//! Where a content after its cue stops: at the clause end ("; ", ", but he ..."), before a
//! final attribution or description, before trailing adverbials of when and where it was
//! said, and at the end of a relative or opening subordinate clause.

use super::super::cues::{lookup, Class, Cue, Form};
use super::super::rules::{RuleId, Rules};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::Mention;
use super::super::tokens::{Kind, Quote};
use super::word_count;
use crate::lexicon::{
    is_weekday, ADDRESSEE_WORDS, ADVERBIAL_STARTS, ARTICLES_AND_POSSESSIVES, CLAUSES_AFTER_EVEN,
    CONTENT_CLAUSE_OPENERS, DESCRIPTION_STARTS, DETERMINERS, IRREGULAR_PASTS, MAIN_AUXILIARIES,
    MEDIA, MODAL_PREDICATE_STARTS, MONTHS, NEW_CLAUSE_STARTS, NON_TEMPORAL_SUBORDINATORS,
    NP_SPEECH_VERBS, OBJECT_PRONOUNS, PERSONAL_PRONOUNS, PREDICATE_STARTS,
    SECOND_PREDICATE_AFTER_BUT, SECOND_PREDICATE_AFTER_COMMA, SECOND_PREDICATE_STARTS,
    SPEAKING_OCCASIONS, SPEECH_EVENTS, SUBORDINATE_OPENINGS, TIME_NOUNS, WEEKDAYS,
};

/// One past the last content token of `s`: trailing terminators and breaks left out.
pub(super) fn content_end(doc: &Doc, s: Sentence) -> usize {
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

/// Where the clause that starts at `from` ends: before "; ", a spaced dash, ", but", ", and he",
/// or "and added" — never inside a quotation, nor at a pair of dashes around an aside
/// ([`RuleId::PairedDashes`]).
pub(super) fn clause_end(doc: &Doc, from: usize, end: usize, rules: Rules) -> usize {
    let mut resume = 0;
    for k in from + 1..end {
        if doc.kind(k) == Some(Kind::Quote(Quote::Close)) && doc.low(k + 1) == "but" && k + 1 < end
        {
            return k + 1;
        }
        if doc.quote_at(k).is_some() || k < resume {
            continue;
        }
        if rules.runs(RuleId::PairedDashes) {
            if let Some(close) = closing_dash(doc, k, end) {
                resume = close + 1;
                continue;
            }
        }
        let stop = match doc.kind(k) {
            Some(Kind::Punct(';' | '\u{2014}' | '\u{2015}' | '\u{2013}')) => true,
            Some(Kind::Punct('-')) => is_spaced(doc, k),
            Some(Kind::Punct(',')) => match doc.low(k + 1) {
                // [`RuleId::ListAnd`]: "Santorum, Rubio, and Cruz": the last item of a list.
                "and" if rules.runs(RuleId::ListAnd) && closes_list(doc, from, k) => false,
                "but" | "and" => {
                    NEW_CLAUSE_STARTS.contains(&doc.low(k + 2))
                        || doc.is_capitalized(k + 2)
                        || SECOND_PREDICATE_AFTER_COMMA.contains(&doc.low(k + 2))
                }
                w if PERSONAL_PRONOUNS.contains(&w) && w != "it" && w != "you" => true,
                // "issues of interest to voters, including equal pay": still the content.
                "including" => false,
                // [`RuleId::CommaAdverbialClause`]: "..., leaving that choice to the next
                // president", "..., as the party did in 2012": still the content.
                w if rules.runs(RuleId::CommaAdverbialClause)
                    && (w == "as" || w.len() > 5 && w.ends_with("ing")) =>
                {
                    false
                }
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
            // [`RuleId::ButNotStays`]: "said it would help renters, but not owners": an
            // elided "but not" goes on with what is reported ("but not naming him", a
            // participle, is the writer's again).
            Some(Kind::Word)
                if rules.runs(RuleId::ButNotStays)
                    && doc.low(k) == "but"
                    && doc.low(k + 1) == "not"
                    && !(doc.low(k + 2).len() > 4 && doc.low(k + 2).ends_with("ing")) =>
            {
                false
            }
            Some(Kind::Word) => {
                let next = doc.low(k + 1);
                matches!(doc.low(k), "and" | "but")
                    && (lookup(next).is_some_and(|c| {
                        c.form == Form::Past || c.form == Form::ThirdPerson && !c.lemma.noun_like
                    }) || doc.low(k) == "but" && SECOND_PREDICATE_AFTER_BUT.contains(&next))
            }
            _ => false,
        };
        if stop {
            return k;
        }
    }
    end
}

/// [`RuleId::ListAnd`]: the comma at `k` before "and" and a capitalized word closes a list: a
/// comma (outside quotations) stands in the eight tokens before it, after `from`.
fn closes_list(doc: &Doc, from: usize, k: usize) -> bool {
    doc.is_capitalized(k + 2)
        && (k.saturating_sub(8).max(from)..k)
            .any(|j| doc.is_punct(j, ',') && doc.quote_at(j).is_none())
}

/// [`RuleId::PairedDashes`]: `that troop strength — around 166,000 in April — already lags
/// the target`: a dash at `k` whose aside closes with a second dash within 15 tokens (no
/// quotation, no semicolon between, words after it) is no clause end; the closing dash.
pub(super) fn closing_dash(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    if !is_dash(doc, k) {
        return None;
    }
    let close = (k + 2..end.min(k + 16)).find(|&j| is_dash(doc, j))?;
    let aside = (k + 1..close).all(|j| doc.quote_at(j).is_none() && !doc.is_punct(j, ';'));
    (aside && close + 1 < end).then_some(close)
}

/// A dash: an em, en or horizontal bar dash, or a hyphen with space on both sides.
fn is_dash(doc: &Doc, k: usize) -> bool {
    match doc.kind(k) {
        Some(Kind::Punct('\u{2014}' | '\u{2015}' | '\u{2013}')) => true,
        Some(Kind::Punct('-')) => is_spaced(doc, k),
        _ => false,
    }
}

/// A hyphen with space on both sides is a dash, not part of "U.S.-Russia".
pub(super) fn is_spaced(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    let before = doc.text[..t.start].chars().next_back().is_none_or(char::is_whitespace);
    let after = doc.text[t.end..].chars().next().is_none_or(char::is_whitespace);
    before && after
}

/// `Mr. Lee, who said he would run, later withdrew`: a content inside a relative clause ends
/// at the comma before the main clause's predicate. With [`RuleId::RelativeAsideVerb`] that
/// predicate may also open with a modal, an irregular past (`..., who endorsed Lee, spoke to
/// ...`) or a finite verb of saying (`..., who backs Lee, argues ...`). With
/// [`RuleId::RelativeWithSubject`] also when the relative pronoun is the object and a subject
/// of its own follows it: `The rules, which officials said will start in May, will not apply
/// to children`.
pub(super) fn relative_clause_end(
    doc: &Doc,
    m: Mention,
    from: usize,
    to: usize,
    rules: Rules,
) -> usize {
    let with_subject = rules.runs(RuleId::RelativeWithSubject)
        && m.end > m.start + 1
        && m.end <= m.start + 4
        && (m.start + 1..m.end).all(|k| doc.is_word(k));
    let relative = (m.end == m.start + 1 || with_subject)
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
                && (starts_predicate(doc.low(k + 1))
                    || rules.runs(RuleId::RelativeAsideVerb) && opens_main_verb(doc.low(k + 1)))
        })
        .unwrap_or(to)
}

/// [`RuleId::RelativeAsideVerb`]: a word after the comma closing a relative aside that starts
/// the main clause's predicate besides [`starts_predicate`]: a modal ("may", "must"), an
/// irregular past of [`IRREGULAR_PASTS`] ("spoke", "held") or a finite verb of saying that is
/// no noun ("argues", "insisted").
fn opens_main_verb(w: &str) -> bool {
    MODAL_PREDICATE_STARTS.contains(&w)
        || IRREGULAR_PASTS.contains(&w)
        || lookup(w)
            .is_some_and(|c| matches!(c.form, Form::Past | Form::ThirdPerson) && !c.lemma.noun_like)
}

/// [`RuleId::RestrictiveRelative`]: `Voters who want to ban the toll said ...`, `Donors who
/// praised the plan warned ...`, `Owners who believe the fee is fair, are few`: a content
/// inside a relative clause that follows its noun with no comma ("who" restricts the noun) ends
/// where the main clause's predicate starts: at a comma before a predicate, or, for a content
/// that is no clause of its own (an infinitive, or the object of a verb such as "praised"), at
/// the first auxiliary or finite verb of saying.
pub(super) fn restrictive_relative_end(
    doc: &Doc,
    m: Mention,
    cue: Cue,
    from: usize,
    to: usize,
) -> usize {
    let restrictive = m.end == m.start + 1
        && doc.low(m.start) == "who"
        && m.start > 0
        && doc.is_word(m.start - 1)
        && !PERSONAL_PRONOUNS.contains(&doc.low(m.start - 1));
    if !restrictive || doc.quote_at(from).is_some() {
        return to;
    }
    let object = doc.low(from) == "to"
        || cue.lemma.class == Class::Speech && NP_SPEECH_VERBS.contains(&cue.lemma.lemma);
    let main_verb = |k: usize| is_main_verb(doc, k);
    (from + 1..to)
        .find(|&k| {
            doc.quote_at(k).is_none()
                && (doc.is_punct(k, ',')
                    && k + 1 < to
                    && doc.is_word(k + 1)
                    && !doc.is_capitalized(k + 1)
                    && starts_predicate(doc.low(k + 1))
                    || object && main_verb(k))
        })
        .unwrap_or(to)
}

/// A word that starts a finite predicate: an auxiliary, a frequent adverb or a past form.
pub(super) fn starts_predicate(w: &str) -> bool {
    PREDICATE_STARTS.contains(&w) || w.len() > 4 && w.ends_with("ed")
}

/// `He vowed to fight on, his aides said.`: a content ends before the comma that opens the
/// sentence-final "X said" attributing the whole sentence.
pub(super) fn before_final_attribution(doc: &Doc, from: usize, to: usize) -> usize {
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
pub(super) fn subordinate_clause_end(
    doc: &Doc,
    s: Sentence,
    i: usize,
    from: usize,
    to: usize,
) -> usize {
    let opens_subordinate = NON_TEMPORAL_SUBORDINATORS.contains(&doc.low(s.start));
    if !opens_subordinate || (s.start..i).any(|k| doc.is_punct(k, ',')) {
        return to;
    }
    (from + 2..to).find(|&k| doc.is_punct(k, ',') && doc.quote_at(k).is_none()).unwrap_or(to)
}

/// The end of a noun-phrase or infinitive content: before ", which ..." / ", who ..." (a
/// description of the object, not part of what is attributed) and before "and has ..." / "and
/// he ..." (a second predicate of the cue's subject). Clausal contents ("that ...") keep theirs.
pub(super) fn trim_tail(doc: &Doc, cue: Cue, from: usize, to: usize, rules: Rules) -> usize {
    if doc.quote_at(from).is_some() || is_clausal(doc, cue, from) {
        return to;
    }
    let has_clause = (from + 1..to).any(|k| doc.low(k) == "that" && doc.quote_at(k).is_none());
    let infinitive = rules.runs(RuleId::InfinitiveKeepsTime) && opens_infinitive_verb(doc, from);
    for k in from + 1..to {
        if doc.quote_at(k).is_some() {
            continue;
        }
        if !has_clause && !infinitive && starts_trailing_adverbial(doc, k, rules) {
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

/// [`RuleId::InfinitiveKeepsTime`]: "to" and a lower-case word that opens no noun phrase ("to
/// visit", not "to the crowd", "to her", "to reporters"): an infinitive.
pub(super) fn opens_infinitive_verb(doc: &Doc, from: usize) -> bool {
    let next = doc.low(from + 1);
    doc.low(from) == "to"
        && doc.is_word(from + 1)
        && !doc.is_capitalized(from + 1)
        && !DETERMINERS.contains(&next)
        && !PERSONAL_PRONOUNS.contains(&next)
        && !OBJECT_PRONOUNS.contains(&next)
        && !ADDRESSEE_WORDS.contains(&next)
}

/// `praised Cruz last week`, `criticized him on Twitter`, `defended the plan in a statement
/// on Monday`, `declined to comment when asked`: when, where or how the cue's subject spoke
/// is not part of a noun-phrase content.
pub(super) fn starts_trailing_adverbial(doc: &Doc, k: usize, rules: Rules) -> bool {
    let word = doc.low(k);
    let next = doc.low(k + 1);
    let after_article =
        if ARTICLES_AND_POSSESSIVES.contains(&next) { doc.low(k + 2) } else { next };
    match word {
        // [`RuleId::DuringStays`]: "criticized the handling of the emails during her tenure":
        // when or amid what the object happened, not when it was said.
        "during" | "amid" | "through" => !rules.runs(RuleId::DuringStays),
        "when" | "while" | "yesterday" | "today" | "tonight" => true,
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

/// The most tokens a final occasion of speaking holds ("during a speech in Iowa on Friday").
const MAX_OCCASION: usize = 12;

/// [`RuleId::FinalSpeechOccasion`]: `said the plan would pass, in an interview with CNN on
/// Sunday`, `said Lee was right during a campaign speech in Iowa`, `said ... on Wednesday's
/// broadcast of ...`: a final phrase naming the occasion of speaking (a determiner and, maybe
/// after one word, one of [`SPEAKING_OCCASIONS`]; "on" or "via" and a medium of [`MEDIA`]; a
/// weekday's show) says where it was said, even after a clause, and is no content; a time
/// phrase just before it ("on Wednesday at a rally") goes with it.
pub(super) fn without_final_occasion(doc: &Doc, from: usize, to: usize) -> usize {
    let first = to.saturating_sub(MAX_OCCASION).max(from + 3);
    let Some(k) = (first..to).find(|&k| {
        names_occasion(doc, k, to)
            && (k..to).all(|j| doc.quote_at(j).is_none() && !doc.is_punct(j, ','))
    }) else {
        return to;
    };
    let mut cut = k;
    if cut >= from + 4 && doc.low(cut - 2) == "on" && is_weekday(doc.low(cut - 1)) {
        cut -= 2;
    }
    if doc.is_punct(cut - 1, ',') {
        cut -= 1;
    }
    cut
}

/// A preposition at `k` opening an occasion of speaking: "in an interview", "during a campaign
/// speech", "on Twitter", "via Facebook", "on Wednesday's show".
fn names_occasion(doc: &Doc, k: usize, to: usize) -> bool {
    let next = doc.low(k + 1);
    let weekday_show =
        next.strip_suffix("'s").or_else(|| next.strip_suffix("\u{2019}s")).is_some_and(is_weekday);
    let occasion = |j: usize| j < to && SPEAKING_OCCASIONS.contains(&doc.low(j));
    match doc.low(k) {
        // A named medium ("on Twitter"), not a common noun ("on television ads").
        "on" | "via" => MEDIA.contains(&next) && doc.is_capitalized(k + 1) || weekday_show,
        "in" | "at" | "during" => {
            ARTICLES_AND_POSSESSIVES.contains(&next) && (occasion(k + 2) || occasion(k + 3))
        }
        _ => false,
    }
}

/// A content that is a clause of its own: "that ...", "whether ...", or after a verb of saying
/// that takes one ("said the war would end").
pub(super) fn is_clausal(doc: &Doc, cue: Cue, from: usize) -> bool {
    let opening = doc.low(from);
    CONTENT_CLAUSE_OPENERS.contains(&opening)
        || cue.lemma.class == Class::Speech
            && !NP_SPEECH_VERBS.contains(&cue.lemma.lemma)
            && opening != "to"
}

/// `criticized the Trans-Pacific Partnership, the 12-country trade deal ...`: a last segment
/// opening with ", a / an / the" describes the word before it or sums the content up ("..., a
/// move that ..."); one opening with ", which / who / while / even / compared ..." adds the
/// writer's remark. Neither is part of what is attributed.
pub(super) fn without_final_description(doc: &Doc, from: usize, to: usize, rules: Rules) -> usize {
    let last_comma = (from + 2..to).rev().find(|&k| doc.is_punct(k - 1, ','));
    let Some(k) = last_comma.filter(|&k| doc.quote_at(k).is_none()) else {
        return to;
    };
    // "that after the talks, the leaders might meet": the segment is the main clause.
    let first = if doc.low(from) == "that" { from + 1 } else { from };
    let subordinate = SUBORDINATE_OPENINGS.contains(&doc.low(first));
    // [`RuleId::FinalWhileClause`]: "..., while others disagreed": a contrast inside what is
    // reported, not the writer's remark.
    let contrast = doc.low(k) == "while" && rules.runs(RuleId::FinalWhileClause);
    // [`RuleId::FinalQualifierStays`]: "..., when all the votes are counted", "..., even in a
    // contested convention": a qualification of what is reported.
    let qualifier = rules.runs(RuleId::FinalQualifierStays)
        && match doc.low(k) {
            "when" => true,
            "even" => !CLAUSES_AFTER_EVEN.contains(&doc.low(k + 1)),
            _ => false,
        }
        && !(k..to).any(|j| lookup(doc.low(j)).is_some_and(|c| !c.lemma.noun_like));
    let description = !subordinate
        && !contrast
        && !qualifier
        && DESCRIPTION_STARTS.contains(&doc.low(k))
        && (k..to).all(|j| doc.quote_at(j).is_none())
        && word_count(doc, from, k - 1) >= 2;
    if description {
        k - 1
    } else {
        to
    }
}

/// Whether token `k` can start a main clause's predicate: an auxiliary, or a finite verb of
/// saying ("said", "says") that is not also a noun.
pub(super) fn is_main_verb(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    doc.is_word(k)
        && !doc.is_capitalized(k)
        && (MAIN_AUXILIARIES.contains(&w)
            || lookup(w).is_some_and(|c| {
                c.lemma.class == Class::Speech
                    && matches!(c.form, Form::Past | Form::ThirdPerson)
                    && !c.lemma.noun_like
            }))
}
