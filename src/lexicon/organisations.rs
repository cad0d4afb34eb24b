//! Words for organisations: what makes a name an organisation's, named organisations, news
//! media, and the polls and reports that state findings.

/// Words that make a capitalised name an organisation's ("the Justice Department", "Fox News",
/// "the Kremlin"), outlets and agencies among them; the extractor's entities.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "kremlin", "house", "department", "ministry", "party", "committee", "campaign", "times", "post",
    "news", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "reuters", "press", "agency", "council",
    "commission", "office", "government", "court", "congress", "senate", "university", "institute",
    "foundation", "bank", "fund", "inc", "corp", "group", "association", "union", "administration",
    "pentagon", "nato", "eu", "journal", "tribune", "politico", "bloomberg", "tass", "poll",
    "center", "centre", "club", "company", "network", "magazine", "daily", "gazette", "service",
    "bureau", "board", "organization", "alliance", "coalition", "caucus", "parliament", "cabinet",
    "fbi", "cia", "gop", "dnc", "rnc", "twitter", "facebook", "kyiv", "moscow", "washington",
    "beijing", "ap", "afp", "bbc", "npr", "axios", "guardian", "telegraph", "review", "survey",
    "study", "report", "embassy", "police", "army", "military", "school", "college", "television",
    "tv", "radio", "channel", "quinnipiac", "gallup", "pew",
];

/// Heads of a determiner phrase that make it an organisation speaking ("the campaign", "a new
/// poll", "the data"). Unlike [`ORG_WORDS`]: lower-case nouns of common speech, studies and
/// documents among them.
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "campaign", "government", "administration", "ministry", "company", "poll", "report", "study",
    "survey", "agency", "committee", "department", "kremlin", "white", "statement", "analysis",
    "data", "research", "polls", "article", "paper", "newspaper", "network", "website", "group",
];

/// Last words that make a speaker an organisation across a story ("the Pentagon", "the
/// foreign ministry"). Unlike [`ORG_WORDS`]: no outlets or places, which the story reads as
/// names.
#[rustfmt::skip]
pub const ORGANIZATION_HEADS: &[&str] = &[
    "administration", "agency", "army", "assembly", "association", "bank", "board", "bureau",
    "cabinet", "caucus", "center", "centre", "club", "coalition", "college", "commission",
    "committee", "company", "congress", "convention", "corporation", "council", "court",
    "department", "embassy", "federation", "foundation", "fund", "government", "inc", "institute",
    "journal", "kremlin", "league", "ltd", "magazine", "ministry", "nato", "network", "newspaper",
    "office", "parliament", "party", "pentagon", "police", "post", "school", "senate", "service",
    "times", "union", "university",
];

/// Whole names of organisations whose last word is no organisation word ("the White House",
/// "the European Union", "Reuters").
#[rustfmt::skip]
pub const NAMED_ORGANIZATIONS: &[&str] = &[
    "white house", "eu", "un", "united nations", "european union", "reuters", "tass", "ap",
];

/// Where statements are made: "on Twitter", "on CNN". Most are in [`ORG_WORDS`] too, which
/// names organisations; this set is read after "on" / "via" and adds the platforms.
#[rustfmt::skip]
pub const MEDIA: &[&str] = &[
    "twitter", "facebook", "instagram", "youtube", "cnn", "msnbc", "fox", "nbc", "abc", "cbs",
    "npr", "television", "radio",
];

/// Nouns for polls and reports that state findings, in a line opening "A new poll, ...". Unlike
/// [`ORG_HEADS`] (a speaking organisation): plurals, "tally", "findings", no bodies.
#[rustfmt::skip]
pub const EVIDENCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "average", "study", "report", "analysis", "tally",
    "polling", "findings",
];
