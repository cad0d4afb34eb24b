//! The verb cue site: a verb of saying, thinking or stance, its source (before it, after an
//! inverted cue, or borrowed from the clause it continues) and its content (after it, or the
//! sentence part before "..., X said"), and the vetoes that make a verb no cue here.

use super::super::candidate::{Candidate, Side};
use super::super::cues::{self, lookup, takes_particle, Class, Cue, Form};
use super::super::rules::{RuleId, Rules};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::{
    clause_opening_subject, clause_subject, is_reduced_relative, noun_phrase_after,
    opening_subject, subject_before, Mention,
};
use super::super::tokens::{Kind, Quote};
use super::content_before::{
    around_middle_cue, before_content, follows_whole_quote, is_sentence_final_cue,
    one_word_opening, opening_before_middle_cue, opens_next_quote, rest_after_middle_cue,
};
use super::content_ends::{
    before_final_attribution, clause_end, opens_infinitive_verb, relative_clause_end,
    restrictive_relative_end, starts_predicate, subordinate_clause_end, trim_tail,
    without_final_description, without_final_occasion,
};
use super::content_start::{
    content_start, past_attitude_noun, past_lead_in_to_quote, past_lead_in_to_quoted_sentence,
};
use super::infinitives::{infinitive_subject, rare_cue_in_infinitive};
use super::noun_like::is_verb_by_agreement;
use super::openers::source_phrase_at;
use super::participles::{
    before_main_predicate, noun_before_participle, rare_participle_after_noun,
};
use super::stance::stance_after_subject;
use super::subjects::{
    agrees_with_base_form, be_position, continues_subjects_action, follows_be, inverted_source,
    is_clear_subject, is_plural_people, precedes_content, with_leading_modifiers,
};
use super::vetoes::may_be_cue;
use super::vetoes::{names_a_thing, names_whom_it_seems_to};
use super::word_count;
use super::{Finder, Scope, Site};
use crate::lexicon::cues::TOPIC_PARTICLES;
use crate::lexicon::{
    is_weekday, AUXILIARIES, CONTENT_CLAUSE_OPENERS, DETERMINERS, FINITE_BE_HAVE,
    MODAL_PREDICATE_STARTS, NOT_NOUNS_BEFORE_THAT, NO_OBJECT_STARTS, OBJECT_PRONOUNS,
    PERSONAL_PRONOUNS, QUESTION_WORDS, RELATIVE_HEAD_OPENERS, SHARES_OF_PEOPLE, STANCE_HOLDERS,
    SUBJECT_QUANTIFIERS, TIME_PLACE_PREPOSITIONS,
};

/// A verb cue at a token: [`RuleId::SpeechVerb`], [`RuleId::MindVerb`], [`RuleId::StanceVerb`]
/// or [`RuleId::Participle`] by the verb, with [`RuleId::AskedAbout`],
/// [`RuleId::SaidNameThenQuote`] and [`RuleId::StanceAfterPeople`] for their own patterns.
pub(super) struct VerbCue;

impl Finder for VerbCue {
    fn scope(&self) -> Scope {
        Scope::Token
    }
    fn find(&self, site: Site, earlier: &[Candidate]) -> Option<Candidate> {
        let Site { doc, n, s, end, at: i, rules } = site;
        if earlier.iter().any(|c| c.rule == RuleId::DescribedAsRelative && c.cue.0 == i) {
            return None;
        }
        let listed = lookup(doc.low(i))
            .or_else(|| rules.runs(RuleId::TalkAbout).then(|| talk_about(doc, i, end)).flatten())
            .or_else(|| {
                rules
                    .runs(RuleId::InfinitiveCue)
                    .then(|| rare_cue_in_infinitive(doc, s, i))
                    .flatten()
            })
            .or_else(|| {
                rules
                    .runs(RuleId::NounParticiple)
                    .then(|| rare_participle_after_noun(doc, s, i))
                    .flatten()
            });
        let after_people = listed.is_none().then(|| stance_after_people(doc, s, i)).flatten();
        let after_subject =
            (listed.is_none() && after_people.is_none() && rules.runs(RuleId::StanceAfterSubject))
                .then(|| stance_after_subject(doc, s, i))
                .flatten();
        let cue = listed.or(after_people).or(after_subject)?;
        if !may_be_cue(doc, s, i) {
            return None;
        }
        verb_cue(doc, n, s, end, i, cue, earlier, rules).map(|c| Candidate {
            rule: match (listed, after_people) {
                (None, Some(_)) => RuleId::StanceAfterPeople,
                (None, None) => RuleId::StanceAfterSubject,
                _ => c.rule,
            },
            ..c
        })
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn verb_cue(
    doc: &Doc,
    n: usize,
    s: Sentence,
    end: usize,
    i: usize,
    cue: Cue,
    earlier: &[Candidate],
    rules: Rules,
) -> Option<Candidate> {
    let prev = i.checked_sub(1).filter(|&p| p >= s.start);
    let prev_low = prev.map_or("", |p| doc.low(p));
    // "Several said", "Most believe": a quantifier standing alone is the subject.
    let quantifier_subject = SUBJECT_QUANTIFIERS.contains(&prev_low)
        && !cue.lemma.noun_like
        && matches!(cue.form, Form::Base | Form::Past | Form::ThirdPerson);
    let infinitive = (prev_low == "to" && rules.runs(RuleId::InfinitiveCue))
        .then(|| infinitive_subject(doc, s, i))
        .flatten();
    if prev_low == "to" && infinitive.is_none()
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
    let after_comma = prev
        .is_some_and(|p| matches!(doc.kind(p), Some(Kind::Punct(',' | '\u{2014}'))))
        || cue.form == Form::Ing
            && rules.runs(RuleId::ParticipleAfterQuote)
            && prev.is_some_and(|p| p > s.start && closes_quote_after_comma(doc, p));
    let mut borrowed = false;
    let mut with_participle = false;
    let mut after_noun = false;
    let mut side = Side::After;
    let mut source = if passive {
        None
    } else if infinitive.is_some() {
        infinitive
    } else if cue.form == Form::Ing {
        let absolute =
            rules.runs(RuleId::WithParticiple).then(|| with_subject(doc, s.start, i)).flatten();
        let linked = absolute.is_none()
            && (after_comma || continues_subjects_action(doc, s.start, i, prev_low));
        let reduced = (!linked && absolute.is_none() && !follows_be(doc, s.start, i))
            .then(|| rules.runs(RuleId::NounParticiple).then(|| noun_before_participle(doc, s, i)))
            .flatten()
            .flatten();
        if !linked && absolute.is_none() && reduced.is_none() && !follows_be(doc, s.start, i) {
            return None;
        }
        borrowed = linked;
        with_participle = absolute.is_some();
        after_noun = reduced.is_some();
        if absolute.is_some() {
            absolute
        } else if reduced.is_some() {
            reduced
        } else if linked {
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
    let after_adverbs = (!particle && rules.runs(RuleId::AdverbBeforeParticle))
        .then(|| particle_after_adverbs(doc, i, end, cue))
        .flatten();
    if cue.lemma.needs_particle && !particle && after_adverbs.is_none() {
        return None;
    }
    let cue_end = if particle { i + 2 } else { i + 1 };
    let mut after = after_adverbs.map_or(cue_end, |p| p + 1);
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
    let mut as_verb = false;
    if cue.lemma.noun_like
        && infinitive.is_none()
        && matches!(cue.form, Form::Base | Form::ThirdPerson)
        && !source.is_some_and(|m| {
            is_clear_subject(doc, m)
                || cue.form == Form::Base
                    && rules.runs(RuleId::StanceAfterSubject)
                    && stance_after_subject(doc, s, i).is_some()
                || cue.form == Form::Base
                    && (is_plural_people(doc, m, i)
                        || lookup(doc.low(i)).is_none() && is_share_of_people(doc.low(m.end - 1)))
        })
    {
        as_verb = rules.runs(RuleId::NounCueAsVerb)
            && source.is_some_and(|m| is_verb_by_agreement(doc, m, i, cue));
        if !as_verb {
            return None;
        }
    }
    let colon_ends = doc.is_punct(s.end.saturating_sub(1), ':');
    if side == Side::After && !borrowed && !colon_ends {
        if let Some(m) = source {
            let m = with_leading_modifiers(doc, s.start, m);
            // "..., but she did not say why.": the question after the cue is its content.
            let asks_after = rules.runs(RuleId::IndirectQuestion)
                && prev.is_some_and(|p| is_negation(doc.low(p)))
                && QUESTION_WORDS.contains(&doc.low(after));
            if !asks_after
                && (follows_whole_quote(doc, s, m.start)
                    || is_sentence_final_cue(doc, s, m, after, end, cue))
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
            let mut parts: Vec<_> = before_content(doc, s, to, rules).into_iter().collect();
            let quoted_before =
                parts.iter().any(|&(a, b)| (a..b).any(|k| doc.quote_at(k).is_some()));
            if let Some(rest) = rest_after_middle_cue(doc, after, end).filter(|_| !quoted_before) {
                if parts.is_empty() && rules.runs(RuleId::OneWordOpening) {
                    parts.extend(one_word_opening(doc, s, to));
                }
                parts.push(rest);
            } else if let Some(around) = around_middle_cue(doc, s, to, after, end) {
                parts = around;
            }
            parts
        }
        Side::After => {
            let from = content_start(doc, after, end, cue, rules);
            let end = match doc.quote_at(i) {
                Some(q) => end.min(q.close.unwrap_or(q.end)),
                None => end,
            };
            let end = clause_end(doc, from, end, rules);
            let to = (from..end)
                .find(|&k| {
                    k > from && doc.is_punct(k - 1, ',') && source_phrase_at(doc, k).is_some()
                })
                .map_or(end, |k| k - 1);
            let to = before_final_attribution(doc, from, to);
            let to = subordinate_clause_end(doc, s, i, from, to);
            let to = trim_tail(doc, cue, from, to, rules);
            // [`RuleId::InfinitiveKeepsTime`]: "plans to speak at a rally in Iowa": the
            // occasion of the planned act, not of the saying.
            let keeps_occasion =
                rules.runs(RuleId::InfinitiveKeepsTime) && opens_infinitive_verb(doc, from);
            let to = if rules.runs(RuleId::FinalSpeechOccasion) && !keeps_occasion {
                without_final_occasion(doc, from, to)
            } else {
                to
            };
            let to = source.map_or(to, |m| relative_clause_end(doc, m, from, to, rules));
            let to = match source {
                Some(m) if rules.runs(RuleId::RestrictiveRelative) => {
                    restrictive_relative_end(doc, m, cue, from, to)
                }
                _ => to,
            };
            let to = without_final_description(doc, from, to, rules);
            let to = match source {
                Some(m) if after_noun => before_main_predicate(doc, s, m, from, to),
                _ => to,
            };
            let from = past_lead_in_to_quote(doc, from, to);
            let from = if rules.runs(RuleId::LeadInBeforeQuote) {
                past_lead_in_to_quoted_sentence(doc, from, to)
            } else {
                from
            };
            if from < to {
                vec![(from, to)]
            } else {
                vec![]
            }
        }
    };
    // "with Cruz calling Trump his friend, meeting ...", "with each questioning the other and
    // Sanders pressing ...": an absolute phrase ends at its comma or at "and" and a new subject.
    if with_participle {
        if let Some(part) = parts.last_mut() {
            let (a, b) = *part;
            part.1 = (a + 1..b)
                .find(|&k| {
                    doc.quote_at(k).is_none()
                        && (doc.is_punct(k, ',')
                            || doc.low(k) == "and"
                                && (doc.is_capitalized(k + 1)
                                    || DETERMINERS.contains(&doc.low(k + 1))))
                })
                .unwrap_or(b);
        }
    }
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
    // `She was asked whether ...`, `He was asked about the loan`: the question is the content,
    // its asker unnamed.
    let asked = passive
        && rules.runs(RuleId::AskedPassive)
        && cue.lemma.lemma == "ask"
        && (particle && doc.low(i + 1) == "about" || CONTENT_CLAUSE_OPENERS.contains(&opening));
    if passive && !asked && (!matches!(opening, "that" | "to") || cue.lemma.lemma == "compare") {
        return None;
    }
    if cue.lemma.lemma == "conclude" && side == Side::After && opening != "that" {
        return None;
    }
    // `would not say when ...`, `did not explain why.`: an indirect question after a negated
    // verb of saying is what was not said.
    let withheld_question = side == Side::After
        && rules.runs(RuleId::IndirectQuestion)
        && cue.lemma.class == Class::Speech
        && cue.form == Form::Base
        && QUESTION_WORDS.contains(&opening)
        && parts.first().is_some_and(|&(a, _)| a == cue_end)
        && prev.is_some_and(|p| is_negation(doc.low(p)));
    // "which he criticized in the Oval Office", "a move widely viewed as ...": no object.
    if side == Side::After
        && !passive
        && !withheld_question
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
    // "called Trump", "asked Lee", "told Lee": a call or whom it addressed, not a content.
    let name_object = side == Side::After
        && rules.runs(RuleId::NameObject)
        && !cue.lemma.addressee
        && !matches!(cue.lemma.lemma, "call" | "ask")
        && parts.first().is_some_and(|&(a, b)| is_name_object(doc, a, b));
    let needed =
        if side == Side::Before || quoted || name_object || withheld_question { 1 } else { 2 };
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
    // "A comic tone, he said, would make ...": the clause's opening before the source.
    let opening = source
        .filter(|_| side == Side::After && !borrowed && !inverted && !raising)
        .zip(parts.first())
        .and_then(|(m, &(from, _))| opening_before_middle_cue(doc, s, m, i, after, from, rules))
        .filter(|&(a, b)| {
            !(rules.runs(RuleId::OpeningBeforeQuote)
                && opens_quoted_sentence(doc, parts[0].0)
                && word_count(doc, a, b) >= 3)
        });
    let opening = opening.or_else(|| {
        source
            .filter(|_| side == Side::After && !borrowed && !inverted && !raising)
            .filter(|_| rules.runs(RuleId::RelativeThat))
            .zip(parts.first())
            .and_then(|(m, &(from, _))| relative_that(doc, s, m, i, after, from))
    });
    let opening = opening.or_else(|| {
        source
            .filter(|_| side == Side::After && !borrowed && !inverted && !raising)
            .filter(|_| rules.runs(RuleId::RelativeWithSubject))
            .zip(parts.first())
            .and_then(|(m, &(from, _))| relative_which(doc, s, m, i, after, from))
    });
    let opening = opening.or_else(|| {
        source
            .filter(|_| side == Side::After && !borrowed && !inverted && !raising)
            .filter(|_| rules.runs(RuleId::ZeroRelative))
            .zip(parts.first())
            .and_then(|(m, &(from, _))| zero_relative(doc, s, m, i, after, from))
    });
    if let Some(first) = opening {
        parts.insert(0, first);
    }
    // "expressed support for": the noun of attitude and its preposition are part of the cue.
    let cue_end = match parts.last() {
        Some(&(from, _)) if side == Side::After && rules.runs(RuleId::AttitudeNoun) => {
            past_attitude_noun(doc, after, end, cue).filter(|&f| f == from).unwrap_or(cue_end)
        }
        _ => cue_end,
    };
    Some(Candidate {
        sentence: n,
        cue: (i, cue_end),
        class: cue.lemma.class,
        source,
        parts,
        side,
        borrowed_source: borrowed,
        phrase: false,
        speaker_hint: hint,
        rule: if asked {
            RuleId::AskedPassive
        } else if after_noun {
            RuleId::NounParticiple
        } else if infinitive.is_some() {
            RuleId::InfinitiveCue
        } else if as_verb {
            RuleId::NounCueAsVerb
        } else {
            verb_rule(cue)
        },
    })
}

/// [`RuleId::AdverbBeforeParticle`]: `spoke glowingly about the plan`, `commented extensively
/// on the ruling`: one or two adverbs in -ly between a cue and a particle it takes; the
/// particle's position (the content starts after it, as after "spoke about"), when two words
/// or more follow it.
pub(super) fn particle_after_adverbs(doc: &Doc, i: usize, end: usize, cue: Cue) -> Option<usize> {
    let is_adverb = |k: usize| {
        let w = doc.low(k);
        doc.is_word(k) && !doc.is_capitalized(k) && w.len() > 4 && w.ends_with("ly")
    };
    let mut k = i + 1;
    while k < end.min(i + 3) && is_adverb(k) {
        k += 1;
    }
    let object = word_count(doc, k + 1, end) >= 2;
    (k > i + 1 && object && takes_particle(cue.lemma.lemma, doc.low(k))).then_some(k)
}

/// [`RuleId::OpeningBeforeQuote`]: `After reciting the passage, Beck said, “Man, it couldn't be
/// clearer.”`: a quotation opening with a capital after the cue is a sentence of its own, so
/// an opening of three words or more before the source is the writer's adverbial, not the
/// opening of the content (unlike `The problem, he said, “is that ...”`, where the quotation
/// goes on with the clause, and connectives such as "But" or "Of course", which gold keeps).
pub(super) fn opens_quoted_sentence(doc: &Doc, from: usize) -> bool {
    doc.kind(from) == Some(Kind::Quote(Quote::Open)) && doc.is_capitalized(from + 1)
}

/// [`RuleId::RelativeThat`]: `a finish that he said defied expectations`, `a deadline that
/// insiders said went unnoticed`: "that" after a noun, right before the source, is the
/// relative pronoun and subject the content's clause opens with (as "which" and "what" are),
/// when a predicate follows the cue directly (not "the plan that he proposed", its object). After a verb, an adjective or "so"/"now" it is a
/// complementiser ("clear that he said ...") and opens no content of this cue.
pub(super) fn relative_that(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    i: usize,
    after: usize,
    from: usize,
) -> Option<(usize, usize)> {
    let that = m.start.checked_sub(1).filter(|&k| k > s.start)?;
    if doc.low(that) != "that" || from != after || doc.quote_at(that).is_some() {
        return None;
    }
    let noun = doc.low(that - 1);
    let after_noun = doc.is_word(that - 1)
        && lookup(noun).is_none_or(|c| c.lemma.noun_like)
        && !noun.ends_with("ly")
        && !DETERMINERS.contains(&noun)
        && !NOT_NOUNS_BEFORE_THAT.contains(&noun);
    // "that" is the subject of the content: a predicate follows the cue ("said defied").
    (after_noun && predicate_follows_plain_cue(doc, m, i, from)).then_some((that, that + 1))
}

/// Plain words from the source's end to the cue `i`, and a predicate right after the cue
/// (`from`): the clause the cue interrupts has its subject before the source.
fn predicate_follows_plain_cue(doc: &Doc, m: Mention, i: usize, from: usize) -> bool {
    (m.end..i).all(|k| doc.is_word(k))
        && (starts_predicate(doc.low(from)) || MODAL_PREDICATE_STARTS.contains(&doc.low(from)))
}

/// [`RuleId::RelativeWithSubject`]: `the rules, which officials said will start in May`: "which"
/// after a comma, right before the source or opening it, is the subject the content's clause
/// opens with when a predicate follows the cue directly (as "that" is in [`relative_that`]).
pub(super) fn relative_which(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    i: usize,
    after: usize,
    from: usize,
) -> Option<(usize, usize)> {
    let opens = m.end > m.start + 1 && doc.low(m.start) == "which";
    let which = if opens { m.start } else { m.start.checked_sub(1)? };
    if which <= s.start {
        return None;
    }
    if doc.low(which) != "which" || from != after || !doc.is_punct(which - 1, ',') {
        return None;
    }
    predicate_follows_plain_cue(doc, m, i, from).then_some((which, which + 1))
}

/// [`RuleId::ParticipleAfterQuote`]: token `k` closes a quotation whose last token is a comma
/// (`“... the party,”`), as a bare comma would end the clause before a participle.
pub(super) fn closes_quote_after_comma(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.kind(k) == Some(Kind::Quote(Quote::Close)) && doc.is_punct(k - 1, ',')
}

/// [`RuleId::ZeroRelative`]: `a decision they say allowed terrorism to spread`, `a step aides
/// hope could unify the party`: a relative clause with no relative word. When a predicate
/// follows the cue directly and a short noun phrase (opened by one of
/// [`RELATIVE_HEAD_OPENERS`], plain words after it, not after a preposition of time or place)
/// stands right before the source, that phrase is the subject the content opens with, as
/// "that" is in [`relative_that`].
pub(super) fn zero_relative(
    doc: &Doc,
    s: Sentence,
    m: Mention,
    i: usize,
    after: usize,
    from: usize,
) -> Option<(usize, usize)> {
    if from != after || doc.quote_at(from).is_some() || m.start <= s.start + 1 {
        return None;
    }
    let first = doc.low(from);
    let predicate = starts_predicate(first) || MODAL_PREDICATE_STARTS.contains(&first);
    let last = m.start - 1;
    if !predicate || !(m.end..i).all(|k| doc.is_word(k)) || !doc.is_word(last) {
        return None;
    }
    let plain = |k: usize| {
        let w = doc.low(k);
        doc.is_word(k)
            && doc.quote_at(k).is_none()
            && lookup(w).is_none_or(|c| c.lemma.noun_like)
            && !PERSONAL_PRONOUNS.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !TIME_PLACE_PREPOSITIONS.contains(&w)
            && !w.ends_with("ly")
            && !(FINITE_BE_HAVE.contains(&w)
                || matches!(
                    w,
                    "that" | "and" | "or" | "but" | "of" | "for" | "with" | "by" | "from"
                ))
    };
    let head = (last.saturating_sub(4).max(s.start)..=last)
        .rev()
        .find(|&k| RELATIVE_HEAD_OPENERS.contains(&doc.low(k)))?;
    let alone = matches!(doc.low(head), "something" | "anything");
    let phrase = (head + 1..=last).all(plain) && (head < last || alone);
    let after_preposition = head > s.start && TIME_PLACE_PREPOSITIONS.contains(&doc.low(head - 1));
    (phrase && !after_preposition).then_some((head, m.start))
}

/// [`RuleId::TalkAbout`]: `spoke about the plan`, `has spoken out against it`, `talking
/// candidly about jobs`: a form of a verb of talking (lexicon flag `t`) that is rarely a cue
/// on its own, when the particle of its topic ([`TOPIC_PARTICLES`]; "out" only before another
/// particle) follows, after at most two adverbs in -ly.
pub(super) fn talk_about(doc: &Doc, i: usize, end: usize) -> Option<Cue> {
    let cue = cues::lookup_any(doc.low(i)).filter(|c| c.lemma.topic)?;
    let adverb = |k: usize| doc.is_word(k) && doc.low(k).len() > 4 && doc.low(k).ends_with("ly");
    let mut k = i + 1;
    while k < end.min(i + 3) && adverb(k) {
        k += 1;
    }
    // "spoke out against the toll", not "spoke out Thursday at the convention".
    let topic = match doc.low(k) {
        "out" => matches!(doc.low(k + 1), "about" | "against" | "on" | "for"),
        w => TOPIC_PARTICLES.contains(&w),
    };
    (k + 1 < end && topic).then_some(cue)
}

/// [`RuleId::WithParticiple`]: `with Cruz calling Trump his friend`, `with most polls showing a
/// tie`: a plain noun phrase between "with" and a participle cue at `i` is its subject (the
/// participle is no continuation of the sentence's subject).
pub(super) fn with_subject(doc: &Doc, floor: usize, i: usize) -> Option<Mention> {
    let m = subject_before(doc, floor, i)?;
    let plain = (m.start..i).all(|k| doc.is_word(k) || doc.is_punct(k, '.'));
    (m.description.is_none() && m.start > floor && doc.low(m.start - 1) == "with" && plain)
        .then_some(m)
}

/// [`RuleId::NameObject`]: `The mayor endorsed Lee.`, `she criticized him on Monday`: a content
/// of one word right after the cue that is a name (capitalised, not a pronoun) or an object
/// pronoun ([`OBJECT_PRONOUNS`]) is what the verb is about, a whole content.
pub(super) fn is_name_object(doc: &Doc, a: usize, b: usize) -> bool {
    let Some(k) = (a..b).find(|&k| doc.is_word(k)) else { return false };
    let name =
        doc.is_capitalized(k) && !PERSONAL_PRONOUNS.contains(&doc.low(k)) && doc.low(k) != "i";
    word_count(doc, a, b) == 1
        && doc.quote_at(k).is_none()
        && (name || OBJECT_PRONOUNS.contains(&doc.low(k)))
}

/// The rule a verb cue's attribution belongs to: participles apart, else by the verb's class.
pub(super) fn verb_rule(cue: Cue) -> RuleId {
    match (cue.form, cue.lemma.class) {
        (Form::Ing, _) => RuleId::Participle,
        (_, Class::Speech) => RuleId::SpeechVerb,
        (_, Class::Mind) => RuleId::MindVerb,
        (_, Class::Stance) => RuleId::StanceVerb,
    }
}

/// `Two-thirds support a ban`, `I support him`: bare stance verbs that are usually nouns
/// ("support", "favor") are cues right after people or a share of them.
pub(super) fn stance_after_people(doc: &Doc, s: Sentence, i: usize) -> Option<Cue> {
    let w = doc.low(i);
    if !matches!(w, "support" | "favor" | "endorse") {
        return None;
    }
    let prev = doc.low(i.checked_sub(1).filter(|&p| p >= s.start)?);
    let people = STANCE_HOLDERS.contains(&prev)
        || is_share_of_people(prev)
        || prev.ends_with("ers") && !doc.is_capitalized(i - 1);
    people.then(|| cues::lookup_any(w)).flatten()
}

/// "two-thirds", "a majority", "40%", "most": a share of people standing for them.
pub(super) fn is_share_of_people(w: &str) -> bool {
    SHARES_OF_PEOPLE.contains(&w)
        || w.ends_with('%')
        || w.ends_with("thirds")
        || w.ends_with("quarters")
}

/// `Asked whether he would fire a speechwriter, Priebus said ...`: the question is the content;
/// its source is the asker when named ("asked by Ingraham"), else none.
pub(super) fn asked_about(
    doc: &Doc,
    n: usize,
    s: Sentence,
    end: usize,
    i: usize,
    cue: Cue,
) -> Option<Candidate> {
    let from = (i + 1..end.min(i + 10)).find(|&k| {
        matches!(
            doc.low(k),
            "if" | "whether" | "about" | "why" | "what" | "how" | "who" | "where" | "to"
        )
    })?;
    let to =
        (from..end).find(|&k| doc.is_punct(k, ',') && doc.quote_at(k).is_none()).unwrap_or(end);
    let source = (doc.low(i + 1) == "by").then(|| noun_phrase_after(doc, i + 2, to)).flatten();
    // "Asked about his paid speeches, ...": "about" is the cue's particle, the topic the
    // content (a question word, "if" or "to" opens the content itself).
    let (cue_end, from) = if doc.low(from) == "about" && from == i + 1 {
        (from + 1, from + 1)
    } else {
        (i + 1, from)
    };
    let needed = if cue_end > i + 1 { 1 } else { 2 };
    (word_count(doc, from, to) >= needed && s.end > to).then_some(Candidate {
        sentence: n,
        cue: (i, cue_end),
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
pub(super) fn said_name_then_quote(
    doc: &Doc,
    n: usize,
    end: usize,
    i: usize,
    cue: Cue,
) -> Option<Candidate> {
    let m = noun_phrase_after(doc, i + 1, end)?;
    let open = (m.end..end).find(|&k| doc.kind(k) == Some(Kind::Quote(Quote::Open)))?;
    Some(Candidate {
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

/// A past or present-tense cue verb that is no noun ("said", "says"; not "calls", "plans").
pub(super) fn is_finite_verb(cue: Cue) -> bool {
    cue.form == Form::Past || cue.form == Form::ThirdPerson && !cue.lemma.noun_like
}

/// "not", "never" or a contracted "n't" ("didn't", "won’t").
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
}
