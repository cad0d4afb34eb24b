//! The tag set: add, rename, recolour, set a shortcut key, delete (claims lose the tag).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field::{Field, Initial};
use crate::app::store::{Msg, Store};
use crate::review::Action;

pub fn tags_pane(store: &Store, dispatch: &Callback<Msg>) -> Html {
    let add = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        let form: web_sys::HtmlFormElement = e.target_unchecked_into();
        let input = |name: &str| -> String {
            form.get_with_name(name)
                .map(|el| wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>(el).value())
                .unwrap_or_default()
        };
        let key = input("key");
        let msg = Msg::Review(Action::AddTag {
            label: input("label"),
            color: input("color"),
            key: (!key.is_empty()).then_some(key),
        });
        form.reset();
        msg
    });
    html! {
        <section class="tag-set" aria-label="Tags">
            <h2>{ format!("Tags ({})", store.project.tags.len()) }</h2>
            <ul>
            { for store.project.tags.iter().map(|tag| {
                let id = tag.id.clone();
                let text = |make: fn(String, String) -> Action| {
                    let id = id.clone();
                    dispatch.reform(move |value: String| Msg::Review(make(id.clone(), value)))
                };
                let delete = {
                    let (id, label) = (id.clone(), tag.label.clone());
                    let dispatch = dispatch.clone();
                    Callback::from(move |_| {
                        if gloo::dialogs::confirm(&format!("Delete the tag “{label}”? Claims lose it (undo brings it back).")) {
                            dispatch.emit(Msg::Review(Action::DeleteTag { tag: id.clone() }));
                        }
                    })
                };
                html! {
                    <li class="tag-edit">
                        <Field kind="color" key={format!("color-{id}")} value={tag.color.clone()} label={format!("Colour of {}", tag.label)}
                               oncommit={text(|tag, color| Action::RecolorTag { tag, color })} />
                        <Field key={format!("label-{id}")} value={tag.label.clone()} label="Label" oncommit={text(|tag, label| Action::RenameTag { tag, label })} />
                        <Field class="key" maxlength="1" key={format!("key-{id}")} value={tag.key.clone().unwrap_or_default()} label={format!("Shortcut key of {}", tag.label)}
                               oncommit={text(|tag, key| Action::SetTagKey { tag, key: (!key.is_empty()).then_some(key) })} />
                        <button class="button small" onclick={delete}>{ "Delete" }</button>
                    </li>
                }
            }) }
            </ul>
            <form class="tag-edit" onsubmit={add}>
                <Initial kind="color" name="color" value="#607d8b" label="Colour of the new tag" />
                <input name="label" placeholder="New tag" aria-label="Label of the new tag" required=true />
                <input class="key" name="key" maxlength="1" placeholder="key" aria-label="Shortcut key of the new tag" />
                <button class="button small" type="submit">{ "Add tag" }</button>
            </form>
        </section>
    }
}
