//! Lists that render only the rows in view (documents, claims): where the list is scrolled to
//! and how tall it is, read when it mounts, when it scrolls and when the window is resized.

use web_sys::HtmlElement;
use yew::prelude::*;

/// The visible part of a scrolling list, in pixels.
#[derive(Clone, Copy, PartialEq)]
pub struct Viewport {
    pub scroll: i32,
    pub height: i32,
}

impl Viewport {
    /// The rows to render for rows of `row_px` each, `overscan` more on each side, of `total`.
    pub fn rows(&self, row_px: i32, overscan: i32, total: i32) -> std::ops::Range<i32> {
        let first = (self.scroll / row_px - overscan).max(0);
        let last = ((self.scroll + self.height) / row_px + overscan + 1).min(total);
        first..last.max(first)
    }
}

/// The viewport of the element `list` points at, and the `onscroll` to put on it.
#[hook]
pub fn use_viewport(list: &NodeRef) -> (Viewport, Callback<Event>) {
    let viewport = use_state_eq(|| Viewport { scroll: 0, height: 1200 });
    let read = {
        let viewport = viewport.clone();
        move |element: &HtmlElement| {
            viewport.set(Viewport { scroll: element.scroll_top(), height: element.client_height() })
        }
    };
    {
        let (list, read) = (list.clone(), read.clone());
        use_effect_with((), move |_| {
            if let Some(element) = list.cast::<HtmlElement>() {
                read(&element);
            }
            let resized =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    if let Some(element) = list.cast::<HtmlElement>() {
                        read(&element);
                    }
                });
            move || drop(resized)
        });
    }
    let onscroll = Callback::from(move |e: Event| read(&e.target_unchecked_into::<HtmlElement>()));
    (*viewport, onscroll)
}
