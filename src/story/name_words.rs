//! Words that open a capitalised run but are not part of anyone's name: sentence words
//! ("Neither John Kasich", "Though Kaine", "Even Lindsey Graham"), descriptors ("Democrat
//! Hillary Clinton", "Vermonter Bernie Sanders", "Billionaire Donald Trump") and verbs of a
//! headline ("Impeach AG Lynch", "Bashing Trump"); and the words that make a run a group or a
//! movement rather than the person it names ("Team Trump", "Never Trump", "Trump campaign").
//!
//! A verb of the cue table opening a run ("See Sexton's full timeline", "Says Trump") is a
//! sentence word too, unless it is also a given name ("Hope Hicks").
//!
//! The word sets are the lexicon's (`SENTENCE_WORDS`, `ADVERB_ENDINGS` in `lexicon::not_names`,
//! `DESCRIPTORS` in `lexicon::people`): general English, sorted, folded; its tests check the order.

/// Whether a folded word opening a name is a sentence word or descriptor, never a given name.
pub fn is_not_a_name_word(word: &str) -> bool {
    SENTENCE_WORDS.binary_search(&word).is_ok()
        || DESCRIPTORS.binary_search(&word).is_ok()
        || is_gerund(word)
        || is_adverb(word)
        || is_cue_verb(word)
}

/// "See", "Says", "Imagine": a cue verb in its base or third-person form (an imperative or a
/// headline's verb), unless it is also a given name ("Hope"). Past forms open names
/// ("Planned Parenthood") and are left alone.
fn is_cue_verb(word: &str) -> bool {
    let present = |cue: Cue| matches!(cue.form, Form::Base | Form::ThirdPerson);
    lookup_any(word).is_some_and(present) && is_female_given_name(word).is_none()
}

/// Whether a name is only quantifiers ("Some", "Many others"): people no one named, a group
/// of one article. Relative words ("who") and surnames that are also words ("From") are not
/// quantifiers and still resolve to the person they stand for.
pub fn names_no_one<W: AsRef<str>>(words: &[W]) -> bool {
    let quantifier = |w: &W| QUANTIFIERS.contains(&w.as_ref().to_lowercase().as_str());
    !words.is_empty() && words.iter().all(quantifier)
}

/// "Certainly", "Reportedly": an adverb opening a sentence.
fn is_adverb(word: &str) -> bool {
    word.len() >= 6 && ADVERB_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// "Bashing", "Impeaching": a capitalised verb form; a few -ing surnames and given names are
/// spared.
fn is_gerund(word: &str) -> bool {
    word.len() >= 6 && word.ends_with("ing") && !ING_NAMES.contains(&word)
}

/// Whether a folded word opening a run makes it a group or movement ("team", "never").
pub fn opens_a_group(word: &str) -> bool {
    GROUP_OPENERS.contains(&word)
}

/// Whether a folded word closing a run makes it a group ("Trump supporters", "Clinton camp").
pub fn closes_a_group(word: &str) -> bool {
    GROUP_CLOSERS.contains(&word)
}

use crate::extract::cues::{lookup_any, Cue, Form};
use crate::lexicon::given_names::{is_female_given_name, ING_NAMES};
use crate::lexicon::{
    ADVERB_ENDINGS, DESCRIPTORS, GROUP_CLOSERS, GROUP_OPENERS, QUANTIFIERS, SENTENCE_WORDS,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_words_descriptors_and_verbs_are_not_names() {
        for word in [
            "neither",
            "though",
            "even",
            "democrat",
            "bashing",
            "impeach",
            "certainly",
            "see",
            "says",
        ] {
            assert!(is_not_a_name_word(word), "{word}");
        }
        for word in ["donald", "bernie", "manning", "will", "mark", "hope"] {
            assert!(!is_not_a_name_word(word), "{word}");
        }
    }

    #[test]
    fn quantifiers_alone_name_no_one() {
        let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert!(names_no_one(&words("Some")));
        assert!(names_no_one(&words("Many others")));
        assert!(!names_no_one(&words("Some Sexton")));
        assert!(!names_no_one(&words("Hope")));
        assert!(!names_no_one(&words("Democrats")), "a group, named");
        assert!(!names_no_one(&words("who")), "resolves to its antecedent");
        assert!(!names_no_one(&words("From")), "Al From, by his surname");
        assert!(!names_no_one::<&str>(&[]));
    }
}
