//! Tests of the lexicon as a whole: every word set is registered here and checked for words
//! listed twice and for upper case; sets kept sorted for binary search are sorted; sets meant to
//! be apart share no word; sets defined as part of another stay part of it.

use super::cues::{
    ANY_VERB_PARTICLES, CUE_FLAGS, CUE_VERBS, DOUBLING, IRREGULAR, PARTICLES, RARELY_CUES,
    TOPIC_PARTICLES,
};
use super::given_names::{
    FEMALE_GIVEN, ING_NAMES, MALE_GIVEN, NAME_PARTICLES, NAME_SUFFIXES, NICKNAMES,
};
use super::listed_twice as twice;
use super::*;

/// Every word set of the lexicon, by name; [`every_set_is_registered`] fails on one missing.
const SETS: &[(&str, &[&str])] = &[
    ("PRONOUNS", PRONOUNS),
    ("PERSONAL_PRONOUNS", PERSONAL_PRONOUNS),
    ("PEOPLE_PRONOUNS", PEOPLE_PRONOUNS),
    ("SPEAKER_PRONOUNS", SPEAKER_PRONOUNS),
    ("OBJECT_POSSESSIVE_PRONOUNS", OBJECT_POSSESSIVE_PRONOUNS),
    ("DETERMINERS", DETERMINERS),
    ("NUMERAL_DETERMINERS", NUMERAL_DETERMINERS),
    ("ARTICLES_AND_POSSESSIVES", ARTICLES_AND_POSSESSIVES),
    ("SINGULAR_DETERMINERS", SINGULAR_DETERMINERS),
    ("SHARE_NOUNS", SHARE_NOUNS),
    ("QUANTIFIERS", QUANTIFIERS),
    ("SUBJECT_QUANTIFIERS", SUBJECT_QUANTIFIERS),
    ("AUXILIARIES", AUXILIARIES),
    ("BE_FORMS", BE_FORMS),
    ("BE_CONTRACTIONS", BE_CONTRACTIONS),
    ("FINITE_BE_HAVE", FINITE_BE_HAVE),
    ("MAIN_AUXILIARIES", MAIN_AUXILIARIES),
    ("OBJECT_PRONOUNS", OBJECT_PRONOUNS),
    ("PASSIVE_ADVERBS", PASSIVE_ADVERBS),
    ("COMPLEMENT_ENDING_VERBS", COMPLEMENT_ENDING_VERBS),
    ("PREPOSITIONS", PREPOSITIONS),
    ("HEAD_PREPOSITIONS", HEAD_PREPOSITIONS),
    ("TIME_PLACE_PREPOSITIONS", TIME_PLACE_PREPOSITIONS),
    ("COMPLEMENT_PREPOSITIONS", COMPLEMENT_PREPOSITIONS),
    ("SUBORDINATORS", SUBORDINATORS),
    ("NON_TEMPORAL_SUBORDINATORS", NON_TEMPORAL_SUBORDINATORS),
    ("COORDINATORS", COORDINATORS),
    ("CLAUSE_CONJUNCTIONS", CLAUSE_CONJUNCTIONS),
    ("SENTENCE_CONNECTIVES", SENTENCE_CONNECTIVES),
    ("LEADING_CONJUNCTIONS", LEADING_CONJUNCTIONS),
    ("QUESTION_WORDS", QUESTION_WORDS),
    ("QUESTION_OPENERS", QUESTION_OPENERS),
    ("CONTENT_CLAUSE_OPENERS", CONTENT_CLAUSE_OPENERS),
    ("RELATIVE_WORDS", RELATIVE_WORDS),
    ("RELATIVE_HEAD_OPENERS", RELATIVE_HEAD_OPENERS),
    ("NEGATIONS", NEGATIONS),
    ("STOPWORDS", STOPWORDS),
    ("BETWEEN_SUBJECT_AND_VERB", BETWEEN_SUBJECT_AND_VERB),
    ("INFINITIVE_CONTROLLERS", INFINITIVE_CONTROLLERS),
    ("DEGREE_WORDS", DEGREE_WORDS),
    ("PARENTHETICAL_ADVERBS", PARENTHETICAL_ADVERBS),
    ("NOT_NOUNS", NOT_NOUNS),
    ("INTRODUCTORY_WORDS", INTRODUCTORY_WORDS),
    ("ADVERBIAL_OPENINGS", ADVERBIAL_OPENINGS),
    ("NOT_RESUMING", NOT_RESUMING),
    ("TAIL_STARTS", TAIL_STARTS),
    ("ADVERBS_AFTER_CUE", ADVERBS_AFTER_CUE),
    ("DURATIONS", DURATIONS),
    ("CLAUSES_AFTER_EVEN", CLAUSES_AFTER_EVEN),
    ("VERB_PARTICLES", VERB_PARTICLES),
    ("AFTER_PARTICLE_PREPOSITIONS", AFTER_PARTICLE_PREPOSITIONS),
    ("NO_OBJECT_STARTS", NO_OBJECT_STARTS),
    ("NEW_CLAUSE_STARTS", NEW_CLAUSE_STARTS),
    ("SECOND_PREDICATE_AFTER_COMMA", SECOND_PREDICATE_AFTER_COMMA),
    ("SECOND_PREDICATE_AFTER_BUT", SECOND_PREDICATE_AFTER_BUT),
    ("SECOND_PREDICATE_STARTS", SECOND_PREDICATE_STARTS),
    ("ADVERBIAL_STARTS", ADVERBIAL_STARTS),
    ("DESCRIPTION_STARTS", DESCRIPTION_STARTS),
    ("PREDICATE_STARTS", PREDICATE_STARTS),
    ("IRREGULAR_PASTS", IRREGULAR_PASTS),
    ("MODAL_PREDICATE_STARTS", MODAL_PREDICATE_STARTS),
    ("SUBORDINATE_OPENINGS", SUBORDINATE_OPENINGS),
    ("NOT_NOUNS_BEFORE_THAT", NOT_NOUNS_BEFORE_THAT),
    ("INVERTED_SOURCE_ENDS", INVERTED_SOURCE_ENDS),
    ("REDUCED_RELATIVE_FOLLOWERS", REDUCED_RELATIVE_FOLLOWERS),
    ("WEEKDAYS", WEEKDAYS),
    ("MONTHS", MONTHS),
    ("TIME_WORDS", TIME_WORDS),
    ("TIME_NOUNS", TIME_NOUNS),
    ("MONTH_ABBREVIATIONS", MONTH_ABBREVIATIONS),
    ("MAGNITUDES", MAGNITUDES),
    ("TITLES", TITLES),
    ("ROLES", ROLES),
    ("ROLE_HEADS", ROLE_HEADS),
    ("DESCRIPTORS", DESCRIPTORS),
    ("GROUP_HEADS", GROUP_HEADS),
    ("KINSHIP_WORDS", KINSHIP_WORDS),
    ("FEMALE_TITLES", FEMALE_TITLES),
    ("MALE_TITLES", MALE_TITLES),
    ("FEMALE_WORDS", FEMALE_WORDS),
    ("MALE_WORDS", MALE_WORDS),
    ("GROUP_OPENERS", GROUP_OPENERS),
    ("GROUP_CLOSERS", GROUP_CLOSERS),
    ("GROUP_PLURALS", GROUP_PLURALS),
    ("SEEMS_TO_WHOM", SEEMS_TO_WHOM),
    ("STANCE_HOLDERS", STANCE_HOLDERS),
    ("SHARES_OF_PEOPLE", SHARES_OF_PEOPLE),
    ("ORG_WORDS", ORG_WORDS),
    ("ORG_HEADS", ORG_HEADS),
    ("ORGANIZATION_HEADS", ORGANIZATION_HEADS),
    ("NAMED_ORGANIZATIONS", NAMED_ORGANIZATIONS),
    ("MEDIA", MEDIA),
    ("EVIDENCE_NOUNS", EVIDENCE_NOUNS),
    ("US_NAMES", US_NAMES),
    ("NATIONALITIES", NATIONALITIES),
    ("COUNTRIES_AND_CAPITALS", COUNTRIES_AND_CAPITALS),
    ("COUNTRY_WORDS", COUNTRY_WORDS),
    ("ADDRESSEE_WORDS", ADDRESSEE_WORDS),
    ("SPEAKING_OCCASIONS", SPEAKING_OCCASIONS),
    ("SPEECH_EVENTS", SPEECH_EVENTS),
    ("DOCUMENT_NOUNS", DOCUMENT_NOUNS),
    ("SPOKEN_THROUGH", SPOKEN_THROUGH),
    ("SAYING_NOUNS", SAYING_NOUNS),
    ("RELEASE_VERBS", RELEASE_VERBS),
    ("DOCUMENT_SAYS", DOCUMENT_SAYS),
    ("ATTITUDE_VERBS", ATTITUDE_VERBS),
    ("ATTITUDE_NOUNS", ATTITUDE_NOUNS),
    ("ATTITUDE_PREPOSITIONS", ATTITUDE_PREPOSITIONS),
    ("ASKING_VERBS", ASKING_VERBS),
    ("NP_SPEECH_VERBS", NP_SPEECH_VERBS),
    ("CLEAR_SUBJECT_HEADS", CLEAR_SUBJECT_HEADS),
    ("RARE_STANCE_VERBS", RARE_STANCE_VERBS),
    ("NAMING_VERBS", NAMING_VERBS),
    ("DESCRIBING_AS_VERBS", DESCRIBING_AS_VERBS),
    ("REPORT_PLURAL_OPENERS", REPORT_PLURAL_OPENERS),
    ("NOT_NAMES", NOT_NAMES),
    ("NEVER_IN_NAMES", NEVER_IN_NAMES),
    ("SENTENCE_WORDS", SENTENCE_WORDS),
    ("ADVERB_ENDINGS", ADVERB_ENDINGS),
    ("ABBREVIATIONS", ABBREVIATIONS),
    ("LINE_LABELS", LINE_LABELS),
    ("SECTION_LABELS", SECTION_LABELS),
    ("BYLINE_JOBS", BYLINE_JOBS),
    ("FEMALE_GIVEN", FEMALE_GIVEN),
    ("MALE_GIVEN", MALE_GIVEN),
    ("NAME_SUFFIXES", NAME_SUFFIXES),
    ("ING_NAMES", ING_NAMES),
    ("NAME_PARTICLES", NAME_PARTICLES),
    ("DOUBLING", DOUBLING),
    ("RARELY_CUES", RARELY_CUES),
    ("ANY_VERB_PARTICLES", ANY_VERB_PARTICLES),
    ("TOPIC_PARTICLES", TOPIC_PARTICLES),
];

/// The lexicon's files, read for the names of their sets.
const SOURCES: &[&str] = &[
    include_str!("function_words.rs"),
    include_str!("clause_words.rs"),
    include_str!("time.rs"),
    include_str!("people.rs"),
    include_str!("organisations.rs"),
    include_str!("places.rs"),
    include_str!("speech.rs"),
    include_str!("not_names.rs"),
    include_str!("writing.rs"),
    include_str!("given_names.rs"),
    include_str!("cues.rs"),
];

#[test]
fn every_set_is_registered() {
    for source in SOURCES {
        for line in source.lines() {
            let Some(rest) = line.strip_prefix("pub const ") else { continue };
            let Some((name, ty)) = rest.split_once(':') else { continue };
            if ty.trim_start().starts_with("&[&str]") {
                assert!(SETS.iter().any(|(n, _)| *n == name), "{name} is not in SETS");
            }
        }
    }
}

#[test]
fn no_set_lists_a_word_twice() {
    for (name, set) in SETS {
        assert_eq!(twice(set), Vec::<&str>::new(), "{name} lists these twice");
    }
    let peoples: Vec<&str> = DEMONYMS.iter().map(|(people, _)| *people).collect();
    assert_eq!(twice(&peoples), Vec::<&str>::new(), "DEMONYMS lists these twice");
    let nicknames: Vec<&str> = NICKNAMES.iter().map(|(nick, _)| *nick).collect();
    assert_eq!(twice(&nicknames), Vec::<&str>::new(), "NICKNAMES lists these twice");
    for (particle, lemmas) in PARTICLES {
        assert_eq!(twice(lemmas), Vec::<&str>::new(), "\"{particle}\" lists these twice");
    }
}

#[test]
fn sets_are_lower_case() {
    for (name, set) in SETS {
        for w in *set {
            assert_eq!(w.to_lowercase(), *w, "{name}");
        }
    }
}

#[test]
fn sets_read_by_binary_search_are_sorted() {
    for (name, set) in [
        ("STOPWORDS", STOPWORDS),
        ("SENTENCE_WORDS", SENTENCE_WORDS),
        ("DESCRIPTORS", DESCRIPTORS),
        ("FEMALE_GIVEN", FEMALE_GIVEN),
        ("MALE_GIVEN", MALE_GIVEN),
    ] {
        let unsorted = set.windows(2).find(|w| w[0] >= w[1]);
        assert_eq!(unsorted, None, "{name} is not sorted here");
    }
}

/// The words of `a` that are also in `b`.
fn shared<'a>(a: &[&'a str], b: &[&str]) -> Vec<&'a str> {
    a.iter().filter(|w| b.contains(w)).copied().collect()
}

/// The words of `part` missing from `whole`.
fn missing<'a>(part: &[&'a str], whole: &[&str]) -> Vec<&'a str> {
    part.iter().filter(|w| !whole.contains(w)).copied().collect()
}

#[test]
fn sets_meant_apart_share_no_word() {
    for (a, b, why) in [
        (SENTENCE_WORDS, DESCRIPTORS, "a sentence word or a descriptor opening a name"),
        (FEMALE_GIVEN, MALE_GIVEN, "a woman's or a man's name"),
        (ORGANIZATION_HEADS, GROUP_HEADS, "an organisation or a group speaking"),
        (ORGANIZATION_HEADS, ROLE_HEADS, "an organisation or a person's role"),
        (GROUP_HEADS, ROLE_HEADS, "a group or a person's role"),
        (DESCRIPTORS, ROLE_HEADS, "a descriptor before a name or a role's head"),
        (KINSHIP_WORDS, ROLE_HEADS, "a relative or a role"),
        (KINSHIP_WORDS, GROUP_HEADS, "a relative or a group"),
        (ORG_HEADS, ROLES, "an organisation or a role speaking"),
        (ORG_WORDS, ROLES, "an organisation's name or a role"),
        (ASKING_VERBS, NP_SPEECH_VERBS, "asking someone or saying something"),
        (FEMALE_TITLES, MALE_TITLES, "a woman's or a man's title"),
        (FEMALE_WORDS, MALE_WORDS, "a woman's or a man's word"),
        (FEMALE_TITLES, MALE_WORDS, "a woman's title or a man's word"),
        (FEMALE_WORDS, MALE_TITLES, "a woman's word or a man's title"),
        (BE_FORMS, PASSIVE_ADVERBS, "a be-verb or an adverb after one"),
    ] {
        assert_eq!(shared(a, b), Vec::<&str>::new(), "{why}");
    }
}

#[test]
fn sets_defined_as_part_of_another_stay_part_of_it() {
    for (part, whole, name) in [
        (NUMERAL_DETERMINERS, DETERMINERS, "NUMERAL_DETERMINERS in DETERMINERS"),
        (PERSONAL_PRONOUNS, PRONOUNS, "PERSONAL_PRONOUNS in PRONOUNS"),
        (PEOPLE_PRONOUNS, PERSONAL_PRONOUNS, "PEOPLE_PRONOUNS in PERSONAL_PRONOUNS"),
        (ARTICLES_AND_POSSESSIVES, DETERMINERS, "ARTICLES_AND_POSSESSIVES in DETERMINERS"),
        (SINGULAR_DETERMINERS, DETERMINERS, "SINGULAR_DETERMINERS in DETERMINERS"),
        (CLAUSE_CONJUNCTIONS, COORDINATORS, "CLAUSE_CONJUNCTIONS in COORDINATORS"),
        (SPEAKING_OCCASIONS, SPEECH_EVENTS, "SPEAKING_OCCASIONS in SPEECH_EVENTS"),
        (NON_TEMPORAL_SUBORDINATORS, SUBORDINATORS, "NON_TEMPORAL_SUBORDINATORS in SUBORDINATORS"),
    ] {
        assert_eq!(missing(part, whole), Vec::<&str>::new(), "{name}");
    }
    let peoples: Vec<&str> = DEMONYMS.iter().map(|(people, _)| *people).collect();
    assert_eq!(missing(NATIONALITIES, &peoples), ["us", "u.s"], "NATIONALITIES beyond DEMONYMS");
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
fn word_shapes_hold() {
    for m in MONTH_ABBREVIATIONS {
        assert!(MONTHS.iter().any(|month| month.starts_with(m)), "{m} abbreviates no month");
    }
    for suffix in NAME_SUFFIXES {
        assert!(suffix.len() <= 3, "{suffix}");
    }
}
