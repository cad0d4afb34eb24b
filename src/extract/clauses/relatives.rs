//! [`RuleId::DescribedAsRelative`]: `the bridge, which he described as "a marvel"`, `the
//! marchers, whom she described as peaceful`, `a party which they view as divided`: a verb of
//! describing ([`DESCRIBING_AS_VERBS`]) whose object is a relative pronoun ("which", "whom")
//! before its subject ("that" stays out: after a noun it is as often a complementiser, and
//! "what" opens the writer's paraphrase more often than the subject's words). The subject is the source; the content is the pronoun and the
//! "as" phrase, to the end of the quotation it opens or the next comma.
//!
//! [`RuleId::DescribedAsRelative`]: super::super::rules::RuleId::DescribedAsRelative

use super::super::candidate::{Candidate, Side};
use super::super::cues::{lookup_any, Form};
use super::super::rules::RuleId;
use super::super::sources::{is_between_word, Mention};
use super::super::tokens::{Kind, Quote};
use super::{Finder, Scope, Site};
use crate::lexicon::{AUXILIARIES, DESCRIBING_AS_VERBS};

/// The words of a subject between the relative pronoun and the verb, at most.
const MAX_SUBJECT_WORDS: usize = 4;

/// See the module documentation.
pub(super) struct DescribedAsRelative;

impl Finder for DescribedAsRelative {
    fn scope(&self) -> Scope {
        Scope::Token
    }
    fn find(&self, site: Site, _earlier: &[Candidate]) -> Option<Candidate> {
        let Site { doc, n, s, end, at: i, rules } = site;
        if !rules.runs(RuleId::DescribedAsRelative) || i + 2 >= end || doc.low(i + 1) != "as" {
            return None;
        }
        let cue = lookup_any(doc.low(i))
            .filter(|c| DESCRIBING_AS_VERBS.contains(&c.lemma.lemma))
            .filter(|c| matches!(c.form, Form::Base | Form::Past | Form::ThirdPerson))?;
        // "which he has long described as": adverbs and "has" between subject and verb.
        let mut k = i;
        while k > s.start
            && (is_between_word(doc, k - 1) || matches!(doc.low(k - 1), "has" | "have" | "had"))
        {
            k -= 1;
        }
        let floor = k.saturating_sub(MAX_SUBJECT_WORDS + 1).max(s.start + 1);
        let rel = (floor..k).rev().find(|&r| matches!(doc.low(r), "which" | "whom"))?;
        let subject = rel + 1..k;
        let plain = subject.clone().all(|t| {
            let w = doc.low(t);
            (doc.is_word(t) || doc.is_punct(t, '.'))
                && doc.quote_at(t).is_none()
                && !matches!(w, "which" | "whom" | "that" | "who")
                && !AUXILIARIES.contains(&w)
                && lookup_any(w).is_none()
        });
        // The pronoun follows its head: a word, or the comma after it.
        let head = doc.is_word(rel - 1) || doc.is_punct(rel - 1, ',');
        if subject.is_empty() || !plain || !head || !doc.is_word(rel + 1) {
            return None;
        }
        let from = i + 1;
        let to = if doc.kind(from + 1) == Some(Kind::Quote(Quote::Open)) {
            (from + 2..end).find(|&t| doc.kind(t) == Some(Kind::Quote(Quote::Close)))? + 1
        } else {
            (from + 1..end)
                .find(|&t| {
                    doc.quote_at(t).is_none()
                        && matches!(
                            doc.kind(t),
                            Some(Kind::Punct(',' | ';' | ':' | '(' | ')' | '\u{2014}'))
                        )
                })
                .unwrap_or(end)
        };
        Some(Candidate {
            sentence: n,
            cue: (i, i + 1),
            class: cue.lemma.class,
            source: Some(Mention { start: subject.start, end: subject.end, description: None }),
            parts: vec![(rel, rel + 1), (from, to)],
            side: Side::After,
            borrowed_source: false,
            phrase: false,
            speaker_hint: None,
            rule: RuleId::DescribedAsRelative,
        })
    }
}
