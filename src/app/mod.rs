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
        if let Msg::NewProject | Msg::Import { .. } = msg {
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
        let paint_later = matches!(msg, Msg::Linked(_) | Msg::Restored(Ok(Some(_))));
        let link_request = {
            let started = services::timing::now();
            let mut store = self.store.borrow_mut();
            store.update(msg);
            services::timing::measure("claimlens: update", started);
            store.take_link_request()
        };
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
        move |_| {
            services::tabs::watch_other_tabs(dispatch.clone());
            services::analysis::connect(dispatch)
        }
    });
    use_restore_then_autosave(&shared, &dispatch);
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

const AUTOSAVE_DELAY_MS: u32 = 150;

/// Reads the autosaved project once, then saves after every change (services/autosave.rs).
#[hook]
fn use_restore_then_autosave(shared: &UseReducerHandle<Shared>, dispatch: &Callback<Msg>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match services::autosave::restore().await {
                    Ok(restored) => dispatch.emit(Msg::Restored(restored.transpose())),
                    Err(e) => {
                        dispatch.emit(Msg::Restored(Ok(None)));
                        dispatch.emit(Msg::Autosaved(Err(e)));
                    }
                }
            });
        });
    }
    let store = shared.store.clone();
    let dispatch = dispatch.clone();
    let (revision, restoring) = {
        let store = store.borrow();
        (store.revision, store.autosave == store::Autosave::Restoring)
    };
    // Edits in quick succession (a run of analysed files, key repeat) are written together:
    // the save starts once the page has been quiet for AUTOSAVE_DELAY_MS.
    use_effect_with((revision, restoring), move |_| {
        let timer = gloo::timers::callback::Timeout::new(AUTOSAVE_DELAY_MS, move || {
            services::autosave::request(store, dispatch);
        });
        move || drop(timer)
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
