//! W3C Web Annotation JSON-LD: an `AnnotationCollection` (with its one `AnnotationPage`) of one
//! annotation per claim that is not rejected, and one `linking` annotation per cluster over its
//! claims. Every MUST of the W3C test suite holds (`scripts/interop.sh` runs its schemas):
//!
//! - ids are `urn:uuid:` IRIs from `ExportIds` (unique to the export's content, reproducible);
//! - `@context` is the official context plus one object defining every extension term
//!   (`confidence`, `role`, `speaker`, `sha256`, and `assessing`, which the official context
//!   lacks although the vocabulary has it);
//! - `creator` is an Agent: `Software` (claimlens) for suggestions, `Person` for claims a
//!   person made or decided; `generator` is claimlens; `created`, `modified` and `generated`
//!   are the export's time (the model keeps no per-claim times), left out when there is none;
//! - targets are `SpecificResource`s whose `source` is the document: `ni:///sha-256;…` (RFC
//!   6920, the digest of its text) with its file name as `label`; selectors are a
//!   `TextQuoteSelector` made unambiguous (`quote.rs`) and a `TextPositionSelector` in code
//!   points, end exclusive; a claim's cue and source mention are further targets with a `role`.

pub mod quote;

use serde_json::{json, Map, Value};

use crate::model::{Claim, Document, Origin, Project, Speaker, Status};
use crate::text::offsets::OffsetMap;
use crate::text::Span;

use super::export::{ExportFormat, ExportOptions};
use super::ids::ExportIds;

/// The extension terms of claimlens annotations, as the second `@context` entry.
fn extension_context() -> Value {
    json!({
        "claimlens": "urn:claimlens:terms#",
        "confidence": { "@id": "claimlens:confidence", "@type": "xsd:double" },
        "role": "claimlens:role",
        "speaker": { "@id": "claimlens:speaker", "@type": "@id" },
        "sha256": "claimlens:sha256",
        "assessing": "oa:assessing",
    })
}

/// The project as an `AnnotationCollection` (JSON-LD, pretty, final newline); `exported_at`
/// (ISO 8601 UTC) dates it. Written a piece at a time by `format::job` (each annotation as it
/// is made: the whole collection as one JSON value would take several times the memory of its
/// text, GBs for thousands of articles).
pub fn export_w3c(project: &Project, exported_at: Option<&str>) -> String {
    let options =
        ExportOptions { exported_at: exported_at.map(str::to_string), ..Default::default() };
    let bytes = super::job::ExportJob::new(ExportFormat::W3c, options).run_to_end(project);
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// The collection around its page's items, cut where the items go: what comes before the
/// items' array and what comes after it. `total` is the number of items.
pub(in crate::format) fn frame(
    ids: &ExportIds,
    at: Option<&str>,
    total: usize,
) -> (String, String) {
    let dated = |object: &mut Value| {
        if let (Some(at), Some(object)) = (at, object.as_object_mut()) {
            object.insert("created".into(), json!(at));
            object.insert("modified".into(), json!(at));
        }
    };
    let mut collection = json!({
        "@context": ["http://www.w3.org/ns/anno.jsonld", extension_context()],
        "id": ids.export(),
        "type": "AnnotationCollection",
        "label": "claimlens annotations",
        "generator": software(),
        "total": total,
    });
    dated(&mut collection);
    // The suite's page MUSTs read `partOf` as the collection's description (an IRI alone
    // fails them), so it repeats the collection's own keys.
    let mut part_of = collection.clone();
    part_of.as_object_mut().expect("an object").retain(|k, _| k != "@context" && k != "generator");
    let mut page = json!({
        "id": ids.id("page", "1"),
        "type": "AnnotationPage",
        "partOf": part_of,
        "startIndex": 0,
        "items": ITEMS_HERE,
    });
    dated(&mut page);
    collection["first"] = page;
    let frame = serde_json::to_string_pretty(&collection).expect("JSON values serialise");
    let (head, tail) =
        frame.split_once(&format!("\"{ITEMS_HERE}\"")).expect("the items' place is in the frame");
    (head.to_string(), tail.to_string())
}

/// What stands for the items in the collection's frame, replaced by them once it is written.
const ITEMS_HERE: &str = "claimlens: the annotations go here";

fn software() -> Value {
    json!({ "type": "Software", "name": "claimlens", "nickname": format!("claimlens {}", env!("CARGO_PKG_VERSION")) })
}

/// What an annotation is made from.
pub(in crate::format) struct Export<'a, 'p> {
    pub project: &'p Project,
    /// The speaker of an id (the first of two with one id).
    pub speaker: &'a dyn Fn(&str) -> Option<&'p Speaker>,
    /// Whether the claim of an id is exported: known, and not rejected.
    pub exported: &'a dyn Fn(&str) -> bool,
    pub ids: &'a ExportIds,
    pub at: Option<&'a str>,
}

impl Export<'_, '_> {
    fn date(&self, object: &mut Value) {
        if let (Some(at), Some(object)) = (self.at, object.as_object_mut()) {
            object.insert("created".into(), json!(at));
            object.insert("modified".into(), json!(at));
        }
    }

    /// A `Person` for a claim someone made or decided, claimlens otherwise.
    fn creator(&self, claim: &Claim) -> Value {
        if claim.origin == Origin::Manual || claim.status != Status::Suggested {
            json!({ "id": self.ids.id("agent", "reviewer"), "type": "Person", "nickname": "reviewer" })
        } else {
            software()
        }
    }

    pub fn claim_annotations(
        &self,
        doc: &Document,
        map: &OffsetMap,
        claims: &[&Claim],
    ) -> Vec<Value> {
        let spans: Vec<Vec<Span>> = claims.iter().map(|c| target_spans(c)).collect();
        let all: Vec<Span> = spans.iter().flatten().copied().collect();
        let mut quotes = quote::unambiguous_quotes(&doc.text, map, &all).into_iter();
        let source = document_resource(doc);
        claims
            .iter()
            .zip(&spans)
            .map(|(claim, spans)| {
                let roles = target_roles(claim);
                let targets: Vec<Value> = spans
                    .iter()
                    .zip(roles)
                    .map(|(span, role)| {
                        let q = quotes.next().expect("one quote per span");
                        target(&doc.text, map, *span, q, &source, role)
                    })
                    .collect();
                self.claim_annotation(claim, targets)
            })
            .collect()
    }

    fn claim_annotation(&self, claim: &Claim, targets: Vec<Value>) -> Value {
        let project = self.project;
        let text = |purpose: &str, value: &str| json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain" });
        let mut body = vec![text("classifying", claim.kind.as_str())];
        if let Some(speaker) = claim.speaker.as_deref().and_then(|s| (self.speaker)(s)) {
            let mut b = text("identifying", &speaker.name);
            b["speaker"] = json!(self.ids.id("speaker", &speaker.id));
            body.push(b);
        }
        body.push(text("assessing", claim.status.as_str()));
        for tag in &claim.tags {
            let label =
                project.tags.iter().find(|t| &t.id == tag).map_or(tag.as_str(), |t| &t.label);
            body.push(text("tagging", label));
        }
        if !claim.note.is_empty() {
            body.push(text("commenting", &claim.note));
        }
        let mut annotation = json!({
            "id": self.ids.id("claim", &claim.id),
            "type": "Annotation",
            "motivation": "classifying",
            "creator": self.creator(claim),
            "generator": software(),
            "confidence": claim.confidence,
            "body": body,
            "target": targets,
        });
        self.date(&mut annotation);
        annotation
    }

    /// Whether a cluster has an annotation: two of its claims or more are exported.
    pub fn cluster_is_exported(&self, cluster: &crate::model::Cluster) -> bool {
        cluster.claims.iter().filter(|c| (self.exported)(c)).nth(1).is_some()
    }

    /// A `linking` annotation over the cluster's claims that are exported (none when fewer
    /// than two remain).
    pub fn cluster_annotation(&self, cluster: &crate::model::Cluster) -> Option<Value> {
        if !self.cluster_is_exported(cluster) {
            return None;
        }
        let targets: Vec<String> = cluster
            .claims
            .iter()
            .filter(|c| (self.exported)(c))
            .map(|c| self.ids.id("claim", c))
            .collect();
        let value =
            if cluster.variant_wording { "same claim, worded differently" } else { "same claim" };
        let mut annotation = json!({
            "id": self.ids.id("cluster", &cluster.id),
            "type": "Annotation",
            "motivation": "linking",
            "creator": software(),
            "generator": software(),
            "body": { "type": "TextualBody", "purpose": "describing", "value": value, "format": "text/plain" },
            "target": targets,
        });
        self.date(&mut annotation);
        Some(annotation)
    }
}

/// The claim's content (or its parts), then its cue and source mention when present.
fn target_spans(claim: &Claim) -> Vec<Span> {
    let mut spans = if claim.content_parts.is_empty() {
        vec![claim.content]
    } else {
        claim.content_parts.clone()
    };
    spans.extend(claim.cue);
    spans.extend(claim.source_mention);
    spans
}

/// The `role` of each of `target_spans`: none for the content.
fn target_roles(claim: &Claim) -> Vec<Option<&'static str>> {
    let parts = claim.content_parts.len().max(1);
    let mut roles = vec![None; parts];
    if claim.cue.is_some() {
        roles.push(Some("cue"));
    }
    if claim.source_mention.is_some() {
        roles.push(Some("source"));
    }
    roles
}

/// The document as a resource: its digest as an RFC 6920 `ni` IRI, its name as `label`.
fn document_resource(doc: &Document) -> Value {
    json!({
        "id": format!("ni:///sha-256;{}", base64url(&hex_bytes(&doc.sha256))),
        "type": "Text",
        "format": "text/plain",
        "label": doc.name,
        "sha256": doc.sha256,
    })
}

fn target(
    text: &str,
    map: &OffsetMap,
    span: Span,
    q: quote::Quote,
    source: &Value,
    role: Option<&str>,
) -> Value {
    let (start, end) = map.span_to_chars(span);
    let mut target = Map::new();
    target.insert("type".into(), json!("SpecificResource"));
    target.insert("source".into(), source.clone());
    target.insert(
        "selector".into(),
        json!([
            { "type": "TextQuoteSelector", "exact": &text[q.exact.0..q.exact.1],
              "prefix": &text[q.prefix.0..q.prefix.1], "suffix": &text[q.suffix.0..q.suffix.1] },
            { "type": "TextPositionSelector", "start": start, "end": end },
        ]),
    );
    if let Some(role) = role {
        target.insert("role".into(), json!(role));
    }
    Value::Object(target)
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// Base64url without padding (RFC 4648 §5), as `ni` IRIs write digests.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests;
