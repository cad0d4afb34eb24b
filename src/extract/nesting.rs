//! Attributions found inside another attribution's content.
//!
//! News text nests attributions: "an aide said the mayor had told donors that ..." reports the
//! mayor's words inside the aide's. The outer attribution is the one the text makes; the inner
//! one is part of what it reports and is dropped. A cue inside a content can also mean the
//! content ran too far: in "most said they would vote, and a third said they would not" the
//! second attribution is a clause of its own after a comma or conjunction, so the first content
//! ends before it and both stay.

use super::candidate::{Candidate, Side};
use super::cues::Class;
use super::sentences::Doc;
use super::tokens::{Kind, Quote};
use crate::lexicon::{ADVERBIAL_OPENINGS, CLAUSE_CONJUNCTIONS, COORDINATORS};

/// How many contents starting at or before a cue are checked for holding it: nesting is local,
/// and the cap keeps a document with thousands of attributions linear.
const NEARBY_CONTENTS: usize = 32;

/// Drops the attributions reported inside another content and ends the contents that run into
/// a following clause with its own attribution.
pub fn resolve_nesting(doc: &Doc, found: &mut Vec<Candidate>) {
    let by_start = contents_by_start(found);
    let mut cuts: Vec<Option<usize>> = vec![None; found.len()];
    let mut inside = vec![false; found.len()];
    let mut absorbed: Vec<Option<usize>> = vec![None; found.len()];
    for (me, f) in found.iter().enumerate() {
        for outer in contents_holding(&by_start, f.cue.0).filter(|&k| k != me) {
            let g = &found[outer];
            if holds_only_the_cue_of(g, f) {
                absorbed[outer] = Some(me);
                inside[me] = true;
                continue;
            }
            if !is_reported_inside(f, &g.parts) {
                continue;
            }
            match clause_boundary_before(doc, f, g).filter(|_| f.class == Class::Speech) {
                Some(cut) => cuts[outer] = Some(cuts[outer].map_or(cut, |c: usize| c.min(cut))),
                None => inside[me] = true,
            }
        }
    }
    for (outer, inner) in absorbed.iter().enumerate() {
        if let Some(inner) = *inner {
            found[outer].parts = content_with_quote(&found[outer].parts, &found[inner].parts);
        }
    }
    for (g, cut) in found.iter_mut().zip(&cuts) {
        if let Some(cut) = *cut {
            end_content_at(g, cut);
        }
    }
    let mut n = 0;
    found.retain(|_| {
        n += 1;
        !inside[n - 1]
    });
}

/// Each attribution's content as `(first token, one past the last, index)`, by first token.
fn contents_by_start(found: &[Candidate]) -> Vec<(usize, usize, usize)> {
    let mut hulls: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(k, f)| Some((f.parts.first()?.0, f.parts.last()?.1, k)))
        .collect();
    hulls.sort_unstable();
    hulls
}

/// The attributions whose content hull holds token `at`, nearest start first.
fn contents_holding(
    by_start: &[(usize, usize, usize)],
    at: usize,
) -> impl Iterator<Item = usize> + '_ {
    let upto = by_start.partition_point(|&(a, _, _)| a <= at);
    by_start[..upto]
        .iter()
        .rev()
        .take(NEARBY_CONTENTS)
        .filter(move |&&(_, b, _)| at < b)
        .map(|&(_, _, k)| k)
}

/// `f` is part of the content made of `pieces`: a belief, wish or stance whose cue is inside
/// it, or a speech whose cue is inside a piece and whose whole content is inside it too (a
/// content reaching past the other one is more likely a clause of its own).
fn is_reported_inside(f: &Candidate, pieces: &[(usize, usize)]) -> bool {
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else { return false };
    let (a, b) = (first.0, last.1);
    if f.class != Class::Speech {
        return a <= f.cue.0 && f.cue.0 < b;
    }
    let cue_inside = pieces.iter().any(|&(x, y)| x <= f.cue.0 && f.cue.0 < y);
    let content_inside = f.parts.iter().all(|&(x, y)| a <= x && y <= b);
    cue_inside && content_inside
}

/// `“...,” Lee said, according to a transcript`: the phrase's content is only the cue (and
/// source) of `f`, whose own content lies outside it. The phrase attributes all of it: `f` and
/// its quotation become the phrase's content.
fn holds_only_the_cue_of(g: &Candidate, f: &Candidate) -> bool {
    let (Some(first), Some(last)) = (g.parts.first(), g.parts.last()) else { return false };
    let outside = f.parts.iter().all(|&(a, b)| b <= first.0 || a >= last.1);
    g.phrase && g.side == Side::Before && !f.parts.is_empty() && outside
}

/// The phrase's content `outer` grown over the quotation `inner` around it: from the earlier
/// start to the phrase's end, then the pieces of `inner` after it (`"A," Lee said, according
/// to X. "B."`).
fn content_with_quote(outer: &[(usize, usize)], inner: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let (Some(first), Some(last)) = (outer.first(), outer.last()) else { return inner.to_vec() };
    let start = inner.first().map_or(first.0, |p| p.0.min(first.0));
    let mut parts = vec![(start, last.1)];
    parts.extend(inner.iter().filter(|p| p.0 >= last.1));
    parts
}

/// `..., and a third said ...`, `...; others said ...`, `... while Lee argued ...`: where the
/// outer content `g` should end when `f` starts a clause of its own after a comma, semicolon or
/// conjunction. `None` when `f` is reported inside `g`.
fn clause_boundary_before(doc: &Doc, f: &Candidate, g: &Candidate) -> Option<usize> {
    let from = g.parts.first()?.0;
    let start = match f.source {
        Some(m) if from < m.start && m.start < f.cue.0 => m.start,
        _ => f.cue.0,
    };
    let mut k = start;
    if k > from && COORDINATORS.contains(&doc.low(k - 1)) {
        k -= 1;
        if k > from && doc.low(k) == "as" && doc.low(k - 1) == "even" {
            k -= 1;
        }
    }
    let conjunction = k < start;
    let mut cut = k;
    while cut > from && doc.kind(cut - 1) == Some(Kind::Quote(Quote::Close)) {
        cut -= 1;
    }
    let punctuated = cut > from && (doc.is_punct(cut - 1, ',') || doc.is_punct(cut - 1, ';'));
    if punctuated {
        cut -= 1;
        if !conjunction && opens_with_adverbial(doc, from, cut) {
            return None;
        }
    } else if conjunction && CLAUSE_CONJUNCTIONS.contains(&doc.low(k)) {
        cut = k;
    } else {
        return None;
    }
    (cut > from + 1).then_some(cut)
}

/// `that during the call, Putin warned ...`: the comma closes an opening adverbial of the
/// reported clause, not the clause itself.
fn opens_with_adverbial(doc: &Doc, from: usize, comma: usize) -> bool {
    let first = if doc.low(from) == "that" { from + 1 } else { from };
    first < comma && ADVERBIAL_OPENINGS.contains(&doc.low(first))
}

/// Ends the content of `g` before token `cut`, dropping the pieces after it.
fn end_content_at(g: &mut Candidate, cut: usize) {
    g.parts.retain(|&(a, _)| a < cut);
    for p in &mut g.parts {
        p.1 = p.1.min(cut);
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    /// Each attribution of `text` as "source|cue|content".
    fn found(text: &str) -> Vec<String> {
        extract(text, &[])
            .attributions
            .iter()
            .filter(|a| a.cue.is_some())
            .map(|a| {
                let part = |s: Option<crate::text::Span>| s.map_or("", |s| s.slice(text));
                format!("{}|{}|{}", part(a.source), part(a.cue), a.content.slice(text))
            })
            .collect()
    }

    #[test]
    fn speech_reported_inside_other_speech_is_part_of_it() {
        assert_eq!(
            found("An aide said the mayor had told donors that the tram was late."),
            ["An aide|said|the mayor had told donors that the tram was late"]
        );
        assert_eq!(
            found("According to two aides, the mayor warned that the tram would be late."),
            ["two aides|According to|the mayor warned that the tram would be late"]
        );
    }

    #[test]
    fn a_coordinated_clause_with_its_own_cue_ends_the_content_before_it() {
        assert_eq!(
            found("Most riders said the fares were fair, and a third said they were too high."),
            ["Most riders|said|the fares were fair", "a third|said|they were too high"]
        );
    }

    #[test]
    fn a_comma_after_an_opening_adverbial_is_no_clause_boundary() {
        assert_eq!(
            found("The council disclosed that during the meeting, Mayor Lee warned that fares would rise."),
            ["The council|disclosed|that during the meeting, Mayor Lee warned that fares would rise"]
        );
    }

    #[test]
    fn a_final_according_to_attributes_the_quote_and_its_speaker() {
        assert_eq!(
            found("“The bridge will open in May,” Holt said, according to a council transcript."),
            ["a council transcript|according to|“The bridge will open in May,” Holt said"]
        );
    }
}
