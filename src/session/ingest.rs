//! Files on their way into the project: numbered and sent to the worker, their results kept
//! until every file of the run is in, then linked in one piece (by the worker on its copy of
//! the project, or here when that copy does not fit) and added, as `claimlens extract` adds
//! all its files, so the same files give the same ids and clusters as the command line.

use std::collections::{BTreeMap, HashSet};

use super::effect::Effect;
use super::versions::Touched;
use super::Session;
use crate::pipeline::{add_prepared, add_prepared_linked, Added, InputFile, Links, Prepared};
use crate::text::decode::ReadError;

/// Files sent to the worker, results waiting to be linked and added, and what the worker's
/// copy of the project matches.
#[derive(Default)]
pub struct Analysis {
    /// Files submitted since the page opened; the next file gets this number.
    pub submitted: u32,
    /// Results received so far.
    pub done: u32,
    /// Results received in the current run of work (for progress).
    pub run_done: u32,
    /// Files submitted in the current run of work (for progress), reset when all are added.
    pub run_total: u32,
    /// Files whose links were asked of the worker and not answered yet.
    pub linking: Option<Linking>,
    /// The last file analysed: its name and how many claims it holds (shown with progress).
    pub last: Option<(String, usize)>,
    /// The number of the next result to add (results are added in submission order).
    next: u32,
    ready: BTreeMap<u32, Result<Prepared, String>>,
    /// The project version the worker's copy of the project matches, if known.
    worker_copy: Option<u64>,
    runs: u32,
}

/// Files waiting for their links.
pub struct Linking {
    run: u32,
    /// The project version when the links were asked for: if the project changed since, the
    /// links do not fit and the page links itself.
    version: u64,
    /// How many results of the run this covers (refused files included), for progress.
    results: u32,
    prepared: Vec<Prepared>,
}

impl Linking {
    pub fn file_count(&self) -> usize {
        self.prepared.len()
    }
}

impl Analysis {
    /// Whether the worker's copy of the project is the project at `version`.
    pub fn worker_copy_is(&self, version: u64) -> bool {
        self.worker_copy == Some(version)
    }
}

impl Session {
    /// Numbers the files for the worker and sends them.
    pub(super) fn submit(&mut self, files: Vec<InputFile>) {
        let count = files.len() as u32;
        self.reading = self.reading.saturating_sub(files.len());
        let first = self.analysis.submitted;
        self.analysis.submitted += count;
        self.analysis.run_total += count;
        self.effects.push(Effect::Analyse { first, files });
    }

    /// The worker finished file number `index` (or refused it). An answer for a file not
    /// waiting for one (never sent, or answered already) is ignored: counted twice, the run
    /// would never be complete.
    pub(super) fn receive(&mut self, index: u32, result: Result<Prepared, String>) {
        let run = &self.analysis;
        let answered = index < run.next || run.ready.contains_key(&index);
        if index >= run.submitted || answered {
            let what = if answered { "answered twice" } else { "never sent" };
            self.effects.push(Effect::Log(format!("claimlens: file {index} {what}; ignored")));
            return;
        }
        if let Ok(file) = &result {
            self.analysis.last = Some((file.name.clone(), file.extraction.attributions.len()));
        }
        self.analysis.done += 1;
        self.analysis.run_done += 1;
        self.analysis.ready.insert(index, result);
    }

    /// When every file dropped has been read and analysed and no link is pending, asks for the
    /// links of them all.
    pub(super) fn link_when_all_in(&mut self) {
        let version = self.versions.project();
        let run = &mut self.analysis;
        let all_in = self.reading == 0 && run.done == run.submitted;
        if !all_in || run.linking.is_some() || run.ready.is_empty() {
            return;
        }
        let (mut prepared, mut indices, mut refused) = (Vec::new(), Vec::new(), Vec::new());
        let first = run.next;
        while let Some(result) = run.ready.remove(&run.next) {
            match result {
                Ok(file) => {
                    indices.push(run.next);
                    prepared.push(file);
                }
                Err(message) => refused.push(message),
            }
            run.next += 1;
        }
        run.runs += 1;
        let project =
            (!run.worker_copy_is(version)).then(|| crate::format::export_json_line(&self.project));
        self.effects.push(Effect::Link { run: run.runs, indices, project });
        let results = run.next - first;
        run.linking = Some(Linking { run: run.runs, version, results, prepared });
        for message in refused {
            self.error(message);
        }
    }

    /// Adds the run's files with the worker's links, or links them here when the worker could
    /// not or the project changed meanwhile (slower, same result).
    pub(super) fn add_linked(&mut self, run: u32, links: Result<Links, String>) {
        let Some(linking) = self.analysis.linking.take_if(|l| l.run == run) else {
            return;
        };
        let analysis = &mut self.analysis;
        analysis.run_total = analysis.run_total.saturating_sub(linking.results);
        analysis.run_done = analysis.run_done.saturating_sub(linking.results);
        let prepared: Vec<Result<Prepared, ReadError>> =
            linking.prepared.into_iter().map(Ok).collect();
        let (added, worker_fits) = match links {
            Ok(_) if linking.version != self.versions.project() => {
                let why = "the project changed while the files were linked";
                (self.link_here(prepared, why.into()), false)
            }
            Ok(links) => match add_prepared_linked(&mut self.project, prepared, links) {
                Ok(added) => (added, true),
                Err((mismatch, prepared)) => {
                    (self.link_here(prepared, mismatch.to_string()), false)
                }
            },
            Err(why) => (self.link_here(prepared, why), false),
        };
        self.touched(Touched::Catalog);
        // The worker linked on its copy, which is now the project as it stands.
        self.analysis.worker_copy = worker_fits.then(|| self.versions.project());
        self.report_added(added);
    }

    fn link_here(&mut self, prepared: Vec<Result<Prepared, ReadError>>, why: String) -> Added {
        self.effects.push(Effect::Log(format!("claimlens: linking on the page ({why})")));
        add_prepared(&mut self.project, prepared)
    }

    /// Says what a run added, and starts the review at the first new claim when nothing was
    /// selected (so a decision key works at once).
    fn report_added(&mut self, added: Added) {
        for (name, same) in &added.already_present {
            self.info(format!("{name}: same text as {same}, already loaded; not added again"));
        }
        let Some(first) = added.documents.first() else { return };
        if self.selected_document.is_none() {
            self.selected_document = Some(first.clone());
        }
        if self.selected_claim.is_none() {
            let document = self.selected_document.as_deref();
            let claim = self.project.claims.iter().find(|c| Some(c.document.as_str()) == document);
            if let Some(id) = claim.map(|c| c.id.clone()) {
                self.select_claim(id);
            }
        }
        let new: HashSet<&str> = added.documents.iter().map(String::as_str).collect();
        let claims = self.project.claims.iter().filter(|c| new.contains(c.document.as_str()));
        let claims = claims.count();
        self.info(format!("Added {} document(s), {claims} claim(s) found", added.documents.len()));
    }

    /// The worker was restarted: its copy of the project is gone.
    pub(super) fn worker_restarted(&mut self) {
        self.analysis.worker_copy = None;
    }
}

/// The project the worker's copy would be after linking `prepared` (tests use it to play the
/// worker).
#[cfg(test)]
pub(super) fn worker_links(copy: &mut crate::model::Project, prepared: Vec<Prepared>) -> Links {
    let prepared = prepared.into_iter().map(Ok).collect();
    let memo = &mut crate::story::memo::StoryMemo::default();
    crate::pipeline::add_prepared_with_links(copy, prepared, memo).1
}
