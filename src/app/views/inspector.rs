//! The inspector, a column of its own beside the claims list: everything about the selected
//! claim, and every edit on it — status, speaker (pick with type-ahead or create), kind, spans
//! from the reader selection (mouse or keyboard), tags, note — plus the other outlets' versions
//! of the same claim side by side with the differing words marked, a decision for all of them
//! at once, and the last decisions made, with undo.

use yew::prelude::*;

use super::field::Field;
use crate::app::store::{Msg, Store};
use crate::model::{Claim, ClaimKind, Document, Project, Status};
use crate::review::{Action, SpanField};
use crate::story::diff::side_by_side;
use crate::text::Span;

pub fn inspector_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let claim = store.selected_claim.as_deref().and_then(|id| project.claim(id));
    let Some((claim, doc)) = claim.and_then(|c| Some((c, project.document(&c.document)?))) else {
        return html! {
            <aside class="inspector" aria-label="Inspector">
                <p class="hint">{ "Select a claim in the text or the list (j / k). Select text in the reader (or Shift+→ from a claim) and press n to add a claim. ? lists every key." }</p>
                { last_decisions(store, dispatch) }
            </aside>
        };
    };
    let id = claim.id.clone();
    let review = move |make: Box<dyn Fn(String) -> Action>| {
        let id = id.clone();
        dispatch.reform(move |_: MouseEvent| Msg::Review(make(id.clone())))
    };
    let status_button = |status: Status, label: &str, key: &str| {
        let pressed = claim.status == status;
        html! {
            <button class={classes!("button", "status", status.as_str(), pressed.then_some("pressed"))} aria-pressed={pressed.to_string()}
                    onclick={review(Box::new(move |claim| Action::SetStatus { claim, status }))}>
                { label }<kbd>{ key }</kbd>
            </button>
        }
    };
    html! {
        <aside class="inspector" aria-label="Inspector">
            <h2>{ format!("Claim {} · {} · {}", claim.id, doc.name, if claim.origin == crate::model::Origin::Manual { "manual".to_string() } else { format!("confidence {:.2}", claim.confidence) }) }</h2>
            { found_by(claim) }
            <div class="row">
                { status_button(Status::Accepted, "Accept", "a") }
                { status_button(Status::Rejected, "Reject", "r") }
                { kind_select(claim, dispatch) }
            </div>
            { speaker_field(store, claim, dispatch) }
            { span_row("Content", SpanField::Content, Some(claim.content), doc, dispatch) }
            { span_row("Cue", SpanField::Cue, claim.cue, doc, dispatch) }
            { span_row("Source", SpanField::Source, claim.source_mention, doc, dispatch) }
            { tag_toggles(project, claim, dispatch) }
            { note_field(claim, dispatch) }
            { other_versions(project, claim, dispatch) }
            { last_decisions(store, dispatch) }
        </aside>
    }
}

/// Why the extractor suggested the claim: the rule that found it, in words.
fn found_by(claim: &Claim) -> Html {
    match claim.found_by {
        Some(rule) => {
            html! { <p class="found-by">{ format!("Found by: {}", rule.in_words()) }</p> }
        }
        None => html! {},
    }
}

/// How many of the last decisions the inspector lists.
const RECENT: usize = 5;

/// The last edits, newest first, each a link to its claim; undo (z, or the toolbar's Undo)
/// takes back the newest.
fn last_decisions(store: &Store, dispatch: &Callback<Msg>) -> Html {
    if !store.history.can_undo() {
        return html! {};
    }
    let project = &store.project;
    html! {
        <section class="recent" aria-labelledby="recent-title">
            <h3 id="recent-title">{ "Last decisions" }</h3>
            <ol>
                { for store.history.recent(RECENT).map(|action| {
                    let words = crate::review::describe::describe(action, project);
                    // a claim since deleted is not found when selected, and nothing changes
                    match crate::review::describe::claim_of(action) {
                        Some(id) => {
                            let id = id.to_string();
                            let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
                            html! { <li><button class="link" {onclick}>{ words }</button></li> }
                        }
                        None => html! { <li>{ words }</li> },
                    }
                }) }
            </ol>
            <p class="hint"><kbd>{ "z" }</kbd>{ " takes back the newest, " }<kbd>{ "y" }</kbd>{ " does it again" }</p>
        </section>
    }
}

fn kind_select(claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    let id = claim.id.clone();
    let onchange = dispatch.reform(move |e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        let kind =
            ClaimKind::ALL.into_iter().find(|k| k.as_str() == value).unwrap_or(ClaimKind::Indirect);
        Msg::Review(Action::SetKind { claim: id.clone(), kind })
    });
    html! {
        <label class="inline">{ "Kind " }
            <select {onchange}>
                { for ClaimKind::ALL.into_iter().map(|k| html! { <option value={k.as_str()} selected={k == claim.kind}>{ k.as_str() }</option> }) }
            </select>
        </label>
    }
}

/// Type-ahead over speaker names (a datalist); an unknown name offers to create the speaker.
fn speaker_field(store: &Store, claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let current = claim.speaker.as_deref().and_then(|s| project.speaker(s));
    let id = claim.id.clone();
    let oncommit = dispatch.reform(move |name: String| Msg::SpeakerNamed {
        claim: id.clone(),
        name: name.trim().to_string(),
    });
    html! {
        <div class="field">
            <label for="speaker-input">{ "Speaker " }<kbd>{ "s" }</kbd></label>
            <Field id="speaker-input" list={super::speaker_names::LIST_ID} key={claim.id.clone()}
                   value={current.map(|s| s.name.clone()).unwrap_or_default()}
                   placeholder="Type a name: pick one, or a new name creates a speaker" {oncommit} />
            if let Some(s) = current {
                if !s.descriptions.is_empty() { <p class="hint">{ s.descriptions.join("; ") }</p> }
            }
        </div>
    }
}

fn span_row(
    label: &str,
    field: SpanField,
    span: Option<Span>,
    doc: &Document,
    dispatch: &Callback<Msg>,
) -> Html {
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let set = dispatch.reform(move |_| Msg::SpanFromSelection(field));
    let clear = (field != SpanField::Content).then(|| {
        let onclick = dispatch.reform(move |_| Msg::ClearSelectedSpan(field));
        html! { <button class="button small" {onclick} aria-label={format!("Clear {label}")}>{ "Clear" }</button> }
    });
    let content = field == SpanField::Content;
    html! {
        <div class="span-row">
            <span class="span-label">{ label }</span>
            // the content can be long: it scrolls, so it takes focus for keyboard scrolling
            <span class={classes!("span-text", content.then_some("content-text"))}
                  tabindex={content.then_some("0")}>
                { span.map_or("—".to_string(), |s| s.slice(&doc.text).to_string()) }
            </span>
            <button class="button small" onmousedown={keep_selection} onclick={set}
                    aria-label={format!("From selection: set the {}", label.to_lowercase())}>{ "From selection" }</button>
            { for clear }
        </div>
    }
}

fn tag_toggles(project: &Project, claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    html! {
        <div class="tags" role="group" aria-label="Tags">
            { for project.tags.iter().map(|tag| {
                let on = claim.tags.contains(&tag.id);
                let (claim_id, tag_id) = (claim.id.clone(), tag.id.clone());
                let onclick = dispatch.reform(move |_| Msg::Review(Action::ToggleTag { claim: claim_id.clone(), tag: tag_id.clone() }));
                html! {
                    <button class={classes!("tag", on.then_some("on"))} aria-pressed={on.to_string()} {onclick}
                            style={format!("--tag: {}", tag.color)}>
                        <span class="swatch" aria-hidden="true"></span>{ &tag.label }
                        if let Some(key) = &tag.key { <kbd>{ key }</kbd> }
                    </button>
                }
            }) }
        </div>
    }
}

fn note_field(claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    let id = claim.id.clone();
    let oncommit = dispatch
        .reform(move |note: String| Msg::Review(Action::SetNote { claim: id.clone(), note }));
    html! {
        <div class="field">
            <label for="note-input">{ "Note" }</label>
            <Field id="note-input" key={claim.id.clone()} rows={2} value={claim.note.clone()} {oncommit} />
        </div>
    }
}

/// The same claim in the other outlets, each beside this one with the differing words marked.
fn other_versions(project: &Project, claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    let Some(cluster) = claim.cluster.as_deref().and_then(|k| project.cluster(k)) else {
        return html! {};
    };
    let text_of = |c: &Claim| {
        project
            .document(&c.document)
            .map_or(String::new(), |d| c.content.slice(&d.text).to_string())
    };
    let mine = text_of(claim);
    let this_name =
        project.document(&claim.document).map_or(claim.document.clone(), |d| d.name.clone());
    let all = |status: Status, label: &str, key: &str| {
        html! {
            <button class="button small" aria-keyshortcuts={key.to_string()}
                    onclick={dispatch.reform(move |_| Msg::SetSelectedClusterStatus(status))}>{ label }<kbd>{ key }</kbd></button>
        }
    };
    html! {
        <div class="versions">
            <h3>{ format!("In {} other document(s){}", cluster.claims.len() - 1, if cluster.variant_wording { " — worded differently" } else { "" }) }</h3>
            <div class="row">
                { all(Status::Accepted, "Accept all versions", "A") }
                { all(Status::Rejected, "Reject all versions", "R") }
            </div>
            { for cluster.claims.iter().filter(|id| **id != claim.id).filter_map(|id| project.claim(id)).map(|other| {
                let (left, right) = side_by_side(&mine, &text_of(other));
                let name = project.document(&other.document).map_or(other.document.clone(), |d| d.name.clone());
                let id = other.id.clone();
                let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
                let marked = |pieces: Vec<crate::story::diff::Marked>| html! {
                    { for pieces.into_iter().map(|p| if p.changed { html! { <ins class="diff">{ p.text }</ins> } } else { html! { { p.text } } }) }
                };
                let status = match other.status { Status::Accepted => " · ✓ accepted", Status::Rejected => " · ✗ rejected", Status::Suggested => "" };
                html! {
                    <figure class="version">
                        <figcaption><button class="link" {onclick}>{ name.clone() }</button>{ status }</figcaption>
                        <div class="pair">
                            <div class="version-text">
                                <span class="version-of">{ format!("This ({this_name})") }</span>
                                <p>{ marked(left) }</p>
                            </div>
                            <div class="version-text">
                                <span class="version-of">{ name }</span>
                                <p>{ marked(right) }</p>
                            </div>
                        </div>
                    </figure>
                }
            }) }
        </div>
    }
}
