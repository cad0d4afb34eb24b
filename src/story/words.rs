//! Words for comparing texts across outlets: tokens, stopwords, a light stemmer.
//!
//! [`content_terms`] turns a text into lowercased, stemmed content words in order. Words of
//! one meaning in other wordings ("harm" / "damage") are matched later, by
//! [`crate::story::meaning`], from a general synonym resource.

use crate::lexicon::{COUNTRY_WORDS, DEMONYMS, STOPWORDS, US_NAMES};

/// The words of `text` in order: lowercased, diacritics folded, possessives and abbreviation
/// dots removed ("U.S." → "usa", "Trump's" → "trump"); numbers kept, punctuation dropped.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut raw = raw_words(text).into_iter().peekable();
    while let Some(word) = raw.next() {
        let lower = fold_word(&word);
        if lower == "united" && raw.peek().is_some_and(|w| w.eq_ignore_ascii_case("states")) {
            raw.next();
            out.push("usa".to_string());
            continue;
        }
        out.push(country_or(lower, &word));
    }
    drop_of_america(out)
}

/// The content words of `text` in order: [`words`] without stopwords, stemmed.
pub fn content_terms(text: &str) -> Vec<String> {
    content_terms_of(&words(text))
}

/// [`content_terms`] of a text given its [`words`].
pub fn content_terms_of(words: &[String]) -> Vec<String> {
    words.iter().filter(|w| !is_stopword(w)).map(|w| term_of(w)).collect()
}

/// The comparison term of one lowercased word: its stem; a people's name is its country's
/// ("American" → "usa", "Russian" → "russia"); "countries" and "nations" stay plural, apart
/// from "the country" (see [`crate::lexicon::COUNTRY_WORDS`]).
pub fn term_of(word: &str) -> String {
    if COUNTRY_WORDS.contains(&word) {
        return word.to_string();
    }
    match DEMONYMS.iter().find(|(people, _)| *people == word) {
        Some((_, country)) => stem(country),
        None => stem(word),
    }
}

/// The comparison terms of the countries [`term_of`] knows, "usa" among them ("europe", a
/// continent, is not one).
pub fn country_names() -> impl Iterator<Item = String> {
    let countries = DEMONYMS.iter().filter(|(_, place)| *place != "europe");
    countries.map(|(_, country)| stem(country)).chain(["usa".to_string()])
}

/// Whether a lowercased word carries too little meaning to compare texts by.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// A 64-bit hash of a string (FNV-1a), stable across runs and platforms.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Word runs with their original case; internal apostrophes kept, abbreviations joined.
fn raw_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    let mut joining_abbreviation = false;
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            current.push(c);
            continue;
        }
        let next_is_alnum = chars.peek().is_some_and(|n| n.is_alphanumeric());
        if is_apostrophe(c) && !current.is_empty() && next_is_alnum {
            current.push('\'');
            continue;
        }
        let single_letter = current.chars().count() == 1;
        if c == '.' && single_letter && (joining_abbreviation || next_is_single_letter(&chars)) {
            joining_abbreviation = true;
            push_abbreviation_letter(&mut out, &mut current);
            continue;
        }
        if joining_abbreviation && !current.is_empty() {
            push_abbreviation_letter(&mut out, &mut current);
        }
        joining_abbreviation = false;
        push_word(&mut out, &mut current);
    }
    if joining_abbreviation && !current.is_empty() {
        push_abbreviation_letter(&mut out, &mut current);
    } else {
        push_word(&mut out, &mut current);
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn next_is_single_letter(chars: &std::iter::Peekable<std::str::Chars<'_>>) -> bool {
    let mut ahead = chars.clone();
    ahead.next().is_some_and(char::is_alphabetic) && ahead.next().is_some_and(|c| c == '.')
}

/// Appends one letter of "U.S." to the abbreviation being built in the last word.
fn push_abbreviation_letter(out: &mut Vec<String>, current: &mut String) {
    match out.last_mut() {
        Some(last) if last.ends_with('.') => {
            last.pop();
            last.push_str(current);
            last.push('.');
        }
        _ => out.push(format!("{current}.")),
    }
    current.clear();
}

fn push_word(out: &mut Vec<String>, current: &mut String) {
    if let Some(last) = out.last_mut() {
        if last.ends_with('.') {
            last.pop();
        }
    }
    if !current.is_empty() {
        out.push(std::mem::take(current));
    }
}

/// Lowercase, diacritics folded, possessive removed, apostrophes straight.
fn fold_word(word: &str) -> String {
    let mut folded: String =
        word.trim_end_matches('.').chars().flat_map(char::to_lowercase).map(fold_char).collect();
    let stem_len = match folded.strip_suffix("'s") {
        Some(stem) if !stem.is_empty() && !matches!(stem, "it" | "he" | "she" | "that") => {
            Some(stem.len())
        }
        _ => None,
    };
    if let Some(len) = stem_len {
        folded.truncate(len);
    }
    folded
}

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ě' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ñ' | 'ń' | 'ň' => 'n',
        'ř' => 'r',
        'ł' => 'l',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

/// "US", "U.S.", "USA", "America" → "usa"; the pronoun "us" stays itself.
fn country_or(lower: String, original: &str) -> String {
    let is_country = US_NAMES.contains(&lower.as_str())
        || original == "US"
        || original.trim_end_matches('.') == "U.S";
    if is_country {
        "usa".to_string()
    } else if lower.contains('.') {
        lower.replace('.', "")
    } else {
        lower
    }
}

/// "usa of america" (from "United States of America") → "usa".
fn drop_of_america(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut words = words.into_iter().peekable();
    while let Some(word) = words.next() {
        let of_america = word == "of" && words.peek().is_some_and(|w| w == "usa");
        if of_america && out.last().is_some_and(|w| w == "usa") {
            words.next();
            continue;
        }
        out.push(word);
    }
    out
}

/// A light suffix stripper: consistent rather than linguistically right.
pub fn stem(word: &str) -> String {
    let mut w = number_word(word).unwrap_or(word).to_string();
    if w.chars().count() <= 3 || !w.is_ascii() {
        return w;
    }
    strip_plural(&mut w);
    strip_verb_ending(&mut w);
    if w.len() >= 6 && w.ends_with("ly") {
        w.truncate(w.len() - 2);
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

fn strip_plural(w: &mut String) {
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
}

fn strip_verb_ending(w: &mut String) {
    for suffix in ["ingly", "edly", "ing", "ed"] {
        let Some(rest) = w.strip_suffix(suffix) else { continue };
        if rest.len() >= 3 && rest.contains(['a', 'e', 'i', 'o', 'u', 'y']) {
            let rest = undouble(rest);
            *w = rest;
        }
        return;
    }
}

/// "stopp" → "stop"; "call" and "pass" keep their double letter.
fn undouble(rest: &str) -> String {
    let b = rest.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        rest[..n - 1].to_string()
    } else {
        rest.to_string()
    }
}

fn number_word(word: &str) -> Option<&'static str> {
    let digits = match word {
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        _ => return None,
    };
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_abbreviations_and_drop_possessives() {
        assert_eq!(words("U.S.-Russia relations"), ["usa", "russia", "relations"]);
        assert_eq!(
            words("Trump’s call, the U.S. president"),
            ["trump", "call", "the", "usa", "president"]
        );
        assert_eq!(
            words("We need Tomahawks for the United States of America, too"),
            ["we", "need", "tomahawks", "for", "the", "usa", "too"]
        );
        assert_eq!(words("give it to us, the US"), ["give", "it", "to", "us", "the", "usa"]);
        assert_eq!(words("Viktor Orbán"), ["viktor", "orban"]);
    }

    #[test]
    fn words_at_the_end_of_a_text_are_closed_like_any_other() {
        assert_eq!(words("made in the U.S."), ["made", "in", "the", "usa"]);
        assert_eq!(words("the United States of America"), ["the", "usa"]);
        assert_eq!(words("for the United States"), ["for", "the", "usa"]);
        assert_eq!(words("a.b.c. d"), ["abc", "d"]);
        assert_eq!(words("Smith's"), ["smith"]);
        assert_eq!(words(""), Vec::<String>::new());
        let long = "U.S. officials said. ".repeat(1000);
        assert_eq!(words(&long).len(), 3000, "the stream keeps up over a long text");
    }

    #[test]
    fn stems_agree_across_inflections() {
        for (a, b) in [
            ("needs", "need"),
            ("missiles", "missile"),
            ("countries", "country"),
            ("damaged", "damage"),
            ("seeing", "see"),
            ("stopped", "stop"),
            ("relations", "relation"),
            ("two", "2"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_people_is_its_country() {
        assert_eq!(term_of("american"), term_of("usa"));
        assert_eq!(term_of("russian"), term_of("russia"));
        assert_ne!(term_of("russian"), term_of("ukraine"));
    }

    #[test]
    fn content_terms_of_two_translations_overlap() {
        let a = content_terms("The United States also needs Tomahawk missiles");
        let b = content_terms("We need Tomahawks for the United States of America, too");
        assert_eq!(a, ["usa", "need", "tomahawk", "missil"]);
        assert_eq!(b, ["need", "tomahawk", "usa"]);
    }
}
