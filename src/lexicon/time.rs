//! Words of time: days, months and their abbreviations, periods and the adverbs that say when;
//! and the magnitudes ("percent", "millions") that, like a date, make a sentence state a fact.

/// Days of the week.
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Months of the year ("may" among them: check the capital where it matters).
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Whether `w` (lower-case) names a day of the week.
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// Words that end a time phrase before a cue, which is then not the subject ("Wells Fargo this
/// month announced", "two years ago"): periods and the adverbs of when. [`is_time_word`] adds
/// the weekdays and the months but "may".
#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "month", "months", "week", "weeks", "year", "years", "day", "days", "morning", "afternoon",
    "evening", "night", "weekend", "time", "ago", "decade", "decades", "today", "yesterday",
    "tonight", "earlier", "later", "recently",
];

/// Periods that "last" / "this" / "next" / "earlier" turn into a time phrase after a cue ("said
/// last week", "this summer"); weekdays are checked apart. Unlike [`TIME_WORDS`]: no plurals,
/// months or adverbs, and the seasons.
#[rustfmt::skip]
pub const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "summer", "fall", "spring", "winter", "night", "morning",
    "afternoon", "evening",
];

/// Periods that "for" turns into a phrase of how long between a cue and its content ("declined
/// for years to ...", "has said for weeks he ..."). Plurals only: "for a week" is rarer and
/// "for the week" may be an object.
#[rustfmt::skip]
pub const DURATIONS: &[&str] = &[
    "days", "decades", "hours", "months", "weeks", "years",
];

/// Whether `w` (lower-case) ends a time phrase: one of [`TIME_WORDS`], a weekday, or a month
/// other than "may" (a modal far more often).
pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || is_weekday(w) || w != "may" && MONTHS.contains(&w)
}

/// Months as most often abbreviated, where the abbreviation is no other word ("Jan.", "Sept.";
/// not "Mar", "May").
#[rustfmt::skip]
pub const MONTH_ABBREVIATIONS: &[&str] = &["jan", "feb", "aug", "sept", "oct", "nov", "dec"];

/// Words of quantity that make a sentence state a figure ("40 percent", "millions", "dozens").
#[rustfmt::skip]
pub const MAGNITUDES: &[&str] = &[
    "percent", "million", "billion", "trillion", "thousand", "thousands", "hundreds", "dozens",
];
