//! The story view: claims joined across outlets, ordered by how many outlets carry them.

use yew::prelude::*;

use crate::app::store::{Msg, Store};

pub fn story_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let mut clusters: Vec<(&crate::model::Cluster, usize)> = project
        .clusters
        .iter()
        .map(|k| {
            let mut docs: Vec<&str> = k
                .claims
                .iter()
                .filter_map(|c| project.claim(c))
                .map(|c| c.document.as_str())
                .collect();
            docs.sort_unstable();
            docs.dedup();
            (k, docs.len())
        })
        .collect();
    clusters.sort_by(|a, b| b.1.cmp(&a.1));
    html! {
        <section class="story" aria-label="Story">
            <h2>{ format!("Claims across outlets ({})", clusters.len()) }</h2>
            if clusters.is_empty() {
                <p class="hint">{ "No claim is reported by more than one document yet." }</p>
            }
            <ol class="cluster-list">
            { for clusters.iter().map(|(cluster, outlets)| {
                let first = cluster.claims.first().and_then(|id| project.claim(id));
                let speaker = first.and_then(|c| c.speaker.as_deref()).and_then(|s| project.speaker(s)).map_or("(unknown)", |s| s.name.as_str());
                let text = first.and_then(|c| project.document(&c.document).map(|d| c.content.slice(&d.text).to_string())).unwrap_or_default();
                html! {
                    <li class="cluster">
                        <p class="cluster-head">
                            <strong>{ speaker }</strong>{ format!(" · {outlets} outlets") }
                            if cluster.variant_wording { <span class="badge">{ "variant wording" }</span> }
                        </p>
                        <p class="cluster-text">{ text }</p>
                        <ul class="cluster-members">
                        { for cluster.claims.iter().filter_map(|id| project.claim(id)).map(|c| {
                            let id = c.id.clone();
                            let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
                            let name = project.document(&c.document).map_or(c.document.clone(), |d| d.meta.outlet.clone().unwrap_or_else(|| d.name.clone()));
                            html! { <li><button class="link" {onclick}>{ name }</button></li> }
                        }) }
                        </ul>
                    </li>
                }
            }) }
            </ol>
        </section>
    }
}
