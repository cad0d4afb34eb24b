//! The speakers view: who is quoted, how often, by which outlet (a table, one column per document).

use yew::prelude::*;

use crate::app::store::{Msg, Store};

pub fn speakers_pane(store: &Store, _dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let mut rows: Vec<(&crate::model::Speaker, Vec<usize>, usize)> = project
        .speakers
        .iter()
        .map(|s| {
            let per_doc: Vec<usize> = project
                .documents
                .iter()
                .map(|d| {
                    project
                        .claims
                        .iter()
                        .filter(|c| c.document == d.id && c.speaker.as_deref() == Some(&s.id))
                        .count()
                })
                .collect();
            let total = per_doc.iter().sum();
            (s, per_doc, total)
        })
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.name.cmp(&b.0.name)));
    html! {
        <section class="speakers" aria-label="Speakers">
            <h2>{ format!("Speakers ({})", project.speakers.len()) }</h2>
            <table class="heat">
                <thead><tr>
                    <th scope="col">{ "Speaker" }</th><th scope="col">{ "Claims" }</th>
                    { for project.documents.iter().map(|d| html! { <th scope="col" title={d.name.clone()}>{ &d.id }</th> }) }
                </tr></thead>
                <tbody>
                { for rows.iter().map(|(speaker, per_doc, total)| html! {
                    <tr>
                        <th scope="row"><span class="speaker-name">{ &speaker.name }</span><span class="speaker-kind">{ format!(" {:?}", speaker.kind).to_lowercase() }</span></th>
                        <td>{ total }</td>
                        { for per_doc.iter().map(|n| html! { <td class={classes!("cell", heat(*n))}>{ if *n > 0 { n.to_string() } else { String::new() } }</td> }) }
                    </tr>
                }) }
                </tbody>
            </table>
        </section>
    }
}

fn heat(n: usize) -> &'static str {
    match n {
        0 => "h0",
        1 => "h1",
        2..=3 => "h2",
        _ => "h3",
    }
}
