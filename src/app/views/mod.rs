//! The page layout: a skip link, the toolbar, notices, the live region that announces review
//! actions, and four columns — documents, reader, the side views (claims list, speakers,
//! story, tags) under their tabs, and the inspector — so the list, the text and the claim are
//! all in view at once from 1280×720 up; or the empty state that invites a drop. Views read
//! the `Store` and send `Msg`s.

pub mod claims;
mod confirm;
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

use web_sys::{DragEvent, HtmlElement, KeyboardEvent};
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
                <documents::DocumentsPane store={shared.store.clone()} catalog={store.versions.catalog()}
                    selected={store.selected_document.clone()} dispatch={dispatch.clone()} />
                { reader::reader_pane(store, dispatch) }
                <section class="side" aria-label="Claims, speakers, story and tags">
                    { side_tabs(store, dispatch) }
                    <div class="side-panel" role="tabpanel" id="side-panel"
                         aria-labelledby={tab_id(store.side)}>
                        { match store.side {
                            Side::Claims => claims::claims_pane(store, dispatch, shared),
                            Side::Speakers => html! { <speakers::SpeakersPane shared={shared.clone()} dispatch={dispatch.clone()} /> },
                            Side::Story => html! { <story::StoryPane shared={shared.clone()} dispatch={dispatch.clone()} /> },
                            Side::Tags => tags::tags_pane(store, dispatch),
                        } }
                    </div>
                </section>
                { inspector::inspector_pane(store, dispatch) }
                <speaker_names::SpeakerNames store={shared.store.clone()} catalog={store.versions.catalog()} />
            </main>
        }
    };
    let open = !store.project.documents.is_empty();
    html! {
        <div class="app" {ondragover} {ondrop}>
            if open {
                <a class="skip-link" href={format!("#{}", crate::app::keyboard::CLAIM_LIST_ID)}
                   onclick={dispatch.reform(|_| Msg::ShowSide(Side::Claims))}>{ "Skip to the claims list" }</a>
            }
            { toolbar::toolbar(store, dispatch) }
            { saving::saving_banner(store, dispatch) }
            { notices(store, dispatch) }
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">
            </div>
            { body }
            if let Some(proposal) = &store.proposal {
                <confirm::ConfirmDialog question={proposal.question.clone()} confirm={proposal.confirm} dispatch={dispatch.clone()} />
            }
            if store.help_open {
                <help::HelpOverlay store={shared.store.clone()} generation={shared.generation} dispatch={dispatch.clone()} />
            }
        </div>
    }
}

const SIDES: [(Side, &str); 4] = [
    (Side::Claims, "Claims"),
    (Side::Speakers, "Speakers"),
    (Side::Story, "Story"),
    (Side::Tags, "Tags"),
];

fn tab_id(side: Side) -> String {
    let name = SIDES.iter().find(|(s, _)| *s == side).map_or("claims", |(_, l)| l);
    format!("tab-{}", name.to_lowercase())
}

/// The side views' tabs: one tab stop (the selected tab); ←/→, Home and End move between the
/// tabs and show the tab moved to.
fn side_tabs(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let tab = |side: Side, label: &str| {
        let selected = store.side == side;
        html! {
            <button role="tab" id={tab_id(side)} class={classes!("tab", selected.then_some("selected"))}
                    aria-selected={selected.to_string()} aria-controls="side-panel"
                    tabindex={if selected { "0" } else { "-1" }}
                    onclick={dispatch.reform(move |_| Msg::ShowSide(side))}>{ label }</button>
        }
    };
    let current = SIDES.iter().position(|(s, _)| *s == store.side).unwrap_or(0);
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = SIDES.len();
            let to = match e.key().as_str() {
                "ArrowRight" => (current + 1) % n,
                "ArrowLeft" => (current + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            focus_soon(tab_id(SIDES[to].0));
            dispatch.emit(Msg::ShowSide(SIDES[to].0));
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Side views" {onkeydown}>
            { for SIDES.iter().map(|(side, label)| tab(*side, label)) }
        </div>
    }
}

/// Focuses the element with this id after the coming render (it may be re-rendered).
fn focus_soon(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let element = gloo::utils::document().get_element_by_id(&id);
        if let Some(element) =
            element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    })
    .forget();
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
    if store.notices.shown().is_empty() && store.reading == 0 && run.run_total == 0 {
        return html! {};
    }
    let reading = (store.reading > 0).then(|| html! {
        <div class="notice info" role="status">{ format!("Reading {} file(s)…", store.reading) }</div>
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
            <div class="notice info progress" role="status">
                <label for="analysis-progress">{ label }</label>
                <progress id="analysis-progress" max={run.run_total.to_string()} value={run.run_done.to_string()} />
            </div>
        }
    });
    // Notices float over the top of the workspace, so showing one never moves the panes.
    html! {
        <div class="notices">
            { for reading }
            { for analysing }
            { for store.notices.shown().iter().enumerate().map(|(i, notice)| {
                let class = match notice.level { Level::Info => "notice info", Level::Error => "notice error" };
                let role = match notice.level { Level::Info => "status", Level::Error => "alert" };
                let dismiss = dispatch.reform(move |_| Msg::DismissNotice(i));
                html! {
                    <div {class} {role}>
                        <span>{ &notice.text }{ (notice.times > 1).then(|| format!(" (×{})", notice.times)) }</span>
                        <button class="dismiss" aria-label="Dismiss" onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            }) }
        </div>
    }
}

/// A click on a dialog's backdrop (the `.overlay` around it, outside the dialog) sends `msg()`.
fn on_backdrop(dispatch: &Callback<Msg>, msg: fn() -> Msg) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let target = e.target_dyn_into::<web_sys::Element>();
        if target.is_some_and(|t| t.class_name().split_whitespace().any(|c| c == "overlay")) {
            dispatch.emit(msg());
        }
    })
}
