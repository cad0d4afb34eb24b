//! The toolbar: open files, load the sample story, import, export, new project, undo, redo,
//! help, and where saving stands. One line that never changes its height (nothing wraps); the
//! file inputs are hidden from focus and opened by real buttons, so the first Tab lands on
//! something visible.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::read_and_add;
use crate::app::services::files::{files_of, read_text};
use crate::app::store::{ExportFormat, Msg, Store};
use crate::pipeline::InputFile;
use crate::session::saving::Status;

/// The five seed articles of the demo story, built into the page.
const SAMPLE: [(&str, &[u8]); 5] = [
    ("000_b6e732ae2de8a876.txt", include_bytes!("../../../www/sample/000_b6e732ae2de8a876.txt")),
    ("001_216727c9abf153cd.txt", include_bytes!("../../../www/sample/001_216727c9abf153cd.txt")),
    ("002_c9a25246d8df2476.txt", include_bytes!("../../../www/sample/002_c9a25246d8df2476.txt")),
    ("003_1df48a8ff55d4118.txt", include_bytes!("../../../www/sample/003_1df48a8ff55d4118.txt")),
    ("004_3db6b54fe26f4393.txt", include_bytes!("../../../www/sample/004_3db6b54fe26f4393.txt")),
];

pub fn toolbar(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let has_project = !store.project.documents.is_empty();
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                read_and_add(files_of(&list), &dispatch);
            }
            input.set_value("");
        })
    };
    let on_import = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else { return };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match read_text(file).await {
                    Ok(json) => dispatch.emit(Msg::Import { name, json }),
                    Err(why) => {
                        let message = format!(
                            "{name} was not imported: {why}. The open project is unchanged."
                        );
                        dispatch.emit(Msg::Failed(message))
                    }
                }
            });
        })
    };
    let on_export = dispatch.reform(|_| Msg::Export);
    // Not disabled while an export is written: a focused button that becomes disabled drops
    // the keyboard's focus; a second export is refused with a notice instead (session).
    let may_export = has_project;
    let on_new = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            if gloo::dialogs::confirm(
                "Start a new project? The open project and its review will be discarded.",
            ) {
                dispatch.emit(Msg::NewProject);
            }
        })
    };
    html! {
        <header class="toolbar">
            <h1>{ "claimlens" }</h1>
            <input id="file-input" class="visually-hidden" type="file" multiple=true accept=".txt,text/plain"
                   tabindex="-1" aria-hidden="true" onchange={on_files} />
            <button class="button" onclick={open_picker("file-input")}>{ "Open files" }</button>
            { sample_button(dispatch) }
            <input id="import-input" class="visually-hidden" type="file" accept=".json,application/json"
                   tabindex="-1" aria-hidden="true" onchange={on_import} />
            <button class="button" onclick={open_picker("import-input")}>{ "Import JSON" }</button>
            <button class="button" onclick={on_export} disabled={!may_export}>{ "Export JSON" }</button>
            <details class="export-more">
                <summary class="button">{ "More exports" }</summary>
                <div class="menu">
                    <button class="button" disabled={!may_export} onclick={dispatch.reform(|_| Msg::ExportAs(ExportFormat::W3c))}>{ "W3C Web Annotation (JSON-LD)" }</button>
                    <button class="button" disabled={!may_export} onclick={dispatch.reform(|_| Msg::ExportAs(ExportFormat::Brat))}>{ "brat / INCEpTION (one .zip)" }</button>
                    <button class="button" disabled={!may_export} onclick={dispatch.reform(|_| Msg::ExportAs(ExportFormat::Csv))}>{ "CSV of claims" }</button>
                    <button class="button" disabled={!may_export} onclick={dispatch.reform(|_| Msg::ExportAs(ExportFormat::ClaimReview))}>{ "ClaimReview (schema.org, verdict tags)" }</button>
                </div>
            </details>
            <button class="button" onclick={on_new} disabled={!has_project}>{ "New project" }</button>
            <button class="button" onclick={dispatch.reform(|_| Msg::Undo)} disabled={!store.history.can_undo()} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button class="button" onclick={dispatch.reform(|_| Msg::Redo)} disabled={!store.history.can_redo()} aria-keyshortcuts="Control+Y">{ "Redo" }</button>
            <button class="button" onclick={dispatch.reform(|_| Msg::ToggleHelp)} aria-keyshortcuts="?">{ "Keys ?" }</button>
            { export_state(store) }
            { save_state(store) }
        </header>
    }
}

/// Opens the file picker of the hidden input with this id.
pub fn open_picker(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let input = gloo::utils::document().get_element_by_id(id);
        if let Some(input) =
            input.and_then(|i| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(i).ok())
        {
            input.click();
        }
    })
}

/// The export being written and how far it is (a large project takes seconds).
fn export_state(store: &Store) -> Html {
    let Some(writing) = store.exporting else { return html! {} };
    let text = format!("Writing {}… {}%", writing.format.file_name(), writing.percent());
    html! { <span class="save-state" role="status">{ text }</span> }
}

/// Where autosave stands, always visible; "saved" only for what a committed save holds
/// (session/saving.rs), a failure or a refused restore in red.
fn save_state(store: &Store) -> Html {
    let (class, text) = match store.save_status() {
        Status::Opening => ("save-state", "Opening saved work…".to_string()),
        Status::Failed(e) => ("save-state failed", format!("Not saved: {e}")),
        Status::Refused => (
            "save-state failed",
            "Not saving: the stored project could not be restored".to_string(),
        ),
        Status::Following => ("save-state", "Saved by another tab; view only".to_string()),
        Status::Analysing => ("save-state", "Not saved yet: files are being analysed".to_string()),
        Status::Saved => ("save-state saved", "All changes saved in this browser".to_string()),
        Status::Saving => ("save-state", "Saving…".to_string()),
    };
    html! { <span class={class} role="status" aria-live="polite">{ text }</span> }
}

pub fn sample_button(dispatch: &Callback<Msg>) -> Html {
    let onclick = dispatch.reform(|_| {
        Msg::FilesRead(
            SAMPLE
                .iter()
                .map(|(name, bytes)| InputFile { name: name.to_string(), bytes: bytes.to_vec() })
                .collect(),
        )
    });
    html! { <button class="button" {onclick}>{ "Load the sample story" }</button> }
}
