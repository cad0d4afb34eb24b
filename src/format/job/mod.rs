//! An export written a piece at a time. [`ExportJob`] does the work of `format::export` in
//! small steps (a document, a run of claims), so that the page can write a project of
//! thousands of articles in tasks of a few milliseconds with a progress line, where one call
//! took seconds. `format::export` runs the same job to its end, so both give the same bytes.
//!
//! The formats whose ids derive from the project (W3C, brat, ClaimReview: `format::ids`) first
//! write claimlens/1 into a digest, a piece at a time too; then their own pieces.

mod brat;
mod claimlens;
mod csv;
mod pretty;
mod w3c;

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::claimreview::export_claimreview_with;
use super::export::{ExportFormat, ExportOptions};
use super::ids::ExportIds;
use crate::model::{ById, Project};

use self::brat::BratWriter;
use self::claimlens::ClaimlensWriter;
use self::csv::CsvWriter;
use self::w3c::W3cWriter;

/// One export in progress. The project must not change between steps: a caller whose
/// project changed starts a new job.
pub struct ExportJob {
    format: ExportFormat,
    options: ExportOptions,
    /// The claimlens/1 text being hashed into the export's ids, for the formats that need them.
    seed: Option<(ClaimlensWriter, Sha256)>,
    writer: Option<Writer>,
    out: String,
    bytes: Option<Vec<u8>>,
    steps_done: usize,
}

enum Writer {
    Claimlens(ClaimlensWriter),
    W3c(W3cWriter),
    Csv(CsvWriter),
    Brat(BratWriter),
    ClaimReview(ExportIds),
}

impl ExportJob {
    pub fn new(format: ExportFormat, options: ExportOptions) -> ExportJob {
        let needs_ids =
            matches!(format, ExportFormat::W3c | ExportFormat::Brat | ExportFormat::ClaimReview);
        let (seed, writer) = if needs_ids {
            (Some((ClaimlensWriter::new(None), Sha256::new())), None)
        } else {
            let at = options.exported_at.as_deref();
            let writer = match format {
                ExportFormat::Claimlens => Writer::Claimlens(ClaimlensWriter::new(at)),
                _ => Writer::Csv(CsvWriter::new()),
            };
            (None, Some(writer))
        };
        ExportJob { format, options, seed, writer, out: String::new(), bytes: None, steps_done: 0 }
    }

    pub fn format(&self) -> ExportFormat {
        self.format
    }

    /// Whether the export is written (then [`ExportJob::into_bytes`]).
    pub fn is_done(&self) -> bool {
        self.bytes.is_some()
    }

    /// Steps done, and about how many the whole export of `project` takes.
    pub fn progress(&self, project: &Project) -> (usize, usize) {
        let seed = if self.format_needs_seed() { ClaimlensWriter::steps(project) } else { 0 };
        let own = match self.format {
            ExportFormat::Claimlens => ClaimlensWriter::steps(project),
            ExportFormat::W3c => W3cWriter::steps(project),
            ExportFormat::Csv => CsvWriter::steps(project),
            ExportFormat::Brat => BratWriter::steps(project),
            ExportFormat::ClaimReview => 1,
        };
        let total = seed + own;
        (self.steps_done.min(total), total)
    }

    fn format_needs_seed(&self) -> bool {
        !matches!(self.format, ExportFormat::Claimlens | ExportFormat::Csv)
    }

    /// What the next step writes, e.g. "ids: claims" or "documents" (for timing reports).
    pub fn stage(&self) -> &'static str {
        if let Some((seed, _)) = &self.seed {
            return match seed.stage() {
                "frame" => "ids: frame",
                "documents" => "ids: documents",
                "claims" => "ids: claims",
                _ => "ids: tail",
            };
        }
        match &self.writer {
            Some(Writer::Claimlens(w)) => w.stage(),
            Some(Writer::W3c(w)) => w.stage(),
            Some(Writer::Brat(w)) => w.stage(),
            Some(Writer::Csv(_)) => "rows",
            Some(Writer::ClaimReview(_)) => "reviews",
            None => "written",
        }
    }

    /// Takes steps while `more()` says so and the export is not written; whether it is written.
    pub fn run(&mut self, project: &Project, mut more: impl FnMut() -> bool) -> bool {
        let by_id = ById::new(project);
        while !self.is_done() && more() {
            self.step(project, &by_id);
        }
        self.is_done()
    }

    /// Runs the job to its end and gives the export's bytes.
    pub fn run_to_end(mut self, project: &Project) -> Vec<u8> {
        self.run(project, || true);
        self.into_bytes()
    }

    /// What is written since the last call, to pass on while the rest is written (a caller
    /// that takes pieces ends with [`ExportJob::into_bytes`] for the rest). The text formats
    /// and brat's zip come a piece at a time; ClaimReview comes whole at the end.
    pub fn take_written(&mut self) -> Vec<u8> {
        match &mut self.writer {
            Some(Writer::Brat(w)) => w.drain(),
            _ => std::mem::take(&mut self.out).into_bytes(),
        }
    }

    /// The export's bytes (what [`ExportJob::take_written`] has not taken).
    ///
    /// # Panics
    /// When the export is not written yet.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes.expect("the export is written")
    }

    /// Takes one step.
    fn step<'p>(&mut self, project: &'p Project, by_id: &ById<'p>) {
        self.steps_done += 1;
        if let Some((seed, digest)) = &mut self.seed {
            if seed.step(project, digest) {
                let (_, digest) = self.seed.take().expect("seeding");
                self.writer = Some(self.writer_after_seed(ExportIds::from_digest(digest)));
            }
            return;
        }
        let at = self.options.exported_at.as_deref();
        let done = match self.writer.as_mut().expect("a writer once seeded") {
            Writer::Claimlens(w) => w.step(project, &mut self.out),
            Writer::W3c(w) => w.step(project, &mut self.out),
            Writer::Csv(w) => w.step(project, by_id, &mut self.out),
            Writer::Brat(w) => w.step(project, by_id),
            Writer::ClaimReview(ids) => {
                let ratings = &self.options.ratings;
                self.out = export_claimreview_with(project, ratings, at, ids);
                true
            }
        };
        if done {
            self.bytes = Some(match self.writer.take().expect("writing") {
                Writer::Brat(w) => w.finish(),
                _ => std::mem::take(&mut self.out).into_bytes(),
            });
        }
    }

    fn writer_after_seed(&self, ids: ExportIds) -> Writer {
        let at = self.options.exported_at.as_deref();
        match self.format {
            ExportFormat::W3c => Writer::W3c(W3cWriter::new(ids, at)),
            ExportFormat::Brat => Writer::Brat(BratWriter::new(&ids)),
            _ => Writer::ClaimReview(ids),
        }
    }
}

/// For each document, in order, the positions of its claims; a claim goes to the first
/// document of its id (as the whole exports had it).
fn claims_of_each_document(project: &Project) -> Vec<Vec<usize>> {
    let mut of_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, claim) in project.claims.iter().enumerate() {
        of_id.entry(claim.document.as_str()).or_default().push(i);
    }
    project.documents.iter().map(|d| of_id.remove(d.id.as_str()).unwrap_or_default()).collect()
}

#[cfg(test)]
mod tests;
