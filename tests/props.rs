//! Property tests (proptest, native only): over generated articles full of emoji, combining
//! marks, CJK, right-to-left text, ZWJ sequences and stray quotation marks, analysed by the real
//! pipeline and then reviewed by random action sequences,
//!
//! - claimlens/1 export → import → export is the identity;
//! - every span's `text` in the export equals the document text between its code-point offsets
//!   (checked here by counting `chars()`, independently of `text::offsets`), and so does every
//!   W3C `TextPositionSelector` against its `TextQuoteSelector.exact`;
//! - undoing any action sequence returns the exact prior project, and redoing it the exact
//!   later one;
//! - byte ↔ code point conversion is exact at every char boundary.
//!
//! Case counts are capped so the whole file runs in seconds; `PROPTEST_CASES=2000 cargo test
//! --test props` searches harder.
#![cfg(not(target_arch = "wasm32"))]

use claimlens::format::w3c::export_w3c;
use claimlens::format::{export_json, import_json};
use claimlens::invariants::{check_project, check_round_trip};
use claimlens::model::{ClaimKind, Origin, Project, SpeakerKind, Status};
use claimlens::pipeline::{analyze, InputFile};
use claimlens::review::{Action, History, SpanField};
use claimlens::text::offsets::OffsetMap;
use claimlens::text::Span;
use proptest::prelude::*;
use serde_json::Value;

/// Pieces articles are made of: prose the extractor reacts to, and characters that break
/// offset arithmetic in other annotators.
const PIECES: &[&str] = &[
    "Smith",
    "said",
    "Jones",
    "warned",
    "that",
    "the",
    "plan",
    "would",
    "fail",
    "according to",
    "President",
    "told",
    "reporters",
    ",",
    ".",
    ":",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "😀",
    "👍🏽",
    "🇫🇷",
    "👩\u{200d}👩\u{200d}👧",
    "e\u{301}",
    "a\u{308}\u{323}",
    "中文字",
    "東京",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "\u{202c}",
    "\u{200b}",
    "\u{feff}",
    "𝔘𝔫𝔦",
    "<script>",
    "&amp;",
    "=1+1",
    "\t",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..80).prop_map(|pieces| {
        // Three speakers to start with, so that merges and speaker edits have material.
        let mut text = String::from(
            "Smith said \u{201c}we will win\u{201d}. \u{201c}Costs will rise,\u{201d} Jones warned. \
             Brown told reporters that the plan would fail. ",
        );
        for piece in pieces {
            text.push_str(piece);
            text.push(' ');
        }
        text
    })
}

fn analysed(texts: &[String]) -> Project {
    let files: Vec<InputFile> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| InputFile { name: format!("{i}.txt"), bytes: t.as_bytes().to_vec() })
        .collect();
    analyze(&files).0
}

/// A raw pick: which action, and three numbers it reads its operands from.
type Pick = (u8, u16, u16, u16);

fn picks() -> impl Strategy<Value = Vec<Pick>> {
    prop::collection::vec(any::<Pick>(), 0..24)
}

fn nth<T>(items: &[T], n: u16) -> Option<&T> {
    (!items.is_empty()).then(|| &items[n as usize % items.len()])
}

/// A span of `text` from two numbers, snapped back to char boundaries.
fn span_in(text: &str, a: u16, b: u16) -> Span {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (floor(a as usize % (text.len() + 1)), floor(b as usize % (text.len() + 1)));
    Span::within(text, a.min(b), a.max(b)).expect("snapped to boundaries")
}

const NAMES: &[&str] = &["Ana 😀", "  ", "<b>x</b>", "שלום", "e\u{301}", "Smith"];

/// Turns a pick into an action that may or may not apply to `p` (refusals are part of the test).
fn action_for(p: &Project, (kind, x, y, z): Pick) -> Option<Action> {
    let claim = nth(&p.claims, x).map(|c| c.id.clone());
    let speaker = nth(&p.speakers, y).map(|s| s.id.clone());
    let tag = nth(&p.tags, y).map(|t| t.id.clone());
    let name = NAMES[z as usize % NAMES.len()].to_string();
    let status = [Status::Suggested, Status::Accepted, Status::Rejected][z as usize % 3];
    let speaker_kind =
        [SpeakerKind::Person, SpeakerKind::Group, SpeakerKind::Unknown][z as usize % 3];
    Some(match kind % 18 {
        0 => Action::SetStatus { claim: claim?, status },
        1 => Action::SetSpeaker { claim: claim?, speaker: speaker.filter(|_| z % 4 != 0) },
        2 => Action::CreateSpeaker { name, kind: speaker_kind, claim },
        3 => Action::RenameSpeaker { speaker: speaker?, name },
        4 => Action::SetSpeakerKind { speaker: speaker?, kind: speaker_kind },
        5 => Action::SetAliases { speaker: speaker?, aliases: vec![name] },
        6 => Action::MergeSpeakers { keep: speaker?, absorb: nth(&p.speakers, z)?.id.clone() },
        7 => Action::ToggleTag { claim: claim?, tag: tag? },
        8 => Action::SetNote { claim: claim?, note: name },
        9 => Action::SetKind { claim: claim?, kind: ClaimKind::ALL[z as usize % 4] },
        10 | 11 => {
            let claim = p.claim(&claim?)?;
            let text = &p.document(&claim.document)?.text;
            let field = [SpanField::Content, SpanField::Cue, SpanField::Source][kind as usize % 3];
            let span = (z % 5 != 0).then(|| span_in(text, y, z));
            Action::SetSpan { claim: claim.id.clone(), field, span }
        }
        12 | 13 => {
            let doc = nth(&p.documents, x)?;
            Action::AddClaim {
                document: doc.id.clone(),
                content: span_in(&doc.text, y, z),
                speaker,
            }
        }
        14 => {
            let manual: Vec<_> = p.claims.iter().filter(|c| c.origin == Origin::Manual).collect();
            Action::DeleteClaim { claim: nth(&manual, x)?.id.clone() }
        }
        15 => Action::AddTag {
            label: name,
            color: "#123456".into(),
            key: Some(format!("{}", z % 10)),
        },
        16 => Action::RenameTag { tag: tag?, label: name },
        _ => Action::DeleteTag { tag: tag? },
    })
}

/// Applies every pick that yields an action; returns how many were performed.
fn review(p: &mut Project, history: &mut History, picks: &[Pick]) -> usize {
    let mut performed = 0;
    for &pick in picks {
        if let Some(action) = action_for(p, pick) {
            performed += usize::from(history.perform(p, action).is_ok());
        }
    }
    performed
}

/// The code-point slice `[start, end)` of `chars`, or an error naming what is wrong.
fn slice(chars: &[char], start: &Value, end: &Value) -> Result<String, String> {
    let (start, end) =
        (start.as_u64().ok_or("start")? as usize, end.as_u64().ok_or("end")? as usize);
    if start > end || end > chars.len() {
        return Err(format!("{start}..{end} outside {} code points", chars.len()));
    }
    Ok(chars[start..end].iter().collect())
}

/// Every span of a claimlens/1 export against its document's text, counted in code points.
fn export_spans_match_code_points(json: &str) -> Result<usize, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut checked = 0;
    let chars_of = |doc: &str| -> Vec<char> {
        let d = value["documents"].as_array().unwrap().iter().find(|d| d["id"] == doc).unwrap();
        d["text"].as_str().unwrap().chars().collect()
    };
    let mut check = |chars: &[char], span: &Value| -> Result<(), String> {
        if span.is_null() {
            return Ok(());
        }
        let got = slice(chars, &span["start"], &span["end"])?;
        checked += 1;
        (got == span["text"]).then_some(()).ok_or(format!("{span} covers {got:?}"))
    };
    for d in value["documents"].as_array().unwrap() {
        let chars = chars_of(d["id"].as_str().unwrap());
        for span in d["boilerplate"].as_array().unwrap() {
            check(&chars, span)?;
        }
    }
    for c in value["claims"].as_array().unwrap() {
        let chars = chars_of(c["document"].as_str().unwrap());
        for field in ["content", "cue", "source_mention"] {
            check(&chars, &c[field])?;
        }
        for part in c["content_parts"].as_array().into_iter().flatten() {
            check(&chars, part)?;
        }
    }
    Ok(checked)
}

/// Every W3C position selector covers exactly its quote selector's `exact`, in code points, and
/// the quote with its prefix and suffix occurs once in the text, there.
fn w3c_positions_match_quotes(project: &Project) -> Result<(), String> {
    let value: Value =
        serde_json::from_str(&export_w3c(project, None)).map_err(|e| e.to_string())?;
    let by_sha: Vec<(String, Vec<char>)> =
        project.documents.iter().map(|d| (d.sha256.clone(), d.text.chars().collect())).collect();
    for item in value["first"]["items"].as_array().unwrap() {
        for target in item["target"].as_array().unwrap().iter().filter(|t| t.is_object()) {
            let chars =
                &by_sha.iter().find(|(s, _)| target["source"]["sha256"] == s.as_str()).unwrap().1;
            let selectors = target["selector"].as_array().unwrap();
            let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
            let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
            let got = slice(chars, &position["start"], &position["end"])?;
            if got != quote["exact"] {
                return Err(format!(
                    "{position} covers {got:?}, the quote says {}",
                    quote["exact"]
                ));
            }
            let text: String = chars.iter().collect();
            let prefix = quote["prefix"].as_str().unwrap_or_default();
            let whole = format!("{prefix}{got}{}", quote["suffix"].as_str().unwrap_or_default());
            let at = text.find(&whole).map(|b| text[..b].chars().count() + prefix.chars().count());
            if at != position["start"].as_u64().map(|s| s as usize) {
                return Err(format!(
                    "the quote {whole:?} is first found elsewhere than {position}"
                ));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_identity_after_any_review(
        texts in prop::collection::vec(article(), 1..4),
        picks in picks(),
    ) {
        let mut p = analysed(&texts);
        review(&mut p, &mut History::default(), &picks);
        prop_assert_eq!(check_project(&p), Ok(()));
        prop_assert_eq!(check_round_trip(&p), Ok(()));
        let json = export_json(&p, Some("2026-11-23T00:00:00Z"));
        prop_assert_eq!(import_json(&json).map_err(|e| e.message), Ok(p));
    }

    #[test]
    fn every_exported_span_is_its_code_point_slice(
        texts in prop::collection::vec(article(), 1..3),
        picks in picks(),
    ) {
        let mut p = analysed(&texts);
        review(&mut p, &mut History::default(), &picks);
        let checked = export_spans_match_code_points(&export_json(&p, None));
        prop_assert!(matches!(checked, Ok(n) if n >= p.claims.len()), "{:?}", checked);
        prop_assert_eq!(w3c_positions_match_quotes(&p), Ok(()));
    }

    #[test]
    fn undo_of_any_sequence_returns_the_exact_prior_project(
        texts in prop::collection::vec(article(), 1..3),
        picks in picks(),
    ) {
        let original = analysed(&texts);
        let mut p = original.clone();
        let mut history = History::default();
        let performed = review(&mut p, &mut history, &picks);
        let reviewed = p.clone();
        for _ in 0..performed {
            prop_assert!(history.undo(&mut p));
        }
        prop_assert!(!history.undo(&mut p));
        prop_assert_eq!(&p, &original);
        for _ in 0..performed {
            prop_assert!(history.redo(&mut p));
        }
        prop_assert_eq!(&p, &reviewed);
    }

    #[test]
    fn code_point_offsets_are_exact_at_every_boundary(text in article()) {
        let map = OffsetMap::new(&text);
        prop_assert_eq!(map.char_len(), text.chars().count());
        for (n, (byte, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(map.to_char(byte), n);
            prop_assert_eq!(map.to_byte(n), Some(byte));
        }
        prop_assert_eq!(map.to_byte(map.char_len()), Some(text.len()));
        prop_assert_eq!(map.to_byte(map.char_len() + 1), None);
    }
}
