//! [`RuleId::InfinitiveCue`]: `He went on to say that ...`, `Lee refused to endorse the plan`,
//! `Voters were quick to praise her`: a cue in an infinitive after a verb or adjective whose
//! subject is the infinitive's own ([`INFINITIVE_CONTROLLERS`]) has that subject as its source.
//!
//! [`RuleId::InfinitiveCue`]: super::super::rules::RuleId::InfinitiveCue

use super::super::cues::{lookup, lookup_any, Cue, Form};
use super::super::sentences::{Doc, Sentence};
use super::super::sources::{subject_before, Mention};
use crate::lexicon::{DEGREE_WORDS, INFINITIVE_CONTROLLERS};

/// The subject of the clause a cue at `i` is the infinitive of ("to" at `i - 1`, a controller
/// before it), if there is one.
pub(super) fn infinitive_subject(doc: &Doc, s: Sentence, i: usize) -> Option<Mention> {
    let to = i.checked_sub(1).filter(|&k| k > s.start && doc.low(k) == "to")?;
    let mut k = to - 1;
    if !INFINITIVE_CONTROLLERS.contains(&doc.low(k)) || doc.quote_at(k).is_some() {
        return None;
    }
    // "went on to say", "goes on to argue": the verb before "on".
    if doc.low(k) == "on" {
        k = k
            .checked_sub(1)
            .filter(|&v| v > s.start && doc.low(v).starts_with("go") || doc.low(v) == "went")?;
    }
    while k > s.start && (DEGREE_WORDS.contains(&doc.low(k - 1)) || doc.low(k - 1).ends_with("ly"))
    {
        k -= 1;
    }
    subject_before(doc, s.start, k).filter(|m| m.end <= k)
}

/// The cue of a base form listed as rarely a cue ("to support", "to back"), when it is such an
/// infinitive: after "to" and a controller it can only be the verb.
pub(super) fn rare_cue_in_infinitive(doc: &Doc, s: Sentence, i: usize) -> Option<Cue> {
    let cue = lookup_any(doc.low(i)).filter(|c| c.form == Form::Base)?;
    (lookup(doc.low(i)).is_none() && infinitive_subject(doc, s, i).is_some()).then_some(cue)
}
