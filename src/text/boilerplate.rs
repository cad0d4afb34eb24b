//! Page furniture: lines of a pasted web page that are not the article.
//!
//! Navigation, comment prompts, app promotions, disclaimers, "Source: URL" lines and syndication
//! notes are returned as spans so the reader greys them and the extractor skips them. The rule
//! that matters most: a sentence of the article is never marked.

use super::Span;

/// The boilerplate spans of `text`, in order, one per furniture line.
pub fn find_boilerplate(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if is_furniture_line(body) {
            spans.push(Span::of(text, offset..offset + body.len()).trim(text, &[]));
        }
        offset += line.len();
    }
    spans.retain(|s| !s.is_empty());
    spans
}

/// Whether one line (without its newline) is page furniture.
pub fn is_furniture_line(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let lower = line.to_lowercase();
    const EXACT: &[&str] = &[
        "skip to content",
        "comments",
        "leave a comment",
        "share",
        "menu",
        "search",
        "home",
        "advertisement",
        "read more",
        "related articles",
        "overview logo",
        "article main image",
    ];
    const CONTAINS: &[&str] = &[
        "app store",
        "google play",
        "in the app",
        "sign up for",
        "subscribe to",
        "newsletter",
        "we need your insight",
        "cookie",
        "all rights reserved",
        "this is not financial advice",
        "follow us on",
        "share this article",
    ];
    const STARTS: &[&str] =
        &["source: http", "source: www", "disclaimer:", "photo:", "image:", "copyright ©", "©"];
    EXACT.contains(&lower.as_str())
        || CONTAINS.iter().any(|p| lower.contains(p)) && line.split_whitespace().count() < 60
        || STARTS.iter().any(|p| lower.starts_with(p))
}
