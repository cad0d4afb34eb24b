//! Every speaker's name, once on the page, as the `speaker-names` datalist: the type-ahead of
//! every field that names a speaker (the inspector's speaker, the speaker filter, "merge into").

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::store::Store;

/// The datalist's element id, for `<input list=…>`.
pub const LIST_ID: &str = "speaker-names";

#[derive(Properties)]
pub struct SpeakerNamesProps {
    pub store: Rc<RefCell<Store>>,
    /// `Store::catalog` when rendered: the list changes only with it.
    pub catalog: u64,
}

impl PartialEq for SpeakerNamesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store) && self.catalog == other.catalog
    }
}

/// Speakers' names per slice of the list: each slice renders in a task of its own.
const SLICE: usize = 1000;

/// Re-rendered only when the catalog changes, not on every edit of a claim, and then a slice
/// of `SLICE` options per task (tens of thousands of speakers in a big archive).
#[function_component(SpeakerNames)]
pub fn speaker_names(props: &SpeakerNamesProps) -> Html {
    let slices = props.store.borrow().project.speakers.len().div_ceil(SLICE);
    html! {
        <datalist id={LIST_ID}>
            { for (0..slices).map(|slice| html! {
                <NameSlice key={slice} store={props.store.clone()} catalog={props.catalog} {slice} />
            }) }
        </datalist>
    }
}

#[derive(Properties)]
struct NameSliceProps {
    store: Rc<RefCell<Store>>,
    catalog: u64,
    slice: usize,
}

impl PartialEq for NameSliceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
            && (self.catalog, self.slice) == (other.catalog, other.slice)
    }
}

/// The options of one slice of the speakers, rendered in a task of its own.
#[function_component(NameSlice)]
fn name_slice(props: &NameSliceProps) -> Html {
    super::deferred::use_rendered_later(props.catalog, || {
        let store = props.store.borrow();
        let speakers = &store.project.speakers;
        let start = (props.slice * SLICE).min(speakers.len());
        let end = (start + SLICE).min(speakers.len());
        html! {
            { for speakers[start..end].iter().map(|s| html! { <option value={s.name.clone()} label={alias_label(s)} /> }) }
        }
    })
}

/// The option's label: the aliases, so that typing "Trump" offers Donald Trump.
fn alias_label(speaker: &crate::model::Speaker) -> String {
    let others: Vec<&str> =
        speaker.aliases.iter().map(String::as_str).filter(|a| *a != speaker.name).take(6).collect();
    if others.is_empty() {
        speaker.name.clone()
    } else {
        format!("{} ({})", speaker.name, others.join(", "))
    }
}
