//! Stand-alone quotations: a quoted statement that no cue attributes, whose speaker is named
//! next to it (`“...,” Comey said at a news conference` that the sentence rules missed), in the
//! words before it, or a sentence or paragraph earlier (`Smith spoke for an hour.` ¶ `“We will
//! win this state. ...”`). Such a quotation becomes a direct attribution without a cue whose
//! source mention is that nearby name, else the source of the nearest attribution before it.

use super::candidate::{Candidate, Side};
use super::cues::lookup;
use super::cues::Class;
use super::rules::{RuleId, Rules};
use super::sentences::{Doc, Quoted};
use super::sources::{clause_subject, is_between_word, noun_phrase_after, Mention};
use super::tokens::Kind;
use crate::lexicon::SAYING_NOUNS;

/// Fewer quoted words than this are a phrase (a title, a scare quote), not a statement.
const MIN_WORDS: usize = 5;

/// A quoted fragment this long ("called it “a slow-motion disaster for the whole city”") is
/// a statement too.
const MIN_FRAGMENT_WORDS: usize = 8;

/// How many quoted sentences may go on with one stand-alone quotation.
const MAX_SENTENCES_AFTER: usize = 8;

/// How many paragraphs back the speaker may have been named.
const MAX_PARAGRAPHS_BACK: usize = 2;

/// Adds the stand-alone quotations of `doc` to `found` (sorted by sentence), keeping the order.
pub fn add_standalone_quotes(doc: &Doc, rules: Rules, found: &mut Vec<Candidate>) {
    let mut taken = vec![false; doc.tokens.len()];
    for f in found.iter() {
        for &(a, b) in &f.parts {
            taken[a..b].iter_mut().for_each(|t| *t = true);
        }
        taken[f.cue.0..f.cue.1].iter_mut().for_each(|t| *t = true);
    }
    // taken_before[i]: how many of the first i tokens are taken, so that whether any token of
    // a quote is taken costs the same for a quote of any length.
    let mut taken_before = Vec::with_capacity(taken.len() + 1);
    taken_before.push(0usize);
    for &t in &taken {
        taken_before.push(taken_before.last().copied().unwrap_or(0) + usize::from(t));
    }
    let any_taken = |a: usize, b: usize| taken_before[b] > taken_before[a];
    let mut added: Vec<Candidate> = Vec::new();
    // Quotations already joined to the one before them (`"A," said X. "B."`).
    let mut joined_until = 0;
    for q in &doc.quotes {
        if q.open < joined_until || !is_statement(doc, q) || any_taken(q.open, q.end) {
            continue;
        }
        let Some(n) = sentence_holding(doc, q.open) else {
            continue;
        };
        if let Some(f) = introduced_by_possessive(doc, n, q) {
            if rules.runs(f.rule) {
                added.push(f);
            }
            continue;
        }
        let right_after = speaker_right_after(doc, q);
        let source = right_after
            .or_else(|| speaker_nearby(doc, n, q.open))
            .or_else(|| speaker_before(doc, found, n).and_then(|f| f.source));
        if let Some(source) = source.filter(|_| rules.runs(RuleId::StandaloneQuote)) {
            added.push(Candidate {
                sentence: n,
                cue: (q.open, q.open),
                class: Class::Speech,
                source: Some(source),
                parts: vec![(q.open, q.end)],
                side: Side::After,
                borrowed_source: true,
                phrase: false,
                speaker_hint: None,
                rule: RuleId::StandaloneQuote,
            });
            // [`RuleId::QuoteAfterSpeaker`]: `“A?” Lee went on. “B.”`: the quoted sentences go
            // on after the sentence naming the speaker, and into the next paragraphs.
            let after_speaker = rules.runs(RuleId::QuoteAfterSpeaker);
            let last = right_after
                .filter(|_| after_speaker)
                .and_then(|m| sentence_holding(doc, m.end - 1))
                .unwrap_or(n);
            let more = quoted_sentences_after(doc, last, after_speaker, &any_taken);
            joined_until = more.last().map_or(joined_until, |&(_, b)| b);
            if let Some(f) = added.last_mut() {
                f.parts.extend(more);
            }
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| (f.sentence, f.cue.0));
    }
}

/// `"A," said one official. "B."`: the whole quoted sentences right after sentence `n` in its
/// paragraph go on with the stand-alone quotation in it.
fn quoted_sentences_after(
    doc: &Doc,
    n: usize,
    across: bool,
    any_taken: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let paragraph = doc.sentences[n].paragraph;
    let mut parts = Vec::new();
    for s in doc.sentences[n + 1..]
        .iter()
        .take_while(|s| s.paragraph == paragraph || across)
        .take(MAX_SENTENCES_AFTER)
    {
        let Some(q) = doc.quote_at(s.start).filter(|q| q.open == s.start) else { break };
        let whole = q.end >= s.end || (q.end..s.end).all(|k| !doc.is_word(k));
        if !whole || any_taken(q.open, q.end) {
            break;
        }
        parts.push((q.open, q.end.min(s.end)));
    }
    parts
}

/// The sentence that holds token `at` (sentences are in text order and do not overlap).
fn sentence_holding(doc: &Doc, at: usize) -> Option<usize> {
    let n = doc.sentences.partition_point(|s| s.end <= at);
    doc.sentences.get(n).filter(|s| s.start <= at).map(|_| n)
}

/// A quotation of a whole statement: enough words, ending on a terminator or running on to the
/// paragraph's end.
fn is_statement(doc: &Doc, q: &Quoted) -> bool {
    let words = (q.open..q.end).filter(|&k| doc.is_word(k)).count();
    let last = q.close.map_or(q.end, |c| c).saturating_sub(1);
    let ends_statement = q.close.is_none()
        || matches!(doc.kind(last), Some(Kind::Punct('.' | ',' | '!' | '?' | '\u{2026}')));
    words >= MIN_WORDS && ends_statement || words >= MIN_FRAGMENT_WORDS
}

/// `Trump’s only public comment was, “...”`: a possessive name and a noun of saying just before
/// the quotation are its source and cue.
fn introduced_by_possessive(doc: &Doc, n: usize, q: &Quoted) -> Option<Candidate> {
    let mut intro = q.open.checked_sub(1)?;
    while intro > 0 && doc.kind(intro) == Some(Kind::Break) {
        intro -= 1;
    }
    if !matches!(doc.kind(intro), Some(Kind::Punct(',' | ':'))) {
        return None;
    }
    let s = doc.sentences[n];
    let floor = if q.open == s.start && n > 0 { doc.sentences[n - 1].start } else { s.start };
    let noun = (floor..intro).rev().take(6).find(|&k| SAYING_NOUNS.contains(&doc.low(k)))?;
    let owner = (noun.saturating_sub(4).max(floor)..noun).find(|&k| {
        let w = doc.word(k);
        doc.is_capitalized(k) && (w.ends_with("’s") || w.ends_with("'s"))
    })?;
    let start = (floor..owner).rev().take_while(|&k| doc.is_capitalized(k)).last().unwrap_or(owner);
    Some(Candidate {
        sentence: n,
        cue: (noun, noun + 1),
        class: Class::Speech,
        source: Some(Mention { start, end: owner + 1, description: None }),
        parts: vec![(q.open, q.end)],
        side: Side::After,
        borrowed_source: false,
        phrase: false,
        speaker_hint: None,
        rule: RuleId::PossessiveComment,
    })
}

/// `“...” Comey said at a news conference`: a name or pronoun and a speech verb right after the
/// closing mark, which the sentence rules missed.
fn speaker_right_after(doc: &Doc, q: &Quoted) -> Option<Mention> {
    let mut k = q.close? + 1;
    while matches!(doc.kind(k), Some(Kind::Punct(',' | '\u{2014}' | '-'))) {
        k += 1;
    }
    let limit = (k + 16).min(doc.tokens.len());
    let speech = |i: usize| lookup(doc.low(i)).is_some_and(|c| c.lemma.class == Class::Speech);
    if speech(k) {
        return noun_phrase_after(doc, k + 1, limit).map(|m| Mention { description: None, ..m });
    }
    let m = noun_phrase_after(doc, k, limit)?;
    let next = m.description.map_or(m.end, |d| d.1 + 1);
    let verb = (next..(next + 3).min(limit)).find(|&i| !is_between_word(doc, i))?;
    speech(verb).then_some(Mention { description: None, ..m })
}

/// A person named just before the quotation: in its sentence, else in the sentence before.
fn speaker_nearby(doc: &Doc, n: usize, open: usize) -> Option<Mention> {
    let s = doc.sentences[n];
    let person = |m: &Mention| {
        doc.is_capitalized(m.end - 1) || matches!(doc.low(m.start), "he" | "she" | "they")
    };
    if open > s.start + 1 {
        if let Some(m) = clause_subject(doc, s.start, open).filter(person) {
            return Some(m);
        }
    }
    if open == s.start && n > 0 {
        let p = doc.sentences[n - 1];
        if s.paragraph - p.paragraph <= 1 {
            return clause_subject(doc, p.start, p.end).filter(person);
        }
    }
    None
}

/// How many attributions back the nearest one with a source is looked for, so that a
/// paragraph of thousands of sourceless cues costs each quotation the same.
const MAX_ATTRIBUTIONS_BACK: usize = 64;

/// The nearest attribution with a source before sentence `n`, at most a few paragraphs back.
fn speaker_before<'f>(doc: &Doc, found: &'f [Candidate], n: usize) -> Option<&'f Candidate> {
    let paragraph = doc.sentences[n].paragraph;
    let upto = found.partition_point(|f| f.sentence <= n);
    found[..upto]
        .iter()
        .rev()
        .take_while(|f| paragraph - doc.sentences[f.sentence].paragraph <= MAX_PARAGRAPHS_BACK)
        .take(MAX_ATTRIBUTIONS_BACK)
        .find(|f| f.source.is_some() && f.cue.0 < f.cue.1)
}

#[cfg(test)]
mod tests {
    use super::super::clauses::find_in_sentence;
    use super::*;

    fn standalone(text: &str) -> Vec<String> {
        let doc = Doc::new(text, &[]);
        let mut found = Vec::new();
        for n in 0..doc.sentences.len() {
            find_in_sentence(&doc, n, Rules::ALL, &mut found);
        }
        add_standalone_quotes(&doc, Rules::ALL, &mut found);
        found
            .iter()
            .filter(|f| f.cue.0 == f.cue.1)
            .map(|f| {
                let m = f.source.unwrap();
                let parts: Vec<&str> =
                    f.parts.iter().map(|&(a, b)| doc.span(a, b).slice(text)).collect();
                format!("{}|{}", doc.span(m.start, m.end).slice(text), parts.join(" / "))
            })
            .collect()
    }

    #[test]
    fn quoted_sentences_after_a_stand_alone_quotation_go_on_with_it() {
        assert_eq!(
            standalone(
                "Mayor Jane Holt said the bridge would reopen.\n“We have waited far too long for \
                 this crossing, and we will not wait again.” “The city has the money now.” The \
                 vote is next week."
            ),
            ["Mayor Jane Holt|“We have waited far too long for this crossing, and we will not \
              wait again.” / “The city has the money now.”"]
        );
    }

    #[test]
    fn quoted_paragraphs_after_a_stand_alone_quotation_go_on_with_it() {
        let text = "Mayor Jane Holt said the bridge would reopen.\n“We have waited far too long \
                    for this crossing, and we will not wait again.”\n“The city has the money now.”";
        assert_eq!(
            standalone(text),
            ["Mayor Jane Holt|“We have waited far too long for this crossing, and we will not \
              wait again.” / “The city has the money now.”"]
        );
        let doc = Doc::new(text, &[]);
        let mut found = Vec::new();
        for n in 0..doc.sentences.len() {
            find_in_sentence(&doc, n, Rules::ALL, &mut found);
        }
        add_standalone_quotes(&doc, Rules::without(&[RuleId::QuoteAfterSpeaker]), &mut found);
        assert_eq!(found.iter().filter(|f| f.cue.0 == f.cue.1).count(), 2);
    }

    #[test]
    fn a_quoted_paragraph_borrows_the_speaker_before_it() {
        assert_eq!(
            standalone(
                "Mayor Jane Holt said the bridge would reopen.\n“We have waited far too long for \
                 this crossing, and we will not wait again.”"
            ),
            ["Mayor Jane Holt|“We have waited far too long for this crossing, and we will not \
              wait again.”"]
        );
    }

    #[test]
    fn a_possessive_comment_introduces_the_quotation() {
        let text = "Holt’s only public comment was,\n“I think the council wants to end the delay.”";
        let doc = Doc::new(text, &[]);
        let mut found = Vec::new();
        add_standalone_quotes(&doc, Rules::ALL, &mut found);
        let f = &found[0];
        let m = f.source.unwrap();
        assert_eq!(doc.span(m.start, m.end).slice(text), "Holt’s");
        assert_eq!(doc.span(f.cue.0, f.cue.1).slice(text), "comment");
    }

    #[test]
    fn short_phrases_and_unspoken_quotes_stay_out() {
        assert!(standalone("Holt said no.\nThe “bridge of sighs” is shut.").is_empty());
        assert!(
            standalone("“We have waited far too long for this crossing, and so on.”").is_empty()
        );
    }
}
