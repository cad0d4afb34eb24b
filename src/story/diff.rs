//! Two versions of one claim, word by word: what the page shows side by side.
//!
//! Words are compared without case and surrounding punctuation ("PEACE!" = "peace"), but every
//! piece keeps its own text, so joining a side's pieces gives back that side's text exactly.

/// One run of words in the alignment of two texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffPiece {
    /// In both texts (the text as the first one writes it).
    Same(String),
    /// Only in the first text.
    Removed(String),
    /// Only in the second text.
    Added(String),
}

/// A run of one side's text and whether the other side lacks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub text: String,
    pub changed: bool,
}

/// The word-level alignment of `a` and `b`: runs of common, removed and added words, in order.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffPiece> {
    let (ta, tb) = (tokens(a), tokens(b));
    let mut pieces: Vec<DiffPiece> = Vec::new();
    for step in align(&ta, &tb) {
        let piece = match step {
            Step::Same(i, _) => DiffPiece::Same(ta[i].to_string()),
            Step::Removed(i) => DiffPiece::Removed(ta[i].to_string()),
            Step::Added(j) => DiffPiece::Added(tb[j].to_string()),
        };
        push_merged(&mut pieces, piece);
    }
    pieces
}

/// Each side's own text cut into runs, the runs the other side lacks marked as changed.
pub fn side_by_side(a: &str, b: &str) -> (Vec<Marked>, Vec<Marked>) {
    let (ta, tb) = (tokens(a), tokens(b));
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for step in align(&ta, &tb) {
        match step {
            Step::Same(i, j) => {
                push_marked(&mut left, ta[i], false);
                push_marked(&mut right, tb[j], false);
            }
            Step::Removed(i) => push_marked(&mut left, ta[i], true),
            Step::Added(j) => push_marked(&mut right, tb[j], true),
        }
    }
    (left, right)
}

enum Step {
    Same(usize, usize),
    Removed(usize),
    Added(usize),
}

/// Words with the whitespace after them, so that the tokens concatenate to the text.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// What two tokens are compared by: lowercase letters and digits, or the raw token.
fn key(token: &str) -> String {
    let k: String =
        token.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    if k.is_empty() {
        token.trim().to_string()
    } else {
        k
    }
}

/// Longest-common-subsequence alignment; past a size bound, common ends and one changed middle.
fn align(a: &[&str], b: &[&str]) -> Vec<Step> {
    let (ka, kb): (Vec<String>, Vec<String>) =
        (a.iter().map(|t| key(t)).collect(), b.iter().map(|t| key(t)).collect());
    let prefix = ka.iter().zip(&kb).take_while(|(x, y)| x == y).count();
    let suffix = ka[prefix..]
        .iter()
        .rev()
        .zip(kb[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut steps: Vec<Step> = (0..prefix).map(|i| Step::Same(i, i)).collect();
    let (ma, mb) = (&ka[prefix..ka.len() - suffix], &kb[prefix..kb.len() - suffix]);
    if ma.len().saturating_mul(mb.len()) <= 1_000_000 {
        steps.extend(lcs_steps(ma, mb, prefix));
    } else {
        steps.extend((0..ma.len()).map(|i| Step::Removed(prefix + i)));
        steps.extend((0..mb.len()).map(|j| Step::Added(prefix + j)));
    }
    let (sa, sb) = (ka.len() - suffix, kb.len() - suffix);
    steps.extend((0..suffix).map(|k| Step::Same(sa + k, sb + k)));
    steps
}

fn lcs_steps(a: &[String], b: &[String], offset: usize) -> Vec<Step> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if a[i] == b[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut steps) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            steps.push(Step::Same(offset + i, offset + j));
            i += 1;
            j += 1;
        } else if j == m || (i < n && table[at(i + 1, j)] >= table[at(i, j + 1)]) {
            steps.push(Step::Removed(offset + i));
            i += 1;
        } else {
            steps.push(Step::Added(offset + j));
            j += 1;
        }
    }
    steps
}

fn push_merged(pieces: &mut Vec<DiffPiece>, piece: DiffPiece) {
    match (pieces.last_mut(), piece) {
        (Some(DiffPiece::Same(s)), DiffPiece::Same(t))
        | (Some(DiffPiece::Removed(s)), DiffPiece::Removed(t))
        | (Some(DiffPiece::Added(s)), DiffPiece::Added(t)) => s.push_str(&t),
        (_, piece) => pieces.push(piece),
    }
}

fn push_marked(side: &mut Vec<Marked>, token: &str, changed: bool) {
    match side.last_mut() {
        Some(last) if last.changed == changed => last.text.push_str(token),
        _ => side.push(Marked { text: token.to_string(), changed }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_swapped_word_is_removed_and_added() {
        assert_eq!(
            word_diff("would be immense", "would be colossal"),
            vec![
                DiffPiece::Same("would be ".into()),
                DiffPiece::Removed("immense".into()),
                DiffPiece::Added("colossal".into()),
            ]
        );
    }

    #[test]
    fn case_and_punctuation_do_not_count_as_differences() {
        let diff = word_diff("Hungary is an island of peace!", "Hungary is the island of PEACE!");
        assert_eq!(
            diff,
            vec![
                DiffPiece::Same("Hungary is ".into()),
                DiffPiece::Removed("an ".into()),
                DiffPiece::Added("the ".into()),
                DiffPiece::Same("island of peace!".into()),
            ]
        );
    }

    #[test]
    fn each_side_gives_back_its_own_text() {
        let a = "The United States also needs Tomahawk missiles";
        let b = "We need Tomahawks for the United States of America, too";
        let (left, right) = side_by_side(a, b);
        assert_eq!(left.iter().map(|m| m.text.as_str()).collect::<String>(), a);
        assert_eq!(right.iter().map(|m| m.text.as_str()).collect::<String>(), b);
        assert!(left.iter().any(|m| m.changed && m.text.contains("needs")));
        assert!(right.iter().any(|m| !m.changed && m.text.contains("United")));
    }

    #[test]
    fn empty_sides() {
        assert_eq!(word_diff("", "new words"), vec![DiffPiece::Added("new words".into())]);
        assert_eq!(word_diff("", ""), vec![]);
    }
}
