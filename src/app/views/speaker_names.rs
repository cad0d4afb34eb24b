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

/// Re-rendered only when the catalog changes, not on every edit of a claim, and then in a task
/// of its own (thousands of options).
#[function_component(SpeakerNames)]
pub fn speaker_names(props: &SpeakerNamesProps) -> Html {
    super::deferred::use_deferred(props.catalog, || {
        let store = props.store.borrow();
        html! {
            <datalist id={LIST_ID}>
                { for store.project.speakers.iter().map(|s| html! { <option value={s.name.clone()} label={alias_label(s)} /> }) }
            </datalist>
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
