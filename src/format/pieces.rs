//! The project in pieces for the browser's autosave, so that saving after an edit rewrites only
//! what the edit touched.
//!
//! A project is stored as one *document piece* per document (the document with its text, meta,
//! boilerplate and duplicate_of, plus that document's claims in project order) and one *project
//! piece* (tags, speakers, clusters, the order of documents and of claims, the key of every
//! document piece, and the page's selection). Pieces are claimlens/1 fragments (code point
//! spans with their text, exactly as in an export); restoring reassembles a claimlens/1 file
//! and validates it with Import's own code (`claimlens::project_from_file`), so stored data is
//! trusted no more than an imported file.
//!
//! [`Written`] keeps a copy of what was last written (each document minus its text, with its
//! claims; the project piece's content), so [`Written::plan`] finds what changed by comparing
//! values, serialising nothing. The [`SavePlan`] then serialises the changed pieces one at a
//! time, so the caller can spread the work over several tasks. Document pieces always go under
//! new keys (never one the stored project piece lists) and the project piece is written last,
//! so an interrupted save leaves the previous project whole.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::claimlens::{
    claim_v1, document_v1, import_json, refuse, ClaimV1, DocumentV1, ProjectBuilder,
    MAX_IMPORT_BYTES,
};
use super::ImportError;
use crate::model::{Claim, Cluster, Document, Project, Speaker, Tag};
use crate::text::offsets::OffsetMap;

/// The `format` of a project piece.
pub const PIECES_FORMAT: &str = "claimlens-autosave/1";

/// What the page was looking at, saved with the project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    pub document: Option<String>,
    pub claim: Option<String>,
    /// Suggestions under this confidence (percent) are hidden in the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hide_below: Option<u8>,
}

/// A project read back from storage, with what the page was looking at.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub project: Project,
    pub selection: Selection,
}

/// The project piece as stored.
#[derive(Serialize, Deserialize)]
struct ProjectPiece<H> {
    format: String,
    project: H,
}

/// Everything of a project that is not in a document piece.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Head {
    tags: Vec<Tag>,
    speakers: Vec<Speaker>,
    clusters: Vec<Cluster>,
    /// Every document in project order, with the key of its piece.
    documents: Vec<PieceRef>,
    /// The order of `Project::claims` as runs `[document, n]`: take the next n claims of that
    /// document's piece.
    claim_order: Vec<(String, usize)>,
    selection: Selection,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct PieceRef {
    document: String,
    key: String,
}

/// A document piece as stored.
#[derive(Serialize, Deserialize)]
struct DocumentPiece {
    document: DocumentV1,
    claims: Vec<ClaimV1>,
}

/// What the stored project piece lists: a copy of each document piece's content (the text
/// left out: a document's text never changes under its id, see [`Written::forget`]) and of the
/// project piece. Empty when nothing is known to be stored.
#[derive(Clone, Debug, Default)]
pub struct Written {
    documents: HashMap<String, WrittenDocument>,
    head: Option<Head>,
}

#[derive(Clone, Debug)]
struct WrittenDocument {
    key: String,
    /// The document as written, its text emptied.
    document: Document,
    claims: Vec<Claim>,
}

/// The pieces one save writes, taken from a snapshot of the project when it was planned.
#[derive(Debug)]
pub struct SavePlan {
    pending: Vec<PendingPiece>,
    next: usize,
    head: Head,
}

#[derive(Debug)]
struct PendingPiece {
    key: String,
    document: Document,
    claims: Vec<Claim>,
}

impl Written {
    /// What changed since the last write, or `None` when nothing did. New document pieces get
    /// the key `key_prefix` + document id, so the prefix must differ from every earlier plan's.
    /// Costs one comparison of the project with the copy; only changed pieces are copied.
    pub fn plan(
        &self,
        project: &Project,
        selection: &Selection,
        key_prefix: &str,
    ) -> Option<SavePlan> {
        let by_document = claims_by_document(&project.claims);
        let mut pending = Vec::new();
        let mut refs = Vec::with_capacity(project.documents.len());
        for document in &project.documents {
            let claims = by_document.get(document.id.as_str()).map_or(&[][..], Vec::as_slice);
            let key = match self.documents.get(&document.id) {
                Some(written) if written.holds(document, claims) => written.key.clone(),
                _ => {
                    let key = format!("{key_prefix}{}", document.id);
                    pending.push(PendingPiece {
                        key: key.clone(),
                        document: document.clone(),
                        claims: claims.iter().map(|&c| c.clone()).collect(),
                    });
                    key
                }
            };
            refs.push(PieceRef { document: document.id.clone(), key });
        }
        let claim_order = claim_runs(&project.claims);
        let head_unchanged = self.head.as_ref().is_some_and(|head| {
            head.documents == refs
                && head.claim_order == claim_order
                && head.selection == *selection
                && head.tags == project.tags
                && head.speakers == project.speakers
                && head.clusters == project.clusters
        });
        if pending.is_empty() && head_unchanged {
            return None;
        }
        let head = Head {
            tags: project.tags.clone(),
            speakers: project.speakers.clone(),
            clusters: project.clusters.clone(),
            documents: refs,
            claim_order,
            selection: selection.clone(),
        };
        Some(SavePlan { pending, next: 0, head })
    }

    /// Takes in a plan whose project piece is written: its pieces are now what is stored.
    pub fn record(&mut self, plan: SavePlan) {
        let listed: HashSet<&str> =
            plan.head.documents.iter().map(|r| r.document.as_str()).collect();
        self.documents.retain(|id, _| listed.contains(id.as_str()));
        for piece in plan.pending {
            let mut document = piece.document;
            document.text = String::new();
            let written = WrittenDocument { key: piece.key, document, claims: piece.claims };
            self.documents.insert(written.document.id.clone(), written);
        }
        self.head = Some(plan.head);
    }

    /// Forgets what is stored, so the next plan writes every piece again (after the project
    /// was replaced: an imported document may reuse an id with another text).
    pub fn forget(&mut self) {
        *self = Written::default();
    }

    /// Every key the stored project piece lists.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.documents.values().map(|w| w.key.as_str())
    }
}

impl WrittenDocument {
    /// Whether this piece holds exactly `document` (but its text) and `claims`.
    fn holds(&self, document: &Document, claims: &[&Claim]) -> bool {
        let Document { id, name, sha256, text: _, meta, boilerplate, duplicate_of } = document;
        let w = &self.document;
        w.id == *id
            && w.name == *name
            && w.sha256 == *sha256
            && w.meta == *meta
            && w.boilerplate == *boilerplate
            && w.duplicate_of == *duplicate_of
            && self.claims.len() == claims.len()
            && self.claims.iter().zip(claims).all(|(a, &b)| a == b)
    }
}

impl SavePlan {
    /// How many document pieces this save writes.
    pub fn document_pieces(&self) -> usize {
        self.pending.len()
    }

    /// Serialises the next changed document piece: its key and JSON.
    pub fn next_document_piece(&mut self) -> Option<(String, String)> {
        let piece = self.pending.get(self.next)?;
        self.next += 1;
        Some((piece.key.clone(), document_piece_json(&piece.document, &piece.claims)))
    }

    /// The project piece, listing every document piece; to be written after all of them.
    pub fn project_piece(&self) -> String {
        let piece = ProjectPiece { format: PIECES_FORMAT.to_string(), project: &self.head };
        serde_json::to_string(&piece).expect("the project piece always serialises")
    }

    /// Every document piece key the project piece lists.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.head.documents.iter().map(|r| r.key.as_str())
    }
}

fn document_piece_json(document: &Document, claims: &[Claim]) -> String {
    let map = OffsetMap::new(&document.text);
    let piece = DocumentPiece {
        document: document_v1(document, &map),
        claims: claims.iter().map(|c| claim_v1(c, &document.text, &map)).collect(),
    };
    serde_json::to_string(&piece).expect("a document piece always serialises")
}

/// Each document's claims, in project order.
fn claims_by_document(claims: &[Claim]) -> HashMap<&str, Vec<&Claim>> {
    let mut by_document: HashMap<&str, Vec<&Claim>> = HashMap::new();
    for claim in claims {
        by_document.entry(claim.document.as_str()).or_default().push(claim);
    }
    by_document
}

/// The claims' order as runs of one document's claims.
fn claim_runs(claims: &[Claim]) -> Vec<(String, usize)> {
    let mut runs: Vec<(String, usize)> = Vec::new();
    for claim in claims {
        match runs.last_mut() {
            Some((document, n)) if *document == claim.document => *n += 1,
            _ => runs.push((claim.document.clone(), 1)),
        }
    }
    runs
}

/// A project piece read back, before its document pieces are.
pub struct StoredProject {
    head: Head,
}

impl StoredProject {
    /// Reads a project piece; refuses another format or a malformed record.
    /// The record is read once when it is what this version writes (a big project's record
    /// is megabytes); only a record that does not read is read again, for its format alone.
    pub fn parse(json: &str) -> Result<StoredProject, ImportError> {
        #[derive(Deserialize)]
        struct FormatOnly {
            format: String,
        }
        let wrong_format = |format: &str| {
            refuse(format!(
                "the saved project is in format \"{format}\"; this version of claimlens reads \"{PIECES_FORMAT}\""
            ))
        };
        match serde_json::from_str::<ProjectPiece<Head>>(json) {
            Ok(piece) if piece.format == PIECES_FORMAT => Ok(StoredProject { head: piece.project }),
            Ok(piece) => wrong_format(&piece.format),
            Err(invalid) => {
                let format = serde_json::from_str::<FormatOnly>(json)
                    .or_else(|e| refuse(format!("the saved project record is not readable: {e}")))?
                    .format;
                if format != PIECES_FORMAT {
                    return wrong_format(&format);
                }
                refuse(format!("the saved project record is not valid: {invalid}"))
            }
        }
    }

    /// The keys of the document pieces to read.
    pub fn piece_keys(&self) -> impl Iterator<Item = &str> {
        self.head.documents.iter().map(|r| r.key.as_str())
    }

    /// Rebuilds the project from its document pieces (by key) and validates it as Import does;
    /// also returns what is stored, for the next save to compare with.
    pub fn restore(
        self,
        pieces: &HashMap<String, String>,
    ) -> Result<(Restored, Written), ImportError> {
        let mut restoring = self.restoring(pieces)?;
        while restoring.read_next_piece(pieces)? {}
        restoring.finish()
    }

    /// The same as `restore`, a document piece at a time: `Restoring::read_next_piece` until
    /// it says no piece is left, then `Restoring::finish`.
    pub fn restoring(self, pieces: &HashMap<String, String>) -> Result<Restoring, ImportError> {
        let head = self.head;
        let bytes: usize =
            head.documents.iter().filter_map(|r| pieces.get(&r.key)).map(String::len).sum();
        if bytes > MAX_IMPORT_BYTES {
            return refuse(format!(
                "the saved project is {} MB, over the {} MB import limit",
                bytes >> 20,
                MAX_IMPORT_BYTES >> 20
            ));
        }
        Ok(Restoring {
            head,
            next: 0,
            builder: ProjectBuilder::default(),
            claims_of: Vec::new(),
            written: HashMap::new(),
        })
    }
}

/// A restore under way: the document pieces read and checked so far (each one's text, spans
/// and the copy of what is stored, so that `finish` only checks ids and references).
pub struct Restoring {
    head: Head,
    /// The next document piece to read (an index into `head.documents`).
    next: usize,
    builder: ProjectBuilder,
    /// Each piece's claims, in `head.documents` order.
    claims_of: Vec<Vec<Claim>>,
    /// What is stored, piece by piece, as read.
    written: HashMap<String, WrittenDocument>,
}

impl Restoring {
    /// Reads and checks the next document piece; false when every piece was read.
    pub fn read_next_piece(
        &mut self,
        pieces: &HashMap<String, String>,
    ) -> Result<bool, ImportError> {
        let Some(r) = self.head.documents.get(self.next) else { return Ok(false) };
        let piece = read_document_piece(r, pieces)?;
        let map = self.builder.add_document(piece.document)?;
        let index = self.next;
        let claims = piece
            .claims
            .into_iter()
            .map(|c| self.builder.claim_in(index, &map, c))
            .collect::<Result<Vec<_>, _>>()?;
        let document = &self.builder.documents()[index];
        let written = WrittenDocument {
            key: r.key.clone(),
            document: document_without_text(document),
            claims: claims.clone(),
        };
        self.written.insert(document.id.clone(), written);
        self.claims_of.push(claims);
        self.next += 1;
        Ok(self.next < self.head.documents.len())
    }

    /// The project, validated as a whole, once every piece is read.
    pub fn finish(self) -> Result<(Restored, Written), ImportError> {
        let Restoring { head, next, builder, claims_of, written } = self;
        if next < head.documents.len() {
            return refuse(format!(
                "{} saved document(s) were not read",
                head.documents.len() - next
            ));
        }
        let mut claims_of: HashMap<&str, std::vec::IntoIter<Claim>> = head
            .documents
            .iter()
            .zip(claims_of)
            .map(|(r, claims)| (r.document.as_str(), claims.into_iter()))
            .collect();
        let claims = claims_in_saved_order(&head.claim_order, &mut claims_of)?;
        let project = builder.finish(
            head.tags.clone(),
            head.speakers.clone(),
            claims,
            head.clusters.clone(),
        )?;
        let selection = head.selection.clone();
        let written = Written { documents: written, head: Some(head) };
        Ok((Restored { project, selection }, written))
    }
}

/// A document's fields but its text (not copied: a document's text never changes under its id).
fn document_without_text(document: &Document) -> Document {
    let Document { id, name, sha256, text: _, meta, boilerplate, duplicate_of } = document;
    Document {
        id: id.clone(),
        name: name.clone(),
        sha256: sha256.clone(),
        text: String::new(),
        meta: meta.clone(),
        boilerplate: boilerplate.clone(),
        duplicate_of: duplicate_of.clone(),
    }
}

/// One document piece, checked to hold the document the project piece says it holds.
fn read_document_piece(
    r: &PieceRef,
    pieces: &HashMap<String, String>,
) -> Result<DocumentPiece, ImportError> {
    let document = &r.document;
    let Some(json) = pieces.get(&r.key) else {
        return refuse(format!("the saved piece of document {document} is missing"));
    };
    let piece: DocumentPiece = serde_json::from_str(json)
        .or_else(|e| refuse(format!("the saved piece of document {document} is not valid: {e}")))?;
    if piece.document.id != *document {
        return refuse(format!(
            "the saved piece of document {document} holds document {}",
            piece.document.id
        ));
    }
    if let Some(claim) = piece.claims.iter().find(|c| c.document != *document) {
        return refuse(format!(
            "claim {} is saved with document {document} but names document {}",
            claim.id, claim.document
        ));
    }
    Ok(piece)
}

/// The claims of all pieces in the saved order; every claim must be taken exactly once.
fn claims_in_saved_order(
    order: &[(String, usize)],
    claims_of: &mut HashMap<&str, std::vec::IntoIter<Claim>>,
) -> Result<Vec<Claim>, ImportError> {
    let mut claims = Vec::new();
    for (document, n) in order {
        let Some(source) = claims_of.get_mut(document.as_str()) else {
            return refuse(format!(
                "the saved claim order names document {document}, which has no saved piece"
            ));
        };
        for _ in 0..*n {
            let Some(claim) = source.next() else {
                return refuse(format!(
                    "the saved claim order takes more claims from document {document} than its piece holds"
                ));
            };
            claims.push(claim);
        }
    }
    if let Some((document, rest)) = claims_of.iter().find(|(_, rest)| rest.len() > 0) {
        return refuse(format!(
            "{} claim(s) of document {document} are missing from the saved claim order",
            rest.len()
        ));
    }
    Ok(claims)
}

/// The single record autosave wrote before pieces (`{"project": "<claimlens/1 JSON>",
/// "selected_document": .., "selected_claim": ..}`), read once so earlier work survives.
pub fn restore_single_record(record: &str) -> Result<Restored, ImportError> {
    #[derive(Deserialize)]
    struct SingleRecord {
        project: String,
        selected_document: Option<String>,
        selected_claim: Option<String>,
    }
    let saved: SingleRecord = serde_json::from_str(record)
        .or_else(|e| refuse(format!("the saved record is not valid: {e}")))?;
    let project = import_json(&saved.project)?;
    let selection = Selection {
        document: saved.selected_document,
        claim: saved.selected_claim,
        hide_below: None,
    };
    Ok(Restored { project, selection })
}

#[cfg(test)]
mod tests;
