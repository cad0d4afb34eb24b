//! The page's state: the project plus what the user is looking at, and every message that
//! changes it. `Store::update` is the one place state changes; the views only read it.

use std::collections::BTreeMap;

use crate::app::worker::{from_wire, Done};
use crate::format::pieces::{Restored, SavePlan, Selection, Written};
use crate::format::{export_json, import_json};
use crate::model::{Origin, Project};
use crate::pipeline::{add_prepared, InputFile, Prepared};
use crate::review::query::{list_claims, Filter, Sort};
use crate::review::{Action, History};
use crate::text::Span;

/// A message shown to the user until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub level: Level,
    pub text: String,
}

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
    pub autosave: Autosave,
    /// Bumped by every message that changes what autosave keeps.
    pub revision: u64,
    pub side: Side,
    pub help_open: bool,
    pub history: History,
    pub filter: Filter,
    pub sort: Sort,
    /// The claims list as currently filtered and sorted (indices into `project.claims`),
    /// recomputed only when the project, filter or sort change.
    pub listed: Vec<usize>,
    other_tab_warned: bool,
}

/// The export formats besides claimlens/1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    W3c,
    Brat,
    Csv,
}

/// What the side pane shows under the inspector.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Claims,
    Speakers,
    Story,
    Tags,
}

/// Files sent to the worker and results waiting to be added in order.
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
    /// Files submitted in the current run of work (for progress), reset when all are done.
    pub run_total: u32,
    /// Documents and claims added in the current run, announced when it ends.
    run_added: (usize, usize),
}

/// Results are added to the project in groups, so a long run shows documents as they come
/// without re-linking the whole story after every one: a group is at least this many files
/// and at least a quarter of what is already loaded (so re-linking stays linear overall).
const ADD_AT_LEAST: usize = 25;

/// Where autosave stands; nothing is written before the saved project was read back.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Autosave {
    #[default]
    Restoring,
    /// Saved up to this revision.
    Saved(u64),
    Failed(String),
}

/// What can happen on the page.
pub enum Msg {
    /// Files finished reading (all files of one drop or pick, in their order): the app shell
    /// sends them to the worker after `Store::submit` numbered them.
    FilesRead(Vec<InputFile>),
    /// The worker finished one file.
    Prepared(Done),
    /// Files could not be read by the browser at all: (name, reason).
    FilesFailed(Vec<(String, String)>),
    ReadingStarted(usize),
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
    /// The autosaved project was read (`Ok(None)`: nothing saved yet; `Err`: what is saved is
    /// not a valid project, and why).
    Restored(Result<Option<Restored>, String>),
    /// Another tab has the page (and so the same autosaved project) open.
    OtherTabOpen,
    /// Autosave finished writing the given revision, or failed.
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
        if !matches!(
            msg,
            Msg::Autosaved(_)
                | Msg::DismissNotice(_)
                | Msg::ReadingStarted(_)
                | Msg::ToggleHelp
                | Msg::CloseHelp
                | Msg::Export
                | Msg::ExportAs(_)
                | Msg::OtherTabOpen
                | Msg::Prepared(_)
                | Msg::FilesRead(_)
        ) {
            self.revision += 1;
        }
        self.update_inner(msg);
        self.listed = list_claims(&self.project, &self.filter, self.sort);
    }

    fn update_inner(&mut self, msg: Msg) {
        match msg {
            Msg::ReadingStarted(n) => self.reading += n,
            Msg::FilesRead(_) => {} // numbered by `submit` and sent to the worker by the app shell
            Msg::Prepared(done) => self.receive(done),
            Msg::FilesFailed(failed) => {
                for (name, reason) in failed {
                    self.error(format!("{name}: the browser could not read the file ({reason})"));
                }
            }
            Msg::SelectDocument(id) => {
                self.selected_document = Some(id);
            }
            Msg::SelectClaim(id) => self.select_claim(id),
            Msg::Import { name, json } => self.import(&name, &json),
            Msg::NewProject => {
                let revision = self.revision;
                *self = Store { autosave: Autosave::Saved(0), revision, ..Store::new() };
            }
            Msg::Export | Msg::ExportAs(_) => {}
            Msg::OtherTabOpen => {
                if !self.other_tab_warned {
                    self.other_tab_warned = true;
                    self.error("claimlens is open in another tab too: both save to the same project in this browser, so edits in one can overwrite the other. Close one of them.".into());
                }
            }
            Msg::Restored(restored) => self.restore(restored),
            Msg::Autosaved(Ok(revision)) => self.autosave = Autosave::Saved(revision),
            Msg::Autosaved(Err(e)) => {
                if !matches!(self.autosave, Autosave::Failed(_)) {
                    self.error(format!("Your work is NOT being saved in this browser: {e}. Export JSON to keep it."));
                }
                self.autosave = Autosave::Failed(e);
            }
            Msg::ShowSide(side) => self.side = side,
            Msg::CloseHelp => self.help_open = false,
            Msg::ClaimFromSelection | Msg::SpanFromSelection(_) => {
                self.info("Select some text in the reader first".into());
            }
            Msg::ClearSelectedSpan(field) => {
                if let Some(claim) = self.selected_claim.clone() {
                    self.review(Action::SetSpan { claim, field, span: None });
                }
            }
            Msg::Selected { start, end, then } => self.use_selection(start, end, *then),
            Msg::Review(action) => self.review(action),
            Msg::Undo => {
                if !self.history.undo(&mut self.project) {
                    self.info("Nothing to undo".into());
                }
            }
            Msg::Redo => {
                if !self.history.redo(&mut self.project) {
                    self.info("Nothing to redo".into());
                }
            }
            Msg::SetFilter(filter) => self.filter = filter,
            Msg::SetSort(sort) => self.sort = sort,
            Msg::TagKey(key) => self.toggle_tag_by_key(&key),
            Msg::SetSelectedStatus(status) => match self.selected_claim.clone() {
                Some(claim) => self.review(Action::SetStatus { claim, status }),
                None => self.info("Select a claim first (j / k)".into()),
            },
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
        self.analysis.done += 1;
        self.analysis.run_done += 1;
        self.analysis.ready.insert(done.index, result);
        let all_in = self.analysis.done == self.analysis.submitted;
        let group = ADD_AT_LEAST.max(self.project.documents.len() / 4);
        if all_in || self.analysis.ready.len() >= group {
            self.add_ready_results();
        }
        if all_in {
            let (documents, claims) = std::mem::take(&mut self.analysis.run_added);
            if documents > 0 {
                self.info(format!("Added {documents} document(s), {claims} claim(s) found"));
            }
            self.analysis.run_total = 0;
            self.analysis.run_done = 0;
        }
    }

    /// Adds the results that are next in submission order.
    fn add_ready_results(&mut self) {
        let mut batch = Vec::new();
        while let Some(result) = self.analysis.ready.remove(&self.analysis.next) {
            self.analysis.next += 1;
            match result {
                Ok(prepared) => batch.push(Ok(prepared)),
                Err(message) => self.error(message),
            }
        }
        if !batch.is_empty() {
            self.add(batch);
        }
    }

    fn add(&mut self, prepared: Vec<Result<Prepared, crate::text::decode::ReadError>>) {
        self.revision += 1;
        let added = add_prepared(&mut self.project, prepared);
        for (name, same) in &added.already_present {
            self.info(format!("{name}: same text as {same}, already loaded; not added again"));
        }
        if let Some(first) = added.documents.first() {
            if self.selected_document.is_none() {
                self.selected_document = Some(first.clone());
            }
            let claims = self
                .project
                .claims
                .iter()
                .filter(|c| added.documents.contains(&c.document))
                .count();
            self.info(format!(
                "Added {} document(s), {claims} claim(s) found",
                added.documents.len()
            ));
        }
    }

    fn review(&mut self, action: Action) {
        if let Err(e) = self.history.perform(&mut self.project, action) {
            self.error(format!("Not changed: {e}"));
        }
    }

    /// Turns the reader selection into a new claim or a span of the selected claim.
    fn use_selection(&mut self, start: usize, end: usize, then: Msg) {
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
                Some(claim) => self.review(Action::SetSpan { claim, field, span: Some(span) }),
                None => self.info("Select a claim first".into()),
            },
            _ => {}
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
        self.review(Action::ToggleTag { claim, tag });
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
            self.selected_document = Some(claim.document.clone());
            self.selected_claim = Some(id);
        }
    }

    fn import(&mut self, name: &str, json: &str) {
        match import_json(json) {
            Ok(project) => {
                let (revision, autosave) = (self.revision, self.autosave.clone());
                *self = Store { project, revision, autosave, ..Store::new() };
                self.selected_document = self.project.documents.first().map(|d| d.id.clone());
                self.info(format!("Imported {name}"));
            }
            Err(error) => self
                .error(format!("{name} was not imported: {error}. The open project is unchanged.")),
        }
    }

    /// What the next autosave writes (by comparing the project with what is stored, `written`):
    /// the revision it saves and the plan, `None` when nothing changed. `None` at all until
    /// the saved project has been read back.
    pub fn plan_autosave(
        &self,
        written: &Written,
        key_prefix: &str,
    ) -> Option<(u64, Option<SavePlan>)> {
        if self.autosave == Autosave::Restoring {
            return None;
        }
        let selection = Selection {
            document: self.selected_document.clone(),
            claim: self.selected_claim.clone(),
        };
        Some((self.revision, written.plan(&self.project, &selection, key_prefix)))
    }

    /// Whether every change so far is written to the browser's storage.
    pub fn is_saved(&self) -> bool {
        self.autosave == Autosave::Saved(self.revision)
    }

    fn restore(&mut self, restored: Result<Option<Restored>, String>) {
        self.autosave = Autosave::Saved(self.revision);
        match restored {
            Ok(Some(restored)) if self.project.documents.is_empty() => {
                self.project = restored.project;
                self.selected_document = restored.selection.document;
                self.selected_claim = restored.selection.claim;
            }
            Ok(_) => {}
            Err(e) => self.error(format!(
                "The autosaved project could not be restored ({e}); starting empty."
            )),
        }
    }

    /// The project as claimlens/1 JSON, stamped with the export time.
    pub fn export(&self, exported_at: &str) -> String {
        export_json(&self.project, Some(exported_at))
    }

    fn info(&mut self, text: String) {
        self.notices.push(Notice { level: Level::Info, text });
    }

    fn error(&mut self, text: String) {
        self.notices.push(Notice { level: Level::Error, text });
    }
}
