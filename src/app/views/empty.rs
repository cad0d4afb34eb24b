//! The empty state: what claimlens does, and the two ways in (drop or pick files, or the sample).

use yew::prelude::*;

use super::toolbar::{open_picker, sample_button};
use crate::app::store::Msg;

pub fn empty_state(dispatch: &Callback<Msg>) -> Html {
    html! {
        <main class="empty">
            <div class="drop-target">
                <h2>{ "Drop news articles here" }</h2>
                <p>{ "Plain-text files (.txt), as many as you like. claimlens finds every claim, who made it, \
                      and where the same claim appears in other outlets. Your files never leave this browser." }</p>
                <p>
                    <button class="button primary" onclick={open_picker("file-input")}>{ "Choose files…" }</button>
                    { " or " }
                    { sample_button(dispatch) }
                </p>
            </div>
        </main>
    }
}
