//! The saving rules, natively: saved means committed, no save is put off, a refused restore
//! writes and deletes nothing, a follower edits nothing.

use super::*;

fn writing_at(edits: u64) -> Saving {
    let mut saving = Saving::default();
    saving.restored(edits);
    saving
}

#[test]
fn the_status_says_saved_only_for_the_committed_revision() {
    let mut saving = writing_at(3);
    assert_eq!(saving.status(3, false), Status::Saved);
    assert_eq!(saving.status(4, false), Status::Saving, "an edit not yet committed");
    saving.committed(4);
    assert_eq!(saving.status(4, false), Status::Saved);
    saving.committed(2);
    assert_eq!(saving.status(4, false), Status::Saved, "an older save's answer moves nothing back");
}

#[test]
fn a_restore_from_the_record_of_earlier_versions_is_not_saved_until_written() {
    let mut saving = Saving::default();
    assert_eq!(saving.status(0, false), Status::Opening);
    saving.restored_unsaved();
    assert_eq!(saving.status(1, false), Status::Saving);
    saving.committed(1);
    assert_eq!(saving.status(1, false), Status::Saved);
}

#[test]
fn files_being_analysed_are_not_called_saved() {
    let saving = writing_at(5);
    assert_eq!(saving.status(5, true), Status::Analysing);
}

#[test]
fn a_failure_is_shown_until_a_save_succeeds() {
    let mut saving = writing_at(1);
    saving.failed("QuotaExceededError: the quota has been exceeded".into());
    assert!(
        matches!(saving.status(1, false), Status::Failed(why) if why.contains("QuotaExceededError"))
    );
    saving.committed(2);
    assert_eq!(saving.status(2, false), Status::Saved);
    assert!(!saving.is_failing());
}

#[test]
fn a_lost_connection_makes_nothing_count_as_stored() {
    let mut saving = writing_at(7);
    saving.storage_lost();
    assert_eq!(saving.status(7, false), Status::Saving);
}

#[test]
fn browsing_every_100_ms_never_puts_the_save_off() {
    // accept at t = 0, then j/k every 100 ms for 5 s, with the page's timers simulated: the
    // accept's save starts at 150 ms, and saves go on starting while the browsing goes on
    let mut saving = writing_at(0);
    let mut timers: Vec<f64> = Vec::new();
    let mut started: Vec<f64> = Vec::new();
    let ask = |saving: &mut Saving, timers: &mut Vec<f64>, now: f64, change| {
        if let Some(delay) = saving.changed(now, change) {
            timers.push(now + delay);
        }
    };
    ask(&mut saving, &mut timers, 0.0, Change::Edit);
    for ms in (10..=5000).step_by(10) {
        let now = ms as f64;
        if timers.iter().any(|&t| t <= now) {
            timers.retain(|&t| t > now);
            saving.save_starting();
            started.push(now);
        }
        if ms % 100 == 0 {
            ask(&mut saving, &mut timers, now, Change::Selection);
        }
    }
    assert_eq!(started.first(), Some(&SAVE_DELAY_MS), "the accept is saved at 150 ms");
    assert!(started.len() >= 5, "selection saves keep coming: {started:?}");
    assert!(started.windows(2).all(|w| w[1] - w[0] <= SELECTION_DELAY_MS + 100.0));
}

#[test]
fn an_edit_after_a_selection_move_is_not_kept_waiting_for_it() {
    let mut saving = writing_at(0);
    assert_eq!(saving.changed(0.0, Change::Selection), Some(SELECTION_DELAY_MS));
    assert_eq!(saving.changed(10.0, Change::Edit), Some(SAVE_DELAY_MS), "an earlier save");
    assert_eq!(saving.changed(20.0, Change::Edit), None, "already due soon enough");
    assert_eq!(saving.changed(30.0, Change::Selection), None);
}

#[test]
fn an_ask_no_save_took_is_made_again() {
    let mut saving = writing_at(0);
    assert!(saving.changed(0.0, Change::Edit).is_some());
    assert_eq!(saving.changed(200.0, Change::Edit), None);
    assert!(
        saving.changed(400.0, Change::Edit).is_some(),
        "stale after the delay has passed twice"
    );
}

#[test]
fn a_refused_restore_writes_nothing_until_the_person_chooses() {
    let mut saving = Saving::default();
    saving.refused("the saved piece of document d3 is missing".into());
    assert!(!saving.may_write());
    assert_eq!(saving.changed(0.0, Change::Edit), None, "no save is even asked for");
    assert_eq!(saving.status(1, false), Status::Refused);
    assert!(saving.may_edit(), "the person may still work (and export)");
    saving.retry();
    assert_eq!(saving.mode(), &Mode::Restoring);
    saving.refused("still missing".into());
    saving.start_over();
    assert!(saving.may_write());
    assert_eq!(saving.status(2, false), Status::Saving, "the new project is not saved yet");
}

#[test]
fn quarantined_records_are_never_deleted() {
    let kept = quarantine_key("piece:abc:1:d1");
    assert!(!may_delete(&kept, false, "piece:me:", true));
    assert!(!may_delete("project", false, "piece:me:", true));
    assert!(!may_delete("piece:me:1:d1", true, "piece:me:", true), "a listed piece");
    assert!(may_delete("piece:me:1:d1", false, "piece:me:", false), "this tab's old piece");
    assert!(!may_delete("piece:other:1:d1", false, "piece:me:", false), "another tab's");
    assert!(may_delete("piece:other:1:d1", false, "piece:me:", true), "swept once");
    assert!(may_delete("current", false, "piece:me:", true), "the record of earlier versions");
}

#[test]
fn a_follower_edits_nothing_and_saves_nothing() {
    let mut saving = writing_at(0);
    saving.hand_over();
    assert!(!saving.may_edit());
    assert!(saving.may_write(), "the last save finishes before the lock is let go");
    saving.follow();
    assert!(!saving.may_write());
    assert!(!saving.may_edit());
    assert_eq!(saving.changed(0.0, Change::Edit), None);
    assert_eq!(saving.status(0, false), Status::Following);
    saving.restored(4); // the writer's role came back: read the stored project again
    assert!(saving.may_edit() && saving.may_write());
}
