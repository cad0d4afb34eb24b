//! The yew page (wasm32 only): drop files, read them with claims highlighted, review, export.
//!
//! One `Store` (store.rs) holds the project and the view state; the root component owns it and
//! passes it down read-only, with a `Callback<Msg>` for events up. Views are in views/, browser
//! services (files, downloads, storage) in services/.

mod keyboard;
mod services;
mod store;
mod views;
pub mod worker;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::format::ExportFormat;
use crate::session;
pub use store::{Msg, Store};

/// Shared, mutable store plus a generation counter that changes on every update, so yew
/// re-renders exactly when the store changed.
#[derive(Clone)]
pub struct Shared {
    pub store: Rc<RefCell<Store>>,
    pub generation: u64,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store) && self.generation == other.generation
    }
}

impl Reducible for Shared {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let next = Rc::new(Shared { store: self.store.clone(), generation: self.generation + 1 });
        if self.store.borrow().files_wait_for_restore(&msg) {
            WAITING_FILES.with(|w| w.borrow_mut().push(msg));
            return self;
        }
        if self.store.borrow().refuses_edit(&msg) {
            self.store.borrow_mut().update(msg);
            return next;
        }
        run_saving_effects(&self.store, &msg);
        let export = match msg {
            Msg::Export => Some(ExportFormat::Claimlens),
            Msg::ExportAs(format) => Some(format),
            _ => None,
        };
        let msg = match export {
            Some(format) => {
                let result = export_download(&self.store.borrow(), format);
                match result {
                    Ok(()) => return self,
                    Err(failed) => failed,
                }
            }
            None => msg,
        };
        let msg = match msg {
            Msg::ClaimFromSelection | Msg::SpanFromSelection(_) => {
                match services::selection::reader_selection() {
                    Some((start, end)) => Msg::Selected { start, end, then: Box::new(msg) },
                    None => msg,
                }
            }
            msg => msg,
        };
        if let Msg::NewProject | Msg::Import { .. } | Msg::StorageLost(_) = msg {
            services::autosave::forget();
        }
        if let Msg::FilesRead(files) = msg {
            let first = self.store.borrow_mut().submit(files.len());
            services::analysis::analyse(first, files);
            return Rc::new(Shared { store: self.store.clone(), generation: self.generation + 1 });
        }
        if let Msg::Paint = msg {
            return Rc::new(Shared { store: self.store.clone(), generation: self.generation + 1 });
        }
        // A run of hundreds of files, or a restored project, is applied in one task and painted
        // in the next, so neither is a long task.
        let paint_later = matches!(
            msg,
            Msg::Linked(_)
                | Msg::Restored(Ok(store::Reading::Pieces(_) | store::Reading::Earlier(_)))
        );
        let (link_request, save_in) = {
            let started = services::timing::now();
            let mut store = self.store.borrow_mut();
            store.update(msg);
            services::timing::measure("claimlens: update", started);
            (store.take_link_request(), store.save_delay(started))
        };
        if let Some(delay) = save_in {
            save_after(&self.store, delay as u32);
        }
        add_files_that_waited(&self.store);
        if let Some(request) = link_request {
            services::analysis::link(request);
        }
        if paint_later {
            services::analysis::paint_soon();
            return self;
        }
        Rc::new(Shared { store: self.store.clone(), generation: self.generation + 1 })
    }
}

#[function_component(App)]
fn app() -> Html {
    let shared =
        use_reducer(|| Shared { store: Rc::new(RefCell::new(Store::new())), generation: 0 });
    let dispatch = {
        let shared = shared.clone();
        Callback::from(move |msg: Msg| shared.dispatch(msg))
    };
    use_effect_with((), {
        let dispatch = dispatch.clone();
        move |_| services::analysis::connect(dispatch)
    });
    use_saving(&shared, &dispatch);
    keyboard::use_shortcuts(dispatch.clone());
    let in_view = {
        let store = shared.store.borrow();
        let row = store
            .selected_claim
            .as_deref()
            .and_then(|id| store.listed.iter().position(|&i| store.project.claims[i].id == id));
        (store.selected_claim.clone(), row)
    };
    use_selected_claim_in_view(in_view);
    let information: Vec<u64> = {
        let store = shared.store.borrow();
        store.notices.iter().filter(|n| n.level == store::Level::Info).map(|n| n.id).collect()
    };
    use_information_leaves(information, &dispatch);
    let store = shared.store.borrow();
    let view_started = services::timing::now();
    let html = views::page(&store, &dispatch, &shared);
    services::timing::measure("claimlens: view", view_started);
    html
}

/// Scrolls the selected claim's highlight and list row into view when the selection changes.
#[hook]
fn use_selected_claim_in_view(selected: (Option<String>, Option<usize>)) {
    use_effect_with(selected, |(selected, row)| {
        if let Some(row) = row {
            views::windowing::scroll_row_into_view(
                ".claim-scroll",
                *row as i32,
                views::claims::ROW_PX,
            );
        }
        let document = gloo::utils::document();
        if let Some(id) = selected {
            let selector = format!(".reader mark[data-claim='{id}']");
            if let Ok(Some(mark)) = document.query_selector(&selector) {
                show_in_reader(&mark);
            }
        }
    });
}

/// Scrolls the reader (positioned, so it is the mark's offset parent) to show `mark` a third
/// of the way down when any of it is out of view; a mark in view does not move, so stepping
/// through a document's claims keeps the text still.
fn show_in_reader(mark: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(mark) = mark.dyn_ref::<web_sys::HtmlElement>() else { return };
    let Ok(Some(reader)) = gloo::utils::document().query_selector(".reader") else { return };
    let (top, bottom) = (mark.offset_top(), mark.offset_top() + mark.offset_height());
    let (shown_top, height) = (reader.scroll_top(), reader.client_height());
    if top < shown_top || bottom > shown_top + height {
        reader.set_scroll_top(top - height / 3);
    }
}

/// How long information stays after the last one arrived; errors stay until dismissed.
const NOTICE_MS: u32 = 6000;

/// Information notices leave on their own, together, `NOTICE_MS` after the newest arrived;
/// while a text field has focus they wait for the next tick, so their leaving never re-renders
/// the page under someone typing.
#[hook]
fn use_information_leaves(ids: Vec<u64>, dispatch: &Callback<Msg>) {
    let dispatch = dispatch.clone();
    use_effect_with(ids, move |ids| {
        let ids = ids.clone();
        let timer = (!ids.is_empty()).then(|| {
            gloo::timers::callback::Interval::new(NOTICE_MS, move || {
                if !typing() {
                    dispatch.emit(Msg::NoticesExpired(ids.clone()));
                }
            })
        });
        move || drop(timer)
    });
}

/// Whether a text field has focus.
fn typing() -> bool {
    let active = gloo::utils::document().active_element();
    active.is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA"))
}

thread_local! {
    /// The page's dispatch, for effects started from `reduce` (saving, the tabs' roles).
    static DISPATCH: RefCell<Option<Callback<Msg>>> = const { RefCell::new(None) };
    /// Files dropped while the stored project was still being read back.
    static WAITING_FILES: RefCell<Vec<Msg>> = const { RefCell::new(Vec::new()) };
}

/// Hands on the files that waited for the stored project, once it is read back.
fn add_files_that_waited(store: &Rc<RefCell<Store>>) {
    if *store.borrow().saving.mode() == session::saving::Mode::Restoring {
        return;
    }
    let waited = WAITING_FILES.with(|w| std::mem::take(&mut *w.borrow_mut()));
    if waited.is_empty() {
        return;
    }
    let dispatch = dispatcher();
    // After this update, not inside it.
    wasm_bindgen_futures::spawn_local(async move {
        for msg in waited {
            dispatch.emit(msg);
        }
    });
}

fn dispatcher() -> Callback<Msg> {
    DISPATCH.with(|d| d.borrow().clone()).unwrap_or_else(|| Callback::from(|_| {}))
}

/// How long after a failed save the next one is tried, so saving recovers by itself.
const RETRY_FAILED_SAVE_MS: u32 = 5_000;

/// The effects of the saving messages (services/autosave.rs, services/tabs.rs), run before
/// the store takes the message.
fn run_saving_effects(store: &Rc<RefCell<Store>>, msg: &Msg) {
    let dispatch = dispatcher();
    match msg {
        Msg::BecameWriter | Msg::RetryRestore | Msg::Follow => read_stored_project(dispatch),
        Msg::OtherTabSaved if *store.borrow().saving.mode() == session::saving::Mode::Following => {
            read_stored_project(dispatch)
        }
        Msg::EditHere => services::tabs::ask_to_edit_here(),
        Msg::HandOver if store.borrow().saving.may_write() => {
            let store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                services::autosave::flush(store, dispatch.clone()).await;
                services::tabs::release_and_follow(dispatch);
            });
        }
        Msg::ExportStoredRecords => {
            let reason = match store.borrow().saving.mode() {
                session::saving::Mode::Refused(reason) => reason.clone(),
                _ => String::new(),
            };
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = services::autosave::export_stored_records(&reason).await {
                    dispatch
                        .emit(Msg::Failed(format!("The stored records were not exported: {e}")));
                }
            });
        }
        Msg::Autosaved(Err(_)) => save_after(store, RETRY_FAILED_SAVE_MS),
        _ => {}
    }
}

/// Reads the stored project in the background; `Msg::Restored` brings it.
fn read_stored_project(dispatch: Callback<Msg>) {
    wasm_bindgen_futures::spawn_local(async move {
        dispatch.emit(Msg::Restored(services::autosave::restore().await));
    });
}

/// Asks for a save in `delay` ms (not restarted by later changes: session/saving.rs).
fn save_after(store: &Rc<RefCell<Store>>, delay: u32) {
    let (store, dispatch) = (store.clone(), dispatcher());
    gloo::timers::callback::Timeout::new(delay, move || {
        services::autosave::request(store, dispatch);
    })
    .forget();
}

/// Starts the tabs' roles (the writer restores and saves, the others follow), and saves at
/// once when the page is hidden or left, and when the storage connection was lost.
#[hook]
fn use_saving(shared: &UseReducerHandle<Shared>, dispatch: &Callback<Msg>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch.clone()));
    let store = shared.store.clone();
    let shared_store = shared.store.clone();
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let lost = dispatch.clone();
        services::storage::on_connection_lost(move |why| lost.emit(Msg::StorageLost(why)));
        services::tabs::start(dispatch.clone());
        let flush = move || services::autosave::request(store.clone(), dispatch.clone());
        let on_hide = flush.clone();
        let pagehide =
            gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                on_hide()
            });
        let visibility = gloo::events::EventListener::new(
            &gloo::utils::document(),
            "visibilitychange",
            move |_| {
                if gloo::utils::document().hidden() {
                    flush();
                }
            },
        );
        // Files still being read or analysed are not stored yet: leaving asks first.
        let unsaved = shared_store.clone();
        let beforeunload = gloo::events::EventListener::new_with_options(
            &gloo::utils::window(),
            "beforeunload",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |event| {
                if unsaved.borrow().save_status() == session::saving::Status::Analysing {
                    event.prevent_default();
                }
            },
        );
        move || drop((pagehide, visibility, beforeunload))
    });
}

/// Downloads the project in `format` (every format goes through `format::export`, as the
/// CLI's does); a download that cannot start comes back as the message that shows why.
fn export_download(store: &Store, format: ExportFormat) -> Result<(), Msg> {
    let options = crate::format::ExportOptions {
        exported_at: Some(services::download::now_iso()),
        ..Default::default()
    };
    let bytes = crate::format::export(&store.project, format, &options);
    services::download::download(format.file_name(), format.mime(), &bytes)
        .map_err(|reason| Msg::ExportFailed { file: format.file_name().to_string(), reason })
}

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
