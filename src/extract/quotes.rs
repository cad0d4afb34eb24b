//! Quotes that run past their attribution: `"A," she said, "B."`, `"A," she said. "B."`, and
//! `He told reporters:` followed by a quoted paragraph. Adds the later pieces as content parts
//! of the same attribution, so the speaker of the second piece is not lost.

use super::candidate::{Candidate, Side};
use super::rules::RuleId;
use super::sentences::{Doc, Quoted};
use super::tokens::{Kind, Quote};

/// How many following quoted sentences may continue one attribution.
const MAX_CONTINUATIONS: usize = 8;

/// Extends each attribution in `found` (sorted by sentence) with the quoted pieces that follow it.
pub fn join_continuations(doc: &Doc, found: &mut [Candidate]) {
    let mut claimed = vec![false; doc.sentences.len()];
    // A transcript turn (`"PENCE: ...`) is its own paragraph, even inside a quoted transcript.
    let turn = |f: &Candidate| f.rule == RuleId::TranscriptTurn;
    for f in found.iter().filter(|f| doc.quote_at(f.cue.0).is_none() || turn(f)) {
        claimed[f.sentence] = true;
    }
    for f in found.iter_mut() {
        add_quote_after_cue(doc, f);
        if f.parts.is_empty() || ends_with_quote(doc, f) || f.class == super::cues::Class::Speech {
            follow_quoted_sentences(doc, f, &mut claimed);
        }
    }
}

/// The end of the attribution's cue and source, whichever is later.
fn cue_end(f: &Candidate) -> usize {
    let source_end = f.source.map_or(0, |m| m.description.map_or(m.end, |d| d.1));
    f.cue.1.max(source_end)
}

/// `"A," she said, "B."`: a quote opening right after the cue in the same sentence.
fn add_quote_after_cue(doc: &Doc, f: &mut Candidate) {
    if f.side != Side::Before || !ends_with_quote(doc, f) {
        return;
    }
    let s = doc.sentences[f.sentence];
    let from = cue_end(f);
    let Some(k) = (from..s.end.min(from + 14))
        .find(|&k| doc.kind(k) == Some(Kind::Quote(Quote::Open)))
        .filter(|&k| {
            k == from || matches!(doc.kind(k - 1), Some(Kind::Punct(',' | ':' | '\u{2014}')))
        })
    else {
        return;
    };
    {
        if let Some(q) = doc.quote_at(k) {
            f.parts.push((k, q.end.min(s.end)));
        }
    }
}

fn ends_with_quote(doc: &Doc, f: &Candidate) -> bool {
    f.parts.last().is_some_and(|&(a, b)| {
        b > a
            && (doc.kind(b - 1) == Some(Kind::Quote(Quote::Close)) || doc.quote_at(b - 1).is_some())
    })
}

/// Quoted sentences after the attribution's sentence that have no attribution of their own.
fn follow_quoted_sentences(doc: &Doc, f: &mut Candidate, claimed: &mut [bool]) {
    let mut n = f.sentence + 1;
    let mut added = 0;
    while n < doc.sentences.len() && added < MAX_CONTINUATIONS && !claimed[n] {
        let s = doc.sentences[n];
        let Some(q) =
            doc.quote_at(s.start).filter(|q| q.open == s.start || resumes(doc, f, q, s.start))
        else {
            break;
        };
        let whole = q.end >= s.end || (q.end..s.end).all(|k| !doc.is_word(k));
        let new_paragraph = s.paragraph != doc.sentences[n - 1].paragraph;
        let words = (s.start..q.end).filter(|&k| doc.is_word(k)).count();
        if !whole && words < 3
            || (new_paragraph && added == 0 && !f.parts.is_empty() && !ends_with_quote(doc, f))
        {
            break;
        }
        f.parts.push((s.start, q.end.min(s.end)));
        if !whole {
            claimed[n] = true;
            break;
        }
        claimed[n] = true;
        added += 1;
        // An unclosed paragraph quote continues in the next paragraph only if it reopens.
        n += 1;
    }
}

/// The attribution's last part runs to `at` (but for punctuation) inside the quotation `q`,
/// where an over-long sentence was cut: the next piece of the quotation continues it.
fn resumes(doc: &Doc, f: &Candidate, q: &Quoted, at: usize) -> bool {
    f.parts.last().is_some_and(|&(a, b)| {
        a < b && b <= at && doc.quote_at(b - 1) == Some(*q) && (b..at).all(|k| !doc.is_word(k))
    })
}

#[cfg(test)]
mod tests {
    use super::super::clauses::find_in_sentence;
    use super::*;

    fn parts(text: &str) -> Vec<Vec<String>> {
        let doc = Doc::new(text, &[]);
        let mut found = Vec::new();
        for n in 0..doc.sentences.len() {
            find_in_sentence(&doc, n, super::super::rules::Rules::ALL, &mut found);
        }
        join_continuations(&doc, &mut found);
        found
            .iter()
            .map(|f| f.parts.iter().map(|&(a, b)| doc.span(a, b).slice(text).to_string()).collect())
            .collect()
    }

    #[test]
    fn interrupted_quote_is_one_attribution() {
        assert_eq!(
            parts("“It is over,” she said, “and we won.”"),
            [["“It is over,”", "“and we won.”"]]
        );
        assert_eq!(parts("“It is over,” she said. “We won.”"), [["“It is over,”", "“We won.”"]]);
    }

    #[test]
    fn a_quotation_longer_than_the_sentence_limit_stays_one_attribution() {
        let said = "Holt said: “We will build it".to_string() + &", and more".repeat(250) + ".”";
        let doc = Doc::new(&said, &[]);
        assert!(doc.sentences.len() > 1, "the quotation is cut into pieces");
        let got = parts(&said);
        assert_eq!(got.len(), 1, "{got:?}");
        let last = got[0].last().map(String::as_str).unwrap_or("");
        assert!(got[0].len() > 1 && last.ends_with("and more.”"), "{got:?}");
    }

    #[test]
    fn each_turn_of_a_quoted_transcript_is_its_own_attribution() {
        let text =
            "Partial transcript:\n\n\"WALLACE: Will she be at the debate on Monday night?\n\n\
                    \"PENCE: She will not be attending the debate tomorrow night at all.\n\n\
                    \"WALLACE: Then who will be sitting in the front row of the hall?";
        assert_eq!(
            parts(text),
            [
                ["Will she be at the debate on Monday night"],
                ["She will not be attending the debate tomorrow night at all"],
                ["Then who will be sitting in the front row of the hall"]
            ]
        );
    }

    #[test]
    fn colon_introduces_the_next_paragraph() {
        assert_eq!(
            parts("Trump told reporters:\n“We are close. We will see.”"),
            [["“We are close. We will see.”"]]
        );
    }
}
