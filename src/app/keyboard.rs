//! Keyboard-first review: the one keymap of the page (`KEYMAP`, which the help overlay lists,
//! so the help cannot drift from what the keys do) and one keydown listener on the document
//! that turns keys into messages.
//!
//! Keys typed into a text field belong to the field, except Escape (leave the field) and Enter
//! in the speaker field (keep the name and come back to the list). While the help is open no
//! shortcut acts behind it: Escape and ? close it, Tab stays inside it, every other key is
//! swallowed.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::store::Msg;
use crate::model::Status;
use crate::review::caret::End;

/// One key combination. For a printable key, `key` is the character typed (so "A" means
/// Shift+A and "?" is Shift+/ on most layouts); `shift` is read only for named keys (arrows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub key: &'static str,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
}

const fn key(key: &'static str) -> Chord {
    Chord { key, ctrl: false, shift: false, alt: false }
}

const fn ctrl(key: &'static str) -> Chord {
    Chord { key, ctrl: true, shift: false, alt: false }
}

const fn shift(key: &'static str) -> Chord {
    Chord { key, ctrl: false, shift: true, alt: false }
}

const fn alt_shift(key: &'static str) -> Chord {
    Chord { key, ctrl: false, shift: true, alt: true }
}

impl Chord {
    /// How the help shows the chord: "j", "↓", "Ctrl+Z", "Alt+Shift+←".
    pub fn label(&self) -> String {
        let name = match self.key {
            "ArrowDown" => "↓".to_string(),
            "ArrowUp" => "↑".to_string(),
            "ArrowLeft" => "←".to_string(),
            "ArrowRight" => "→".to_string(),
            "Escape" => "Esc".to_string(),
            k if self.ctrl => k.to_uppercase(),
            k => k.to_string(),
        };
        let capital = self.key.len() == 1 && self.key.chars().all(|c| c.is_ascii_uppercase());
        let mut label = String::new();
        if self.ctrl {
            label.push_str("Ctrl+");
        }
        if self.alt {
            label.push_str("Alt+");
        }
        if self.shift || (capital && !self.ctrl) {
            label.push_str("Shift+");
        }
        label + &name
    }

    fn matches(&self, event: &KeyboardEvent) -> bool {
        let named = self.key.chars().count() > 1;
        let key = event.key();
        let same_key = if self.ctrl { key.eq_ignore_ascii_case(self.key) } else { key == self.key };
        same_key
            && self.ctrl == (event.ctrl_key() || event.meta_key())
            && self.alt == event.alt_key()
            && (!(named || self.ctrl) || self.shift == event.shift_key())
    }
}

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    Accept,
    Reject,
    Reset,
    AcceptAllVersions,
    RejectAllVersions,
    Speaker,
    NewClaim,
    Search,
    ToReview,
    Undo,
    Redo,
    SelectionEnd(bool),
    SelectionStart(bool),
    Escape,
    Help,
}

/// One line of the help: the chords, what they do, the command.
pub struct Binding {
    pub chords: &'static [Chord],
    pub what: &'static str,
    pub command: Command,
}

/// Every shortcut of the page, in the order the help lists them (tag keys come from the
/// project's tag set and are listed after these).
pub const KEYMAP: &[Binding] = &[
    Binding { chords: &[key("j"), key("ArrowDown")], what: "next claim", command: Command::Next },
    Binding {
        chords: &[key("k"), key("ArrowUp")],
        what: "previous claim",
        command: Command::Previous,
    },
    Binding {
        chords: &[key("a")],
        what: "accept, then go to the next claim to review",
        command: Command::Accept,
    },
    Binding {
        chords: &[key("r")],
        what: "reject, then go to the next claim to review",
        command: Command::Reject,
    },
    Binding { chords: &[key("u")], what: "undecide (back to suggested)", command: Command::Reset },
    Binding {
        chords: &[key("A")],
        what: "accept every version of the claim (all outlets), then go on",
        command: Command::AcceptAllVersions,
    },
    Binding {
        chords: &[key("R")],
        what: "reject every version of the claim (all outlets), then go on",
        command: Command::RejectAllVersions,
    },
    Binding {
        chords: &[key("s")],
        what: "edit the speaker (Enter keeps it and comes back)",
        command: Command::Speaker,
    },
    Binding {
        chords: &[shift("ArrowRight"), shift("ArrowLeft")],
        what: "select text in the reader: move the end a word (starts from the selected claim)",
        command: Command::SelectionEnd(true),
    },
    Binding {
        chords: &[alt_shift("ArrowLeft"), alt_shift("ArrowRight")],
        what: "select text in the reader: move the start a word",
        command: Command::SelectionStart(false),
    },
    Binding {
        chords: &[key("n")],
        what: "new claim from the selected text",
        command: Command::NewClaim,
    },
    Binding { chords: &[key("/")], what: "search the claims", command: Command::Search },
    Binding {
        chords: &[key("t")],
        what: "show only the claims to review, or all",
        command: Command::ToReview,
    },
    Binding { chords: &[key("z"), ctrl("z")], what: "undo", command: Command::Undo },
    Binding {
        chords: &[key("y"), ctrl("y"), Chord { key: "Z", ctrl: true, shift: true, alt: false }],
        what: "redo",
        command: Command::Redo,
    },
    Binding {
        chords: &[key("Escape")],
        what: "close the help, leave a field, drop the text selection",
        command: Command::Escape,
    },
    Binding { chords: &[key("?")], what: "show or hide this help", command: Command::Help },
];

/// The command `event` stands for, by the keymap.
fn command_of(event: &KeyboardEvent) -> Option<Command> {
    for binding in KEYMAP {
        if let Some(chord) = binding.chords.iter().find(|c| c.matches(event)) {
            // the two directions of one binding share it; the chord says which
            let forward = chord.key == "ArrowRight";
            return Some(match binding.command {
                Command::SelectionEnd(_) => Command::SelectionEnd(forward),
                Command::SelectionStart(_) => Command::SelectionStart(forward),
                command => command,
            });
        }
    }
    None
}

/// The message a command sends, or `None` for commands that act on the page itself.
fn message_of(command: Command) -> Option<Msg> {
    Some(match command {
        Command::Next => Msg::StepClaim(1),
        Command::Previous => Msg::StepClaim(-1),
        Command::Accept => Msg::SetSelectedStatus(Status::Accepted),
        Command::Reject => Msg::SetSelectedStatus(Status::Rejected),
        Command::Reset => Msg::SetSelectedStatus(Status::Suggested),
        Command::AcceptAllVersions => Msg::SetSelectedClusterStatus(Status::Accepted),
        Command::RejectAllVersions => Msg::SetSelectedClusterStatus(Status::Rejected),
        Command::NewClaim => Msg::ClaimFromSelection,
        Command::ToReview => Msg::ToggleToReview,
        Command::Undo => Msg::Undo,
        Command::Redo => Msg::Redo,
        Command::SelectionEnd(forward) => Msg::MoveSelection { end: End::End, forward },
        Command::SelectionStart(forward) => Msg::MoveSelection { end: End::Start, forward },
        Command::Escape => Msg::ClearSelection,
        Command::Help => Msg::ToggleHelp,
        Command::Speaker | Command::Search => return None,
    })
}

/// The id of the help dialog: while it is in the page, keys go to it only.
pub const HELP_ID: &str = "help-dialog";
/// The id of the dialog a merge or split asks first in: while it is open, keys go to it only.
pub const CONFIRM_ID: &str = "confirm-dialog";
/// The id of the claims list (a listbox): j / k bring focus back to it.
pub const CLAIM_LIST_ID: &str = "claim-list";

/// Installs the listener for the page's lifetime.
#[hook]
pub fn use_shortcuts(dispatch: Callback<Msg>) {
    use_effect_with((), move |_| {
        // Not passive: shortcuts must be able to stop the key's default action.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| on_key(event.unchecked_ref(), &dispatch),
        );
        move || drop(listener)
    });
}

fn on_key(event: &KeyboardEvent, dispatch: &Callback<Msg>) {
    if let Some(dialog) = by_id(CONFIRM_ID) {
        return key_in_confirm(event, &dialog, dispatch);
    }
    if let Some(help) = by_id(HELP_ID) {
        return key_in_help(event, &help, dispatch);
    }
    let command = command_of(event);
    if let Some(field) = focused_field(event) {
        match command {
            Some(Command::Escape) => {
                let _ = field.blur();
            }
            _ if event.key() == "Enter" && field.id() == "speaker-input" => {
                let _ = field.blur(); // commits the name (change on blur)
                focus_claim_list();
            }
            _ => {}
        }
        return;
    }
    if is_tab(event) && event.key().starts_with("Arrow") {
        return; // the tab list moves between tabs itself
    }
    let msg = match command {
        Some(Command::Speaker) => return focus(event, "speaker-input"),
        Some(Command::Search) => return focus(event, "claim-search"),
        Some(command) => message_of(command),
        None if !event.ctrl_key() && !event.meta_key() && !event.alt_key() => {
            let key = event.key();
            let printable = key.chars().count() == 1 && !key.trim().is_empty();
            printable.then_some(Msg::TagKey(key))
        }
        None => None,
    };
    let Some(msg) = msg else { return };
    event.prevent_default();
    let steps = matches!(command, Some(Command::Next | Command::Previous));
    dispatch.emit(msg);
    if steps {
        focus_claim_list();
    }
}

/// Keys while the help is open: Escape and ? close it, Tab cycles inside it, nothing else
/// reaches the page.
fn key_in_help(event: &KeyboardEvent, help: &Element, dispatch: &Callback<Msg>) {
    match command_of(event) {
        Some(Command::Escape | Command::Help) => {
            event.prevent_default();
            dispatch.emit(Msg::CloseHelp);
        }
        _ if event.key() == "Tab" => {
            event.prevent_default();
            cycle_focus_within(help, event.shift_key());
        }
        _ => event.prevent_default(),
    }
}

/// Keys while a merge or split asks: Escape cancels, Tab cycles inside, Enter and Space
/// press the focused button (the browser's own), nothing else reaches the page.
fn key_in_confirm(event: &KeyboardEvent, dialog: &Element, dispatch: &Callback<Msg>) {
    match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            dispatch.emit(Msg::CancelProposal);
        }
        "Tab" => {
            event.prevent_default();
            cycle_focus_within(dialog, event.shift_key());
        }
        "Enter" | " " => {}
        _ => event.prevent_default(),
    }
}

/// Moves focus to the next (or previous) focusable element inside `container`, wrapping.
fn cycle_focus_within(container: &Element, back: bool) {
    let Ok(list) = container.query_selector_all(
        "button, [href], input, select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let focusable: Vec<HtmlElement> =
        (0..list.length()).filter_map(|i| list.get(i)?.dyn_into().ok()).collect();
    if focusable.is_empty() {
        return;
    }
    let active = gloo::utils::document().active_element();
    let at = focusable.iter().position(|e| Some(e.unchecked_ref::<Element>()) == active.as_ref());
    let n = focusable.len();
    let next = match (at, back) {
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
        (None, false) => 0,
        (None, true) => n - 1,
    };
    let _ = focusable[next].focus();
}

fn by_id(id: &str) -> Option<Element> {
    gloo::utils::document().get_element_by_id(id)
}

/// The text field the key was typed into, if any (keys there belong to the field).
fn focused_field(event: &KeyboardEvent) -> Option<HtmlElement> {
    let target = event.target()?.dyn_into::<HtmlElement>().ok()?;
    let typing = matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable();
    typing.then_some(target)
}

fn is_tab(event: &KeyboardEvent) -> bool {
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    target.is_some_and(|t| t.get_attribute("role").as_deref() == Some("tab"))
}

/// Focus on the claims list (its active row is the selected claim), when it is shown.
pub fn focus_claim_list() {
    if let Some(list) = by_id(CLAIM_LIST_ID).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = list.focus();
    }
}

fn focus(event: &KeyboardEvent, id: &str) {
    if let Some(element) = by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        event.prevent_default();
        let _ = element.focus();
    }
}
