//! Review edits from the page: an edit through `review::apply` (via `History`), a decision that
//! moves on to the next claim to review, undo and redo that select what they changed and say
//! so, tag keys, stepping through the list, and what the live region says about it.

use super::versions::Touched;
use super::Session;
use crate::model::Status;
use crate::review::describe::{claim_of, describe};
use crate::review::query::leaves_listing_unchanged;
use crate::review::queue::{next_to_review, progress};
use crate::review::Action;

impl Session {
    /// Applies a review edit; whether it was made (a refused one is reported). What it
    /// touched, and so which versions move, is read from the changes it recorded.
    pub(super) fn review(&mut self, action: Action) -> bool {
        // A decision can show a hidden suggestion (it is no longer one).
        let decision = matches!(action, Action::SetStatus { .. } | Action::SetClusterStatus { .. });
        let listing_kept = leaves_listing_unchanged(&action, &self.filter)
            && !(decision && self.hide_below.is_some())
            && self.listing_is_current();
        let words = capitalised(&describe(&action, &self.project));
        let moved = matches!(action, Action::MergeSpeakers { .. } | Action::SplitSpeaker { .. })
            .then(|| self.claims_moved_by(&action));
        if let Err(e) = self.history.perform(&mut self.project, action) {
            self.error(format!("Not changed: {e}"));
            return false;
        }
        self.touched(Touched::by(self.history.last_changes(), &self.project.claims));
        self.announce(words.clone());
        if let Some(moved) = moved {
            let moved = super::confirming::claims(moved);
            self.info(format!("{words}: {moved} moved. Undo (z) takes it back."));
        }
        if listing_kept {
            self.keep_listing();
        }
        true
    }

    pub(super) fn toggle_tag_by_key(&mut self, key: &str) {
        let Some(tag) = self.project.tags.iter().find(|t| t.key.as_deref() == Some(key)) else {
            return;
        };
        let Some(claim) = self.selected_claim.clone() else {
            self.info(format!("Select a claim to tag it “{}”", tag.label));
            return;
        };
        let tag = tag.id.clone();
        let action = Action::ToggleTag { claim, tag };
        match self.tag_keys_advance {
            true => self.decide(action),
            false => {
                self.review(action);
            }
        }
    }

    pub(super) fn step_claim(&mut self, step: isize) {
        let listed = self.listed.clone();
        if listed.is_empty() {
            return;
        }
        let claims = &self.project.claims;
        let current = self
            .selected_claim
            .as_deref()
            .and_then(|id| listed.iter().position(|&i| claims[i].id == id));
        let next = match current {
            Some(at) => (at as isize + step).clamp(0, listed.len() as isize - 1) as usize,
            None if step < 0 => listed.len() - 1,
            None => 0,
        };
        self.select_claim(claims[listed[next]].id.clone());
    }

    pub(super) fn select_claim(&mut self, id: String) {
        if let Some(claim) = self.project.claim(&id) {
            if self.selected_claim.as_deref() != Some(id.as_str()) {
                self.keyboard_selection = None;
            }
            self.selected_document = Some(claim.document.clone());
            self.selected_claim = Some(id);
        }
    }

    /// A review decision on the selected claim, then on to the next claim to review in the
    /// list as shown (wrapping to the top), or, when none is left, said so.
    pub(super) fn decide(&mut self, action: Action) {
        let listed = &self.listed;
        let claims = &self.project.claims;
        let at = self
            .selected_claim
            .as_deref()
            .and_then(|id| listed.iter().position(|&i| claims[i].id == id));
        let undecides = matches!(
            action,
            Action::SetStatus { status: Status::Suggested, .. }
                | Action::SetClusterStatus { status: Status::Suggested, .. }
        );
        if !self.review(action) || undecides {
            return; // refused, or taken back to undecided: stay
        }
        match next_to_review(&self.project, &self.listed, at) {
            Some(next) => {
                let id = self.project.claims[self.listed[next]].id.clone();
                self.select_claim(id);
                let left = progress(&self.project);
                self.announce_more(&format!("Next: {}; {}", self.claim_summary(), left.label()));
            }
            None => {
                let done = progress(&self.project);
                self.info(format!("Every listed claim is reviewed ({})", done.label()));
            }
        }
    }

    /// "claim c4 of d2, Jane Doe": the selected claim, for announcements.
    fn claim_summary(&self) -> String {
        let Some(claim) = self.selected_claim.as_deref().and_then(|id| self.project.claim(id))
        else {
            return "no claim".into();
        };
        let speaker = claim.speaker.as_deref().and_then(|s| self.project.speaker(s));
        let who = speaker.map_or("unknown speaker", |s| s.name.as_str());
        format!("claim {}, {who}", claim.id)
    }

    pub(super) fn undo(&mut self) {
        let Some(action) = self.history.last_done().cloned() else {
            return self.info("Nothing to undo".into());
        };
        let words = describe(&action, &self.project);
        let touched = Touched::by(self.history.last_changes(), &self.project.claims);
        if self.history.undo(&mut self.project) {
            self.touched(touched);
            self.show_claim_of(&action);
            self.info(format!("Undone: {words}"));
            self.announce(format!("Undone: {words}"));
        }
    }

    pub(super) fn redo(&mut self) {
        let Some(action) = self.history.last_undone().cloned() else {
            return self.info("Nothing to redo".into());
        };
        let words = describe(&action, &self.project);
        match self.history.redo(&mut self.project) {
            true => {
                self.touched(Touched::by(self.history.last_changes(), &self.project.claims));
                self.show_claim_of(&action);
                self.info(format!("Redone: {words}"));
                self.announce(format!("Redone: {words}"));
            }
            false => self.error(format!("Could not redo “{words}”: it no longer fits the project")),
        }
    }

    /// Selects the claim an undone or redone action was about, so the change is in view.
    fn show_claim_of(&mut self, action: &Action) {
        if let Some(id) = claim_of(action) {
            self.select_claim(id.to_string());
        }
    }
}

/// The words with a capital first letter.
pub(super) fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
