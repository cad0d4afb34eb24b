//! schema.org ClaimReview JSON-LD for fact-checkers: every claim that is not rejected and has a
//! verdict tag becomes a `ClaimReview` (what was claimed, by whom, where it appeared — the
//! claim's own article and the other outlets' versions in its cluster — and a `reviewRating`
//! from a tag → rating table); claims without a verdict are left out.
//!
//! The default table rates the default tags (verified 5 "True", misleading 2 "Misleading",
//! false 1 "False", on a 1–5 scale); the CLI reads another from JSON (`--ratings`). A tag
//! matches a table entry by id or, ignoring case, by label; a claim with several verdicts gets
//! the lowest. The reviewing organisation (`author` of the review) is not known to claimlens:
//! the fact-checker adds it. Types and properties are checked against a vendored subset of the
//! schema.org vocabulary in the tests (`claimreview_vocab.rs`).

use serde::Deserialize;
use serde_json::{json, Value};

use crate::model::{Claim, Project, SpeakerKind, Status};

use super::ids::ExportIds;

/// One verdict: its place on the scale and its name.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Rating {
    pub value: u32,
    pub name: String,
}

/// Which tag means which verdict, and the scale.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RatingTable {
    pub best: u32,
    pub worst: u32,
    /// Tag id or label → rating.
    pub tags: std::collections::BTreeMap<String, Rating>,
}

impl Default for RatingTable {
    fn default() -> RatingTable {
        let rating = |value: u32, name: &str| Rating { value, name: name.into() };
        RatingTable {
            best: 5,
            worst: 1,
            tags: [
                ("verified".to_string(), rating(5, "True")),
                ("misleading".to_string(), rating(2, "Misleading")),
                ("false".to_string(), rating(1, "False")),
            ]
            .into(),
        }
    }
}

impl RatingTable {
    /// A table from JSON (`{"best": 5, "worst": 1, "tags": {"false": {"value": 1, "name":
    /// "False"}}}`), checked: every value between worst and best.
    pub fn from_json(json: &str) -> Result<RatingTable, String> {
        let table: RatingTable =
            serde_json::from_str(json).map_err(|e| format!("not a rating table: {e}"))?;
        let (low, high) = (table.worst.min(table.best), table.worst.max(table.best));
        if let Some((tag, r)) = table.tags.iter().find(|(_, r)| r.value < low || r.value > high) {
            return Err(format!("the rating of \"{tag}\" ({}) is outside {low}–{high}", r.value));
        }
        Ok(table)
    }

    /// The verdict of a claim: the lowest rating among its tags that the table knows.
    fn verdict(&self, project: &Project, claim: &Claim) -> Option<&Rating> {
        claim
            .tags
            .iter()
            .filter_map(|id| {
                let label = project.tags.iter().find(|t| &t.id == id).map(|t| t.label.as_str());
                self.tags.get(id).or_else(|| {
                    self.tags
                        .iter()
                        .find(|(k, _)| label.is_some_and(|l| l.eq_ignore_ascii_case(k)))
                        .map(|(_, r)| r)
                })
            })
            .min_by_key(|r| r.value)
    }
}

/// The ClaimReviews of `project` as one JSON-LD document (`@graph`), pretty, final newline;
/// `exported_at` (ISO 8601) gives `datePublished`.
pub fn export_claimreview(
    project: &Project,
    table: &RatingTable,
    exported_at: Option<&str>,
) -> String {
    export_claimreview_with(project, table, exported_at, &ExportIds::of(project))
}

/// [`export_claimreview`] with the export's ids already derived.
pub(in crate::format) fn export_claimreview_with(
    project: &Project,
    table: &RatingTable,
    exported_at: Option<&str>,
    ids: &ExportIds,
) -> String {
    let graph: Vec<Value> = project
        .claims
        .iter()
        .filter(|c| c.status != Status::Rejected)
        .filter_map(|c| {
            table.verdict(project, c).map(|r| review(project, ids, table, c, r, exported_at))
        })
        .collect();
    let document = json!({ "@context": "https://schema.org", "@graph": graph });
    let mut out = serde_json::to_string_pretty(&document).expect("JSON values serialise");
    out.push('\n');
    out
}

fn review(
    project: &Project,
    ids: &ExportIds,
    table: &RatingTable,
    claim: &Claim,
    rating: &Rating,
    exported_at: Option<&str>,
) -> Value {
    let mut item = json!({ "@type": "Claim", "appearance": appearances(project, claim) });
    if let Some(speaker) = claim.speaker.as_deref().and_then(|s| project.speaker(s)) {
        let kind = match speaker.kind {
            SpeakerKind::Organization | SpeakerKind::Group => "Organization",
            SpeakerKind::Person | SpeakerKind::Unknown => "Person",
        };
        item["author"] = json!({ "@type": kind, "name": speaker.name });
    }
    let mut review = json!({
        "@type": "ClaimReview",
        "@id": ids.id("claimreview", &claim.id),
        "claimReviewed": claimed_text(project, claim),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": table.best,
            "worstRating": table.worst,
            "alternateName": rating.name,
        },
    });
    if !claim.note.is_empty() {
        review["reviewBody"] = json!(claim.note);
    }
    if let Some(date) = exported_at.and_then(iso_date) {
        review["datePublished"] = json!(date);
    }
    review
}

/// The claim's words (an interrupted quote's parts joined by " … ").
fn claimed_text(project: &Project, claim: &Claim) -> String {
    let Some(doc) = project.document(&claim.document) else {
        return String::new();
    };
    if claim.content_parts.is_empty() {
        claim.content.slice(&doc.text).to_string()
    } else {
        let parts: Vec<&str> = claim.content_parts.iter().map(|s| s.slice(&doc.text)).collect();
        parts.join(super::csv::PART_JOINER)
    }
}

/// The articles the claim appears in: its own, then the other claims of its cluster's.
fn appearances(project: &Project, claim: &Claim) -> Vec<Value> {
    let mut documents = vec![claim.document.as_str()];
    if let Some(cluster) = claim.cluster.as_deref().and_then(|k| project.cluster(k)) {
        for other in cluster.claims.iter().filter_map(|c| project.claim(c)) {
            if !documents.contains(&other.document.as_str()) {
                documents.push(&other.document);
            }
        }
    }
    documents
        .into_iter()
        .filter_map(|d| project.document(d))
        .map(|doc| {
            let mut work = json!({
                "@type": "CreativeWork",
                "name": doc.meta.title.clone().unwrap_or_else(|| doc.name.clone()),
            });
            if let Some(outlet) = &doc.meta.outlet {
                work["publisher"] = json!({ "@type": "Organization", "name": outlet });
            }
            if let Some(url) = &doc.meta.url {
                work["url"] = json!(url);
            }
            if let Some(date) = doc.meta.published.as_deref().and_then(iso_date) {
                work["datePublished"] = json!(date);
            }
            work
        })
        .collect()
}

/// The `YYYY-MM-DD` a text starts with, if it does.
fn iso_date(text: &str) -> Option<&str> {
    let date = text.get(..10)?;
    let shape =
        date.bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shape.then_some(date)
}

#[cfg(test)]
#[path = "claimreview_vocab.rs"]
mod vocab;
