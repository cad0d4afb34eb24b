//! Undo and redo over review actions: every edit, including merges and deletions.

use super::actions::{apply, revert, Action, Change, ReviewError};
use crate::model::Project;

/// Done actions with their changes (for undo) and undone actions (for redo).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    done: Vec<(Action, Vec<Change>)>,
    undone: Vec<Action>,
}

impl History {
    /// Applies an action; on success it can be undone and the redo list is cleared.
    pub fn perform(&mut self, project: &mut Project, action: Action) -> Result<(), ReviewError> {
        let changes = apply(project, &action)?;
        self.done.push((action, changes));
        self.undone.clear();
        Ok(())
    }

    /// Undoes the last action; false when there is none.
    pub fn undo(&mut self, project: &mut Project) -> bool {
        let Some((action, changes)) = self.done.pop() else { return false };
        revert(project, changes);
        self.undone.push(action);
        true
    }

    /// Redoes the last undone action; false when there is none (or it no longer applies).
    pub fn redo(&mut self, project: &mut Project) -> bool {
        let Some(action) = self.undone.pop() else { return false };
        match apply(project, &action) {
            Ok(changes) => {
                self.done.push((action, changes));
                true
            }
            Err(_) => false,
        }
    }

    /// The last actions done (newest first), at most `n`: the page's history of decisions.
    pub fn recent(&self, n: usize) -> impl Iterator<Item = &Action> {
        self.done.iter().rev().take(n).map(|(action, _)| action)
    }

    /// The action the last `undo` took back (the next `redo`), if any.
    pub fn last_undone(&self) -> Option<&Action> {
        self.undone.last()
    }

    /// The action the next `undo` takes back (the last one done or redone), if any.
    pub fn last_done(&self) -> Option<&Action> {
        self.done.last().map(|(action, _)| action)
    }

    /// What the last action done (or redone) changed, as recorded for its undo; empty when
    /// there is none.
    pub fn last_changes(&self) -> &[Change] {
        self.done.last().map_or(&[], |(_, changes)| changes.as_slice())
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Forgets everything (a new project or an import).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}
