//! Cue lexicons: the verbs and phrases that mark an attribution, with their inflections.
//!
//! The lists themselves live in `crate::lexicon::cues` (one row per lemma); here `lookup`
//! maps any inflected form to its lemma entry, built once.

use std::collections::HashMap;
use std::sync::OnceLock;

pub use crate::lexicon::cues::SOURCE_PHRASES;
use crate::lexicon::cues::{
    ANY_VERB_PARTICLES, CUE_VERBS, DOUBLING, IRREGULAR, PARTICLES, RARELY_CUES,
};
pub use crate::lexicon::{Class, Form};

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
    /// Every form is a cue before a particle of topic ("spoke about").
    pub topic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub lemma: &'static Lemma,
    pub form: Form,
}

/// Particles a cue verb takes before its content ("called for", "talked about").
pub fn takes_particle(lemma: &str, particle: &str) -> bool {
    ANY_VERB_PARTICLES.contains(&particle)
        || PARTICLES.iter().any(|(p, lemmas)| *p == particle && lemmas.contains(&lemma))
}

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

fn forms() -> &'static HashMap<&'static str, Cue> {
    static FORMS: OnceLock<HashMap<&'static str, Cue>> = OnceLock::new();
    FORMS.get_or_init(build_forms)
}

fn lemmas() -> &'static [Lemma] {
    static LEMMAS: OnceLock<Vec<Lemma>> = OnceLock::new();
    LEMMAS.get_or_init(|| {
        CUE_VERBS
            .iter()
            .map(|r| Lemma {
                lemma: r.lemma,
                class: r.class,
                noun_like: r.flags.contains('n'),
                addressee: r.flags.contains('a'),
                needs_particle: r.flags.contains('p'),
                after_content_only: r.flags.contains('c'),
                topic: r.flags.contains('t'),
            })
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inflected_forms() {
        assert_eq!(lookup("said").map(|c| c.lemma.lemma), Some("say"));
        assert_eq!(lookup("argued").map(|c| c.form), Some(Form::Past));
        assert_eq!(lookup("cautioned").map(|c| c.lemma.lemma), Some("caution"));
        assert_eq!(lookup("admitted").map(|c| c.lemma.lemma), Some("admit"));
        assert_eq!(lookup("preferred").map(|c| c.form), Some(Form::Past));
        assert_eq!(lookup("denies").map(|c| c.lemma.lemma), Some("deny"));
        assert_eq!(lookup("noting").map(|c| c.form), Some(Form::Ing));
        assert!(lookup("calls").is_some_and(|c| c.lemma.noun_like));
        assert_eq!(lookup("table"), None);
    }
}
