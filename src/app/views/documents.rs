//! The documents pane: every loaded article with its outlet, claim count and copy status.
//! It re-renders only when the documents or the selection change, not on every review edit.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::store::{Msg, Store};

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
pub fn documents_pane_component(props: &DocumentsProps) -> Html {
    documents_pane(&props.store.borrow(), &props.dispatch)
}

fn documents_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let project = &store.project;
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for claim in &project.claims {
        *counts.entry(claim.document.as_str()).or_default() += 1;
    }
    html! {
        <nav class="documents" aria-label="Documents">
            <h2>{ format!("Documents ({})", project.documents.len()) }</h2>
            <ul>
            { for project.documents.iter().map(|doc| {
                let selected = store.selected_document.as_deref() == Some(doc.id.as_str());
                let claims = counts.get(doc.id.as_str()).copied().unwrap_or(0);
                let id = doc.id.clone();
                let onclick = dispatch.reform(move |_| Msg::SelectDocument(id.clone()));
                let title = doc.meta.title.clone().unwrap_or_else(|| doc.name.clone());
                let copy = doc.duplicate_of.as_ref().and_then(|dup| {
                    let original = project.document(&dup.document)?;
                    Some(html! { <span class="copy">{ format!("copy of {} ({:.0}%)", original.name, dup.similarity * 100.0) }</span> })
                });
                html! {
                    <li>
                        <button class={classes!("doc", selected.then_some("selected"))} aria-current={selected.then_some("true")} {onclick}>
                            <span class="doc-title">{ title }</span>
                            <span class="doc-info">{ format!("{} · {claims} claims", doc.name) }</span>
                            { for copy }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
