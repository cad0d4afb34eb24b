//! Two tabs on one project: each tab announces itself on a BroadcastChannel; a tab that hears
//! another one warns loudly, since both autosave to the same IndexedDB record.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::Callback;

use crate::app::store::Msg;

const CHANNEL: &str = "claimlens-tabs";
const HELLO: &str = "hello";
const HERE: &str = "here";

/// Starts listening; `dispatch` gets `Msg::OtherTabOpen` when another tab has the page open.
pub fn watch_other_tabs(dispatch: Callback<Msg>) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else { return };
    let reply = channel.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        match event.data().as_string().as_deref() {
            Some(HELLO) => {
                let _ = reply.post_message(&HERE.into());
                dispatch.emit(Msg::OtherTabOpen);
            }
            Some(HERE) => dispatch.emit(Msg::OtherTabOpen),
            _ => {}
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = channel.post_message(&HELLO.into());
    std::mem::forget(channel);
}
