//! The brat zip written a document at a time: the configuration, each document's text and
//! annotations, then each document's pair zipped for INCEpTION (see `format::brat`).

use crate::format::brat::{ann, conf, folder_name, unique_stems};
use crate::format::ids::ExportIds;
use crate::format::zip::{zip_files, Archive};
use crate::model::{ById, Claim, Project};

use super::claims_of_each_document;

enum Stage {
    Configuration,
    Documents(usize),
    Inception(usize),
    Done,
}

pub struct BratWriter {
    folder: String,
    stage: Stage,
    archive: Option<Archive>,
    stems: Vec<String>,
    /// The positions of each document's claims (a claim goes to the first document of its id).
    claims_of: Vec<Vec<usize>>,
    /// Each document's `.ann`, kept for its INCEpTION zip.
    anns: Vec<String>,
}

impl BratWriter {
    pub fn new(ids: &ExportIds) -> BratWriter {
        BratWriter {
            folder: folder_name(ids),
            stage: Stage::Configuration,
            archive: Some(Archive::new()),
            stems: Vec::new(),
            claims_of: Vec::new(),
            anns: Vec::new(),
        }
    }

    /// The steps of a whole export of `project`.
    pub fn steps(project: &Project) -> usize {
        // The configuration, each document, turning, each document's zip, ending.
        2 * project.documents.len() + 3
    }

    /// What the next step writes (for timing reports).
    pub fn stage(&self) -> &'static str {
        match self.stage {
            Stage::Configuration => "configuration",
            Stage::Documents(_) => "documents",
            Stage::Inception(_) | Stage::Done => "inception zips",
        }
    }

    /// Writes the next piece; whether the export is written (then [`BratWriter::finish`]).
    pub fn step(&mut self, project: &Project, by_id: &ById) -> bool {
        let folder = &self.folder;
        let archive = self.archive.as_mut().expect("written until done");
        match self.stage {
            Stage::Configuration => {
                archive
                    .add(&format!("{folder}/annotation.conf"), conf::annotation_conf().as_bytes());
                archive.add(&format!("{folder}/visual.conf"), conf::visual_conf().as_bytes());
                self.stems = unique_stems(project);
                self.claims_of = claims_of_each_document(project);
                self.stage = Stage::Documents(0);
            }
            Stage::Documents(i) if i < project.documents.len() => {
                let doc = &project.documents[i];
                let claims: Vec<&Claim> =
                    self.claims_of[i].iter().map(|&c| &project.claims[c]).collect();
                let ann = ann::document_ann(by_id, doc, &claims);
                let stem = &self.stems[i];
                archive.add(&format!("{folder}/{stem}.txt"), doc.text.as_bytes());
                archive.add(&format!("{folder}/{stem}.ann"), ann.as_bytes());
                self.anns.push(ann);
                self.stage = Stage::Documents(i + 1);
            }
            Stage::Documents(_) => self.stage = Stage::Inception(0),
            Stage::Inception(i) if i < project.documents.len() => {
                let stem = &self.stems[i];
                let pair = [
                    (format!("{stem}.txt"), project.documents[i].text.as_bytes().to_vec()),
                    (format!("{stem}.ann"), std::mem::take(&mut self.anns[i]).into_bytes()),
                ];
                archive.add(&format!("{folder}/inception/{stem}.zip"), &zip_files(&pair));
                self.stage = Stage::Inception(i + 1);
            }
            Stage::Inception(_) => self.stage = Stage::Done,
            Stage::Done => {}
        }
        matches!(self.stage, Stage::Done)
    }

    /// The zip's bytes that are final, since the last call.
    pub fn drain(&mut self) -> Vec<u8> {
        self.archive.as_mut().map(Archive::drain).unwrap_or_default()
    }

    /// The zip's bytes not drained.
    pub fn finish(mut self) -> Vec<u8> {
        self.archive.take().expect("finished once").finish()
    }
}
