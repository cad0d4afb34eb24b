//! Speakers by name, as people type them: the speaker field, the speaker filter and "merge
//! into", each matching a name in any case (and the speaker field an alias too).

use super::Session;
use crate::model::SpeakerKind;
use crate::review::Action;

impl Session {
    /// The speaker a typed name means: one called so, else the most quoted one with it as an
    /// alias ("Trump" → Donald Trump); a name no speaker has creates one, and says so.
    pub(super) fn name_speaker(&mut self, claim: String, name: String) {
        let known = self.project.speakers.iter().find(|s| s.name.eq_ignore_ascii_case(&name));
        let known = known.map(|s| s.id.clone()).or_else(|| self.speaker_with_alias(&name));
        let action = match known {
            Some(speaker) => Action::SetSpeaker { claim, speaker: Some(speaker) },
            None if name.is_empty() => Action::SetSpeaker { claim, speaker: None },
            None => {
                self.info(format!("“{name}” is a new speaker (no speaker has that name or alias)"));
                Action::CreateSpeaker { name, kind: SpeakerKind::Person, claim: Some(claim) }
            }
        };
        self.review(action);
    }

    /// The most quoted speaker with this alias (any case).
    fn speaker_with_alias(&self, name: &str) -> Option<String> {
        let with: Vec<&str> = self
            .project
            .speakers
            .iter()
            .filter(|s| s.aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
            .map(|s| s.id.as_str())
            .collect();
        let quoted = |id: &str| {
            self.project.claims.iter().filter(|c| c.speaker.as_deref() == Some(id)).count()
        };
        with.into_iter().max_by_key(|id| quoted(id)).map(str::to_string)
    }

    /// The speaker with this name (any case, surrounding spaces ignored) other than `except`.
    fn speaker_named(&self, name: &str, except: Option<&str>) -> Option<String> {
        let name = name.trim();
        let mut named = self.project.speakers.iter().filter(|s| Some(s.id.as_str()) != except);
        named.find(|s| s.name.eq_ignore_ascii_case(name)).map(|s| s.id.clone())
    }

    pub(super) fn filter_by_speaker_name(&mut self, name: &str) {
        if name.trim().is_empty() {
            self.filter.speaker = None;
            return;
        }
        match self.speaker_named(name, None) {
            Some(id) => self.filter.speaker = Some(id),
            None => {
                self.info(format!("No speaker is named “{}”; the filter is unchanged", name.trim()))
            }
        }
    }

    pub(super) fn merge_into_speaker_named(&mut self, absorb: String, name: &str) {
        match self.speaker_named(name, Some(&absorb)) {
            Some(keep) => self.propose(Action::MergeSpeakers { keep, absorb }),
            None if name.trim().is_empty() => {}
            None => self.error(format!(
                "Not merged: no other speaker is named “{}”. Pick a name from the list.",
                name.trim()
            )),
        }
    }
}
