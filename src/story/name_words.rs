//! Words that open a capitalised run but are not part of anyone's name: sentence words
//! ("Neither John Kasich", "Though Kaine", "Even Lindsey Graham"), descriptors ("Democrat
//! Hillary Clinton", "Vermonter Bernie Sanders", "Billionaire Donald Trump") and verbs of a
//! headline ("Impeach AG Lynch", "Bashing Trump"); and the words that make a run a group or a
//! movement rather than the person it names ("Team Trump", "Never Trump", "Trump campaign").
//!
//! A verb of the cue table opening a run ("See Sexton's full timeline", "Says Trump") is a
//! sentence word too, unless it is also a given name ("Hope Hicks").
//!
//! Kept in `story/` for now (the extractor has its own lists; SHAPE.md plans one lexicon).
//! General English, sorted, folded; a test checks the order.

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
    const ENDINGS: &[&str] = &[
        "ally", "ously", "ently", "antly", "ably", "ibly", "inly", "ively", "ately", "fully",
        "lessly", "ingly", "edly", "ctly", "rtly",
    ];
    word.len() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// "Bashing", "Impeaching": a capitalised verb form; a few -ing surnames and given names are
/// spared.
fn is_gerund(word: &str) -> bool {
    word.len() >= 6
        && word.ends_with("ing")
        && !matches!(
            word,
            "manning"
                | "fleming"
                | "sterling"
                | "irving"
                | "channing"
                | "harding"
                | "browning"
                | "golding"
                | "pershing"
                | "cushing"
                | "redding"
                | "jennings"
                | "downing"
                | "gehring"
                | "corning"
                | "dearing"
        )
}

/// Whether a folded word opening a run makes it a group or movement ("team", "never").
pub fn opens_a_group(word: &str) -> bool {
    matches!(word, "team" | "never" | "anti" | "pro" | "friends" | "stop" | "dump")
}

/// Whether a folded word closing a run makes it a group ("Trump supporters", "Clinton camp").
pub fn closes_a_group(word: &str) -> bool {
    matches!(
        word,
        "campaign"
            | "camp"
            | "supporters"
            | "backers"
            | "loyalists"
            | "aides"
            | "staff"
            | "staffers"
            | "team"
            | "family"
            | "movement"
            | "base"
            | "voters"
            | "surrogates"
            | "allies"
            | "advisers"
            | "advisors"
            | "delegates"
            | "fans"
            | "donors"
    )
}

/// Words that open a sentence or clause, quantifiers and other function words.
const SENTENCE_WORDS: &[&str] = &[
    "aboard",
    "about",
    "above",
    "absent",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ahead",
    "all",
    "along",
    "already",
    "also",
    "although",
    "amid",
    "amidst",
    "among",
    "and",
    "another",
    "any",
    "around",
    "as",
    "asked",
    "at",
    "badly",
    "barely",
    "because",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "clearly",
    "dear",
    "despite",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "finally",
    "first",
    "for",
    "from",
    "given",
    "hardly",
    "hence",
    "here",
    "how",
    "however",
    "if",
    "in",
    "including",
    "indeed",
    "inside",
    "instead",
    "into",
    "just",
    "largely",
    "later",
    "like",
    "likely",
    "many",
    "maybe",
    "meanwhile",
    "merely",
    "more",
    "most",
    "mostly",
    "much",
    "near",
    "nearly",
    "neither",
    "newly",
    "nor",
    "not",
    "now",
    "numerous",
    "oddly",
    "of",
    "on",
    "once",
    "only",
    "onto",
    "openly",
    "opposite",
    "or",
    "other",
    "others",
    "outside",
    "over",
    "partly",
    "past",
    "per",
    "perhaps",
    "rarely",
    "sadly",
    "said",
    "say",
    "says",
    "several",
    "simply",
    "since",
    "so",
    "some",
    "soon",
    "still",
    "such",
    "surely",
    "than",
    "thank",
    "thanks",
    "that",
    "the",
    "then",
    "there",
    "therefore",
    "these",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "today",
    "told",
    "tomorrow",
    "tonight",
    "toward",
    "towards",
    "truly",
    "trust",
    "under",
    "underneath",
    "unless",
    "unlike",
    "until",
    "unto",
    "upon",
    "using",
    "versus",
    "via",
    "what",
    "whatever",
    "when",
    "whenever",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "year",
    "yes",
    "yesterday",
    "yet",
];

/// Party, origin, occupation and standing words written before a name ("Democrat", "GOP").
const DESCRIPTORS: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "ag",
    "ally",
    "anchor",
    "attorney",
    "author",
    "billionaire",
    "businessman",
    "businesswoman",
    "californian",
    "candidate",
    "celebrity",
    "challenger",
    "columnist",
    "comedian",
    "commentator",
    "communist",
    "congressman",
    "congresswoman",
    "conservative",
    "contender",
    "critic",
    "democrat",
    "democratic",
    "democrats",
    "developer",
    "disgraced",
    "embattled",
    "ex",
    "fascist",
    "floridian",
    "frontrunner",
    "gop",
    "hopeful",
    "host",
    "impeach",
    "incumbent",
    "independent",
    "lawyer",
    "liberal",
    "longtime",
    "magnate",
    "mogul",
    "nationalist",
    "nominee",
    "ohioan",
    "opponent",
    "outgoing",
    "pollster",
    "populist",
    "presidential",
    "progressive",
    "pundit",
    "rapper",
    "republican",
    "republicans",
    "rival",
    "senators",
    "singer",
    "socialist",
    "star",
    "strategist",
    "supporter",
    "texan",
    "tycoon",
    "vermonter",
    "veteran",
    "writer",
];

use crate::extract::cues::{lookup_any, Cue, Form};
use crate::lexicon::given_names::is_female_given_name;
use crate::lexicon::QUANTIFIERS;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_apart() {
        assert!(SENTENCE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(DESCRIPTORS.windows(2).all(|w| w[0] < w[1]));
        assert!(!SENTENCE_WORDS.iter().any(|w| DESCRIPTORS.contains(w)));
    }

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
