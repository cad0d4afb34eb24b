//! Autosave: the project is kept in IndexedDB as pieces (`format::pieces`): one record per
//! document under a key used once ("piece:<tab>:<save>:<document id>") and the project record
//! ("project") that lists them.
//!
//! A save writes only the pieces that changed since the last one, a slice at a time (about
//! `SLICE_MS` of work per task, each slice one committed transaction), then the project
//! record (after checking that every piece it lists is stored), then deletes the pieces no
//! record lists. A tab closed in the middle leaves the previous project record and every piece
//! it lists untouched. One save runs at a time; a change made meanwhile is written by the next
//! one, since what is recorded as written is the snapshot the save was planned from. The record
//! of earlier versions ("current", the whole project as claimlens/1) is read when there is no
//! project record, and deleted by the first save.
//!
//! A stored project that cannot be read back is never written over: its records are copied
//! under quarantine keys (`session::saving::quarantine_key`, never deleted), the page says why
//! and writes nothing until the person chooses (`Msg::RetryRestore`, `Msg::StartOver`); they can
//! download every record as read (`export_stored_records`). Only the tab holding the writer's
//! lock saves (services/tabs.rs); each committed save is announced to the tabs that follow it.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::Callback;

use super::storage;
use super::timing::{measure, now, sleep, yield_to_the_page};
use crate::app::store::{Msg, Reading, Store};
use crate::format::pieces::{restore_single_record, Restored, SavePlan, StoredProject, Written};
use crate::format::ImportError;
use crate::session::saving::{may_delete, quarantine_key, QUARANTINE_PREFIX};

const PROJECT_KEY: &str = "project";
const SINGLE_RECORD_KEY: &str = "current";
/// Work per task while writing pieces: serialising and handing records to IndexedDB.
const SLICE_MS: f64 = 25.0;

/// This tab's autosave state.
struct Saver {
    /// Tells this page's pieces from other tabs' (and from earlier visits').
    tab: String,
    /// Saves planned so far: part of every new piece key, so no key is written twice.
    saves: u64,
    /// What the stored project record lists.
    written: Written,
    /// Changed by `forget`, so that a save planned before does not record what it wrote.
    epoch: u64,
    running: bool,
    /// A save was asked for while one was running.
    again: bool,
    /// Whether records other than this tab's were cleaned up yet (once per page).
    swept: bool,
    /// Restores started so far: only the latest one may set `written`.
    restores: u64,
}

thread_local! {
    static SAVER: RefCell<Saver> = RefCell::new(Saver {
        tab: tab_token(),
        saves: 0,
        written: Written::default(),
        epoch: 0,
        running: false,
        again: false,
        swept: false,
        restores: 0,
    });
}

fn tab_token() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    format!("{:x}{random:08x}", js_sys::Date::now() as u64)
}

/// Reads the saved project. `Err` when it cannot be read back, with the reason; its records
/// are then kept under quarantine keys as well, so that no later save can delete them.
pub async fn restore() -> Result<Reading, String> {
    let restore = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.restores += 1;
        s.restores
    });
    let read = read_stored(restore).await;
    if let Err(reason) = &read {
        if let Err(e) = quarantine().await {
            gloo::console::error!(format!("claimlens: the unreadable records could not be set aside ({e}); they stay under their keys. Restore refused: {reason}"));
        }
    }
    read
}

async fn read_stored(restore: u64) -> Result<Reading, String> {
    let unreadable = |e: String| format!("the browser's storage could not be read ({e})");
    if let Some(record) = storage::read(PROJECT_KEY).await.map_err(unreadable)? {
        let started = now();
        let stored = StoredProject::parse(&record).map_err(|e| e.message);
        measure("claimlens restore: read the project record", started);
        let stored = stored?;
        let pieces = storage::read_all(stored.piece_keys()).await.map_err(unreadable)?;
        let (restored, written) =
            rebuild_in_slices(stored, &pieces).await.map_err(|e| e.message)?;
        SAVER.with(|s| {
            let mut s = s.borrow_mut();
            if s.restores == restore {
                s.written = written;
            }
        });
        return Ok(Reading::Pieces(restored));
    }
    match storage::read(SINGLE_RECORD_KEY).await.map_err(unreadable)? {
        Some(record) => {
            Ok(Reading::Earlier(restore_single_record(&record).map_err(|e| e.message)?))
        }
        None => Ok(Reading::Nothing),
    }
}

/// Copies every stored record not set aside yet under its quarantine key.
async fn quarantine() -> Result<(), String> {
    let keys = storage::keys().await?;
    let kept: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let to_keep: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|k| !k.starts_with(QUARANTINE_PREFIX) && !kept.contains(quarantine_key(k).as_str()))
        .collect();
    if to_keep.is_empty() {
        return Ok(());
    }
    let records = storage::read_all(to_keep.iter().copied()).await?;
    let batch = storage::Batch::start().await?;
    for (key, record) in &records {
        batch.put(&quarantine_key(key), record)?;
    }
    batch.commit().await
}

/// Downloads every stored record as it is (after a refused restore: nothing is lost, and the
/// file can be mended by hand or sent with a bug report).
pub async fn export_stored_records(reason: &str) -> Result<(), String> {
    let keys = storage::keys().await?;
    let records = storage::read_all(keys.iter().map(String::as_str)).await?;
    let sorted: std::collections::BTreeMap<_, _> = records.into_iter().collect();
    let file = serde_json::json!({
        "format": "claimlens-stored-records/1",
        "why_not_restored": reason,
        "records": sorted,
    });
    let json = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
    super::download::download("claimlens-stored-records.json", "application/json", json.as_bytes())
}

/// Rebuilds and checks the saved project a few document pieces per task (about `SLICE_MS` of
/// work each), so reopening a big project does not freeze the page.
async fn rebuild_in_slices(
    stored: StoredProject,
    pieces: &HashMap<String, String>,
) -> Result<(Restored, Written), ImportError> {
    let mut restoring = stored.restoring(pieces)?;
    loop {
        let started = now();
        let mut more = true;
        while more && now() - started < SLICE_MS {
            more = restoring.read_next_piece(pieces)?;
        }
        measure("claimlens restore: document pieces", started);
        if !more {
            break;
        }
        yield_to_the_page().await;
    }
    yield_to_the_page().await;
    let started = now();
    let finished = restoring.finish();
    measure("claimlens restore: check the whole project", started);
    // The project is applied in a task of its own: the check and the update are each long
    // with a big project, and one task should not hold both.
    yield_to_the_page().await;
    finished
}

/// The project was replaced (new project, import): the next save writes every piece again.
pub fn forget() {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.written.forget();
        s.epoch += 1;
    });
}

/// Whether a save is running or asked for.
pub fn is_busy() -> bool {
    SAVER.with(|s| s.borrow().running)
}

/// Saves now, or right after the save that is running; `dispatch` gets `Msg::Autosaved`.
pub fn request(store: Rc<RefCell<Store>>, dispatch: Callback<Msg>) {
    let start = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        if s.running {
            s.again = true;
        }
        !std::mem::replace(&mut s.running, true)
    });
    if start {
        wasm_bindgen_futures::spawn_local(save_until_nothing_is_asked(store, dispatch));
    }
}

async fn save_until_nothing_is_asked(store: Rc<RefCell<Store>>, dispatch: Callback<Msg>) {
    loop {
        if let Some(saved) = save_once(&store).await {
            dispatch.emit(Msg::Autosaved(saved));
        }
        let again = SAVER.with(|s| {
            let mut s = s.borrow_mut();
            let again = std::mem::take(&mut s.again);
            s.running = again;
            again
        });
        if !again {
            return;
        }
    }
}

/// One save: the revision it wrote, or why it failed; `None` before the project was restored.
async fn save_once(store: &Rc<RefCell<Store>>) -> Option<Result<u64, String>> {
    for _ in 0..2 {
        let (epoch, key_prefix) = SAVER.with(|s| {
            let mut s = s.borrow_mut();
            s.saves += 1;
            (s.epoch, format!("piece:{}:{}:", s.tab, s.saves))
        });
        let started = now();
        let (revision, plan) =
            SAVER.with(|s| store.borrow_mut().plan_autosave(&s.borrow().written, &key_prefix))?;
        measure("claimlens autosave: compare", started);
        let Some(plan) = plan else { return Some(Ok(revision)) };
        match write(plan, epoch).await {
            Ok(Outcome::Written) => {
                super::tabs::announce_saved();
                return Some(Ok(revision));
            }
            Ok(Outcome::PiecesGone) => forget(),
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Err(
        "pieces of the saved project keep disappearing; is claimlens open in another tab?".into()
    ))
}

/// What became of a plan.
enum Outcome {
    Written,
    /// Pieces the plan kept from earlier saves were deleted meanwhile (by another tab: see
    /// `delete_unlisted`); nothing that matters was written, and every piece must be again.
    PiecesGone,
}

/// Writes a plan: document pieces in slices, the project record (once every piece it lists is
/// known to be stored), then the cleanup.
async fn write(mut plan: SavePlan, epoch: u64) -> Result<Outcome, String> {
    write_document_pieces(&mut plan).await?;
    let stored: HashSet<String> = storage::keys().await?.into_iter().collect();
    let listed: HashSet<String> = plan.keys().map(str::to_string).collect();
    if !listed.is_subset(&stored) {
        gloo::console::warn!(
            "autosave: pieces of the saved project were deleted; writing all again"
        );
        return Ok(Outcome::PiecesGone);
    }
    let started = now();
    let batch = storage::Batch::start().await?;
    batch.put(PROJECT_KEY, &plan.project_piece())?;
    measure("claimlens autosave: project record", started);
    batch.commit().await?;
    let (tab, sweep) = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        if s.epoch == epoch {
            s.written.record(plan);
        }
        (s.tab.clone(), !std::mem::replace(&mut s.swept, true))
    });
    // A failed cleanup leaves unused records behind but loses nothing: say so, carry on.
    if let Err(e) = delete_unlisted(&stored, &listed, &tab, sweep).await {
        gloo::console::warn!(format!("autosave: old records were not deleted: {e}"));
    }
    Ok(Outcome::Written)
}

/// Serialises and writes the changed document pieces, about `SLICE_MS` of work per task.
async fn write_document_pieces(plan: &mut SavePlan) -> Result<(), String> {
    let mut left = plan.document_pieces();
    while left > 0 {
        // Yield first too: the comparison that made the plan ran in this task.
        yield_to_the_page().await;
        let started = now();
        let batch = storage::Batch::start().await?;
        while let Some((key, json)) = plan.next_document_piece() {
            batch.put(&key, &json)?;
            left -= 1;
            if now() - started >= SLICE_MS {
                break;
            }
        }
        measure("claimlens autosave: document pieces", started);
        batch.commit().await?;
    }
    Ok(())
}

/// Deletes, of the `stored` records, the pieces the project record does not list: this tab's
/// after every save, and, after its first save, every other record too (pieces of closed tabs,
/// the record of earlier versions) but the quarantined ones. Other tabs' pieces are otherwise left alone: one may be
/// saving right now. Another tab may still list a piece this tab deletes: its next save finds
/// the piece gone and writes everything again (`Outcome::PiecesGone`).
async fn delete_unlisted(
    stored: &HashSet<String>,
    listed: &HashSet<String>,
    tab: &str,
    sweep: bool,
) -> Result<(), String> {
    let own = format!("piece:{tab}:");
    let stale: Vec<String> = stored
        .iter()
        .filter(|key| may_delete(key, listed.contains(*key), &own, sweep))
        .cloned()
        .collect();
    if stale.is_empty() {
        return Ok(());
    }
    storage::delete_all(&stale).await
}

/// Saves what is unsaved and waits until no save is running (before this tab hands the
/// writer's role to another one).
pub async fn flush(store: Rc<RefCell<Store>>, dispatch: Callback<Msg>) {
    request(store, dispatch);
    while is_busy() {
        sleep(20).await;
    }
}
