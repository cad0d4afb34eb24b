//! Words for people: titles and roles before a name, role heads, descriptors, the words that
//! tell a woman from a man, groups (heads, openers, closers, plurals), relatives, and people as
//! the subject of a stance or the one something seems so to.

/// Words of titles, offices and roles that may stand before a name: "President", "Sen.",
/// "former", "Hungarian". A name's entity is the words after the last of them.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "secretary",
    "minister", "prime", "former", "vice", "chancellor", "gen", "general", "professor", "prof",
    "chairman", "ceo", "spokesman", "spokeswoman", "ambassador", "director", "leader", "judge",
    "justice", "speaker", "state", "foreign", "defense", "deputy", "mayor", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "candidate", "nominee",
    "frontrunner", "presidential", "democratic", "republican", "gop", "u.s", "us", "russian",
    "ukrainian", "hungarian", "american", "british", "french", "german", "chinese", "israeli",
    "european", "lt", "col", "sgt", "capt", "adm", "rev", "attorney", "house", "senate", "majority",
    "minority", "whip", "chief", "commander", "king", "queen", "pope", "sir", "lord", "dame", "mp",
    "envoy", "special", "adviser", "advisor", "aide", "official", "the", "of",
];

/// Role nouns that make "the US president", "a senior official" a person's role, resolved to the
/// entity with that title. Unlike [`TITLES`] (words before a name): the heads only, with jobs
/// that are no title ("historian", "billionaire"), no qualifiers ("former", "Russian").
#[rustfmt::skip]
pub const ROLES: &[&str] = &[
    "president", "leader", "minister", "official", "spokesman", "spokeswoman", "senator",
    "governor", "candidate", "nominee", "professor", "historian", "analyst", "expert", "chancellor",
    "secretary", "ambassador", "chief", "head", "director", "author", "writer", "researcher",
    "frontrunner", "businessman", "billionaire", "congressman", "congresswoman", "lawmaker", "aide",
    "adviser", "advisor", "strategist", "economist", "scholar", "founder", "ceo", "chairman",
    "host", "mogul", "democrat", "republican", "envoy", "diplomat", "scientist",
];

/// Words that end a speaker's role, the head its qualifiers describe ("former Russian foreign
/// **minister**"). Folded. Unlike [`TITLES`]: no nationalities or parties (those qualify);
/// unlike [`ROLES`]: titles of address ("Mr", "Sen") and ranks, read by `story::names`.
#[rustfmt::skip]
pub const ROLE_HEADS: &[&str] = &[
    "adviser", "advisor", "aide", "ambassador", "analyst", "captain", "ceo", "chairman",
    "chairwoman", "chancellor", "chief", "colonel", "commander", "correspondent", "defence",
    "defense", "deputy", "fr", "diplomat", "director", "dr", "economist", "editor", "envoy",
    "expert", "fellow", "foreign", "former", "general", "gov", "governor", "head", "historian",
    "journalist", "judge", "justice", "king", "lawmaker", "leader", "lieutenant", "mayor", "member",
    "minister", "mr", "mrs", "ms", "officer", "official", "pope", "premier", "pres", "president",
    "prime", "prof", "professor", "queen", "rep", "rev", "representative", "secretary", "sen",
    "senator", "sergeant", "spokesman", "spokesperson", "spokeswoman", "vice",
];

/// Descriptors that open a capitalised run before a name but are no part of it ("Democrat
/// Hillary Clinton", "Vermonter Bernie Sanders", "Billionaire Donald Trump"). Sorted, folded.
#[rustfmt::skip]
pub const DESCRIPTORS: &[&str] = &[
    "activist", "actor", "actress", "ag", "ally", "anchor", "attorney", "author", "billionaire",
    "businessman", "businesswoman", "californian", "candidate", "celebrity", "challenger",
    "columnist", "comedian", "commentator", "communist", "congressman", "congresswoman",
    "conservative", "contender", "critic", "democrat", "democratic", "democrats", "developer",
    "disgraced", "embattled", "ex", "fascist", "floridian", "frontrunner", "gop", "hopeful", "host",
    "impeach", "incumbent", "independent", "lawyer", "liberal", "longtime", "magnate", "mogul",
    "nationalist", "nominee", "ohioan", "opponent", "outgoing", "pollster", "populist",
    "presidential", "progressive", "pundit", "rapper", "republican", "republicans", "rival",
    "senators", "singer", "socialist", "star", "strategist", "supporter", "texan", "tycoon",
    "vermonter", "veteran", "writer",
];

/// Plural nouns that make a speaker a group ("Ukrainian officials", "Republican lawmakers").
#[rustfmt::skip]
pub const GROUP_HEADS: &[&str] = &[
    "allies", "analysts", "authorities", "citizens", "critics", "democrats", "diplomats",
    "economists", "experts", "historians", "investors", "lawmakers", "leaders", "members",
    "ministers", "observers", "officials", "people", "protesters", "republicans", "residents",
    "soldiers", "sources", "voters",
];

/// Words for relatives: "Trump's wife", "the son of" name another person than the name in them.
#[rustfmt::skip]
pub const KINSHIP_WORDS: &[&str] = &[
    "wife", "husband", "widow", "son", "daughter", "brother", "sister", "father", "mother", "dad",
    "mom", "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "cousin",
    "uncle", "aunt", "spouse", "stepson", "stepdaughter",
];

/// Titles and role words that say a person is a woman ("Mrs.", "congresswoman").
#[rustfmt::skip]
pub const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
];

/// Titles and role words that say a person is a man ("Mr.", "congressman").
#[rustfmt::skip]
pub const MALE_TITLES: &[&str] = &[
    "mr", "spokesman", "chairman", "congressman", "businessman",
];

/// Besides [`FEMALE_TITLES`], words opening a speaker's alias that say she is a woman:
/// pronouns and titles of nobility. ("first lady" never matches the alias's first word alone;
/// kept as it was.)
#[rustfmt::skip]
pub const FEMALE_WORDS: &[&str] = &[
    "she", "her", "first lady", "queen", "lady",
];

/// Besides [`MALE_TITLES`], words opening a speaker's alias that say he is a man.
#[rustfmt::skip]
pub const MALE_WORDS: &[&str] = &[
    "he", "him", "his", "king", "sir", "lord",
];

/// Words opening a name that make it a group or a movement ("Team Trump", "Never Trump"), folded.
#[rustfmt::skip]
pub const GROUP_OPENERS: &[&str] = &[
    "team", "never", "anti", "pro", "friends", "stop", "dump",
];

/// Words closing a name that make it a group ("Trump supporters", "Clinton camp"), folded.
#[rustfmt::skip]
pub const GROUP_CLOSERS: &[&str] = &[
    "campaign", "camp", "supporters", "backers", "loyalists", "aides", "staff", "staffers", "team",
    "family", "movement", "base", "voters", "surrogates", "allies", "advisers", "advisors",
    "delegates", "fans", "donors",
];

/// Plurals of parties, camps and peoples that name a group in one word ("Republicans said"), in
/// the extractor's entities. Unlike [`GROUP_HEADS`] (the story's last word of a group, after
/// qualifiers): capitalised names of a whole party or people.
#[rustfmt::skip]
pub const GROUP_PLURALS: &[&str] = &[
    "republicans", "democrats", "conservatives", "liberals", "americans", "russians", "ukrainians",
    "europeans",
];

/// Whom something seems so to, right after "seems to" / "appeared to" besides a name: object
/// pronouns, "many", "some", "voters".
#[rustfmt::skip]
pub const SEEMS_TO_WHOM: &[&str] = &[
    "me", "us", "him", "her", "them", "many", "some", "voters",
];

/// People whose "support" / "favor" / "endorse" right after them is a cue: plural and first-
/// and second-person pronouns, voters, parties and peoples.
#[rustfmt::skip]
pub const STANCE_HOLDERS: &[&str] = &[
    "i", "we", "they", "you", "voters", "people", "americans", "republicans", "democrats",
];

/// Words for a share of people that stand for them ("a majority said", "most believe"); shares
/// in "%" and "-thirds" are read apart.
#[rustfmt::skip]
pub const SHARES_OF_PEOPLE: &[&str] = &[
    "majority", "majorities", "half", "most", "many", "both",
];
