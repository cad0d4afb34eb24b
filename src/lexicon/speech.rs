//! Words around speaking: to whom (addressees), where (occasions), through what (documents,
//! what was said), the verbs and nouns of releasing, attitude, asking and naming, and the nouns
//! that clearly speak (polls, officials).

/// Words that can stand as the addressee between a cue and its content ("told reporters that",
/// "told the crowd"), besides capitalised names.
#[rustfmt::skip]
pub const ADDRESSEE_WORDS: &[&str] = &[
    "reporters", "the", "a", "an", "his", "her", "supporters", "voters", "him", "them", "me", "us",
    "audience", "crowd",
];

/// Occasions of speaking that a final phrase names as where something was said: "in an
/// interview", "during a campaign speech", "at a rally". Fewer than [`SPEECH_EVENTS`]: a
/// phrase after one word only.
#[rustfmt::skip]
pub const SPEAKING_OCCASIONS: &[&str] = &[
    "interview", "speech", "statement", "rally", "tweet", "post",
];

/// Occasions of speaking after an article: "in a statement", "at a rally", "in an interview",
/// "at a town hall".
#[rustfmt::skip]
pub const SPEECH_EVENTS: &[&str] = &[
    "statement", "interview", "speech", "rally", "press", "news", "debate", "tweet", "letter",
    "email", "op-ed", "town", "hearing", "conference", "campaign", "event", "fundraiser", "post",
    "video", "ad", "radio", "televised", "recent", "series",
];

/// Things released or issued that carry someone's words: "released a statement saying ...".
#[rustfmt::skip]
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "statements", "letter", "report", "memo", "ad", "video", "message", "email",
    "release", "tweet", "post", "op-ed", "column", "note",
];

/// What a source can speak through: "a statement from the Kremlin" is the Kremlin speaking.
/// Unlike [`DOCUMENT_NOUNS`] (issued, with a saying after them): interviews, filings, readouts
/// and transcripts, no ads or columns.
#[rustfmt::skip]
pub const SPOKEN_THROUGH: &[&str] = &[
    "statement", "statements", "report", "release", "letter", "interview", "post", "tweet", "memo",
    "filing", "readout", "message", "transcript", "video",
];

/// Nouns that name something said ("his only comment was, ..."): the words themselves, where
/// [`SPOKEN_THROUGH`] and [`DOCUMENT_NOUNS`] name what carries them.
#[rustfmt::skip]
pub const SAYING_NOUNS: &[&str] = &[
    "comment", "comments", "statement", "response", "reply", "answer", "message", "words",
    "reaction", "remark", "remarks", "verdict", "explanation", "advice", "warning",
];

/// Verbs that put out a document: "issued a statement saying ...".
#[rustfmt::skip]
pub const RELEASE_VERBS: &[&str] = &[
    "release", "issue", "publish", "post", "send", "put",
];

/// Participles and words that open what a document says: "a statement saying ...", "a letter
/// that ...".
#[rustfmt::skip]
pub const DOCUMENT_SAYS: &[&str] = &[
    "saying", "stating", "declaring", "announcing", "calling", "describing", "urging", "detailing",
    "deploring", "condemning", "praising", "questioning", "that", "arguing", "warning", "claiming",
    "asserting", "insisting", "accusing", "demanding",
];

/// Verbs that state an attitude through a noun: "expressed support for ...".
#[rustfmt::skip]
pub const ATTITUDE_VERBS: &[&str] = &[
    "express", "voice", "signal", "show",
];

/// Nouns of attitude a verb of [`ATTITUDE_VERBS`] states: "voiced concern over ...".
#[rustfmt::skip]
pub const ATTITUDE_NOUNS: &[&str] = &[
    "support", "opposition", "concern", "concerns", "interest", "confidence", "optimism", "doubt",
    "doubts", "skepticism", "frustration", "anger", "disappointment", "sympathy", "fear", "fears",
    "worry", "worries", "outrage", "regret", "admiration", "disapproval", "approval", "sign",
    "signs", "reservations", "hope", "hopes", "openness", "willingness", "alarm", "dismay",
    "displeasure", "gratitude", "solidarity", "unease",
];

/// Prepositions that open what an attitude is about: "concern about", "support for".
#[rustfmt::skip]
pub const ATTITUDE_PREPOSITIONS: &[&str] = &[
    "about", "for", "over", "with", "of", "on", "at", "toward", "towards", "in", "against",
];

/// Verbs of asking whose object is the person asked: "asked Sanders whether", "questioned
/// him about", "pressed the candidates on how".
#[rustfmt::skip]
pub const ASKING_VERBS: &[&str] = &[
    "ask", "press", "challenge", "question", "quiz", "query", "poll", "survey",
];

/// Speech-class verbs whose object is usually a noun phrase, not a clause.
#[rustfmt::skip]
pub const NP_SPEECH_VERBS: &[&str] = &[
    "endorse", "criticize", "praise", "call", "cite", "describe", "reject", "defend", "condemn",
    "denounce", "attack", "blast", "slam", "mock", "dismiss", "label", "dub", "brand", "tout",
    "hail", "thank", "blame", "accuse", "discuss", "mention", "release", "issue", "publish",
    "offer", "propose", "recommend", "request", "demand", "urge", "nominate", "name",
];

/// Nouns that head a clear subject of a noun-like cue ("the poll shows", "officials say"):
/// evidence, documents and people that speak. Wider than [`super::EVIDENCE_NOUNS`] (a line
/// opening with a poll); its people are mostly of [`super::GROUP_HEADS`].
#[rustfmt::skip]
pub const CLEAR_SUBJECT_HEADS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "data", "polling", "filings",
    "emails", "video", "report", "reports", "research", "numbers", "results", "analysis", "records",
    "documents", "evidence", "figures", "officials", "critics", "experts", "analysts", "voters",
    "people", "republicans", "democrats", "supporters", "campaign", "administration", "percent",
];

/// Bare stance verbs that are usually nouns ("the support", "a favor"), verbs after a plural
/// subject, "who" or an auxiliary: "senators support a cap", "who would back Lee".
#[rustfmt::skip]
pub const RARE_STANCE_VERBS: &[&str] = &[
    "back", "endorse", "favor", "support",
];

/// Cue lemmas of describing something "as" what it is, whose object can be a relative pronoun
/// before the subject ("which he described as ...", "whom they view as ..."); "see" and
/// "regard" stay out ("what he sees as" is the writer's paraphrase more often than not).
#[rustfmt::skip]
pub const DESCRIBING_AS_VERBS: &[&str] = &[
    "characterize", "describe", "view",
];

/// Cue lemmas that also name a thing: "a company called Cambridge Analytica", "a group named
/// ..." (past participles after an indefinite noun phrase).
#[rustfmt::skip]
pub const NAMING_VERBS: &[&str] = &[
    "call", "dub", "title", "label", "term", "name",
];

/// Words besides determiners that open a plural noun of reports: "new polls", "recent
/// reports", "media reports".
#[rustfmt::skip]
pub const REPORT_PLURAL_OPENERS: &[&str] = &[
    "new", "recent", "latest", "early", "news", "media",
];
