//! Common given names whose gender is nearly always the same, for telling "she" from "he" where
//! a text gives no title. General English usage (and the names of public figures common in news),
//! not the coverage of any corpus; names used for both ("Lindsey", "Jordan") are left out.
//! One list for the extractor's pronoun resolution and the story's speaker identity; and the
//! other words of names: generational suffixes, particles ("de", "von"), names in "-ing" that
//! are no verb form, and the familiar forms of given names ("Bill" for "William").

/// Given names that are nearly always women's (sorted, lower-case).
#[rustfmt::skip]
pub const FEMALE_GIVEN: &[&str] = &[
    "abigail", "alexandra", "alexandria", "alice", "amanda", "amy", "andrea", "angela", "ann",
    "anna", "anne", "barbara", "betsy", "betty", "brenda", "carly", "carol", "caroline",
    "catherine", "celeste", "chelsea", "cheryl", "christina", "christine", "cindy", "claire",
    "cynthia", "debbie", "deborah", "denise", "diana", "diane", "dianne", "donna", "doris",
    "dorothy", "ekaterina", "elena", "elise", "elizabeth", "ellen", "emily", "emma", "evelyn",
    "fiona", "frances", "gloria", "grace", "hannah", "heather", "helen", "hillary", "hope", "huma",
    "ilhan", "irina", "ivana", "ivanka", "jane", "janet", "jean", "jeanne", "jennifer", "jessica",
    "jill", "joan", "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate",
    "katherine", "kathleen", "kathy", "katie", "kelly", "kellyanne", "kimberly", "kirsten",
    "laura", "lauren", "linda", "lisa", "liz", "loretta", "lyudmila", "margaret", "maria", "marie",
    "marilyn", "marine", "marsha", "martha", "mary", "megan", "megyn", "melania", "melissa",
    "michele", "michelle", "nancy", "natalia", "natalie", "nicole", "nikki", "nina", "olga",
    "olivia", "pamela", "patricia", "peggy", "rachel", "rebecca", "rose", "ruth", "samantha",
    "sandra", "sara", "sarah", "sharon", "sheryl", "sonia", "sophia", "stephanie", "susan",
    "svetlana", "tammy", "tatiana", "teresa", "theresa", "tiffany", "tulsi", "ursula", "valerie",
    "victoria", "viktoria", "virginia", "yulia",
];

/// Given names that are nearly always men's (sorted, lower-case).
#[rustfmt::skip]
pub const MALE_GIVEN: &[&str] = &[
    "aaron", "adam", "alan", "albert", "aleksandr", "alexander", "alexei", "andrew", "andrii",
    "andriy", "anthony", "antony", "arthur", "barack", "ben", "benjamin", "bernie", "bill", "bob",
    "boris", "brian", "bruce", "carl", "charles", "chris", "chuck", "corey", "dan", "daniel",
    "david", "dennis", "dick", "dmitri", "dmitry", "donald", "douglas", "edward", "emmanuel",
    "eric", "frank", "fred", "gary", "george", "gerald", "gregory", "harold", "harry", "henry",
    "j.d", "jack", "jacob", "jake", "james", "jared", "jason", "jd", "jeb", "jeff", "jeffrey",
    "jerry", "jim", "joe", "john", "jonathan", "joseph", "joshua", "justin", "keir", "keith",
    "kenneth", "kevin", "kirill", "larry", "lawrence", "lloyd", "marco", "mark", "matt", "matthew",
    "michael", "mike", "mitch", "mitt", "neil", "newt", "nicholas", "nikolai", "olaf", "patrick",
    "paul", "pete", "peter", "philip", "prescott", "ralph", "rand", "raymond", "recep", "reince",
    "rex", "richard", "robert", "roger", "ronald", "roy", "rudy", "russell", "ryan", "samuel",
    "scott", "sean", "sergei", "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim",
    "timothy", "tom", "viktor", "vladimir", "volodymyr", "walter", "william", "xi", "yuri",
];

/// Generational suffixes after a surname ("Jr.", "III"), folded.
#[rustfmt::skip]
pub const NAME_SUFFIXES: &[&str] = &[
    "jr", "sr", "ii", "iii", "iv",
];

/// Surnames and given names in "-ing" that are no verb form ("Manning", "Jennings"), folded.
#[rustfmt::skip]
pub const ING_NAMES: &[&str] = &[
    "manning", "fleming", "sterling", "irving", "channing", "harding", "browning", "golding",
    "pershing", "cushing", "redding", "jennings", "downing", "gehring", "corning", "dearing",
];

/// Lower-case particles inside a name after a capitalised word ("Bank of America", "Ursula von
/// der Leyen", "Bill de Blasio").
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "of", "de", "van", "von", "al", "bin", "la", "le", "du",
];

/// Whether a lower-case given name is a woman's (`Some(true)`), a man's (`Some(false)`), or
/// either or unknown (`None`).
pub fn is_female_given_name(given: &str) -> Option<bool> {
    if FEMALE_GIVEN.binary_search(&given).is_ok() {
        Some(true)
    } else if MALE_GIVEN.binary_search(&given).is_ok() {
        Some(false)
    } else {
        None
    }
}

/// Familiar forms of English given names and the formal names they stand for (space-separated),
/// read by `story::given_names` to tell whether two written names can be one person's.
pub const NICKNAMES: &[(&str, &str)] = &[
    ("abby", "abigail"),
    ("al", "albert alan allen alfred"),
    ("alex", "alexander alexandra"),
    ("andy", "andrew"),
    ("barb", "barbara"),
    ("becky", "rebecca"),
    ("ben", "benjamin"),
    ("bernie", "bernard"),
    ("beth", "elizabeth"),
    ("betsy", "elizabeth"),
    ("betty", "elizabeth"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("cathy", "catherine"),
    ("charlie", "charles"),
    ("chris", "christopher christine christian"),
    ("chuck", "charles"),
    ("cindy", "cynthia"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("don", "donald"),
    ("donnie", "donald"),
    ("doug", "douglas"),
    ("ed", "edward edwin"),
    ("eddie", "edward"),
    ("fred", "frederick"),
    ("gene", "eugene"),
    ("greg", "gregory"),
    ("hank", "henry"),
    ("harry", "henry harold"),
    ("herb", "herbert"),
    ("jack", "john"),
    ("jake", "jacob"),
    ("jeff", "jeffrey"),
    ("jenny", "jennifer"),
    ("jerry", "gerald jerome"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("johnny", "john"),
    ("jon", "jonathan"),
    ("josh", "joshua"),
    ("kate", "katherine catherine kathleen"),
    ("kathy", "katherine kathleen"),
    ("katie", "katherine kathleen"),
    ("ken", "kenneth"),
    ("kenny", "kenneth"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("lou", "louis"),
    ("maggie", "margaret"),
    ("marty", "martin"),
    ("matt", "matthew"),
    ("meg", "margaret"),
    ("mick", "michael"),
    ("mike", "michael"),
    ("mitch", "mitchell"),
    ("nate", "nathan nathaniel"),
    ("nick", "nicholas"),
    ("pat", "patrick patricia"),
    ("peggy", "margaret"),
    ("pete", "peter"),
    ("phil", "philip phillip"),
    ("ray", "raymond"),
    ("rich", "richard"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("ron", "ronald"),
    ("ronnie", "ronald"),
    ("rudy", "rudolph"),
    ("russ", "russell"),
    ("sam", "samuel samantha"),
    ("sandy", "sandra"),
    ("stan", "stanley"),
    ("steve", "steven stephen"),
    ("sue", "susan"),
    ("ted", "edward theodore"),
    ("teddy", "edward theodore"),
    ("terry", "terrence"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("tony", "anthony"),
    ("vicky", "victoria"),
    ("vince", "vincent"),
    ("walt", "walter"),
    ("will", "william"),
    ("zach", "zachary"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_without_repeats_and_share_no_name() {
        assert!(FEMALE_GIVEN.windows(2).all(|w| w[0] < w[1]));
        assert!(MALE_GIVEN.windows(2).all(|w| w[0] < w[1]));
        assert!(!FEMALE_GIVEN.iter().any(|f| MALE_GIVEN.contains(f)));
    }

    #[test]
    fn names_used_for_both_are_neither() {
        assert_eq!(is_female_given_name("michelle"), Some(true));
        assert_eq!(is_female_given_name("barack"), Some(false));
        assert_eq!(is_female_given_name("lindsey"), None);
    }
}
