//! brat standoff, to continue in brat or INCEpTION: one zip holding a folder for the export
//! with, per document, `NAME.txt` (the analysed text) and `NAME.ann` (`ann.rs`), brat's
//! `annotation.conf` and `visual.conf` (`conf.rs`), and an `inception/` folder with one zip
//! per document pair (INCEpTION's brat import takes a document's pair as one zip).
//!
//! File names are the documents' names made safe (no folders, no control characters, no
//! characters Windows refuses) and unique ignoring case (`story.txt`, `story-2.txt`).

pub mod ann;
pub mod conf;

use std::collections::HashSet;

use crate::model::{ById, Project};

use super::ids::ExportIds;

/// The files of a brat export, relative to its folder: `annotation.conf`, `visual.conf`, then
/// `NAME.txt` and `NAME.ann` for every document, in document order.
pub fn export_brat(project: &Project) -> Vec<(String, String)> {
    let mut files = vec![
        ("annotation.conf".to_string(), conf::annotation_conf()),
        ("visual.conf".into(), conf::visual_conf()),
    ];
    let by_id = ById::new(project);
    let mut claims_of = by_id.claims_by_document();
    for (doc, stem) in project.documents.iter().zip(unique_stems(project)) {
        let claims = claims_of.remove(doc.id.as_str()).unwrap_or_default();
        files.push((format!("{stem}.txt"), doc.text.clone()));
        files.push((format!("{stem}.ann"), ann::document_ann(&by_id, doc, &claims)));
    }
    files
}

/// The folder a brat export unpacks to: `claimlens-brat-` and 8 hex digits of the export's
/// id, so two exports unpacked side by side (in brat's data folder) never mix.
pub fn folder_name(ids: &ExportIds) -> String {
    let export = ids.export();
    let hex = export.strip_prefix("urn:uuid:").unwrap_or(&export);
    format!("claimlens-brat-{}", &hex[..8])
}

/// The brat export as one zip: `FOLDER/…` for brat, `FOLDER/inception/NAME.zip` per document
/// (written a document at a time by `format::job`).
pub fn export_brat_zip(project: &Project) -> Vec<u8> {
    super::job::ExportJob::new(super::ExportFormat::Brat, Default::default()).run_to_end(project)
}

/// One file stem per document, in order: safe and unique ignoring case.
pub(in crate::format) fn unique_stems(project: &Project) -> Vec<String> {
    let mut taken: HashSet<String> = ["annotation", "visual", "tools", "kb_shortcuts", "inception"]
        .into_iter()
        .map(String::from)
        .collect();
    let mut stems = Vec::with_capacity(project.documents.len());
    for doc in &project.documents {
        let base = safe_stem(&doc.name, &doc.id);
        let mut stem = base.clone();
        let mut n = 1;
        while !taken.insert(stem.to_lowercase()) {
            n += 1;
            stem = format!("{base}-{n}");
        }
        stems.push(stem);
    }
    stems
}

/// A file name's stem without `.txt` (any case), folders, control characters, characters that
/// Windows or zip tools refuse, or leading dots; `fallback` when nothing is left.
fn safe_stem(name: &str, fallback: &str) -> String {
    let name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match name.len().checked_sub(4) {
        Some(cut) if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".txt") => {
            &name[..cut]
        }
        _ => name,
    };
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || ann::is_line_break(c) || "<>:\"|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(120)
        .collect();
    let cleaned = cleaned.trim_start_matches('.').trim().to_string();
    if cleaned.is_empty() {
        fallback.to_string()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests;
