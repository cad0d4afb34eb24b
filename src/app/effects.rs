//! Runs the session's effects in the browser: the session decides what happens and when
//! (`session::Effect`), this says how, with the services. Effects that need the page painted
//! first (scrolling a claim into view) wait for the next render.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use super::store::{Effect, Msg, Store};
use super::worker::LinkJob;
use super::{dispatcher, services, views};
use crate::format::job::ExportJob;
use crate::format::ExportFormat;

thread_local! {
    /// Effects to run once the page is painted.
    static AFTER_PAINT: RefCell<Vec<Effect>> = const { RefCell::new(Vec::new()) };
}

/// Runs `effects` in order; whether the page should paint now (not when the session asked to
/// paint in the next task).
pub fn run(store: &Rc<RefCell<Store>>, effects: Vec<Effect>) -> bool {
    let mut paint = true;
    let mut queue = std::collections::VecDeque::from(effects);
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::PaintNextTask => {
                services::analysis::paint_soon();
                paint = false;
            }
            Effect::Download(format) => {
                wasm_bindgen_futures::spawn_local(write_export(store.clone(), format))
            }
            effect => run_one(store, effect),
        }
    }
    paint
}

fn run_one(store: &Rc<RefCell<Store>>, effect: Effect) {
    let dispatch = dispatcher();
    match effect {
        Effect::Analyse { first, files } => services::analysis::analyse(first, files),
        Effect::Link { run, indices, project } => {
            services::analysis::link(LinkJob { run, indices, project })
        }
        Effect::SaveIn(delay) => save_after(store, delay as u32),
        Effect::ForgetStored => services::autosave::forget(),
        Effect::ReadStored => wasm_bindgen_futures::spawn_local(async move {
            dispatch.emit(Msg::Restored(services::autosave::restore().await));
        }),
        Effect::AskToEditHere => services::tabs::ask_to_edit_here(),
        Effect::FlushAndFollow => {
            let store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                services::autosave::flush(store, dispatch.clone()).await;
                services::tabs::release_and_follow(dispatch);
            });
        }
        Effect::ExportStoredRecords { reason } => wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = services::autosave::export_stored_records(&reason).await {
                dispatch.emit(Msg::Failed(format!("The stored records were not exported: {e}")));
            }
        }),
        Effect::Announce(text) => announce(&text),
        Effect::ShowClaim { .. } => AFTER_PAINT.with(|a| a.borrow_mut().push(effect)),
        Effect::Log(line) => gloo::console::log!(line),
        Effect::PaintNextTask | Effect::Download(_) => unreachable!("run handles these"),
    }
}

/// Runs what waited for the page to be painted (called after every render).
pub fn run_after_paint() {
    for effect in AFTER_PAINT.with(|a| std::mem::take(&mut *a.borrow_mut())) {
        if let Effect::ShowClaim { claim, row } = effect {
            show_claim(&claim, row);
        }
    }
}

/// Asks for a save in `delay` ms (not restarted by later changes: session/saving.rs).
fn save_after(store: &Rc<RefCell<Store>>, delay: u32) {
    let (store, dispatch) = (store.clone(), dispatcher());
    gloo::timers::callback::Timeout::new(delay, move || {
        services::autosave::request(store, dispatch);
    })
    .forget();
}

/// The page's own work per slice of an export, in ms (the page answers input in between).
const EXPORT_SLICE_MS: f64 = 12.0;

/// How often the export's progress is shown, in ms (each showing renders the page).
const EXPORT_PROGRESS_MS: f64 = 250.0;

/// Writes the project in `format` a slice at a time (`format::job`, the same bytes as the
/// CLI's `convert`), each slice's output copied out to the browser as it comes, and offers the
/// download; a project changed between slices is written again from the start.
async fn write_export(store: Rc<RefCell<Store>>, format: ExportFormat) {
    let dispatch = dispatcher();
    let options = crate::format::ExportOptions {
        exported_at: Some(services::download::now_iso()),
        ..Default::default()
    };
    let mut job = ExportJob::new(format, options.clone());
    let mut version = store.borrow().versions.project();
    let mut blob = services::download::GrowingBlob::new(format.mime());
    let mut shown = services::timing::now();
    // The longest slice, reported with its stage once the export is offered.
    let mut longest = (0.0, 0.0, "none");
    loop {
        let started = services::timing::now();
        let stage = job.stage();
        let (done, (steps, total)) = {
            let store = store.borrow();
            if store.versions.project() != version {
                version = store.versions.project();
                job = ExportJob::new(format, options.clone());
                blob = services::download::GrowingBlob::new(format.mime());
            }
            let more = || services::timing::now() - started < EXPORT_SLICE_MS;
            let done = job.run(&store.project, more);
            (done, job.progress(&store.project))
        };
        let written = job.take_written();
        if !written.is_empty() {
            if let Err(reason) = blob.push(&written) {
                let file = format.file_name().to_string();
                dispatch.emit(Msg::ExportFailed { file, reason });
                return;
            }
        }
        let ended = services::timing::now();
        if ended - started > longest.1 - longest.0 {
            longest = (started, ended, stage);
        }
        if done {
            break;
        }
        if services::timing::now() - shown > EXPORT_PROGRESS_MS {
            dispatch.emit(Msg::ExportProgress { done: steps, total });
            shown = services::timing::now();
        }
        services::timing::yield_to_the_page().await;
    }
    let (started, ended, stage) = longest;
    services::timing::measure_between(
        &format!("claimlens: export's longest slice ({stage})"),
        started,
        ended,
    );
    let started = services::timing::now();
    // What comes whole at the end (brat's zip) is handed over 8 MB a task.
    let rest = job.into_bytes();
    let mut offered = Ok(());
    for piece in rest.chunks(8 << 20) {
        offered = blob.push(piece);
        if offered.is_err() {
            break;
        }
        services::timing::yield_to_the_page().await;
    }
    let offered = offered.and_then(|()| blob.offer(format.file_name()));
    services::timing::measure("claimlens: export handed to the browser", started);
    match offered {
        Ok(()) => dispatch.emit(Msg::ExportWritten),
        Err(reason) => {
            dispatch.emit(Msg::ExportFailed { file: format.file_name().to_string(), reason })
        }
    }
}

/// Says `text` in the live region (`#announcer`, rendered empty and never re-rendered); the
/// same words again differ by an invisible mark, so screen readers say them again.
fn announce(text: &str) {
    let Some(region) = gloo::utils::document().get_element_by_id("announcer") else { return };
    let repeated = region.text_content().is_some_and(|t| t.trim_end_matches('\u{200B}') == text);
    let mark = match region.text_content() {
        Some(t) if repeated && !t.ends_with('\u{200B}') => "\u{200B}",
        _ => "",
    };
    region.set_text_content(Some(&format!("{text}{mark}")));
}

/// Scrolls the claim's list row and its highlight in the reader into view.
fn show_claim(claim: &str, row: Option<usize>) {
    if let Some(row) = row {
        views::windowing::scroll_row_into_view(".claim-scroll", row as i32, views::claims::ROW_PX);
    }
    let selector = format!(".reader mark[data-claim='{claim}']");
    if let Ok(Some(mark)) = gloo::utils::document().query_selector(&selector) {
        show_in_reader(&mark);
    }
}

/// Scrolls the reader (positioned, so it is the mark's offset parent) to show `mark` a third
/// of the way down when any of it is out of view; a mark in view does not move, so stepping
/// through a document's claims keeps the text still.
fn show_in_reader(mark: &web_sys::Element) {
    let Some(mark) = mark.dyn_ref::<web_sys::HtmlElement>() else { return };
    let Ok(Some(reader)) = gloo::utils::document().query_selector(".reader") else { return };
    let (top, bottom) = (mark.offset_top(), mark.offset_top() + mark.offset_height());
    let (shown_top, height) = (reader.scroll_top(), reader.client_height());
    if top < shown_top || bottom > shown_top + height {
        reader.set_scroll_top(top - height / 3);
    }
}
