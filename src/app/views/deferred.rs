//! Big lists that need not change in the same frame as the edit that changed them (every
//! speaker's name, the filter options) render in a task of their own, so the task that applies
//! a big drop stays short; the biggest (every speaker's name) in slices, a task each.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// Renders with `render` when `key` has settled; right after `key` changes, shows the previous
/// rendering and renders anew in the next task (a 0 ms timeout).
#[hook]
pub fn use_deferred<F>(key: u64, render: F) -> Html
where
    F: FnOnce() -> Html,
{
    let settled = use_state_eq(|| key);
    let last: Rc<RefCell<Option<Html>>> = use_mut_ref(|| None);
    {
        let settled = settled.clone();
        use_effect_with(key, move |&key| {
            let timer = (*settled != key)
                .then(|| gloo::timers::callback::Timeout::new(0, move || settled.set(key)));
            move || drop(timer)
        });
    }
    let previous = last.borrow().clone();
    match previous {
        Some(html) if *settled != key => html,
        _ => {
            let html = render();
            *last.borrow_mut() = Some(html.clone());
            html
        }
    }
}

/// Renders with `render` in a task of its own after `key` changes, and first shows nothing:
/// for one slice of a big list (each slice's timer is a task of its own, so the slices of a
/// list of thousands spread over as many tasks).
#[hook]
pub fn use_rendered_later<F>(key: u64, render: F) -> Html
where
    F: FnOnce() -> Html,
{
    let settled = use_state_eq(|| None::<u64>);
    let last: Rc<RefCell<Html>> = use_mut_ref(Html::default);
    {
        let settled = settled.clone();
        use_effect_with(key, move |&key| {
            let timer = (*settled != Some(key))
                .then(|| gloo::timers::callback::Timeout::new(0, move || settled.set(Some(key))));
            move || drop(timer)
        });
    }
    if *settled == Some(key) {
        let html = render();
        *last.borrow_mut() = html.clone();
        html
    } else {
        last.borrow().clone()
    }
}
