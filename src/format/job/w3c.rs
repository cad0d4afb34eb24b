//! W3C Web Annotation JSON-LD written a piece at a time: the collection's frame, then each
//! document's annotations, then the clusters' a run at a time (see `format::w3c`).

use crate::format::ids::ExportIds;
use crate::format::w3c::{frame, Export};
use crate::model::{ById, Claim, Project, Status};
use crate::text::offsets::OffsetMap;

use super::claims_of_each_document;
use super::pretty::{PrettyArray, Sink};

/// Clusters written in one step.
const CLUSTERS_PER_STEP: usize = 200;

enum Stage {
    Frame,
    Documents(usize),
    Clusters(usize),
    Done,
}

pub struct W3cWriter {
    ids: ExportIds,
    exported_at: Option<String>,
    stage: Stage,
    /// The positions of each document's claims that are exported (not rejected).
    claims_of: Vec<Vec<usize>>,
    array: Option<PrettyArray>,
    tail: String,
}

impl W3cWriter {
    pub fn new(ids: ExportIds, exported_at: Option<&str>) -> W3cWriter {
        W3cWriter {
            ids,
            exported_at: exported_at.map(str::to_string),
            stage: Stage::Frame,
            claims_of: Vec::new(),
            array: None,
            tail: String::new(),
        }
    }

    /// The steps of a whole export of `project`.
    pub fn steps(project: &Project) -> usize {
        // The frame, each document, turning to the clusters, each run of them, the tail.
        project.documents.len() + project.clusters.len().div_ceil(CLUSTERS_PER_STEP) + 3
    }

    /// Writes the next piece; whether the export is written.
    pub fn step<'p>(
        &mut self,
        project: &'p Project,
        by_id: &ById<'p>,
        sink: &mut impl Sink,
    ) -> bool {
        let at = self.exported_at.as_deref();
        let export = Export { project, by_id, ids: &self.ids, at };
        match self.stage {
            Stage::Frame => {
                self.claims_of = claims_of_each_document(project);
                for claims in &mut self.claims_of {
                    claims.retain(|&c| project.claims[c].status != Status::Rejected);
                }
                let clusters =
                    project.clusters.iter().filter(|k| export.cluster_annotation(k).is_some());
                let total = self.claims_of.iter().map(Vec::len).sum::<usize>() + clusters.count();
                let (head, tail) = frame(&self.ids, at, total);
                sink.put(&head);
                self.tail = tail;
                self.array = Some(PrettyArray::open(sink, 3));
                self.stage = Stage::Documents(0);
            }
            Stage::Documents(i) if i < project.documents.len() => {
                let doc = &project.documents[i];
                let claims: Vec<&Claim> =
                    self.claims_of[i].iter().map(|&c| &project.claims[c]).collect();
                let map = OffsetMap::new(&doc.text);
                let array = self.array.as_mut().expect("open");
                for item in export.claim_annotations(doc, &map, &claims) {
                    array.push(sink, &item);
                }
                self.stage = Stage::Documents(i + 1);
            }
            Stage::Documents(_) => self.stage = Stage::Clusters(0),
            Stage::Clusters(i) if i < project.clusters.len() => {
                let end = (i + CLUSTERS_PER_STEP).min(project.clusters.len());
                let array = self.array.as_mut().expect("open");
                for item in
                    project.clusters[i..end].iter().filter_map(|k| export.cluster_annotation(k))
                {
                    array.push(sink, &item);
                }
                self.stage = Stage::Clusters(end);
            }
            Stage::Clusters(_) => {
                self.array.take().expect("open").close(sink);
                sink.put(&self.tail);
                sink.put("\n");
                self.stage = Stage::Done;
            }
            Stage::Done => {}
        }
        matches!(self.stage, Stage::Done)
    }
}
