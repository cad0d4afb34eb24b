//! A tokenized document: quotation marks paired, paragraphs and quote-aware sentences.
//!
//! Quotes pair within a paragraph; a paragraph that opens a quote and never closes it (the
//! newswire convention for quotes running over several paragraphs) quotes up to its end.
//! Sentences never end inside a quote, so `"A. B," she said.` is one sentence.
//!
//! No sentence is longer than [`MAX_SENTENCE_TOKENS`]: a longer run (a quoted monologue, or
//! hostile text with no full stop) is cut into pieces, each ending at its last terminator or
//! comma past half the limit. Every pass that looks across a sentence (cue, subject, content
//! end) is then bounded by the limit, so extraction time is linear in the text whatever the
//! number of cues, quotes or names per sentence (`claimlens bench-hostile`).

use super::rules::{RuleId, Rules};
use super::tokens::{tokenize, Kind, Quote, Token};
use crate::lexicon::ABBREVIATIONS;
use crate::text::Span;

/// A quoted passage: token indices of its marks (`close` is `None` when it runs to the
/// paragraph end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    pub open: usize,
    pub close: Option<usize>,
    /// One past the last token of the passage.
    pub end: usize,
}

/// A sentence: the token range `[start, end)` and the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

pub struct Doc<'a> {
    pub text: &'a str,
    /// `text` with ASCII letters lower-cased: same byte offsets, cheap word comparisons; after
    /// it, the folded forms of words written with a typographic apostrophe (see [`Doc::low`]).
    pub lower: String,
    /// For each token, where its lower-cased form lies in `lower`.
    lows: Vec<(usize, usize)>,
    pub tokens: Vec<Token>,
    pub quotes: Vec<Quoted>,
    /// For each token, 1 + the index of the quote it lies in (its marks included), or 0.
    pub in_quote: Vec<u32>,
    pub sentences: Vec<Sentence>,
    /// The rules that run (the sentence splitter checks its own).
    pub rules: Rules,
}

/// `text` lower-cased (ASCII) and, for each token, the range of its lower-cased form: in place,
/// or for a word with a typographic apostrophe (’) a copy with a straight one appended after the
/// text (the byte offsets of the text itself stay those of `text`).
fn fold(text: &str, tokens: &[Token]) -> (String, Vec<(usize, usize)>) {
    let mut lower = text.to_ascii_lowercase();
    let mut lows = Vec::with_capacity(tokens.len());
    for t in tokens {
        let word = &text[t.start..t.end];
        if t.is_word() && word.contains('\u{2019}') {
            let a = lower.len();
            lower.extend(word.chars().map(|c| {
                if c == '\u{2019}' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            }));
            lows.push((a, lower.len()));
        } else {
            lows.push((t.start, t.end));
        }
    }
    (lower, lows)
}

impl<'a> Doc<'a> {
    #[cfg(test)]
    pub fn new(text: &'a str, skip: &[Span]) -> Doc<'a> {
        Doc::with_rules(text, skip, Rules::ALL)
    }

    /// [`Doc::new`] with only `rules` running.
    pub fn with_rules(text: &'a str, skip: &[Span], rules: Rules) -> Doc<'a> {
        let mut tokens = tokenize(text, skip);
        let quotes = pair_quotes(&mut tokens, rules.runs(RuleId::CloseMarkOpensParagraph));
        let mut in_quote = vec![0u32; tokens.len()];
        for (n, q) in quotes.iter().enumerate() {
            for slot in &mut in_quote[q.open..q.end] {
                *slot = n as u32 + 1;
            }
        }
        let (lower, lows) = fold(text, &tokens);
        let mut doc = Doc { text, lower, lows, tokens, quotes, in_quote, sentences: vec![], rules };
        doc.sentences = split_sentences(&doc);
        doc
    }

    /// The lower-cased text of token `i` ("" past the end), a typographic apostrophe in a word
    /// read as a straight one ("didn’t" is "didn't"), so that one word list serves both.
    pub fn low(&self, i: usize) -> &str {
        self.lows.get(i).map_or("", |&(a, b)| &self.lower[a..b])
    }

    /// The original text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_word())
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(c))
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::of(self.text, self.tokens[a].start..self.tokens[b - 1].end)
    }

    /// The quote token `i` lies in, if any.
    pub fn quote_at(&self, i: usize) -> Option<Quoted> {
        let n = *self.in_quote.get(i)?;
        (n > 0).then(|| self.quotes[n as usize - 1])
    }
}

/// Pairs quotation marks within each paragraph, fixing the direction of straight quotes (and,
/// with `close_mark_opens`, of a closing mark that opens a paragraph:
/// [`RuleId::CloseMarkOpensParagraph`]).
fn pair_quotes(tokens: &mut [Token], close_mark_opens: bool) -> Vec<Quoted> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    let mut paragraph_start = 0;
    for i in 0..tokens.len() {
        match tokens[i].kind {
            Kind::Break => {
                if let Some(o) = open.take() {
                    if o == paragraph_start {
                        quotes.push(Quoted { open: o, close: None, end: i });
                    }
                }
                paragraph_start = i + 1;
            }
            Kind::Quote(q) => {
                let opens = match q {
                    Quote::Open => true,
                    Quote::Close => close_mark_opens && opens_paragraph(tokens, i, paragraph_start),
                    Quote::Either => open.is_none(),
                };
                if opens {
                    tokens[i].kind = Kind::Quote(Quote::Open);
                    open = Some(i);
                } else {
                    tokens[i].kind = Kind::Quote(Quote::Close);
                    if let Some(o) = open.take() {
                        quotes.push(Quoted { open: o, close: Some(i), end: i + 1 });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        if o == paragraph_start {
            quotes.push(Quoted { open: o, close: None, end: tokens.len() });
        }
    }
    quotes
}

/// [`RuleId::CloseMarkOpensParagraph`]: `”We will win.” ― Jane Holt`: a closing mark typed
/// where an opening one belongs, first in its paragraph and right before a word, opens a
/// quotation (nothing before it in the paragraph could be closed).
fn opens_paragraph(tokens: &[Token], i: usize, paragraph_start: usize) -> bool {
    i == paragraph_start && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
}

/// The most tokens one sentence holds. Above the longest paragraph of real news we have seen
/// (about 500 tokens, a quoted monologue), so ordinary articles are never cut.
pub const MAX_SENTENCE_TOKENS: usize = 600;

fn split_sentences(doc: &Doc) -> Vec<Sentence> {
    let mut out = Vec::new();
    for s in split_at_terminators(doc) {
        push_within_limit(doc, s, &mut out);
    }
    out
}

/// Appends `s`, cut into pieces of at most [`MAX_SENTENCE_TOKENS`] tokens.
fn push_within_limit(doc: &Doc, s: Sentence, out: &mut Vec<Sentence>) {
    let mut start = s.start;
    while s.end - start > MAX_SENTENCE_TOKENS {
        let end = piece_end(doc, start, start + MAX_SENTENCE_TOKENS);
        out.push(Sentence { start, end, paragraph: s.paragraph });
        start = end;
    }
    out.push(Sentence { start, ..s });
}

/// Where a piece of an over-long sentence starting at `start` ends, at most at `limit`: after
/// the last terminator, else the last comma or semicolon, in the second half; else at `limit`.
fn piece_end(doc: &Doc, start: usize, limit: usize) -> usize {
    let half = start + (limit - start) / 2;
    let last = |stops: &[char]| {
        (half..limit).rev().find(|&k| stops.iter().any(|&c| doc.is_punct(k, c))).map(|k| k + 1)
    };
    last(&['.', '!', '?']).or_else(|| last(&[',', ';'])).unwrap_or(limit)
}

/// Sentences as the text's terminators, quotes and breaks make them, of any length.
fn split_at_terminators(doc: &Doc) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut start = 0;
    let n = doc.tokens.len();
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize, p: usize| {
        if b > a {
            out.push(Sentence { start: a, end: b, paragraph: p });
        }
    };
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if t.kind == Kind::Break {
            push(&mut out, start, i, paragraph);
            paragraph += 1;
            start = i + 1;
            i += 1;
            continue;
        }
        if ends_sentence_at(doc, i) {
            // Take closing quotes and brackets that follow the terminator along.
            let mut end = i + 1;
            while end < n
                && (doc.tokens[end].kind == Kind::Quote(Quote::Close) || doc.is_punct(end, ')'))
            {
                end += 1;
            }
            let attributed_quote = end > i + 1
                && doc.tokens[end - 1].kind == Kind::Quote(Quote::Close)
                && is_cue_clause_at(doc, end);
            if starts_sentence(doc, end) && !attributed_quote {
                push(&mut out, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, n, paragraph);
    out
}

/// `“Isn’t that a bribe?” Trump asked.`: a name or pronoun and a speech verb right after a
/// quote ending in a terminator belong to the quote's sentence.
fn is_cue_clause_at(doc: &Doc, i: usize) -> bool {
    let pronoun = matches!(doc.low(i), "he" | "she" | "they");
    let name_end = if pronoun {
        i + 1
    } else {
        (i..(i + 5).min(doc.tokens.len()))
            .find(|&k| !(doc.is_capitalized(k) || doc.is_punct(k, '.') && k > i))
            .unwrap_or(i)
    };
    let speech = super::cues::lookup(doc.low(name_end))
        .filter(|c| c.lemma.class == super::cues::Class::Speech && !doc.is_capitalized(name_end));
    if speech.is_none() || name_end <= i {
        return false;
    }
    let clause_ends =
        |k: usize| matches!(doc.kind(k), Some(Kind::Punct('.' | ',')) | Some(Kind::Break) | None);
    clause_ends(name_end + 1)
        || doc.rules.runs(RuleId::CueClauseWithObject)
            && addressee_end(doc, name_end + 1).is_some_and(clause_ends)
}

/// [`RuleId::CueClauseWithObject`]: `“Why now?” Lee asked the city council.`: after a cue
/// of saying, up to four words that name whom or when (no other cue, no "that"): where they
/// end.
fn addressee_end(doc: &Doc, from: usize) -> Option<usize> {
    let end = (from..(from + 4).min(doc.tokens.len()))
        .find(|&k| {
            !doc.is_word(k) || doc.low(k) == "that" || super::cues::lookup(doc.low(k)).is_some()
        })
        .unwrap_or((from + 4).min(doc.tokens.len()));
    (end > from).then_some(end)
}

fn ends_sentence_at(doc: &Doc, i: usize) -> bool {
    let t = doc.tokens[i];
    let terminator = matches!(t.kind, Kind::Punct('.' | '!' | '?'));
    if !terminator {
        return false;
    }
    // Inside a quote only the last terminator before the closing mark counts.
    if let Some(q) = doc.quote_at(i) {
        if q.close != Some(i + 1) {
            return false;
        }
    }
    if t.kind == Kind::Punct('.') && i > 0 && doc.is_word(i - 1) && doc.tokens[i - 1].end == t.start
    {
        let w = doc.low(i - 1);
        let initial = w.chars().count() == 1 && doc.is_capitalized(i - 1);
        if initial || ABBREVIATIONS.contains(&w) || is_dotted_initials(doc, i - 1) {
            return false;
        }
    }
    true
}

/// [`RuleId::DottedInitials`]: `E.J. Dionne`, `J.K. Rowling`: a capitalised word of single
/// letters joined by dots is initials, and its last dot ends no sentence (as "U.S." does not).
fn is_dotted_initials(doc: &Doc, k: usize) -> bool {
    let w = doc.low(k);
    doc.rules.runs(RuleId::DottedInitials)
        && w.contains('.')
        && doc.is_capitalized(k)
        && w.split('.').all(|piece| piece.chars().count() == 1)
}

fn starts_sentence(doc: &Doc, i: usize) -> bool {
    match doc.tokens.get(i).map(|t| t.kind) {
        None | Some(Kind::Break) | Some(Kind::Quote(_)) => true,
        Some(Kind::Word) => {
            doc.word(i).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        }
        Some(Kind::Punct(c)) => matches!(c, '(' | '[' | '\u{2014}' | '-' | '\u{2018}' | '\''),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Doc::new(text, &[]);
        doc.sentences.iter().map(|s| doc.span(s.start, s.end).slice(text).to_string()).collect()
    }

    #[test]
    fn does_not_split_inside_quotes_or_after_titles() {
        assert_eq!(
            sentences("“It is. It was,” Mr. Smith said. U.S. officials agreed.\nNext one."),
            ["“It is. It was,” Mr. Smith said.", "U.S. officials agreed.", "Next one."]
        );
    }

    #[test]
    fn dotted_initials_end_no_sentence() {
        assert_eq!(
            sentences("He met E.J. Dionne. They talked."),
            ["He met E.J. Dionne.", "They talked."]
        );
        let rules = Rules::without(&[RuleId::DottedInitials]);
        let text = "He met E.J. Dionne.";
        let doc = Doc::with_rules(text, &[], rules);
        assert_eq!(doc.sentences.len(), 2);
    }

    #[test]
    fn splits_after_a_closing_quote() {
        assert_eq!(
            sentences("He said: \"Go.\" Then he left."),
            ["He said: \"Go.\"", "Then he left."]
        );
    }

    #[test]
    fn an_over_long_sentence_is_cut_after_commas_into_pieces_within_the_limit() {
        let text = "Holt said the tram is late, ".repeat(200);
        let doc = Doc::new(&text, &[]);
        assert!(doc.sentences.len() >= 3, "{} sentences", doc.sentences.len());
        for s in &doc.sentences {
            assert!(s.end - s.start <= MAX_SENTENCE_TOKENS);
            assert!(s.start == 0 || doc.is_punct(s.start - 1, ','), "cut after a comma");
        }
        assert_eq!(doc.sentences.last().map(|s| s.end), Some(doc.tokens.len()));
    }

    #[test]
    fn a_sentence_without_any_punctuation_is_cut_at_the_limit() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 7);
        let doc = Doc::new(&text, &[]);
        let lengths: Vec<usize> = doc.sentences.iter().map(|s| s.end - s.start).collect();
        assert_eq!(lengths, [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 7]);
    }

    #[test]
    fn an_unclosed_paragraph_quote_runs_to_the_paragraph_end() {
        let doc = Doc::new("“First part. Second\n“Third.”", &[]);
        assert_eq!(doc.quotes.len(), 2);
        assert_eq!(doc.quotes[0].close, None);
    }

    #[test]
    fn a_closing_mark_that_opens_a_paragraph_opens_a_quotation() {
        let text = "”The pier is unsafe.” ― Jane Holt\nShe said it ” twice.";
        let doc = Doc::new(text, &[]);
        let spans: Vec<&str> =
            doc.quotes.iter().map(|q| doc.span(q.open, q.end).slice(text)).collect();
        assert_eq!(spans, ["”The pier is unsafe.”"]);
        let doc = Doc::with_rules(text, &[], Rules::without(&[RuleId::CloseMarkOpensParagraph]));
        assert!(doc.quotes.is_empty());
    }

    #[test]
    fn a_quoted_question_and_its_cue_with_an_object_are_one_sentence() {
        let text = "“Why now?” Lee asked the city council. “Why not?”";
        assert_eq!(sentences(text), ["“Why now?” Lee asked the city council.", "“Why not?”"]);
        let doc = Doc::with_rules(text, &[], Rules::without(&[RuleId::CueClauseWithObject]));
        assert_eq!(doc.sentences.len(), 3);
    }
}
