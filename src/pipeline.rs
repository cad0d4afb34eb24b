//! The one path from files to a project: decode → clean → extract → speakers → clusters.
//!
//! Speakers are linked once per call over all the new documents' entities, so that evidence
//! from one article (a full name, a role) can resolve a bare surname in another.
//!
//! The CLI and the page both call [`analyze`] (or [`add_files`] to grow an open project), so
//! the same files give the same claims everywhere.

use sha2::{Digest, Sha256};

use crate::extract::{extract, Attribution, Entity, Extraction};
use crate::model::{default_tags, next_id, Claim, Document, Origin, Project, Status};
use crate::story::{
    clusters::cluster_claims, duplicates::mark_duplicates, speakers::link_speakers,
};
use crate::text::boilerplate::find_boilerplate;
use crate::text::decode::{decode_file, ReadError};
use crate::text::meta::read_meta;

/// A file as given by the user: its name (without folders) and its bytes.
#[derive(Clone, Debug)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What happened to the files given to [`add_files`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Added {
    /// Ids of the documents added, in input order.
    pub documents: Vec<String>,
    /// Files that could not be read, with the reason.
    pub refused: Vec<ReadError>,
    /// Files whose content is already in the project: (file name, name of the document it equals).
    pub already_present: Vec<(String, String)>,
}

/// A new project (default tags) holding the analysis of `files`.
pub fn analyze(files: &[InputFile]) -> (Project, Added) {
    let mut project = Project { tags: default_tags(), ..Project::default() };
    let added = add_files(&mut project, files);
    (project, added)
}

/// Reads, cleans and analyses `files` into `project`, then relinks the story across documents.
pub fn add_files(project: &mut Project, files: &[InputFile]) -> Added {
    let prepared: Vec<_> = files.iter().map(prepare).collect();
    add_prepared(project, prepared)
}

/// One file read, cleaned and extracted: the per-document work, independent of any project,
/// so it can run in parallel (CLI) or in a Web Worker (page).
#[derive(Clone, Debug)]
pub struct Prepared {
    pub name: String,
    pub sha256: String,
    pub text: String,
    pub meta: crate::text::meta::Meta,
    pub boilerplate: Vec<crate::text::Span>,
    pub extraction: crate::extract::Extraction,
}

/// Decodes, cleans and extracts one file.
pub fn prepare(file: &InputFile) -> Result<Prepared, ReadError> {
    let decoded = decode_file(&file.name, &file.bytes)?;
    let text = decoded.text;
    let boilerplate = find_boilerplate(&text);
    let meta = read_meta(&text, &boilerplate);
    let extraction = extract(&text, &boilerplate);
    Ok(Prepared {
        name: file.name.clone(),
        sha256: hex_sha256(&text),
        text,
        meta,
        boilerplate,
        extraction,
    })
}

/// Adds prepared files to `project` in order (skipping content already present), links their
/// speakers project-wide, then relinks duplicates and clusters across all documents.
pub fn add_prepared(project: &mut Project, prepared: Vec<Result<Prepared, ReadError>>) -> Added {
    let mut added = Added::default();
    let mut extractions = Vec::new();
    for file in prepared {
        let file = match file {
            Ok(file) => file,
            Err(error) => {
                added.refused.push(error);
                continue;
            }
        };
        if let Some(same) = project.documents.iter().find(|d| d.sha256 == file.sha256) {
            added.already_present.push((file.name.clone(), same.name.clone()));
            continue;
        }
        let (id, extraction) = add_document(project, file);
        added.documents.push(id.clone());
        extractions.push((id, extraction));
    }
    let entities: Vec<&[Entity]> = extractions.iter().map(|(_, x)| x.entities.as_slice()).collect();
    let speaker_ids = link_speakers(&mut project.speakers, &entities);
    for ((id, extraction), ids) in extractions.into_iter().zip(speaker_ids) {
        add_claims(project, &id, extraction.attributions, &ids);
    }
    if !added.documents.is_empty() {
        mark_duplicates(project);
        cluster_claims(project);
    }
    added
}

/// Adds the document; returns its id and its extraction, whose claims come once speakers are linked.
fn add_document(project: &mut Project, file: Prepared) -> (String, Extraction) {
    let id = next_id("d", project.documents.iter().map(|d| d.id.as_str()));
    let Prepared { name, sha256, text, meta, boilerplate, extraction } = file;
    project.documents.push(Document {
        id: id.clone(),
        name,
        sha256,
        text,
        meta,
        boilerplate,
        duplicate_of: None,
    });
    (id, extraction)
}

/// The document's attributions as claims, speakers already linked project-wide.
fn add_claims(
    project: &mut Project,
    id: &str,
    attributions: Vec<Attribution>,
    speaker_ids: &[String],
) {
    let mut next_claim = claim_counter(project);
    for attribution in attributions {
        next_claim += 1;
        project.claims.push(Claim {
            id: format!("c{next_claim}"),
            document: id.to_string(),
            kind: attribution.kind,
            content: attribution.content,
            content_parts: attribution.parts,
            cue: attribution.cue,
            source_mention: attribution.source,
            speaker: attribution.entity.map(|i| speaker_ids[i].clone()),
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: round3(attribution.confidence),
            tags: Vec::new(),
            note: String::new(),
            cluster: None,
        });
    }
}

fn claim_counter(project: &Project) -> u64 {
    project.claims.iter().filter_map(|c| c.id.strip_prefix('c')?.parse().ok()).max().unwrap_or(0)
}

fn round3(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

/// Lower-case hex SHA-256 of the text as UTF-8 (FORMAT.md `sha256`).
pub fn hex_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The file name without its folders ("a/b/c.txt" → "c.txt"), for either separator.
pub fn file_name_of(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
