//! The help overlay (?): every keyboard shortcut.

use yew::prelude::*;

use crate::app::keyboard::SHORTCUTS;
use crate::app::store::{Msg, Store};

pub fn help_overlay(store: &Store, dispatch: &Callback<Msg>) -> Html {
    if !store.help_open {
        return html! {};
    }
    let close = dispatch.reform(|_| Msg::ToggleHelp);
    html! {
        <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
            <div class="dialog">
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                <table class="shortcuts">
                    { for SHORTCUTS.iter().map(|(keys, what)| html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }) }
                    { for store.project.tags.iter().filter_map(|t| t.key.as_ref().map(|k| html! {
                        <tr><th scope="row"><kbd>{ k }</kbd></th><td>{ format!("toggle tag “{}”", t.label) }</td></tr>
                    })) }
                </table>
                <button class="button" onclick={close} autofocus=true>{ "Close" }</button>
            </div>
        </div>
    }
}
