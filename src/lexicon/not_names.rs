//! Capitalised words that name no one: words that open a sentence or a subject, and the endings
//! of sentence adverbs. Descriptors ("Democrat", "Billionaire") are in [`super::people`].

/// Capitalised words that open a subject (sentence openers, weekdays, "last") but do not name
/// anyone on their own: the extractor's test of a source's first word.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "as", "after",
    "before", "so", "yet", "for", "with", "this", "that", "these", "those", "there", "here", "what",
    "how", "why", "where", "still", "also", "now", "then", "meanwhile", "however", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
];

/// Capitalised only because they open a sentence: never part of an entity's name ("When Trump",
/// "Meanwhile Putin"). Unlike [`NOT_NAMES`] (where a subject may start): no weekdays, more
/// auxiliaries and prepositions.
#[rustfmt::skip]
pub const NEVER_IN_NAMES: &[&str] = &[
    "for", "will", "with", "as", "if", "when", "did", "does", "do", "can", "could", "would",
    "should", "but", "and", "the", "in", "on", "at", "after", "before", "while", "so", "yet",
    "then", "now", "also", "however", "meanwhile", "still", "though", "although", "because",
    "since", "unless", "until", "by", "from", "to", "of", "a", "an", "this", "that", "these",
    "those", "what", "how", "why", "where", "who", "is", "was", "are", "were", "has", "have", "had",
    "may", "might", "must", "shall", "not", "even", "only", "just", "like", "unlike",
];

/// Sentence words that open a capitalised run across a story but are no part of a name ("Neither
/// John Kasich", "Though Kaine", "Even Lindsey Graham"). General English, sorted and folded for
/// binary search. Wider than [`NEVER_IN_NAMES`]: it reads whole speaker aliases, where a false
/// name word costs little.
#[rustfmt::skip]
pub const SENTENCE_WORDS: &[&str] = &[
    "aboard", "about", "above", "absent", "according", "across", "after", "again", "against",
    "ahead", "all", "along", "already", "also", "although", "amid", "amidst", "among", "and",
    "another", "any", "around", "as", "asked", "at", "badly", "barely", "because", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "both", "but", "by",
    "clearly", "dear", "despite", "during", "each", "earlier", "either", "even", "every", "few",
    "finally", "first", "for", "from", "given", "hardly", "hence", "here", "how", "however", "if",
    "in", "including", "indeed", "inside", "instead", "into", "just", "largely", "later", "like",
    "likely", "many", "maybe", "meanwhile", "merely", "more", "most", "mostly", "much", "near",
    "nearly", "neither", "newly", "nor", "not", "now", "numerous", "oddly", "of", "on", "once",
    "only", "onto", "openly", "opposite", "or", "other", "others", "outside", "over", "partly",
    "past", "per", "perhaps", "rarely", "sadly", "said", "say", "says", "several", "simply",
    "since", "so", "some", "soon", "still", "such", "surely", "than", "thank", "thanks", "that",
    "the", "then", "there", "therefore", "these", "this", "those", "though", "through",
    "throughout", "thus", "to", "today", "told", "tomorrow", "tonight", "toward", "towards",
    "truly", "trust", "under", "underneath", "unless", "unlike", "until", "unto", "upon", "using",
    "versus", "via", "what", "whatever", "when", "whenever", "where", "whereas", "whether", "which",
    "while", "who", "whom", "whose", "why", "with", "within", "without", "year", "yes", "yesterday",
    "yet",
];

/// Endings of adverbs that open a sentence ("Certainly", "Reportedly"), for words of six
/// letters or more.
#[rustfmt::skip]
pub const ADVERB_ENDINGS: &[&str] = &[
    "ally", "ously", "ently", "antly", "ably", "ibly", "inly", "ively", "ately", "fully", "lessly",
    "ingly", "edly", "ctly", "rtly",
];
