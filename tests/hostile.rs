//! Pathological input through the whole pipeline: the size limit's boundary, one 5 MB line,
//! 10,000 quotation marks, unbalanced and never-closing quotes, quotes nested ten deep, 100k
//! tiny lines, no spaces at all, thousands of cues, quotes or speakers in one sentence or
//! paragraph. Each must come out sane (every invariant of
//! `claimlens::invariants`, plus what a reader would expect). Time is measured, never asserted
//! here: `claimlens bench-hostile` prints the growth per doubling (see SECURITY.md).

use claimlens::hostile::Shape;
use claimlens::invariants::check_file_bytes;
use claimlens::pipeline::{analyze, InputFile};
use claimlens::text::decode::{decode_file, ReadErrorKind, MAX_FILE_BYTES};

fn file(text: &str) -> InputFile {
    InputFile { name: "hostile.txt".to_string(), bytes: text.as_bytes().to_vec() }
}

/// Runs the shape at `bytes` through every invariant and returns the project's claims' texts.
fn sane_claims(shape: Shape, bytes: usize) -> Vec<String> {
    let text = shape.text(bytes);
    if let Err(broken) = check_file_bytes(text.as_bytes()) {
        panic!("{}: {broken}", shape.name());
    }
    let (project, added) = analyze(&[file(&text)]);
    assert!(added.refused.is_empty(), "{}: {:?}", shape.name(), added.refused);
    let doc = &project.documents[0];
    project.claims.iter().map(|c| c.content.slice(&doc.text).to_string()).collect()
}

/// A text of exactly `bytes` bytes of the shape (cut on a char boundary, padded with dots).
fn exactly(shape: Shape, bytes: usize) -> String {
    let mut text = shape.text(bytes);
    let mut cut = bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text.extend(std::iter::repeat_n('.', bytes - cut));
    text
}

#[test]
fn a_file_of_exactly_the_size_limit_is_analysed_and_one_byte_more_is_refused() {
    let mut text = exactly(Shape::NoSpaces, MAX_FILE_BYTES);
    assert_eq!(text.len(), MAX_FILE_BYTES);
    if let Err(broken) = check_file_bytes(text.as_bytes()) {
        panic!("the largest file accepted: {broken}");
    }
    text.push('.');
    let refused = decode_file("limit.txt", text.as_bytes()).unwrap_err();
    assert!(
        matches!(refused.kind, ReadErrorKind::TooLarge { bytes } if bytes == MAX_FILE_BYTES + 1)
    );
    assert!(refused.to_string().contains("split it into articles"), "{refused}");
}

#[test]
fn one_five_megabyte_line_gives_its_quotes_with_their_speaker() {
    let claims = sane_claims(Shape::OneLongLine, 5_000_000);
    assert!(
        claims.iter().any(|c| c == "We will win this,"),
        "{:?}",
        &claims[..claims.len().min(5)]
    );
}

#[test]
fn ten_thousand_quotation_marks_are_sane() {
    let text = Shape::QuotationMarks.text(30_000);
    let marks = text
        .chars()
        .filter(|c| "\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}".contains(*c))
        .count();
    assert!(marks >= 10_000, "{marks} marks");
    let claims = sane_claims(Shape::QuotationMarks, 30_000);
    assert!(
        claims.is_empty(),
        "marks around single letters with no cue are no claim: {:?}",
        &claims[..3]
    );
}

#[test]
fn unbalanced_quotes_give_at_most_one_claim_per_cue() {
    let text = Shape::UnbalancedQuotes.text(200_000);
    let claims = sane_claims(Shape::UnbalancedQuotes, 200_000);
    assert!(claims.len() <= text.matches(" said").count(), "{} claims", claims.len());
}

#[test]
fn a_quote_that_never_closes_does_not_swallow_the_file_many_times() {
    let claims = sane_claims(Shape::NeverClosingQuote, 1_000_000);
    let total: usize = claims.iter().map(String::len).sum();
    assert!(total <= 2_000_000, "claims repeat the unclosed quote: {total} bytes of content");
}

#[test]
fn quotes_nested_ten_deep_are_sane() {
    let claims = sane_claims(Shape::NestedTenDeep, 200_000);
    assert!(!claims.is_empty(), "the outermost quote is attributed to Smith");
}

#[test]
fn a_hundred_thousand_tiny_lines_are_sane() {
    let text = Shape::TinyLines.text(200_000);
    assert!(text.lines().count() >= 100_000);
    let claims = sane_claims(Shape::TinyLines, 200_000);
    assert!(claims.is_empty(), "{:?}", &claims[..3]);
}

#[test]
fn text_without_any_space_is_sane() {
    sane_claims(Shape::NoSpaces, 500_000);
}

#[test]
fn a_new_speaker_in_every_sentence_gives_one_speaker_each_at_most() {
    let text = Shape::ManyNames.text(100_000);
    if let Err(broken) = check_file_bytes(text.as_bytes()) {
        panic!("many names: {broken}");
    }
    let (project, _) = analyze(&[file(&text)]);
    let sentences = text.matches(" said.").count();
    assert!(project.claims.len() <= sentences, "{} claims", project.claims.len());
    assert!(project.speakers.len() <= sentences, "{} speakers", project.speakers.len());
    assert!(project.speakers.len() > sentences / 2, "most names are speakers");
}

/// The total bytes of the claims' contents: each a bounded piece, never the sentence again.
fn content_bytes(claims: &[String]) -> usize {
    claims.iter().map(String::len).sum()
}

#[test]
fn thousands_of_cues_in_one_sentence_give_one_claim_each_and_bounded_contents() {
    let text = Shape::ManyCues.text(1_000_000);
    let cues = text.matches(" said").count();
    let claims = sane_claims(Shape::ManyCues, 1_000_000);
    assert!(claims.len() <= cues, "{} claims for {cues} cues", claims.len());
    assert!(claims.len() >= cues / 2, "{} claims for {cues} cues", claims.len());
    assert!(content_bytes(&claims) <= 2 * text.len(), "contents repeat the sentence");
}

#[test]
fn thousands_of_quotes_in_one_paragraph_keep_their_speaker_and_stay_apart() {
    let text = Shape::ManyQuotes.text(500_000);
    let quotes = text.matches('\u{201c}').count();
    let claims = sane_claims(Shape::ManyQuotes, 500_000);
    assert!(claims.len() <= quotes, "{} claims for {quotes} quotes", claims.len());
    let attributed = claims.iter().filter(|c| c.starts_with("It will open in May")).count();
    assert!(attributed >= quotes / 2 - 1, "{attributed} of {} said quotes", quotes / 2);
    assert!(content_bytes(&claims) <= 2 * text.len(), "contents repeat the paragraph");
}

#[test]
fn thousands_of_speakers_in_one_sentence_are_each_a_speaker_once() {
    let text = Shape::ManySpeakers.text(300_000);
    let clauses = text.matches(" said ").count();
    let (project, _) = analyze(&[file(&text)]);
    assert!(project.claims.len() <= clauses, "{} claims", project.claims.len());
    assert!(project.speakers.len() <= clauses, "{} speakers", project.speakers.len());
    assert!(project.speakers.len() > clauses / 2, "most names are speakers");
    let doc = &project.documents[0];
    let rise = project.claims.iter().filter(|c| c.content.slice(&doc.text) == "costs would rise");
    assert!(rise.count() > clauses / 2, "each clause's content is its own");
}
