//! The yew page (wasm32 only): drop files, read them with claims highlighted, review, export.
//!
//! One `Session` (src/session, named `Store` here) holds the project and the view state; the
//! root component owns it and passes it down read-only, with a `Callback<Msg>` for events up.
//! The reducer hands each message to `Session::update` and runs the effects it returns
//! (effects.rs). Views are in views/, browser services (files, downloads, storage) in services/.

mod effects;
mod keyboard;
mod services;
mod store;
mod views;
pub mod worker;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

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

    /// Hands the message to the session and runs the effects it returns; paints unless the
    /// session asked to paint in the next task.
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let msg = with_reader_selection(msg);
        let started = services::timing::now();
        let effects = self.store.borrow_mut().update(msg, started);
        services::timing::measure("claimlens: update", started);
        if !effects::run(&self.store, effects) {
            return self;
        }
        Rc::new(Shared { store: self.store.clone(), generation: self.generation + 1 })
    }
}

/// "Claim from selection" and the span buttons carry the browser's selection in the reader,
/// when there is one (the session knows only the keyboard's).
fn with_reader_selection(msg: Msg) -> Msg {
    match msg {
        Msg::ClaimFromSelection | Msg::SpanFromSelection(_) => {
            match services::selection::reader_selection() {
                Some((start, end)) => Msg::Selected { start, end, then: Box::new(msg) },
                None => msg,
            }
        }
        msg => msg,
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
    use_effect(effects::run_after_paint);
    let information: Vec<u64> = {
        let store = shared.store.borrow();
        store
            .notices
            .shown()
            .iter()
            .filter(|n| n.level == store::Level::Info)
            .map(|n| n.id)
            .collect()
    };
    use_information_leaves(information, &dispatch);
    let store = shared.store.borrow();
    let view_started = services::timing::now();
    let html = views::page(&store, &dispatch, &shared);
    services::timing::measure("claimlens: view", view_started);
    html
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
    /// The page's dispatch, for effects that answer later (saving, the tabs' roles).
    static DISPATCH: RefCell<Option<Callback<Msg>>> = const { RefCell::new(None) };
}

fn dispatcher() -> Callback<Msg> {
    DISPATCH.with(|d| d.borrow().clone()).unwrap_or_else(|| Callback::from(|_| {}))
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

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
