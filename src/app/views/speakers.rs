//! The speakers view: who is quoted, how often, by which outlet (a heat table, one column per
//! outlet). With hundreds of documents and thousands of speakers it stays a screenful: the
//! outlets that quote most get columns (the rest share one), and speakers come a page at a
//! time, most quoted first, narrowed by a search.

use std::collections::HashMap;

use yew::prelude::*;

use web_sys::{HtmlInputElement, HtmlSelectElement};

use super::field::Field;
use crate::app::store::Msg;
use crate::app::Shared;
use crate::model::{Claim, Project, Speaker, SpeakerKind};
use crate::review::Action;
use crate::story::outlets::{outlet_of, Carriage, Provenance};

/// Outlets that get a column of their own; the others share the last column.
const OUTLET_COLUMNS: usize = 12;
/// Speakers shown at first, and added by "Show more".
const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct SpeakersProps {
    pub shared: Shared,
    pub dispatch: Callback<Msg>,
}

#[function_component(SpeakersPane)]
pub fn speakers_pane(props: &SpeakersProps) -> Html {
    let query = use_state(String::new);
    let pages = super::windowing::use_pages(PAGE);
    // The one speaker whose editor is open (editors of every row would be thousands of fields).
    let editing = use_state(|| None::<String>);
    let store = props.shared.store.borrow();
    let project = &store.project;
    // Counted once per change of what it counts, not on every key press while the view is open.
    let table = use_memo(store.versions.attribution(), |_| SpeakerTable::of(project));
    let speaker_of = |row: &SpeakerRow| project.speakers.get(row.speaker);
    let matching: Vec<(&SpeakerRow, &Speaker)> = table
        .rows
        .iter()
        .filter_map(|row| speaker_of(row).map(|s| (row, s)))
        .filter(|(_, speaker)| speaker_matches(speaker, &query))
        .collect();
    let oninput = {
        let (query, pages) = (query.clone(), pages.clone());
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            pages.reset();
        })
    };
    html! {
        <section class="speakers" aria-label="Speakers">
            <h2>{ format!("Speakers ({})", project.speakers.len()) }</h2>
            <label class="filter search">{ "Find a speaker" }
                <input type="search" class="speaker-search" value={(*query).clone()} {oninput}
                       placeholder="name or alias" />
            </label>
            if !query.is_empty() {
                <p class="hint">{ format!("{} of {} speakers match", matching.len(), table.rows.len()) }</p>
            }
            <table class="heat">
                <thead><tr>
                    <th scope="col">{ "Speaker" }</th><th scope="col">{ "Claims" }</th><th scope="col" title="Independent outlets: a copy counts with its original, one outlet's articles once">{ "Carried by" }</th><th scope="col">{ "Edit" }</th>
                    { for table.columns.iter().map(|c| html! { <th scope="col" title={c.title.clone()}>{ &c.label }</th> }) }
                </tr></thead>
                <tbody>
                { for matching.iter().take(pages.shown()).map(|&(row, speaker)| html! {
                    <tr>
                        <th scope="row"><span class="speaker-name">{ &speaker.name }</span><span class="speaker-kind">{ format!(" {:?}", speaker.kind).to_lowercase() }</span></th>
                        <td>{ row.total }</td>
                        <td class="carried">{ row.carriage.to_string() }</td>
                        <td class="edit">{ edit_cell(project, speaker, &editing, &props.dispatch) }</td>
                        { for row.per_column.iter().map(|n| html! { <td class={classes!("cell", heat(*n))}>{ if *n > 0 { n.to_string() } else { String::new() } }</td> }) }
                    </tr>
                }) }
                </tbody>
            </table>
            { pages.more_button(matching.len()) }
        </section>
    }
}

/// Whether the search `query` (any case) is in the speaker's name or an alias.
fn speaker_matches(speaker: &Speaker, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || speaker.name.to_lowercase().contains(&query)
        || speaker.aliases.iter().any(|a| a.to_lowercase().contains(&query))
}

/// One column of the table: an outlet, or the outlets without a column of their own.
struct Column {
    label: String,
    /// The documents it counts, for the header's tooltip.
    title: String,
}

/// A speaker's row, by position in the project's speakers (valid until the attribution
/// version moves: adding, removing or merging speakers moves it).
struct SpeakerRow {
    speaker: usize,
    total: usize,
    /// Independent outlets, articles and copies carrying the speaker's claims.
    carriage: Carriage,
    per_column: Vec<usize>,
}

/// Claims per speaker and outlet, speakers most quoted first.
struct SpeakerTable {
    columns: Vec<Column>,
    rows: Vec<SpeakerRow>,
}

impl SpeakerTable {
    /// One pass over the claims, each read by its document's and speaker's position (two
    /// lookups a claim: this runs over every claim of the project when the view first opens).
    fn of(project: &Project) -> SpeakerTable {
        let outlets_of_documents: Vec<String> = project.documents.iter().map(outlet_name).collect();
        let document_at: HashMap<&str, usize> =
            project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let speaker_at: HashMap<&str, usize> =
            project.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        // Each speaker's claims, with the position of the claim's document.
        let mut claims_of: Vec<Vec<(&Claim, usize)>> = vec![Vec::new(); project.speakers.len()];
        let mut per_outlet: HashMap<&str, usize> = HashMap::new();
        for claim in &project.claims {
            let Some(speaker) = claim.speaker.as_deref().and_then(|s| speaker_at.get(s)) else {
                continue;
            };
            let Some(&document) = document_at.get(claim.document.as_str()) else { continue };
            claims_of[*speaker].push((claim, document));
            *per_outlet.entry(outlets_of_documents[document].as_str()).or_default() += 1;
        }
        let mut outlets: Vec<(&str, usize)> = per_outlet.into_iter().collect();
        outlets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let own = outlets.len().min(OUTLET_COLUMNS);
        let others = outlets.len() > own;
        let column_of: HashMap<&str, usize> =
            outlets.iter().enumerate().map(|(i, (o, _))| (*o, i.min(own))).collect();
        let column_of_documents: Vec<usize> = outlets_of_documents
            .iter()
            .map(|o| column_of.get(o.as_str()).copied().unwrap_or(own))
            .collect();
        // The tooltips name the documents of the outlets a column counts (an outlet none of
        // whose claims has a speaker is in no column).
        let counted_in: Vec<Option<usize>> =
            outlets_of_documents.iter().map(|o| column_of.get(o.as_str()).copied()).collect();
        let documents_in = |column: usize| documents_of(project, &counted_in, column);
        let mut columns: Vec<Column> = outlets[..own]
            .iter()
            .enumerate()
            .map(|(k, (o, _))| Column { label: o.to_string(), title: documents_in(k) })
            .collect();
        if others {
            let label = format!("{} others", outlets.len() - own);
            columns.push(Column { label, title: documents_in(own) });
        }
        let provenance = Provenance::of(project);
        let mut rows: Vec<SpeakerRow> = claims_of
            .into_iter()
            .enumerate()
            .map(|(i, claims)| {
                let mut per_column = vec![0; columns.len()];
                for &(_, document) in &claims {
                    per_column[column_of_documents[document]] += 1;
                }
                let carriage = provenance.carriage_at(claims.iter().copied());
                SpeakerRow { speaker: i, total: claims.len(), carriage, per_column }
            })
            .collect();
        let name = |row: &SpeakerRow| project.speakers[row.speaker].name.as_str();
        rows.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| name(a).cmp(name(b))));
        SpeakerTable { columns, rows }
    }
}

/// The outlet a document names (its source's host when it names none), else its file name.
fn outlet_name(doc: &crate::model::Document) -> String {
    outlet_of(doc).unwrap_or_else(|| doc.name.clone())
}

/// The names of the documents counted in this column, for a tooltip (the first few): one pass
/// over the documents' columns (the "others" column may hold thousands of outlets: a document
/// named by no outlet is its own).
fn documents_of(project: &Project, counted_in: &[Option<usize>], column: usize) -> String {
    let names: Vec<&str> = project
        .documents
        .iter()
        .zip(counted_in)
        .filter(|(_, &c)| c == Some(column))
        .map(|(d, _)| d.name.as_str())
        .collect();
    let mut title = names.iter().take(10).copied().collect::<Vec<_>>().join("\n");
    if names.len() > 10 {
        title.push_str(&format!("\n… and {} more", names.len() - 10));
    }
    title
}

fn heat(n: usize) -> &'static str {
    match n {
        0 => "h0",
        1 => "h1",
        2..=3 => "h2",
        _ => "h3",
    }
}

/// The "edit" toggle of a row, and the editor when it is the open one.
fn edit_cell(
    project: &Project,
    speaker: &Speaker,
    editing: &UseStateHandle<Option<String>>,
    dispatch: &Callback<Msg>,
) -> Html {
    let open = editing.as_deref() == Some(speaker.id.as_str());
    let toggle = {
        let (editing, id) = (editing.clone(), speaker.id.clone());
        Callback::from(move |_| editing.set((!open).then(|| id.clone())))
    };
    html! {
        <>
            <button class="link edit-speaker" aria-expanded={open.to_string()} onclick={toggle}
                    aria-label={if open { format!("close, editing {}", speaker.name) } else { format!("edit {}", speaker.name) }}>{ if open { "close" } else { "edit" } }</button>
            if open { { speaker_editor(speaker, dispatch) } { split_buttons(project, speaker, dispatch) } }
        </>
    }
}

/// "Split off “Bill Clinton” (3 claims)": for each alias that is a name of two words or more
/// other than the speaker's, the claims whose source mention reads that way move to a new
/// speaker of that name (one review step: Undo puts them back).
fn split_buttons(project: &Project, speaker: &Speaker, dispatch: &Callback<Msg>) -> Html {
    let texts: HashMap<&str, &str> =
        project.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
    let mention_of = |c: &Claim| -> Option<String> {
        let text = texts.get(c.document.as_str())?;
        let mention = c.source_mention?.slice(text).trim();
        Some(mention.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
    };
    let mine: Vec<(&Claim, String)> = project
        .claims
        .iter()
        .filter(|c| c.speaker.as_deref() == Some(speaker.id.as_str()))
        .filter_map(|c| mention_of(c).map(|m| (c, m)))
        .collect();
    let buttons: Vec<Html> = speaker
        .aliases
        .iter()
        .filter(|a| a.split_whitespace().count() >= 2 && **a != speaker.name)
        .filter_map(|alias| {
            let low = alias.to_lowercase();
            let claims: Vec<String> =
                mine.iter().filter(|(_, m)| m.ends_with(&low)).map(|(c, _)| c.id.clone()).collect();
            (!claims.is_empty()).then_some((alias, claims))
        })
        .take(8)
        .map(|(alias, claims)| {
            let label = format!("Split off “{alias}” ({} claims)", claims.len());
            let action = Action::SplitSpeaker {
                speaker: speaker.id.clone(),
                claims,
                aliases: vec![alias.clone()],
                name: alias.clone(),
            };
            let onclick = dispatch.reform(move |_| Msg::Propose(action.clone()));
            html! { <button class="button small split-speaker" {onclick}>{ label }</button> }
        })
        .collect();
    if buttons.is_empty() {
        return html! {};
    }
    html! {
        <div class="speaker-split" role="group" aria-label={format!("Split {}", speaker.name)}>
            <p class="hint">{ "Another person joined in? Take the claims naming them into a speaker of their own (Undo puts them back)." }</p>
            { for buttons }
        </div>
    }
}

/// Rename, kind, aliases and "merge into" for one speaker.
fn speaker_editor(speaker: &Speaker, dispatch: &Callback<Msg>) -> Html {
    let id = speaker.id.clone();
    let rename = {
        let id = id.clone();
        dispatch.reform(move |name: String| {
            Msg::Review(Action::RenameSpeaker { speaker: id.clone(), name })
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
        dispatch.reform(move |value: String| {
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
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let name = input.value();
            input.set_value("");
            Msg::MergeIntoSpeakerNamed { absorb: id.clone(), name }
        })
    };
    let kinds =
        [SpeakerKind::Person, SpeakerKind::Organization, SpeakerKind::Group, SpeakerKind::Unknown];
    let kind_name = |k: SpeakerKind| format!("{k:?}").to_lowercase();
    html! {
        <div class="speaker-editor">
            <label>{ "Name " }<Field key={format!("name-{}", speaker.id)} value={speaker.name.clone()} oncommit={rename} /></label>
            <label>{ "Kind " }
                <select onchange={kind}>
                    { for kinds.into_iter().map(|k| html! { <option value={kind_name(k)} selected={k == speaker.kind}>{ kind_name(k) }</option> }) }
                </select>
            </label>
            <label>{ "Aliases (;) " }<Field key={format!("aliases-{}", speaker.id)} value={speaker.aliases.join("; ")} oncommit={aliases} /></label>
            <label>{ "Merge into " }
                <input list={super::speaker_names::LIST_ID} class="merge-into" placeholder="another speaker's name"
                       aria-label={format!("Merge {} into another speaker", speaker.name)} onchange={merge} />
            </label>
        </div>
    }
}
