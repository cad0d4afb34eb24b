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

/// The lines of a text, read once: 12 bytes a line (a million one-character lines would take
/// 40 MB as [`Line`]s), each given back as a [`Line`] when asked for.
pub struct Lines<'a> {
    text: &'a str,
    rows: Vec<Row>,
}

/// One line's trimmed bounds and word count. Offsets fit in `u32`: texts are at most
/// [`crate::text::decode::MAX_FILE_BYTES`].
#[derive(Clone, Copy)]
struct Row {
    start: u32,
    end: u32,
    words: u32,
}

impl<'a> Lines<'a> {
    /// The lines of `text`, trimmed, with their spans.
    ///
    /// # Panics
    /// When `text` is 4 GiB or longer (no input can be: files are read up to 20 MB).
    pub fn of(text: &'a str) -> Lines<'a> {
        let narrow = |n: usize| u32::try_from(n).expect("a text under 4 GiB");
        let mut rows = Vec::new();
        let mut offset = 0;
        for raw in text.split_inclusive('\n') {
            let body = raw.trim_end_matches('\n');
            let span = Span::of(text, offset..offset + body.len()).trim(text, &[]);
            let words = span.slice(text).split_whitespace().count();
            rows.push(Row {
                start: narrow(span.start()),
                end: narrow(span.end()),
                words: narrow(words),
            });
            offset += raw.len();
        }
        Lines { text, rows }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Line `i`.
    pub fn get(&self, i: usize) -> Line<'a> {
        let row = self.rows[i];
        let span = Span::of(self.text, row.start as usize..row.end as usize);
        Line { span, text: span.slice(self.text), words: row.words as usize }
    }

    /// The lines in order.
    pub fn iter(&self) -> impl Iterator<Item = Line<'a>> + '_ {
        (0..self.rows.len()).map(|i| self.get(i))
    }

    /// Lines `range` in order.
    pub fn range(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = Line<'a>> + '_ {
        let end = range.end.min(self.rows.len());
        (range.start.min(end)..end).map(|i| self.get(i))
    }

    /// Index of the first and last prose lines, or `None` when the text has none.
    pub fn prose_bounds(&self) -> Option<(usize, usize)> {
        let first = self.iter().position(|l| l.is_prose())?;
        let last = (first..self.len()).rev().find(|&i| self.get(i).is_prose())?;
        Some((first, last))
    }

    /// The index of the first prose line, or the number of lines when there is none.
    pub fn first_prose(&self) -> usize {
        self.prose_bounds().map_or(self.len(), |(first, _)| first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_with_their_spans_and_words() {
        let text =
            "Headline here\n\n  The minister said the talks would go on for a week.  \r\nend";
        let lines = Lines::of(text);
        assert_eq!(lines.len(), 4);
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            ["Headline here", "", "The minister said the talks would go on for a week.", "end"]
        );
        let third = lines.get(2);
        assert_eq!(third.span.slice(text), third.text);
        assert_eq!(third.words, 11);
        assert!(lines.get(1).is_blank());
        assert_eq!(lines.prose_bounds(), Some((2, 2)));
        assert_eq!(lines.first_prose(), 2);
        let header: Vec<&str> = lines.range(0..2).map(|l| l.text).collect();
        assert_eq!(header, ["Headline here", ""]);
        assert_eq!(lines.range(3..9).count(), 1, "a range past the end stops at the end");
    }

    #[test]
    fn a_text_without_prose_has_no_bounds() {
        let lines = Lines::of("a\n\"\na\n");
        assert_eq!(lines.prose_bounds(), None);
        assert_eq!(lines.first_prose(), lines.len());
        assert!(Lines::of("").is_empty());
    }
}
