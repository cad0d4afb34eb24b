//! The speakers view: who is quoted, how often, by which outlet (a table, one column per document).

use yew::prelude::*;

use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::app::store::{Msg, Store};
use crate::model::{Project, Speaker, SpeakerKind};
use crate::review::Action;

pub fn speakers_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let doc_index: std::collections::HashMap<&str, usize> =
        project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let mut per_speaker: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for claim in &project.claims {
        if let (Some(s), Some(&d)) =
            (claim.speaker.as_deref(), doc_index.get(claim.document.as_str()))
        {
            per_speaker.entry(s).or_insert_with(|| vec![0; project.documents.len()])[d] += 1;
        }
    }
    let mut rows: Vec<(&crate::model::Speaker, Vec<usize>, usize)> = project
        .speakers
        .iter()
        .map(|s| {
            let per_doc = per_speaker
                .get(s.id.as_str())
                .cloned()
                .unwrap_or_else(|| vec![0; project.documents.len()]);
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
                    <th scope="col">{ "Speaker" }</th><th scope="col">{ "Claims" }</th><th scope="col">{ "Edit" }</th>
                    { for project.documents.iter().map(|d| html! { <th scope="col" title={d.name.clone()}>{ &d.id }</th> }) }
                </tr></thead>
                <tbody>
                { for rows.iter().map(|(speaker, per_doc, total)| html! {
                    <tr>
                        <th scope="row"><span class="speaker-name">{ &speaker.name }</span><span class="speaker-kind">{ format!(" {:?}", speaker.kind).to_lowercase() }</span></th>
                        <td>{ total }</td>
                        <td class="edit">{ speaker_editor(project, speaker, dispatch) }</td>
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

/// Rename, kind, aliases and "merge into" for one speaker.
fn speaker_editor(project: &Project, speaker: &Speaker, dispatch: &Callback<Msg>) -> Html {
    let id = speaker.id.clone();
    let rename = {
        let id = id.clone();
        dispatch.reform(move |e: Event| {
            Msg::Review(Action::RenameSpeaker {
                speaker: id.clone(),
                name: e.target_unchecked_into::<HtmlInputElement>().value(),
            })
        })
    };
    let kind = {
        let id = id.clone();
        dispatch.reform(move |e: Event| {
            let kind = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "person" => SpeakerKind::Person,
                "organization" => SpeakerKind::Organization,
                "group" => SpeakerKind::Group,
                _ => SpeakerKind::Unknown,
            };
            Msg::Review(Action::SetSpeakerKind { speaker: id.clone(), kind })
        })
    };
    let aliases = {
        let id = id.clone();
        dispatch.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let aliases = value
                .split(';')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect();
            Msg::Review(Action::SetAliases { speaker: id.clone(), aliases })
        })
    };
    let merge = {
        let id = id.clone();
        dispatch.reform(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let keep = select.value();
            select.set_value("");
            Msg::Review(Action::MergeSpeakers { keep, absorb: id.clone() })
        })
    };
    let kinds =
        [SpeakerKind::Person, SpeakerKind::Organization, SpeakerKind::Group, SpeakerKind::Unknown];
    let kind_name = |k: SpeakerKind| format!("{k:?}").to_lowercase();
    html! {
        <details>
            <summary>{ "edit" }</summary>
            <label>{ "Name " }<input value={speaker.name.clone()} onchange={rename} /></label>
            <label>{ "Kind " }
                <select onchange={kind}>
                    { for kinds.into_iter().map(|k| html! { <option value={kind_name(k)} selected={k == speaker.kind}>{ kind_name(k) }</option> }) }
                </select>
            </label>
            <label>{ "Aliases (;) " }<input value={speaker.aliases.join("; ")} onchange={aliases} /></label>
            <label>{ "Merge into " }
                <select onchange={merge} aria-label={format!("Merge {} into another speaker", speaker.name)}>
                    <option value="" selected=true>{ "choose…" }</option>
                    { for project.speakers.iter().filter(|s| s.id != id).map(|s| html! { <option value={s.id.clone()}>{ &s.name }</option> }) }
                </select>
            </label>
        </details>
    }
}
