//! A text field that keeps what the person types through any re-render: it shows its draft
//! (session/draft.rs) while there is one, and commits it on Enter, blur or `change`; Escape
//! drops it. Every text field of the page that edits the project is one of these, so no
//! message (an autosave acknowledgement, a worker's progress, another tab's save) can rewrite
//! what is being typed.
//!
//! Give each field a `key` naming what it edits (the claim, the document, the speaker), so a
//! draft never moves to another one's field.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::session::draft::Draft;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// What the project holds.
    pub value: AttrValue,
    /// Gets the typed text on commit, when it differs from `value`.
    pub oncommit: Callback<String>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub list: Option<AttrValue>,
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// `input` type: "text" (the default) or "search".
    #[prop_or_else(|| AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    /// Rows of a multi-line field (a textarea); `None` makes a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let draft = use_mut_ref(Draft::default);
    let rerender = use_force_update();
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.borrow_mut().typed(text_of(&e));
        })
    };
    let commit = {
        let (draft, value, oncommit) = (draft.clone(), props.value.clone(), props.oncommit.clone());
        let rerender = rerender.clone();
        move || {
            let typed = draft.borrow_mut().commit(&value);
            if let Some(text) = typed {
                oncommit.emit(text);
            }
            rerender.force_update();
        }
    };
    let onchange = {
        let commit = commit.clone();
        Callback::from(move |_: Event| commit())
    };
    let onblur = Callback::from(move |_: FocusEvent| commit());
    let onkeydown = escape_drops(&draft, rerender);
    let shown = draft.borrow().shown(&props.value).to_string();
    let p = props;
    match p.rows {
        Some(rows) => html! {
            <textarea id={p.id.clone()} class={p.class.clone()} rows={rows.to_string()}
                      aria-label={p.label.clone()} placeholder={p.placeholder.clone()}
                      value={shown} {oninput} {onchange} {onblur} {onkeydown} />
        },
        None => html! {
            <input type={p.kind.clone()} id={p.id.clone()} class={p.class.clone()} list={p.list.clone()}
                   aria-label={p.label.clone()} placeholder={p.placeholder.clone()} maxlength={p.maxlength.clone()}
                   value={shown} {oninput} {onchange} {onblur} {onkeydown} />
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct InitialProps {
    pub name: AttrValue,
    /// The value the field starts with, and returns to when its form is reset.
    pub value: AttrValue,
    #[prop_or_else(|| AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A form field the page never writes to after it first shows (a `value=` would be written
/// back at every render, undoing what the person picked): its form reads it on submit.
#[function_component(Initial)]
pub fn initial(props: &InitialProps) -> Html {
    let node = use_node_ref();
    {
        let (node, value) = (node.clone(), props.value.clone());
        use_effect_with((), move |_| {
            if let Some(input) = node.cast::<HtmlInputElement>() {
                input.set_default_value(&value);
                input.set_value(&value);
            }
        });
    }
    html! { <input ref={node} type={props.kind.clone()} name={props.name.clone()} aria-label={props.label.clone()} /> }
}

/// Escape drops the draft (the keyboard service then blurs the field, which commits nothing).
fn escape_drops(
    draft: &Rc<RefCell<Draft>>,
    rerender: UseForceUpdateHandle,
) -> Callback<KeyboardEvent> {
    let draft = draft.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            draft.borrow_mut().cancel();
            rerender.force_update();
        }
    })
}

/// The text of the input or textarea an event came from.
fn text_of(e: &InputEvent) -> String {
    let target = e.target();
    match target.as_ref().and_then(|t| wasm_bindgen::JsCast::dyn_ref::<HtmlTextAreaElement>(t)) {
        Some(area) => area.value(),
        None => e.target_unchecked_into::<HtmlInputElement>().value(),
    }
}
