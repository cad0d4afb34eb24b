//! The claims list over all documents: kind, speaker, cue and content, one row per claim.

use yew::prelude::*;

use crate::app::store::{Msg, Store};
use crate::model::Claim;

pub fn claims_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    html! {
        <section class="claims" aria-label="Claims list">
            <h2>{ format!("Claims ({})", project.claims.len()) }</h2>
            <ol class="claim-list">
                { for project.claims.iter().map(|claim| claim_row(store, claim, dispatch)) }
            </ol>
        </section>
    }
}

fn claim_row(store: &Store, claim: &Claim, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let selected = store.selected_claim.as_deref() == Some(claim.id.as_str());
    let speaker = claim
        .speaker
        .as_deref()
        .and_then(|id| project.speaker(id))
        .map_or("(unknown)", |s| s.name.as_str());
    let text = project.document(&claim.document).map_or("", |d| claim.content.slice(&d.text));
    let excerpt: String = text.chars().take(140).collect();
    let id = claim.id.clone();
    let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
    html! {
        <li>
            <button class={classes!("claim-row", selected.then_some("selected"), claim.status.as_str())}
                    aria-current={selected.then_some("true")} data-claim={claim.id.clone()} {onclick}>
                <span class={classes!("kind", format!("kind-{}", claim.kind.as_str()))}>{ claim.kind.as_str() }</span>
                <span class="who">{ speaker }</span>
                <span class="what">{ excerpt }{ if text.chars().count() > 140 { "…" } else { "" } }</span>
            </button>
        </li>
    }
}
