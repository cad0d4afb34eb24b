//! Each message to the code that applies it: the one `match` over `Msg`.

use super::effect::Effect;
use super::msg::Msg;
use super::versions::Touched;
use super::Session;
use crate::format::ExportFormat;
use crate::model::{Project, Status};
use crate::review::Action;

impl Session {
    /// Starts writing an export, unless one is being written.
    fn export(&mut self, format: ExportFormat) {
        if let Some(writing) = self.exporting {
            let name = writing.format.file_name();
            self.info(format!(
                "{name} is still being written ({}%); export again once it is downloaded.",
                writing.percent()
            ));
            return;
        }
        self.exporting = Some(super::Exporting { format, done: 0, total: 0 });
        self.effects.push(Effect::Download(format));
    }

    pub(super) fn apply(&mut self, msg: Msg) {
        match msg {
            Msg::ReadingStarted(n) => self.reading += n,
            Msg::Failed(message) => self.error(message),
            Msg::FilesRead(files) => self.submit(files),
            Msg::Paint => {}
            Msg::Prepared { index, result } => self.receive(index, result),
            Msg::Linked { run, links } => {
                self.add_linked(run, links);
                self.effects.push(Effect::PaintNextTask);
            }
            Msg::AnalyserRestarted => self.worker_restarted(),
            Msg::FilesFailed(failed) => {
                self.reading = self.reading.saturating_sub(failed.len());
                for (_, message) in failed {
                    self.error(message);
                }
            }
            Msg::SelectDocument(id) => {
                if self.selected_document.as_deref() != Some(id.as_str()) {
                    self.keyboard_selection = None;
                }
                self.selected_document = Some(id);
            }
            Msg::SelectClaim(id) => self.select_claim(id),
            Msg::Import { name, json } => self.import(&name, &json),
            Msg::NewProject => {
                let tags = crate::model::default_tags();
                self.replace_project(Project { tags, ..Project::default() });
            }
            Msg::Export => self.export(ExportFormat::Claimlens),
            Msg::ExportAs(format) => self.export(format),
            Msg::ExportProgress { done, total } => {
                if let Some(exporting) = &mut self.exporting {
                    (exporting.done, exporting.total) = (done, total);
                }
            }
            Msg::ExportWritten => self.exporting = None,
            Msg::ExportFailed { file, reason } => {
                self.exporting = None;
                self.error(format!("{file} could not be downloaded ({reason}); nothing was exported. Try again, or another browser."));
            }
            Msg::OtherTabOpen => {
                if !self.other_tab_warned {
                    self.other_tab_warned = true;
                    self.error("claimlens is open in another tab too: both save to the same project in this browser, so edits in one can overwrite the other. Close one of them.".into());
                }
            }
            Msg::Restored(restored) => self.restore(restored),
            Msg::RetryRestore => self.saving.retry(),
            Msg::StartOver => {
                self.saving.start_over();
                self.touched(Touched::Claims);
                self.info("The project that could not be restored stays in this browser's storage, set aside; this tab saves its own work from now on.".into());
            }
            Msg::ExportStoredRecords | Msg::EditHere | Msg::OtherTabSaved => {} // effects_before
            Msg::HandOver => self.saving.hand_over(),
            Msg::BecameWriter => {
                self.taking_over = self.saving.is_following();
                self.saving.retry();
            }
            Msg::Follow => {
                if self.saving.may_edit() {
                    self.info("claimlens is open in another tab, which saves the project: this tab shows its saves and does not edit. Press “Edit here” to edit in this tab instead.".into());
                }
                self.saving.follow();
            }
            Msg::StorageLost(why) => {
                self.saving.storage_lost();
                self.touched(Touched::Claims);
                self.error(format!(
                    "The browser closed this page's storage ({why}); saving everything again."
                ));
            }
            Msg::Autosaved(Ok(revision)) => self.saving.committed(revision),
            Msg::Autosaved(Err(e)) => {
                if !self.saving.is_failing() {
                    self.error(format!("Your work is NOT being saved in this browser: {e}. Export JSON to keep it; saving is retried."));
                }
                self.saving.failed(e);
            }
            Msg::ShowSide(side) => self.side = side,
            Msg::CloseHelp => self.help_open = false,
            msg @ (Msg::ClaimFromSelection | Msg::SpanFromSelection(_)) => {
                self.use_keyboard_selection(msg)
            }
            Msg::ClearSelectedSpan(field) => {
                if let Some(claim) = self.selected_claim.clone() {
                    self.review(Action::SetSpan { claim, field, span: None });
                }
            }
            Msg::Selected { start, end, then } => self.use_selection(start, end, *then),
            Msg::Review(action) => {
                self.review(action);
            }
            Msg::SpeakerNamed { claim, name } => self.name_speaker(claim, name),
            Msg::FilterBySpeakerName(name) => self.filter_by_speaker_name(&name),
            Msg::MergeIntoSpeakerNamed { absorb, name } => {
                self.merge_into_speaker_named(absorb, &name)
            }
            Msg::Propose(action) => self.propose(action),
            Msg::ConfirmProposal => self.confirm_proposal(),
            Msg::CancelProposal => self.cancel_proposal(),
            Msg::Undo => self.undo(),
            Msg::Redo => self.redo(),
            Msg::SetFilter(filter) => self.filter = filter,
            Msg::SetSort(sort) => self.sort = sort,
            Msg::TagKey(key) => self.toggle_tag_by_key(&key),
            Msg::SetSelectedStatus(status) => match self.selected_claim.clone() {
                Some(claim) => self.decide(Action::SetStatus { claim, status }),
                None => self.info("Select a claim first (j / k)".into()),
            },
            Msg::SetSelectedClusterStatus(status) => match self.selected_claim.clone() {
                Some(claim) => self.decide(Action::SetClusterStatus { claim, status }),
                None => self.info("Select a claim first (j / k)".into()),
            },
            Msg::ToggleToReview => {
                let to_review = self.filter.status == Some(Status::Suggested);
                self.filter.status = (!to_review).then_some(Status::Suggested);
            }
            Msg::HideBelow(floor) => self.hide_suggestions_below(floor),
            Msg::SetTagKeysAdvance(on) => self.tag_keys_advance = on,
            Msg::MoveSelection { end, forward } => self.move_selection(end, forward),
            Msg::ClearSelection => self.keyboard_selection = None,
            Msg::NoticesExpired(ids) => self.notices.expire(&ids),
            Msg::ToggleHelp => self.help_open = !self.help_open,
            Msg::StepClaim(step) => self.step_claim(step),
            Msg::DismissNotice(at) => self.notices.dismiss(at),
        }
    }
}
