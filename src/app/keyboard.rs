//! Keyboard-first review: one keydown listener on the document turns keys into messages.
//! Keys typed into a text field belong to the field, except Escape.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::store::Msg;
use crate::model::Status;

/// The shortcuts, as the help overlay lists them: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] =
    &[("j / ↓", "next claim"), ("k / ↑", "previous claim"), ("?", "show or hide this help")];

/// Installs the listener for the page's lifetime.
#[hook]
pub fn use_shortcuts(dispatch: Callback<Msg>) {
    use_effect_with((), move |_| {
        // Not passive: shortcuts must be able to stop the key's default action.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let event: &KeyboardEvent = event.unchecked_ref();
                let key = event.key();
                if key == "Escape" {
                    if let Some(field) = focused_field(event) {
                        let _ = field.blur();
                    }
                    dispatch.emit(Msg::CloseHelp);
                    return;
                }
                if focused_field(event).is_some() || event.alt_key() {
                    return;
                }
                let command = event.ctrl_key() || event.meta_key();
                let msg = match (command, event.shift_key(), key.as_str()) {
                    (true, false, "z") => Msg::Undo,
                    (true, true, "Z" | "z") | (true, _, "y") => Msg::Redo,
                    (true, _, _) => return,
                    (false, _, "j" | "ArrowDown") => Msg::StepClaim(1),
                    (false, _, "k" | "ArrowUp") => Msg::StepClaim(-1),
                    (false, _, "a") => Msg::SetSelectedStatus(Status::Accepted),
                    (false, _, "r") => Msg::SetSelectedStatus(Status::Rejected),
                    (false, _, "u") => Msg::SetSelectedStatus(Status::Suggested),
                    (false, _, "z") => Msg::Undo,
                    (false, _, "y") => Msg::Redo,
                    (false, _, "?") => Msg::ToggleHelp,
                    (false, _, "n") => Msg::ClaimFromSelection,
                    (false, _, "s") => return focus(event, "speaker-input"),
                    (false, _, "/") => return focus(event, "claim-search"),
                    (false, _, other) if other.chars().count() == 1 => {
                        Msg::TagKey(other.to_string())
                    }
                    _ => return,
                };
                event.prevent_default();
                dispatch.emit(msg);
            },
        );
        move || drop(listener)
    });
}

/// The text field the key was typed into, if any (keys there belong to the field).
fn focused_field(event: &KeyboardEvent) -> Option<HtmlElement> {
    let target = event.target()?.dyn_into::<HtmlElement>().ok()?;
    let typing = matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable();
    typing.then_some(target)
}

fn focus(event: &KeyboardEvent, id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            event.prevent_default();
            let _ = element.focus();
        }
    }
}
