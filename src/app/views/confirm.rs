//! The question a merge or split asks first (session::confirming): an alert dialog with the
//! question, the confirm button (focused) and Cancel. While it is open no shortcut acts behind
//! it (keyboard.rs): Escape cancels, Tab stays inside, Enter presses the focused button; a
//! click outside cancels too.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::keyboard::CONFIRM_ID;
use crate::app::store::Msg;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub question: String,
    pub confirm: &'static str,
    pub dispatch: Callback<Msg>,
}

#[function_component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmProps) -> Html {
    let yes = use_node_ref();
    {
        let yes = yes.clone();
        use_effect_with((), move |_| {
            if let Some(button) = yes.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let confirm = props.dispatch.reform(|_| Msg::ConfirmProposal);
    let cancel = props.dispatch.reform(|_| Msg::CancelProposal);
    let outside = super::on_backdrop(&props.dispatch, || Msg::CancelProposal);
    html! {
        <div class="overlay" onclick={outside}>
            <div class="dialog confirm" id={CONFIRM_ID} role="alertdialog" aria-modal="true"
                 aria-labelledby="confirm-title" aria-describedby="confirm-question">
                <h2 id="confirm-title">{ props.confirm }</h2>
                <p id="confirm-question">{ &props.question }</p>
                <div class="buttons">
                    <button class="button primary" ref={yes} onclick={confirm}>{ props.confirm }</button>
                    <button class="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}
