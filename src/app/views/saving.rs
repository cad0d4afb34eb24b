//! The saving banner: what the person must choose when this tab does not save — a stored
//! project the page could not restore (kept; export it, retry, or start over), or another tab
//! that writes the project (this one follows it; edit here instead).

use yew::prelude::*;

use crate::app::store::{Msg, Store};
use crate::session::saving::Mode;

pub fn saving_banner(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let button = |label: &str, msg: fn() -> Msg| {
        html! { <button class="button small" onclick={dispatch.reform(move |_| msg())}>{ label.to_string() }</button> }
    };
    match store.saving.mode() {
        Mode::Refused(reason) => html! {
            <div class="notice error saving-banner" role="alert">
                <p>{ format!("The project saved in this browser could not be restored: {reason}.") }</p>
                <p>{ "Nothing was deleted: its records are kept, and this tab saves nothing until you choose." }</p>
                { button("Export the stored records", || Msg::ExportStoredRecords) }
                { button("Try again", || Msg::RetryRestore) }
                { button("Start over here (the stored records stay set aside)", || Msg::StartOver) }
            </div>
        },
        Mode::Following | Mode::HandingOver => html! {
            <div class="notice info saving-banner" role="status">
                <p>{ "This project is being edited in another tab, which saves it; this tab shows its saves and does not edit." }</p>
                { button("Edit here", || Msg::EditHere) }
            </div>
        },
        Mode::Restoring | Mode::Writing => html! {},
    }
}
