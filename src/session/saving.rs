//! What autosave owes the stored record, and what the page may say about it.
//!
//! [`Saving`] is the saving half of the page's state, kept apart from the browser so that its
//! rules are tested natively:
//!
//! - **Saved means committed.** The status says "saved" only once a save whose transaction
//!   committed held the project's current edit revision ([`Saving::committed`]); a restore from
//!   the record of earlier versions, a failure, a refused restore or files still being analysed
//!   never say it.
//! - **No save is put off.** The first change not yet handed to a save asks for one within
//!   [`SAVE_DELAY_MS`]; later changes do not move that deadline ([`Saving::changed`]).
//!   Selection moves are saved with the project record (within [`SELECTION_DELAY_MS`]) but
//!   are not edits: they neither delay a save nor make the status say "saving".
//! - **A project the page could not read back is never written over.** In [`Mode::Refused`]
//!   nothing is written until the person chooses (retry, or start over keeping the stored
//!   records); quarantined records are never deleted ([`may_delete`]).
//! - **One writer.** A tab that is not the writer ([`Mode::Following`]) shows the writer's saves
//!   and refuses edits, so no tab says "saved" for an edit another tab overwrites.

/// How long after the first unsaved change a save starts, at most (plus the time a save that
/// is already running takes to finish).
pub const SAVE_DELAY_MS: f64 = 150.0;

/// How long after a selection move (not an edit) a save starts, at most.
pub const SELECTION_DELAY_MS: f64 = 1000.0;

/// What kind of change asks for a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A change of the project: saved within [`SAVE_DELAY_MS`].
    Edit,
    /// A move of the selection, kept with the project record.
    Selection,
}

/// Key prefix of records kept aside because the page could not restore them.
pub const QUARANTINE_PREFIX: &str = "quarantine:";

/// Where this tab stands with the stored project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Reading the stored project back; nothing is written yet.
    Restoring,
    /// What is stored could not be read back (why): nothing is written until the person
    /// chooses, and the stored records are kept.
    Refused(String),
    /// Another tab is the writer: this one shows its saves; edits are off.
    Following,
    /// This tab is handing the writer's role to another one: edits are off, the last save is
    /// finishing.
    HandingOver,
    /// This tab writes the stored project.
    Writing,
}

/// What the toolbar says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Opening,
    Saved,
    Saving,
    /// Files are being read or analysed: they are not in storage before they are added.
    Analysing,
    /// Storage refused a write (why); saving is retried.
    Failed(String),
    /// The stored project could not be restored; nothing is being saved.
    Refused,
    /// Another tab saves the project; this one follows it.
    Following,
}

/// The saving state of the page.
#[derive(Clone, Debug)]
pub struct Saving {
    mode: Mode,
    /// The edit revision the last committed save held, if any.
    stored: Option<u64>,
    /// Why the last save failed, until one succeeds.
    failure: Option<String>,
    /// When the save asked for and not started yet is due (page clock, ms).
    due: Option<f64>,
}

impl Default for Saving {
    fn default() -> Saving {
        Saving { mode: Mode::Restoring, stored: None, failure: None, due: None }
    }
}

impl Saving {
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Whether autosave may write now (while handing over too: the last save finishes).
    pub fn may_write(&self) -> bool {
        matches!(self.mode, Mode::Writing | Mode::HandingOver)
    }

    /// Whether the person may change the project in this tab (not while another tab writes).
    pub fn may_edit(&self) -> bool {
        !matches!(self.mode, Mode::Following | Mode::HandingOver)
    }

    /// The stored project was read back whole and is the open project at `edits`.
    pub fn restored(&mut self, edits: u64) {
        self.mode = Mode::Writing;
        self.stored = Some(edits);
        self.failure = None;
    }

    /// The stored project was read from the record of earlier versions (or nothing was stored
    /// and the page holds work already): it is not in pieces yet, so nothing counts as saved.
    pub fn restored_unsaved(&mut self) {
        self.mode = Mode::Writing;
        self.stored = None;
        self.failure = None;
    }

    /// The stored project could not be read back: keep it, write nothing, say why.
    pub fn refused(&mut self, reason: String) {
        self.mode = Mode::Refused(reason);
        self.stored = None;
        self.due = None;
    }

    /// The person chose to read the stored project again, or this tab became the writer:
    /// read it (again) before writing.
    pub fn retry(&mut self) {
        self.mode = Mode::Restoring;
    }

    /// Whether this tab shows another tab's saves (or is handing over to one).
    pub fn is_following(&self) -> bool {
        matches!(self.mode, Mode::Following | Mode::HandingOver)
    }

    /// The person chose to go on without the stored project (kept under quarantine keys):
    /// the open project is saved from now on.
    pub fn start_over(&mut self) {
        self.restored_unsaved();
    }

    /// Another tab writes the project; this one follows it.
    pub fn follow(&mut self) {
        self.mode = Mode::Following;
        self.due = None;
    }

    /// Another tab asked to write: finish the last save, then follow.
    pub fn hand_over(&mut self) {
        if self.mode == Mode::Writing {
            self.mode = Mode::HandingOver;
        }
    }

    /// The storage connection was lost (site data cleared, the database deleted or upgraded
    /// by another page): nothing counts as stored until the next save commits.
    pub fn storage_lost(&mut self) {
        self.stored = None;
    }

    /// A change was made: the delay before the save that must take it, when a new save has
    /// to be asked for; `None` when one is asked for already that starts soon enough.
    ///
    /// An edit is saved within [`SAVE_DELAY_MS`], a selection move (kept with the project
    /// record, not an edit) within [`SELECTION_DELAY_MS`]; later changes never push a save
    /// back. An ask no save took a while after it was due (storage was not writable then) is
    /// made again.
    pub fn changed(&mut self, now: f64, change: Change) -> Option<f64> {
        if !matches!(self.mode, Mode::Writing | Mode::Restoring) {
            return None;
        }
        let delay = match change {
            Change::Edit => SAVE_DELAY_MS,
            Change::Selection => SELECTION_DELAY_MS,
        };
        match self.due {
            Some(due) if due <= now + delay && now <= due + SAVE_DELAY_MS => None,
            _ => {
                self.due = Some(now + delay);
                Some(delay)
            }
        }
    }

    /// A save is planning now: it takes every change made so far.
    pub fn save_starting(&mut self) {
        self.due = None;
    }

    /// A save holding the edit revision `edits` committed.
    pub fn committed(&mut self, edits: u64) {
        self.stored = Some(self.stored.map_or(edits, |stored| stored.max(edits)));
        self.failure = None;
    }

    /// A save failed.
    pub fn failed(&mut self, why: String) {
        self.failure = Some(why);
    }

    /// Whether this failure is news (the first since the last success).
    pub fn is_failing(&self) -> bool {
        self.failure.is_some()
    }

    /// What the toolbar says for the project at edit revision `edits`, with `analysing` files
    /// read or analysed but not added yet.
    pub fn status(&self, edits: u64, analysing: bool) -> Status {
        match &self.mode {
            Mode::Restoring => return Status::Opening,
            Mode::Refused(_) => return Status::Refused,
            Mode::Following | Mode::HandingOver => return Status::Following,
            Mode::Writing => {}
        }
        if let Some(why) = &self.failure {
            return Status::Failed(why.clone());
        }
        if analysing {
            return Status::Analysing;
        }
        match self.stored {
            Some(stored) if stored >= edits => Status::Saved,
            _ => Status::Saving,
        }
    }
}

/// Whether a stored record may be deleted after a save: not the project record, not one it
/// lists, never a quarantined one; another tab's (`own_prefix` tells this tab's pieces) only
/// on the first save of a page (`sweep`).
pub fn may_delete(key: &str, listed: bool, own_prefix: &str, sweep: bool) -> bool {
    key != "project"
        && !listed
        && !key.starts_with(QUARANTINE_PREFIX)
        && (sweep || key.starts_with(own_prefix))
}

/// The key a record is kept under when the page could not restore it.
pub fn quarantine_key(key: &str) -> String {
    format!("{QUARANTINE_PREFIX}{key}")
}

#[cfg(test)]
mod tests;
