//! The text the user selected in the reader, as a byte range of the shown document's text.
//!
//! The reader renders the document's text exactly (every piece, marked or not, in order), so
//! the text from the start of `.reader .text` to a selection point is a prefix of the document
//! text and its UTF-8 length is the byte offset.

use wasm_bindgen::JsCast;

/// The (start, end) byte offsets of the reader selection, or `None` when nothing is selected there.
pub fn reader_selection() -> Option<(usize, usize)> {
    let document = gloo::utils::document();
    let root = document.query_selector(".reader .text").ok()??;
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let root_node: &web_sys::Node = root.unchecked_ref();
    if !root_node.contains(Some(&range.start_container().ok()?))
        || !root_node.contains(Some(&range.end_container().ok()?))
    {
        return None;
    }
    let prefix_to = |node: web_sys::Node, offset: u32| -> Option<usize> {
        let prefix = document.create_range().ok()?;
        prefix.select_node_contents(root_node).ok()?;
        prefix.set_end(&node, offset).ok()?;
        Some(String::from(prefix.to_string()).len())
    };
    let start = prefix_to(range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = prefix_to(range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then_some((start, end))
}
