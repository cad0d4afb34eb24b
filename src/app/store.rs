//! The page's state: the project plus what the user is looking at, and every message that
//! changes it. `Store::update` is the one place state changes; the views only read it.

use std::collections::BTreeMap;

use crate::app::worker::{from_wire, Done, LinkJob, Linked};
use crate::format::import_json;
use crate::format::pieces::Restored;
use crate::model::Status;
use crate::model::{Origin, Project, SpeakerKind};
use crate::pipeline::{add_prepared, add_prepared_linked, Added, InputFile, Prepared};
use crate::review::caret::{first_word_from, move_by_word, End};
use crate::review::describe::{claim_of, describe};
use crate::review::query::{leaves_listing_unchanged, list_claims, Filter, Sort};
use crate::review::queue::next_to_review;
use crate::review::{Action, History};
use crate::session::saving::{Change, Saving};
use crate::text::Span;

mod saving;

/// A message shown to the user: information leaves on its own (the app shell expires it),
/// an error stays until dismissed. The same text is never shown twice: it moves to the end.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Unique per notice shown; a repeated text gets a new one (and a new time to leave).
    pub id: u64,
    pub level: Level,
    pub text: String,
    /// How many times the same text was said.
    pub times: u32,
}

/// At most this many notices are shown; the oldest information goes first.
const MAX_NOTICES: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// Everything the page shows.
#[derive(Default)]
pub struct Store {
    pub project: Project,
    pub selected_document: Option<String>,
    pub selected_claim: Option<String>,
    pub notices: Vec<Notice>,
    /// Files being read right now (drop in progress).
    pub reading: usize,
    pub analysis: Analysis,
    /// What autosave owes the stored record (session/saving.rs).
    pub saving: Saving,
    /// The change autosave has not been asked to save yet (read by the app shell).
    unsaved: Option<Change>,
    /// Bumped by every change of the project itself (not of what is looked at): the revision
    /// autosave saves and acknowledges.
    pub edits: u64,
    /// Bumped when the lists of documents, speakers or tags may have changed (or a document's
    /// claim count): views that show only those lists re-render only then.
    pub catalog: u64,
    pub side: Side,
    pub help_open: bool,
    pub history: History,
    pub filter: Filter,
    pub sort: Sort,
    /// The claims list as currently filtered and sorted (indices into `project.claims`),
    /// recomputed only when the project, filter or sort change.
    pub listed: Vec<usize>,
    /// The `edits`, filter and sort `listed` was computed for.
    listed_for: Option<(u64, Filter, Sort)>,
    other_tab_warned: bool,
    next_notice: u64,
    /// The last review action in words, for the screen reader's live region; `announced`
    /// moves with every announcement, so the same words are said again.
    pub announcement: String,
    pub announced: u64,
    /// Whether a tag key also moves on to the next claim to review (off by default).
    pub tag_keys_advance: bool,
    /// Text selected from the keyboard in the selected document (Shift+arrows).
    pub keyboard_selection: Option<Span>,
    /// This tab followed another one and now writes: the next restore replaces the project.
    taking_over: bool,
}

/// What reading the stored project found.
pub enum Reading {
    Nothing,
    /// The project in pieces, as this version saves it: what is stored is the open project.
    Pieces(Restored),
    /// The single record of earlier versions: not saved in pieces yet.
    Earlier(Restored),
}

pub use crate::format::ExportFormat;

/// What the side pane shows under the inspector.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Claims,
    Speakers,
    Story,
    Tags,
}

/// Files sent to the worker, results waiting to be linked and added, and the worker's copy of
/// the project.
///
/// A run of files (one drop, or several while the first is analysed) is added in one piece
/// when all its files are in, like `claimlens extract` adds all its files: the worker links
/// them (speakers, duplicates, clusters) on its copy of the project and the page applies the
/// links. So the same files give the same ids and clusters as the command line.
#[derive(Default)]
pub struct Analysis {
    /// Files submitted since the page opened; the next file gets this number.
    pub submitted: u32,
    /// Results received so far.
    pub done: u32,
    /// Results received in the current run of work (for progress).
    pub run_done: u32,
    /// The number of the next result to add (results are added in submission order).
    next: u32,
    ready: BTreeMap<u32, Result<Prepared, String>>,
    /// Files submitted in the current run of work (for progress), reset when all are added.
    pub run_total: u32,
    /// Files whose links were asked of the worker and not answered yet.
    pub linking: Option<Linking>,
    /// A link request for the app shell to send to the worker.
    to_send: Option<LinkJob>,
    /// The `Store::edits` the worker's copy of the project matches, if known.
    worker_copy: Option<u64>,
    runs: u32,
    /// The last file analysed: its name and how many claims it holds (shown with progress).
    pub last: Option<(String, usize)>,
}

/// Files waiting for their links.
pub struct Linking {
    run: u32,
    /// `Store::edits` when the links were asked for: if the project changed since, the links
    /// do not fit and the page links itself.
    edits: u64,
    /// How many results of the run this covers (refused files included), for progress.
    results: u32,
    prepared: Vec<Prepared>,
}

impl Linking {
    pub fn file_count(&self) -> usize {
        self.prepared.len()
    }
}

/// What can happen on the page.
pub enum Msg {
    /// Files finished reading (all files of one drop or pick, in their order): the app shell
    /// sends them to the worker after `Store::submit` numbered them.
    FilesRead(Vec<InputFile>),
    /// The worker finished one file.
    Prepared(Done),
    /// The worker linked a run of files (or could not).
    Linked(Linked),
    /// Nothing changed, paint what the last `Linked` applied (handled by the app shell).
    Paint,
    /// The worker was restarted: its copy of the project is gone.
    AnalyserRestarted,
    /// Files were not read (too large) or could not be read by the browser: (name, a message
    /// naming the file and why).
    FilesFailed(Vec<(String, String)>),
    ReadingStarted(usize),
    /// Something failed outside the store (an import not read, an export): say so in red.
    Failed(String),
    SelectDocument(String),
    SelectClaim(String),
    Import {
        name: String,
        json: String,
    },
    NewProject,
    /// Download the project as claimlens/1 (handled by the app shell: it is a side effect).
    Export,
    /// Download in another format (handled by the app shell).
    ExportAs(ExportFormat),
    /// A download could not start (the app shell's message): shown as an error.
    ExportFailed {
        file: String,
        reason: String,
    },
    DismissNotice(usize),
    ShowSide(Side),
    CloseHelp,
    /// Make a manual claim of the text selected in the reader (read by the app shell).
    ClaimFromSelection,
    /// Set a span of the selected claim from the reader selection (read by the app shell).
    SpanFromSelection(crate::review::SpanField),
    /// Remove the cue or source span of the selected claim.
    ClearSelectedSpan(crate::review::SpanField),
    /// The reader selection, as byte offsets, for the message it answers.
    Selected {
        start: usize,
        end: usize,
        then: Box<Msg>,
    },
    /// A review edit (undoable).
    Review(Action),
    /// The speaker field of `claim` was set to this name: an existing speaker's name (any
    /// case) assigns it, an empty one clears it, a new one creates a speaker.
    SpeakerNamed {
        claim: String,
        name: String,
    },
    /// Show only the claims of the speaker with this name (any case); empty shows every speaker.
    FilterBySpeakerName(String),
    /// Merge the speaker `absorb` into the other speaker with this name (any case).
    MergeIntoSpeakerNamed {
        absorb: String,
        name: String,
    },
    Undo,
    Redo,
    SetFilter(Filter),
    SetSort(Sort),
    /// Toggle the tag bound to this shortcut key on the selected claim.
    TagKey(String),
    /// Accept, reject or reset the selected claim.
    SetSelectedStatus(crate::model::Status),
    ToggleHelp,
    /// Select the next (+1) or previous (-1) claim of the claims list.
    StepClaim(isize),
    /// Accept, reject or reset every version of the selected claim (all outlets), then go on.
    SetSelectedClusterStatus(Status),
    /// Show only the claims still to review, or all again.
    ToggleToReview,
    /// Whether tag keys also move on to the next claim to review.
    SetTagKeysAdvance(bool),
    /// Move one end of the keyboard selection by a word (it starts from the selected claim).
    MoveSelection {
        end: End,
        forward: bool,
    },
    /// Escape outside a field: drop the keyboard selection.
    ClearSelection,
    /// These information notices have been shown long enough.
    NoticesExpired(Vec<u64>),
    /// The autosaved project was read (`Err`: what is saved could not be read back, and why;
    /// its records are kept). In a tab that follows another one it replaces the open project.
    Restored(Result<Reading, String>),
    /// Read the stored project again (after a refused restore; handled by the app shell too).
    RetryRestore,
    /// Go on without the stored project that could not be restored (its records stay under
    /// quarantine keys): autosave writes the open project from now on.
    StartOver,
    /// Download every stored record as read, after a refused restore (handled by the app shell).
    ExportStoredRecords,
    /// Another tab has the page open and no one-writer lock is available (older browsers).
    OtherTabOpen,
    /// This tab holds the writer's lock: read the stored project and save from now on (the
    /// app shell reads it).
    BecameWriter,
    /// Another tab writes the project: follow its saves, refuse edits here.
    Follow,
    /// The writer saved (heard by a following tab; the app shell reads the project again).
    OtherTabSaved,
    /// Ask the writing tab to hand over (handled by the app shell).
    EditHere,
    /// Another tab asked to write: finish the last save and follow (the app shell does it).
    HandOver,
    /// The browser closed the storage connection (why): nothing counts as stored any more.
    StorageLost(String),
    /// Autosave finished writing the given edit revision, or failed.
    Autosaved(Result<u64, String>),
}

impl Store {
    pub fn new() -> Store {
        Store {
            project: Project { tags: crate::model::default_tags(), ..Project::default() },
            ..Store::default()
        }
    }

    pub fn update(&mut self, msg: Msg) {
        if self.refuses_edit(&msg) {
            return self.say_edits_are_off();
        }
        let before = (self.edits, self.selected_document.clone(), self.selected_claim.clone());
        self.update_inner(msg);
        self.link_when_all_in();
        self.list_claims_if_changed();
        let change = if self.edits != before.0 {
            Some(Change::Edit)
        } else if (&self.selected_document, &self.selected_claim) != (&before.1, &before.2) {
            Some(Change::Selection)
        } else {
            None
        };
        self.unsaved = match (self.unsaved, change) {
            (Some(Change::Edit), _) | (_, Some(Change::Edit)) => Some(Change::Edit),
            (unsaved, change) => unsaved.or(change),
        };
    }

    /// Computes the claims list again unless nothing it depends on changed since.
    fn list_claims_if_changed(&mut self) {
        if !self.listing_is_current() {
            self.listed = list_claims(&self.project, &self.filter, self.sort);
            self.listed_for = Some((self.edits, self.filter.clone(), self.sort));
        }
    }

    /// Whether `listed` was computed for the current edits, filter and sort.
    fn listing_is_current(&self) -> bool {
        matches!(&self.listed_for, Some((edits, filter, sort))
            if *edits == self.edits && *filter == self.filter && *sort == self.sort)
    }

    fn update_inner(&mut self, msg: Msg) {
        match msg {
            Msg::ReadingStarted(n) => self.reading += n,
            Msg::Failed(message) => self.error(message),
            Msg::FilesRead(_) => {} // numbered by `submit` and sent to the worker by the app shell
            Msg::Paint => {}
            Msg::Prepared(done) => self.receive(done),
            Msg::Linked(linked) => self.add_linked(linked),
            Msg::AnalyserRestarted => self.analysis.worker_copy = None,
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
                let edits = self.edits + 1;
                let saving = std::mem::take(&mut self.saving);
                let analysis = (std::mem::take(&mut self.analysis), self.reading);
                let catalog = self.catalog + 1;
                *self = Store { saving, edits, catalog, ..Store::new() };
                self.keep_analysis(analysis);
            }
            Msg::Export | Msg::ExportAs(_) => {}
            Msg::ExportFailed { file, reason } => {
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
                self.edits += 1;
                self.info("The project that could not be restored stays in this browser's storage, set aside; this tab saves its own work from now on.".into());
            }
            Msg::ExportStoredRecords | Msg::EditHere | Msg::OtherTabSaved => {}
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
                self.edits += 1;
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
            Msg::ClaimFromSelection | Msg::SpanFromSelection(_) => {
                match self.keyboard_selection {
                    Some(span) => self.use_selection(span.start(), span.end(), msg_again(&msg)),
                    None => self.info(
                        "Select some text in the reader first (with the mouse, or Shift+→ from the selected claim)"
                            .into(),
                    ),
                }
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
            Msg::SetTagKeysAdvance(on) => self.tag_keys_advance = on,
            Msg::MoveSelection { end, forward } => self.move_selection(end, forward),
            Msg::ClearSelection => self.keyboard_selection = None,
            Msg::NoticesExpired(ids) => {
                self.notices.retain(|n| !ids.contains(&n.id) || n.level == Level::Error);
            }
            Msg::ToggleHelp => self.help_open = !self.help_open,
            Msg::StepClaim(step) => self.step_claim(step),
            Msg::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
        }
    }

    /// Numbers `count` files for the worker; returns the first number.
    pub fn submit(&mut self, count: usize) -> u32 {
        self.reading = self.reading.saturating_sub(count);
        let first = self.analysis.submitted;
        self.analysis.submitted += count as u32;
        self.analysis.run_total += count as u32;
        first
    }

    fn receive(&mut self, done: Done) {
        let result = done.result.and_then(from_wire);
        if let Ok(file) = &result {
            self.analysis.last = Some((file.name.clone(), file.extraction.attributions.len()));
        }
        self.analysis.done += 1;
        self.analysis.run_done += 1;
        self.analysis.ready.insert(done.index, result);
    }

    /// When every file dropped has been read and analysed and no link is pending, asks for the
    /// links of them all.
    fn link_when_all_in(&mut self) {
        let run = &mut self.analysis;
        let all_in = self.reading == 0 && run.done == run.submitted;
        if !all_in || run.linking.is_some() || run.ready.is_empty() {
            return;
        }
        let mut prepared = Vec::new();
        let mut indices = Vec::new();
        let mut refused = Vec::new();
        let first = run.next;
        while let Some(result) = run.ready.remove(&run.next) {
            match result {
                Ok(file) => {
                    indices.push(run.next);
                    prepared.push(file);
                }
                Err(message) => refused.push(message),
            }
            run.next += 1;
        }
        run.runs += 1;
        let project = (run.worker_copy != Some(self.edits))
            .then(|| crate::format::export_json_line(&self.project));
        run.to_send = Some(LinkJob { run: run.runs, indices, project });
        let results = run.next - first;
        run.linking = Some(Linking { run: run.runs, edits: self.edits, results, prepared });
        for message in refused {
            self.error(message);
        }
    }

    /// The link request to send to the worker, once (read by the app shell after each update).
    pub fn take_link_request(&mut self) -> Option<LinkJob> {
        self.analysis.to_send.take()
    }

    /// Adds the run's files with the worker's links, or links them here when the worker could
    /// not or the project changed meanwhile (slower, same result).
    fn add_linked(&mut self, linked: Linked) {
        let Some(linking) = self.analysis.linking.take_if(|l| l.run == linked.run) else {
            return;
        };
        let run = &mut self.analysis;
        run.run_total = run.run_total.saturating_sub(linking.results);
        run.run_done = run.run_done.saturating_sub(linking.results);
        let prepared: Vec<_> = linking.prepared.into_iter().map(Ok).collect();
        let linked_here = |project: &mut Project, prepared, why: String| {
            gloo::console::log!(format!("claimlens: linking on the page ({why})"));
            add_prepared(project, prepared)
        };
        let added = match linked.links {
            Ok(_) if linking.edits != self.edits => {
                let why = "the project changed while the files were linked".to_string();
                linked_here(&mut self.project, prepared, why)
            }
            Ok(links) => match add_prepared_linked(&mut self.project, prepared, links) {
                Ok(added) => {
                    self.analysis.worker_copy = Some(self.edits + 1);
                    self.project_changed();
                    return self.announce(added);
                }
                Err((mismatch, prepared)) => {
                    linked_here(&mut self.project, prepared, mismatch.to_string())
                }
            },
            Err(why) => linked_here(&mut self.project, prepared, why),
        };
        self.analysis.worker_copy = None;
        self.project_changed();
        self.announce(added);
    }

    fn announce(&mut self, added: Added) {
        for (name, same) in &added.already_present {
            self.info(format!("{name}: same text as {same}, already loaded; not added again"));
        }
        if let Some(first) = added.documents.first() {
            if self.selected_document.is_none() {
                self.selected_document = Some(first.clone());
            }
            // the review starts at the first claim: a decision key works at once
            if self.selected_claim.is_none() {
                let document = self.selected_document.as_deref();
                let claim =
                    self.project.claims.iter().find(|c| Some(c.document.as_str()) == document);
                if let Some(id) = claim.map(|c| c.id.clone()) {
                    self.select_claim(id);
                }
            }
            let new: std::collections::HashSet<&str> =
                added.documents.iter().map(String::as_str).collect();
            let claims =
                self.project.claims.iter().filter(|c| new.contains(c.document.as_str())).count();
            self.info(format!(
                "Added {} document(s), {claims} claim(s) found",
                added.documents.len()
            ));
        }
    }

    /// Records a change of the project (any change, including one of the catalog).
    fn project_changed(&mut self) {
        self.edits += 1;
        self.catalog += 1;
    }

    /// Applies a review edit; whether it was made (a refused one is reported).
    fn review(&mut self, action: Action) -> bool {
        let claim_local = action.is_claim_local();
        let listing_kept =
            leaves_listing_unchanged(&action, &self.filter) && self.listing_is_current();
        let words = describe(&action, &self.project);
        let merge = matches!(action, Action::MergeSpeakers { .. });
        let moved = match &action {
            Action::MergeSpeakers { absorb, .. } => {
                self.project.claims.iter().filter(|c| c.speaker.as_ref() == Some(absorb)).count()
            }
            _ => 0,
        };
        let done = match self.history.perform(&mut self.project, action) {
            Ok(()) if claim_local => {
                self.edits += 1;
                true
            }
            Ok(()) => {
                self.project_changed();
                true
            }
            Err(e) => {
                self.error(format!("Not changed: {e}"));
                false
            }
        };
        if done {
            self.announce_text(capitalised(&words));
        }
        if done && merge {
            let words = capitalised(&words);
            self.info(format!("{words}: {moved} claim(s) moved. Undo (z) takes it back."));
        }
        if let (true, Some((edits, _, _))) = (listing_kept, &mut self.listed_for) {
            *edits = self.edits;
        }
        done
    }

    /// Files still being read or analysed survive a new project or an import: they are added
    /// to it.
    fn keep_analysis(&mut self, (analysis, reading): (Analysis, usize)) {
        self.analysis = analysis;
        self.reading = reading;
    }

    /// Turns the reader selection into a new claim or a span of the selected claim.
    fn use_selection(&mut self, start: usize, end: usize, then: Msg) {
        self.keyboard_selection = None;
        let Some(doc) = self.selected_document.as_deref().and_then(|d| self.project.document(d))
        else {
            return;
        };
        let Some(span) = Span::within(&doc.text, start, end).map(|s| s.trim(&doc.text, &[])) else {
            return;
        };
        let document = doc.id.clone();
        match then {
            Msg::ClaimFromSelection => {
                let before = self.project.claims.len();
                self.review(Action::AddClaim {
                    document: document.clone(),
                    content: span,
                    speaker: None,
                });
                if self.project.claims.len() > before {
                    let new = self.project.claims.iter().find(|c| {
                        c.document == document && c.content == span && c.origin == Origin::Manual
                    });
                    if let Some(id) = new.map(|c| c.id.clone()) {
                        self.select_claim(id);
                    }
                }
            }
            Msg::SpanFromSelection(field) => match self.selected_claim.clone() {
                Some(claim) => {
                    self.review(Action::SetSpan { claim, field, span: Some(span) });
                }
                None => self.info("Select a claim first".into()),
            },
            _ => {}
        }
    }

    /// The speaker a typed name means: one called so, else the most quoted one with it as an
    /// alias ("Trump" → Donald Trump); a name no speaker has creates one, and says so.
    fn name_speaker(&mut self, claim: String, name: String) {
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

    fn filter_by_speaker_name(&mut self, name: &str) {
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

    fn merge_into_speaker_named(&mut self, absorb: String, name: &str) {
        match self.speaker_named(name, Some(&absorb)) {
            Some(keep) => {
                self.review(Action::MergeSpeakers { keep, absorb });
            }
            None if name.trim().is_empty() => {}
            None => self.error(format!(
                "Not merged: no other speaker is named “{}”. Pick a name from the list.",
                name.trim()
            )),
        }
    }

    fn toggle_tag_by_key(&mut self, key: &str) {
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

    fn step_claim(&mut self, step: isize) {
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

    fn select_claim(&mut self, id: String) {
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
    fn decide(&mut self, action: Action) {
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
                let left = crate::review::queue::progress(&self.project);
                self.announce_more(&format!("Next: {}; {}", self.claim_summary(), left.label()));
            }
            None => {
                let done = crate::review::queue::progress(&self.project);
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

    /// Says `text` in the live region (screen readers read it out).
    fn announce_text(&mut self, text: String) {
        self.announcement = text;
        self.announced += 1;
    }

    /// Adds to what the live region says for this message.
    fn announce_more(&mut self, more: &str) {
        let text = format!("{}. {more}", self.announcement.trim_end_matches('.'));
        self.announce_text(text);
    }

    fn undo(&mut self) {
        let Some(action) = self.history.last_done().cloned() else {
            return self.info("Nothing to undo".into());
        };
        let words = describe(&action, &self.project);
        if self.history.undo(&mut self.project) {
            self.project_changed();
            self.show_claim_of(&action);
            self.info(format!("Undone: {words}"));
            self.announce_text(format!("Undone: {words}"));
        }
    }

    fn redo(&mut self) {
        let Some(action) = self.history.last_undone().cloned() else {
            return self.info("Nothing to redo".into());
        };
        let words = describe(&action, &self.project);
        match self.history.redo(&mut self.project) {
            true => {
                self.project_changed();
                self.show_claim_of(&action);
                self.info(format!("Redone: {words}"));
                self.announce_text(format!("Redone: {words}"));
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

    /// Grows or shrinks the keyboard selection a word; the first move starts from the selected
    /// claim's content (or the document's first word).
    fn move_selection(&mut self, end: End, forward: bool) {
        let Some(doc) = self.selected_document.as_deref().and_then(|d| self.project.document(d))
        else {
            return;
        };
        let claim = self.selected_claim.as_deref().and_then(|id| self.project.claim(id));
        let current = self.keyboard_selection.or_else(|| match claim {
            Some(c) if c.document == doc.id => Some(c.content),
            _ => first_word_from(&doc.text, 0),
        });
        let Some(current) = current else { return };
        let moved = move_by_word(&doc.text, current, end, forward);
        let words = moved.slice(&doc.text).chars().take(80).collect::<String>();
        self.keyboard_selection = Some(moved);
        self.announce_text(format!("Selected: {words}"));
    }

    fn import(&mut self, name: &str, json: &str) {
        match import_json(json) {
            Ok(project) => {
                let saving = std::mem::take(&mut self.saving);
                let edits = self.edits + 1;
                let analysis = (std::mem::take(&mut self.analysis), self.reading);
                let catalog = self.catalog + 1;
                *self = Store { project, saving, edits, catalog, ..Store::new() };
                self.keep_analysis(analysis);
                self.selected_document = self.project.documents.first().map(|d| d.id.clone());
                self.info(format!("Imported {name}"));
            }
            Err(error) => self
                .error(format!("{name} was not imported: {error}. The open project is unchanged.")),
        }
    }

    fn info(&mut self, text: String) {
        self.notify(Level::Info, text);
    }

    fn error(&mut self, text: String) {
        self.notify(Level::Error, text);
    }

    /// Shows a notice once: the same text again moves to the end (and is counted); beyond
    /// `MAX_NOTICES` the oldest information leaves first.
    fn notify(&mut self, level: Level, text: String) {
        self.next_notice += 1;
        let id = self.next_notice;
        let times = match self.notices.iter().position(|n| n.level == level && n.text == text) {
            Some(at) => self.notices.remove(at).times + 1,
            None => 1,
        };
        self.notices.push(Notice { id, level, text, times });
        while self.notices.len() > MAX_NOTICES {
            let oldest = self.notices.iter().position(|n| n.level == Level::Info).unwrap_or(0);
            self.notices.remove(oldest);
        }
    }
}

/// The message again (for a selection that comes from the keyboard, not the browser).
fn msg_again(msg: &Msg) -> Msg {
    match msg {
        Msg::SpanFromSelection(field) => Msg::SpanFromSelection(*field),
        _ => Msg::ClaimFromSelection,
    }
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
