//! The help overlay (?): every keyboard shortcut, generated from the page's one keymap
//! (`keyboard::KEYMAP`) and the project's tag keys, so it lists exactly what the keys do.
//!
//! A modal dialog: focus moves into it when it opens and back where it was when it closes;
//! Tab stays inside it and no shortcut acts behind it (keyboard.rs); Escape, ?, the Close
//! button or a click outside close it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::keyboard::{HELP_ID, KEYMAP};
use crate::app::store::{Msg, Store};

#[derive(Properties)]
pub struct HelpProps {
    pub store: Rc<RefCell<Store>>,
    /// Changes with every update, so the tag keys listed are current.
    pub generation: u64,
    pub dispatch: Callback<Msg>,
}

impl PartialEq for HelpProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store) && self.generation == other.generation
    }
}

#[function_component(HelpOverlay)]
pub fn help_overlay(props: &HelpProps) -> Html {
    let close_button = use_node_ref();
    use_focus_inside_while_open(&close_button);
    let store = props.store.borrow();
    let close = props.dispatch.reform(|_| Msg::CloseHelp);
    let outside = super::on_backdrop(&props.dispatch, || Msg::CloseHelp);
    let tag_keys = store.project.tags.iter().filter_map(|t| {
        t.key.as_ref().map(|k| (k.clone(), format!("toggle the tag “{}”", t.label)))
    });
    html! {
        <div class="overlay" onclick={outside}>
            <div class="dialog" id={HELP_ID} role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                <table class="shortcuts">
                    <caption class="visually-hidden">{ "Every key and what it does" }</caption>
                    { for KEYMAP.iter().map(|binding| html! {
                        <tr>
                            <th scope="row">
                                { for binding.chords.iter().enumerate().map(|(i, chord)| html! {
                                    <>{ (i > 0).then_some(" ") }<kbd>{ chord.label() }</kbd></>
                                }) }
                            </th>
                            <td>{ binding.what }</td>
                        </tr>
                    }) }
                    { for tag_keys.map(|(key, what)| html! {
                        <tr><th scope="row"><kbd>{ key }</kbd></th><td>{ what }</td></tr>
                    }) }
                </table>
                <p class="hint">{ "Tag keys move on to the next claim too when “Tag keys move on” is ticked above the claims list." }</p>
                <button class="button" ref={close_button} onclick={close}>{ "Close" }</button>
            </div>
        </div>
    }
}

/// Focuses `target` when the dialog opens and gives focus back to what had it when it closes.
#[hook]
fn use_focus_inside_while_open(target: &NodeRef) {
    let target = target.clone();
    use_effect_with((), move |_| {
        let before = gloo::utils::document().active_element();
        if let Some(button) = target.cast::<HtmlElement>() {
            let _ = button.focus();
        }
        move || {
            if let Some(element) = before.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = element.focus();
            }
        }
    });
}
