//! When two written names can be one person's: "Bill Clinton" / "William J. Clinton",
//! "Ted Cruz" / "Rafael Edward Cruz", "George W. Bush" / "George Bush" — and when they cannot:
//! "George H.W. Bush" / "George W. Bush", "Hillary Clinton" / "Bill Clinton",
//! "Donald Trump Jr." / "Donald Trump".
//!
//! A [`FullName`] is a personal name of two words or more read into given name, middle names
//! (as initials) and surname with any generational suffix. Given names agree when equal, when
//! one is the other's initial, or when one is a familiar form of the other (a general English
//! nickname table); a person may also go by a middle name ("Mitt", "Ted"). The table, the gender
//! lists and the suffixes are in `lexicon::given_names`, the gender words of titles in
//! `lexicon::people`: general English usage, not the coverage of any corpus.

use crate::lexicon::given_names::{is_female_given_name, NAME_SUFFIXES, NICKNAMES};
use crate::lexicon::{FEMALE_TITLES, FEMALE_WORDS, MALE_TITLES, MALE_WORDS};
use crate::story::names::fold;

/// A personal name read into its parts, lowercase and folded.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FullName {
    pub given: String,
    /// Middle names as written, folded ("herbert", "hw", "j").
    pub middle: Vec<String>,
    pub surname: String,
    /// "jr", "sr", "ii", "iii"; empty when none.
    pub suffix: String,
}

impl FullName {
    /// Reads name words ("George", "H.W.", "Bush"); `None` for fewer than two name words.
    pub fn of(words: &[String]) -> Option<FullName> {
        let mut folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        folded.retain(|w| !w.is_empty());
        let suffix = match folded.last() {
            Some(last) if is_suffix(last) => folded.pop().expect("a last word"),
            _ => String::new(),
        };
        if folded.len() < 2 {
            return None;
        }
        let surname = folded.pop().expect("two words");
        let given = folded.remove(0);
        Some(FullName { given, middle: folded, surname, suffix })
    }

    /// Whether the two can be one person's name: same surname and suffix, given names agreeing
    /// (or one's given name being the other's middle name), middle initials not contradicting.
    pub fn agrees(&self, other: &FullName) -> bool {
        if self.surname != other.surname || self.suffix != other.suffix {
            return false;
        }
        if given_names_agree(&self.given, &other.given) {
            return middles_agree(&self.middle, &other.middle);
        }
        other.middle.iter().any(|m| m.len() > 1 && given_names_agree(&self.given, m))
            || self.middle.iter().any(|m| m.len() > 1 && given_names_agree(m, &other.given))
    }
}

/// Whether two name word lists (given ... surname) can be one person's.
pub fn forms_of_one_name(a: &[String], b: &[String]) -> bool {
    match (FullName::of(a), FullName::of(b)) {
        (Some(x), Some(y)) => x.agrees(&y),
        _ => true,
    }
}

/// Whether two folded given names can be one person's: equal, an initial ("d" / "donald"), or
/// a familiar form ("bill" / "william", "chuck" / "charles").
pub fn given_names_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.len() == 1 || b.len() == 1 {
        return a.starts_with(b) || b.starts_with(a);
    }
    let (fa, fb) = (formal_forms(a), formal_forms(b));
    fa.iter().any(|x| fb.contains(x))
}

/// Middle names agree when either has none, or their initials are the same ("hw" /
/// "herbert walker"; "w" differs from "hw").
fn middles_agree(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return true;
    }
    initials(a) == initials(b)
}

fn initials(middle: &[String]) -> String {
    middle
        .iter()
        .map(|m| {
            if m.len() <= 3 && is_initials(m) {
                m.clone()
            } else {
                m.chars().next().map(String::from).unwrap_or_default()
            }
        })
        .collect()
}

/// "hw", "j": folded initials (the dots are gone); real short names ("al", "ed") are rare in
/// middle position and read the same way, which only ever makes them stricter.
fn is_initials(word: &str) -> bool {
    word.len() <= 2 || !word.chars().any(|c| "aeiouy".contains(c))
}

fn is_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(&word)
}

/// The formal names a given name may stand for, itself included.
fn formal_forms(name: &str) -> Vec<&str> {
    let mut forms = vec![name];
    for (nick, formals) in NICKNAMES {
        if *nick == name {
            forms.extend(formals.split(' '));
        }
    }
    forms
}

/// Whether a person is known to be a woman or a man.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender a title or pronoun states ("Mrs. Obama", "Ms.", "she"; "Mr.", "he").
pub fn title_gender(text: &str) -> Option<Gender> {
    let first = text.split_whitespace().next()?;
    let first = fold(first);
    let says = |sets: [&[&str]; 2]| sets.iter().any(|set| set.contains(&first.as_str()));
    if says([FEMALE_TITLES, FEMALE_WORDS]) {
        Some(Gender::Female)
    } else if says([MALE_TITLES, MALE_WORDS]) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender a folded given name usually has, when common and unambiguous.
pub fn given_name_gender(given: &str) -> Option<Gender> {
    match is_female_given_name(given)? {
        true => Some(Gender::Female),
        false => Some(Gender::Male),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> FullName {
        let words: Vec<String> = text.split(' ').map(str::to_string).collect();
        FullName::of(&words).expect("a full name")
    }

    #[test]
    fn forms_of_one_name_agree() {
        assert!(name("Bill Clinton").agrees(&name("William Jefferson Clinton")));
        assert!(name("Chuck Schumer").agrees(&name("Charles E. Schumer")));
        assert!(name("Ted Cruz").agrees(&name("Rafael Edward Cruz")));
        assert!(name("Mitt Romney").agrees(&name("Willard Mitt Romney")));
        assert!(name("D. Trump").agrees(&name("Donald Trump")));
        assert!(name("George Bush").agrees(&name("George H.W. Bush")));
        assert!(name("George Herbert Walker Bush").agrees(&name("George H.W. Bush")));
        assert!(name("José Ángel Pérez").agrees(&name("José Á. Pérez")));
    }

    #[test]
    fn different_people_sharing_a_surname_do_not() {
        assert!(!name("Hillary Clinton").agrees(&name("Bill Clinton")));
        assert!(!name("George H.W. Bush").agrees(&name("George W. Bush")));
        assert!(!name("Jeb Bush").agrees(&name("George Bush")));
        assert!(!name("Donald Trump Jr.").agrees(&name("Donald Trump")));
        assert!(!name("Michelle Obama").agrees(&name("Barack Obama")));
    }

    #[test]
    fn titles_and_given_names_tell_gender() {
        assert_eq!(title_gender("Mrs. Obama"), Some(Gender::Female));
        assert_eq!(title_gender("Mr. Obama"), Some(Gender::Male));
        assert_eq!(title_gender("Obama"), None);
        assert_eq!(given_name_gender("michelle"), Some(Gender::Female));
        assert_eq!(given_name_gender("barack"), Some(Gender::Male));
        assert_eq!(given_name_gender("lindsey"), None);
    }
}
