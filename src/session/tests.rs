//! The page's runs, natively: the session driven message by message as the browser would, with
//! a stand-in for the worker (`Worker`) that prepares and links as the real one does. The
//! texts are made up.

use std::collections::BTreeMap;

use super::confirming::claims;
use super::effect::Effect;
use super::msg::{Msg, Reading};
use super::saving::Status as SaveStatus;
use super::Session;
use crate::format::export_json_line;
use crate::model::{Project, Status};
use crate::pipeline::{analyze, prepare, InputFile, Prepared};
use crate::review::Action;

const ARTICLES: [(&str, &str); 3] = [
    ("bridge.txt", "Riverton Daily\n\n\"The new bridge will open in May,\" said Jane Okafor, the city's transport chief. \"It carries four lanes and a cycle path,\" she said.\n\nMayor Tom Brandt said the project came in under budget. \"We saved two million,\" Brandt told reporters on Monday.\n"),
    ("budget.txt", "Valley Herald\n\nMayor Tom Brandt said the bridge cost less than planned. \"We saved two million dollars,\" Brandt said on Monday.\n\nCouncillor Ana Ruiz said the savings were an accounting trick. \"The maintenance costs were moved to next year,\" Ruiz said.\n"),
    ("school.txt", "Coast Times\n\n\"Classes will start a week late,\" said Priya Nair, the head of the school board. Parents said they were not told in time.\n\n\"We heard about it from the radio,\" said Lee Chen, a father of two.\n"),
];

fn files(range: std::ops::Range<usize>) -> Vec<InputFile> {
    ARTICLES[range]
        .iter()
        .map(|(name, text)| InputFile { name: name.to_string(), bytes: text.as_bytes().to_vec() })
        .collect()
}

/// The worker: prepares what it is sent and keeps it, links a run on its copy of the project
/// (replaced by the page's when sent along), or dies.
#[derive(Default)]
struct Worker {
    copy: Project,
    kept: BTreeMap<u32, Prepared>,
    /// Files sent and not answered yet.
    queued: Vec<(u32, InputFile)>,
    /// Link requests not answered yet.
    links: Vec<(u32, Vec<u32>, Option<String>)>,
}

/// Applies a `Msg::Linked` and, as the page does when asked to paint in the next task, the
/// `Msg::Paint` after it (which lists the claims).
fn linked(session: &mut Session, msg: Msg) -> Vec<Effect> {
    let mut effects = session.update(msg, 0.0);
    if let Some(at) = effects.iter().position(|e| matches!(e, Effect::PaintNextTask)) {
        effects.remove(at);
        effects.extend(session.update(Msg::Paint, 0.0));
    }
    effects
}

/// A session past its start: the writer, nothing stored.
fn writing() -> Session {
    let mut session = Session::new();
    session.update(Msg::BecameWriter, 0.0);
    session.update(Msg::Restored(Ok(Reading::Nothing)), 0.0);
    assert_eq!(session.save_status(), SaveStatus::Saved);
    session
}

impl Worker {
    /// Takes what the session asks of the worker; returns every other effect.
    fn take(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::Analyse { first, files } => {
                    let numbered = files.into_iter().enumerate();
                    self.queued.extend(numbered.map(|(i, f)| (first + i as u32, f)));
                }
                Effect::Link { run, indices, project } => self.links.push((run, indices, project)),
                effect => rest.push(effect),
            }
        }
        rest
    }

    /// Answers the oldest file sent.
    fn answer_one(&mut self, session: &mut Session) -> Vec<Effect> {
        let (index, file) = self.queued.remove(0);
        let result = prepare(&file).map_err(|e| e.to_string());
        if let Ok(prepared) = &result {
            self.kept.insert(index, prepared.clone());
        }
        let effects = session.update(Msg::Prepared { index, result }, 0.0);
        self.take(effects)
    }

    /// Answers every file, then every link request, until the session asks for nothing more.
    fn finish(&mut self, session: &mut Session) -> Vec<Effect> {
        let mut rest = Vec::new();
        while !self.queued.is_empty() || !self.links.is_empty() {
            while !self.queued.is_empty() {
                rest.extend(self.answer_one(session));
            }
            if !self.links.is_empty() {
                rest.extend(self.link_one(session));
            }
        }
        rest
    }

    fn link_one(&mut self, session: &mut Session) -> Vec<Effect> {
        let (run, indices, project) = self.links.remove(0);
        let prepared: Option<Vec<Prepared>> = indices.iter().map(|i| self.kept.remove(i)).collect();
        let links = match prepared {
            Some(prepared) => {
                if let Some(json) = project {
                    self.copy =
                        crate::format::import_json(&json).expect("the page sends a valid project");
                }
                Ok(super::ingest::worker_links(&mut self.copy, prepared))
            }
            None => Err("the analyser was restarted and lost some files".to_string()),
        };
        let effects = linked(session, Msg::Linked { run, links });
        self.take(effects)
    }

    /// The worker crashed and was restarted, as `services::analysis` handles it: a link in
    /// flight is refused, else the oldest file unanswered is the culprit and refused; the new
    /// worker keeps nothing and gets the other files again.
    fn die(&mut self, session: &mut Session) -> Vec<Effect> {
        let (mut queued, links) =
            (std::mem::take(&mut self.queued), std::mem::take(&mut self.links));
        let mut rest = self.take(session.update(Msg::AnalyserRestarted, 0.0));
        if let Some((run, _, _)) = links.first() {
            let why = "the analyser stopped while linking".to_string();
            rest.extend(self.take(linked(session, Msg::Linked { run: *run, links: Err(why) })));
        } else if !queued.is_empty() {
            let (index, file) = queued.remove(0);
            let result = Err(format!("{}: the analyser failed on this file", file.name));
            rest.extend(self.take(session.update(Msg::Prepared { index, result }, 0.0)));
        }
        *self = Worker { queued, ..Worker::default() };
        rest
    }
}

/// The session with `files` dropped and every answer in.
fn with_files(range: std::ops::Range<usize>) -> (Session, Worker) {
    let (mut session, mut worker) = (writing(), Worker::default());
    let dropped = files(range);
    session.update(Msg::ReadingStarted(dropped.len()), 0.0);
    worker.take(session.update(Msg::FilesRead(dropped), 0.0));
    worker.finish(&mut session);
    (session, worker)
}

fn cli(range: std::ops::Range<usize>) -> String {
    export_json_line(&analyze(&files(range)).0)
}

fn selected(session: &Session) -> String {
    session.selected_claim.clone().expect("a claim is selected")
}

fn announced(effects: &[Effect]) -> Vec<&str> {
    let said = effects.iter().filter_map(|e| match e {
        Effect::Announce(text) => Some(text.as_str()),
        _ => None,
    });
    said.collect()
}

fn saves_asked(effects: &[Effect]) -> Vec<f64> {
    effects
        .iter()
        .filter_map(|e| if let Effect::SaveIn(ms) = e { Some(*ms) } else { None })
        .collect()
}

#[test]
fn a_run_of_files_equals_the_command_line_and_selects_the_first_claim() {
    let (session, _) = with_files(0..3);
    assert_eq!(export_json_line(&session.project), cli(0..3));
    assert_eq!(selected(&session), session.project.claims[session.listed[0]].id);
}

#[test]
fn a_worker_restart_mid_run_refuses_the_culprit_and_adds_the_rest_as_the_command_line() {
    let (mut session, mut worker) = (writing(), Worker::default());
    worker.take(session.update(Msg::FilesRead(files(0..3)), 0.0));
    worker.answer_one(&mut session);
    worker.die(&mut session); // on budget.txt
    let effects = worker.finish(&mut session);
    assert!(effects.iter().any(|e| matches!(e, Effect::Log(line) if line.contains("lost"))));
    let mut rest = files(0..3);
    rest.remove(1);
    assert_eq!(export_json_line(&session.project), export_json_line(&analyze(&rest).0));
    let named = session.notices.shown().iter().any(|n| n.text.starts_with("budget.txt: "));
    assert!(named, "the refused file is named");
    assert!(session.analysis.linking.is_none() && session.analysis.run_total == 0);
}

#[test]
fn a_file_answered_twice_counts_once_and_the_run_completes() {
    // A worker replaced mid-run may still deliver an answer for a file that was posted
    // again to another worker: counting both, the run would never be complete.
    let (mut session, mut worker) = (writing(), Worker::default());
    worker.take(session.update(Msg::FilesRead(files(0..3)), 0.0));
    let (index, file) = worker.queued[0].clone();
    let twice = || Msg::Prepared { index, result: prepare(&file).map_err(|e| e.to_string()) };
    worker.take(session.update(twice(), 0.0));
    let effects = worker.take(session.update(twice(), 0.0));
    assert!(effects.iter().any(|e| matches!(e, Effect::Log(line) if line.contains("twice"))));
    let never_sent = Msg::Prepared { index: 99, result: Err("?".into()) };
    worker.take(session.update(never_sent, 0.0));
    worker.kept.insert(index, prepare(&file).unwrap());
    worker.queued.remove(0);
    worker.finish(&mut session);
    assert_eq!(export_json_line(&session.project), cli(0..3));
    assert!(session.analysis.linking.is_none() && session.analysis.run_total == 0);
}

#[test]
fn a_restart_while_linking_links_on_the_page_and_sends_the_project_next_time() {
    let (mut session, mut worker) = (writing(), Worker::default());
    worker.take(session.update(Msg::FilesRead(files(0..2)), 0.0));
    while !worker.queued.is_empty() {
        worker.answer_one(&mut session);
    }
    assert_eq!(worker.links.len(), 1, "all in: the links are asked for");
    let effects = worker.die(&mut session);
    assert!(effects.iter().any(|e| matches!(e, Effect::Log(line) if line.contains("stopped"))));
    assert_eq!(export_json_line(&session.project), cli(0..2));
    worker.take(session.update(Msg::FilesRead(files(2..3)), 0.0));
    worker.answer_one(&mut session);
    assert!(worker.links[0].2.is_some(), "the restarted worker has no copy: it is sent one");
    worker.finish(&mut session);
    assert_eq!(export_json_line(&session.project), cli(0..3));
}

#[test]
fn the_worker_copy_is_trusted_until_the_project_changes() {
    let (mut session, mut worker) = with_files(0..1);
    worker.take(session.update(Msg::FilesRead(files(1..2)), 0.0));
    worker.answer_one(&mut session);
    assert!(worker.links[0].2.is_none(), "the worker's copy is the project: nothing sent");
    worker.finish(&mut session);
    session.update(Msg::SetSelectedStatus(Status::Accepted), 0.0);
    worker.take(session.update(Msg::FilesRead(files(2..3)), 0.0));
    worker.answer_one(&mut session);
    assert!(worker.links[0].2.is_some(), "an edit since: the project goes along");
    worker.finish(&mut session);
}

#[test]
fn an_edit_while_the_worker_links_is_kept_and_the_files_are_linked_here() {
    let (mut session, mut worker) = with_files(0..1);
    worker.take(session.update(Msg::FilesRead(files(1..3)), 0.0));
    while !worker.queued.is_empty() {
        worker.answer_one(&mut session);
    }
    let first = selected(&session);
    session.update(Msg::SetSelectedStatus(Status::Rejected), 0.0);
    let effects = worker.finish(&mut session);
    assert!(effects.iter().any(|e| matches!(e, Effect::Log(line) if line.contains("changed"))));
    assert_eq!(session.project.claim(&first).map(|c| c.status), Some(Status::Rejected));
    let mut expected = analyze(&files(0..1)).0;
    crate::review::apply(
        &mut expected,
        &Action::SetStatus { claim: first, status: Status::Rejected },
    )
    .expect("fits");
    crate::pipeline::add_files(&mut expected, &files(1..3));
    assert_eq!(export_json_line(&session.project), export_json_line(&expected));
}

#[test]
fn accept_ten_times_from_the_first_claim_accepts_ten() {
    let (mut session, _) = with_files(0..3);
    let total = session.project.claims.len();
    assert!(total >= 10, "the made-up articles hold {total} claims");
    for _ in 0..10 {
        session.update(Msg::SetSelectedStatus(Status::Accepted), 0.0);
    }
    let accepted = session.project.claims.iter().filter(|c| c.status == Status::Accepted);
    assert_eq!(accepted.count(), 10);
}

#[test]
fn a_decision_moves_on_and_says_so() {
    let (mut session, _) = with_files(0..3);
    let first = selected(&session);
    let effects = session.update(Msg::SetSelectedStatus(Status::Accepted), 0.0);
    let next = selected(&session);
    assert_ne!(next, first);
    let said = announced(&effects);
    assert_eq!(said.len(), 1, "one announcement per key: {said:?}");
    assert!(said[0].starts_with(&format!("Accept claim {first}")), "{said:?}");
    assert!(said[0].contains(&format!("Next: claim {next}")) && said[0].contains("1 of"));
    assert!(effects.iter().any(|e| matches!(e, Effect::ShowClaim { claim, .. } if *claim == next)));
}

#[test]
fn undo_and_redo_select_what_they_changed_and_say_it() {
    let (mut session, _) = with_files(0..3);
    let first = selected(&session);
    session.update(Msg::SetSelectedStatus(Status::Rejected), 0.0);
    session.update(Msg::StepClaim(3), 0.0);
    let effects = session.update(Msg::Undo, 0.0);
    assert_eq!(selected(&session), first);
    assert_eq!(session.project.claim(&first).map(|c| c.status), Some(Status::Suggested));
    assert_eq!(announced(&effects), [format!("Undone: reject claim {first}")]);
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::ShowClaim { claim, row: Some(_) } if *claim == first)));
    session.update(Msg::StepClaim(2), 0.0);
    let effects = session.update(Msg::Redo, 0.0);
    assert_eq!(selected(&session), first);
    assert_eq!(session.project.claim(&first).map(|c| c.status), Some(Status::Rejected));
    assert_eq!(announced(&effects), [format!("Redone: reject claim {first}")]);
    session.update(Msg::Redo, 0.0);
    session.update(Msg::Redo, 0.0);
    let nothing = session.notices.shown().iter().filter(|n| n.text == "Nothing to redo");
    assert_eq!(nothing.map(|n| n.times).collect::<Vec<_>>(), [2], "said once, counted");
}

#[test]
fn typing_right_after_another_edit_keeps_both_and_asks_one_save() {
    let (mut session, _) = with_files(0..1);
    session.update(Msg::StepClaim(1), 10_000.0); // a selection move's save is due by now
    let claim = selected(&session);
    let first = session.update(
        Msg::Review(Action::SetStatus { claim: claim.clone(), status: Status::Accepted }),
        20_000.0,
    );
    let note = Action::SetNote { claim: claim.clone(), note: "check the figure".into() };
    let second = session.update(Msg::Review(note), 20_040.0);
    assert_eq!(saves_asked(&first), [super::saving::SAVE_DELAY_MS]);
    assert!(saves_asked(&second).is_empty(), "the save asked for is not put off");
    let edited = session.project.claim(&claim).expect("kept");
    assert_eq!((edited.status, edited.note.as_str()), (Status::Accepted, "check the figure"));
    assert_eq!(session.save_status(), SaveStatus::Saving);
}

#[test]
fn an_edit_during_autosave_is_not_called_saved() {
    let (mut session, _) = with_files(0..1);
    let written = crate::format::pieces::Written::default();
    let (revision, plan) = session.plan_autosave(&written, "piece:t:1:").expect("the writer saves");
    assert!(plan.is_some(), "a new project has pieces to write");
    let claim = selected(&session);
    let effects = session.update(
        Msg::Review(Action::ToggleTag { claim, tag: session.project.tags[0].id.clone() }),
        5.0,
    );
    assert_eq!(saves_asked(&effects).len(), 1, "the edit during the save asks for the next one");
    session.update(Msg::Autosaved(Ok(revision)), 6.0);
    assert_eq!(session.save_status(), SaveStatus::Saving, "the edit is not in that save");
    let (next, _) = session.plan_autosave(&written, "piece:t:2:").expect("saves");
    session.update(Msg::Autosaved(Ok(next)), 7.0);
    assert_eq!(session.save_status(), SaveStatus::Saved);
}

#[test]
fn a_tag_toggle_moves_the_project_version_not_the_catalog_nor_the_listing() {
    let (mut session, _) = with_files(0..3);
    let (catalog, listed) = (session.versions.catalog(), session.listed.clone());
    let project = session.versions.project();
    session.update(Msg::TagKey("1".into()), 0.0);
    assert_eq!(session.versions.project(), project + 1);
    assert_eq!(session.versions.catalog(), catalog);
    assert_eq!(session.listed, listed);
    assert!(session.listing_is_current(), "kept, not computed again");
}

#[test]
fn files_dropped_while_restoring_wait_and_are_then_added() {
    let (mut session, mut worker) = (Session::new(), Worker::default());
    session.update(Msg::BecameWriter, 0.0);
    assert!(session.update(Msg::FilesRead(files(0..1)), 0.0).is_empty(), "they wait");
    let effects = session.update(Msg::Restored(Ok(Reading::Nothing)), 0.0);
    worker.take(effects);
    assert_eq!(worker.queued.len(), 1, "sent once the stored project is read");
    worker.finish(&mut session);
    assert_eq!(export_json_line(&session.project), cli(0..1));
}

#[test]
fn a_following_tab_refuses_edits_and_says_why_once() {
    let (mut session, _) = with_files(0..1);
    session.update(Msg::Follow, 0.0);
    let before = export_json_line(&session.project);
    session.update(Msg::SetSelectedStatus(Status::Accepted), 0.0);
    session.update(Msg::SetSelectedStatus(Status::Accepted), 0.0);
    assert_eq!(export_json_line(&session.project), before);
    let refusals = session.notices.shown().iter().filter(|n| n.text.contains("another tab"));
    assert_eq!(refusals.count(), 2, "the follow notice and one refusal");
}

#[test]
fn saving_messages_ask_for_their_effects() {
    let mut session = writing();
    let read = session.update(Msg::RetryRestore, 0.0);
    assert!(matches!(read[..], [Effect::ReadStored]));
    let mut session = writing();
    let handed = session.update(Msg::HandOver, 0.0);
    assert!(matches!(handed[..], [Effect::FlushAndFollow]));
    let failed = session.update(Msg::Autosaved(Err("quota".into())), 0.0);
    assert!(failed.iter().any(|e| matches!(e, Effect::SaveIn(_))));
    let refused = session.update(Msg::NewProject, 0.0);
    assert!(refused.is_empty(), "handing over: no edit, nothing forgotten");
    let fresh = writing().update(Msg::NewProject, 0.0);
    assert!(matches!(fresh[0], Effect::ForgetStored));
}

#[test]
fn an_export_asks_for_a_download_and_a_failed_one_is_shown() {
    let (mut session, _) = with_files(0..1);
    let effects = session.update(Msg::ExportAs(crate::format::ExportFormat::Csv), 0.0);
    assert!(matches!(effects[..], [Effect::Download(crate::format::ExportFormat::Csv)]));
    let file = "claimlens.csv".to_string();
    session.update(Msg::ExportFailed { file, reason: "blocked".into() }, 0.0);
    assert!(session.notices.shown().iter().any(|n| n.text.contains("blocked")));
    assert_eq!(session.exporting, None, "a failed export is over");
}

#[test]
fn one_export_is_written_at_a_time_with_its_progress() {
    use crate::format::ExportFormat::{Claimlens, W3c};
    let (mut session, _) = with_files(0..1);
    let effects = session.update(Msg::ExportAs(W3c), 0.0);
    assert!(matches!(effects[..], [Effect::Download(W3c)]));
    session.update(Msg::ExportProgress { done: 30, total: 120 }, 0.0);
    let writing = session.exporting.expect("writing");
    assert_eq!((writing.format, writing.percent()), (W3c, 25));
    let effects = session.update(Msg::Export, 0.0);
    assert!(effects.is_empty(), "no second export while one is written");
    assert!(session.notices.shown().iter().any(|n| n.text.contains("still being written (25%)")));
    session.update(Msg::ExportWritten, 0.0);
    assert_eq!(session.exporting, None);
    let effects = session.update(Msg::Export, 0.0);
    assert!(matches!(effects[..], [Effect::Download(Claimlens)]));
}

#[test]
fn hidden_suggestions_leave_the_list_and_the_floor_is_saved_and_restored() {
    let (mut session, _) = with_files(0..3);
    let all = session.listed.len();
    let floor = crate::session::confidence::HideBelow::new(99);
    let hidden = crate::session::confidence::hidden_count(&session.project.claims, floor);
    assert!(hidden > 0, "made-up claims are under 99%");
    let effects = session.update(Msg::HideBelow(floor), 10_000.0);
    assert_eq!(session.listed.len(), all - hidden);
    assert_eq!(
        announced(&effects),
        [format!("{hidden} suggestion(s) under 99% confidence hidden")]
    );
    assert_eq!(saves_asked(&effects).len(), 1, "kept with the saved project");
    let written = crate::format::pieces::Written::default();
    let (_, plan) = session.plan_autosave(&written, "piece:t:1:").expect("the writer saves");
    assert!(plan.is_some());
    // a decision on a hidden claim (chosen in the reader) shows it again
    let hidden_claim = session.project.claims.iter().find(|c| floor.unwrap().hides(c));
    let claim = hidden_claim.expect("one is hidden").id.clone();
    session.update(Msg::SelectClaim(claim.clone()), 10_000.0);
    let accept = Action::SetStatus { claim: claim.clone(), status: Status::Accepted };
    session.update(Msg::Review(accept), 10_000.0);
    assert!(session.listed.iter().any(|&i| session.project.claims[i].id == claim));
    session.update(Msg::HideBelow(None), 10_000.0);
    assert_eq!(session.listed.len(), all);
}

#[test]
fn a_restored_project_brings_its_floor_back() {
    let (session, _) = with_files(0..1);
    let selection = crate::format::pieces::Selection { hide_below: Some(60), ..Default::default() };
    let restored = crate::format::pieces::Restored { project: session.project.clone(), selection };
    let mut fresh = Session::new();
    fresh.update(Msg::BecameWriter, 0.0);
    fresh.update(Msg::Restored(Ok(Reading::Pieces(restored))), 0.0);
    assert_eq!(fresh.hide_below.map(|f| f.percent()), Some(60));
    let shown = fresh.listed.iter().map(|&i| &fresh.project.claims[i]);
    assert!(shown.clone().all(|c| c.confidence >= 0.6), "restored hidden");
}

#[test]
fn a_merge_asks_first_then_moves_the_claims_and_says_how_many() {
    let (mut session, _) = with_files(0..3);
    let id_of = |s: &Session, name: &str| {
        s.project.speakers.iter().find(|p| p.name == name).map(|p| p.id.clone()).unwrap()
    };
    let ruiz = id_of(&session, "Ana Ruiz");
    let of = |s: &Session, id: &str| {
        s.project.claims.iter().filter(|c| c.speaker.as_deref() == Some(id)).count()
    };
    let (moving, before) = (of(&session, &ruiz), session.project.clone());
    assert!(moving > 0);
    let merge = || Msg::MergeIntoSpeakerNamed { absorb: ruiz.clone(), name: "tom brandt".into() };
    let effects = session.update(merge(), 0.0);
    assert_eq!(session.project, before, "nothing changes before the yes");
    let question = &session.proposal.as_ref().expect("a question").question;
    assert_eq!(*question, format!("Merge Ana Ruiz into Tom Brandt? {} move.", claims(moving)));
    assert_eq!(announced(&effects), std::slice::from_ref(question));
    let effects = session.update(Msg::CancelProposal, 0.0);
    assert_eq!((session.proposal.is_none(), &session.project), (true, &before));
    assert_eq!(announced(&effects), ["Not done: merge Ana Ruiz into Tom Brandt"]);
    session.update(merge(), 0.0);
    session.update(Msg::ConfirmProposal, 0.0);
    assert_eq!(of(&session, &ruiz), 0);
    let said = format!(
        "Merge Ana Ruiz into Tom Brandt: {} moved. Undo (z) takes it back.",
        claims(moving)
    );
    assert!(session.notices.shown().iter().any(|n| n.text == said), "{said}");
    session.update(Msg::Undo, 0.0);
    assert_eq!(of(&session, &ruiz), moving, "one undo takes the merge back");
}

#[test]
fn a_split_asks_first_and_a_following_tab_may_not_confirm() {
    let (mut session, _) = with_files(0..3);
    let brandt =
        session.project.speakers.iter().find(|p| p.name == "Tom Brandt").unwrap().id.clone();
    let claims_of: Vec<String> = session
        .project
        .claims
        .iter()
        .filter(|c| c.speaker.as_deref() == Some(brandt.as_str()))
        .map(|c| c.id.clone())
        .take(1)
        .collect();
    let split = Action::SplitSpeaker {
        speaker: brandt.clone(),
        claims: claims_of.clone(),
        aliases: vec![],
        name: "Tom Brandt Jr.".into(),
    };
    let before = session.project.clone();
    session.update(Msg::Propose(split), 0.0);
    assert_eq!(session.project, before);
    assert_eq!(session.proposal.as_ref().map(|p| p.confirm), Some("Split off"));
    session.update(Msg::ConfirmProposal, 0.0);
    let moved = session.project.claim(&claims_of[0]).and_then(|c| c.speaker.clone());
    assert_ne!(moved.as_deref(), Some(brandt.as_str()), "the claim has its new speaker");
    assert!(session
        .notices
        .shown()
        .iter()
        .any(|n| n.text.ends_with("1 claim moved. Undo (z) takes it back.")));
    session
        .update(Msg::Propose(Action::MergeSpeakers { keep: brandt, absorb: moved.unwrap() }), 0.0);
    session.update(Msg::Follow, 0.0);
    let before = session.project.clone();
    session.update(Msg::ConfirmProposal, 0.0);
    assert_eq!(session.project, before, "a tab that follows another confirms nothing");
}
