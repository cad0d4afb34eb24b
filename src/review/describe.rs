//! Review actions in words, for the people making them: the history of decisions, what undo
//! and redo took back or did again, and the screen reader's announcements. Also which claim
//! an action is about, so undo can show it.

use super::actions::{Action, SpanField};
use crate::model::{Project, Status};

/// The claim an action is about, if it is about one.
pub fn claim_of(action: &Action) -> Option<&str> {
    match action {
        Action::SetStatus { claim, .. }
        | Action::SetClusterStatus { claim, .. }
        | Action::SetSpeaker { claim, .. }
        | Action::ToggleTag { claim, .. }
        | Action::SetNote { claim, .. }
        | Action::SetKind { claim, .. }
        | Action::SetSpan { claim, .. }
        | Action::DeleteClaim { claim } => Some(claim),
        Action::CreateSpeaker { claim, .. } => claim.as_deref(),
        _ => None,
    }
}

/// What the action does, in a few words naming what it is about ("accept claim c12",
/// "tag c3 “Verified”"), read against `project` for names.
pub fn describe(action: &Action, project: &Project) -> String {
    let speaker = |id: &str| project.speaker(id).map_or(id.to_string(), |s| s.name.clone());
    let tag = |id: &str| {
        project.tags.iter().find(|t| t.id == id).map_or(id.to_string(), |t| t.label.clone())
    };
    match action {
        Action::SetStatus { claim, status } => format!("{} claim {claim}", verb(*status)),
        Action::SetClusterStatus { claim, status } => {
            format!("{} every version of claim {claim}", verb(*status))
        }
        Action::SetSpeaker { claim, speaker: Some(s) } => {
            format!("set the speaker of {claim} to {}", speaker(s))
        }
        Action::SetSpeaker { claim, speaker: None } => format!("clear the speaker of {claim}"),
        Action::CreateSpeaker { name, .. } => format!("create the speaker {name}"),
        Action::RenameSpeaker { speaker: s, name } => format!("rename {} to {name}", speaker(s)),
        Action::SetSpeakerKind { speaker: s, kind } => {
            format!("make {} {:?}", speaker(s), kind).to_lowercase()
        }
        Action::SetAliases { speaker: s, .. } => format!("change the aliases of {}", speaker(s)),
        Action::MergeSpeakers { keep, absorb } => {
            format!("merge {} into {}", speaker(absorb), speaker(keep))
        }
        Action::SplitSpeaker { speaker: s, claims, name, .. } => {
            format!("split {} claims off {} as {name}", claims.len(), speaker(s))
        }
        Action::ToggleTag { claim, tag: t } => format!("toggle the tag “{}” on {claim}", tag(t)),
        Action::SetNote { claim, .. } => format!("edit the note of {claim}"),
        Action::SetKind { claim, kind } => format!("make {claim} {}", kind.as_str()),
        Action::SetSpan { claim, field, span } => {
            let what = match field {
                SpanField::Content => "content",
                SpanField::Cue => "cue",
                SpanField::Source => "source",
            };
            match span {
                Some(_) => format!("set the {what} of {claim}"),
                None => format!("clear the {what} of {claim}"),
            }
        }
        Action::AddClaim { .. } => "add a claim".to_string(),
        Action::DeleteClaim { claim } => format!("delete claim {claim}"),
        Action::AddTag { label, .. } => format!("add the tag “{label}”"),
        Action::RenameTag { tag: t, label } => format!("rename the tag “{}” to “{label}”", tag(t)),
        Action::RecolorTag { tag: t, .. } => format!("recolour the tag “{}”", tag(t)),
        Action::SetTagKey { tag: t, .. } => format!("change the key of the tag “{}”", tag(t)),
        Action::DeleteTag { tag: t } => format!("delete the tag “{}”", tag(t)),
        Action::SetMeta { document, .. } => {
            let name = project.document(document).map_or(document.as_str(), |d| d.name.as_str());
            format!("edit the details of {name}")
        }
    }
}

fn verb(status: Status) -> &'static str {
    match status {
        Status::Accepted => "accept",
        Status::Rejected => "reject",
        Status::Suggested => "reset",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Speaker, SpeakerKind};

    fn project() -> Project {
        let speaker = |id: &str, name: &str| Speaker {
            id: id.into(),
            name: name.into(),
            kind: SpeakerKind::Person,
            aliases: vec![],
            descriptions: vec![],
        };
        Project {
            speakers: vec![speaker("s1", "Ada Lane"), speaker("s2", "Lane")],
            tags: crate::model::default_tags(),
            ..Project::default()
        }
    }

    #[test]
    fn decisions_read_as_what_was_done_to_which_claim() {
        let p = project();
        let accept = Action::SetStatus { claim: "c3".into(), status: Status::Accepted };
        assert_eq!(describe(&accept, &p), "accept claim c3");
        let all = Action::SetClusterStatus { claim: "c3".into(), status: Status::Rejected };
        assert_eq!(describe(&all, &p), "reject every version of claim c3");
        let tag = Action::ToggleTag { claim: "c3".into(), tag: "verified".into() };
        assert_eq!(describe(&tag, &p), "toggle the tag “Verified” on c3");
    }

    #[test]
    fn merges_name_both_speakers() {
        let merge = Action::MergeSpeakers { keep: "s1".into(), absorb: "s2".into() };
        assert_eq!(describe(&merge, &project()), "merge Lane into Ada Lane");
        assert_eq!(claim_of(&merge), None);
    }

    #[test]
    fn claim_edits_say_which_claim_they_touch() {
        let note = Action::SetNote { claim: "c9".into(), note: "x".into() };
        assert_eq!(claim_of(&note), Some("c9"));
        let create =
            Action::CreateSpeaker { name: "N".into(), kind: SpeakerKind::Person, claim: None };
        assert_eq!(claim_of(&create), None);
    }
}
