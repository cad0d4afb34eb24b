//! Conventions of news writing and of the pages it comes in: abbreviations that end in a period,
//! and the labels of page furniture ("Photo:", "Editor's note", "OPINION").

/// Abbreviations whose period does not end a sentence ("Mr.", "Sen.", "U.S.", "Jan."), lower
/// case and without the final period.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "st", "jr",
    "sr", "inc", "co", "corp", "ltd", "vs", "no", "u.s", "u.n", "u.k", "d.c", "jan", "feb", "aug",
    "sept", "sep", "oct", "nov", "dec", "prof", "rev", "capt", "adm", "pres", "e.g", "i.e", "a.m",
    "p.m", "ft", "mt", "ave", "calif", "fla", "mass", "conn", "wash", "del", "ore",
];

/// First words of "Word: ..." lines that are page furniture or interviews, not a speaker.
#[rustfmt::skip]
pub const LINE_LABELS: &[&str] = &[
    "q", "a", "update", "note", "editor", "photo", "video", "source", "related", "read", "watch",
    "via", "credit", "image", "contributing", "twitter", "facebook", "instagram", "follow",
    "reporting", "editing", "subscribe", "share", "tags", "filed", "posted", "updated",
    "correction", "email", "more", "see", "also", "sources",
];

/// Capitals in a header that name a section or a label, not an outlet. Unlike [`LINE_LABELS`]
/// (the first word of a "Word: ..." line): the words of section headers.
#[rustfmt::skip]
pub const SECTION_LABELS: &[&str] = &[
    "abstract", "advertisement", "analysis", "breaking", "comment", "commentary", "editorial",
    "exclusive", "letters", "live", "news", "opinion", "update", "updated", "video", "watch",
];

/// Beginnings of the jobs a byline names after the author ("staff writer", "correspondent"):
/// a line with one is a byline, not an outlet.
#[rustfmt::skip]
pub const BYLINE_JOBS: &[&str] = &[
    "writer", "correspondent", "editor", "reporter", "staff", "contributor", "columnist",
];
