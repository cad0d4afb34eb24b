//! [`RuleId::NounCueAsVerb`]: `The plan calls for a ban`, `the governor plans to run`, `the
//! memo notes that ...`: a cue form that is also a plural noun ("calls", "plans", "notes") is
//! the verb when a singular noun phrase stands right before it and a complement of the verb
//! follows ("that", an infinitive, or a particle the verb takes), as a plural noun would not
//! agree ("the plan calls" but "the calls for").
//!
//! [`RuleId::NounCueAsVerb`]: super::super::rules::RuleId::NounCueAsVerb

use super::super::cues::{takes_particle, Cue, Form};
use super::super::sentences::Doc;
use super::super::sources::Mention;
use crate::lexicon::cues::ANY_VERB_PARTICLES;
use crate::lexicon::DETERMINERS;

/// Whether the noun-like cue at `i` is a verb whose subject is `m`.
pub(super) fn is_verb_after_singular_noun(doc: &Doc, m: Mention, i: usize, cue: Cue) -> bool {
    if cue.form != Form::ThirdPerson || m.end != i || m.end - m.start < 2 {
        return false;
    }
    let head = doc.low(m.end - 1);
    let singular = doc.is_word(m.end - 1)
        && !doc.is_capitalized(m.end - 1)
        && !head.contains('\'')
        && (!head.ends_with('s') || head.ends_with("ss"));
    let determined = DETERMINERS.contains(&doc.low(m.start));
    let next = doc.low(i + 1);
    let complement = next == "that"
        || next == "to"
            && doc.is_word(i + 2)
            && !doc.is_capitalized(i + 2)
            && !DETERMINERS.contains(&doc.low(i + 2))
            && !doc.low(i + 2).ends_with("ing")
        || !ANY_VERB_PARTICLES.contains(&next) && takes_particle(cue.lemma.lemma, next);
    singular && determined && complement
}
