//! Metadata read from what the text itself states: title, outlet, date, byline, source URL.
//!
//! Nothing is guessed from outside the text; a field is `None` when the text does not say.
//! The title is the headline above the article's first sentence (see `boilerplate`). The
//! outlet comes from, in order: a "From:" line, an outlet line in the header ("DELFI",
//! "Deep News10-17"), a byline naming one ("By Jane Roe, Reuters"), a dateline ("WASHINGTON
//! (Reuters) -"), and last the host of the "Source:" URL ("ndtv.com").

use serde::{Deserialize, Serialize};

use super::boilerplate::headline_index;
use super::lines::Lines;
use super::Span;
use crate::lexicon::{BYLINE_JOBS, MONTHS, SECTION_LABELS, WEEKDAYS};

/// What a document says about itself (FORMAT.md `meta`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
}

/// Reads the metadata of `text`. `boilerplate` is accepted for callers that have it; the header
/// is found from the text itself.
pub fn read_meta(text: &str, _boilerplate: &[Span]) -> Meta {
    read_meta_in(&Lines::of(text))
}

/// [`read_meta`] over lines already read.
pub fn read_meta_in(lines: &Lines) -> Meta {
    let first_prose = lines.first_prose();
    let header = || lines.range(0..first_prose);
    let mut meta = Meta {
        title: headline_index(header()).map(|i| lines.get(i).text.to_string()),
        ..Meta::default()
    };
    for line in lines.iter() {
        let body = line.text.trim_start_matches(['-', '•', '*', ' ']);
        if meta.url.is_none() && body.to_lowercase().starts_with("source:") {
            meta.url = url_in(body);
        }
        if let Some(outlet) = body.strip_prefix("From: ") {
            meta.outlet.get_or_insert_with(|| outlet.trim().to_string());
        }
    }
    for line in header().filter(|l| Some(l.text) != meta.title.as_deref()) {
        let body = line.text.trim_start_matches(['-', '•', '*', ' ']);
        if let Some(byline) = body.strip_prefix("By ").or_else(|| body.strip_prefix("by ")) {
            if line.words <= 8 {
                meta.byline.get_or_insert_with(|| byline.trim().to_string());
                if let Some(outlet) = outlet_in_byline(byline) {
                    meta.outlet.get_or_insert(outlet);
                }
            }
        } else if let Some((outlet, date)) = outlet_with_date(body) {
            meta.outlet.get_or_insert(outlet);
            meta.published.get_or_insert(date);
        } else if looks_like_a_date(body) {
            meta.published.get_or_insert_with(|| body.to_string());
        } else if is_outlet_name(body) {
            meta.outlet.get_or_insert_with(|| body.to_string());
        }
    }
    if meta.outlet.is_none() {
        let prose = lines.range(first_prose..first_prose + 3);
        meta.outlet = prose.filter_map(|l| outlet_in_dateline(l.text)).next();
    }
    if meta.outlet.is_none() {
        meta.outlet = meta.url.as_deref().and_then(host_of);
    }
    meta
}

/// "Jane Roe, Reuters" / "Jane Roe | CNN" → the outlet; not a job ("Staff Writer").
fn outlet_in_byline(byline: &str) -> Option<String> {
    let (_, after) = byline.rsplit_once(" | ").or_else(|| byline.rsplit_once(", "))?;
    let after = after.trim();
    let words: Vec<&str> = after.split_whitespace().collect();
    let job = words.iter().any(|w| {
        let w = w.to_lowercase();
        BYLINE_JOBS.iter().any(|j| w.starts_with(j))
    });
    let named = words.first()?.chars().next()?.is_uppercase();
    (named && !job && words.len() <= 3 && !after.contains(" and ")).then(|| after.to_string())
}

/// "WASHINGTON (Reuters) - ..." / "(AP) — ...": the agency a dateline names.
fn outlet_in_dateline(line: &str) -> Option<String> {
    let open = line.find('(')?;
    let close = open + line[open..].find(')')?;
    let inside = line[open + 1..close].trim();
    let before = line[..open].trim();
    let after = line[close + 1..].trim_start();
    let dash = after.starts_with(['-', '–', '—']);
    let place = before.is_empty() || before.chars().all(|c| !c.is_lowercase());
    let name = !inside.is_empty()
        && inside.split_whitespace().count() <= 3
        && inside.chars().next()?.is_uppercase()
        && !inside.chars().any(|c| c.is_ascii_digit());
    (dash && place && name && before.len() <= 40).then(|| inside.to_string())
}

/// "https://www.ndtv.com/world-news/..." → "ndtv.com".
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    host.contains('.').then_some(host)
}

fn url_in(line: &str) -> Option<String> {
    let start = line.find("https://").or_else(|| line.find("http://"))?;
    let url = line[start..].split_whitespace().next()?;
    Some(url.trim_end_matches(['.', ',', ')']).to_string())
}

/// "Deep News10-17": a name glued to a month-day.
fn outlet_with_date(line: &str) -> Option<(String, String)> {
    let split = line.find(|c: char| c.is_ascii_digit())?;
    let (name, date) = line.split_at(split);
    let date_ok = date.len() <= 10
        && date.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    let name = name.trim();
    (date_ok
        && date.contains(['-', '/', '.'])
        && !name.is_empty()
        && name.split_whitespace().count() <= 4
        && name.chars().next()?.is_uppercase())
    .then(|| (name.to_string(), date.to_string()))
}

/// "Friday, October 17", "17 October 2025", "2025-10-17".
fn looks_like_a_date(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let has_month = words.iter().any(|w| {
        MONTHS.contains(w)
            || MONTHS
                .iter()
                .any(|m| m.len() > 3 && w.len() >= 3 && m.starts_with(*w) && w.len() <= 4)
    });
    let has_day = words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4);
    let iso = line.len() == 10
        && line.chars().filter(|c| *c == '-').count() == 2
        && line.chars().all(|c| c.is_ascii_digit() || c == '-');
    iso || (has_month
        && has_day
        && words.iter().all(|w| {
            MONTHS.iter().any(|m| m.starts_with(w))
                || WEEKDAYS.contains(w)
                || w.chars().all(|c| c.is_ascii_digit())
        }))
}

/// An outlet's name in the header: one or two words in capitals ("DELFI", "BBC News").
fn is_outlet_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 2
        && words[0].len() >= 3
        && words[0].chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && words[0].chars().any(char::is_alphabetic)
        && !line.trim_end().ends_with(['.', ':', '!', '?'])
        && !SECTION_LABELS.contains(&words[0].to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_header_states() {
        let text = "Overview Logo\nPutin's call to Trump is a perfectly timed move\nDELFI\nLithuania\nFriday, October 17\n\nIn fact, it was a nearly two-and-a-half-hour intervention by President Putin.\nSource: https://example.com/a.\n";
        let meta = read_meta(text, &[]);
        assert_eq!(meta.title.as_deref(), Some("Putin's call to Trump is a perfectly timed move"));
        assert_eq!(meta.outlet.as_deref(), Some("DELFI"));
        assert_eq!(meta.published.as_deref(), Some("Friday, October 17"));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn outlet_glued_to_a_date_and_from_lines() {
        assert_eq!(outlet_with_date("Deep News10-17"), Some(("Deep News".into(), "10-17".into())));
        let meta = read_meta("Title of the story here\n- From: India News Bull\n\nThe story starts here with a real sentence of prose.\n", &[]);
        assert_eq!(meta.outlet.as_deref(), Some("India News Bull"));
    }

    #[test]
    fn outlets_from_bylines_datelines_and_source_urls() {
        let byline = read_meta("A headline about the talks\nBy Jane Roe, Reuters\n\nThe talks went on late into the night, officials said.\n", &[]);
        assert_eq!(byline.outlet.as_deref(), Some("Reuters"));
        let job = read_meta("A headline about the talks\nBy Jane Roe, Staff Writer\n\nThe talks went on late into the night, officials said.\n", &[]);
        assert_eq!(job.outlet, None);
        let dateline = read_meta("WASHINGTON (Reuters) - The talks went on late into the night, officials said on Friday.\n", &[]);
        assert_eq!(dateline.outlet.as_deref(), Some("Reuters"));
        let url = read_meta("The talks went on late into the night, officials said on Friday.\nSource: https://www.example.org/news/1\n", &[]);
        assert_eq!(url.outlet.as_deref(), Some("example.org"));
        let section = read_meta(
            "ABSTRACT.\nThe talks went on late into the night, officials said on Friday.\n",
            &[],
        );
        assert_eq!(section.outlet, None);
    }

    #[test]
    fn says_nothing_when_the_text_says_nothing() {
        let meta = read_meta(
            "President Trump appears to have once again adjusted his position on Russia.\n",
            &[],
        );
        assert_eq!(meta, Meta::default());
    }
}
