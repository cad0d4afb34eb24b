//! Lists that render only the rows in view (documents, claims): where the list is scrolled to
//! and how tall it is, read when it mounts, when it scrolls and when the window is resized;
//! scrolling a row into view; and lists shown a page at a time (speakers, story).

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

/// Scrolls the list `selector` names just enough to show row `row` (rows of `row_px`): by
/// position, since a row out of view has no element.
pub fn scroll_row_into_view(selector: &str, row: i32, row_px: i32) {
    let Ok(Some(list)) = gloo::utils::document().query_selector(selector) else { return };
    let top = row * row_px;
    if top < list.scroll_top() || top + row_px > list.scroll_top() + list.client_height() {
        list.set_scroll_top(top - list.client_height() / 2);
    }
}

/// A list shown a page at a time: how many items are shown, and "Show more".
#[derive(Clone)]
pub struct Pages {
    shown: UseStateHandle<usize>,
    page: usize,
}

impl Pages {
    pub fn shown(&self) -> usize {
        *self.shown
    }

    /// Back to the first page (when what is listed changed).
    pub fn reset(&self) {
        self.shown.set(self.page);
    }

    /// The "Show more" button for a list of `total` items; nothing when all are shown.
    pub fn more_button(&self, total: usize) -> Html {
        let left = total.saturating_sub(*self.shown);
        if left == 0 {
            return html! {};
        }
        let (shown, page) = (self.shown.clone(), self.page);
        let onclick = Callback::from(move |_| shown.set(*shown + page));
        html! { <button class="button" {onclick}>{ format!("Show {} more ({left} not shown)", left.min(page)) }</button> }
    }
}

/// `page` items at first, `page` more each time "Show more" is pressed.
#[hook]
pub fn use_pages(page: usize) -> Pages {
    Pages { shown: use_state(|| page), page }
}
