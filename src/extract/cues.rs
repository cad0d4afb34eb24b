//! Cue lexicons: the verbs and phrases that mark an attribution, with their inflections.
//!
//! Hand-written lists (speech, belief, intention, evidence verbs and "according to"-style
//! phrases). `lookup` maps any inflected form to its lemma entry; forms are built once.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What kind of attribution a cue verb makes; it drives confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Verbs of saying and writing: said, told, argued, tweeted.
    Speech,
    /// Beliefs, wishes and intentions: think, want, plan, hope.
    Mind,
    /// Evidence and stance: show, find, call, support, criticize.
    Stance,
}

/// A cue verb's lexicon entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lemma {
    pub lemma: &'static str,
    pub class: Class,
    /// Some forms are also common nouns ("a call", "the plans"): need a subject to count.
    pub noun_like: bool,
    /// Takes the addressee as object before the content ("told reporters that ...").
    pub addressee: bool,
    /// Only a cue with its particle ("pointed out", "lashed out at").
    pub needs_particle: bool,
    /// Only a cue after its content ("...," he continued).
    pub after_content_only: bool,
}

/// The grammatical form a cue word has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Base,
    ThirdPerson,
    Past,
    Participle,
    Ing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub lemma: &'static Lemma,
    pub form: Form,
}

// Flags after ':' — n: noun-like forms, a: addressee object.
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "talk:n", "speak", "continue:c", "muse", "portray", "echo", "express", "discuss", "cast:n",
    "order:n", "issue:n", "release:n", "offer:n", "reference:n", "retweet:n", "chant:n",
    "bemoan", "publish", "quote:n", "title:n", "project:n", "determine", "encourage",
    "request:n", "identify", "address:n", "nominate", "answer:n", "welcome:n", "embrace",
    "sound:n", "share:n", "rail", "elaborate", "weigh", "clash:n", "allude", "object:n",
    "vote:n", "read:n", "point:p", "lash:p", "back:n", "push:n", "side:n", "focus:n", "rule:n",
    "say",
    "tell:a",
    "add",
    "write",
    "note:n",
    "explain",
    "declare",
    "announce",
    "argue",
    "claim:n",
    "insist",
    "acknowledge",
    "admit",
    "deny",
    "warn:a",
    "predict",
    "recall",
    "respond",
    "reply",
    "tweet:n",
    "post:n",
    "comment:n",
    "remark:n",
    "observe",
    "stress:n",
    "emphasize",
    "caution:a",
    "contend",
    "assert",
    "concede",
    "confirm",
    "reveal",
    "disclose",
    "report:n",
    "allege",
    "complain",
    "boast",
    "brag",
    "joke:n",
    "quip:n",
    "mention",
    "repeat",
    "reiterate",
    "vow:n",
    "pledge:n",
    "promise:n",
    "threaten",
    "urge",
    "ask",
    "wonder",
    "accuse",
    "blame:n",
    "criticize",
    "praise:n",
    "slam",
    "blast:n",
    "dismiss",
    "reject",
    "defend",
    "describe",
    "call:n",
    "cite",
    "estimate:n",
    "propose",
    "recommend",
    "demand:n",
    "decline",
    "refuse",
    "testify",
    "counter",
    "retort",
    "lament",
    "hint:n",
    "imply",
    "tout",
    "endorse",
    "condemn",
    "decry",
    "denounce",
    "label:n",
    "dub",
    "term:n",
    "brand:n",
    "remind:a",
    "assure:a",
    "inform:a",
    "advise",
    "accuse",
    "question:n",
    "concur",
    "suggest",
    "indicate",
    "conclude",
    "explain",
    "apologize",
    "thank",
    "applaud",
    "attack:n",
    "mock",
    "ridicule",
    "declare",
    "proclaim",
    "pronounce",
    "characterize",
    "dispute:n",
    "challenge:n",
    "speculate",
    "insinuate",
    "opine",
    "shout",
    "acknowledge",
    "reaffirm",
    "affirm",
    "assert",
    "reassure:a",
    "invoke",
    "refer",
    "highlight",
    "signal:n",
    "plead",
    "beg",
    "chide",
    "scold",
    "rebuke",
    "fault",
    "question",
    "promote",
    "advocate:n",
    "pan",
    "hail",
    "compare",
    "liken",
    "summarize",
    "interrupt",
    "concede",
];

#[rustfmt::skip]
const MIND: &[&str] = &[
    "see:n", "remember", "convince", "foresee", "mean", "learn",
    "think",
    "believe",
    "know",
    "feel",
    "fear:n",
    "hope:n",
    "expect",
    "want",
    "wish:n",
    "plan:n",
    "intend",
    "worry:n",
    "doubt:n",
    "suspect:n",
    "assume",
    "agree",
    "disagree",
    "understand",
    "realize",
    "recognize",
    "consider",
    "view:n",
    "seek",
    "aim:n",
    "seem",
    "appear",
    "prefer",
    "guess",
    "imagine",
    "suppose",
    "decide",
    "oppose",
    "support:n",
    "favor:n",
    "regret",
    "insist",
    "envision",
    "reckon",
    "deem",
    "predict",
];

const STANCE: &[&str] = &["show:n", "find", "demonstrate", "confirm", "reveal", "prove", "suggest"];

/// Irregular forms: (form, lemma, form kind).
const IRREGULAR: &[(&str, &str, Form)] = &[
    ("stated", "declare", Form::Past),
    ("states", "declare", Form::ThirdPerson),
    ("said", "say", Form::Past),
    ("says", "say", Form::ThirdPerson),
    ("told", "tell", Form::Past),
    ("wrote", "write", Form::Past),
    ("written", "write", Form::Participle),
    ("writing", "write", Form::Ing),
    ("thought", "think", Form::Past),
    ("knew", "know", Form::Past),
    ("known", "know", Form::Participle),
    ("felt", "feel", Form::Past),
    ("found", "find", Form::Past),
    ("sought", "seek", Form::Past),
    ("understood", "understand", Form::Past),
    ("shown", "show", Form::Participle),
    ("spoke", "speak", Form::Past),
    ("spoken", "speak", Form::Participle),
    ("saw", "see", Form::Past),
    ("seen", "see", Form::Participle),
    ("cast", "cast", Form::Past),
    ("meant", "mean", Form::Past),
    ("read", "read", Form::Past),
    ("reads", "read", Form::ThirdPerson),
    ("foresaw", "foresee", Form::Past),
    ("learned", "learn", Form::Past),
    ("proven", "prove", Form::Participle),
];

/// Verbs whose final consonant doubles ("admitted", "referring").
/// Particles a cue verb takes before its content ("called for", "talked about").
pub fn takes_particle(lemma: &str, particle: &str) -> bool {
    match particle {
        "about" | "of" => true,
        "for" => matches!(
            lemma,
            "call"
                | "ask"
                | "argue"
                | "push"
                | "advocate"
                | "press"
                | "plead"
                | "vote"
                | "campaign"
                | "praise"
                | "blame"
                | "criticize"
                | "thank"
                | "apologize"
                | "fault"
                | "credit"
                | "slam"
                | "attack"
                | "hope"
                | "wish"
                | "back"
                | "express"
        ),
        "on" => matches!(
            lemma,
            "call"
                | "focus"
                | "comment"
                | "insist"
                | "agree"
                | "elaborate"
                | "weigh"
                | "reflect"
                | "rule"
                | "side"
                | "urge"
                | "vote"
                | "push"
                | "press"
                | "blame"
                | "slam"
                | "attack"
                | "remark"
                | "speak"
                | "talk"
        ),
        "out" => matches!(
            lemma,
            "point" | "speak" | "lash" | "rule" | "call" | "single" | "reach" | "spell"
        ),
        "against" => matches!(
            lemma,
            "warn"
                | "argue"
                | "speak"
                | "rail"
                | "caution"
                | "vote"
                | "push"
                | "side"
                | "campaign"
                | "testify"
                | "rule"
                | "lash"
        ),
        "to" => matches!(
            lemma,
            "point"
                | "refer"
                | "respond"
                | "object"
                | "reply"
                | "allude"
                | "speak"
                | "talk"
                | "confess"
        ),
        "with" => matches!(lemma, "agree" | "disagree" | "side" | "clash" | "concur"),
        "at" => matches!(lemma, "lash" | "point" | "rail" | "hint" | "jab"),
        "up" => matches!(lemma, "speak" | "bring" | "sum" | "back"),
        "over" => matches!(lemma, "worry" | "clash" | "complain"),
        _ => false,
    }
}

const DOUBLING: &[&str] = &[
    "admit", "refer", "plan", "slam", "pan", "concur", "quip", "dub", "regret", "forget", "compel",
    "confer", "occur",
];

/// The cue entry of `word` (lower-case), if it is a form of a cue verb.
pub fn lookup(word: &str) -> Option<Cue> {
    if RARELY_CUES.contains(&word) {
        return None;
    }
    forms().get(word).copied()
}

/// The cue entry of `word` even when it is rarely a cue on its own: for callers that have
/// checked the context ("voters support", "who backed").
pub fn lookup_any(word: &str) -> Option<Cue> {
    forms().get(word).copied()
}

/// Forms of cue verbs that mostly do something else in news text ("the plan means", "he
/// spoke for an hour", "a planned summit"): studied on PolNeAR train, where fewer than a
/// third of them marked an attribution.
#[rustfmt::skip]
const RARELY_CUES: &[&str] = &[
    "find", "mean", "means", "meant", "prove", "proved", "proves", "states", "spoke", "saw",
    "thought", "knew", "backed", "planned", "compared", "shared", "felt", "known", "considered",
    "support", "thanks", "attack", "attacks", "vote", "votes", "voted", "suppose", "supposed",
    "supporting", "feels", "embrace", "embraced", "meaning", "opposes", "favor", "favored",
    "address", "addressed", "expects", "share", "shares", "endorse", "recognize", "rules", "back",
    "appear", "pledged", "offers", "advised", "spoken", "add", "talking", "speaking", "determine",
    "offer", "identify", "requested", "push", "demonstrated",
];

fn forms() -> &'static HashMap<&'static str, Cue> {
    static FORMS: OnceLock<HashMap<&'static str, Cue>> = OnceLock::new();
    FORMS.get_or_init(build_forms)
}

fn lemmas() -> &'static [Lemma] {
    static LEMMAS: OnceLock<Vec<Lemma>> = OnceLock::new();
    LEMMAS.get_or_init(|| {
        let mut out: Vec<Lemma> = Vec::new();
        for (list, class) in [(SPEECH, Class::Speech), (MIND, Class::Mind), (STANCE, Class::Stance)]
        {
            for entry in list {
                let (lemma, flags) = entry.split_once(':').unwrap_or((entry, ""));
                if out.iter().any(|l| l.lemma == lemma) {
                    continue;
                }
                out.push(Lemma {
                    lemma,
                    class,
                    noun_like: flags.contains('n'),
                    addressee: flags.contains('a'),
                    needs_particle: flags.contains('p'),
                    after_content_only: flags.contains('c'),
                });
            }
        }
        out
    })
}

fn build_forms() -> HashMap<&'static str, Cue> {
    let mut map = HashMap::new();
    for lemma in lemmas() {
        for (form, kind) in regular_forms(lemma.lemma) {
            let form: &'static str = Box::leak(form.into_boxed_str());
            map.entry(form).or_insert(Cue { lemma, form: kind });
        }
    }
    for &(form, lemma, kind) in IRREGULAR {
        if let Some(l) = lemmas().iter().find(|l| l.lemma == lemma) {
            map.insert(form, Cue { lemma: l, form: kind });
        }
    }
    map
}

fn regular_forms(lemma: &str) -> Vec<(String, Form)> {
    let stem = lemma.strip_suffix('e');
    let y_stem = lemma.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    let doubled =
        DOUBLING.contains(&lemma).then(|| format!("{lemma}{}", &lemma[lemma.len() - 1..]));
    let base = doubled.as_deref().unwrap_or(lemma);
    let third =
        if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
            format!("{lemma}es")
        } else if let Some(s) = y_stem {
            format!("{s}ies")
        } else {
            format!("{lemma}s")
        };
    let past = match (stem, y_stem) {
        (Some(_), _) => format!("{lemma}d"),
        (_, Some(s)) => format!("{s}ied"),
        _ => format!("{base}ed"),
    };
    let ing = match stem {
        Some(s) if !lemma.ends_with("ee") => format!("{s}ing"),
        _ => format!("{base}ing"),
    };
    vec![
        (lemma.to_string(), Form::Base),
        (third, Form::ThirdPerson),
        (past, Form::Past),
        (ing, Form::Ing),
    ]
}

/// Multi-word cues that introduce their source: "according to X", "in the words of X".
pub const SOURCE_PHRASES: &[&[&str]] =
    &[&["according", "to"], &["in", "the", "words", "of"], &["as", "reported", "by"]];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inflected_forms() {
        assert_eq!(lookup("said").map(|c| c.lemma.lemma), Some("say"));
        assert_eq!(lookup("argued").map(|c| c.form), Some(Form::Past));
        assert_eq!(lookup("cautioned").map(|c| c.lemma.lemma), Some("caution"));
        assert_eq!(lookup("admitted").map(|c| c.lemma.lemma), Some("admit"));
        assert_eq!(lookup("denies").map(|c| c.lemma.lemma), Some("deny"));
        assert_eq!(lookup("noting").map(|c| c.form), Some(Form::Ing));
        assert!(lookup("calls").is_some_and(|c| c.lemma.noun_like));
        assert_eq!(lookup("table"), None);
    }
}
