//! W3C Web Annotation JSON-LD written a piece at a time: the collection's frame, then each
//! document's annotations, then the clusters' a run at a time (see `format::w3c`).

use std::collections::HashMap;

use crate::format::ids::ExportIds;
use crate::format::w3c::{frame, Export};
use crate::model::{Claim, Project, Status};
use crate::text::offsets::OffsetMap;

use super::claims_of_each_document;
use super::pretty::{PrettyArray, Sink};

/// Clusters written in one step.
const CLUSTERS_PER_STEP: usize = 200;

enum Stage {
    Index,
    Lookups,
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
    /// Each speaker's position by id, and whether the claim of an id is exported (the first
    /// of two equal ids wins): kept from step to step.
    speakers: HashMap<String, usize>,
    exported: HashMap<String, bool>,
    array: Option<PrettyArray>,
    tail: String,
}

impl W3cWriter {
    pub fn new(ids: ExportIds, exported_at: Option<&str>) -> W3cWriter {
        W3cWriter {
            ids,
            exported_at: exported_at.map(str::to_string),
            stage: Stage::Index,
            claims_of: Vec::new(),
            speakers: HashMap::new(),
            exported: HashMap::new(),
            array: None,
            tail: String::new(),
        }
    }

    /// The steps of a whole export of `project`.
    pub fn steps(project: &Project) -> usize {
        // The index, the lookups, the frame, each document, turning to the clusters, each run
        // of them, the tail.
        project.documents.len() + project.clusters.len().div_ceil(CLUSTERS_PER_STEP) + 5
    }

    /// What the next step writes (for timing reports).
    pub fn stage(&self) -> &'static str {
        match self.stage {
            Stage::Index => "index",
            Stage::Lookups => "lookups",
            Stage::Frame => "frame",
            Stage::Documents(_) => "documents",
            Stage::Clusters(_) | Stage::Done => "clusters",
        }
    }

    /// Writes the next piece; whether the export is written.
    pub fn step(&mut self, project: &Project, sink: &mut impl Sink) -> bool {
        let at = self.exported_at.as_deref();
        let speakers = &self.speakers;
        let exported = &self.exported;
        let speaker = |id: &str| speakers.get(id).map(|&i| &project.speakers[i]);
        let is_exported = |id: &str| exported.get(id).copied().unwrap_or(false);
        let export =
            Export { project, speaker: &speaker, exported: &is_exported, ids: &self.ids, at };
        match self.stage {
            Stage::Index => {
                self.claims_of = claims_of_each_document(project);
                for claims in &mut self.claims_of {
                    claims.retain(|&c| project.claims[c].status != Status::Rejected);
                }
                self.speakers = HashMap::with_capacity(project.speakers.len());
                for (i, s) in project.speakers.iter().enumerate() {
                    self.speakers.entry(s.id.clone()).or_insert(i);
                }
                self.stage = Stage::Lookups;
            }
            Stage::Lookups => {
                self.exported = HashMap::with_capacity(project.claims.len());
                for claim in &project.claims {
                    let exported = claim.status != Status::Rejected;
                    self.exported.entry(claim.id.clone()).or_insert(exported);
                }
                self.stage = Stage::Frame;
            }
            Stage::Frame => {
                let clusters = project.clusters.iter().filter(|k| export.cluster_is_exported(k));
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
