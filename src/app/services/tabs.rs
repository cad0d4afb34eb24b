//! One writer among the tabs that have the page open: only the tab holding the Web Lock
//! "claimlens-writer" saves; the others follow it and refuse edits, so no tab can overwrite
//! another's saved work, or say "saved" for an edit that will be overwritten.
//!
//! - A tab opening asks for the lock without waiting. Granted: it is the writer
//!   (`Msg::BecameWriter`). Held by another tab: it queues for the lock, so it becomes the
//!   writer when the writing tab closes, and follows (`Msg::Follow`) unless the lock comes
//!   within `GRACE_MS` (a reload's page replacing its predecessor).
//! - The writer announces every committed save on the BroadcastChannel "claimlens-tabs"
//!   ("saved"); a following tab then reads the stored project again (`Msg::OtherTabSaved`).
//! - "Edit here" in a following tab asks the writer to hand over ("release"): the writer
//!   finishes its save, lets go of the lock and follows (`Msg::HandOver`); the lock goes to the
//!   tab that asked, which reads the stored project and writes from then on.
//! - A browser without Web Locks makes every tab a writer and warns when another tab is open
//!   (`Msg::OtherTabOpen`), as earlier versions did.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};
use yew::Callback;

use crate::app::store::Msg;

const LOCK: &str = "claimlens-writer";
const CHANNEL: &str = "claimlens-tabs";
const SAVED: &str = "saved";
const RELEASE: &str = "release";
const HELLO: &str = "hello";
const HERE: &str = "here";

thread_local! {
    static TABS: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    /// Resolves the promise that holds the writer's lock: calling it lets go.
    static HOLDING: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Starts listening to the other tabs and asks for the writer's lock; `dispatch` hears which
/// role this tab has.
pub fn start(dispatch: Callback<Msg>) {
    let channel = BroadcastChannel::new(CHANNEL).ok();
    let locks = lock_manager();
    if let Some(channel) = &channel {
        let reply = channel.clone();
        let with_locks = locks.is_some();
        let heard = dispatch.clone();
        let on_message =
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                match event.data().as_string().as_deref() {
                    Some(SAVED) => heard.emit(Msg::OtherTabSaved),
                    Some(RELEASE) => heard.emit(Msg::HandOver),
                    Some(HELLO) if !with_locks => {
                        let _ = reply.post_message(&HERE.into());
                        heard.emit(Msg::OtherTabOpen);
                    }
                    Some(HERE) if !with_locks => heard.emit(Msg::OtherTabOpen),
                    _ => {}
                }
            });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        if locks.is_none() {
            let _ = channel.post_message(&HELLO.into());
        }
    }
    TABS.with(|tabs| *tabs.borrow_mut() = channel);
    match locks {
        Some(locks) => ask_for_lock(&locks, dispatch, false),
        None => dispatch.emit(Msg::BecameWriter),
    }
}

/// Tells the following tabs that the stored project changed.
pub fn announce_saved() {
    post(SAVED);
}

/// Asks the writing tab to hand the writer's role over to this one.
pub fn ask_to_edit_here() {
    post(RELEASE);
}

/// Lets go of the writer's lock (after the last save finished) and queues for it again.
pub fn release_and_follow(dispatch: Callback<Msg>) {
    let Some(release) = HOLDING.with(|h| h.borrow_mut().take()) else { return };
    let _ = release.call0(&JsValue::NULL);
    dispatch.emit(Msg::Follow);
    if let Some(locks) = lock_manager() {
        ask_for_lock(&locks, dispatch, true);
    }
}

/// How long a tab that found the lock taken waits for it before it follows: a reload's new
/// page can ask while the page it replaces is still letting go.
const GRACE_MS: u32 = 500;

fn follow_unless_granted_soon(dispatch: Callback<Msg>) {
    gloo::timers::callback::Timeout::new(GRACE_MS, move || {
        if HOLDING.with(|h| h.borrow().is_none()) {
            dispatch.emit(Msg::Follow);
        }
    })
    .forget();
}

fn post(message: &str) {
    TABS.with(|tabs| {
        if let Some(channel) = tabs.borrow().as_ref() {
            let _ = channel.post_message(&message.into());
        }
    });
}

/// `navigator.locks`, where the browser has it.
fn lock_manager() -> Option<JsValue> {
    let navigator = Reflect::get(&gloo::utils::window(), &"navigator".into()).ok()?;
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// `navigator.locks.request(LOCK, {ifAvailable: !wait}, granted)`: a granted lock is held
/// until `release_and_follow`; an unavailable one makes this tab follow and queue.
fn ask_for_lock(locks: &JsValue, dispatch: Callback<Msg>, wait: bool) {
    let Ok(request) = Reflect::get(locks, &"request".into()).and_then(|f| f.dyn_into::<Function>())
    else {
        return dispatch.emit(Msg::BecameWriter);
    };
    let options = js_sys::Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::from_bool(!wait));
    let queued = locks.clone();
    let fallback = dispatch.clone();
    let granted = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        if lock.is_null() {
            follow_unless_granted_soon(dispatch.clone());
            ask_for_lock(&queued, dispatch, true);
            return JsValue::UNDEFINED;
        }
        let held = Promise::new(&mut |resolve, _| {
            HOLDING.with(|h| *h.borrow_mut() = Some(resolve));
        });
        dispatch.emit(Msg::BecameWriter);
        held.into()
    });
    let answer = request.call3(locks, &LOCK.into(), &options, &granted);
    if let Err(e) = answer {
        gloo::console::warn!("claimlens: no writer's lock; saving from this tab", e);
        fallback.emit(Msg::BecameWriter);
    }
}
