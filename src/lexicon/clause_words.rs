//! Words that tell where a clause or phrase around a cue starts or ends: what may stand between
//! a subject and its verb, what opens an adverbial, what follows "X said,", what starts a second
//! predicate or a new clause. Each set is named after the place it is read.

/// Words that may stand between a subject and its verb ("has also said").
#[rustfmt::skip]
pub const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
    "did", "does", "do", "not", "never", "then", "still", "often", "once", "already", "even",
    "just", "further", "again", "now", "long", "always", "later", "first", "too", "previously",
    "reportedly", "recently", "repeatedly", "publicly", "privately", "since", "n't", "didn't",
    "doesn't", "don't", "hasn't", "haven't", "wouldn't", "won't", "isn't", "wasn't", "initially",
    "last", "week", "yesterday", "today", "tonight", "earlier", "ever", "all", "both", "soon", "is",
    "are", "was", "were", "be", "been", "being", "clearly", "here",
];

/// Lower-case words that cannot end a noun phrase subject.
#[rustfmt::skip]
pub const NOT_NOUNS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than",
    "that", "if", "when", "while", "because", "so", "what", "how", "why", "where", "about", "into",
    "after", "before", "over", "under", "not", "also", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "the", "a",
    "an", "his", "her", "their", "its", "our", "my", "your", "there", "here", "then", "just",
    "only", "even", "very", "more", "most", "do", "does", "did", "whether", "though", "although",
    "since", "until", "unless", "once", "like", "against", "during", "without", "through",
    "between", "among", "him", "them", "me", "us", "it's", "mostly", "really", "yet", "now",
    "again", "too", "still", "already", "publicly", "never", "ever", "always", "later", "aren't",
    "isn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't",
    "won't", "wouldn't", "can't", "couldn't", "shouldn't",
];

/// Words that open an adverbial phrase or connect to the previous sentence, read where a line or
/// sentence opens before a cue. All but "one" are in [`ADVERBIAL_OPENINGS`] (the nesting pass),
/// which holds more: the two finders were set apart and are kept so.
#[rustfmt::skip]
pub const INTRODUCTORY_WORDS: &[&str] = &[
    "however", "after", "before", "during", "instead", "when", "while", "as", "although", "despite",
    "since", "if", "because", "for", "with", "at", "in", "on", "meanwhile", "still", "then", "now",
    "but", "and", "so", "yet", "also", "later", "earlier", "by", "one", "last",
];

/// Prepositions, subordinators and adverbs that open an adverbial before a clause's subject.
#[rustfmt::skip]
pub const ADVERBIAL_OPENINGS: &[&str] = &[
    "after", "although", "amid", "as", "at", "because", "before", "by", "despite", "during",
    "following", "for", "given", "however", "if", "in", "instead", "like", "meanwhile", "now", "on",
    "once", "since", "still", "then", "though", "to", "today", "under", "unless", "unlike", "until",
    "when", "whether", "while", "with", "without", "yesterday", "yet", "also", "but", "and", "so",
    "ultimately", "eventually", "last", "this", "next", "earlier", "later",
];

/// Adverbs of when, how often or how openly that may stand between a cue and its content
/// ("said again he would run", "acknowledged privately that ...", "recognized long ago that").
/// Words of this set alone before "that" are adverbs; other plain words there are an object.
#[rustfmt::skip]
pub const ADVERBS_AFTER_CUE: &[&str] = &[
    "again", "ago", "already", "also", "earlier", "even", "ever", "first", "frequently", "however",
    "indeed", "instead", "later", "long", "never", "nonetheless", "now", "often", "once",
    "previously", "privately", "publicly", "recently", "repeatedly", "separately", "since", "still",
    "then", "though", "today", "tonight", "too", "twice", "yesterday",
];

/// Adverb particles that make a phrasal verb of the cue before them ("pushed back", "talked
/// up", "shouted out"): not the content's first word.
#[rustfmt::skip]
pub const VERB_PARTICLES: &[&str] = &[
    "back", "down", "off", "out", "up",
];

/// Prepositions after a particle of the cue that open its target ("pushed back against the
/// charge", "fired back at critics"): not content either.
#[rustfmt::skip]
pub const AFTER_PARTICLE_PREPOSITIONS: &[&str] = &[
    "about", "against", "at", "on", "over",
];

/// Subordinators after a final ", even" that make it a clause of the writer's ("even though",
/// "even as"); with other words "even" opens a phrase qualifying what is reported ("even in a
/// contested convention").
#[rustfmt::skip]
pub const CLAUSES_AFTER_EVEN: &[&str] = &[
    "after", "as", "before", "if", "since", "so", "though", "when", "while",
];

/// Words after "..., X said," that start something other than the rest of the content.
#[rustfmt::skip]
pub const NOT_RESUMING: &[&str] = &[
    "who", "which", "according", "and", "but", "citing", "referring", "calling", "adding",
];

/// Words that may follow a sentence-final "X said" without carrying content (weekdays are
/// checked apart).
#[rustfmt::skip]
pub const TAIL_STARTS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "last", "this", "yesterday", "today", "tonight",
    "earlier", "later", "recently", "of", "from", "while", "when", "as", "with", "via", "through",
    "by", "then", "also", "again", "afterward", "afterwards", "late", "early", "privately",
    "publicly", "repeatedly", "flatly", "simply", "bluntly", "outside",
];

/// Content openings that show the cue's object is missing (a relative clause or a reduced
/// passive); weekdays are checked apart.
#[rustfmt::skip]
pub const NO_OBJECT_STARTS: &[&str] = &[
    "in", "at", "during", "after", "before", "last", "yesterday", "today", "earlier", "later",
    "recently", "as", "by", "since", "while", "when", "upon",
];

/// Words after ", and" / ", but" that start a new clause with its own subject.
#[rustfmt::skip]
pub const NEW_CLAUSE_STARTS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "the", "there", "his", "her", "their",
];

/// Words after ", and" / ", but" that start a second predicate of the cue's subject: "said
/// the party must change, and has championed ...".
#[rustfmt::skip]
pub const SECOND_PREDICATE_AFTER_COMMA: &[&str] = &[
    "has", "had", "also", "later", "then", "now", "did", "does", "late", "ultimately",
];

/// Words after "but" that start a second predicate of the cue's subject: "said ... but has
/// since ...", "but did not".
#[rustfmt::skip]
pub const SECOND_PREDICATE_AFTER_BUT: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "also", "not", "did", "does",
];

/// Words after "and" (no comma) that start a second predicate of the same subject or a new
/// clause; [`SECOND_PREDICATE_AFTER_COMMA`] and [`SECOND_PREDICATE_AFTER_BUT`] are read after a
/// comma and after "but", where other words show the same.
#[rustfmt::skip]
pub const SECOND_PREDICATE_STARTS: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "would", "will", "did", "does", "also", "then",
    "even", "later", "he", "she", "they", "others", "now",
];

/// Words after a comma that start a trailing adverbial ("..., with ...", "..., despite ...").
#[rustfmt::skip]
pub const ADVERBIAL_STARTS: &[&str] = &[
    "given", "despite", "as",
];

/// First words of a content's last comma segment that describe rather than report.
#[rustfmt::skip]
pub const DESCRIPTION_STARTS: &[&str] = &[
    "a", "an", "the", "which", "who", "while", "even", "compared", "with", "when", "where",
    "despite", "although", "though", "whereas",
];

/// Words that start a finite predicate: auxiliaries, frequent adverbs and past forms of saying
/// (besides any past form in "-ed").
#[rustfmt::skip]
pub const PREDICATE_STARTS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did",
    "does", "also", "later", "then", "now", "still", "ultimately", "recently", "says", "said",
    "told", "wrote",
];

/// Irregular past forms that start a finite predicate after a relative clause set off by commas
/// ("Lee, who backs the plan, spoke ...", "..., held a meeting"): common verbs whose past form
/// is no base form and seldom a noun or adjective after a comma.
#[rustfmt::skip]
pub const IRREGULAR_PASTS: &[&str] = &[
    "became", "began", "bought", "brought", "built", "came", "chose", "drew", "drove", "fell",
    "felt", "fled", "flew", "fought", "found", "gave", "got", "grew", "heard", "held", "kept",
    "knew", "led", "left", "lost", "made", "meant", "met", "paid", "ran", "rose", "sat", "saw",
    "sent", "sold", "spent", "spoke", "stood", "struck", "swore", "taught", "threw", "took",
    "understood", "went", "withdrew", "won", "wore",
];

/// Modals that start a predicate after "that" besides [`PREDICATE_STARTS`] ("said that may
/// change"); kept apart, since `starts_predicate` is read without them elsewhere.
#[rustfmt::skip]
pub const MODAL_PREDICATE_STARTS: &[&str] = &[
    "may", "might", "should", "must",
];

/// Words opening a segment that is a subordinate clause or adverbial, not the main clause: "that
/// after the talks, the leaders might meet".
#[rustfmt::skip]
pub const SUBORDINATE_OPENINGS: &[&str] = &[
    "after", "if", "when", "while", "although", "though", "as", "because", "since", "before",
    "once", "unless", "until", "in", "despite", "with", "for", "by",
];

/// Words before "that" that make it no relative clause of a noun: conjunctions, forms of "be",
/// adjectives that take a clause ("sure that", "likely that"), "the fact that", "given that".
#[rustfmt::skip]
pub const NOT_NOUNS_BEFORE_THAT: &[&str] = &[
    "so", "now", "such", "and", "but", "or", "is", "was", "are", "were", "be", "been", "clear",
    "sure", "certain", "likely", "possible", "true", "aware", "convinced", "confident", "fact",
    "given", "except", "not",
];

/// Words at which the source after an inverted cue ends: "..., said former governor Ed Rendell,
/// who ...", "said Trump at a rally".
#[rustfmt::skip]
pub const INVERTED_SOURCE_ENDS: &[&str] = &[
    "for", "of", "at", "in", "with", "on", "from", "to", "during", "who", "and", "as",
];

/// Words after a participle that make it a reduced relative with no object: "the plan unveiled
/// on Monday", "a bill passed last week".
#[rustfmt::skip]
pub const REDUCED_RELATIVE_FOLLOWERS: &[&str] = &[
    "on", "in", "at", "by", "last", "this", "earlier",
];

/// Verbs and adjectives whose subject is also the subject of the infinitive after them: "went
/// on to say", "refused to endorse", "were quick to praise", "is trying to portray", "seemed to
/// acknowledge" (the cue is the infinitive's, not the appearance verb's). A cue in that
/// infinitive has the main clause's subject as its source ("on" stands for "went on").
#[rustfmt::skip]
pub const INFINITIVE_CONTROLLERS: &[&str] = &[
    "able", "appear", "appeared", "appears", "attempt", "attempted", "attempting", "attempts",
    "began", "begin", "beginning", "begins", "bothered", "careful", "continue", "continued",
    "continues", "continuing", "eager", "fail", "failed", "fails", "hastened", "hesitant",
    "inclined", "likely", "managed", "on", "quick", "ready", "refuse", "refused", "refuses",
    "refusing", "reluctant", "rushed", "seem", "seemed", "seems", "started", "struggled",
    "struggling", "tried", "tries", "try", "trying", "unable", "unlikely", "unwilling", "used",
    "willing",
];

/// Degree words between a subject and an adjective that controls an infinitive: "were more
/// likely to say", "is very quick to".
#[rustfmt::skip]
pub const DEGREE_WORDS: &[&str] = &[
    "less", "more", "most", "slightly", "so", "too", "very",
];

/// Adverbs set off by commas between a subject and its verb: "Critics, however, say ...".
#[rustfmt::skip]
pub const PARENTHETICAL_ADVERBS: &[&str] = &[
    "again", "also", "furthermore", "however", "indeed", "instead", "likewise", "meanwhile",
    "moreover", "nevertheless", "nonetheless", "now", "similarly", "still", "then", "therefore",
    "though", "too",
];
