//! Peoples and countries: demonyms and their countries, nationality words, countries and
//! capitals that speak, and the words for countries in general.

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

/// Lower-case names of the United States that clustering reads as "usa" ("U.S.", "America"); the
/// upper-case "US" is told from the pronoun "us" apart.
#[rustfmt::skip]
pub const US_NAMES: &[&str] = &[
    "u.s", "usa", "u.s.a", "america",
];

/// Nationality words a role can name ("the Russian president"): a role naming one excludes
/// entities whose titles name another. The peoples of [`DEMONYMS`] most in the news, and "us",
/// "u.s".
#[rustfmt::skip]
pub const NATIONALITIES: &[&str] = &[
    "us", "u.s", "american", "russian", "ukrainian", "hungarian", "british", "french", "german",
    "chinese", "israeli", "european",
];

/// Countries and capitals that speak through their governments ("Russia said", "Moscow
/// warned"): organisations. Unlike the countries of [`DEMONYMS`] (what a people's adjective
/// names, for clustering): the capitals, "america", "belarus", and the fewer countries the
/// extractor was set for.
#[rustfmt::skip]
pub const COUNTRIES_AND_CAPITALS: &[&str] = &[
    "russia", "ukraine", "hungary", "china", "iran", "israel", "germany", "france", "britain",
    "japan", "india", "turkey", "syria", "mexico", "canada", "poland", "america", "belarus",
    "moscow", "kyiv", "kiev", "washington", "beijing", "tehran", "budapest", "brussels", "london",
    "paris", "berlin", "ankara", "warsaw",
];

/// Words for several countries in general, of which each named country is an instance
/// ("relations between both countries" / "U.S.-Russia relations"). Only plurals: "the
/// country" mostly means one country known from the context, which may be any.
#[rustfmt::skip]
pub const COUNTRY_WORDS: &[&str] = &[
    "countries", "nations",
];
