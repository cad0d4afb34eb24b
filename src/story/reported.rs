//! Whose statement a claim carries when an organisation reports what a person said: in "The
//! Kremlin said that Putin warned Trump that …" the warning is Putin's, and it is the same
//! claim as another outlet's "Putin warned that …". Clustering compares such a claim under the
//! person's name; the claim keeps its own speaker.
//!
//! A claim counts as reported when its speaker is not a person (an organisation, a group, or
//! unknown) and its first words name one person speaker, by an alias no other speaker has,
//! followed by a verb of saying ("Putin warned", "Sanders also said").
//!
//! A speaker named only by common words ("officials", "a poll") is compared as unknown: it is
//! one article's group, so it neither joins nor parts claims of two articles.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::lexicon::cues::{CUE_VERBS, IRREGULAR};
use crate::lexicon::Class;
use crate::model::{Project, Speaker, SpeakerKind};
use crate::story::speakers::is_named_by_common_words;
use crate::story::words::{stem, words};

/// How far into a claim the reported speaker may be named ("that during the call, Putin …").
const LEAD_WORDS: usize = 12;
/// The longest alias looked for, in words.
const LONGEST_ALIAS: usize = 4;

/// The speaker each claim is compared under: the person it reports, or its own speaker.
/// `claims` are indices into `project.claims`; `texts` their content texts, in that order.
pub fn comparison_speakers<'a>(
    project: &'a Project,
    claims: &[usize],
    texts: &[String],
) -> Vec<Option<&'a str>> {
    let people = PeopleByAlias::new(project);
    let mut speakers: HashMap<&str, &Speaker> = HashMap::with_capacity(project.speakers.len());
    for speaker in &project.speakers {
        speakers.entry(speaker.id.as_str()).or_insert(speaker);
    }
    claims
        .iter()
        .zip(texts)
        .map(|(&c, text)| {
            let claim = &project.claims[c];
            let own = claim.speaker.as_deref();
            let speaker = own.and_then(|s| speakers.get(s).copied());
            if speaker.is_some_and(|s| s.kind == SpeakerKind::Person) {
                return own;
            }
            let known = own.filter(|_| !speaker.is_some_and(is_named_by_common_words));
            people.reported_in(text).or(known)
        })
        .collect()
}

/// Person speakers by the words of each alias; an alias two speakers share names neither.
struct PeopleByAlias<'a>(HashMap<Vec<String>, Option<&'a str>>);

impl<'a> PeopleByAlias<'a> {
    fn new(project: &'a Project) -> PeopleByAlias<'a> {
        let mut by_alias: HashMap<Vec<String>, Option<&'a str>> = HashMap::new();
        let people = project.speakers.iter().filter(|s| s.kind == SpeakerKind::Person);
        for speaker in people {
            let forms: HashSet<Vec<String>> =
                speaker.aliases.iter().chain([&speaker.name]).map(|a| words(a)).collect();
            for form in forms.into_iter().filter(|f| !f.is_empty() && f.len() <= LONGEST_ALIAS) {
                by_alias
                    .entry(form)
                    .and_modify(|s| {
                        if *s != Some(speaker.id.as_str()) {
                            *s = None
                        }
                    })
                    .or_insert(Some(speaker.id.as_str()));
            }
        }
        PeopleByAlias(by_alias)
    }

    /// The person a claim text reports saying something, named in its first words.
    fn reported_in(&self, text: &str) -> Option<&'a str> {
        let all = words(text);
        let lead = &all[..all.len().min(LEAD_WORDS + LONGEST_ALIAS)];
        for start in 0..lead.len().min(LEAD_WORDS) {
            for len in (1..=LONGEST_ALIAS.min(lead.len() - start)).rev() {
                let Some(&Some(speaker)) = self.0.get(&lead[start..start + len]) else { continue };
                if says_next(&all[start + len..]) {
                    return Some(speaker);
                }
            }
        }
        None
    }
}

/// Whether the words start with a verb of saying, after at most one adverb ("also warned").
fn says_next(rest: &[String]) -> bool {
    let is_adverb = |w: &str| w.ends_with("ly") || matches!(w, "also" | "again" | "has" | "had");
    match rest {
        [first, ..] if is_speech_verb(first) => true,
        [first, second, ..] => is_adverb(first) && is_speech_verb(second),
        _ => false,
    }
}

/// Whether a lowercased word is a form of a speech cue verb ("warned", "said", "tells").
fn is_speech_verb(word: &str) -> bool {
    static STEMS: OnceLock<HashSet<String>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        let speech =
            |lemma: &str| CUE_VERBS.iter().any(|r| r.lemma == lemma && r.class == Class::Speech);
        let mut stems: HashSet<String> =
            CUE_VERBS.iter().filter(|r| r.class == Class::Speech).map(|r| stem(r.lemma)).collect();
        stems.extend(IRREGULAR.iter().filter(|(_, l, _)| speech(l)).map(|(f, _, _)| f.to_string()));
        stems
    });
    stems.contains(&stem(word)) || stems.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, ClaimKind, Origin, Speaker, Status};
    use crate::text::Span;

    fn speaker(id: &str, name: &str, kind: SpeakerKind) -> Speaker {
        Speaker {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: vec![name.into(), name.rsplit(' ').next().unwrap().into()],
            descriptions: vec![],
        }
    }

    fn compared_as(speaker_of_claim: &str, text: &str) -> Option<String> {
        let mut project = Project {
            speakers: vec![
                speaker("s1", "Maria Lopez", SpeakerKind::Person),
                speaker("s2", "the Treasury", SpeakerKind::Organization),
                speaker("s5", "officials", SpeakerKind::Group),
                speaker("s3", "Anna Lopez", SpeakerKind::Person),
                speaker("s4", "Tom Reed", SpeakerKind::Person),
            ],
            ..Project::default()
        };
        project.claims.push(Claim {
            id: "c1".into(),
            document: "d1".into(),
            kind: ClaimKind::Indirect,
            content: Span::of(text, 0..text.len()),
            content_parts: vec![],
            cue: None,
            source_mention: None,
            speaker: Some(speaker_of_claim.into()),
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: 0.5,
            found_by: None,
            tags: vec![],
            note: String::new(),
            cluster: None,
        });
        comparison_speakers(&project, &[0], &[text.to_string()])[0].map(str::to_string)
    }

    #[test]
    fn an_organisation_reporting_a_person_is_compared_as_the_person() {
        let text = "that during the meeting, Tom Reed warned the mayor that the plan would fail";
        assert_eq!(compared_as("s2", text).as_deref(), Some("s4"));
        assert_eq!(compared_as("s2", "Reed also said the plan would fail").as_deref(), Some("s4"));
    }

    #[test]
    fn an_articles_officials_are_compared_as_unknown() {
        assert_eq!(compared_as("s5", "the plan would fail").as_deref(), None);
        assert_eq!(compared_as("s5", "Tom Reed warned that it would fail").as_deref(), Some("s4"));
    }

    #[test]
    fn a_person_keeps_their_own_claims() {
        let text = "Tom Reed warned the mayor that the plan would fail";
        assert_eq!(compared_as("s1", text).as_deref(), Some("s1"));
    }

    #[test]
    fn a_name_without_a_verb_of_saying_or_a_shared_surname_reports_nobody() {
        assert_eq!(compared_as("s2", "Tom Reed's plan would fail").as_deref(), Some("s2"));
        assert_eq!(compared_as("s2", "Lopez warned that it would fail").as_deref(), Some("s2"));
        let full = compared_as("s2", "Maria Lopez warned that it would fail");
        assert_eq!(full.as_deref(), Some("s1"));
    }
}
