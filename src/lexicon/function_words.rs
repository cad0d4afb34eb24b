//! Closed-class words: pronouns, determiners and quantifiers, auxiliaries and the forms of "be"
//! and "have", prepositions, conjunctions, question and relative words, negations, and the
//! stopwords clustering leaves out. Several sets are a part of another, named after the place
//! that reads them; `tests.rs` checks that they stay a part.

// Pronouns.

/// Pronouns and relative words that can be a source on their own ("he said", "who said",
/// "one said").
#[rustfmt::skip]
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this", "one",
];

/// Personal pronouns that start a clause of their own: [`PRONOUNS`] without the relative and
/// demonstrative words and "one".
#[rustfmt::skip]
pub const PERSONAL_PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "you",
];

/// Object pronouns that stand for a person as a verb's whole object: "endorsed him".
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them"];

/// Subject pronouns that stand for people who speak: [`PERSONAL_PRONOUNS`] without "it" and
/// "you".
#[rustfmt::skip]
pub const PEOPLE_PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i",
];

/// Pronouns a speaker's alias may open with, folded and without apostrophe ("he's" → "hes"):
/// such an alias names no one by itself. Unlike [`PRONOUNS`]: object and possessive forms, no
/// relative words (an alias is a whole mention, not a word of a sentence).
#[rustfmt::skip]
pub const SPEAKER_PRONOUNS: &[&str] = &[
    "he", "she", "him", "her", "his", "hers", "they", "them", "i", "we", "hes", "shes", "its",
];

/// Object and possessive pronouns that refer back to an entity ("told him", "their statement").
#[rustfmt::skip]
pub const OBJECT_POSSESSIVE_PRONOUNS: &[&str] = &[
    "him", "his", "her", "them", "their", "its",
];

// Determiners and quantifiers.

/// Words that open a noun phrase: articles, possessives, demonstratives, quantifiers and small
/// numerals ("the Kremlin", "several officials", "two aides").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "some", "many", "most", "several", "all", "both", "each", "any", "other", "another", "few",
    "two", "three", "four", "five", "more", "such", "no", "every", "either",
];

/// The numerals among [`DETERMINERS`]: "the two sides" counts parties, not documents.
#[rustfmt::skip]
pub const NUMERAL_DETERMINERS: &[&str] = &[
    "two", "three", "four", "five",
];

/// Articles and the possessives of people, before the noun of an occasion: "in a statement", "at
/// her rally".
#[rustfmt::skip]
pub const ARTICLES_AND_POSSESSIVES: &[&str] = &[
    "a", "an", "the", "his", "her", "their",
];

/// Determiners of one: a subject opening with one needs a third-person verb ("a poll shows"),
/// unless its head is a share ([`SHARE_NOUNS`]: "a majority say").
#[rustfmt::skip]
pub const SINGULAR_DETERMINERS: &[&str] = &[
    "a", "an", "this", "every", "each",
];

/// Nouns of a share after a singular determiner that still take a plural verb: "a majority
/// say", "a third believe".
#[rustfmt::skip]
pub const SHARE_NOUNS: &[&str] = &[
    "percent", "majority", "third", "quarter", "half",
];

/// Quantifiers that stand for people nobody names ("Some said", "Many others argue"): a speaker
/// named by these alone is no one across a story.
#[rustfmt::skip]
pub const QUANTIFIERS: &[&str] = &[
    "some", "many", "others", "other", "several", "most", "few", "both", "all", "each", "none",
    "either", "neither", "another", "plenty", "numerous",
];

/// Determiners that stand for people as the subject of a cue ("many said", "most believe", "two
/// said"). Unlike [`QUANTIFIERS`] it counts numerals and lacks "each", "none", "another",
/// "other" and the rarer ones: the two answer different questions and differ in what they find.
#[rustfmt::skip]
pub const SUBJECT_QUANTIFIERS: &[&str] = &[
    "several", "many", "most", "some", "both", "all", "few", "two", "three", "four", "five",
    "others",
];

// Auxiliaries, "be" and "have".

/// Words before a bare verb that make it a verb ("will say", "did not want", "to ask"). Unlike
/// [`COMPLEMENT_ENDING_VERBS`]: "do" and the negations, no forms of "be" or "have".
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "will", "would", "did", "do", "does", "can", "could", "may", "might", "should", "must", "don't",
    "didn't", "doesn't", "won't", "can't", "wouldn't", "not", "to", "shall", "cannot", "couldn't",
    "shouldn't",
];

/// The forms of "be".
#[rustfmt::skip]
pub const BE_FORMS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being",
];

/// Contracted and negated forms of "be": with [`BE_FORMS`], a be-verb before a passive cue.
#[rustfmt::skip]
pub const BE_CONTRACTIONS: &[&str] = &[
    "it's", "isn't", "aren't", "wasn't", "weren't",
];

/// Finite forms of "be" and "have": a word of a predicate, never of the noun phrase before it.
#[rustfmt::skip]
pub const FINITE_BE_HAVE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had",
];

/// Auxiliaries and modals that open a main clause's predicate after a subject.
#[rustfmt::skip]
pub const MAIN_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "did", "does",
];

/// Words that may stand between a be-verb ([`BE_FORMS`]) and a passive cue besides adverbs in
/// "-ly": "is widely expected", "was not often said".
#[rustfmt::skip]
pub const PASSIVE_ADVERBS: &[&str] = &["widely", "also", "not", "often"];

/// Finite verbs after which the complement of a noun cue has ended: auxiliaries, forms of "be"
/// and "have", "remains", "seems" ("the claim by officials was ...").
#[rustfmt::skip]
pub const COMPLEMENT_ENDING_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "remains", "remained", "seems", "seemed",
];

// Prepositions.

/// Prepositions whose phrase before a cue is not its subject ("Trump at the time said").
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "for", "with", "by", "from", "during", "after", "before",
];

/// Prepositions after the head of a noun phrase that a name hangs on: "officials gathered in
/// Washington", "a spokesman for Trump".
#[rustfmt::skip]
pub const HEAD_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "for", "with",
];

/// Prepositions of time and place: "in the interview he said was ..." is no relative head.
#[rustfmt::skip]
pub const TIME_PLACE_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "since", "until",
];

/// Prepositions before a question word that make it a relative or a noun's complement ("questions
/// for which", "an answer on whether"), not whom an asking verb addresses.
#[rustfmt::skip]
pub const COMPLEMENT_PREPOSITIONS: &[&str] = &[
    "for", "of", "on", "in", "about", "with", "to", "by", "from", "at",
];

// Conjunctions and connectives.

/// Subordinating conjunctions: a clause they open is not the main clause of its sentence.
#[rustfmt::skip]
pub const SUBORDINATORS: &[&str] = &[
    "if", "while", "when", "although", "though", "because", "since", "after", "before", "as",
    "once", "unless", "until", "whether", "whereas",
];

/// Of [`SUBORDINATORS`], those of contrast, cause and condition: a sentence opening with one
/// ("While critics said ..., ") has its main clause after the first comma.
#[rustfmt::skip]
pub const NON_TEMPORAL_SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "because", "if", "since", "whereas", "unless",
];

/// Words that may join a clause with its own attribution to the one before it.
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &[
    "and", "but", "while", "whereas", "as", "though", "although",
];

/// Of [`COORDINATORS`], the ones that start a new clause without a comma: "... and others said
/// ...".
#[rustfmt::skip]
pub const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "whereas",
];

/// Connectives that open a sentence and join it to the one before ("But the plan failed, she
/// said."): the writer's link, not part of what is attributed.
#[rustfmt::skip]
pub const SENTENCE_CONNECTIVES: &[&str] = &[
    "but", "and", "yet", "still", "however",
];

/// Conjunctions and adverbs a main clause may open with before its subject ("But even the
/// Kremlin said"). Unlike [`SENTENCE_CONNECTIVES`] (the writer's link kept out of a content):
/// "so" and "even", no "however" (which takes a comma).
#[rustfmt::skip]
pub const LEADING_CONJUNCTIONS: &[&str] = &[
    "but", "and", "yet", "so", "still", "even",
];

// Question and relative words.

/// Words that open an indirect question: the content after whom a verb of asking addresses.
#[rustfmt::skip]
pub const QUESTION_WORDS: &[&str] = &[
    "if", "whether", "what", "how", "which", "who", "why", "where", "when",
];

/// Words that open a direct question ("Do you think ...?"): auxiliaries and wh-words.
#[rustfmt::skip]
pub const QUESTION_OPENERS: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "what", "why", "how", "who", "where", "when", "which", "have", "has",
];

/// Words that open a content clause of its own ("said that", "asked whether", "explained
/// how"). Unlike [`QUESTION_WORDS`]: "that", not "which".
#[rustfmt::skip]
pub const CONTENT_CLAUSE_OPENERS: &[&str] = &[
    "that", "whether", "if", "how", "what", "why", "who", "when", "where",
];

/// Relative and interrogative words that open a clause whose subject then reports it
/// ("which, he hoped, would spark a revival", "what Trump said was a sign"): the word is part of
/// the content.
#[rustfmt::skip]
pub const RELATIVE_WORDS: &[&str] = &[
    "which", "what", "who", "whom",
];

/// Words that open a noun phrase a clause with no relative word can describe: "a decision they
/// say allowed ...", "something aides argue is possible".
#[rustfmt::skip]
pub const RELATIVE_HEAD_OPENERS: &[&str] = &[
    "a", "an", "the", "this", "another", "something", "anything", "one",
];

// Negation and stopwords.

/// Words that deny what follows ("not", "never", "nobody"): where a claim denies something.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere", "cannot",
];

/// Words clustering leaves out when it compares claims: English stopwords. Sorted for binary
/// search; lower case with straight apostrophes.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "'s", "a", "about", "above", "after", "again", "against", "all", "almost", "alone", "already",
    "also", "although", "am", "an", "and", "any", "are", "aren't", "as", "at", "be", "because",
    "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot",
    "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down",
    "during", "each", "even", "ever", "few", "for", "from", "further", "had", "hadn't", "has",
    "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if",
    "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "kind", "let", "let's",
    "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "quite", "rather", "really", "same", "shall", "she", "she'd", "she'll", "she's",
    "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their", "theirs",
    "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll",
    "they're", "they've", "this", "those", "though", "through", "thus", "to", "too", "under",
    "until", "up", "upon", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've",
    "were", "weren't", "what", "what's", "when", "where", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours",
];
