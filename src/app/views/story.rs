//! The story view: claims joined across outlets, ordered by how many independent outlets carry
//! them (copies count with their original, one outlet's articles once: `story::outlets`), a
//! page at a time (a big archive has thousands of clusters). Clusters that one outlet alone
//! carries (its copies, its repeated notes) are listed after the claims across outlets.
//! A big archive's count is spread over short tasks (`use_story_order`), with its progress shown.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::app::services::timing::now;
use crate::app::store::{Msg, Store};
use crate::app::Shared;
use crate::model::{Claim, Document, Project};
use crate::story::order::{Placed, StoryCount, StoryOrder};
use crate::story::outlets::outlet_of;

/// How long one slice of the story's count may run, in milliseconds: tasks stay short while
/// thousands of clusters are counted.
const SLICE_MS: f64 = 12.0;

/// Clusters shown at first, and added by "Show more".
const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub shared: Shared,
    pub dispatch: Callback<Msg>,
}

#[function_component(StoryPane)]
pub fn story_pane(props: &StoryProps) -> Html {
    let pages = super::windowing::use_pages(PAGE);
    let version = props.shared.store.borrow().versions.attribution();
    // Counted once per change of what it counts, not on every key press while the view is open.
    let order = match use_story_order(&props.shared.store, version) {
        Ok(order) => order,
        Err((placed, total)) => {
            return html! {
                <section class="story" aria-label="Story">
                    <h2>{ "Claims across outlets" }</h2>
                    <p class="hint" role="status">{ format!("Counting outlets: {placed} of {total} clusters…") }</p>
                </section>
            }
        }
    };
    let store = props.shared.store.borrow();
    let project = &store.project;
    let (clusters, across) = (&order.clusters, order.across);
    html! {
        <section class="story" aria-label="Story">
            <h2>{ format!("Claims across outlets ({across})") }</h2>
            if clusters.len() > across {
                <p class="hint">{ format!("{} more joined only within one outlet (copies, repeated notes), listed last.", clusters.len() - across) }</p>
            }
            if clusters.is_empty() {
                <p class="hint">{ "No claim is reported by more than one document yet." }</p>
            }
            <ol class="cluster-list">
            { for clusters.iter().take(pages.shown()).map(|placed| cluster_item(project, &order, placed, &props.dispatch)) }
            </ol>
            { pages.more_button(clusters.len()) }
        </section>
    }
}

/// The story's order for this attribution version, or how far its count has come: the count
/// starts in the effect after the view renders and goes on a slice at a time, a task each,
/// until it is done; a newer version stops it and starts another.
#[hook]
fn use_story_order(
    store: &Rc<RefCell<Store>>,
    version: u64,
) -> Result<Rc<StoryOrder>, (usize, usize)> {
    let done = use_state(|| None::<(u64, Rc<StoryOrder>)>);
    let progress = use_state_eq(|| (0, 0));
    {
        let (store, done, progress) = (store.clone(), done.clone(), progress.clone());
        use_effect_with(version, move |&version| {
            let stopped = Rc::new(Cell::new(false));
            if done.as_ref().is_none_or(|(v, _)| *v != version) {
                let count = StoryCount::start(&store.borrow().project);
                let slices = Slices { store, version, done, progress, stopped: stopped.clone() };
                slices.count(count);
            }
            move || stopped.set(true)
        });
    }
    match &*done {
        Some((v, order)) if *v == version => Ok(order.clone()),
        _ => Err(*progress),
    }
}

/// What each slice of the story's count needs.
struct Slices {
    store: Rc<RefCell<Store>>,
    version: u64,
    done: UseStateHandle<Option<(u64, Rc<StoryOrder>)>>,
    progress: UseStateHandle<(usize, usize)>,
    stopped: Rc<Cell<bool>>,
}

impl Slices {
    /// Counts for one slice; then gives the order, or goes on in a task of its own.
    fn count(self, mut count: StoryCount) {
        if self.stopped.get() {
            return;
        }
        let order = {
            let store = self.store.borrow();
            if store.versions.attribution() != self.version {
                return;
            }
            let deadline = now() + SLICE_MS;
            count.advance(&store.project, || now() < deadline)
        };
        match order {
            Some(order) => self.done.set(Some((self.version, Rc::new(order)))),
            None => {
                self.progress.set(count.progress());
                gloo::timers::callback::Timeout::new(0, move || self.count(count)).forget();
            }
        }
    }
}

fn cluster_item(
    project: &Project,
    order: &StoryOrder,
    placed: &Placed,
    dispatch: &Callback<Msg>,
) -> Html {
    let Some(cluster) = project.clusters.get(placed.cluster) else { return html! {} };
    let claim_and_document = |&(c, d): &(usize, usize)| -> Option<(&Claim, &Document)> {
        Some((project.claims.get(c)?, project.documents.get(d)?))
    };
    let members: Vec<(&Claim, &Document, usize)> = placed
        .members
        .iter()
        .filter_map(|m| claim_and_document(m).map(|(c, d)| (c, d, m.1)))
        .collect();
    let speaker = placed
        .speaker
        .and_then(|s| project.speakers.get(s))
        .map_or("(unknown)", |s| s.name.as_str());
    let text = members.first().map(|(c, d, _)| c.content.slice(&d.text)).unwrap_or_default();
    let carriage = placed.carriage;
    html! {
        <li class="cluster">
            <p class="cluster-head">
                <strong>{ speaker }</strong>{ format!(" · {carriage}") }
                if cluster.variant_wording { <span class="badge">{ "variant wording" }</span> }
            </p>
            <p class="cluster-text">{ text }</p>
            <ul class="cluster-members">
            { for members.iter().map(|&(c, d, at)| {
                let id = c.id.clone();
                let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
                let outlet = outlet_of(d).unwrap_or_else(|| d.name.clone());
                let name = match &d.duplicate_of {
                    Some(of) => {
                        let original = order.copies[at].and_then(|o| project.documents.get(o));
                        format!("{outlet} (copy of {})", original.map_or(of.document.as_str(), |o| o.name.as_str()))
                    }
                    None => outlet,
                };
                html! { <li><button class="link" {onclick}>{ name }</button></li> }
            }) }
            </ul>
        </li>
    }
}
