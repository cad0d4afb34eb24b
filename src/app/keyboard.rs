//! Keyboard-first review: one keydown listener on the document turns keys into messages.
//! Keys typed into a text field belong to the field, except Escape.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::store::Msg;

/// The shortcuts, as the help overlay lists them: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] =
    &[("j / ↓", "next claim"), ("k / ↑", "previous claim"), ("?", "show or hide this help")];

/// Installs the listener for the page's lifetime.
#[hook]
pub fn use_shortcuts(dispatch: Callback<Msg>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
            let event: &KeyboardEvent = event.unchecked_ref();
            if typing_in_a_field(event) || event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let msg = match event.key().as_str() {
                "j" | "ArrowDown" => Msg::StepClaim(1),
                "k" | "ArrowUp" => Msg::StepClaim(-1),
                "?" => Msg::ToggleHelp,
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(msg);
        });
        move || drop(listener)
    });
}

fn typing_in_a_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}
