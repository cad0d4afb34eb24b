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
    // Counted once per change of what it counts, not on every key press while the view is open.
    let order = use_memo(store.versions.attribution(), |_| StoryOrder::of(project));
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

/// The clusters in the order the view lists them, with what each item shows, as positions in
/// the project (valid until its attribution version moves: any claim, document or speaker
/// added or removed moves it).
#[derive(PartialEq)]
struct StoryOrder {
    clusters: Vec<Placed>,
    /// How many are carried by two or more independent outlets.
    across: usize,
    /// By document position: the position of the document it copies (its `duplicate_of`).
    copies: Vec<Option<usize>>,
}

#[derive(PartialEq)]
struct Placed {
    cluster: usize,
    carriage: Carriage,
    /// The first member's speaker.
    speaker: Option<usize>,
    /// Each member claim and its document.
    members: Vec<(usize, usize)>,
}

impl StoryOrder {
    fn of(project: &Project) -> StoryOrder {
        let provenance = Provenance::of(project);
        let documents: HashMap<&str, usize> =
            project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let speakers: HashMap<&str, usize> =
            project.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let named = members_named_by_claims(project, &documents);
        let by_id = ClaimPositions::new(project);
        let mut clusters: Vec<Placed> = project
            .clusters
            .iter()
            .enumerate()
            .map(|(k, cluster)| {
                let members: Vec<(usize, usize)> = if lists_these(cluster, project, &named[k]) {
                    named[k].clone()
                } else {
                    cluster
                        .claims
                        .iter()
                        .filter_map(|id| by_id.of(id))
                        .filter_map(|c| {
                            documents.get(project.claims[c].document.as_str()).map(|&d| (c, d))
                        })
                        .collect()
                };
                let carriage =
                    provenance.carriage_at(members.iter().map(|&(c, d)| (&project.claims[c], d)));
                let speaker = members
                    .first()
                    .and_then(|&(c, _)| project.claims[c].speaker.as_deref())
                    .and_then(|s| speakers.get(s).copied());
                Placed { cluster: k, carriage, speaker, members }
            })
            .collect();
        clusters.sort_by_key(|p| {
            (std::cmp::Reverse(p.carriage.outlets), std::cmp::Reverse(p.carriage.articles))
        });
        let across = clusters.iter().filter(|p| p.carriage.outlets >= 2).count();
        let copies = project
            .documents
            .iter()
            .map(|d| d.duplicate_of.as_ref().and_then(|of| documents.get(of.document.as_str())))
            .map(|at| at.copied())
            .collect();
        StoryOrder { clusters, across, copies }
    }
}

/// Each cluster's members as its claims name it (`Claim::cluster`), with their documents'
/// positions: one pass over the claims, a document looked up once per run of its claims.
fn members_named_by_claims(
    project: &Project,
    documents: &HashMap<&str, usize>,
) -> Vec<Vec<(usize, usize)>> {
    let cluster_at: HashMap<&str, usize> =
        project.clusters.iter().enumerate().map(|(k, c)| (c.id.as_str(), k)).collect();
    let mut members = vec![Vec::new(); project.clusters.len()];
    let mut claim = 0;
    for run in project.claims.chunk_by(|a, b| a.document == b.document) {
        let document = documents.get(run[0].document.as_str()).copied();
        for c in run {
            let k = c.cluster.as_deref().and_then(|k| cluster_at.get(k));
            if let (Some(&k), Some(d)) = (k, document) {
                members[k].push((claim, d));
            }
            claim += 1;
        }
    }
    members
}

/// Whether the cluster lists exactly these claims, in this order (it does unless the project
/// file was edited by hand: the claims that name a cluster and the claims it lists agree).
fn lists_these(cluster: &Cluster, project: &Project, members: &[(usize, usize)]) -> bool {
    cluster.claims.len() == members.len()
        && cluster.claims.iter().zip(members).all(|(id, &(c, _))| project.claims[c].id == *id)
}

/// Claim positions by id, built only when a cluster's list and its claims disagree.
struct ClaimPositions<'a> {
    project: &'a Project,
    all: std::cell::OnceCell<HashMap<&'a str, usize>>,
}

impl<'a> ClaimPositions<'a> {
    fn new(project: &'a Project) -> ClaimPositions<'a> {
        ClaimPositions { project, all: std::cell::OnceCell::new() }
    }

    fn of(&self, id: &str) -> Option<usize> {
        let all = self.all.get_or_init(|| {
            self.project.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect()
        });
        all.get(id).copied()
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
