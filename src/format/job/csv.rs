//! CSV of claims written a run of claims at a time (see `format::csv`).

use std::collections::HashMap;

use crate::format::csv::{claim_row, push_row, HEADER};
use crate::model::{ById, Project};
use crate::text::offsets::OffsetMap;

/// Claims written in one step.
const CLAIMS_PER_STEP: usize = 500;

pub struct CsvWriter {
    /// The next claim to write; `None` before the header.
    next: Option<usize>,
    /// Each document's position by id (the last of two equal ids, as the whole export had it),
    /// and its offset map once a claim needed it.
    documents: HashMap<String, usize>,
    maps: Vec<Option<OffsetMap>>,
}

impl CsvWriter {
    pub fn new() -> CsvWriter {
        CsvWriter { next: None, documents: HashMap::new(), maps: Vec::new() }
    }

    /// The steps of a whole export of `project`.
    pub fn steps(project: &Project) -> usize {
        1 + project.claims.len().div_ceil(CLAIMS_PER_STEP)
    }

    /// Writes the next piece; whether the export is written.
    pub fn step(&mut self, project: &Project, by_id: &ById, out: &mut String) -> bool {
        let Some(i) = self.next else {
            out.push('\u{FEFF}');
            push_row(out, HEADER.iter().map(|h| h.to_string()));
            self.documents =
                project.documents.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
            self.maps = project.documents.iter().map(|_| None).collect();
            self.next = Some(0);
            return project.claims.is_empty();
        };
        let end = (i + CLAIMS_PER_STEP).min(project.claims.len());
        for claim in &project.claims[i..end] {
            let Some(&d) = self.documents.get(&claim.document) else { continue };
            let doc = &project.documents[d];
            let map = self.maps[d].get_or_insert_with(|| OffsetMap::new(&doc.text));
            push_row(out, claim_row(by_id, claim, doc, map).into_iter());
        }
        self.next = Some(end);
        end >= project.claims.len()
    }
}
