//! Text selected in the reader becoming a claim or a span: from the browser's selection (the
//! shell reads it into `Msg::Selected`) or from the keyboard selection, grown a word at a time
//! from the selected claim's content.

use super::msg::Msg;
use super::Session;
use crate::model::Origin;
use crate::review::caret::{first_word_from, move_by_word, End};
use crate::review::Action;
use crate::text::Span;

impl Session {
    /// Turns the reader selection into a new claim or a span of the selected claim.
    pub(super) fn use_selection(&mut self, start: usize, end: usize, then: Msg) {
        self.keyboard_selection = None;
        let Some(doc) = self.selected_document.as_deref().and_then(|d| self.project.document(d))
        else {
            return;
        };
        let Some(span) = Span::within(&doc.text, start, end).map(|s| s.trim(&doc.text, &[])) else {
            return;
        };
        let document = doc.id.clone();
        match then {
            Msg::ClaimFromSelection => {
                let before = self.project.claims.len();
                self.review(Action::AddClaim {
                    document: document.clone(),
                    content: span,
                    speaker: None,
                });
                if self.project.claims.len() > before {
                    let new = self.project.claims.iter().find(|c| {
                        c.document == document && c.content == span && c.origin == Origin::Manual
                    });
                    if let Some(id) = new.map(|c| c.id.clone()) {
                        self.select_claim(id);
                    }
                }
            }
            Msg::SpanFromSelection(field) => match self.selected_claim.clone() {
                Some(claim) => {
                    self.review(Action::SetSpan { claim, field, span: Some(span) });
                }
                None => self.info("Select a claim first".into()),
            },
            _ => {}
        }
    }

    /// "Claim from selection" and the span buttons without a browser selection: the keyboard
    /// selection, or how to make one.
    pub(super) fn use_keyboard_selection(&mut self, msg: Msg) {
        match self.keyboard_selection {
            Some(span) => self.use_selection(span.start(), span.end(), msg),
            None => self.info(
                "Select some text in the reader first (with the mouse, or Shift+→ from the selected claim)"
                    .into(),
            ),
        }
    }

    /// Grows or shrinks the keyboard selection a word; the first move starts from the selected
    /// claim's content (or the document's first word).
    pub(super) fn move_selection(&mut self, end: End, forward: bool) {
        let Some(doc) = self.selected_document.as_deref().and_then(|d| self.project.document(d))
        else {
            return;
        };
        let claim = self.selected_claim.as_deref().and_then(|id| self.project.claim(id));
        let current = self.keyboard_selection.or_else(|| match claim {
            Some(c) if c.document == doc.id => Some(c.content),
            _ => first_word_from(&doc.text, 0),
        });
        let Some(current) = current else { return };
        let moved = move_by_word(&doc.text, current, end, forward);
        let words = moved.slice(&doc.text).chars().take(80).collect::<String>();
        self.keyboard_selection = Some(moved);
        self.announce(format!("Selected: {words}"));
    }
}
