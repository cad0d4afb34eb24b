//! Tokens: words, punctuation, quotation marks and paragraph breaks with their byte spans.
//!
//! Words keep inner apostrophes, hyphens and abbreviation dots ("don’t", "U.S", "so-called");
//! every token lies on char boundaries of the text, and tokens never overlap a skipped span.

use crate::text::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Any other single character that is not whitespace ("," "." ":" "—" ...).
    Punct(char),
    /// A double quotation mark (or ``/''), with its direction once known.
    Quote(Quote),
    /// The end of a paragraph (a newline, or a skipped boilerplate span).
    Break,
}

/// The direction of a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quote {
    Open,
    Close,
    /// A straight `"`, resolved by [`crate::extract::sentences`] when paired.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    pub fn is_word(self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Splits `text` into tokens, leaving out everything inside `skip` (each skipped span is a break).
pub fn tokenize(text: &str, skip: &[Span]) -> Vec<Token> {
    let mut skip: Vec<Span> = skip.to_vec();
    skip.sort();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    for s in &skip {
        if s.start() > pos {
            tokenize_range(text, pos, s.start(), &mut tokens);
        }
        push_break(&mut tokens, s.start().max(pos));
        pos = pos.max(s.end());
    }
    tokenize_range(text, pos, text.len(), &mut tokens);
    tokens
}

fn push_break(tokens: &mut Vec<Token>, at: usize) {
    if tokens.last().is_some_and(|t| t.kind != Kind::Break) {
        tokens.push(Token { start: at, end: at, kind: Kind::Break });
    }
}

fn tokenize_range(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let c = char_at(text, i);
        let len = c.len_utf8();
        if c == '\n' {
            push_break(tokens, i);
            i += len;
        } else if c.is_whitespace() {
            i += len;
        } else if c.is_alphanumeric() {
            let end = word_end(text, i, to);
            tokens.push(Token { start: i, end, kind: Kind::Word });
            i = end;
        } else if (c == '`' || c == '\'') && i + 1 < to && bytes[i + 1] == c as u8 {
            let kind = if c == '`' { Quote::Open } else { Quote::Either };
            tokens.push(Token { start: i, end: i + 2, kind: Kind::Quote(kind) });
            i += 2;
        } else {
            let kind = match c {
                '\u{201c}' | '\u{201e}' => Kind::Quote(Quote::Open),
                '\u{201d}' => Kind::Quote(Quote::Close),
                '"' => Kind::Quote(Quote::Either),
                _ => Kind::Punct(c),
            };
            tokens.push(Token { start: i, end: i + len, kind });
            i += len;
        }
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// The end of the word starting at `start`: letters and digits, joined by one inner apostrophe,
/// hyphen, dot (when a letter or digit follows: "U.S", "3.5") or comma between digits ("1,000").
fn word_end(text: &str, start: usize, to: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..to].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c.is_alphanumeric() {
            end = start + off + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '\'' | '\u{2019}' | '-' | '.' | ',' | '%');
        let next = chars.peek().map(|&(_, n)| n);
        let prev = text[..start + off].chars().next_back().unwrap_or(' ');
        let ok = match c {
            ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            '%' => prev.is_ascii_digit(),
            '.' => next.is_some_and(|n| n.is_alphanumeric()) && !is_sentence_dot(text, start + off),
            _ => next.is_some_and(|n| n.is_alphanumeric()),
        };
        if joins && ok {
            end = start + off + c.len_utf8();
            if c == '%' {
                break;
            }
            continue;
        }
        break;
    }
    end
}

/// "U.S" joins, but "end.Next" (missing space) is rare enough to also join; only a dot
/// followed by an upper-case letter after a lower-case word is treated as a sentence dot.
fn is_sentence_dot(text: &str, dot: usize) -> bool {
    let before = text[..dot].chars().next_back().unwrap_or(' ');
    let after = text[dot + 1..].chars().next().unwrap_or(' ');
    before.is_lowercase() && after.is_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &[]).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn keeps_abbreviations_apostrophes_and_numbers_whole() {
        assert_eq!(
            words("The U.S. doesn’t pay $1,000.50 (3%)."),
            ["The", "U.S", ".", "doesn’t", "pay", "$", "1,000.50", "(", "3%", ")", "."]
        );
    }

    #[test]
    fn marks_quotes_and_breaks() {
        let t = tokenize("“Hi,” he said.\n``No''", &[]);
        assert_eq!(t[0].kind, Kind::Quote(Quote::Open));
        assert_eq!(t[3].kind, Kind::Quote(Quote::Close));
        assert!(t.iter().any(|t| t.kind == Kind::Break));
        assert_eq!(t.last().map(|t| t.kind), Some(Kind::Quote(Quote::Either)));
    }

    #[test]
    fn skipped_spans_become_breaks() {
        let text = "Follow us now. He said so.";
        let t = tokenize(text, &[Span::of(text, 0..14)]);
        assert_eq!(&text[t[0].start..t[0].end], "He");
    }
}
