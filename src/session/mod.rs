//! The page's state and every message that changes it, with no browser in it, so it is tested
//! natively with `cargo test`. `Session::update(msg, now)` is the one place page state changes;
//! it returns what the browser should do as [`Effect`] values (post to the worker, download,
//! save, announce, scroll), which the yew page (`app`, wasm32 only) runs, as in yew's
//! todomvc. Versions that views and caches compare are derived from what each change touched
//! (`versions`), never bumped by hand.
//!
//! - `ingest`: files to the worker, results, linking a run, a worker restart;
//! - `editing`: review edits, decisions that move on, undo/redo, the keyboard selection;
//! - `storing`: which messages this tab may not apply, restore and follow, the save plan;
//! - `saving`: the rules of autosave (what "saved" means, when a save is due);
//! - `notices`, `draft` (a text field between keystrokes), `effect`, `versions`.

mod apply;
pub mod confidence;
pub mod confirming;
pub mod draft;
mod editing;
pub mod effect;
pub mod ingest;
mod msg;
mod naming;
pub mod notices;
pub mod saving;
mod selection;
mod storing;
pub mod versions;

#[cfg(test)]
mod tests;

use crate::format::{import_json, ExportFormat};
use crate::model::Project;
use crate::review::query::{list_claims, Filter, Sort};
use crate::review::History;
use crate::text::Span;

use confidence::HideBelow;
pub use effect::Effect;
pub use ingest::{Analysis, Linking};
pub use msg::{Msg, Reading, Side};
pub use notices::{Level, Notice};
use saving::{Change, Saving};
use versions::{Touched, Versions};

/// An export being written: its format and how far it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exporting {
    pub format: ExportFormat,
    pub done: usize,
    pub total: usize,
}

impl Exporting {
    /// How far, in whole percent.
    pub fn percent(&self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0).min(100)
    }
}

/// Everything the page shows.
#[derive(Default)]
pub struct Session {
    pub project: Project,
    pub selected_document: Option<String>,
    pub selected_claim: Option<String>,
    pub notices: notices::Notices,
    /// Files being read right now (drop in progress).
    pub reading: usize,
    pub analysis: Analysis,
    /// What autosave owes the stored record (saving.rs).
    pub saving: Saving,
    /// The versions of the project views and caches compare.
    pub versions: Versions,
    pub side: Side,
    pub help_open: bool,
    /// A merge or split waiting for a yes (confirming.rs).
    pub proposal: Option<confirming::Proposal>,
    pub history: History,
    pub filter: Filter,
    pub sort: Sort,
    /// The claims list as currently filtered and sorted (indices into `project.claims`),
    /// computed again only when the project, filter or sort change.
    pub listed: Vec<usize>,
    /// Whether a tag key also moves on to the next claim to review (off by default).
    pub tag_keys_advance: bool,
    /// Text selected from the keyboard in the selected document (Shift+arrows).
    pub keyboard_selection: Option<Span>,
    /// The export being written, if any (one at a time).
    pub exporting: Option<Exporting>,
    /// Suggestions less confident than this are hidden (kept with the saved project).
    pub hide_below: Option<HideBelow>,
    /// The project version, filter, sort and floor `listed` was computed for.
    listed_for: Option<(u64, Filter, Sort, Option<HideBelow>)>,
    /// The change autosave has not been asked to save yet.
    unsaved: Option<Change>,
    /// The claim (and its row) last scrolled into view.
    shown: (Option<String>, Option<usize>),
    /// Files dropped while the stored project was still being read back.
    waiting_files: Vec<Msg>,
    other_tab_warned: bool,
    /// This tab followed another one and now writes: the next restore replaces the project.
    taking_over: bool,
    /// What this update asks of the browser, handed out at its end.
    effects: Vec<Effect>,
}

impl Session {
    pub fn new() -> Session {
        Session {
            project: Project { tags: crate::model::default_tags(), ..Project::default() },
            ..Session::default()
        }
    }

    /// Applies `msg` (at `now`, the page clock in ms) and returns what the browser should do.
    pub fn update(&mut self, msg: Msg, now: f64) -> Vec<Effect> {
        if self.files_wait_for_restore(&msg) {
            self.waiting_files.push(msg);
            return Vec::new();
        }
        if self.refuses_edit(&msg) {
            self.say_edits_are_off();
            return std::mem::take(&mut self.effects);
        }
        let before = (self.versions.project(), self.selected_document.clone(), self.hide_below);
        let selected_before = self.selected_claim.clone();
        // Links applied: the page paints in the next task (`Effect::PaintNextTask`), which
        // lists the claims then; with thousands of articles the two would be one long task.
        let list_in_the_next_task = matches!(msg, Msg::Linked { .. });
        self.effects_before(&msg);
        self.apply(msg);
        self.add_files_that_waited();
        self.link_when_all_in();
        if !list_in_the_next_task {
            self.list_claims_if_changed();
        }
        let change = if self.versions.project() != before.0 {
            Some(Change::Edit)
        } else if (&self.selected_document, &self.selected_claim) != (&before.1, &selected_before)
            || self.hide_below != before.2
        {
            Some(Change::Selection)
        } else {
            None
        };
        self.ask_for_a_save(change, now);
        if !list_in_the_next_task {
            self.show_selected_claim();
        }
        std::mem::take(&mut self.effects)
    }

    /// Records a change of the project: the versions follow from what it touched.
    fn touched(&mut self, touched: Touched) {
        self.versions.record(touched);
    }

    /// Remembers what is unsaved and asks for a save when one is due (saving.rs: no save is
    /// put off by later changes).
    fn ask_for_a_save(&mut self, change: Option<Change>, now: f64) {
        self.unsaved = match (self.unsaved, change) {
            (Some(Change::Edit), _) | (_, Some(Change::Edit)) => Some(Change::Edit),
            (unsaved, change) => unsaved.or(change),
        };
        if let Some(change) = self.unsaved.take() {
            if let Some(delay) = self.saving.changed(now, change) {
                self.effects.push(Effect::SaveIn(delay));
            }
        }
    }

    /// Asks to scroll the selected claim into view when it, or its row in the list, moved.
    fn show_selected_claim(&mut self) {
        let claims = &self.project.claims;
        let row = self
            .selected_claim
            .as_deref()
            .and_then(|id| self.listed.iter().position(|&i| claims[i].id == id));
        let now = (self.selected_claim.clone(), row);
        if now != self.shown {
            self.shown = now.clone();
            if let Some(claim) = now.0 {
                self.effects.push(Effect::ShowClaim { claim, row });
            }
        }
    }

    /// Computes the claims list again unless nothing it depends on changed since.
    fn list_claims_if_changed(&mut self) {
        if !self.listing_is_current() {
            self.listed = list_claims(&self.project, &self.filter, self.sort);
            if let Some(floor) = self.hide_below {
                self.listed.retain(|&i| !floor.hides(&self.project.claims[i]));
            }
            let version = self.versions.project();
            self.listed_for = Some((version, self.filter.clone(), self.sort, self.hide_below));
        }
    }

    /// Whether `listed` was computed for the current project, filter and sort.
    fn listing_is_current(&self) -> bool {
        matches!(&self.listed_for, Some((version, filter, sort, floor))
            if *version == self.versions.project() && *filter == self.filter && *sort == self.sort
                && *floor == self.hide_below)
    }

    /// The listing still holds for the project as it is now (an edit it does not read).
    fn keep_listing(&mut self) {
        if let Some((version, _, _, _)) = &mut self.listed_for {
            *version = self.versions.project();
        }
    }

    /// Files still being read or analysed survive a new project or an import: they are added
    /// to it; so do the saving state and the versions (they only move on), and an export being
    /// written (it starts again on the new project).
    fn replace_project(&mut self, project: Project) {
        let kept = Session {
            saving: std::mem::take(&mut self.saving),
            analysis: std::mem::take(&mut self.analysis),
            reading: self.reading,
            versions: self.versions,
            shown: std::mem::take(&mut self.shown),
            waiting_files: std::mem::take(&mut self.waiting_files),
            hide_below: self.hide_below,
            exporting: self.exporting,
            effects: std::mem::take(&mut self.effects),
            project,
            ..Session::new()
        };
        *self = kept;
        self.touched(Touched::Catalog);
    }

    fn import(&mut self, name: &str, json: &str) {
        match import_json(json) {
            Ok(project) => {
                self.replace_project(project);
                self.selected_document = self.project.documents.first().map(|d| d.id.clone());
                self.info(format!("Imported {name}"));
            }
            Err(error) => self
                .error(format!("{name} was not imported: {error}. The open project is unchanged.")),
        }
    }

    /// Hides suggestions under `floor` (none: shows them all again), and says how many.
    fn hide_suggestions_below(&mut self, floor: Option<HideBelow>) {
        self.hide_below = floor;
        let hidden = confidence::hidden_count(&self.project.claims, floor);
        self.announce(match floor {
            Some(floor) => {
                format!("{hidden} suggestion(s) under {}% confidence hidden", floor.percent())
            }
            None => "Every suggestion shown".to_string(),
        });
    }

    fn info(&mut self, text: String) {
        self.notices.say(Level::Info, text);
    }

    fn error(&mut self, text: String) {
        self.notices.say(Level::Error, text);
    }

    /// Says `text` in the live region.
    fn announce(&mut self, text: String) {
        self.effects.push(Effect::Announce(text));
    }

    /// Adds to what this update says in the live region.
    fn announce_more(&mut self, more: &str) {
        let last = self.effects.iter_mut().rev().find_map(|e| match e {
            Effect::Announce(text) => Some(text),
            _ => None,
        });
        match last {
            Some(text) => *text = format!("{}. {more}", text.trim_end_matches('.')),
            None => self.announce(more.to_string()),
        }
    }
}
