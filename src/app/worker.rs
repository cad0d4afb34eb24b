//! Extraction off the main thread: the page posts files to a Web Worker running the same core
//! (`src/bin/claimlens_worker.rs`), which answers one prepared document per message.
//!
//! Messages are plain objects converted with serde-wasm-bindgen. Spans travel as byte pairs and
//! are re-validated against the text on arrival, so a `Span` still cannot run past its text.

use serde::{Deserialize, Serialize};

use crate::extract::{Attribution, Entity, Extraction};
use crate::model::{ClaimKind, SpeakerKind};
use crate::pipeline::{prepare, InputFile, Prepared};
use crate::text::meta::Meta;
use crate::text::Span;

/// Worker → page, once: the worker listens now (earlier messages would have been lost).
pub const READY: &str = "claimlens-worker-ready";

/// Page → worker: one file to prepare, with its place among all files submitted so far.
#[derive(Serialize, Deserialize)]
pub struct Job {
    pub index: u32,
    pub name: String,
    #[serde(with = "serde_bytes_compat")]
    pub bytes: Vec<u8>,
}

/// Worker → page: the prepared document, or why the file was refused.
#[derive(Serialize, Deserialize)]
pub struct Done {
    pub index: u32,
    pub result: Result<WirePrepared, String>,
}

#[derive(Serialize, Deserialize)]
pub struct WirePrepared {
    name: String,
    sha256: String,
    text: String,
    meta: Meta,
    boilerplate: Vec<(usize, usize)>,
    attributions: Vec<WireAttribution>,
    entities: Vec<WireEntity>,
}

#[derive(Serialize, Deserialize)]
struct WireAttribution {
    kind: ClaimKind,
    content: (usize, usize),
    parts: Vec<(usize, usize)>,
    cue: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
    entity: Option<usize>,
    confidence: f64,
}

#[derive(Serialize, Deserialize)]
struct WireEntity {
    name: String,
    kind: SpeakerKind,
    aliases: Vec<String>,
    descriptions: Vec<String>,
}

/// The worker's side: runs the core on one job.
pub fn run_job(job: Job) -> Done {
    let file = InputFile { name: job.name, bytes: job.bytes };
    let result = prepare(&file).map(to_wire).map_err(|e| e.to_string());
    Done { index: job.index, result }
}

fn pair(span: Span) -> (usize, usize) {
    (span.start(), span.end())
}

fn to_wire(p: Prepared) -> WirePrepared {
    WirePrepared {
        boilerplate: p.boilerplate.iter().map(|s| pair(*s)).collect(),
        attributions: p
            .extraction
            .attributions
            .iter()
            .map(|a| WireAttribution {
                kind: a.kind,
                content: pair(a.content),
                parts: a.parts.iter().map(|s| pair(*s)).collect(),
                cue: a.cue.map(pair),
                source: a.source.map(pair),
                entity: a.entity,
                confidence: a.confidence,
            })
            .collect(),
        entities: p
            .extraction
            .entities
            .into_iter()
            .map(|e| WireEntity {
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                descriptions: e.descriptions,
            })
            .collect(),
        name: p.name,
        sha256: p.sha256,
        text: p.text,
        meta: p.meta,
    }
}

/// The page's side: rebuilds a `Prepared`, refusing spans that do not fit the text.
pub fn from_wire(w: WirePrepared) -> Result<Prepared, String> {
    let text = w.text;
    let span = |(s, e): (usize, usize)| {
        Span::within(&text, s, e).ok_or("worker sent a span outside the text")
    };
    let boilerplate = w.boilerplate.into_iter().map(span).collect::<Result<Vec<_>, _>>()?;
    let mut attributions = Vec::with_capacity(w.attributions.len());
    for a in w.attributions {
        attributions.push(Attribution {
            kind: a.kind,
            content: span(a.content)?,
            parts: a.parts.into_iter().map(span).collect::<Result<_, _>>()?,
            cue: a.cue.map(span).transpose()?,
            source: a.source.map(span).transpose()?,
            entity: a.entity,
            confidence: a.confidence,
        });
    }
    let entities = w
        .entities
        .into_iter()
        .map(|e| Entity {
            name: e.name,
            kind: e.kind,
            aliases: e.aliases,
            descriptions: e.descriptions,
        })
        .collect();
    Ok(Prepared {
        name: w.name,
        sha256: w.sha256,
        meta: w.meta,
        boilerplate,
        extraction: Extraction { attributions, entities },
        text,
    })
}

/// Bytes as a JS `Uint8Array` rather than an array of numbers.
mod serde_bytes_compat {
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
        }
        d.deserialize_byte_buf(Visitor)
    }
}
