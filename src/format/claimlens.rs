//! claimlens/1: the JSON contract of ../shared/docs/FORMAT.md, written and read exactly.
//!
//! `export_json` and `import_json` are inverses: importing an export gives an equal `Project`,
//! and exporting it again gives the same bytes. Import validates everything it reads (format,
//! ids, references, offsets, span texts) and refuses the file with the first reason.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::extract::RuleId;
use crate::model::{
    Claim, ClaimKind, Cluster, Document, DuplicateOf, Origin, Project, Speaker, Status, Tag,
};
use crate::pipeline::hex_sha256;
use crate::text::decode::MAX_FILE_BYTES;
use crate::text::meta::Meta;
use crate::text::offsets::OffsetMap;
use crate::text::Span;

pub const FORMAT: &str = "claimlens/1";

#[derive(Serialize, Deserialize)]
pub(super) struct FileV1 {
    pub(super) format: String,
    pub(super) generator: Generator,
    pub(super) exported_at: Option<String>,
    pub(super) tags: Vec<Tag>,
    pub(super) documents: Vec<DocumentV1>,
    pub(super) speakers: Vec<Speaker>,
    pub(super) claims: Vec<ClaimV1>,
    pub(super) clusters: Vec<Cluster>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct Generator {
    pub(super) name: String,
    pub(super) version: String,
}

#[derive(Serialize, Deserialize)]
pub(super) struct SpanV1 {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
    /// The same range in UTF-16 units (JavaScript string indices); optional on import (files
    /// written before they existed lack them), checked when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) start_utf16: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) end_utf16: Option<usize>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct DocumentV1 {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) sha256: String,
    pub(super) text: String,
    pub(super) meta: Meta,
    pub(super) boilerplate: Vec<SpanV1>,
    pub(super) duplicate_of: Option<DuplicateOf>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct ClaimV1 {
    pub(super) id: String,
    pub(super) document: String,
    pub(super) kind: ClaimKind,
    pub(super) content: SpanV1,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) content_parts: Vec<SpanV1>,
    pub(super) cue: Option<SpanV1>,
    pub(super) source_mention: Option<SpanV1>,
    pub(super) speaker: Option<String>,
    pub(super) status: Status,
    pub(super) origin: Origin,
    pub(super) confidence: f64,
    /// The extractor's rule that suggested the claim (provenance); optional, absent in files
    /// written before it existed and for manual claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) found_by: Option<RuleId>,
    pub(super) tags: Vec<String>,
    pub(super) note: String,
    pub(super) cluster: Option<String>,
}

/// Writes `project` as claimlens/1 JSON (pretty, with a final newline).
pub fn export_json(project: &Project, exported_at: Option<&str>) -> String {
    let mut json = serde_json::to_string_pretty(&file_v1(project, exported_at))
        .expect("claimlens/1 always serialises");
    json.push('\n');
    json
}

/// Writes `project` as claimlens/1 JSON on one line (for JSON Lines), without the newline.
pub fn export_json_line(project: &Project) -> String {
    serde_json::to_string(&file_v1(project, None)).expect("claimlens/1 always serialises")
}

fn file_v1(project: &Project, exported_at: Option<&str>) -> FileV1 {
    let maps: Vec<OffsetMap> = project.documents.iter().map(|d| OffsetMap::new(&d.text)).collect();
    let index: HashMap<&str, usize> =
        project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    FileV1 {
        format: FORMAT.to_string(),
        generator: generator(),
        exported_at: exported_at.map(str::to_string),
        tags: project.tags.clone(),
        documents: project
            .documents
            .iter()
            .zip(&maps)
            .map(|(d, map)| document_v1(d, map))
            .collect(),
        speakers: project.speakers.clone(),
        claims: project
            .claims
            .iter()
            .map(|c| {
                let at = *index.get(c.document.as_str()).expect("claim of a known document");
                claim_v1(c, &project.documents[at].text, &maps[at])
            })
            .collect(),
        clusters: project.clusters.clone(),
    }
}

pub(super) fn generator() -> Generator {
    Generator { name: "claimlens".into(), version: env!("CARGO_PKG_VERSION").into() }
}

/// A document as written in the file; `map` is its text's offset map.
pub(super) fn document_v1(d: &Document, map: &OffsetMap) -> DocumentV1 {
    DocumentV1 {
        id: d.id.clone(),
        name: d.name.clone(),
        sha256: d.sha256.clone(),
        text: d.text.clone(),
        meta: d.meta.clone(),
        boilerplate: d.boilerplate.iter().map(|s| span_to_v1(&d.text, map, *s)).collect(),
        duplicate_of: d.duplicate_of.clone(),
    }
}

/// A claim as written in the file; `text` and `map` are its document's.
pub(super) fn claim_v1(c: &Claim, text: &str, map: &OffsetMap) -> ClaimV1 {
    let span = |s: Span| span_to_v1(text, map, s);
    ClaimV1 {
        id: c.id.clone(),
        document: c.document.clone(),
        kind: c.kind,
        content: span(c.content),
        content_parts: c.content_parts.iter().map(|s| span(*s)).collect(),
        cue: c.cue.map(span),
        source_mention: c.source_mention.map(span),
        speaker: c.speaker.clone(),
        status: c.status,
        origin: c.origin,
        confidence: c.confidence,
        found_by: c.found_by,
        tags: c.tags.clone(),
        note: c.note.clone(),
        cluster: c.cluster.clone(),
    }
}

fn span_to_v1(text: &str, map: &OffsetMap, span: Span) -> SpanV1 {
    let (start, end) = map.span_to_chars(span);
    let (start16, end16) = map.span_to_utf16(span);
    SpanV1 {
        start,
        end,
        text: span.slice(text).to_string(),
        start_utf16: Some(start16),
        end_utf16: Some(end16),
    }
}

/// Why an imported file was refused. The open project is never touched by a refused import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

pub(super) fn refuse<T>(message: impl Into<String>) -> Result<T, ImportError> {
    Err(ImportError { message: message.into() })
}

/// Largest import accepted, in bytes; larger files are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 200 * 1024 * 1024;

/// Reads a claimlens/1 file, validating every id, reference and span.
pub fn import_json(json: &str) -> Result<Project, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return refuse(format!(
            "the file is {} MB, over the {} MB import limit",
            json.len() >> 20,
            MAX_IMPORT_BYTES >> 20
        ));
    }
    let value: serde_json::Value =
        serde_json::from_str(json).or_else(|e| refuse(format!("not JSON: {e}")))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return refuse(format!(
                "format is \"{other}\"; this version of claimlens reads \"{FORMAT}\""
            ))
        }
        None => return refuse("no \"format\" field: this is not a claimlens export"),
    }
    let file: FileV1 = serde_json::from_value(value).or_else(|_| refuse(where_invalid(json)))?;
    project_from_file(file)
}

/// Why the file does not fit claimlens/1, with the line and column (parsed again, typed, only
/// on this error path: `from_value` knows no positions).
fn where_invalid(json: &str) -> String {
    match serde_json::from_str::<FileV1>(json) {
        Err(e) => format!("not a valid claimlens/1 file: {e}"),
        Ok(_) => "not a valid claimlens/1 file".to_string(),
    }
}

/// Validates a parsed file and builds its project (Import and the autosave restore both end
/// in `ProjectBuilder`, so stored data is checked exactly like an imported file).
pub(super) fn project_from_file(file: FileV1) -> Result<Project, ImportError> {
    let mut builder = ProjectBuilder::default();
    let mut maps = Vec::with_capacity(file.documents.len());
    for d in file.documents {
        maps.push(builder.add_document(d)?);
    }
    let index: HashMap<String, usize> =
        builder.documents.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
    let claims = file
        .claims
        .into_iter()
        .map(|c| {
            let Some(&i) = index.get(c.document.as_str()) else {
                return refuse(format!("claim {} refers to unknown document {}", c.id, c.document));
            };
            builder.claim_in(i, &maps[i], c)
        })
        .collect::<Result<Vec<_>, _>>()?;
    drop(maps);
    builder.finish(file.tags, file.speakers, claims, file.clusters)
}

/// A project validated a document at a time (each document's digest, offsets and
/// boilerplate, and its claims' spans: the parts that need its text's offset map, which is
/// dropped once they are read), then as a whole (ids and references): so a big restore can be
/// spread over several tasks and holds one offset map at a time.
#[derive(Default)]
pub(super) struct ProjectBuilder {
    documents: Vec<Document>,
}

impl ProjectBuilder {
    /// Checks and adds a document; returns its text's offset map, for its claims' spans.
    pub(super) fn add_document(&mut self, d: DocumentV1) -> Result<OffsetMap, ImportError> {
        let what = format!("document {} ({})", d.id, d.name);
        if d.text.len() > MAX_FILE_BYTES {
            return refuse(format!(
                "{what}: its text is {:.1} MB, over the {} MB limit of one article (the limit of a dropped file)",
                d.text.len() as f64 / 1_048_576.0,
                MAX_FILE_BYTES >> 20
            ));
        }
        let map = OffsetMap::new(&d.text);
        if d.sha256 != hex_sha256(&d.text) {
            return refuse(format!(
                "{what}: sha256 is not the digest of its text; was the text edited by hand?"
            ));
        }
        let boilerplate = d
            .boilerplate
            .iter()
            .map(|s| span_from_v1(&d.text, &map, s, &format!("{what}, boilerplate")))
            .collect::<Result<Vec<_>, _>>()?;
        self.documents.push(Document {
            id: d.id,
            name: d.name,
            sha256: d.sha256,
            text: d.text,
            meta: d.meta,
            boilerplate,
            duplicate_of: d.duplicate_of,
        });
        Ok(map)
    }

    /// The documents added so far, in order.
    pub(super) fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// A claim of the `document`-th document added (`map` is its offset map): its spans and
    /// confidence checked; its references are checked by `finish`.
    pub(super) fn claim_in(
        &self,
        document: usize,
        map: &OffsetMap,
        c: ClaimV1,
    ) -> Result<Claim, ImportError> {
        let text = &self.documents[document].text;
        let at = |name: &str| format!("claim {}, {name}", c.id);
        let span = |s: &SpanV1, name: &str| span_from_v1(text, map, s, &at(name));
        let optional =
            |s: &Option<SpanV1>, name: &str| s.as_ref().map(|s| span(s, name)).transpose();
        if !(0.0..=1.0).contains(&c.confidence) {
            return refuse(format!(
                "claim {} has confidence {}, outside [0, 1]",
                c.id, c.confidence
            ));
        }
        let content = span(&c.content, "content")?;
        let content_parts =
            c.content_parts.iter().map(|s| span(s, "content part")).collect::<Result<_, _>>()?;
        let cue = optional(&c.cue, "cue")?;
        let source_mention = optional(&c.source_mention, "source mention")?;
        Ok(Claim {
            id: c.id,
            document: c.document,
            kind: c.kind,
            content,
            content_parts,
            cue,
            source_mention,
            speaker: c.speaker,
            status: c.status,
            origin: c.origin,
            confidence: c.confidence,
            found_by: c.found_by,
            tags: c.tags,
            note: c.note,
            cluster: c.cluster,
        })
    }

    /// The project of the documents added and these parts, once every id is unique and every
    /// reference known.
    pub(super) fn finish(
        self,
        tags: Vec<Tag>,
        speakers: Vec<Speaker>,
        claims: Vec<Claim>,
        clusters: Vec<Cluster>,
    ) -> Result<Project, ImportError> {
        let documents = self.documents;
        unique_ids("tag", tags.iter().map(|t| t.id.as_str()))?;
        unique_ids("document", documents.iter().map(|d| d.id.as_str()))?;
        unique_ids("speaker", speakers.iter().map(|s| s.id.as_str()))?;
        unique_ids("cluster", clusters.iter().map(|k| k.id.as_str()))?;
        let project = Project { tags, documents, speakers, claims, clusters };
        check_references(&project)?;
        Ok(project)
    }
}

/// Every claim id is unique; every document a copy points to, and every speaker, tag, cluster
/// and claim a claim or cluster names, exists. (Each set of ids is built once; a run of claims
/// of one document looks its document up once.)
fn check_references(project: &Project) -> Result<(), ImportError> {
    let claim_ids = unique_ids("claim", project.claims.iter().map(|c| c.id.as_str()))?;
    let doc_ids: HashSet<&str> = project.documents.iter().map(|d| d.id.as_str()).collect();
    for d in &project.documents {
        if let Some(dup) = &d.duplicate_of {
            if !doc_ids.contains(dup.document.as_str()) {
                return refuse(format!(
                    "document {} is a duplicate of unknown document {}",
                    d.id, dup.document
                ));
            }
        }
    }
    let tag_ids: HashSet<&str> = project.tags.iter().map(|t| t.id.as_str()).collect();
    let speaker_ids: HashSet<&str> = project.speakers.iter().map(|s| s.id.as_str()).collect();
    let cluster_ids: HashSet<&str> = project.clusters.iter().map(|k| k.id.as_str()).collect();
    let mut known_document: Option<&str> = None;
    for c in &project.claims {
        if known_document != Some(c.document.as_str()) {
            if !doc_ids.contains(c.document.as_str()) {
                return refuse(format!("claim {} refers to unknown document {}", c.id, c.document));
            }
            known_document = Some(c.document.as_str());
        }
        if let Some(speaker) = &c.speaker {
            if !speaker_ids.contains(speaker.as_str()) {
                return refuse(format!("claim {} refers to unknown speaker {speaker}", c.id));
            }
        }
        if let Some(tag) = c.tags.iter().find(|t| !tag_ids.contains(t.as_str())) {
            return refuse(format!(
                "claim {} has tag \"{tag}\", which is not in the tag set",
                c.id
            ));
        }
        if let Some(cluster) = &c.cluster {
            if !cluster_ids.contains(cluster.as_str()) {
                return refuse(format!("claim {} refers to unknown cluster {cluster}", c.id));
            }
        }
    }
    for k in &project.clusters {
        if let Some(missing) = k.claims.iter().find(|c| !claim_ids.contains(c.as_str())) {
            return refuse(format!("cluster {} lists unknown claim {missing}", k.id));
        }
    }
    Ok(())
}

/// The ids, once each is known to be unique.
fn unique_ids<'a>(
    what: &str,
    ids: impl ExactSizeIterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, ImportError> {
    let mut seen = HashSet::with_capacity(ids.len());
    for id in ids {
        if !seen.insert(id) {
            return refuse(format!("two {what}s have the id \"{id}\"; ids must be unique"));
        }
    }
    Ok(seen)
}

fn span_from_v1(
    text: &str,
    map: &OffsetMap,
    span: &SpanV1,
    what: &str,
) -> Result<Span, ImportError> {
    if span.start > span.end && span.start <= map.char_len() {
        return refuse(format!(
            "{what}: offsets {}..{} are reversed (start after end)",
            span.start, span.end
        ));
    }
    let Some(result) = map.span_from_chars(text, span.start, span.end) else {
        return refuse(format!(
            "{what}: offsets {}..{} are outside the text ({} characters)",
            span.start,
            span.end,
            map.char_len()
        ));
    };
    if result.slice(text) != span.text {
        return refuse(format!(
            "{what}: the span text {:?} does not match the document text at {}..{}",
            span.text, span.start, span.end
        ));
    }
    let (start16, end16) = map.span_to_utf16(result);
    for (name, given, actual) in
        [("start_utf16", span.start_utf16, start16), ("end_utf16", span.end_utf16, end16)]
    {
        if given.is_some_and(|g| g != actual) {
            return refuse(format!(
                "{what}: {name} is {}, but code point {} is UTF-16 unit {actual}",
                given.unwrap_or_default(),
                if name == "start_utf16" { span.start } else { span.end },
            ));
        }
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{analyze, InputFile};

    fn sample() -> Project {
        let text = "Intro 😀.\n\"We will win this,\" Smith said.\n";
        analyze(&[InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).0
    }

    #[test]
    fn export_then_import_is_identity() {
        let project = sample();
        assert!(!project.claims.is_empty());
        let json = export_json(&project, None);
        let back = import_json(&json).unwrap();
        assert_eq!(back, project);
        assert_eq!(export_json(&back, None), json);
    }

    #[test]
    fn offsets_are_code_points() {
        let json = export_json(&sample(), None);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let content = &value["claims"][0]["content"];
        assert_eq!(content["text"], "We will win this,");
        assert_eq!(content["start"], 10, "the emoji counts as one");
        assert_eq!(content["start_utf16"], 11, "and as two UTF-16 units");
        assert_eq!(content["end_utf16"], 28);
    }

    #[test]
    fn utf16_offsets_are_optional_on_import_and_checked_when_present() {
        let json = export_json(&sample(), None);
        let without: String = json
            .lines()
            .filter(|l| !l.contains("_utf16"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            .replace("\",\n        }", "\"\n        }")
            .replace("\",\n      }", "\"\n      }");
        let before = import_json(&without).expect("a file from before UTF-16 offsets imports");
        assert_eq!(export_json(&before, None), json);
        let err = import_json(&json.replacen("\"start_utf16\": 11", "\"start_utf16\": 10", 1));
        assert!(err.unwrap_err().message.contains("start_utf16 is 10"));
    }

    #[test]
    fn the_rule_that_found_a_claim_is_optional_on_import_and_checked_when_present() {
        let json = export_json(&sample(), None);
        assert!(json.contains("\"found_by\": \"speech-verb\""), "{json}");
        let without: String = json
            .lines()
            .filter(|l| !l.contains("\"found_by\""))
            .map(|l| format!("{l}\n"))
            .collect();
        let before = import_json(&without).expect("a file from before found_by imports");
        assert!(before.claims.iter().all(|c| c.found_by.is_none()));
        assert_eq!(export_json(&before, None), without);
        let why = refusal(&json.replacen("\"speech-verb\"", "\"verb-cue\"", 1));
        assert!(why.contains("unknown variant `verb-cue`"), "{why}");
    }

    #[test]
    fn refuses_wrong_format_bad_offsets_and_dangling_ids() {
        let json = export_json(&sample(), None);
        let err = import_json(&json.replace("claimlens/1", "claimlens/9")).unwrap_err();
        assert!(err.message.contains("claimlens/9"), "{err}");
        assert!(import_json("nope").unwrap_err().message.starts_with("not JSON"));
        let err = import_json(&json.replace("\"start\": 10", "\"start\": 9999")).unwrap_err();
        assert!(err.message.contains("outside the text"), "{err}");
        let err =
            import_json(&json.replace("\"document\": \"d1\"", "\"document\": \"d7\"")).unwrap_err();
        assert!(err.message.contains("unknown document d7"), "{err}");
    }

    /// The sample export with `from` replaced by `to` once; panics if `from` is not in it.
    fn edited(from: &str, to: &str) -> String {
        let json = export_json(&sample(), None);
        assert!(json.contains(from), "{from} is not in the sample export");
        json.replacen(from, to, 1)
    }

    fn refusal(json: &str) -> String {
        import_json(json).expect_err("the import must be refused").message
    }

    #[test]
    fn refuses_a_document_over_the_dropped_file_limit() {
        let json = export_json(&sample(), None);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let text = value["documents"][0]["text"].as_str().unwrap();
        let big = "x".repeat(MAX_FILE_BYTES + 1 - text.len());
        let json = json.replacen(
            &serde_json::to_string(text).unwrap(),
            &serde_json::to_string(&format!("{text}{big}")).unwrap(),
            1,
        );
        let why = refusal(&json);
        assert!(why.contains("over the 20 MB limit of one article"), "{why}");
    }

    #[test]
    fn refuses_oversize_input_before_parsing() {
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        let why = refusal(&huge);
        assert!(why.contains("over the 200 MB import limit"), "{why}");
    }

    #[test]
    fn deep_nesting_is_a_refusal_not_a_stack_overflow() {
        for depth in [200, 100_000] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let why = refusal(&arrays);
            assert!(why.starts_with("not JSON") && why.contains("recursion limit"), "{why}");
            let inside = format!("{{\"format\": \"claimlens/1\", \"tags\": {arrays}}}");
            let why = refusal(&inside);
            assert!(why.contains("recursion limit"), "{why}");
        }
    }

    #[test]
    fn refuses_a_missing_format_and_a_wrong_one() {
        assert!(refusal("{}").contains("no \"format\" field"));
        assert!(refusal("[1, 2]").contains("no \"format\" field"));
        let why = refusal(&edited("\"format\": \"claimlens/1\"", "\"format\": 1"));
        assert!(why.contains("no \"format\" field"), "{why}");
    }

    #[test]
    fn a_missing_or_mistyped_field_is_named_with_its_line() {
        let why = refusal(&edited("\"status\": \"suggested\",", ""));
        assert!(why.contains("missing field `status`") && why.contains("line"), "{why}");
        let why = refusal(&edited("\"start\": 10", "\"start\": -10"));
        assert!(why.contains("invalid value") && why.contains("line"), "{why}");
        let why = refusal(&edited("\"status\": \"suggested\"", "\"status\": \"maybe\""));
        assert!(why.contains("unknown variant `maybe`"), "{why}");
    }

    #[test]
    fn refuses_duplicate_ids_of_every_kind() {
        let mut project = sample();
        project.tags[1].id = project.tags[0].id.clone();
        assert!(refusal(&export_json(&project, None)).contains("two tags have the id"));
        let mut project = sample();
        project.speakers.push(project.speakers[0].clone());
        assert!(refusal(&export_json(&project, None)).contains("two speakers have the id"));
        let mut project = sample();
        project.claims.push(project.claims[0].clone());
        assert!(refusal(&export_json(&project, None)).contains("two claims have the id"));
        let mut project = sample();
        project.documents.push(project.documents[0].clone());
        assert!(refusal(&export_json(&project, None)).contains("two documents have the id"));
    }

    #[test]
    fn refuses_every_dangling_reference() {
        let mut project = sample();
        project.claims[0].speaker = Some("s404".into());
        assert!(refusal(&export_json(&project, None)).contains("unknown speaker s404"));
        let mut project = sample();
        project.claims[0].tags = vec!["gone".into()];
        assert!(refusal(&export_json(&project, None)).contains("\"gone\", which is not in"));
        let mut project = sample();
        project.claims[0].cluster = Some("k404".into());
        assert!(refusal(&export_json(&project, None)).contains("unknown cluster k404"));
        let mut project = sample();
        let claims = vec![project.claims[0].id.clone(), "c404".to_string()];
        project.clusters.push(Cluster { id: "k1".into(), claims, variant_wording: false });
        assert!(refusal(&export_json(&project, None)).contains("lists unknown claim c404"));
        let mut project = sample();
        project.documents[0].duplicate_of =
            Some(DuplicateOf { document: "d404".into(), similarity: 0.9 });
        assert!(refusal(&export_json(&project, None)).contains("unknown document d404"));
    }

    #[test]
    fn refuses_offsets_past_the_end_reversed_or_not_matching_their_text() {
        let why = refusal(&edited("\"end\": 27", "\"end\": 99999999999"));
        assert!(why.contains("outside the text"), "{why}");
        let why = refusal(&edited("\"start\": 10", "\"start\": 30"));
        assert!(why.contains("reversed"), "{why}");
        let why =
            refusal(&edited("\"text\": \"We will win this,\"", "\"text\": \"We will lose,\""));
        assert!(why.contains("does not match the document text"), "{why}");
    }

    #[test]
    fn refuses_a_text_that_does_not_match_its_digest() {
        let why = refusal(&edited("Intro", "Outro"));
        assert!(why.contains("sha256 is not the digest of its text"), "{why}");
    }

    #[test]
    fn refuses_confidence_outside_the_unit_interval() {
        let project = sample();
        let confidence = format!("\"confidence\": {:?}", project.claims[0].confidence);
        let why = refusal(&edited(&confidence, "\"confidence\": 1.5"));
        assert!(why.contains("outside [0, 1]"), "{why}");
        let why = refusal(&edited(&confidence, "\"confidence\": 1e999"));
        assert!(why.contains("number out of range"), "{why}");
    }
}
