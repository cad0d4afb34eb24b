//! The page's state: the project plus what the user is looking at, and every message that
//! changes it. `Store::update` is the one place state changes; the views only read it.

use crate::format::{export_json, import_json};
use crate::model::Project;
use crate::pipeline::{add_files, InputFile};

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
}

/// What can happen on the page.
pub enum Msg {
    /// Files finished reading (all files of one drop or pick, in their order).
    FilesRead(Vec<InputFile>),
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
    DismissNotice(usize),
}

impl Store {
    pub fn new() -> Store {
        Store {
            project: Project { tags: crate::model::default_tags(), ..Project::default() },
            ..Store::default()
        }
    }

    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::ReadingStarted(n) => self.reading += n,
            Msg::FilesRead(files) => self.add(files),
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
            Msg::NewProject => *self = Store::new(),
            Msg::Export => {}
            Msg::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
        }
    }

    fn add(&mut self, files: Vec<InputFile>) {
        self.reading = self.reading.saturating_sub(files.len());
        let added = add_files(&mut self.project, &files);
        for refused in &added.refused {
            self.error(refused.to_string());
        }
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

    fn select_claim(&mut self, id: String) {
        if let Some(claim) = self.project.claim(&id) {
            self.selected_document = Some(claim.document.clone());
            self.selected_claim = Some(id);
        }
    }

    fn import(&mut self, name: &str, json: &str) {
        match import_json(json) {
            Ok(project) => {
                *self = Store { project, ..Store::new() };
                self.selected_document = self.project.documents.first().map(|d| d.id.clone());
                self.info(format!("Imported {name}"));
            }
            Err(error) => self
                .error(format!("{name} was not imported: {error}. The open project is unchanged.")),
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
