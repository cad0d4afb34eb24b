//! The page's state is `session::Session` (native, tested with `cargo test`); this module
//! names it for the views (`Store`) and turns the worker's answers into its messages.

use crate::app::worker::{from_wire, Done, Linked};
pub use crate::format::ExportFormat;
pub use crate::session::{Effect, Level, Msg, Reading, Session as Store, Side};

impl From<Done> for Msg {
    /// The worker's prepared file, its spans checked against its text on the way in.
    fn from(done: Done) -> Msg {
        Msg::Prepared { index: done.index, result: done.result.and_then(from_wire) }
    }
}

impl From<Linked> for Msg {
    fn from(linked: Linked) -> Msg {
        Msg::Linked { run: linked.run, links: linked.links }
    }
}
