//! Analysis off the main thread: the page posts files to Web Workers running the same core
//! (`src/bin/claimlens_worker.rs`), each answering one prepared document per message. One of
//! them, the linker, keeps every prepared document (its own, and the others' as the page
//! forwards them) and reads ahead what linking will need; when a run of files is in, the page
//! asks it to link them into its copy of the project (speakers, duplicates, clusters: the
//! slow, cross-document part) and applies the answer with `pipeline::add_prepared_linked`,
//! which only copies.
//!
//! Requests are plain objects converted with serde-wasm-bindgen (a file's bytes as a
//! `Uint8Array`); replies are JSON text (`reply_json`, `read_reply`), which crosses threads as
//! one string and is forwarded to the linker as it came. Spans travel as byte pairs and are
//! re-validated against the text on arrival, so a `Span` still cannot run past its text.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::extract::{Attribution, Entity, Extraction, RuleId};
use crate::format::import_json;
use crate::model::{ClaimKind, Project, SpeakerKind};
use crate::pipeline::{add_prepared_with_links, prepare, read_ahead, InputFile, Links, Prepared};
use crate::story::memo::StoryMemo;
use crate::text::meta::Meta;
use crate::text::Span;

/// Worker → page, once: the worker listens now (earlier messages would have been lost).
pub const READY: &str = "claimlens-worker-ready";

/// Page → worker.
#[derive(Serialize, Deserialize)]
pub enum Request {
    /// Prepare one file and answer with it; the linker also keeps it for a later `Link`.
    Prepare(Job),
    /// Keep a file another worker prepared, for a later `Link` (sent to the linker only, by
    /// the page, as the other worker's answer arrives: that answer's JSON; no answer).
    Keep(String),
    /// Link kept files into the worker's copy of the project.
    Link(LinkJob),
}

/// Worker → page.
#[derive(Serialize, Deserialize)]
pub enum Reply {
    Prepared(Done),
    Linked(Linked),
}

/// Which kept files to link, in order, and the open project when the worker's copy is stale.
#[derive(Serialize, Deserialize)]
pub struct LinkJob {
    pub run: u32,
    pub indices: Vec<u32>,
    /// The page's project as claimlens/1, sent when the worker's copy may differ from it.
    pub project: Option<String>,
}

/// The links of a `LinkJob`, or why the worker could not make them (the page then links itself).
#[derive(Serialize, Deserialize)]
pub struct Linked {
    pub run: u32,
    pub links: Result<Links, String>,
}

/// Page → worker: one file to prepare, with its place among all files submitted so far.
#[derive(Clone, Serialize, Deserialize)]
pub struct Job {
    pub index: u32,
    pub name: String,
    /// Whether the worker keeps the prepared file for linking (only the linker does).
    pub keep: bool,
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
    rule: RuleId,
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
    let (done, _) = prepare_job(job);
    done
}

fn prepare_job(job: Job) -> (Done, Option<Prepared>) {
    let file = InputFile { name: job.name, bytes: job.bytes };
    match prepare(&file) {
        Ok(prepared) => {
            let done = Done { index: job.index, result: Ok(to_wire(prepared.clone())) };
            (done, Some(prepared))
        }
        Err(e) => (Done { index: job.index, result: Err(e.to_string()) }, None),
    }
}

/// What the worker holds between messages: its copy of the project as of the last link, and
/// the files prepared since, by index.
#[derive(Default)]
pub struct WorkerState {
    project: Project,
    kept: BTreeMap<u32, Prepared>,
    /// What linking read from each text, kept for the next run.
    memo: StoryMemo,
}

impl WorkerState {
    /// Handles a request; `Keep` has no answer.
    pub fn handle(&mut self, request: Request) -> Option<Reply> {
        match request {
            Request::Prepare(job) => {
                let keep = job.keep;
                let (done, prepared) = prepare_job(job);
                if let Some(prepared) = prepared.filter(|_| keep) {
                    self.keep(done.index, prepared);
                }
                Some(Reply::Prepared(done))
            }
            Request::Keep(json) => {
                // A file that does not read or fit is left out, and the link that needs it
                // says so (the page then links the run itself).
                if let Ok(Reply::Prepared(Done { index, result: Ok(wire) })) = read_reply(&json) {
                    if let Ok(prepared) = from_wire(wire) {
                        self.keep(index, prepared);
                    }
                }
                None
            }
            Request::Link(job) => {
                let run = job.run;
                Some(Reply::Linked(Linked { run, links: self.link(job) }))
            }
        }
    }

    /// Keeps a prepared file for its run, and reads ahead what linking it will need.
    fn keep(&mut self, index: u32, prepared: Prepared) {
        read_ahead(&mut self.memo, &prepared);
        self.kept.insert(index, prepared);
    }

    fn link(&mut self, job: LinkJob) -> Result<Links, String> {
        let prepared: Option<Vec<Prepared>> =
            job.indices.iter().map(|i| self.kept.remove(i)).collect();
        let prepared = prepared.ok_or("the analyser was restarted and lost some files")?;
        if let Some(json) = job.project {
            self.project = import_json(&json).map_err(|e| e.to_string())?;
        }
        let (_, links) = add_prepared_with_links(
            &mut self.project,
            prepared.into_iter().map(Ok).collect(),
            &mut self.memo,
        );
        Ok(links)
    }
}

/// A reply as the JSON text it crosses threads as.
pub fn reply_json(reply: &Reply) -> Result<String, String> {
    serde_json::to_string(reply).map_err(|e| e.to_string())
}

/// A reply from its JSON text.
pub fn read_reply(json: &str) -> Result<Reply, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
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
                rule: a.rule,
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
            rule: a.rule,
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

/// The size of this wasm instance's memory in bytes (it only grows, so this is its peak), for
/// `tests/e2e/bench.mjs`: exported from both the page's and the worker's module
/// (`wasm_bindgen.claimlens_wasm_memory_bytes()` in the worker).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn claimlens_wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64
}
