//! Attribution extraction: who claims what, in one document.
//!
//! `extract(text, skip)` finds direct, mixed and indirect attributions, each with content, cue
//! and source spans, and resolves sources to document-level entities. It never looks inside
//! `skip` (boilerplate) and never fails on any text. Rules over tokens, no trained weights.
//!
//! The path, one module each: `tokens` (words, punctuation, quotation marks) →
//! `sentences` (quotes paired, quote-aware sentences and paragraphs) → `clauses` (named
//! finders behind one `Finder` trait propose `candidate::Candidate`s: each cue from `cues`,
//! its source from `sources`, its content; `nouns` for "his claim that")
//! → `quotes` (interrupted and continued quotes become one attribution with several parts)
//! → `nesting` (an attribution inside another's content is reported by it, or ends it) →
//! `standalone` (quoted statements no cue attributes) → `entities` (names, pronouns and
//! roles to entities) → `confidence`; then `assertions` (unattributed sentences with figures
//! or dates, kind `assertion`). Each finder is a named rule (`rules::RuleId`) recorded on
//! what it finds; [`extract_with`] runs only some of them.
mod assertions;
mod candidate;
mod clauses;
mod confidence;
pub(crate) mod cues;
mod entities;
mod nesting;
mod nouns;
mod quotes;
pub mod rules;
mod sentences;
mod sources;
mod standalone;
mod tokens;

pub use rules::{RuleId, Rules};

use crate::model::{ClaimKind, SpeakerKind};
use crate::text::Span;

/// One attribution or assertion found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub kind: ClaimKind,
    /// Covers all of `parts` when there are several.
    pub content: Span,
    /// The content pieces when interrupted by cue and source ("...," X said, "..."); else empty.
    pub parts: Vec<Span>,
    pub cue: Option<Span>,
    pub source: Option<Span>,
    /// Index into [`Extraction::entities`] of who the source refers to.
    pub entity: Option<usize>,
    /// Estimated probability that this attribution is right, in [0, 1].
    pub confidence: f64,
    /// The rule that found it (its provenance: claimlens/1 `found_by`).
    pub rule: RuleId,
}

/// Someone a document names as a source, with what the document says about them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Entity {
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Extraction {
    pub attributions: Vec<Attribution>,
    pub entities: Vec<Entity>,
}

/// Extracts the attributions of `text`, ignoring the `skip` spans (boilerplate).
pub fn extract(text: &str, skip: &[Span]) -> Extraction {
    extract_with(text, skip, Rules::ALL)
}

/// [`extract`] with only the given rules running (for ablation: `claimlens extract --without`).
pub fn extract_with(text: &str, skip: &[Span], rules: Rules) -> Extraction {
    let doc = sentences::Doc::with_rules(text, skip, rules);
    let mut found = Vec::new();
    for n in 0..doc.sentences.len() {
        clauses::find_in_sentence(&doc, n, rules, &mut found);
    }
    if rules.runs(RuleId::QuoteContinuation) {
        quotes::join_continuations(&doc, &mut found);
    }
    found.retain(|f| !f.parts.is_empty());
    nesting::resolve_nesting(&doc, &mut found);
    standalone::add_standalone_quotes(&doc, rules, &mut found);
    let (entities, links) = entities::resolve_entities(&doc, &found);
    let mut attributions: Vec<Attribution> =
        found.iter().zip(links).map(|(f, entity)| attribution_of(&doc, f, entity)).collect();
    if rules.runs(RuleId::Assertion) {
        attributions.extend(
            assertions::find_assertions(&doc, &found)
                .into_iter()
                .map(|(a, b)| assertion_of(&doc, a, b)),
        );
    }
    Extraction { attributions, entities }
}

fn attribution_of(
    doc: &sentences::Doc,
    f: &candidate::Candidate,
    entity: Option<usize>,
) -> Attribution {
    let spans: Vec<Span> = f.parts.iter().map(|&(a, b)| inside_quote_marks(doc, a, b)).collect();
    let content = spans.iter().copied().reduce(Span::cover).unwrap_or_default();
    let quoted = confidence::quoted_share(doc, f);
    let kind = if quoted >= 0.999 {
        ClaimKind::Direct
    } else if quoted > 0.0 {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    };
    Attribution {
        kind,
        content,
        parts: if spans.len() > 1 { spans } else { Vec::new() },
        cue: (f.cue.1 > f.cue.0).then(|| doc.span(f.cue.0, f.cue.1)),
        source: f.source.map(|m| doc.span(m.start, m.end)),
        entity,
        confidence: confidence::confidence(doc, f),
        rule: f.rule,
    }
}

/// Confidence of an unattributed assertion: a suggestion for review, not a finding.
const ASSERTION_CONFIDENCE: f64 = 0.35;

fn assertion_of(doc: &sentences::Doc, a: usize, b: usize) -> Attribution {
    Attribution {
        kind: ClaimKind::Assertion,
        content: doc.span(a, b),
        parts: Vec::new(),
        cue: None,
        source: None,
        entity: None,
        confidence: ASSERTION_CONFIDENCE,
        rule: RuleId::Assertion,
    }
}

/// The span of tokens `[a, b)`, without the marks when they are one whole quotation.
fn inside_quote_marks(doc: &sentences::Doc, a: usize, b: usize) -> Span {
    use tokens::{Kind, Quote};
    let whole = b > a + 2
        && doc.kind(a) == Some(Kind::Quote(Quote::Open))
        && doc.kind(b - 1) == Some(Kind::Quote(Quote::Close))
        && doc.quote_at(a).is_some_and(|q| q.close == Some(b - 1));
    if whole {
        doc.span(a + 1, b - 1)
    } else {
        doc.span(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        extract(text, &[])
            .attributions
            .iter()
            .filter_map(|a| a.cue.map(|c| c.slice(text).to_string()))
            .collect()
    }

    #[test]
    fn unattributed_figures_are_assertions() {
        let x =
            extract("The new tram line cost the city $4 million. Holt said it was worth it.", &[]);
        let kinds: Vec<ClaimKind> = x.attributions.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [ClaimKind::Indirect, ClaimKind::Assertion]);
        assert!(x.attributions[1].cue.is_none() && x.attributions[1].confidence < 0.5);
    }

    #[test]
    fn a_rule_switched_off_finds_nothing_and_leaves_the_others() {
        let text = "Holt said the tram is late. Lee believes it will run.";
        let cues_with = |rules: Rules| -> Vec<String> {
            let found = extract_with(text, &[], rules).attributions;
            found.iter().filter_map(|a| a.cue.map(|c| c.slice(text).to_string())).collect()
        };
        assert_eq!(cues_with(Rules::ALL), ["said", "believes"]);
        assert_eq!(cues_with(Rules::without(&[RuleId::SpeechVerb])), ["believes"]);
        assert_eq!(cues_with(Rules::without(&[RuleId::MindVerb])), ["said"]);
    }

    #[test]
    fn a_belief_inside_reported_speech_is_part_of_it() {
        assert_eq!(cues("The mayor said she believes the tram will open in May."), ["said"]);
        assert_eq!(cues("The mayor believes the tram will open in May."), ["believes"]);
    }

    #[test]
    fn a_stand_alone_quotation_has_a_source_but_no_cue() {
        let text =
            "Mayor Jane Holt opened the bridge on Friday.\n“We have waited far too long for this \
                    crossing, and we will not wait again.”";
        let found = extract(text, &[]);
        let a = &found.attributions[0];
        assert_eq!(a.kind, ClaimKind::Direct);
        assert_eq!(a.cue, None);
        assert_eq!(a.source.map(|s| s.slice(text)), Some("Mayor Jane Holt"));
    }
}
