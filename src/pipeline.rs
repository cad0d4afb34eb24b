//! The one path from files to a project: decode → clean → extract → speakers → clusters.
//!
//! Speakers are linked once per call over all the new documents' entities, so that evidence
//! from one article (a full name, a role) can resolve a bare surname in another.
//!
//! The CLI and the page both call [`analyze`] (or [`add_files`] to grow an open project), so
//! the same files give the same claims everywhere.

use sha2::{Digest, Sha256};

use crate::extract::{extract, Attribution, Entity, Extraction};
use crate::model::{
    default_tags, Claim, Cluster, Document, DuplicateOf, IdSequence, Origin, Project, Speaker,
    Status,
};
use crate::story::clusters::{cluster_claims_remembering, content_text, ClusterConfig};
use crate::story::duplicates::{mark_duplicates_remembering, DuplicateConfig};
use crate::story::memo::StoryMemo;
use crate::story::speakers::link_speakers;
use crate::text::boilerplate::find_boilerplate_in;
use crate::text::decode::{decode_file, ReadError};
use crate::text::lines::Lines;
use crate::text::meta::read_meta_in;

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
    let lines = Lines::of(&text);
    let boilerplate = find_boilerplate_in(&lines);
    let meta = read_meta_in(&lines);
    drop(lines);
    let mut extraction = extract(&text, &boilerplate);
    crate::story::speakers::split::separate_people(&text, &mut extraction);
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
    add_prepared_remembering(project, prepared, &mut StoryMemo::default())
}

/// [`add_prepared`], with what the cross-document pass reads from each text kept in `memo`
/// from one call to the next (the same result, faster when most texts were seen before).
pub fn add_prepared_remembering(
    project: &mut Project,
    prepared: Vec<Result<Prepared, ReadError>>,
    memo: &mut StoryMemo,
) -> Added {
    let (added, extractions) = add_documents(project, prepared);
    let entities: Vec<&[Entity]> = extractions.iter().map(|(_, x)| x.entities.as_slice()).collect();
    let speaker_ids = link_speakers(&mut project.speakers, &entities);
    let mut last_claim = claim_counter(project);
    for ((id, extraction), ids) in extractions.into_iter().zip(speaker_ids) {
        let speakers = extraction.attributions.iter().map(|a| a.entity.map(|i| ids[i].clone()));
        let speakers: Vec<Option<String>> = speakers.collect();
        add_claims(project, &id, extraction.attributions, speakers, &mut last_claim);
    }
    if !added.documents.is_empty() {
        mark_duplicates_remembering(project, &DuplicateConfig::default(), memo);
        cluster_claims_remembering(project, &ClusterConfig::default(), memo);
        memo.end_run();
    }
    added
}

/// Reads into `memo` what linking will read from a prepared file (its word pairs, its claim
/// texts' profiles), so that linking the run it belongs to finds it kept. The result of any
/// run is the same with or without it.
pub fn read_ahead(memo: &mut StoryMemo, prepared: &Prepared) {
    let text = prepared.text.as_str();
    let claim_texts =
        prepared.extraction.attributions.iter().map(|a| content_text(text, a.content, &a.parts));
    memo.read_ahead(text, &prepared.boilerplate, claim_texts);
}

/// The cross-document decisions of one [`add_prepared`] call: made where the similarity work
/// may take long (the page's Web Worker, on its copy of the project) and applied with
/// [`add_prepared_linked`] where the project lives, which then costs only the copying.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Links {
    /// How many documents the project had before (a check that both copies agree).
    pub documents_before: usize,
    /// How many claims the project had before.
    pub claims_before: usize,
    /// The project's speakers after linking (earlier ones may have gained names or aliases).
    pub speakers: Vec<Speaker>,
    /// The speaker of every claim added, in order.
    pub claim_speakers: Vec<Option<String>>,
    /// Every document's `duplicate_of`, in project order.
    pub duplicates: Vec<Option<DuplicateOf>>,
    pub clusters: Vec<Cluster>,
}

/// [`add_prepared`], also returning its cross-document decisions for [`add_prepared_linked`].
pub fn add_prepared_with_links(
    project: &mut Project,
    prepared: Vec<Result<Prepared, ReadError>>,
    memo: &mut StoryMemo,
) -> (Added, Links) {
    let (documents_before, claims_before) = (project.documents.len(), project.claims.len());
    let added = add_prepared_remembering(project, prepared, memo);
    let links = Links {
        documents_before,
        claims_before,
        speakers: project.speakers.clone(),
        claim_speakers: project.claims[claims_before..].iter().map(|c| c.speaker.clone()).collect(),
        duplicates: project.documents.iter().map(|d| d.duplicate_of.clone()).collect(),
        clusters: project.clusters.clone(),
    };
    (added, links)
}

/// The links were made on a project that is not this one; nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinksMismatch(pub String);

impl std::fmt::Display for LinksMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the analysis was linked against another version of the project: {}", self.0)
    }
}

/// Exactly what [`add_prepared`] would do to `project`, with the speakers, duplicates and
/// clusters taken from `links` (made by [`add_prepared_with_links`] on an equal project with
/// the same files). Refuses, changing nothing and giving the files back, when the links cannot
/// belong to this project.
pub fn add_prepared_linked(
    project: &mut Project,
    prepared: Vec<Result<Prepared, ReadError>>,
    links: Links,
) -> Result<Added, (LinksMismatch, Vec<Result<Prepared, ReadError>>)> {
    if let Err(mismatch) = links_fit(project, &prepared, &links) {
        return Err((mismatch, prepared));
    }
    let (added, extractions) = add_documents(project, prepared);
    let mut speakers = links.claim_speakers.into_iter();
    let mut last_claim = claim_counter(project);
    for (id, extraction) in extractions {
        let count = extraction.attributions.len();
        let these = speakers.by_ref().take(count).collect();
        add_claims(project, &id, extraction.attributions, these, &mut last_claim);
    }
    project.speakers = links.speakers;
    for (document, duplicate_of) in project.documents.iter_mut().zip(links.duplicates) {
        document.duplicate_of = duplicate_of;
    }
    set_clusters(project, links.clusters);
    Ok(added)
}

/// Whether `links` can belong to `project` and these files.
fn links_fit(
    project: &Project,
    prepared: &[Result<Prepared, ReadError>],
    links: &Links,
) -> Result<(), LinksMismatch> {
    let mismatch = |what: &str| Err(LinksMismatch(what.to_string()));
    if (links.documents_before, links.claims_before)
        != (project.documents.len(), project.claims.len())
    {
        return mismatch("it had another number of documents or claims");
    }
    let mut hashes: std::collections::HashSet<&str> =
        project.documents.iter().map(|d| d.sha256.as_str()).collect();
    let (mut documents, mut claims) = (project.documents.len(), 0);
    for file in prepared.iter().flatten() {
        if hashes.insert(&file.sha256) {
            documents += 1;
            claims += file.extraction.attributions.len();
        }
    }
    if documents != links.duplicates.len() || claims != links.claim_speakers.len() {
        return mismatch("it added other documents or claims");
    }
    let known: std::collections::HashSet<&str> =
        links.speakers.iter().map(|s| s.id.as_str()).collect();
    if links.claim_speakers.iter().flatten().any(|s| !known.contains(s.as_str())) {
        return mismatch("a claim's speaker is not among its speakers");
    }
    let mut kept = project.claims.iter().filter_map(|c| c.speaker.as_deref());
    if kept.any(|s| !known.contains(s)) {
        return mismatch("a speaker of the open project is missing from it");
    }
    Ok(())
}

/// Replaces the clusters and points every claim at its cluster (or none).
fn set_clusters(project: &mut Project, clusters: Vec<Cluster>) {
    let index: std::collections::HashMap<&str, usize> =
        project.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let mut cluster_of: Vec<Option<String>> = vec![None; project.claims.len()];
    for cluster in &clusters {
        for claim in &cluster.claims {
            if let Some(&i) = index.get(claim.as_str()) {
                cluster_of[i] = Some(cluster.id.clone());
            }
        }
    }
    for (claim, cluster) in project.claims.iter_mut().zip(cluster_of) {
        claim.cluster = cluster;
    }
    project.clusters = clusters;
}

/// Adds the files whose content is new to the project, in order, without their claims; returns
/// what was added and each new document's extraction.
fn add_documents(
    project: &mut Project,
    prepared: Vec<Result<Prepared, ReadError>>,
) -> (Added, Vec<(String, Extraction)>) {
    let mut added = Added::default();
    let mut extractions = Vec::new();
    let mut names_by_hash: std::collections::HashMap<String, String> = Default::default();
    for document in &project.documents {
        let name = document.name.clone();
        names_by_hash.entry(document.sha256.clone()).or_insert(name);
    }
    let mut document_ids = IdSequence::after("d", project.documents.iter().map(|d| d.id.as_str()));
    for file in prepared {
        let file = match file {
            Ok(file) => file,
            Err(error) => {
                added.refused.push(error);
                continue;
            }
        };
        if let Some(same) = names_by_hash.get(&file.sha256) {
            added.already_present.push((file.name.clone(), same.clone()));
            continue;
        }
        names_by_hash.insert(file.sha256.clone(), file.name.clone());
        let (id, extraction) = add_document(project, file, document_ids.next_id());
        added.documents.push(id.clone());
        extractions.push((id, extraction));
    }
    (added, extractions)
}

/// Adds the document under `id`; returns the id and its extraction, whose claims come once
/// speakers are linked.
fn add_document(project: &mut Project, file: Prepared, id: String) -> (String, Extraction) {
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

/// The document's attributions as claims, speakers already linked project-wide, numbered on
/// from `last_claim` (the highest claim number so far, kept up to date).
fn add_claims(
    project: &mut Project,
    id: &str,
    attributions: Vec<Attribution>,
    speakers: Vec<Option<String>>,
    last_claim: &mut u64,
) {
    for (attribution, speaker) in attributions.into_iter().zip(speakers) {
        *last_claim += 1;
        project.claims.push(Claim {
            id: format!("c{last_claim}"),
            document: id.to_string(),
            kind: attribution.kind,
            content: attribution.content,
            content_parts: attribution.parts,
            cue: attribution.cue,
            source_mention: attribution.source,
            speaker,
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: round3(attribution.confidence),
            found_by: Some(attribution.rule),
            tags: Vec::new(),
            note: String::new(),
            cluster: None,
        });
    }
}

/// The highest claim number in the project ("c12" → 12).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_files() -> Vec<InputFile> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths
            .into_iter()
            .map(|p| InputFile {
                name: p.file_name().unwrap().to_string_lossy().into_owned(),
                bytes: std::fs::read(&p).unwrap(),
            })
            .collect()
    }

    fn prepared(files: &[InputFile]) -> Vec<Result<Prepared, ReadError>> {
        files.iter().map(prepare).collect()
    }

    #[test]
    fn links_made_on_a_copy_give_the_same_project() {
        let files = seed_files();
        let (mut here, _) = analyze(&files[..2]);
        here.speakers[0].aliases.push("an alias added in review".into());
        let mut copy = here.clone();
        let mut later = files[2..].to_vec();
        later.push(files[0].clone()); // already present: skipped on both sides
        let (expected, links) =
            add_prepared_with_links(&mut copy, prepared(&later), &mut StoryMemo::default());
        let added = add_prepared_linked(&mut here, prepared(&later), links).ok().unwrap();
        assert_eq!(added, expected);
        assert_eq!(here, copy);
        assert!(here.claims.iter().any(|c| c.cluster.is_some()));
    }

    #[test]
    fn links_of_another_project_are_refused_and_change_nothing() {
        let files = seed_files();
        let (mut other, _) = analyze(&files[..1]);
        let (_, links) =
            add_prepared_with_links(&mut other, prepared(&files[1..3]), &mut StoryMemo::default());
        let (mut here, _) = analyze(&files[3..]);
        let before = here.clone();
        let refused =
            add_prepared_linked(&mut here, prepared(&files[1..3]), links).map_err(|(e, _)| e);
        assert!(refused.is_err());
        assert_eq!(here, before);
    }

    #[test]
    fn runs_with_a_kept_memo_equal_runs_without_one() {
        let files = seed_files();
        let mut memo = StoryMemo::default();
        let (mut remembered, mut fresh) = (Project::default(), Project::default());
        for run in [&files[..2], &files[2..3], &files[3..]] {
            add_prepared_remembering(&mut remembered, prepared(run), &mut memo);
            add_prepared(&mut fresh, prepared(run));
            assert_eq!(remembered, fresh);
        }
        // an edit between runs: a rejected claim leaves the clusters, an edited span re-reads
        let claim = fresh.claims.iter().position(|c| c.cluster.is_some()).unwrap();
        for project in [&mut remembered, &mut fresh] {
            project.claims[claim].status = Status::Rejected;
            let first = &mut project.claims[0];
            first.content = crate::text::Span::within(&project.documents[0].text, 0, 40).unwrap();
            crate::story::duplicates::mark_duplicates(project);
        }
        cluster_claims_remembering(&mut remembered, &ClusterConfig::default(), &mut memo);
        crate::story::clusters::cluster_claims(&mut fresh);
        assert_eq!(remembered, fresh);
        assert!(memo.len().0 == files.len(), "{:?}", memo.len());
    }

    #[test]
    fn reading_ahead_keeps_what_the_run_reads_and_changes_nothing() {
        let files = seed_files();
        let mut memo = StoryMemo::default();
        for file in prepared(&files).iter().flatten() {
            read_ahead(&mut memo, file);
        }
        let read = memo.len();
        let (mut ahead, mut fresh) = (Project::default(), Project::default());
        add_prepared_remembering(&mut ahead, prepared(&files), &mut memo);
        add_prepared(&mut fresh, prepared(&files));
        assert_eq!(ahead, fresh);
        assert_eq!(memo.len(), read, "the run found every text read ahead and read no other");
    }
}
