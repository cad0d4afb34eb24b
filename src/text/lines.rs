//! The lines of a text, with the facts the cleaning steps ask about them: where the article's
//! prose starts and ends, which lines are short, which look like sentences.

use super::Span;

/// One line (without its newline) and its shape.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub span: Span,
    /// The line with surrounding whitespace trimmed.
    pub text: &'a str,
    pub words: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Ends like a sentence (., ?, !, possibly inside closing quotes or brackets).
    pub fn ends_like_a_sentence(&self) -> bool {
        let end = self.text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
        end.ends_with(['.', '?', '!', '…'])
    }

    /// Article prose: a statement of eight words or more, or a long line. Short questions
    /// are left out: they are usually headlines.
    pub fn is_prose(&self) -> bool {
        let question = self.text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?');
        (self.words >= 8 && self.ends_like_a_sentence() && !question) || self.words >= 20
    }
}

/// The lines of `text`, trimmed, with their spans.
pub fn lines_of(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches('\n');
        let span = Span::of(text, offset..offset + body.len()).trim(text, &[]);
        let trimmed = span.slice(text);
        lines.push(Line { span, text: trimmed, words: trimmed.split_whitespace().count() });
        offset += raw.len();
    }
    lines
}

/// Index of the first and last prose lines, or `None` when the text has none.
pub fn prose_bounds(lines: &[Line]) -> Option<(usize, usize)> {
    let first = lines.iter().position(Line::is_prose)?;
    let last = lines.iter().rposition(Line::is_prose)?;
    Some((first, last))
}
