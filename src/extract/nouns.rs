//! Noun cues with a possessive source: "Trump's attacks on Curiel", "her support for the deal",
//! "his claim that ...". The possessive is the source, the noun and its preposition the cue,
//! and the complement up to the clause end the content.

use super::candidate::{Candidate, Side};
use super::clauses::{Finder, Scope, Site};
use super::cues::Class;
use super::sentences::Doc;
use super::sources::Mention;
use super::tokens::Kind;
use crate::lexicon::COMPLEMENT_ENDING_VERBS;

/// Noun cues and the words that may introduce their content.
#[rustfmt::skip]
const NOUN_CUES: &[(&str, &[&str])] = &[
("criticism", &["of"]), ("criticisms", &["of"]),
    ("attack", &["on"]), ("attacks", &["on"]), ("opposition", &["to"]),
    ("call", &["for"]), ("calls", &["for"]), ("plan", &["to", "for"]), ("plans", &["to", "for"]),
    ("decision", &["to"]), ("promise", &["to", "that", "of"]), ("promises", &["to", "that", "of"]),
    ("pledge", &["to", "that"]), ("push", &["for", "to"]), ("proposal", &["to", "for"]),
    ("claim", &["that"]), ("claims", &["that"]), ("assertion", &["that"]), ("argument", &["that", "for"]),
    ("belief", &["that", "in"]), ("view", &["that", "on"]), ("views", &["on"]),
    ("concern", &["about", "over", "that"]), ("concerns", &["about", "over", "that"]),
    ("complaint", &["about", "that"]), ("complaints", &["about", "that"]),
    ("questions", &["about"]), ("warning", &["about", "of", "that"]), ("warnings", &["about", "of", "that"]),
    ("demand", &["for", "that"]), ("demands", &["for", "that"]), ("hope", &["that", "for"]),
    ("hopes", &["that", "for"]), ("fear", &["that", "of"]), ("fears", &["that", "of"]),
    ("commitment", &["to"]), ("insistence", &["on", "that"]), ("suggestion", &["that"]),
    ("endorsement", &["of"]), ("praise", &["for", "of"]), ("defense", &["of"]), ("embrace", &["of"]),
    ("rejection", &["of"]), ("refusal", &["to"]), ("denial", &["of", "that"]), ("admission", &["that"]),
    ("comments", &["about", "on"]), ("remarks", &["about", "on"]), ("disdain", &["for"]),
    ("skepticism", &["of", "about"]), ("opposition", &["to"]), ("backing", &["of"]),
];

/// `Trump's attacks on Curiel`: [`RuleId::PossessiveNoun`] at a possessive.
///
/// [`RuleId::PossessiveNoun`]: super::rules::RuleId::PossessiveNoun
pub struct PossessiveNoun;

impl Finder for PossessiveNoun {
    fn scope(&self) -> Scope {
        Scope::Token
    }
    fn find(&self, site: Site, _: &[Candidate]) -> Option<Candidate> {
        noun_cue_at(site.doc, site.n, site.end, site.at)
    }
}

/// A noun-cue attribution whose possessive source is token `i`, if there is one.
pub fn noun_cue_at(doc: &Doc, n: usize, end: usize, i: usize) -> Option<Candidate> {
    if !is_possessive(doc, i) || doc.quote_at(i).is_some() {
        return None;
    }
    let (noun, words) = (i + 1..end.min(i + 4))
        .take_while(|&k| doc.is_word(k) && !doc.is_capitalized(k))
        .find_map(|k| NOUN_CUES.iter().find(|(w, _)| *w == doc.low(k)).map(|(_, p)| (k, *p)))?;
    let link = doc.low(noun + 1);
    if !words.contains(&link) {
        return None;
    }
    // "plans to cut" keeps "to" like the verb does; "opposition to the war" does not.
    let keeps_link = link == "that"
        || link == "to"
            && doc.is_word(noun + 2)
            && !doc.is_capitalized(noun + 2)
            && !is_determiner(doc.low(noun + 2));
    let from = if keeps_link { noun + 1 } else { noun + 2 };
    let to = (from + 1..end)
        .find(|&k| doc.quote_at(k).is_none() && ends_complement(doc, k, keeps_link))
        .unwrap_or(end);
    let words = (from..to).filter(|&k| doc.is_word(k)).count();
    (1..=25).contains(&words).then_some(Candidate {
        sentence: n,
        cue: (i + 1, if keeps_link { noun + 1 } else { noun + 2 }),
        class: Class::Stance,
        source: Some(Mention { start: i, end: i + 1, description: None }),
        parts: vec![(from, to)],
        side: Side::After,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: super::rules::RuleId::PossessiveNoun,
    })
}

/// The complement of a noun cue stops at a comma or dash, or at the verb of its sentence.
fn ends_complement(doc: &Doc, k: usize, clause: bool) -> bool {
    matches!(doc.kind(k), Some(Kind::Punct(',' | ';' | '(' | '\u{2014}')))
        || !clause && COMPLEMENT_ENDING_VERBS.contains(&doc.low(k)) && doc.is_word(k)
}

fn is_possessive(doc: &Doc, i: usize) -> bool {
    let w = doc.low(i);
    matches!(w, "his" | "her" | "their")
        || doc.is_capitalized(i) && (w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'"))
}

fn is_determiner(w: &str) -> bool {
    crate::lexicon::DETERMINERS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let doc = Doc::new(text, &[]);
        let s = doc.sentences[0];
        (s.start..s.end)
            .filter_map(|i| noun_cue_at(&doc, 0, s.end - 1, i))
            .map(|f| {
                let (a, b) = f.parts[0];
                format!("{}|{}", doc.span(f.cue.0, f.cue.1).slice(text), doc.span(a, b).slice(text))
            })
            .collect()
    }

    #[test]
    fn possessive_noun_cues() {
        assert_eq!(
            found("Trump's personal attacks on Curiel were unusual."),
            ["personal attacks on|Curiel"]
        );
        assert_eq!(
            found("He repeated his claim that the vote was rigged."),
            ["claim|that the vote was rigged"]
        );
        assert!(found("His support was thin.").is_empty());
    }
}
