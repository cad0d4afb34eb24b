//! [`RuleId::NounCueAsVerb`]: `The plan calls for a ban`, `the governor plans to run`, `the
//! memo notes that ...`: a cue form that is also a plural noun ("calls", "plans", "notes") is
//! the verb when a singular noun phrase stands right before it and a complement of the verb
//! follows ("that", an infinitive, or a particle the verb takes), as a plural noun would not
//! agree ("the plan calls" but "the calls for"); likewise a bare form after a plural ("Federal
//! statistics show that ...").
//!
//! [`RuleId::NounCueAsVerb`]: super::super::rules::RuleId::NounCueAsVerb

use super::super::cues::{takes_particle, Cue, Form};
use super::super::sentences::Doc;
use super::super::sources::Mention;
use crate::lexicon::cues::ANY_VERB_PARTICLES;
use crate::lexicon::DETERMINERS;

/// Whether the noun-like cue at `i` is a verb whose subject is `m`: it agrees with `m` as a verb
/// (a form in -s after a singular, a bare form after a plural) and a complement follows.
pub(super) fn is_verb_by_agreement(doc: &Doc, m: Mention, i: usize, cue: Cue) -> bool {
    if m.end != i || m.end - m.start < 2 {
        return false;
    }
    let head = doc.low(m.end - 1);
    let noun = doc.is_word(m.end - 1) && !doc.is_capitalized(m.end - 1) && !head.contains('\'');
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    let agrees = match cue.form {
        Form::ThirdPerson => !plural,
        // "FBI statistics show that ...": a bare form agrees with a plural.
        Form::Base => plural,
        _ => false,
    };
    let determined = DETERMINERS.contains(&doc.low(m.start)) || cue.form == Form::Base;
    noun && agrees && determined && has_complement(doc, i, cue)
}

/// "that", an infinitive, or a particle the verb takes (not "of"/"about", which nouns take too)
/// right after the cue at `i`.
fn has_complement(doc: &Doc, i: usize, cue: Cue) -> bool {
    let next = doc.low(i + 1);
    next == "that"
        || next == "to"
            && doc.is_word(i + 2)
            && !doc.is_capitalized(i + 2)
            && !DETERMINERS.contains(&doc.low(i + 2))
            && !doc.low(i + 2).ends_with("ing")
        || !ANY_VERB_PARTICLES.contains(&next) && takes_particle(cue.lemma.lemma, next)
}
