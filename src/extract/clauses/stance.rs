//! [`RuleId::StanceAfterSubject`]: `Most senators surveyed support a cap`, `who support Lee`,
//! `voters would back the plan`: a bare stance verb that is usually a noun ("support", "back")
//! is the verb after a plural subject, a relative pronoun or an auxiliary, when an object
//! follows ([`RARE_STANCE_VERBS`]; after a group of people alone, [`RuleId::StanceAfterPeople`]).
//!
//! [`RuleId::StanceAfterSubject`]: super::super::rules::RuleId::StanceAfterSubject
//! [`RuleId::StanceAfterPeople`]: super::super::rules::RuleId::StanceAfterPeople

use super::super::cues::{lookup_any, Cue};
use super::super::sentences::{Doc, Sentence};
use crate::lexicon::{AUXILIARIES, DETERMINERS, NOT_NOUNS, OBJECT_PRONOUNS, RARE_STANCE_VERBS};

/// The cue of a bare stance verb at `i` read as a verb by the word before it.
pub(super) fn stance_after_subject(doc: &Doc, s: Sentence, i: usize) -> Option<Cue> {
    let w = doc.low(i);
    if !RARE_STANCE_VERBS.contains(&w) || i <= s.start {
        return None;
    }
    let prev = doc.low(i - 1);
    let auxiliary = AUXILIARIES.contains(&prev) && prev != "to";
    let relative = matches!(prev, "who" | "those");
    let plural = doc.is_word(i - 1)
        && prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && !prev.ends_with("us")
        && !prev.contains('\'')
        && !NOT_NOUNS.contains(&prev)
        && lookup_any(prev).is_none();
    let next = doc.low(i + 1);
    let object = doc.is_word(i + 1)
        && (doc.is_capitalized(i + 1)
            || DETERMINERS.contains(&next)
            || OBJECT_PRONOUNS.contains(&next)
            || next.ends_with("ing"));
    ((auxiliary || relative || plural) && object).then(|| lookup_any(w)).flatten()
}
