//! A text field's draft: what the person typed since the field last committed.
//!
//! A field shows its draft while there is one and the committed value otherwise, so no render
//! (an autosave acknowledgement, a worker's progress, another tab's save) can rewrite what is
//! being typed. The draft is committed on Enter, blur or `change`, and then dropped: from then
//! on the field shows the value the project holds, whatever it made of the text (trimmed,
//! refused, merged).

/// What a field holds between keystrokes and its commit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    typed: Option<String>,
}

impl Draft {
    /// What the field shows, given the value the project holds now.
    pub fn shown<'a>(&'a self, committed: &'a str) -> &'a str {
        self.typed.as_deref().unwrap_or(committed)
    }

    /// The field's text after a keystroke (an `input` event).
    pub fn typed(&mut self, text: String) {
        self.typed = Some(text);
    }

    /// Whether something typed is not committed yet.
    pub fn is_open(&self) -> bool {
        self.typed.is_some()
    }

    /// The text to commit (Enter, blur, `change`), if anything was typed and it differs from
    /// what the project holds; the draft is closed either way.
    pub fn commit(&mut self, committed: &str) -> Option<String> {
        self.typed.take().filter(|text| text != committed)
    }

    /// Drops what was typed (Escape): the field shows the committed value again.
    pub fn cancel(&mut self) {
        self.typed = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Types `text` key by key into a field whose committed value is `committed`, re-rendering
    /// it (as any unrelated message does) after every key; returns what the field showed after
    /// each key.
    fn type_with_renders(draft: &mut Draft, committed: &str, text: &str) -> Vec<String> {
        let mut shown = Vec::new();
        let mut field = draft.shown(committed).to_string();
        for c in text.chars() {
            field.push(c);
            draft.typed(field.clone());
            // an autosave acknowledgement, a worker's progress: the page renders again with
            // the same committed value
            for _ in 0..3 {
                field = draft.shown(committed).to_string();
            }
            shown.push(field.clone());
        }
        shown
    }

    #[test]
    fn typing_survives_every_render_and_commits_whole() {
        let mut draft = Draft::default();
        let shown = type_with_renders(&mut draft, "", "Edited headline");
        assert_eq!(shown.first().map(String::as_str), Some("E"));
        assert_eq!(shown.last().map(String::as_str), Some("Edited headline"));
        assert!(draft.is_open());
        assert_eq!(draft.commit(""), Some("Edited headline".to_string()));
        assert!(!draft.is_open());
    }

    #[test]
    fn typing_after_an_existing_value_keeps_it_and_the_new_keys() {
        let mut draft = Draft::default();
        let shown = type_with_renders(&mut draft, "Jane", " Reviewer");
        assert_eq!(shown.last().map(String::as_str), Some("Jane Reviewer"));
    }

    #[test]
    fn a_changed_committed_value_does_not_replace_an_open_draft() {
        let mut draft = Draft::default();
        draft.typed("Jane Rev".into());
        // another change of the project (undo elsewhere, another tab's save) renders the field
        assert_eq!(draft.shown("Somebody else"), "Jane Rev");
    }

    #[test]
    fn after_the_commit_the_field_shows_what_the_project_made_of_it() {
        let mut draft = Draft::default();
        draft.typed("  Jane Reviewer ".into());
        assert_eq!(draft.commit(""), Some("  Jane Reviewer ".to_string()));
        assert_eq!(draft.shown("Jane Reviewer"), "Jane Reviewer");
    }

    #[test]
    fn an_unchanged_text_is_not_committed_again() {
        let mut draft = Draft::default();
        draft.typed("Same".into());
        assert_eq!(draft.commit("Same"), None);
        assert_eq!(draft.commit("Same"), None, "a closed draft commits nothing");
    }

    #[test]
    fn escape_drops_the_draft() {
        let mut draft = Draft::default();
        draft.typed("oops".into());
        draft.cancel();
        assert_eq!(draft.shown("kept"), "kept");
        assert_eq!(draft.commit("kept"), None);
    }
}
