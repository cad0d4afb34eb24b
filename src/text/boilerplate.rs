//! Page furniture: lines of a pasted web page that are not the article.
//!
//! Three rules, over lines: the short lines above the article's first sentence (navigation,
//! section names, datelines) other than its headline, the short lines below its last sentence
//! (comment prompts, app promotions), and anywhere, lines matching a known furniture pattern
//! (disclaimers, "Source: URL", syndication notes, share and newsletter prompts). The rule that
//! matters most: a sentence of the article is never marked.

use super::lines::{Line, Lines};
use super::Span;

/// The boilerplate spans of `text`, in order, one per furniture line.
pub fn find_boilerplate(text: &str) -> Vec<Span> {
    find_boilerplate_in(&Lines::of(text))
}

/// [`find_boilerplate`] over lines already read.
pub fn find_boilerplate_in(lines: &Lines) -> Vec<Span> {
    let (first, last) = lines.prose_bounds().unwrap_or((lines.len(), lines.len()));
    let title = headline_index(lines.range(0..first));
    let mut promotion = false;
    let mut spans = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        promotion |= starts_a_promotion(line.text);
        let furniture = if is_furniture_line(line.text) {
            true
        } else if i < first {
            Some(i) != title
        } else if i > last || promotion {
            !line.is_prose() || promotion
        } else {
            false
        };
        if furniture {
            spans.push(line.span);
        }
    }
    spans
}

/// The headline among the lines above the article: the first that reads like one.
pub fn headline_index<'a>(mut header: impl Iterator<Item = Line<'a>>) -> Option<usize> {
    header.position(|l| {
        (4..=25).contains(&l.words)
            && !is_furniture_line(l.text)
            && !l.text.starts_with(['-', '•', '*', '|'])
            && !l.text.contains('»')
            && !l.text.contains("http")
    })
}

/// A line after which the rest of the page is an app or newsletter promotion.
fn starts_a_promotion(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["full experience in the app", "download our app", "get the app"]
        .iter()
        .any(|p| lower.contains(p))
}

/// Whether one line (trimmed) is page furniture wherever it stands.
pub fn is_furniture_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    if lower.is_empty() {
        return false;
    }
    const EXACT: &[&str] = &[
        "skip to content",
        "comments",
        "leave a comment",
        "post a comment",
        "share",
        "menu",
        "search",
        "home",
        "advertisement",
        "read more",
        "related articles",
        "related",
        "overview logo",
        "article main image",
        "share this article",
        "print",
        "email",
        "subscribe",
        "sign in",
        "log in",
        "more stories",
        "most read",
        "trending",
        "- |",
        "|",
    ];
    const CONTAINS: &[&str] = &[
        "app store",
        "google play",
        "in the app",
        "sign up for",
        "subscribe to",
        "newsletter",
        "we need your insight",
        "accept cookies",
        "use cookies",
        "cookie policy",
        "all rights reserved",
        "not financial advice",
        "follow us on",
        "share this",
        "share on",
        "auto-generated from a syndicated feed",
        "has not been edited by",
        "click here",
        "read more:",
        "related:",
        "photo credit",
        "image credit",
        "(photo:",
        "getty images",
        "reuters/",
        "ap photo",
    ];
    const STARTS: &[&str] = &[
        "source: http",
        "source: www",
        "disclaimer:",
        "photo:",
        "image:",
        "copyright ©",
        "©",
        "home »",
        "- date & time",
        "- views:",
        "- from:",
        "tags:",
        "filed under",
        "read next",
        "also read",
        "• by ",
        "updated:",
        "published:",
    ];
    // A pattern longer than the line cannot be in it (and skipping it spares building a
    // searcher per pattern per line: a text of a million one-letter lines spent a fifth of its
    // time there).
    EXACT.contains(&lower.as_str())
        || CONTAINS.iter().any(|p| p.len() <= lower.len() && lower.contains(p))
            && line.split_whitespace().count() < 80
        || STARTS.iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<&str> {
        find_boilerplate(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn marks_navigation_above_and_prompts_below_but_not_the_headline_or_prose() {
        let text =
            "Skip to content\nWorld\nPutin calls Trump before summit talks\nMonday, 3 March\n\n\
            The call lasted two hours and covered the war in Ukraine, the Kremlin said on Monday.\n\
            Short line inside.\n\
            Officials said the talks would continue next week in Budapest, according to aides.\n\
            Comments\nLeave a comment\n";
        let marks = marked(text);
        assert_eq!(
            marks,
            ["Skip to content", "World", "Monday, 3 March", "Comments", "Leave a comment"]
        );
    }

    #[test]
    fn marks_promotions_to_the_end_and_patterns_anywhere() {
        let text = "The minister resigned on Tuesday after weeks of pressure from his own party members.\n\
            Disclaimer: This is not financial advice.\n\
            He said he would stay in parliament as an ordinary member until the next election.\n\
            Get the full experience in the app\nScroll the Globe, Pick a Country\n50 countries, 150 news sites, 500 articles a day.\n";
        let marks = marked(text);
        assert!(marks.contains(&"Disclaimer: This is not financial advice."));
        assert!(marks.contains(&"50 countries, 150 news sites, 500 articles a day."));
        assert!(!marks.iter().any(|m| m.starts_with("He said")));
    }
}
