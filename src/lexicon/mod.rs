//! The vocabulary the extractor and the story pass share: named word sets and the cue table.
//!
//! One place for each list, so copies cannot drift (`WEEKDAYS` was spelled out in eight
//! places, the addressee list in two that differed). Sets are lower-case; look words up with
//! `contains` on the lower-cased token. The tests reject a word listed twice in a set and a cue
//! lemma in two classes.
//!
//! - [`cues`]: every cue verb with its class and flags, irregular forms, particles, phrases.
//! - [`given_names`]: given names that tell a woman from a man, for pronouns and speakers.
//! - [`TITLES`]: words of titles and roles before a name ("Sen.", "former", "Hungarian");
//!   public so that `story::names` can answer "is this a title word" from the same set.

pub mod cues;
pub mod given_names;
pub mod synonyms;

/// What kind of attribution a cue verb makes; it drives confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Verbs of saying and writing: said, told, argued, tweeted.
    Speech,
    /// Beliefs, wishes and intentions: think, want, plan, hope.
    Mind,
    /// Evidence and stance: show, find, demonstrate, prove.
    Stance,
}

/// The grammatical form a cue word has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Base,
    ThirdPerson,
    Past,
    Participle,
    Ing,
}

#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Whether `w` (lower-case) names a day of the week.
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// Words that can stand as the addressee between a cue and its content ("told reporters that",
/// "told the crowd"), besides capitalised names.
pub const ADDRESSEE_WORDS: &[&str] = &[
    "reporters",
    "the",
    "a",
    "an",
    "his",
    "her",
    "supporters",
    "voters",
    "him",
    "them",
    "me",
    "us",
    "audience",
    "crowd",
];

/// Object pronouns that stand for a person as a verb's whole object: "endorsed him".
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them"];

/// Relative and interrogative words that open a clause whose subject then reports it
/// ("which, he hoped, would spark a revival", "what Trump said was a sign"): the word is part of
/// the content.
pub const RELATIVE_WORDS: &[&str] = &["which", "what", "who", "whom"];

/// Words that open a noun phrase a clause with no relative word can describe: "a decision they
/// say allowed ...", "something aides argue is possible".
pub const RELATIVE_HEAD_OPENERS: &[&str] =
    &["a", "an", "the", "this", "another", "something", "anything", "one"];

/// Connectives that open a sentence and join it to the one before ("But the plan failed, she
/// said."): the writer's link, not part of what is attributed.
pub const SENTENCE_CONNECTIVES: &[&str] = &["but", "and", "yet", "still", "however"];

/// Occasions of speaking that a final phrase names as where something was said: "in an
/// interview", "during a campaign speech", "at a rally".
pub const SPEAKING_OCCASIONS: &[&str] =
    &["interview", "speech", "statement", "rally", "tweet", "post"];

/// Things released or issued that carry someone's words: "released a statement saying ...".
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "report",
    "memo",
    "ad",
    "video",
    "message",
    "email",
    "release",
    "tweet",
    "post",
    "op-ed",
    "column",
    "note",
];

/// Verbs that put out a document: "issued a statement saying ...".
pub const RELEASE_VERBS: &[&str] = &["release", "issue", "publish", "post", "send", "put"];

/// Participles and words that open what a document says: "a statement saying ...", "a letter
/// that ...".
pub const DOCUMENT_SAYS: &[&str] = &[
    "saying",
    "stating",
    "declaring",
    "announcing",
    "calling",
    "describing",
    "urging",
    "detailing",
    "deploring",
    "condemning",
    "praising",
    "questioning",
    "that",
    "arguing",
    "warning",
    "claiming",
    "asserting",
    "insisting",
    "accusing",
    "demanding",
];

/// Verbs that state an attitude through a noun: "expressed support for ...".
pub const ATTITUDE_VERBS: &[&str] = &["express", "voice", "signal", "show"];

/// Nouns of attitude a verb of [`ATTITUDE_VERBS`] states: "voiced concern over ...".
pub const ATTITUDE_NOUNS: &[&str] = &[
    "support",
    "opposition",
    "concern",
    "concerns",
    "interest",
    "confidence",
    "optimism",
    "doubt",
    "doubts",
    "skepticism",
    "frustration",
    "anger",
    "disappointment",
    "sympathy",
    "fear",
    "fears",
    "worry",
    "worries",
    "outrage",
    "regret",
    "admiration",
    "disapproval",
    "approval",
    "sign",
    "signs",
    "reservations",
    "hope",
    "hopes",
    "openness",
    "willingness",
    "alarm",
    "dismay",
    "displeasure",
    "gratitude",
    "solidarity",
    "unease",
];

/// Prepositions that open what an attitude is about: "concern about", "support for".
pub const ATTITUDE_PREPOSITIONS: &[&str] =
    &["about", "for", "over", "with", "of", "on", "at", "toward", "towards", "in", "against"];

/// Prepositions of time and place: "in the interview he said was ..." is no relative head.
pub const TIME_PLACE_PREPOSITIONS: &[&str] =
    &["in", "on", "at", "during", "after", "before", "since", "until"];

/// Words of titles, offices and roles that may stand before a name: "President", "Sen.",
/// "former", "Hungarian". A name's entity is the words after the last of them.
pub const TITLES: &[&str] = &[
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "secretary",
    "minister",
    "prime",
    "former",
    "vice",
    "chancellor",
    "gen",
    "general",
    "professor",
    "prof",
    "chairman",
    "ceo",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "director",
    "leader",
    "judge",
    "justice",
    "speaker",
    "state",
    "foreign",
    "defense",
    "deputy",
    "mayor",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "candidate",
    "nominee",
    "frontrunner",
    "presidential",
    "democratic",
    "republican",
    "gop",
    "u.s",
    "us",
    "russian",
    "ukrainian",
    "hungarian",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "israeli",
    "european",
    "lt",
    "col",
    "sgt",
    "capt",
    "adm",
    "rev",
    "attorney",
    "house",
    "senate",
    "majority",
    "minority",
    "whip",
    "chief",
    "commander",
    "king",
    "queen",
    "pope",
    "sir",
    "lord",
    "dame",
    "mp",
    "envoy",
    "special",
    "adviser",
    "advisor",
    "aide",
    "official",
    "the",
    "of",
];

/// A people's adjective and its country, for the countries most in the news.
#[rustfmt::skip]
pub const DEMONYMS: &[(&str, &str)] = &[
    ("american", "usa"), ("russian", "russia"), ("ukrainian", "ukraine"), ("chinese", "china"),
    ("british", "britain"), ("french", "france"), ("german", "germany"), ("israeli", "israel"),
    ("european", "europe"), ("mexican", "mexico"), ("canadian", "canada"), ("iranian", "iran"),
    ("iraqi", "iraq"), ("syrian", "syria"), ("japanese", "japan"), ("indian", "india"),
    ("korean", "korea"), ("turkish", "turkey"), ("italian", "italy"), ("spanish", "spain"),
    ("polish", "poland"), ("hungarian", "hungary"), ("cuban", "cuba"), ("saudi", "arabia"),
    ("palestinian", "palestine"), ("afghan", "afghanistan"), ("pakistani", "pakistan"),
    ("egyptian", "egypt"), ("brazilian", "brazil"), ("australian", "australia"),
];

/// Quantifiers that stand for people nobody names ("Some said", "Many others argue").
#[rustfmt::skip]
pub const QUANTIFIERS: &[&str] = &[
    "some", "many", "others", "other", "several", "most", "few", "both", "all", "each", "none",
    "either", "neither", "another", "plenty", "numerous",
];

/// Words for several countries in general, of which each named country is an instance
/// ("relations between both countries" / "U.S.-Russia relations"). Only plurals: "the
/// country" mostly means one country known from the context, which may be any.
pub const COUNTRY_WORDS: &[&str] = &["countries", "nations"];

/// Every word listed twice in `set`: for the tests of any module that keeps a word list.
pub fn listed_twice<'a>(set: &[&'a str]) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    set.iter().filter(|w| !seen.insert(**w)).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::cues::{CUE_FLAGS, CUE_VERBS, IRREGULAR, PARTICLES, RARELY_CUES};
    use super::listed_twice as twice;
    use super::*;

    #[test]
    fn no_set_lists_a_word_twice() {
        for (name, set) in [
            ("WEEKDAYS", WEEKDAYS),
            ("MONTHS", MONTHS),
            ("TITLES", TITLES),
            ("ADDRESSEE_WORDS", ADDRESSEE_WORDS),
            ("RELATIVE_WORDS", RELATIVE_WORDS),
            ("OBJECT_PRONOUNS", OBJECT_PRONOUNS),
            ("RELATIVE_HEAD_OPENERS", RELATIVE_HEAD_OPENERS),
            ("TIME_PLACE_PREPOSITIONS", TIME_PLACE_PREPOSITIONS),
            ("SENTENCE_CONNECTIVES", SENTENCE_CONNECTIVES),
            ("DOCUMENT_NOUNS", DOCUMENT_NOUNS),
            ("SPEAKING_OCCASIONS", SPEAKING_OCCASIONS),
            ("RELEASE_VERBS", RELEASE_VERBS),
            ("DOCUMENT_SAYS", DOCUMENT_SAYS),
            ("ATTITUDE_VERBS", ATTITUDE_VERBS),
            ("ATTITUDE_NOUNS", ATTITUDE_NOUNS),
            ("ATTITUDE_PREPOSITIONS", ATTITUDE_PREPOSITIONS),
            ("RARELY_CUES", RARELY_CUES),
            ("COUNTRY_WORDS", COUNTRY_WORDS),
            ("QUANTIFIERS", QUANTIFIERS),
        ] {
            assert_eq!(twice(set), Vec::<&str>::new(), "{name} lists these twice");
        }
        let peoples: Vec<&str> = DEMONYMS.iter().map(|(people, _)| *people).collect();
        assert_eq!(twice(&peoples), Vec::<&str>::new(), "DEMONYMS lists these twice");
        for (particle, lemmas) in PARTICLES {
            assert_eq!(twice(lemmas), Vec::<&str>::new(), "\"{particle}\" lists these twice");
        }
    }

    #[test]
    fn no_cue_lemma_has_two_rows_and_so_two_classes() {
        let lemmas: Vec<&str> = CUE_VERBS.iter().map(|r| r.lemma).collect();
        assert_eq!(twice(&lemmas), Vec::<&str>::new(), "lemmas with two rows");
    }

    #[test]
    fn cue_flags_and_irregular_forms_are_known() {
        for r in CUE_VERBS {
            assert!(r.flags.chars().all(|f| CUE_FLAGS.contains(f)), "{}: {}", r.lemma, r.flags);
        }
        for (form, lemma, _) in IRREGULAR {
            assert!(CUE_VERBS.iter().any(|r| r.lemma == *lemma), "{form}: no row for {lemma}");
        }
    }

    #[test]
    fn sets_are_lower_case() {
        for w in WEEKDAYS.iter().chain(MONTHS).chain(TITLES).chain(RARELY_CUES) {
            assert_eq!(w.to_lowercase(), *w);
        }
    }
}
