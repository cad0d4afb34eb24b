//! Dash bylines: `“We will win.” — Jane Holt` and `“...” -Commissioner Holt, Riverton.`, the
//! way quotation collections and pull quotes name who said a quotation: a dash right after
//! the closing mark, then the name.

use super::super::candidate::{Candidate, Side};
use super::super::cues::Class;
use super::super::rules::RuleId;
use super::super::sentences::Doc;
use super::super::sources::Mention;
use super::super::tokens::{Kind, Quote};
use super::{Finder, Scope, Site};

/// `“...” — Jane Holt`: [`RuleId::DashByline`].
pub(super) struct DashByline;

impl Finder for DashByline {
    fn scope(&self) -> Scope {
        Scope::Sentence
    }
    fn find(&self, site: Site, _: &[Candidate]) -> Option<Candidate> {
        dash_byline(site.doc, site.n)
    }
}

/// The most tokens a byline's name holds ("Christina N. Luis Olidem").
const MAX_NAME_TOKENS: usize = 7;

/// A dash right after a closing quotation mark (in this sentence, or ending the one before or
/// the paragraph before),
/// followed by a name that ends the sentence or comes before a comma (`-Jane Holt, Riverton`):
/// the quotation is the content, the dash the cue, the name the source.
pub(super) fn dash_byline(doc: &Doc, n: usize) -> Option<Candidate> {
    let s = doc.sentences[n];
    let dash = (s.start..s.end).find(|&k| is_dash(doc, k) && doc.quote_at(k).is_none())?;
    let close = (0..dash).rev().find(|&k| doc.kind(k) != Some(Kind::Break))?;
    let quoted = doc.quote_at(close).filter(|q| q.close == Some(close))?;
    let name_end = name_end(doc, dash + 1, s.end)?;
    Some(Candidate {
        sentence: n,
        cue: (dash, dash + 1),
        class: Class::Speech,
        source: Some(Mention { start: dash + 1, end: name_end, description: None }),
        parts: vec![(quoted.open, close + 1)],
        side: Side::Before,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: RuleId::DashByline,
    })
}

fn is_dash(doc: &Doc, k: usize) -> bool {
    matches!(doc.kind(k), Some(Kind::Punct('\u{2015}' | '\u{2014}' | '\u{2013}' | '-')))
}

/// The end of a name of capitalised words (and initials' dots) from `from`, when the name
/// ends the sentence or stands before a comma, a full stop or a bracket.
fn name_end(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end
        && k < from + MAX_NAME_TOKENS
        && (doc.is_capitalized(k) || k > from && doc.is_punct(k, '.') && !is_last_dot(doc, k, end))
    {
        k += 1;
    }
    let words = (from..k).filter(|&j| doc.is_word(j)).count();
    let closed = k >= end
        || doc.kind(k) == Some(Kind::Break)
        || matches!(doc.kind(k), Some(Kind::Punct(',' | '.' | '(')));
    let quoted = (from..k).any(|j| matches!(doc.kind(j), Some(Kind::Quote(Quote::Open))));
    (words >= 1 && closed && !quoted).then_some(k)
}

/// A full stop ending the sentence, not an initial's ("Edwin G. Monroy").
fn is_last_dot(doc: &Doc, k: usize, end: usize) -> bool {
    k + 1 >= end || !doc.is_capitalized(k + 1)
}

#[cfg(test)]
mod tests {
    use super::super::super::rules::Rules;
    use super::super::find_in_sentence;
    use super::*;

    fn bylines(text: &str) -> Vec<(String, String, String)> {
        let doc = Doc::new(text, &[]);
        let mut found = Vec::new();
        for n in 0..doc.sentences.len() {
            find_in_sentence(&doc, n, Rules::ALL, &mut found);
        }
        let slice = |a: usize, b: usize| doc.span(a, b).slice(text).to_string();
        found
            .iter()
            .filter(|f| f.rule == RuleId::DashByline)
            .map(|f| {
                let m = f.source.unwrap();
                (slice(f.parts[0].0, f.parts[0].1), slice(f.cue.0, f.cue.1), slice(m.start, m.end))
            })
            .collect()
    }

    #[test]
    fn a_dash_and_a_name_after_a_quotation_say_who_said_it() {
        let text = "“The ferry must run on Sundays.” ― Jane Holt\n\
                    “We were never asked.”― Tom R. Lee, Riverton.\n\n\
                    “Fix the pier first.”\n\n-Commissioner Ada Moss.";
        assert_eq!(
            bylines(text),
            [
                ("“The ferry must run on Sundays.”".into(), "―".into(), "Jane Holt".into()),
                ("“We were never asked.”".into(), "―".into(), "Tom R. Lee".into()),
                ("“Fix the pier first.”".into(), "-".into(), "Commissioner Ada Moss".into()),
            ]
        );
    }

    #[test]
    fn a_dash_after_a_quotation_inside_a_sentence_names_no_one() {
        assert_eq!(bylines("She called it “a bridge too far” — then Holt left the room."), []);
    }
}
