//! Autosave pieces over the seed story: exact round trips after random review actions, only
//! changed pieces rewritten, claim order kept, interrupted saves, and corrupt pieces refused.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::fixtures::seed_project;
use crate::format::export_json;
use crate::model::{ClaimKind, Origin, SpeakerKind, Status};
use crate::review::{apply, Action, SpanField};
use crate::text::meta::Meta;
use crate::text::Span;

const PROJECT: &str = "project";

/// The browser's object store, as a map from key to JSON.
#[derive(Default)]
struct Db {
    records: HashMap<String, String>,
    saves: u32,
}

impl Db {
    /// One whole save as the page makes it: changed document pieces under new keys, the
    /// project piece last, then the pieces it no longer lists deleted. Returns the keys written.
    fn save(
        &mut self,
        written: &mut Written,
        project: &Project,
        selection: &Selection,
    ) -> Vec<String> {
        let Some(mut plan) = self.plan(written, project, selection) else { return Vec::new() };
        let mut keys = self.write_document_pieces(&mut plan);
        self.records.insert(PROJECT.into(), plan.project_piece());
        keys.push(PROJECT.into());
        let listed: HashSet<String> = plan.keys().map(str::to_string).collect();
        self.records.retain(|key, _| key == PROJECT || listed.contains(key));
        written.record(plan);
        keys
    }

    fn plan(
        &mut self,
        written: &Written,
        project: &Project,
        selection: &Selection,
    ) -> Option<SavePlan> {
        self.saves += 1;
        written.plan(project, selection, &format!("piece:test:{}:", self.saves))
    }

    fn write_document_pieces(&mut self, plan: &mut SavePlan) -> Vec<String> {
        let mut keys = Vec::new();
        while let Some((key, json)) = plan.next_document_piece() {
            keys.push(key.clone());
            self.records.insert(key, json);
        }
        keys
    }

    fn restore(&self) -> Result<(Restored, Written), ImportError> {
        StoredProject::parse(&self.records[PROJECT])?.restore(&self.records)
    }
}

/// A xorshift generator, so the "random" actions are the same on every run.
fn generator(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

fn pick<'a, T>(items: &'a [T], next: &mut impl FnMut() -> u64) -> Option<&'a T> {
    if items.is_empty() {
        return None;
    }
    items.get((next() % items.len() as u64) as usize)
}

/// A random review action on `p` (it may not apply; the caller ignores refusals).
fn random_action(p: &Project, next: &mut impl FnMut() -> u64) -> Action {
    let claim = pick(&p.claims, next).map(|c| c.id.clone()).unwrap_or_default();
    let speaker = pick(&p.speakers, next).map(|s| s.id.clone());
    let document = pick(&p.documents, next).unwrap();
    match next() % 12 {
        0 => Action::SetStatus {
            claim,
            status: *pick(&[Status::Accepted, Status::Rejected, Status::Suggested], next).unwrap(),
        },
        1 => Action::ToggleTag {
            claim,
            tag: pick(&p.tags, next).map(|t| t.id.clone()).unwrap_or_default(),
        },
        2 => Action::SetNote { claim, note: format!("checked {} 😀", next() % 100) },
        3 => Action::SetSpeaker { claim, speaker },
        4 => Action::CreateSpeaker {
            name: format!("Reviewer {}", next() % 1000),
            kind: SpeakerKind::Person,
            claim: Some(claim),
        },
        5 | 6 => {
            let text = &document.text;
            let start = (next() as usize % text.len().saturating_sub(40).max(1)).min(text.len());
            let span = (start..text.len().min(start + 40))
                .find_map(|s| Span::within(text, s, text.len().min(s + 30)))
                .map(|s| s.trim(text, &[]));
            match span {
                Some(content) if !content.is_empty() => {
                    Action::AddClaim { document: document.id.clone(), content, speaker }
                }
                _ => Action::SetKind { claim, kind: ClaimKind::Indirect },
            }
        }
        7 => {
            let manual: Vec<&Claim> =
                p.claims.iter().filter(|c| c.origin == Origin::Manual).collect();
            Action::DeleteClaim { claim: pick(&manual, next).map_or(claim, |c| c.id.clone()) }
        }
        8 => Action::MergeSpeakers {
            keep: speaker.unwrap_or_default(),
            absorb: pick(&p.speakers, next).map(|s| s.id.clone()).unwrap_or_default(),
        },
        9 => Action::SetMeta {
            document: document.id.clone(),
            meta: Meta {
                title: Some(format!("Headline {}", next() % 50)),
                ..document.meta.clone()
            },
        },
        10 => match next() % 2 {
            0 => Action::DeleteTag {
                tag: pick(&p.tags, next).map(|t| t.id.clone()).unwrap_or_default(),
            },
            _ => Action::AddTag {
                label: format!("Tag {}", next() % 100),
                color: "#123456".into(),
                key: None,
            },
        },
        _ => Action::SetSpan { claim, field: SpanField::Cue, span: None },
    }
}

fn random_selection(p: &Project, next: &mut impl FnMut() -> u64) -> Selection {
    Selection {
        document: pick(&p.documents, next).map(|d| d.id.clone()),
        claim: pick(&p.claims, next).map(|c| c.id.clone()),
        hide_below: (next() % 3 == 0).then(|| (next() % 99 + 1) as u8),
    }
}

fn document_of(p: &Project, claim: &str) -> String {
    p.claim(claim).unwrap().document.clone()
}

#[test]
fn random_review_then_save_then_restore_gives_the_exact_project() {
    let mut project = seed_project();
    let mut next = generator(0x9E37_79B9_7F4A_7C15);
    let (mut db, mut written) = (Db::default(), Written::default());
    let mut applied = 0;
    for _ in 0..60 {
        for _ in 0..(next() % 6) {
            let action = random_action(&project, &mut next);
            applied += usize::from(apply(&mut project, &action).is_ok());
        }
        let selection = random_selection(&project, &mut next);
        db.save(&mut written, &project, &selection);
        let (restored, restored_written) = db.restore().unwrap();
        assert_eq!(restored.project, project);
        assert_eq!(restored.selection, selection);
        assert!(
            restored_written.plan(&project, &selection, "piece:other:").is_none(),
            "a restored project needs no save"
        );
        let listed: HashSet<&str> = written.keys().collect();
        assert_eq!(db.records.len(), listed.len() + 1, "only listed pieces are kept");
    }
    assert!(applied > 100, "only {applied} actions applied");
    assert!(project.claims.iter().any(|c| c.origin == Origin::Manual));
}

#[test]
fn one_edit_rewrites_its_document_piece_and_the_project_piece_only() {
    let mut project = seed_project();
    let (mut db, mut written) = (Db::default(), Written::default());
    let selection = Selection::default();
    assert_eq!(db.save(&mut written, &project, &selection).len(), 6, "5 documents + project");
    assert!(written.plan(&project, &selection, "piece:x:").is_none(), "nothing changed");

    let claim = project.claims[project.claims.len() / 2].id.clone();
    let document = document_of(&project, &claim);
    apply(&mut project, &Action::ToggleTag { claim: claim.clone(), tag: "verified".into() })
        .unwrap();
    let keys = db.save(&mut written, &project, &selection);
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(keys[0].ends_with(&format!(":{document}")), "{keys:?}");

    let selection = Selection { document: Some(document), claim: Some(claim), hide_below: None };
    assert_eq!(db.save(&mut written, &project, &selection), vec![PROJECT.to_string()]);
    let speaker = project.speakers[0].id.clone();
    apply(&mut project, &Action::RenameSpeaker { speaker, name: "Someone Else".into() }).unwrap();
    assert_eq!(db.save(&mut written, &project, &selection), vec![PROJECT.to_string()]);
    assert_eq!(db.restore().unwrap().0.project, project);
}

#[test]
fn manual_claims_appended_to_several_documents_keep_the_claim_order() {
    let mut project = seed_project();
    // Review inserts a manual claim among its document's claims; an imported file may have
    // them anywhere, e.g. appended at the end in the order they were made.
    let append = |p: &mut Project, doc: usize| {
        let d = &p.documents[doc];
        let content = Span::within(&d.text, 0, d.text.find('\n').unwrap()).unwrap();
        let id = crate::model::next_id("c", p.claims.iter().map(|c| c.id.as_str()));
        let claim = Claim {
            id,
            document: d.id.clone(),
            origin: Origin::Manual,
            status: Status::Accepted,
            confidence: 1.0,
            content,
            found_by: None,
            cue: None,
            source_mention: None,
            content_parts: vec![],
            speaker: None,
            kind: ClaimKind::Assertion,
            tags: vec![],
            note: String::new(),
            cluster: None,
        };
        p.claims.push(claim);
    };
    append(&mut project, 0);
    append(&mut project, 3);
    append(&mut project, 0);
    let last: Vec<&str> =
        project.claims.iter().rev().take(3).map(|c| c.document.as_str()).collect();
    assert_eq!(last, ["d1", "d4", "d1"]);
    let d2 = project.documents[1].clone();
    let content = Span::within(&d2.text, 0, d2.text.find('\n').unwrap()).unwrap();
    apply(&mut project, &Action::AddClaim { document: d2.id, content, speaker: None }).unwrap();
    assert!(claim_runs(&project.claims).len() > project.documents.len() + 2);

    let (mut db, mut written) = (Db::default(), Written::default());
    db.save(&mut written, &project, &Selection::default());
    let restored = db.restore().unwrap().0.project;
    let ids = |p: &Project| p.claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&restored), ids(&project));
    assert_eq!(restored, project);
}

#[test]
fn a_save_interrupted_before_the_project_piece_restores_the_previous_project() {
    let mut project = seed_project();
    let (mut db, mut written) = (Db::default(), Written::default());
    let selection = Selection::default();
    db.save(&mut written, &project, &selection);
    let before = project.clone();
    for claim in project.claims.iter_mut() {
        claim.note = "changed everywhere".into();
    }
    let mut plan = db.plan(&written, &project, &selection).unwrap();
    assert_eq!(plan.document_pieces(), 5);
    db.write_document_pieces(&mut plan); // the tab is closed here
    assert_eq!(db.restore().unwrap().0.project, before);

    assert_eq!(db.save(&mut written, &project, &selection).len(), 6, "the next save writes it all");
    assert_eq!(db.restore().unwrap().0.project, project);
    assert_eq!(db.records.len(), 6, "the orphans of the interrupted save are gone");
}

#[test]
fn forgetting_what_is_stored_writes_every_piece_again() {
    let project = seed_project();
    let (mut db, mut written) = (Db::default(), Written::default());
    db.save(&mut written, &project, &Selection::default());
    written.forget();
    assert_eq!(db.save(&mut written, &project, &Selection::default()).len(), 6);
    assert_eq!(db.records.len(), 6);
}

#[test]
fn corrupt_or_missing_pieces_are_refused_with_the_reason() {
    let project = seed_project();
    let (mut db, mut written) = (Db::default(), Written::default());
    db.save(&mut written, &project, &Selection::default());
    let key_of = |db: &Db, doc: &str| {
        db.records.keys().find(|k| k.ends_with(&format!(":{doc}"))).unwrap().clone()
    };
    let refused = |edit: &dyn Fn(&mut Db)| {
        let mut broken = Db { records: db.records.clone(), saves: 0 };
        edit(&mut broken);
        broken.restore().unwrap_err().message
    };

    let d2 = key_of(&db, "d2");
    let message = refused(&|b| {
        let piece = b.records.get_mut(&d2).unwrap();
        let at = piece.find("\"claims\"").unwrap();
        let start = at + piece[at..].find("\"start\":").unwrap() + "\"start\":".len();
        piece.insert_str(start, "9999");
    });
    assert!(message.contains("outside the text"), "{message}");

    let message = refused(&|b| {
        b.records.remove(&d2);
    });
    assert!(message.contains("piece of document d2 is missing"), "{message}");

    let d3 = key_of(&db, "d3");
    let message = refused(&|b| {
        let other = b.records[&d3].clone();
        b.records.insert(d2.clone(), other);
    });
    assert!(message.contains("holds document d3"), "{message}");

    let message = refused(&|b| {
        let piece = b.records.get_mut(&d2).unwrap();
        *piece = piece.replacen("\"speaker\":\"s", "\"speaker\":\"nobody", 1);
    });
    assert!(message.contains("unknown speaker nobody"), "{message}");

    let message = refused(&|b| {
        let piece = b.records.get_mut(PROJECT).unwrap();
        *piece = piece.replacen("[\"d1\",", "[\"d1\",1", 1);
    });
    assert!(message.contains("claim order"), "{message}");

    let message = refused(&|b| {
        b.records.insert(PROJECT.into(), "{\"format\":\"claimlens-autosave/9\"}".into());
    });
    assert!(message.contains("claimlens-autosave/9"), "{message}");

    let message = refused(&|b| {
        b.records.insert(PROJECT.into(), "not json".into());
    });
    assert!(message.contains("not readable"), "{message}");
}

#[test]
fn the_single_record_of_earlier_versions_is_read() {
    let project = seed_project();
    let record = serde_json::json!({
        "project": export_json(&project, None),
        "selected_document": "d2",
        "selected_claim": null,
    })
    .to_string();
    let restored = restore_single_record(&record).unwrap();
    assert_eq!(restored.project, project);
    assert_eq!(
        restored.selection,
        Selection { document: Some("d2".into()), claim: None, hide_below: None }
    );
    let message = restore_single_record("{\"project\": \"{}\"}").unwrap_err().message;
    assert!(message.contains("format"), "{message}");
}

#[test]
fn a_restore_a_piece_at_a_time_reads_each_piece_once_and_cannot_finish_early() {
    let project = seed_project();
    let (mut db, mut written) = (Db::default(), Written::default());
    db.save(&mut written, &project, &Selection::default());
    let stored = || StoredProject::parse(&db.records[PROJECT]).unwrap();

    let mut restoring = stored().restoring(&db.records).unwrap();
    let mut reads = 1;
    while restoring.read_next_piece(&db.records).unwrap() {
        reads += 1;
    }
    assert_eq!(reads, project.documents.len(), "one call per document piece");
    assert_eq!(restoring.finish().unwrap().0.project, project);

    let mut early = stored().restoring(&db.records).unwrap();
    assert!(early.read_next_piece(&db.records).unwrap());
    let error = early.finish().map(|_| ()).unwrap_err();
    assert!(error.message.contains("were not read"), "{}", error.message);
}

#[test]
fn a_project_record_of_another_format_or_shape_is_refused_with_the_reason() {
    let other = r#"{"format": "claimlens-autosave/9", "project": {"tags": []}}"#;
    let message = StoredProject::parse(other).err().expect("refused").message;
    assert!(message.contains("in format \"claimlens-autosave/9\""), "{message}");
    let shape = format!(r#"{{"format": "{PIECES_FORMAT}", "project": {{"tags": 7}}}}"#);
    let message = StoredProject::parse(&shape).err().expect("refused").message;
    assert!(message.contains("the saved project record is not valid"), "{message}");
    let message = StoredProject::parse("{").err().expect("refused").message;
    assert!(message.contains("not readable"), "{message}");
    let written = Head::default();
    let record = serde_json::to_string(&ProjectPiece {
        format: PIECES_FORMAT.to_string(),
        project: &written,
    })
    .unwrap();
    assert_eq!(StoredProject::parse(&record).expect("read").head, written);
}
