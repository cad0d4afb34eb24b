//! Edits that ask first: merging and splitting speakers move many claims at once, so the page
//! shows what will happen ("Merge “Trump” into “Donald Trump”? 12 claims move.") and waits for
//! a yes. A confirmed proposal is one review action like any other (undoable, saved, reported);
//! a cancelled one changes nothing and says so.

use super::Session;
use crate::review::describe::describe;
use crate::review::Action;

/// An edit waiting for the user's yes.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub action: Action,
    /// The question the dialog asks, in words.
    pub question: String,
    /// The confirm button's label ("Merge", "Split off").
    pub confirm: &'static str,
}

impl Session {
    /// Asks before `action` when it moves claims between speakers; performs anything else.
    pub(super) fn propose(&mut self, action: Action) {
        let Some(confirm) = confirm_label(&action) else {
            self.review(action);
            return;
        };
        let moved = self.claims_moved_by(&action);
        let words = describe(&action, &self.project);
        let asked = super::editing::capitalised(&words);
        let question = match action {
            Action::MergeSpeakers { .. } => format!("{asked}? {} move.", claims(moved)),
            _ => format!("{asked}?"),
        };
        self.announce(question.clone());
        self.proposal = Some(Proposal { action, question, confirm });
    }

    pub(super) fn confirm_proposal(&mut self) {
        if let Some(proposal) = self.proposal.take() {
            self.review(proposal.action);
        }
    }

    pub(super) fn cancel_proposal(&mut self) {
        if let Some(proposal) = self.proposal.take() {
            let words = describe(&proposal.action, &self.project);
            self.announce(format!("Not done: {words}"));
        }
    }

    /// How many claims change speaker if `action` is performed.
    pub(super) fn claims_moved_by(&self, action: &Action) -> usize {
        match action {
            Action::MergeSpeakers { absorb, .. } => {
                let of_absorbed = |c: &&crate::model::Claim| c.speaker.as_ref() == Some(absorb);
                self.project.claims.iter().filter(of_absorbed).count()
            }
            Action::SplitSpeaker { claims, .. } => claims.len(),
            _ => 0,
        }
    }
}

fn confirm_label(action: &Action) -> Option<&'static str> {
    match action {
        Action::MergeSpeakers { .. } => Some("Merge"),
        Action::SplitSpeaker { .. } => Some("Split off"),
        _ => None,
    }
}

/// "1 claim", "12 claims".
pub(super) fn claims(n: usize) -> String {
    match n {
        1 => "1 claim".to_string(),
        n => format!("{n} claims"),
    }
}
