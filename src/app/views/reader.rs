//! The reader: one document's text with claims highlighted (content, cue and source mention
//! distinguished; the kind by colour and by the line under it; accepted and rejected claims by
//! a mark and a line through, not by colour alone), a legend for all of it, page furniture
//! greyed, and the text selected from the keyboard outlined. Clicking a highlight selects it.

use yew::prelude::*;

use super::field::Field;
use crate::app::store::{Msg, Store};
use crate::model::{Claim, Document};
use crate::review::Action;
use crate::text::meta::Meta;
use crate::text::Span;

/// What one piece of highlighted text belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Boilerplate,
    Content(usize),
    Cue(usize),
    Source(usize),
    /// The text selected from the keyboard.
    Picked,
}

pub fn reader_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let Some(doc) = store.selected_document.as_deref().and_then(|id| store.project.document(id))
    else {
        return html! { <article class="reader" aria-label="Reader"><p>{ "Select a document." }</p></article> };
    };
    let selected = store.selected_claim.as_deref();
    let hidden = |c: &Claim| {
        store.hide_below.is_some_and(|floor| floor.hides(c)) && Some(c.id.as_str()) != selected
    };
    let claims: Vec<&Claim> =
        store.project.claims.iter().filter(|c| c.document == doc.id && !hidden(c)).collect();
    html! {
        <article class="reader" aria-label={format!("Reader: {}", doc.name)}>
            { header(doc) }
            { meta_editor(doc, dispatch) }
            { legend() }
            <div class="text">
                { for pieces(doc, &claims, store.keyboard_selection).into_iter().map(|(span, marks)| piece(doc, &claims, selected, span, &marks, dispatch)) }
            </div>
        </article>
    }
}

fn header(doc: &Document) -> Html {
    let m = &doc.meta;
    let facts: Vec<String> =
        [&m.outlet, &m.published, &m.byline, &m.url].into_iter().flatten().cloned().collect();
    html! {
        <header class="reader-head">
            <h2>{ m.title.clone().unwrap_or_else(|| doc.name.clone()) }</h2>
            <p class="meta">{ facts.join(" · ") }</p>
        </header>
    }
}

/// The document's details as the text states them, editable (each change is undoable).
fn meta_editor(doc: &Document, dispatch: &Callback<Msg>) -> Html {
    let field = |label: &'static str, value: Option<String>, set: fn(&mut Meta, Option<String>)| {
        let (id, meta) = (doc.id.clone(), doc.meta.clone());
        let oncommit = dispatch.reform(move |value: String| {
            let value = value.trim().to_string();
            let mut meta = meta.clone();
            set(&mut meta, (!value.is_empty()).then_some(value));
            Msg::Review(Action::SetMeta { document: id.clone(), meta })
        });
        html! { <label>{ label }<Field key={format!("{}-{label}", doc.id)} value={value.unwrap_or_default()} {oncommit} /></label> }
    };
    let m = &doc.meta;
    html! {
        <details class="meta-editor" key={doc.id.clone()}>
            <summary>{ "Edit details (title, outlet, date, byline, URL)" }</summary>
            { field("Title", m.title.clone(), |m, v| m.title = v) }
            { field("Outlet", m.outlet.clone(), |m, v| m.outlet = v) }
            { field("Published", m.published.clone(), |m, v| m.published = v) }
            { field("Byline", m.byline.clone(), |m, v| m.byline = v) }
            { field("Source URL", m.url.clone(), |m, v| m.url = v) }
        </details>
    }
}

/// What the highlights mean: each kind (colour and line style, named), cue, source, the
/// review marks, the keyboard selection.
fn legend() -> Html {
    let kind = |kind: &str, what: &str| {
        html! {
            <li><mark class={classes!("content", format!("kind-{kind}"))}>{ kind }</mark>{ format!(" {what}") }</li>
        }
    };
    html! {
        <details class="legend" open=true>
            <summary>{ "Legend" }</summary>
            <ul>
                { kind("direct", "quoted words") }
                { kind("mixed", "partly quoted, partly paraphrased") }
                { kind("indirect", "reported speech, no quote") }
                { kind("assertion", "unattributed statement worth checking (figures, dates)") }
                <li><mark class="cue">{ "cue" }</mark>{ " the verb of saying" }</li>
                <li><mark class="source">{ "source" }</mark>{ " who, as written" }</li>
                <li><mark class="content kind-direct accepted claim-start">{ "accepted" }</mark></li>
                <li><mark class="content kind-direct rejected claim-start">{ "rejected" }</mark></li>
                <li><span class="picked">{ "selected with Shift+→" }</span></li>
            </ul>
        </details>
    }
}

/// Cuts the text at every mark boundary; each piece lists the marks covering it.
fn pieces(doc: &Document, claims: &[&Claim], picked: Option<Span>) -> Vec<(Span, Vec<Mark>)> {
    let mut marks: Vec<(Span, Mark)> =
        doc.boilerplate.iter().map(|s| (*s, Mark::Boilerplate)).collect();
    marks.extend(picked.filter(|s| s.end() <= doc.text.len()).map(|s| (s, Mark::Picked)));
    for (i, claim) in claims.iter().enumerate() {
        let parts = if claim.content_parts.is_empty() {
            vec![claim.content]
        } else {
            claim.content_parts.clone()
        };
        marks.extend(parts.into_iter().map(|s| (s, Mark::Content(i))));
        marks.extend(claim.cue.map(|s| (s, Mark::Cue(i))));
        marks.extend(claim.source_mention.map(|s| (s, Mark::Source(i))));
    }
    let mut cuts: Vec<usize> = marks.iter().flat_map(|(s, _)| [s.start(), s.end()]).collect();
    cuts.extend([0, doc.text.len()]);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let span = Span::of(&doc.text, w[0]..w[1]);
            let covering =
                marks.iter().filter(|(s, _)| s.contains(span)).map(|(_, m)| *m).collect();
            (span, covering)
        })
        .collect()
}

fn piece(
    doc: &Document,
    claims: &[&Claim],
    selected: Option<&str>,
    span: Span,
    marks: &[Mark],
    dispatch: &Callback<Msg>,
) -> Html {
    let text = span.slice(&doc.text).to_string();
    if marks.is_empty() {
        return html! { { text } };
    }
    let mut classes = Classes::new();
    let mut owner = None;
    let mut starts_claim = false;
    for mark in marks {
        match *mark {
            Mark::Boilerplate => classes.push("boilerplate"),
            Mark::Picked => classes.push("picked"),
            Mark::Cue(i) => {
                classes.push("cue");
                owner = Some(i);
            }
            Mark::Source(i) => {
                classes.push("source");
                owner = Some(i);
            }
            Mark::Content(i) => {
                classes.push("content");
                classes.push(format!("kind-{}", claims[i].kind.as_str()));
                starts_claim |= span.start() == claims[i].content.start();
                owner = owner.or(Some(i));
            }
        }
    }
    let Some(i) = owner else { return html! { <span class={classes}>{ text }</span> } };
    let claim = claims[i];
    if claim.status != crate::model::Status::Suggested {
        classes.push(claim.status.as_str());
        if starts_claim {
            classes.push("claim-start");
        }
    }
    if selected == Some(claim.id.as_str()) {
        classes.push("selected");
    }
    let id = claim.id.clone();
    let onclick = dispatch.reform(move |_| Msg::SelectClaim(id.clone()));
    html! { <mark class={classes} data-claim={claim.id.clone()} {onclick}>{ text }</mark> }
}
