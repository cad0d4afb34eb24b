//! The story view: claims joined across outlets, ordered by how many independent outlets carry
//! them (copies count with their original, one outlet's articles once: `story::outlets`), a
//! page at a time (a big archive has thousands of clusters). Clusters that one outlet alone
//! carries (its copies, its repeated notes) are listed after the claims across outlets.

use std::collections::HashMap;

use yew::prelude::*;

use crate::app::store::Msg;
use crate::app::Shared;
use crate::model::{Claim, Cluster, Document, Project};
use crate::story::outlets::{outlet_of, Carriage, Provenance};

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
    let store = props.shared.store.borrow();
    let project = &store.project;
    let index = Index::of(project);
    let mut clusters: Vec<(&Cluster, Carriage)> =
        project.clusters.iter().map(|k| (k, index.carriage(k))).collect();
    clusters.sort_by_key(|&(_, c)| (std::cmp::Reverse(c.outlets), std::cmp::Reverse(c.articles)));
    let across = clusters.iter().filter(|(_, c)| c.outlets >= 2).count();
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
            { for clusters.iter().take(pages.shown()).map(|(cluster, carriage)| cluster_item(&index, cluster, *carriage, &props.dispatch)) }
            </ol>
            { pages.more_button(clusters.len()) }
        </section>
    }
}

/// Claims and documents by id, so a page of clusters costs its members, not the project.
struct Index<'a> {
    project: &'a Project,
    provenance: Provenance<'a>,
    claims: HashMap<&'a str, &'a Claim>,
    documents: HashMap<&'a str, &'a Document>,
}

impl<'a> Index<'a> {
    fn of(project: &'a Project) -> Index<'a> {
        Index {
            project,
            provenance: Provenance::of(project),
            claims: project.claims.iter().map(|c| (c.id.as_str(), c)).collect(),
            documents: project.documents.iter().map(|d| (d.id.as_str(), d)).collect(),
        }
    }

    fn members(&self, cluster: &'a Cluster) -> impl Iterator<Item = &'a Claim> + '_ {
        cluster.claims.iter().filter_map(|id| self.claims.get(id.as_str()).copied())
    }

    /// How many independent outlets, articles and copies carry a claim of the cluster.
    fn carriage(&self, cluster: &'a Cluster) -> Carriage {
        self.provenance.carriage(self.members(cluster))
    }
}

fn cluster_item(
    index: &Index,
    cluster: &Cluster,
    carriage: Carriage,
    dispatch: &Callback<Msg>,
) -> Html {
    let first = index.members(cluster).next();
    let speaker = first
        .and_then(|c| c.speaker.as_deref())
        .and_then(|s| index.project.speaker(s))
        .map_or("(unknown)", |s| s.name.as_str());
    let text = first
        .and_then(|c| index.documents.get(c.document.as_str()).map(|d| c.content.slice(&d.text)))
        .unwrap_or_default();
    html! {
        <li class="cluster">
            <p class="cluster-head">
                <strong>{ speaker }</strong>{ format!(" · {carriage}") }
                if cluster.variant_wording { <span class="badge">{ "variant wording" }</span> }
            </p>
            <p class="cluster-text">{ text }</p>
            <ul class="cluster-members">
            { for index.members(cluster).map(|c| {
                let id = c.id.clone();
                let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
                let name = index.documents.get(c.document.as_str()).map_or(c.document.clone(), |d| {
                    let outlet = outlet_of(d).unwrap_or_else(|| d.name.clone());
                    match &d.duplicate_of {
                        Some(of) => format!("{outlet} (copy of {})", index.documents.get(of.document.as_str()).map_or(of.document.as_str(), |o| o.name.as_str())),
                        None => outlet,
                    }
                });
                html! { <li><button class="link" {onclick}>{ name }</button></li> }
            }) }
            </ul>
        </li>
    }
}
