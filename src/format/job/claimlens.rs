//! claimlens/1 written a piece at a time: the frame (tags, speakers, clusters), then each
//! document, then the claims a run at a time (see `pretty.rs`).

use std::collections::HashMap;

use crate::format::claimlens::{claim_v1, document_v1, generator, FileV1, FORMAT};
use crate::model::Project;
use crate::text::offsets::OffsetMap;

use super::pretty::{cut_at_empty_array, PrettyArray, Sink};

/// Claims written in one step.
const CLAIMS_PER_STEP: usize = 200;

/// Where the writer is.
enum Stage {
    Frame,
    Documents(usize),
    Claims(usize),
    Tail,
    Done,
}

pub struct ClaimlensWriter {
    exported_at: Option<String>,
    stage: Stage,
    /// The frame's text after the documents' array, and after the claims' array.
    between: String,
    tail: String,
    array: Option<PrettyArray>,
    /// Each document's position by id, and each one's offset map once a claim needed it.
    documents: HashMap<String, usize>,
    maps: Vec<Option<OffsetMap>>,
}

impl ClaimlensWriter {
    pub fn new(exported_at: Option<&str>) -> ClaimlensWriter {
        ClaimlensWriter {
            exported_at: exported_at.map(str::to_string),
            stage: Stage::Frame,
            between: String::new(),
            tail: String::new(),
            array: None,
            documents: HashMap::new(),
            maps: Vec::new(),
        }
    }

    /// The steps of a whole export of `project`.
    pub fn steps(project: &Project) -> usize {
        // The frame, each document, closing the documents, each run of claims, closing the
        // claims, the tail.
        project.documents.len() + project.claims.len().div_ceil(CLAIMS_PER_STEP) + 4
    }

    /// Writes the next piece; whether the export is written.
    pub fn step(&mut self, project: &Project, sink: &mut impl Sink) -> bool {
        match self.stage {
            Stage::Frame => {
                self.write_frame(project, sink);
                self.stage = Stage::Documents(0);
            }
            Stage::Documents(i) => match project.documents.get(i) {
                Some(d) => {
                    let map = OffsetMap::new(&d.text);
                    self.array().push(sink, &document_v1(d, &map));
                    self.stage = Stage::Documents(i + 1);
                }
                None => {
                    self.array.take().expect("open").close(sink);
                    sink.put(&self.between);
                    self.array = Some(PrettyArray::open(sink, 2));
                    self.stage = Stage::Claims(0);
                }
            },
            Stage::Claims(i) if i < project.claims.len() => {
                let end = (i + CLAIMS_PER_STEP).min(project.claims.len());
                for c in &project.claims[i..end] {
                    let at = *self.documents.get(&c.document).expect("claim of a known document");
                    let text = &project.documents[at].text;
                    let map = self.maps[at].get_or_insert_with(|| OffsetMap::new(text));
                    let claim = claim_v1(c, text, map);
                    self.array.as_mut().expect("open").push(sink, &claim);
                }
                self.stage = Stage::Claims(end);
            }
            Stage::Claims(_) => {
                self.array.take().expect("open").close(sink);
                self.stage = Stage::Tail;
            }
            Stage::Tail => {
                sink.put(&self.tail);
                sink.put("\n");
                self.stage = Stage::Done;
            }
            Stage::Done => {}
        }
        matches!(self.stage, Stage::Done)
    }

    /// What the next step writes (for timing reports).
    pub fn stage(&self) -> &'static str {
        match self.stage {
            Stage::Frame => "frame",
            Stage::Documents(_) => "documents",
            Stage::Claims(_) => "claims",
            Stage::Tail | Stage::Done => "tail",
        }
    }

    fn array(&mut self) -> &mut PrettyArray {
        self.array.as_mut().expect("an array is open")
    }

    /// Writes the frame up to the documents' array and keeps the rest; reads the documents' ids.
    fn write_frame(&mut self, project: &Project, sink: &mut impl Sink) {
        let frame = FileV1 {
            format: FORMAT.to_string(),
            generator: generator(),
            exported_at: self.exported_at.clone(),
            tags: project.tags.clone(),
            documents: Vec::new(),
            speakers: project.speakers.clone(),
            claims: Vec::new(),
            clusters: project.clusters.clone(),
        };
        let frame = serde_json::to_string_pretty(&frame).expect("claimlens/1 always serialises");
        let (head, rest) = cut_at_empty_array(&frame, "documents");
        let (between, tail) = cut_at_empty_array(rest, "claims");
        sink.put(head);
        self.between = between.to_string();
        self.tail = tail.to_string();
        self.array = Some(PrettyArray::open(sink, 2));
        self.documents =
            project.documents.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
        self.maps = project.documents.iter().map(|_| None).collect();
    }
}
