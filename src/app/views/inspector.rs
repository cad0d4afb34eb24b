//! The inspector: everything about the selected claim.

use yew::prelude::*;

use crate::app::store::{Msg, Store};

pub fn inspector_pane(store: &Store, _dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let Some(claim) = store.selected_claim.as_deref().and_then(|id| project.claim(id)) else {
        return html! { <section class="inspector" aria-label="Inspector"><p class="hint">{ "Select a claim in the text or the list." }</p></section> };
    };
    let doc = project.document(&claim.document).expect("claims belong to documents");
    let span_text = |s: Option<crate::text::Span>| {
        s.map_or("—".to_string(), |s| s.slice(&doc.text).to_string())
    };
    let speaker = claim.speaker.as_deref().and_then(|id| project.speaker(id));
    html! {
        <section class="inspector" aria-label="Inspector">
            <h2>{ format!("Claim {} · {}", claim.id, claim.kind.as_str()) }</h2>
            <dl>
                <dt>{ "Speaker" }</dt><dd>{ speaker.map_or("(unknown)".to_string(), |s| s.name.clone()) }</dd>
                <dt>{ "Source mention" }</dt><dd>{ span_text(claim.source_mention) }</dd>
                <dt>{ "Cue" }</dt><dd>{ span_text(claim.cue) }</dd>
                <dt>{ "Content" }</dt><dd class="content-text">{ claim.content.slice(&doc.text) }</dd>
                <dt>{ "Status" }</dt><dd>{ claim.status.as_str() }</dd>
                <dt>{ "Confidence" }</dt><dd>{ format!("{:.2}", claim.confidence) }</dd>
                <dt>{ "Document" }</dt><dd>{ &doc.name }</dd>
            </dl>
        </section>
    }
}
