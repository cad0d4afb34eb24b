//! The page layout: toolbar, notices, and the three panes (documents, reader, claims +
//! inspector), or the empty state that invites a drop. Views read the `Store` and send `Msg`s.

pub mod claims;
mod deferred;
mod documents;
mod empty;
mod field;
mod help;
mod inspector;
mod reader;
mod saving;
mod speaker_names;
mod speakers;
mod story;
mod tags;
mod toolbar;
pub mod windowing;

use web_sys::DragEvent;
use yew::prelude::*;

use super::services::files::{files_of, read_group};
use super::store::{Level, Msg, Side, Store};
use super::Shared;

/// The whole page; the drop zone covers all of it.
pub fn page(store: &Store, dispatch: &Callback<Msg>, shared: &Shared) -> Html {
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(list) = e.data_transfer().and_then(|dt| dt.files()) {
                read_and_add(files_of(&list), &dispatch);
            }
        })
    };
    let body = if store.project.documents.is_empty() {
        empty::empty_state(dispatch)
    } else {
        html! {
            <main class="panes">
                <documents::DocumentsPane store={shared.store.clone()} catalog={store.catalog}
                    selected={store.selected_document.clone()} dispatch={dispatch.clone()} />
                { reader::reader_pane(store, dispatch) }
                <section class="side" aria-label="Claims">
                    { inspector::inspector_pane(store, dispatch) }
                    { side_tabs(store, dispatch) }
                    { match store.side {
                        Side::Claims => claims::claims_pane(store, dispatch, shared),
                        Side::Speakers => html! { <speakers::SpeakersPane shared={shared.clone()} dispatch={dispatch.clone()} /> },
                        Side::Story => html! { <story::StoryPane shared={shared.clone()} dispatch={dispatch.clone()} /> },
                        Side::Tags => tags::tags_pane(store, dispatch),
                    } }
                </section>
                <speaker_names::SpeakerNames store={shared.store.clone()} catalog={store.catalog} />
            </main>
        }
    };
    html! {
        <div class="app" {ondragover} {ondrop}>
            { toolbar::toolbar(store, dispatch) }
            { saving::saving_banner(store, dispatch) }
            { notices(store, dispatch) }
            { body }
            { help::help_overlay(store, dispatch) }
        </div>
    }
}

fn side_tabs(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let tab = |side: Side, label: &str| {
        let selected = store.side == side;
        html! {
            <button role="tab" class={classes!("tab", selected.then_some("selected"))}
                    aria-selected={selected.to_string()} onclick={dispatch.reform(move |_| Msg::ShowSide(side))}>{ label }</button>
        }
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Side views">
            { tab(Side::Claims, "Claims") }{ tab(Side::Speakers, "Speakers") }{ tab(Side::Story, "Story") }{ tab(Side::Tags, "Tags") }
        </div>
    }
}

/// Files are read, and handed on, in groups of this many, so analysis starts while the rest of
/// a big drop is still being read.
const READ_GROUP: usize = 16;

/// Reads the files' bytes in the background and hands them on, in order, as they are read;
/// they are all added to the project together once the last one is analysed.
pub fn read_and_add(files: Vec<web_sys::File>, dispatch: &Callback<Msg>) {
    if files.is_empty() {
        return;
    }
    dispatch.emit(Msg::ReadingStarted(files.len()));
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        for group in files.chunks(READ_GROUP) {
            let (read, failed): (Vec<_>, Vec<_>) =
                read_group(group).await.into_iter().partition(Result::is_ok);
            if !failed.is_empty() {
                dispatch
                    .emit(Msg::FilesFailed(failed.into_iter().filter_map(Result::err).collect()));
            }
            if !read.is_empty() {
                dispatch.emit(Msg::FilesRead(read.into_iter().filter_map(Result::ok).collect()));
            }
        }
    });
}

fn notices(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let run = &store.analysis;
    if store.notices.is_empty() && store.reading == 0 && run.run_total == 0 {
        return html! {};
    }
    let reading = (store.reading > 0).then(|| html! {
        <li class="notice info" role="status">{ format!("Reading {} file(s)…", store.reading) }</li>
    });
    let analysing = (run.run_total > 0).then(|| {
        let label = match (&run.linking, &run.last) {
            (Some(linking), _) => format!(
                "Analysed {} file(s); linking speakers, copies and the same claims across documents…",
                linking.file_count()
            ),
            (None, Some((name, claims))) => format!(
                "Analysed {} of {} file(s)… (latest: {name}, {claims} claim(s))",
                run.run_done,
                run.run_total as usize + store.reading
            ),
            (None, None) => format!("Analysing {} file(s)…", run.run_total),
        };
        html! {
            <li class="notice info progress" role="status">
                <label for="analysis-progress">{ label }</label>
                <progress id="analysis-progress" max={run.run_total.to_string()} value={run.run_done.to_string()} />
            </li>
        }
    });
    html! {
        <ul class="notices" aria-live="polite">
            { for reading }
            { for analysing }
            { for store.notices.iter().enumerate().map(|(i, notice)| {
                let class = match notice.level { Level::Info => "notice info", Level::Error => "notice error" };
                let role = match notice.level { Level::Info => "status", Level::Error => "alert" };
                let dismiss = dispatch.reform(move |_| Msg::DismissNotice(i));
                html! {
                    <li {class} {role}>
                        <span>{ &notice.text }</span>
                        <button class="dismiss" aria-label="Dismiss" onclick={dismiss}>{ "×" }</button>
                    </li>
                }
            }) }
        </ul>
    }
}
