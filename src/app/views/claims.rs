//! The claims list over all documents: the review's progress and its "to review" filter,
//! filters (document, speaker, kind, tag, status, cluster, free text), sorting, counts, and
//! rows rendered only where the list is scrolled to, so it stays smooth with tens of
//! thousands of claims.
//!
//! The list is a listbox with one tab stop: focus stays on the list and its active option
//! (`aria-activedescendant`) is the selected claim, which j / k move; each row says its place
//! in the whole list (`aria-posinset` of `aria-setsize`), since only the rows in view exist.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::store::{Msg, Store};
use crate::app::Shared;
use crate::model::{Claim, ClaimKind, Status};
use crate::review::query::{Filter, Sort};

/// Every row has this height (CSS `.claim-row` matches), which makes windowing exact.
pub const ROW_PX: i32 = 58;
/// Rows rendered above and below the visible ones.
const OVERSCAN: i32 = 8;

pub fn claims_pane(store: &Store, dispatch: &Callback<Msg>, shared: &Shared) -> Html {
    html! {
        <section class="claims" aria-label="Claims list">
            <h2>{ format!("Claims ({} of {})", store.listed.len(), store.project.claims.len()) }</h2>
            { review_progress(store, dispatch) }
            <Filters store={shared.store.clone()} catalog={store.versions.catalog()} filter={store.filter.clone()}
                sort={store.sort} dispatch={dispatch.clone()} />
            <ClaimRows shared={shared.clone()} dispatch={dispatch.clone()} />
        </section>
    }
}

/// "23 of 81 reviewed", a bar, the "to review" filter (t) and whether tag keys move on.
fn review_progress(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let progress = crate::review::queue::progress(&store.project);
    let to_review = store.filter.status == Some(Status::Suggested);
    let advance = dispatch.reform(|e: Event| {
        Msg::SetTagKeysAdvance(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    html! {
        <div class="review-progress">
            <span class="progress-label" id="review-progress-label">{ progress.label() }</span>
            <progress aria-labelledby="review-progress-label" max={progress.total.max(1).to_string()} value={progress.reviewed.to_string()} />
            <button class={classes!("button", "small", "to-review", to_review.then_some("pressed"))}
                    aria-pressed={to_review.to_string()} aria-keyshortcuts="t"
                    onclick={dispatch.reform(|_| Msg::ToggleToReview)}>
                { format!("To review ({})", progress.total - progress.reviewed) }<kbd>{ "t" }</kbd>
            </button>
            <label class="advance"><input type="checkbox" checked={store.tag_keys_advance} onchange={advance} />{ " Tag keys move on" }</label>
            { hide_below(store, dispatch) }
        </div>
    }
}

/// The confidence floor: suggestions under it leave the list and the reader.
fn hide_below(store: &Store, dispatch: &Callback<Msg>) -> Html {
    use crate::session::confidence::{hidden_count, HideBelow};
    let current = store.hide_below.map(HideBelow::percent);
    let onchange = dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Msg::HideBelow(value.parse().ok().and_then(HideBelow::new))
    });
    let hidden = hidden_count(&store.project.claims, store.hide_below);
    let title = format!("{hidden} suggestion(s) hidden");
    html! {
        <label class="advance hide-below" {title}>{ "Hide under " }
            <select {onchange} aria-label="Hide suggestions under this confidence" aria-describedby="hidden-count">
                <option value="" selected={current.is_none()}>{ "none" }</option>
                { for HideBelow::CHOICES.iter().map(|&p| html! {
                    <option value={p.to_string()} selected={current == Some(p)}>{ format!("{p}%") }</option>
                }) }
            </select>
            <span id="hidden-count" class="visually-hidden">{ format!("{hidden} hidden") }</span>
        </label>
    }
}

#[derive(Properties)]
struct FiltersProps {
    store: std::rc::Rc<std::cell::RefCell<Store>>,
    /// `Store::catalog` when rendered: the options list documents, speakers and tags.
    catalog: u64,
    filter: Filter,
    sort: Sort,
    dispatch: Callback<Msg>,
}

impl PartialEq for FiltersProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.store, &other.store)
            && (self.catalog, &self.filter, self.sort) == (other.catalog, &other.filter, other.sort)
    }
}

/// The filter bar; re-rendered only when the filter, the sort or the catalog change, and after
/// a change of the catalog in a task of its own (a document option per document).
#[function_component(Filters)]
fn filters_component(props: &FiltersProps) -> Html {
    super::deferred::use_deferred(props.catalog, || filters(&props.store.borrow(), &props.dispatch))
}

fn filters(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let f = &store.filter;
    let with = |edit: fn(&mut Filter, String)| {
        let filter = store.filter.clone();
        dispatch.reform(move |e: Event| {
            let mut next = filter.clone();
            edit(&mut next, e.target_unchecked_into::<HtmlSelectElement>().value());
            Msg::SetFilter(next)
        })
    };
    let search = {
        let filter = store.filter.clone();
        dispatch.reform(move |e: InputEvent| {
            Msg::SetFilter(Filter {
                text: e.target_unchecked_into::<HtmlInputElement>().value(),
                ..filter.clone()
            })
        })
    };
    let sort = dispatch.reform(|e: Event| {
        Msg::SetSort(match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
            "confidence" => Sort::Confidence,
            "speaker" => Sort::Speaker,
            _ => Sort::DocumentOrder,
        })
    });
    let select = |label: &str,
                  onchange: Callback<Event>,
                  current: Option<&str>,
                  options: Vec<(String, String)>| {
        html! {
            <label class="filter">{ label }
                <select {onchange}>
                    <option value="" selected={current.is_none()}>{ "any" }</option>
                    { for options.into_iter().map(|(v, l)| { let selected = current == Some(v.as_str()); html! { <option {selected} value={v}>{ l }</option> } }) }
                </select>
            </label>
        }
    };
    let active = [
        f.document.is_some(),
        f.kind.is_some(),
        f.tag.is_some(),
        f.status.is_some(),
        f.clustered.is_some(),
    ]
    .into_iter()
    .filter(|on| *on)
    .count();
    html! {
        <div class="filters">
            <div class="filter-row">
                <label class="filter search"><span class="label-line">{ "Search " }<kbd>{ "/" }</kbd></span>
                    <input id="claim-search" type="search" value={f.text.clone()} oninput={search} placeholder="words in content, cue, speaker, note" />
                </label>
                { speaker_filter(store, dispatch) }
            </div>
            <details class="more-filters">
            <summary>{ if active > 0 { format!("More filters ({active} on) and sort") } else { "More filters and sort".to_string() } }</summary>
            <div class="filter-grid">
            { select("Document", with(|f, v| f.document = (!v.is_empty()).then_some(v)), f.document.as_deref(),
                project.documents.iter().map(|d| (d.id.clone(), d.name.clone())).collect()) }
            { select("Kind", with(|f, v| f.kind = ClaimKind::ALL.into_iter().find(|k| k.as_str() == v)), f.kind.map(|k| k.as_str()),
                ClaimKind::ALL.iter().map(|k| (k.as_str().to_string(), k.as_str().to_string())).collect()) }
            { select("Tag", with(|f, v| f.tag = (!v.is_empty()).then_some(v)), f.tag.as_deref(),
                project.tags.iter().map(|t| (t.id.clone(), t.label.clone())).collect()) }
            { select("Status", with(|f, v| f.status = [Status::Suggested, Status::Accepted, Status::Rejected].into_iter().find(|s| s.as_str() == v)),
                f.status.map(|s| s.as_str()), [("suggested", "to review"), ("accepted", "accepted"), ("rejected", "rejected")].iter().map(|(s, l)| (s.to_string(), l.to_string())).collect()) }
            { select("Cluster", with(|f, v| f.clustered = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }),
                f.clustered.map(|c| if c { "yes" } else { "no" }), vec![("yes".into(), "in other outlets".into()), ("no".into(), "only here".into())]) }
            <label class="filter">{ "Sort" }
                <select onchange={sort}>
                    <option value="document" selected={store.sort == Sort::DocumentOrder}>{ "document order" }</option>
                    <option value="confidence" selected={store.sort == Sort::Confidence}>{ "least confident first" }</option>
                    <option value="speaker" selected={store.sort == Sort::Speaker}>{ "speaker" }</option>
                </select>
            </label>
            </div>
            </details>
        </div>
    }
}

/// The speaker filter: a name with type-ahead over every speaker (a list of thousands of
/// speakers would not fit a drop-down).
fn speaker_filter(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let current = store.filter.speaker.as_deref().and_then(|id| store.project.speaker(id));
    let oncommit = dispatch.reform(Msg::FilterBySpeakerName);
    html! {
        <label class="filter">{ "Speaker" }
            <super::field::Field kind="search" class="speaker-filter" list={super::speaker_names::LIST_ID}
                   value={current.map(|s| s.name.clone()).unwrap_or_default()} placeholder="any" {oncommit} />
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct RowsProps {
    shared: Shared,
    dispatch: Callback<Msg>,
}

/// The rows in view (plus a margin), inside a spacer as tall as the whole list.
#[function_component(ClaimRows)]
fn claim_rows(props: &RowsProps) -> Html {
    let list = use_node_ref();
    let (viewport, onscroll) = super::windowing::use_viewport(&list);
    let store = props.shared.store.borrow();
    let total = store.listed.len() as i32;
    let rows = viewport.rows(ROW_PX, OVERSCAN, total);
    // the active row, when it is rendered (an id that is not in the page would be invalid);
    // only the rendered rows are looked at, so this does not grow with the list
    let claims = &store.project.claims;
    let selected_listed = store
        .selected_claim
        .as_deref()
        .filter(|id| rows.clone().any(|row| claims[store.listed[row as usize]].id == *id));
    html! {
        <div class="claim-scroll" id={crate::app::keyboard::CLAIM_LIST_ID} ref={list} {onscroll}
             role="listbox" tabindex="0" aria-label="Claims (j / k to move, a accept, r reject)"
             aria-activedescendant={selected_listed.map(row_id)}>
            <div style={format!("height: {}px; position: relative", total * ROW_PX)}>
                { for rows.clone().map(|row| {
                    let claim = &store.project.claims[store.listed[row as usize]];
                    claim_row(&store, claim, (row, total), &props.dispatch)
                }) }
            </div>
        </div>
    }
}

/// The id of a claim's row (the listbox's active descendant when the claim is selected).
fn row_id(claim: &str) -> String {
    format!("row-{claim}")
}

/// One row: kind, speaker and decision on top, the claim's words below. `(row, total)` place
/// it in the whole list.
fn claim_row(
    store: &Store,
    claim: &Claim,
    (row, total): (i32, i32),
    dispatch: &Callback<Msg>,
) -> Html {
    let project = &store.project;
    let selected = store.selected_claim.as_deref() == Some(claim.id.as_str());
    let speaker = claim
        .speaker
        .as_deref()
        .and_then(|id| project.speaker(id))
        .map_or("(unknown)", |s| s.name.as_str());
    let text = project.document(&claim.document).map_or("", |d| claim.content.slice(&d.text));
    let excerpt: String = text.chars().take(160).collect();
    let id = claim.id.clone();
    let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
    let tags = claim.tags.iter().filter_map(|t| project.tags.iter().find(|x| &x.id == t));
    html! {
        <div role="option" id={row_id(&claim.id)} style={format!("top: {}px", row * ROW_PX)}
             class={classes!("claim-row", selected.then_some("selected"), claim.status.as_str())}
             aria-selected={selected.to_string()} aria-setsize={total.to_string()} aria-posinset={(row + 1).to_string()}
             data-claim={claim.id.clone()} {onclick}>
            <span class={classes!("kind", format!("kind-{}", claim.kind.as_str()))}>{ claim.kind.as_str() }</span>
            <span class="who">{ speaker }
                <span class="row-status">{ match claim.status { Status::Accepted => " ✓ accepted", Status::Rejected => " ✗ rejected", Status::Suggested => "" } }</span>
                { for tags.map(|t| html! { <span class="chip" style={format!("--tag: {}", t.color)}>{ &t.label }</span> }) }
            </span>
            <span class="what">{ excerpt }</span>
        </div>
    }
}
