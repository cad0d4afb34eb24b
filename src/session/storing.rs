//! The storing half of `Session`: which messages this tab may not apply (another tab writes,
//! the stored project is still being read), files that wait for the restore, the effects the
//! saving messages ask for, what the toolbar says, the autosave plan, and what a restore does
//! to the open project (saving.rs holds the rules themselves).

use super::confidence::HideBelow;
use super::effect::Effect;
use super::msg::{Msg, Reading};
use super::saving::{Mode, Status};
use super::versions::Touched;
use super::Session;
use crate::format::pieces::{Restored, SavePlan, Selection, Written};
use crate::review::History;

/// How long after a failed save the next one is tried, so saving recovers by itself.
const RETRY_FAILED_SAVE_MS: f64 = 5_000.0;

impl Session {
    /// Whether `msg` would change the project while this tab may not (another tab writes it,
    /// or the stored project is still being read back).
    pub fn refuses_edit(&self, msg: &Msg) -> bool {
        let edit = matches!(
            msg,
            Msg::FilesRead(_)
                | Msg::Import { .. }
                | Msg::NewProject
                | Msg::ClaimFromSelection
                | Msg::SpanFromSelection(_)
                | Msg::ClearSelectedSpan(_)
                | Msg::Selected { .. }
                | Msg::Review(_)
                | Msg::SpeakerNamed { .. }
                | Msg::MergeIntoSpeakerNamed { .. }
                | Msg::Propose(_)
                | Msg::ConfirmProposal
                | Msg::Undo
                | Msg::Redo
                | Msg::TagKey(_)
                | Msg::SetSelectedStatus(_)
        );
        let opening = *self.saving.mode() == Mode::Restoring;
        edit && (!self.saving.may_edit() || opening && !matches!(msg, Msg::FilesRead(_)))
    }

    /// Whether files read now must wait until the stored project is read back (they are added
    /// to it, not the other way round).
    pub fn files_wait_for_restore(&self, msg: &Msg) -> bool {
        matches!(msg, Msg::FilesRead(_)) && *self.saving.mode() == Mode::Restoring
    }

    /// The files that waited for the stored project, once it is read back, as if dropped now.
    pub(super) fn add_files_that_waited(&mut self) {
        if *self.saving.mode() == Mode::Restoring {
            return;
        }
        for msg in std::mem::take(&mut self.waiting_files) {
            match self.refuses_edit(&msg) {
                true => self.say_edits_are_off(),
                false => self.apply(msg),
            }
        }
    }

    /// What the saving messages ask of the browser, decided on the state before they apply.
    pub(super) fn effects_before(&mut self, msg: &Msg) {
        let effect = match msg {
            Msg::BecameWriter | Msg::RetryRestore | Msg::Follow => Effect::ReadStored,
            Msg::OtherTabSaved if *self.saving.mode() == Mode::Following => Effect::ReadStored,
            Msg::EditHere => Effect::AskToEditHere,
            Msg::HandOver if self.saving.may_write() => Effect::FlushAndFollow,
            Msg::ExportStoredRecords => {
                let reason = match self.saving.mode() {
                    Mode::Refused(reason) => reason.clone(),
                    _ => String::new(),
                };
                Effect::ExportStoredRecords { reason }
            }
            Msg::Autosaved(Err(_)) => Effect::SaveIn(RETRY_FAILED_SAVE_MS),
            Msg::NewProject | Msg::Import { .. } | Msg::StorageLost(_) => Effect::ForgetStored,
            Msg::Restored(Ok(Reading::Pieces(_) | Reading::Earlier(_))) => Effect::PaintNextTask,
            _ => return,
        };
        self.effects.push(effect);
    }

    pub(super) fn say_edits_are_off(&mut self) {
        let text = match self.saving.mode() {
            Mode::Restoring => "Opening the saved work first; try again in a moment.",
            _ => "Not changed: this tab only shows the project, which is being edited in another tab. Press “Edit here” to edit in this tab instead.",
        };
        if self.notices.last().is_none_or(|n| n.text != text) {
            self.error(text.into());
        }
    }

    /// What the toolbar says about saving.
    pub fn save_status(&self) -> Status {
        let analysing = self.reading > 0 || self.analysis.run_total > 0;
        self.saving.status(self.versions.project(), analysing)
    }

    /// What the next autosave writes (by comparing the project with what is stored, `written`):
    /// the edit revision it saves and the plan, `None` when nothing changed. `None` at all
    /// while this tab may not write (restoring, a refused restore, another tab writes).
    pub fn plan_autosave(
        &mut self,
        written: &Written,
        key_prefix: &str,
    ) -> Option<(u64, Option<SavePlan>)> {
        self.saving.save_starting();
        if !self.saving.may_write() {
            return None;
        }
        let selection = Selection {
            document: self.selected_document.clone(),
            claim: self.selected_claim.clone(),
            hide_below: self.hide_below.map(HideBelow::percent),
        };
        Some((self.versions.project(), written.plan(&self.project, &selection, key_prefix)))
    }

    pub(super) fn restore(&mut self, read: Result<Reading, String>) {
        let following = *self.saving.mode() == Mode::Following;
        let replace = std::mem::take(&mut self.taking_over);
        match read {
            Err(e) if following => self.error(format!(
                "The other tab's save could not be read ({e}); this tab shows it as it was."
            )),
            Err(e) => {
                self.saving.refused(e.clone());
                self.error(format!("The project saved in this browser could not be restored: {e}. It is kept in storage, untouched, and nothing is saved until you choose below."));
            }
            Ok(Reading::Nothing) if following => {}
            Ok(Reading::Nothing) => match self.project.documents.is_empty() {
                true => self.saving.restored(self.versions.project()),
                false => self.saving.restored_unsaved(),
            },
            Ok(Reading::Pieces(restored) | Reading::Earlier(restored)) if following => {
                self.follow_other_tab(restored)
            }
            Ok(_) if !replace && !self.project.documents.is_empty() => self.saving.refused(
                "this tab already holds other work; export it, start a new project, then retry"
                    .into(),
            ),
            Ok(Reading::Pieces(restored)) => {
                self.open_restored(restored, replace);
                self.saving.restored(self.versions.project());
            }
            Ok(Reading::Earlier(restored)) => {
                self.open_restored(restored, replace);
                self.saving.restored_unsaved();
            }
        }
    }

    /// Opens the stored project: in place of an empty one, or of the project this tab showed
    /// while it followed another (`replace`).
    fn open_restored(&mut self, restored: Restored, replace: bool) {
        if replace {
            return self.follow_other_tab(restored);
        }
        self.project = restored.project;
        self.touched(Touched::Catalog);
        self.selected_document = restored.selection.document;
        self.selected_claim = restored.selection.claim;
        self.hide_below = restored.selection.hide_below.and_then(HideBelow::new);
    }

    /// Shows the writing tab's project as saved, keeping this tab's selection where it still
    /// exists; undo history of an earlier project no longer applies.
    fn follow_other_tab(&mut self, restored: Restored) {
        let (document, claim) = (self.selected_document.take(), self.selected_claim.take());
        self.project = restored.project;
        self.touched(Touched::Catalog);
        self.history = History::default();
        self.selected_document =
            document.filter(|d| self.project.document(d).is_some()).or(restored.selection.document);
        self.selected_claim = claim.filter(|c| self.project.claim(c).is_some());
    }
}
