//! What a speaker is called: the fullest name form the articles use for them most often, and
//! aliases that are only ways of naming them.
//!
//! Every entity placed in a speaker counts each of its name forms once (so a form counts the
//! documents using it); a person's display name is the most used form with a given name and a
//! surname, never one word of a sentence or a descriptor before it ("Democrat Hillary Clinton"
//! counts as "Hillary Clinton"), and a headline naming someone once loses to the name every
//! article uses.

use std::collections::BTreeMap;

use crate::extract::Entity;
use crate::lexicon::SPEAKER_PRONOUNS;
use crate::model::SpeakerKind;
use crate::story::name_words::{is_not_a_name_word, names_no_one};
use crate::story::names::{fold, read_mention};

/// How often each display form of a speaker's name is used, by entity.
#[derive(Default)]
pub(super) struct Naming {
    /// Form → (entities using it, how many personal-name words it has).
    forms: BTreeMap<String, (usize, usize)>,
}

impl Naming {
    /// Counts the entity's distinct display forms once each.
    pub(super) fn count(&mut self, entity: &Entity, kind: SpeakerKind) {
        let mut seen: Vec<String> = Vec::new();
        for text in std::iter::once(&entity.name).chain(&entity.aliases) {
            let Some((form, name_words)) = display_form(text, kind) else { continue };
            if !seen.contains(&form) {
                self.forms.entry(form.clone()).or_insert((0, name_words)).0 += 1;
                seen.push(form);
            }
        }
    }

    /// The form to show: for people a full name first, then the most used, then the fullest.
    pub(super) fn best(&self, kind: SpeakerKind) -> Option<String> {
        let rank = |(form, &(count, name_words)): (&String, &(usize, usize))| {
            let full = kind == SpeakerKind::Person && name_words >= 2;
            (full, name_words > 0, count, name_words, form.len(), std::cmp::Reverse(form.clone()))
        };
        self.forms.iter().max_by_key(|entry| rank(*entry)).map(|(form, _)| form.clone())
    }
}

/// The name a mention shows: a person's name words without title or descriptor; for others
/// the words without a leading "the"; with the number of personal-name words. `None` for a
/// mention naming no one of this kind.
fn display_form(text: &str, kind: SpeakerKind) -> Option<(String, usize)> {
    let mention = read_mention(text);
    if kind == SpeakerKind::Person {
        if mention.kind != SpeakerKind::Person {
            return None;
        }
        if !mention.name.is_empty() {
            return Some((mention.name.join(" "), mention.name.len()));
        }
        if mention.head.is_empty() || mention.indefinite {
            return None;
        }
    }
    let trimmed = text.trim();
    let trimmed = match trimmed.split_once(' ') {
        Some((the, rest)) if the.eq_ignore_ascii_case("the") => rest,
        _ => trimmed,
    };
    (!trimmed.is_empty()).then(|| (trimmed.to_string(), 0))
}

/// Whether an alias is a way of naming a speaker of this kind: a person is never named by a
/// group, a movement, or a sentence opening ("Team Trump", "Never Trump", "Bashing Trump").
pub(super) fn is_mention_form(alias: &str, kind: SpeakerKind) -> bool {
    if kind != SpeakerKind::Person {
        return !alias.trim().is_empty();
    }
    let first = alias.split_whitespace().next().unwrap_or_default();
    let opening = fold(without_possessive(first)).replace(['\'', '’'], "");
    let capitalized = first.chars().next().is_some_and(char::is_uppercase);
    let mention = read_mention(alias);
    mention.kind == SpeakerKind::Person
        && (!capitalized || !is_not_a_name_word(&opening))
        && !SPEAKER_PRONOUNS.contains(&opening.as_str())
        && (!mention.name.is_empty() || !mention.head.is_empty())
        && !alias.contains([',', '(', ')', ';'])
        && alias.split_whitespace().count() <= 6
}

/// Whether an alias is the plural of a person's `surname` (folded): "Clintons", "the
/// Obamas" name the family, not the person.
pub(super) fn names_the_family(alias: &str, surname: &str) -> bool {
    let alias = alias.trim();
    let alias = alias.strip_prefix("the ").or_else(|| alias.strip_prefix("The ")).unwrap_or(alias);
    let folded = fold(without_possessive(alias)).replace(['\'', '’'], "");
    !folded.contains(' ') && (folded == format!("{surname}s") || folded == format!("{surname}es"))
}

/// Whether an entity is named only by common words ("officials", "a poll", "the campaign"):
/// each article's "officials" or "poll" is another group or poll, so such an entity is one
/// speaker within its own document only. It must have a lowercase form and no form that reads
/// as a proper name ("the Kremlin", "Clinton campaign"); a lone capitalised word ("Poll",
/// "Democrats") may just open a sentence and decides nothing.
pub(super) fn is_named_by_common_words(entity: &Entity) -> bool {
    are_common_words(std::iter::once(&entity.name).chain(&entity.aliases))
}

/// [`is_named_by_common_words`] over a speaker's or entity's names.
pub(super) fn are_common_words<'a>(names: impl Iterator<Item = &'a String>) -> bool {
    let forms: Vec<Vec<&str>> = names.map(|form| form.split_whitespace().collect()).collect();
    let lowercase = |form: &Vec<&str>| {
        let first = form.iter().find(|w| !is_article(w));
        first.is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
            || names_no_one(form)
    };
    let proper = |form: &Vec<&str>| {
        let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let article = form.first().is_some_and(|w| is_article(w));
        let words = &form[usize::from(article)..];
        article && words.first().is_some_and(capitalized)
            || words.len() >= 2 && words.iter().any(capitalized)
    };
    forms.iter().any(lowercase) && !forms.iter().any(proper)
}

fn is_article(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "the" | "a" | "an")
}

/// A name without a possessive ending: "Trump's", "Sanders's", "OBAMA’S" → the name itself;
/// "Sanders'" keeps its apostrophe-less form "Sanders".
pub(super) fn without_possessive(alias: &str) -> &str {
    let trimmed = alias.trim_end();
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = trimmed.strip_suffix(ending).filter(|s| !s.is_empty()) {
            return stem;
        }
    }
    match trimmed.strip_suffix(['\'', '’']) {
        Some(stem) if stem.ends_with(['s', 'S']) => stem,
        _ => trimmed,
    }
}

/// Adds `item` (its white space made single spaces) unless the list has it.
pub(super) fn push_new(list: &mut Vec<String>, item: &str) {
    let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
    if !item.is_empty() && !list.contains(&item) {
        list.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, aliases: &[&str]) -> Entity {
        Entity {
            name: name.into(),
            kind: SpeakerKind::Person,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            descriptions: vec![],
        }
    }

    #[test]
    fn the_name_most_articles_use_wins_over_a_fuller_one_used_once() {
        let mut naming = Naming::default();
        naming.count(&entity("Democrat Hillary Clinton", &["Clinton"]), SpeakerKind::Person);
        naming.count(&entity("Hillary Clinton", &["Clinton", "Mrs. Clinton"]), SpeakerKind::Person);
        naming.count(&entity("Hillary Rodham Clinton", &["Hillary Clinton"]), SpeakerKind::Person);
        assert_eq!(naming.best(SpeakerKind::Person).as_deref(), Some("Hillary Clinton"));
    }

    #[test]
    fn a_bare_surname_is_shown_only_when_no_full_name_is_known() {
        let mut naming = Naming::default();
        naming.count(&entity("Kaine", &[]), SpeakerKind::Person);
        naming.count(&entity("Though Kaine", &["Kaine"]), SpeakerKind::Person);
        assert_eq!(naming.best(SpeakerKind::Person).as_deref(), Some("Kaine"));
        naming.count(&entity("Tim Kaine", &[]), SpeakerKind::Person);
        assert_eq!(naming.best(SpeakerKind::Person).as_deref(), Some("Tim Kaine"));
    }

    #[test]
    fn common_words_name_a_group_of_one_article_proper_names_do_not() {
        let common =
            |name: &str, aliases: &[&str]| is_named_by_common_words(&entity(name, aliases));
        assert!(common("Poll", &["poll", "a poll", "A poll"]));
        assert!(common("officials", &["Officials"]));
        assert!(common("the campaign", &[]));
        assert!(!common("Clinton campaign", &["campaign"]));
        assert!(!common("the Kremlin", &["Kremlin"]));
        assert!(!common("Democrats", &[]));
        assert!(!common("a Kremlin aide", &[]));
    }

    #[test]
    fn an_alias_is_the_name_not_its_possessive() {
        assert_eq!(without_possessive("Trump's"), "Trump");
        assert_eq!(without_possessive("OBAMA’S"), "OBAMA");
        assert_eq!(without_possessive("Sanders'"), "Sanders");
        assert_eq!(without_possessive("Mrs. Clinton's"), "Mrs. Clinton");
        assert_eq!(without_possessive("Chris"), "Chris");
    }

    #[test]
    fn groups_and_sentence_openings_are_not_a_persons_aliases() {
        assert!(is_mention_form("President Trump", SpeakerKind::Person));
        assert!(is_mention_form("Trump's", SpeakerKind::Person));
        assert!(!is_mention_form("Team Trump", SpeakerKind::Person));
        assert!(!is_mention_form("Never Trump", SpeakerKind::Person));
        assert!(!is_mention_form("Bashing Trump", SpeakerKind::Person));
        assert!(!is_mention_form("Neither John Kasich", SpeakerKind::Person));
        assert!(!is_mention_form("she", SpeakerKind::Person));
        assert!(!is_mention_form("He's Donald Trump", SpeakerKind::Person));
        assert!(!is_mention_form("a symbolic victory for Obama", SpeakerKind::Person));
        assert!(is_mention_form("the US president", SpeakerKind::Person));
    }

    #[test]
    fn a_surname_in_the_plural_names_the_family() {
        assert!(names_the_family("Clintons", "clinton"));
        assert!(names_the_family("the Obamas", "obama"));
        assert!(names_the_family("Joneses", "jones"));
        assert!(!names_the_family("Clinton", "clinton"));
        assert!(!names_the_family("Sanders", "sanders"), "a surname ending in s");
    }
}
