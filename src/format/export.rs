//! The one export entry the page and the CLI both call: the same project, format and options
//! give the same bytes in both (the CLI's `extract --format` and `convert` write what the
//! page downloads).

use crate::model::Project;

use super::claimreview::RatingTable;

/// Every format a project can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// claimlens/1 JSON (docs/FORMAT.md), the only one that can be imported again.
    Claimlens,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// brat standoff: one zip (see `brat`).
    Brat,
    /// CSV of claims.
    Csv,
    /// schema.org ClaimReview JSON-LD of the claims with a verdict.
    ClaimReview,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Claimlens,
        ExportFormat::W3c,
        ExportFormat::Brat,
        ExportFormat::Csv,
        ExportFormat::ClaimReview,
    ];

    /// The name the CLI's `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Claimlens => "claimlens",
            ExportFormat::W3c => "w3c",
            ExportFormat::Brat => "brat",
            ExportFormat::Csv => "csv",
            ExportFormat::ClaimReview => "claimreview",
        }
    }

    /// The format of a `--format` name.
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        ExportFormat::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The file name the page downloads.
    pub fn file_name(self) -> &'static str {
        match self {
            ExportFormat::Claimlens => "claimlens-export.json",
            ExportFormat::W3c => "claimlens-annotations.jsonld",
            ExportFormat::Brat => "claimlens-brat.zip",
            ExportFormat::Csv => "claimlens-claims.csv",
            ExportFormat::ClaimReview => "claimlens-claimreview.jsonld",
        }
    }

    /// The MIME type of the download.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Claimlens => "application/json",
            ExportFormat::W3c | ExportFormat::ClaimReview => "application/ld+json",
            ExportFormat::Brat => "application/zip",
            ExportFormat::Csv => "text/csv;charset=utf-8",
        }
    }
}

/// What an export depends on besides the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportOptions {
    /// When the export is made (ISO 8601 UTC, e.g. "2026-11-22T10:00:00Z"): claimlens/1's
    /// `exported_at`, W3C's `created`/`modified`, ClaimReview's `datePublished`. `None` leaves
    /// them out (claimlens/1 writes null), so that output is reproducible.
    pub exported_at: Option<String>,
    /// Which tags are verdicts, for ClaimReview.
    pub ratings: RatingTable,
}

/// The bytes of `project` in `format`.
/// (The page writes the same bytes in steps: `format::job::ExportJob`.)
pub fn export(project: &Project, format: ExportFormat, options: &ExportOptions) -> Vec<u8> {
    super::job::ExportJob::new(format, options.clone()).run_to_end(project)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_file_names_are_distinct() {
        for format in ExportFormat::ALL {
            assert_eq!(ExportFormat::from_name(format.name()), Some(format));
        }
        let mut names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.file_name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ExportFormat::ALL.len());
        assert_eq!(ExportFormat::from_name("xml"), None);
    }
}
