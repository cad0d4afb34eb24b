//! Metadata read from what the text itself states: title, outlet, date, byline, source URL.
//!
//! Nothing is guessed from outside the text; a field is `None` when the text does not say.

use serde::{Deserialize, Serialize};

use super::Span;

/// What a document says about itself (FORMAT.md `meta`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
}

/// Reads the metadata of `text`, skipping lines covered by `boilerplate` when looking for a title.
pub fn read_meta(text: &str, boilerplate: &[Span]) -> Meta {
    let mut meta = Meta::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::of(text, offset..offset + line.len());
        offset += line.len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        if meta.url.is_none() {
            meta.url = url_in(body);
        }
        if let Some(outlet) = body.strip_prefix("From: ") {
            meta.outlet.get_or_insert_with(|| outlet.trim().to_string());
        }
        if let Some(byline) = body.strip_prefix("By ") {
            if body.split_whitespace().count() <= 8 {
                meta.byline.get_or_insert_with(|| byline.trim().to_string());
            }
        }
        let in_boilerplate = boilerplate.iter().any(|b| b.overlaps(span));
        if meta.title.is_none() && !in_boilerplate && looks_like_title(body) {
            meta.title = Some(body.to_string());
        }
    }
    meta
}

fn url_in(line: &str) -> Option<String> {
    let start = line.find("https://").or_else(|| line.find("http://"))?;
    let url = line[start..].split_whitespace().next()?;
    Some(url.trim_end_matches(['.', ',', ')']).to_string())
}

fn looks_like_title(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (4..=30).contains(&words) && !line.ends_with('.') && !line.contains("http")
}
