//! The documents pane: every loaded article with its outlet, claim count and copy status.
//! It re-renders only when the documents or the selection change, not on every review edit,
//! and renders only the rows scrolled into view, so hundreds of documents cost a screenful.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::store::{Msg, Store};
use crate::model::{Document, Project};

/// Every row has this height (CSS `.doc-slot` matches), which makes windowing exact.
const ROW_PX: i32 = 70;
/// Rows rendered above and below the visible ones.
const OVERSCAN: i32 = 6;

#[derive(Properties)]
pub struct DocumentsProps {
    pub store: Rc<RefCell<Store>>,
    /// `Store::catalog` when rendered: the pane shows only what that counter covers.
    pub catalog: u64,
    pub selected: Option<String>,
    pub dispatch: Callback<Msg>,
}

impl PartialEq for DocumentsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
            && self.catalog == other.catalog
            && self.selected == other.selected
    }
}

#[function_component(DocumentsPane)]
pub fn documents_pane(props: &DocumentsProps) -> Html {
    let list = use_node_ref();
    let (viewport, onscroll) = super::windowing::use_viewport(&list);
    let store = props.store.borrow();
    let project = &store.project;
    let selected_row =
        props.selected.as_deref().and_then(|id| project.documents.iter().position(|d| d.id == id));
    use_effect_with(selected_row, |row| {
        if let Some(row) = row {
            super::windowing::scroll_row_into_view(".doc-scroll", *row as i32, ROW_PX);
        }
    });
    let total = project.documents.len() as i32;
    let counts = claims_per_document(project);
    let names: HashMap<&str, &str> =
        project.documents.iter().map(|d| (d.id.as_str(), d.name.as_str())).collect();
    html! {
        <nav class="documents" aria-label="Documents">
            <h2>{ format!("Documents ({})", project.documents.len()) }</h2>
            <div class="doc-scroll" ref={list} {onscroll}>
                <ul style={format!("height: {}px", total * ROW_PX)}>
                { for viewport.rows(ROW_PX, OVERSCAN, total).map(|row| {
                    let doc = &project.documents[row as usize];
                    let claims = counts.get(doc.id.as_str()).copied().unwrap_or(0);
                    let selected = store.selected_document.as_deref() == Some(doc.id.as_str());
                    document_row(doc, claims, &names, selected, row * ROW_PX, &props.dispatch)
                }) }
                </ul>
            </div>
        </nav>
    }
}

fn claims_per_document(project: &Project) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for claim in &project.claims {
        *counts.entry(claim.document.as_str()).or_default() += 1;
    }
    counts
}

fn document_row(
    doc: &Document,
    claims: usize,
    names: &HashMap<&str, &str>,
    selected: bool,
    top: i32,
    dispatch: &Callback<Msg>,
) -> Html {
    let id = doc.id.clone();
    let onclick = dispatch.reform(move |_| Msg::SelectDocument(id.clone()));
    let title = doc.meta.title.clone().unwrap_or_else(|| doc.name.clone());
    let info = format!("{} · {claims} claims", doc.name);
    let copy = doc.duplicate_of.as_ref().map(|dup| {
        let original = names.get(dup.document.as_str()).copied().unwrap_or(&dup.document);
        let percent = format!("{:.0}%", dup.similarity * 100.0);
        (format!("copy {percent}"), format!("copy of {original} ({percent})"))
    });
    let tooltip = match &copy {
        Some((_, of)) => format!("{title}\n{info}\n{of}"),
        None => format!("{title}\n{info}"),
    };
    html! {
        <li class="doc-slot" style={format!("top: {top}px")}>
            <button class={classes!("doc", selected.then_some("selected"))} aria-current={selected.then_some("true")}
                    title={tooltip} {onclick}>
                <span class="doc-title">{ title }</span>
                <span class="doc-info">
                    if let Some((badge, of)) = copy { <span class="copy" aria-label={of}>{ badge }</span> }
                    { info }
                </span>
            </button>
        </li>
    }
}
