//! Notices: information leaves on its own (the shell's timer sends `Msg::NoticesExpired`), an
//! error stays until dismissed; the same text is never shown twice, and at most
//! `MAX_NOTICES` are shown.

/// A message shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Unique per notice shown; a repeated text gets a new one (and a new time to leave).
    pub id: u64,
    pub level: Level,
    pub text: String,
    /// How many times the same text was said.
    pub times: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// At most this many notices are shown; the oldest information goes first.
pub const MAX_NOTICES: usize = 4;

/// The notices shown, oldest first.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    shown: Vec<Notice>,
    next_id: u64,
}

impl Notices {
    pub fn shown(&self) -> &[Notice] {
        &self.shown
    }

    /// The newest notice, if any.
    pub fn last(&self) -> Option<&Notice> {
        self.shown.last()
    }

    /// Shows a notice once: the same text again moves to the end (and is counted); beyond
    /// `MAX_NOTICES` the oldest information leaves first.
    pub fn say(&mut self, level: Level, text: String) {
        self.next_id += 1;
        let id = self.next_id;
        let times = match self.shown.iter().position(|n| n.level == level && n.text == text) {
            Some(at) => self.shown.remove(at).times + 1,
            None => 1,
        };
        self.shown.push(Notice { id, level, text, times });
        while self.shown.len() > MAX_NOTICES {
            let oldest = self.shown.iter().position(|n| n.level == Level::Info).unwrap_or(0);
            self.shown.remove(oldest);
        }
    }

    /// Information with these ids has been shown long enough (errors stay).
    pub fn expire(&mut self, ids: &[u64]) {
        self.shown.retain(|n| !ids.contains(&n.id) || n.level == Level::Error);
    }

    /// The person closed the notice at this place.
    pub fn dismiss(&mut self, at: usize) {
        if at < self.shown.len() {
            self.shown.remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_again_moves_to_the_end_and_is_counted() {
        let mut notices = Notices::default();
        notices.say(Level::Info, "Nothing to redo".into());
        notices.say(Level::Info, "Saved".into());
        notices.say(Level::Info, "Nothing to redo".into());
        let texts: Vec<_> = notices.shown().iter().map(|n| (n.text.as_str(), n.times)).collect();
        assert_eq!(texts, [("Saved", 1), ("Nothing to redo", 2)]);
    }

    #[test]
    fn information_leaves_before_errors_and_on_expiry() {
        let mut notices = Notices::default();
        notices.say(Level::Error, "broken".into());
        for i in 0..MAX_NOTICES {
            notices.say(Level::Info, format!("info {i}"));
        }
        assert_eq!(notices.shown().len(), MAX_NOTICES);
        assert_eq!(notices.shown()[0].text, "broken");
        let ids: Vec<u64> = notices.shown().iter().map(|n| n.id).collect();
        notices.expire(&ids);
        assert_eq!(notices.shown().len(), 1, "the error stays until dismissed");
        notices.dismiss(0);
        assert!(notices.shown().is_empty());
    }
}
