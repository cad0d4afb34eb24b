//! Every review action and its inverse, and random action sequences undone to the start.

use super::query::{leaves_listing_unchanged, list_claims, Filter, Sort};
use super::*;
use crate::model::{Claim, ClaimKind, Document, Origin, Project, Speaker, SpeakerKind, Status};
use crate::text::Span;

/// Two documents, two speakers, four claims — built by hand so the tests do not depend on
/// what the extractor finds.
fn project() -> Project {
    let a = "“We will win this,” Smith said. Jones said the plan would fail.\n";
    let b = "Jones warned that costs would rise. “Prices are up 😀,” said Smith.\n";
    let mut p = Project { tags: crate::model::default_tags(), ..Project::default() };
    for (i, (name, text)) in [("a.txt", a), ("b.txt", b)].into_iter().enumerate() {
        p.documents.push(Document {
            id: format!("d{}", i + 1),
            name: name.into(),
            sha256: crate::pipeline::hex_sha256(text),
            text: text.into(),
            meta: Default::default(),
            boilerplate: vec![],
            duplicate_of: None,
        });
    }
    p.speakers = ["Smith", "Jones"]
        .iter()
        .enumerate()
        .map(|(i, n)| Speaker {
            id: format!("s{}", i + 1),
            name: n.to_string(),
            kind: SpeakerKind::Person,
            aliases: vec![n.to_string()],
            descriptions: vec![],
        })
        .collect();
    let mut claim = |doc: usize, content: &str, cue: &str, source: &str, speaker: &str| {
        let text = &p.documents[doc].text;
        let span = |needle: &str| {
            let at = text.find(needle).unwrap();
            Span::within(text, at, at + needle.len()).unwrap()
        };
        let claim = Claim {
            id: format!("c{}", p.claims.len() + 1),
            document: p.documents[doc].id.clone(),
            kind: ClaimKind::Direct,
            content: span(content),
            content_parts: vec![],
            cue: Some(span(cue)),
            source_mention: Some(span(source)),
            speaker: Some(speaker.to_string()),
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: 0.5,
            found_by: None,
            tags: vec![],
            note: String::new(),
            cluster: None,
        };
        p.claims.push(claim);
    };
    claim(0, "We will win this", "said", "Smith", "s1");
    claim(0, "the plan would fail", "said the", "Jones", "s2");
    claim(1, "costs would rise", "warned", "Jones", "s2");
    claim(1, "Prices are up 😀", "said", "Smith", "s1");
    p
}

fn first_claim(p: &Project) -> String {
    p.claims[0].id.clone()
}

/// One of each action that applies to `p`.
fn one_of_each(p: &Project) -> Vec<Action> {
    let claim = first_claim(p);
    let s1 = p.speakers[0].id.clone();
    let doc = p.documents[0].id.clone();
    let text = &p.documents[0].text;
    let mut actions = vec![
        Action::SetStatus { claim: claim.clone(), status: Status::Accepted },
        Action::SetClusterStatus { claim: claim.clone(), status: Status::Rejected },
        Action::SetSpeaker { claim: claim.clone(), speaker: None },
        Action::CreateSpeaker {
            name: "New Person".into(),
            kind: SpeakerKind::Person,
            claim: Some(claim.clone()),
        },
        Action::RenameSpeaker { speaker: s1.clone(), name: "Renamed".into() },
        Action::SetSpeakerKind { speaker: s1.clone(), kind: SpeakerKind::Group },
        Action::SetAliases { speaker: s1.clone(), aliases: vec!["A".into()] },
        Action::ToggleTag { claim: claim.clone(), tag: "verified".into() },
        Action::SetNote { claim: claim.clone(), note: "check the transcript".into() },
        Action::SetKind { claim: claim.clone(), kind: ClaimKind::Mixed },
        Action::SetSpan { claim: claim.clone(), field: SpanField::Cue, span: None },
        Action::SetSpan {
            claim: claim.clone(),
            field: SpanField::Content,
            span: Span::within(text, 0, 5),
        },
        Action::AddClaim {
            document: doc.clone(),
            content: Span::within(text, 0, 10).unwrap(),
            speaker: Some(s1.clone()),
        },
        Action::AddTag { label: "Satire".into(), color: "#123456".into(), key: Some("9".into()) },
        Action::RenameTag { tag: "false".into(), label: "Wrong".into() },
        Action::RecolorTag { tag: "false".into(), color: "#000000".into() },
        Action::SetTagKey { tag: "false".into(), key: Some("0".into()) },
        Action::DeleteTag { tag: "needs-check".into() },
        Action::SetMeta {
            document: doc,
            meta: crate::text::meta::Meta { title: Some("T".into()), ..Default::default() },
        },
    ];
    let s1_claims: Vec<String> =
        p.claims.iter().filter(|c| c.speaker.as_ref() == Some(&s1)).map(|c| c.id.clone()).collect();
    if !s1_claims.is_empty() {
        let aliases = p.speakers[0].aliases.iter().take(1).cloned().collect();
        let name = "Someone else".to_string();
        actions.push(Action::SplitSpeaker {
            speaker: s1.clone(),
            claims: s1_claims,
            aliases,
            name,
        });
    }
    if p.speakers.len() > 1 {
        actions.push(Action::MergeSpeakers { keep: s1, absorb: p.speakers[1].id.clone() });
    }
    actions
}

#[test]
fn every_action_is_undone_exactly_and_redone_exactly() {
    let original = project();
    assert!(original.speakers.len() > 1 && !original.claims.is_empty());
    for action in one_of_each(&original) {
        let mut p = original.clone();
        let mut history = History::default();
        history.perform(&mut p, action.clone()).unwrap_or_else(|e| panic!("{action:?}: {e}"));
        assert_ne!(p, original, "{action:?} changed nothing");
        let after = p.clone();
        assert!(history.undo(&mut p));
        assert_eq!(p, original, "undo of {action:?}");
        assert!(history.redo(&mut p));
        assert_eq!(p, after, "redo of {action:?}");
    }
}

#[test]
fn invalid_actions_change_nothing_and_say_why() {
    let original = project();
    let mut p = original.clone();
    let claim = first_claim(&p);
    let cases = [
        (Action::SetStatus { claim: "c999".into(), status: Status::Rejected }, "no claim c999"),
        (Action::ToggleTag { claim: claim.clone(), tag: "nope".into() }, "no tag nope"),
        (Action::DeleteClaim { claim: claim.clone() }, "reject it instead"),
        (Action::SetTagKey { tag: "false".into(), key: Some("j".into()) }, "review shortcut"),
        (Action::SetTagKey { tag: "false".into(), key: Some("1".into()) }, "already toggles"),
        (Action::SetSpan { claim, field: SpanField::Content, span: None }, "cannot be removed"),
        (Action::MergeSpeakers { keep: "s1".into(), absorb: "s1".into() }, "into itself"),
        (
            Action::SplitSpeaker {
                speaker: "s1".into(),
                claims: vec![],
                aliases: vec![],
                name: "X".into(),
            },
            "choose the claims",
        ),
    ];
    for (action, why) in cases {
        let err = apply(&mut p, &action).unwrap_err();
        assert!(err.0.contains(why), "{action:?}: {err}");
        assert_eq!(p, original);
    }
}

#[test]
fn merging_speakers_moves_every_claim_and_keeps_the_names_as_aliases() {
    let mut p = project();
    let (keep, absorb) = (p.speakers[0].clone(), p.speakers[1].clone());
    let moved = p.claims.iter().filter(|c| c.speaker.as_deref() == Some(&absorb.id)).count();
    assert!(moved > 0);
    apply(&mut p, &Action::MergeSpeakers { keep: keep.id.clone(), absorb: absorb.id.clone() })
        .unwrap();
    assert!(p.speaker(&absorb.id).is_none());
    assert!(p.claims.iter().all(|c| c.speaker.as_deref() != Some(&absorb.id)));
    assert!(p.speaker(&keep.id).unwrap().aliases.contains(&absorb.name));
}

#[test]
fn random_action_sequences_undo_back_to_the_start() {
    let original = project();
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..200 {
        let mut p = original.clone();
        let mut history = History::default();
        let mut performed = 0;
        for _ in 0..(next() % 12) {
            let candidates = one_of_each(&p);
            let mut action = candidates[(next() % candidates.len() as u64) as usize].clone();
            if let Action::DeleteTag { .. } = action {
                action = Action::DeleteTag {
                    tag: p.tags[(next() % p.tags.len() as u64) as usize].id.clone(),
                };
            }
            if history.perform(&mut p, action).is_ok() {
                performed += 1;
            }
        }
        for _ in 0..performed {
            assert!(history.undo(&mut p));
        }
        assert!(!history.undo(&mut p));
        assert_eq!(p, original);
    }
}

#[test]
fn manual_claims_are_accepted_with_confidence_one_and_can_be_deleted() {
    let mut p = project();
    let doc = p.documents[1].id.clone();
    let content = Span::within(&p.documents[1].text, 0, 5).unwrap();
    apply(&mut p, &Action::AddClaim { document: doc.clone(), content, speaker: None }).unwrap();
    let manual = p.claims.iter().find(|c| c.origin == Origin::Manual).unwrap().clone();
    assert_eq!((manual.status, manual.confidence), (Status::Accepted, 1.0));
    apply(&mut p, &Action::DeleteClaim { claim: manual.id }).unwrap();
    assert!(p.claims.iter().all(|c| c.origin == Origin::Extracted));
}

#[test]
fn the_list_filters_by_every_field_and_searches_words() {
    let mut p = project();
    let all = list_claims(&p, &Filter::default(), Sort::DocumentOrder);
    assert_eq!(all.len(), p.claims.len());
    let claim = first_claim(&p);
    apply(&mut p, &Action::ToggleTag { claim: claim.clone(), tag: "opinion".into() }).unwrap();
    let tagged = list_claims(
        &p,
        &Filter { tag: Some("opinion".into()), ..Filter::default() },
        Sort::Confidence,
    );
    assert_eq!(tagged.len(), 1);
    assert_eq!(p.claims[tagged[0]].id, claim);
    let doc = Filter { document: Some(p.documents[1].id.clone()), ..Filter::default() };
    assert!(list_claims(&p, &doc, Sort::Speaker)
        .iter()
        .all(|&i| p.claims[i].document == p.documents[1].id));
    let search = Filter { text: "WIN this".into(), ..Filter::default() };
    let found = list_claims(&p, &search, Sort::DocumentOrder);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_action_said_to_leave_the_listing_unchanged_does_in_every_filter_and_sort() {
    let base = project();
    let claim = first_claim(&base);
    let filters = [
        Filter::default(),
        Filter { tag: Some("verified".into()), ..Filter::default() },
        Filter { status: Some(Status::Accepted), ..Filter::default() },
        Filter { kind: Some(ClaimKind::Mixed), ..Filter::default() },
        Filter { text: "transcript".into(), ..Filter::default() },
        Filter { speaker: Some(base.speakers[0].id.clone()), ..Filter::default() },
    ];
    let mut actions = one_of_each(&base);
    actions.push(Action::ToggleTag { claim: claim.clone(), tag: "verified".into() });
    let mut skipped = 0;
    for action in &actions {
        for filter in &filters {
            if !leaves_listing_unchanged(action, filter) {
                continue;
            }
            skipped += 1;
            for sort in [Sort::DocumentOrder, Sort::Confidence, Sort::Speaker] {
                let mut p = base.clone();
                let before = list_claims(&p, filter, sort);
                apply(&mut p, action).unwrap();
                assert_eq!(list_claims(&p, filter, sort), before, "{action:?} with {filter:?}");
            }
        }
    }
    assert!(skipped >= 8, "the shortcut applies to the common edits ({skipped})");
    let tag = Action::ToggleTag { claim: claim.clone(), tag: "verified".into() };
    assert!(!leaves_listing_unchanged(&tag, &filters[1]), "a tag filter reads tags");
    let note = Action::SetNote { claim, note: "transcript".into() };
    assert!(!leaves_listing_unchanged(&note, &filters[4]), "a search reads notes");
}

/// The project with c1 (document a) and c4 (document b) reported as one claim across outlets.
fn clustered() -> Project {
    let mut p = project();
    for i in [0, 3] {
        p.claims[i].cluster = Some("k1".into());
    }
    p.clusters = vec![crate::model::Cluster {
        id: "k1".into(),
        claims: vec!["c1".into(), "c4".into()],
        variant_wording: true,
    }];
    p
}

#[test]
fn accepting_every_version_decides_the_whole_cluster_in_one_undoable_edit() {
    let original = clustered();
    let mut p = original.clone();
    let mut history = History::default();
    let all = Action::SetClusterStatus { claim: "c4".into(), status: Status::Accepted };
    history.perform(&mut p, all).unwrap();
    let status = |p: &Project| p.claims.iter().map(|c| c.status).collect::<Vec<_>>();
    use Status::{Accepted as A, Suggested as S};
    assert_eq!(status(&p), [A, S, S, A], "both versions, nothing else");
    assert!(history.undo(&mut p));
    assert_eq!(p, original, "one undo takes back every version");
    assert!(!history.can_undo());
}

#[test]
fn deciding_every_version_of_an_unclustered_claim_decides_it_alone() {
    let mut p = clustered();
    let all = Action::SetClusterStatus { claim: "c2".into(), status: Status::Rejected };
    let changes = apply(&mut p, &all).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(p.claims[1].status, Status::Rejected);
    assert!(p.claims.iter().filter(|c| c.status == Status::Rejected).count() == 1);
    let missing = Action::SetClusterStatus { claim: "c99".into(), status: Status::Rejected };
    assert!(apply(&mut p, &missing).unwrap_err().0.contains("no claim c99"));
}

#[test]
fn the_history_names_the_last_decisions_and_what_undo_took_back() {
    let mut p = project();
    let mut history = History::default();
    for claim in ["c1", "c2", "c3"] {
        let action = Action::SetStatus { claim: claim.into(), status: Status::Accepted };
        history.perform(&mut p, action).unwrap();
    }
    let recent: Vec<_> = history.recent(2).map(|a| describe::describe(a, &p)).collect();
    assert_eq!(recent, ["accept claim c3", "accept claim c2"]);
    assert!(history.undo(&mut p));
    let undone = history.last_undone().unwrap();
    assert_eq!(describe::claim_of(undone), Some("c3"));
    assert_eq!(describe::claim_of(history.last_done().unwrap()), Some("c2"));
}

#[test]
fn splitting_a_speaker_takes_the_chosen_claims_and_aliases_and_undoes_as_one_step() {
    let original = project();
    let s1 = original.speakers[0].clone();
    let mine: Vec<String> = original
        .claims
        .iter()
        .filter(|c| c.speaker.as_deref() == Some(&s1.id))
        .map(|c| c.id.clone())
        .collect();
    assert!(!mine.is_empty());
    let taken = vec![mine[0].clone()];
    let mut p = original.clone();
    let mut history = History::default();
    let alias = s1.aliases.first().cloned().into_iter().collect::<Vec<_>>();
    let action = Action::SplitSpeaker {
        speaker: s1.id.clone(),
        claims: taken.clone(),
        aliases: alias.clone(),
        name: "Bill Clinton".into(),
    };
    history.perform(&mut p, action).unwrap();
    let new = p.speakers.last().unwrap().clone();
    assert_eq!(new.name, "Bill Clinton");
    assert_eq!(new.kind, s1.kind);
    assert_eq!(p.claim(&taken[0]).unwrap().speaker.as_deref(), Some(new.id.as_str()));
    for other in &mine[1..] {
        assert_eq!(p.claim(other).unwrap().speaker.as_deref(), Some(s1.id.as_str()));
    }
    for a in &alias {
        assert!(new.aliases.contains(a) && !p.speaker(&s1.id).unwrap().aliases.contains(a));
    }
    assert!(history.undo(&mut p));
    assert_eq!(p, original);
    let someone_elses = original.claims.iter().find(|c| c.speaker.as_deref() != Some(&s1.id));
    if let Some(claim) = someone_elses {
        let wrong = Action::SplitSpeaker {
            speaker: s1.id.clone(),
            claims: vec![claim.id.clone()],
            aliases: vec![],
            name: "X".into(),
        };
        assert!(apply(&mut p, &wrong).unwrap_err().0.contains("is not"));
        assert_eq!(p, original);
    }
}
