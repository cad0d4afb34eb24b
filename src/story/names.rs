//! Reading one way of naming a speaker: "U.S. President Donald Trump", "Trump's", "the
//! Hungarian leader", "the Kremlin", "Ukrainian officials".
//!
//! A [`Mention`] splits the words into a role (title and qualifiers, normalised: "U.S." and
//! "American" are both "usa") and a personal name, and guesses what sort of speaker it names.

use crate::lexicon::{
    is_weekday, GROUP_HEADS, MONTHS, NAMED_ORGANIZATIONS, ORGANIZATION_HEADS, ROLE_HEADS,
};
use crate::model::SpeakerKind;
pub use crate::story::given_names::{forms_of_one_name, title_gender, FullName, Gender};
use crate::story::name_words::{closes_a_group, is_not_a_name_word, names_no_one, opens_a_group};
use crate::story::words::term_of;

/// One name or alias, read.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Mention {
    /// Role qualifiers, normalised ("usa", "hungary"); empty when none.
    pub qualifiers: Vec<String>,
    /// Role head, lowercase ("president", "prime minister", "leader"); empty when none.
    pub head: Vec<String>,
    /// The personal name as written, without title ("Donald Trump"); empty for roles.
    pub name: Vec<String>,
    /// "a Kremlin aide": someone not identified, never matched to a named speaker.
    pub indefinite: bool,
    pub kind: SpeakerKind,
    /// Lowercase words without determiner, the key organisations and groups are matched by.
    pub key: String,
}

impl Mention {
    /// The personal name read into given name, middle names and surname, when it has two
    /// name words or more ([`FullName`]).
    pub fn full_name(&self) -> Option<FullName> {
        FullName::of(&self.name)
    }

    /// The surname, lowercase (a generational suffix skipped: "Donald Trump Jr." → "trump").
    pub fn surname(&self) -> Option<String> {
        match self.full_name() {
            Some(full) => Some(full.surname),
            None => self.name.last().map(|n| fold(n)),
        }
    }

    /// The surname, lowercase, when the mention is a bare surname ("Trump", "President Trump").
    pub fn bare_surname(&self) -> Option<String> {
        (self.name.len() == 1).then(|| fold(&self.name[0]))
    }

    /// A role that identifies someone: it has a qualifier and is not indefinite.
    pub fn has_identifying_role(&self) -> bool {
        !self.qualifiers.is_empty() && !self.head.is_empty() && !self.indefinite
    }
}

/// Reads a name or alias.
pub fn read_mention(text: &str) -> Mention {
    let raw: Vec<&str> = text.split_whitespace().collect();
    // "CNN's Jake Tapper", "Florida's Rick Wilson": a person's name starts after a possessive.
    let after_possessive = raw[..raw.len().saturating_sub(1)]
        .iter()
        .rposition(|t| t.ends_with("'s") || t.ends_with("’s"))
        .map_or(0, |k| k + 1);
    let mut tokens: Vec<String> = raw.iter().map(|t| clean_token(t)).collect();
    let mut possessor = tokens.drain(..after_possessive).collect::<Vec<_>>();
    possessor.retain(|t| !t.is_empty());
    tokens.retain(|t| !t.is_empty());
    let named = tokens.first().is_some_and(|t| is_capitalized(t));
    if !named || kind_of(&tokens) != SpeakerKind::Person && !possessor.is_empty() {
        possessor.append(&mut tokens);
        tokens = possessor;
    }
    let mut mention = Mention::default();
    let starts_with_determiner = tokens.first().is_some_and(|t| is_determiner(t));
    if starts_with_determiner {
        mention.indefinite = !tokens[0].eq_ignore_ascii_case("the");
        tokens.remove(0);
    }
    mention.key = tokens.iter().map(|t| fold(t)).collect::<Vec<_>>().join(" ");
    mention.kind = kind_of(&tokens);
    if mention.kind != SpeakerKind::Person {
        return mention;
    }
    match role_boundary(&tokens) {
        Some(k) => {
            set_role(&mut mention, &tokens[..=k]);
            mention.name =
                tokens[k + 1..].iter().take_while(|t| is_capitalized(t)).cloned().collect();
        }
        None if starts_with_determiner || tokens.iter().any(|t| !is_capitalized(t)) => {
            set_role(&mut mention, &tokens);
        }
        None => mention.name = tokens,
    }
    drop_words_before_the_name(&mut mention.name);
    mention
}

/// "Neither John Kasich" → "John Kasich", "Democrat Hillary Clinton" → "Hillary Clinton":
/// sentence words and descriptors opening a name are not part of it.
fn drop_words_before_the_name(name: &mut Vec<String>) {
    if name.iter().any(|w| is_calendar_word(&fold(w))) {
        name.clear();
        return;
    }
    let acronym = |w: &String| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    let roman = |w: &String| matches!(w.as_str(), "II" | "III" | "IV" | "JR" | "SR");
    let opening = name
        .iter()
        .enumerate()
        .take_while(|(i, w)| is_not_a_name_word(&fold(w)) || (*i + 2 < name.len() && acronym(w)))
        .count();
    name.drain(..opening.min(name.len().saturating_sub(1)));
    if name.len() >= 3 && name.last().is_some_and(|w| acronym(w) && !roman(w)) {
        name.pop();
    }
}

/// Days and months: "Tuesday Morning Email" names no one.
fn is_calendar_word(word: &str) -> bool {
    is_weekday(word) || MONTHS.contains(&word) && !matches!(word, "march" | "may" | "august")
}

/// Lowercase with diacritics folded, for comparing name words.
pub fn fold(word: &str) -> String {
    crate::story::words::words(word).join("")
}

/// Whether a role word names someone who leads a country or government.
fn leads(head: &[String]) -> bool {
    let h: Vec<&str> = head.iter().map(String::as_str).collect();
    matches!(h.as_slice(), ["president"] | ["prime", "minister"] | ["chancellor"] | ["premier"])
        || matches!(h.as_slice(), ["leader"] | ["king"] | ["queen"])
}

/// Whether two roles can name the same holder: same qualifiers, and the same head or "leader"
/// for a head of state or government ("the Hungarian leader" / "Hungarian Prime Minister").
pub fn roles_agree(a: &Mention, b: &Mention) -> bool {
    if !a.has_identifying_role() || !b.has_identifying_role() || a.qualifiers != b.qualifiers {
        return false;
    }
    let leader = |m: &Mention| m.head == ["leader"];
    a.head == b.head || (leader(a) && leads(&b.head)) || (leader(b) && leads(&a.head))
}

/// What every role agreeing with this one shares ([`roles_agree`]): its qualifiers and its
/// head, with the heads of a country or government all read as "leader"; `None` when the
/// mention has no identifying role. Lets roles be looked up instead of compared in turn.
pub fn role_class(mention: &Mention) -> Option<(Vec<String>, Vec<String>)> {
    if !mention.has_identifying_role() {
        return None;
    }
    let head = if leads(&mention.head) { vec!["leader".to_string()] } else { mention.head.clone() };
    Some((mention.qualifiers.clone(), head))
}

/// Strips surrounding punctuation and a possessive ("Trump's" → "Trump").
fn clean_token(token: &str) -> String {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’');
    let t = t.trim_end_matches([',', ';', ':']);
    let t = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).unwrap_or(t);
    let t = t.trim_end_matches(['\'', '’']);
    let suffix = matches!(t, "Jr." | "Sr." | "jr." | "sr.");
    let t = if t.ends_with('.') && t.matches('.').count() == 1 && t.len() > 2 && !suffix {
        &t[..t.len() - 1]
    } else {
        t
    };
    t.to_string()
}

fn is_determiner(token: &str) -> bool {
    matches!(token.to_lowercase().as_str(), "the" | "a" | "an")
}

fn is_capitalized(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// The last title word that a capitalised name follows ("U.S. President | Donald Trump").
fn role_boundary(tokens: &[String]) -> Option<usize> {
    (0..tokens.len().saturating_sub(1))
        .rev()
        .find(|&k| is_title_word(&tokens[k]) && is_capitalized(&tokens[k + 1]))
}

/// Splits role words into qualifiers and head (the trailing title words).
fn set_role(mention: &mut Mention, words: &[String]) {
    let head_len = words.iter().rev().take_while(|w| is_title_word(w)).count();
    let split = words.len() - head_len;
    mention.qualifiers = words[..split].iter().map(|w| term_of(&fold(w))).collect();
    mention.head = words[split..].iter().map(|w| fold(w)).collect();
}

fn is_title_word(word: &str) -> bool {
    ROLE_HEADS.contains(&fold(word).as_str())
}

/// What sort of speaker the words name, judged by the last word.
fn kind_of(tokens: &[String]) -> SpeakerKind {
    let Some(last) = tokens.last() else { return SpeakerKind::Unknown };
    let last = fold(last);
    let whole = tokens.iter().map(|t| fold(t)).collect::<Vec<_>>().join(" ");
    let first = fold(&tokens[0]);
    if ORGANIZATION_HEADS.contains(&last.as_str()) || NAMED_ORGANIZATIONS.contains(&whole.as_str())
    {
        SpeakerKind::Organization
    } else if GROUP_HEADS.contains(&last.as_str())
        || closes_a_group(&last)
        || names_no_one(tokens)
        || (tokens.len() >= 2 && opens_a_group(&first))
    {
        SpeakerKind::Group
    } else {
        SpeakerKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_titled_name_splits_into_role_and_name() {
        let m = read_mention("U.S. President Donald Trump");
        assert_eq!(
            (m.qualifiers, m.head, m.name),
            (words(&["usa"]), words(&["president"]), words(&["Donald", "Trump"]))
        );
        let m = read_mention("Hungarian Prime Minister Viktor Orban");
        assert_eq!(m.head, words(&["prime", "minister"]));
        let full = m.full_name().expect("a full name");
        assert_eq!((full.given.as_str(), full.surname.as_str()), ("viktor", "orban"));
    }

    #[test]
    fn possessives_and_bare_surnames() {
        assert_eq!(read_mention("Trump's").bare_surname(), Some("trump".into()));
        assert_eq!(read_mention("President Trump").bare_surname(), Some("trump".into()));
        let king = read_mention("Martin Luther King").full_name().expect("a full name");
        assert_eq!((king.given.as_str(), king.surname.as_str()), ("martin", "king"));
    }

    #[test]
    fn roles_name_their_holder() {
        let us = read_mention("the US president");
        assert!(us.name.is_empty());
        assert!(roles_agree(&us, &read_mention("U.S. President Donald Trump")));
        assert!(roles_agree(&read_mention("the American president"), &us));
        let hungarian = read_mention("the Hungarian leader");
        assert!(roles_agree(&hungarian, &read_mention("Hungarian Prime Minister Viktor Orban")));
        assert!(!roles_agree(&hungarian, &read_mention("Russian President Vladimir Putin")));
        assert!(!roles_agree(
            &read_mention("the president"),
            &read_mention("President Donald Trump")
        ));
        assert!(read_mention("a Kremlin aide").indefinite);
    }

    #[test]
    fn agreeing_roles_share_a_class() {
        let texts = [
            "the US president",
            "U.S. President Donald Trump",
            "the American leader",
            "the Hungarian leader",
            "Hungarian Prime Minister Viktor Orban",
            "Russian President Vladimir Putin",
            "the president",
            "a Kremlin aide",
            "the Russian foreign minister",
            "German Chancellor Angela Merkel",
            "the German leader",
        ];
        let mentions: Vec<Mention> = texts.iter().map(|t| read_mention(t)).collect();
        for a in &mentions {
            for b in &mentions {
                if roles_agree(a, b) {
                    assert_eq!(role_class(a), role_class(b), "{a:?} / {b:?}");
                    assert!(role_class(a).is_some());
                }
            }
        }
        assert_eq!(role_class(&read_mention("the president")), None);
        assert_ne!(
            role_class(&read_mention("the Russian leader")),
            role_class(&read_mention("the Russian foreign minister"))
        );
    }

    #[test]
    fn kinds_from_the_last_word() {
        assert_eq!(read_mention("the Kremlin").kind, SpeakerKind::Organization);
        assert_eq!(read_mention("the Kremlin").key, "kremlin");
        assert_eq!(read_mention("the White House").kind, SpeakerKind::Organization);
        assert_eq!(read_mention("Ukrainian officials").kind, SpeakerKind::Group);
        assert_eq!(read_mention("a Kremlin aide").kind, SpeakerKind::Person);
        assert_eq!(read_mention("Sergey Radchenko").kind, SpeakerKind::Person);
        for group in ["Team Trump", "Never Trump", "the Trump campaign", "Clinton supporters"] {
            assert_eq!(read_mention(group).kind, SpeakerKind::Group, "{group}");
        }
    }

    #[test]
    fn sentence_words_and_descriptors_are_not_part_of_the_name() {
        let name = |t: &str| read_mention(t).name.join(" ");
        assert_eq!(name("Neither John Kasich"), "John Kasich");
        assert_eq!(name("Though Kaine"), "Kaine");
        assert_eq!(name("Democrat Hillary Clinton"), "Hillary Clinton");
        assert_eq!(name("Vermonter Bernie Sanders"), "Bernie Sanders");
        assert_eq!(name("Even Lindsey Graham"), "Lindsey Graham");
        assert_eq!(name("Senators Rubio"), "Rubio");
        assert_eq!(name("Bill Clinton"), "Bill Clinton");
        assert_eq!(name("CNN's Jake Tapper"), "Jake Tapper");
        assert_eq!(name("CNN Jake Tapper"), "Jake Tapper");
        assert_eq!(name("Certainly Donald Trump"), "Donald Trump");
        assert_eq!(name("Barack Obama DOJ"), "Barack Obama");
        assert_eq!(name("Donald Trump Jr."), "Donald Trump Jr.");
        assert_eq!(name("Pres Obama"), "Obama");
        assert_eq!(read_mention("Clinton's campaign").kind, SpeakerKind::Group);
        assert_eq!(name("Besides Ana Ruiz"), "Ana Ruiz", "a preposition");
        assert_eq!(name("First Ruiz"), "Ruiz", "a sentence adverb");
        assert_eq!(name("See Ruiz"), "Ruiz", "an imperative");
        assert_eq!(name("Fascist Ruiz"), "Ruiz", "a descriptor");
        assert_eq!(name("Hope Ruiz"), "Hope Ruiz", "a given name that is also a verb");
        assert_eq!(read_mention("Some").kind, SpeakerKind::Group, "a quantifier alone");
        let convention = read_mention("the Democratic National Convention");
        assert_eq!(convention.kind, SpeakerKind::Organization);
    }
}
