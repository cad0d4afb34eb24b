//! Document-level entities: who each source mention refers to.
//!
//! Names become entities (titles stripped, surnames and fuller names merged: "Mr. Trump",
//! "President Donald Trump"); pronouns resolve to the latest fitting source; definite roles
//! ("the Hungarian leader") resolve through the titles and descriptions seen with each name.

use std::collections::HashMap;

use super::candidate::Candidate;
use super::sentences::Doc;
use super::sources::{noun_phrase_ending_at, Mention};
use super::Entity;
use crate::lexicon::given_names::is_female_given_name;
use crate::lexicon::{
    COUNTRIES_AND_CAPITALS, DETERMINERS, FEMALE_TITLES, GROUP_PLURALS, HEAD_PREPOSITIONS,
    MALE_TITLES, NATIONALITIES, NEVER_IN_NAMES, OBJECT_POSSESSIVE_PRONOUNS, ORG_HEADS, ORG_WORDS,
    ROLES, SPOKEN_THROUGH, TITLES,
};
use crate::model::SpeakerKind;

#[derive(Default)]
struct Builder {
    entity: Entity,
    /// Lower-case words of titles and descriptions, for roles.
    context: Vec<String>,
}

/// Resolves the sources of `found` to entities; returns them with each attribution's entity.
pub fn resolve_entities(doc: &Doc, found: &[Candidate]) -> (Vec<Entity>, Vec<Option<usize>>) {
    let mut builders: Vec<Builder> = Vec::new();
    let mut index = NameIndex::default();
    let mut links: Vec<Option<usize>> = vec![None; found.len()];
    for (k, f) in found.iter().enumerate() {
        let Some(m) = f.source.or(f.speaker_hint) else { continue };
        let floor = doc.sentences[f.sentence].start;
        let named = name_mention(doc, floor, m);
        links[k] = named.and_then(|m| link_name(doc, m, &mut builders, &mut index));
    }
    let mentions = scan_name_mentions(doc, &mut builders, &mut index);
    let context = References::new(found, &mentions);
    for (k, f) in found.iter().enumerate() {
        if links[k].is_some() {
            continue;
        }
        let Some(m) = f.source.or(f.speaker_hint) else { continue };
        links[k] = resolve_reference(doc, m, k, &context, &links, &builders);
    }
    keep_referenced(builders, links)
}

/// Drops the entities no attribution refers to (people only mentioned), renumbering links.
fn keep_referenced(
    builders: Vec<Builder>,
    links: Vec<Option<usize>>,
) -> (Vec<Entity>, Vec<Option<usize>>) {
    let mut new_index = vec![None; builders.len()];
    let mut referenced = vec![false; builders.len()];
    for &k in links.iter().flatten() {
        referenced[k] = true;
    }
    let mut entities = Vec::new();
    for (k, b) in builders.into_iter().enumerate() {
        if referenced[k] {
            new_index[k] = Some(entities.len());
            entities.push(b.entity);
        }
    }
    let links = links.into_iter().map(|l| l.and_then(|k| new_index[k])).collect();
    (entities, links)
}

/// The naming mention behind `m`: itself, or for "..., who said" the phrase before the comma.
fn name_mention(doc: &Doc, floor: usize, m: Mention) -> Option<Mention> {
    let w = doc.low(m.start);
    // "Ukrainian officials gathered in Washington" names the officials.
    let prep = (m.start + 1..m.end).find(|&k| HEAD_PREPOSITIONS.contains(&doc.low(k)));
    if let Some(p) = prep {
        let mut end = p;
        if doc.low(end - 1).ends_with("ed") && end - 1 > m.start {
            end -= 1;
        }
        if SPOKEN_THROUGH.contains(&doc.low(end - 1)) && p + 1 < m.end {
            return Some(Mention { start: p + 1, end: m.end, description: None });
        }
        return Some(Mention { start: m.start, end, description: None });
    }
    if m.end - m.start == 1 && matches!(w, "who" | "which" | "that") {
        let comma = m.start.checked_sub(1).filter(|&c| c > floor && doc.is_punct(c, ','))?;
        let (start, end) = noun_phrase_ending_at(doc, floor, comma.checked_sub(1)?)?;
        return Some(Mention { start, end, description: None });
    }
    Some(m)
}

/// Makes or finds the entity a naming mention (a name, a group, an organisation) refers to.
fn link_name(
    doc: &Doc,
    m: Mention,
    builders: &mut Vec<Builder>,
    index: &mut NameIndex,
) -> Option<usize> {
    let only = doc.low(m.start);
    let pronoun = crate::lexicon::PRONOUNS.contains(&only) || is_object_or_possessive(only);
    if m.end - m.start == 1 && pronoun {
        // "He said ...": capitalised at the sentence start, still a pronoun; "his call for"
        // is resolved like "he".
        return None;
    }
    let last = m.end - 1;
    let capitalized = doc.is_capitalized(last);
    let head = doc.low(last);
    let description = m.description.map(|(a, b)| doc.span(a, b).slice(doc.text).trim().to_string());
    let (name, kind, titles) = if capitalized {
        let words: Vec<usize> = (m.start..m.end).filter(|&i| doc.is_word(i)).collect();
        let org = words.iter().any(|&i| {
            ORG_WORDS.contains(&doc.low(i).trim_end_matches("’s").trim_end_matches("'s"))
        }) || words.len() == 1 && is_country(doc.low(words[0]));
        if org {
            (
                doc.span(m.start, m.end).slice(doc.text).to_string(),
                SpeakerKind::Organization,
                vec![],
            )
        } else {
            let split =
                words.iter().rposition(|&i| TITLES.contains(&doc.low(i))).map_or(0, |p| p + 1);
            let name_words = &words[split..];
            if name_words.is_empty() {
                return None;
            }
            let name = doc.span(name_words[0], *name_words.last()? + 1).slice(doc.text).to_string();
            let titles = words[..split].iter().map(|&i| doc.low(i).to_string()).collect();
            let group = name_words.len() == 1
                && head.ends_with('s')
                && !head.ends_with("ss")
                && GROUP_PLURALS.contains(&head);
            (name, if group { SpeakerKind::Group } else { SpeakerKind::Person }, titles)
        }
    } else if is_unnamed_source(doc, m, head) {
        return None;
    } else if let Some(role) = indefinite_role(doc, m, head) {
        (role, SpeakerKind::Person, vec![])
    } else if ORG_HEADS.contains(&head) {
        (trim_determiner(doc, m), SpeakerKind::Organization, vec![])
    } else if head.ends_with('s')
        && !head.ends_with("ss")
        && !ROLES.contains(&head)
        && m.end - m.start <= 4
    {
        (trim_determiner(doc, m), SpeakerKind::Group, vec![])
    } else {
        return None;
    };
    let name = name.trim_end_matches("’s").trim_end_matches("'s").to_string();
    let at = find_entity(builders, index, &name, kind).unwrap_or_else(|| {
        builders.push(Builder {
            entity: Entity { name: name.clone(), kind, ..Entity::default() },
            context: vec![],
        });
        builders.len() - 1
    });
    let b = &mut builders[at];
    add_name(b, &name);
    index.note(at, b, &name);
    b.context.extend(titles);
    if let Some(d) = description.filter(|d| !d.is_empty()) {
        b.context.extend(
            d.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()),
        );
        if !b.entity.descriptions.contains(&d) {
            b.entity.descriptions.push(d);
        }
    }
    Some(at)
}

fn trim_determiner(doc: &Doc, m: Mention) -> String {
    let start =
        if m.end - m.start > 1 && doc.low(m.start) == "the" { m.start + 1 } else { m.start };
    doc.span(start, m.end).slice(doc.text).to_string()
}

fn surname(name: &str) -> &str {
    name.rsplit(' ')
        .next()
        .unwrap_or(name)
        .trim_end_matches(['\'', '’', 's'])
        .trim_end_matches(['\'', '’'])
}

/// The builders each lower-case alias and person surname belongs to, so that finding the entity
/// of a name looks at a few candidates, not at every entity of the document (a text naming
/// thousands of people stays linear). Entries may be stale (a name grew); callers re-check
/// every candidate with the full condition, in builder order, as a scan would.
#[derive(Default)]
struct NameIndex {
    by_alias: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
}

impl NameIndex {
    /// Records builder `at` after `alias` was added to it (its name may have changed too).
    fn note(&mut self, at: usize, b: &Builder, alias: &str) {
        index_builder(self.by_alias.entry(alias.to_ascii_lowercase()).or_default(), at);
        if b.entity.kind == SpeakerKind::Person {
            let key = surname(&b.entity.name).to_ascii_lowercase();
            index_builder(self.by_surname.entry(key).or_default(), at);
        }
    }

    /// Builders that may have this alias or (for people) this surname, in builder order.
    fn candidates(&self, name: &str, person: bool) -> Vec<usize> {
        let alias = self.by_alias.get(&name.to_ascii_lowercase());
        let sur = if person { self.surnamed(surname(name)) } else { &[] };
        let mut found: Vec<usize> = alias.into_iter().flatten().chain(sur).copied().collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    fn surnamed(&self, sur: &str) -> &[usize] {
        self.by_surname.get(&sur.to_ascii_lowercase()).map_or(&[], Vec::as_slice)
    }
}

fn index_builder(list: &mut Vec<usize>, at: usize) {
    if let Err(i) = list.binary_search(&at) {
        list.insert(i, at);
    }
}

fn find_entity(
    builders: &[Builder],
    index: &NameIndex,
    name: &str,
    kind: SpeakerKind,
) -> Option<usize> {
    let candidates = index.candidates(name, kind == SpeakerKind::Person);
    candidates.into_iter().find(|&at| {
        let b = &builders[at];
        let e = &b.entity;
        e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            || e.kind == kind
                && kind == SpeakerKind::Person
                && surname(&e.name).eq_ignore_ascii_case(surname(name))
    })
}

/// Records `name` as an alias; a fuller form of the same person becomes the entity's name.
fn add_name(b: &mut Builder, name: &str) {
    if !b.entity.aliases.iter().any(|a| a == name) {
        b.entity.aliases.push(name.to_string());
    }
    if name.split(' ').count() > b.entity.name.split(' ').count()
        && b.entity.kind == SpeakerKind::Person
    {
        b.entity.name = name.to_string();
    }
}

/// Every capitalised run in the text that names a known person: (token, entity). Fuller
/// names and titles found this way are added to the entity.
fn scan_name_mentions(
    doc: &Doc,
    builders: &mut Vec<Builder>,
    index: &mut NameIndex,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        if !doc.is_capitalized(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n
            && (doc.is_capitalized(i)
                || doc.is_punct(i, '.')
                    && doc.tokens[i].start == doc.tokens[i - 1].end
                    && doc.word(i - 1).len() <= 3)
        {
            i += 1;
        }
        let words: Vec<usize> = (start..i).filter(|&k| doc.is_word(k)).collect();
        let Some(&last) = words.last() else { continue };
        let sur = surname(doc.word(last));
        let split = words.iter().rposition(|&k| TITLES.contains(&doc.low(k))).map_or(0, |p| p + 1);
        // "For Trump, ..." / "Will Putin ...": a capitalised word opening a sentence.
        let split = split.max(words.iter().take_while(|&&k| is_function_word(doc.low(k))).count());
        if split >= words.len() {
            continue;
        }
        let known = index.surnamed(sur).iter().copied().find(|&at| {
            let b = &builders[at];
            b.entity.kind == SpeakerKind::Person
                && surname(&b.entity.name).eq_ignore_ascii_case(sur)
        });
        let titled = split > 0 && split < words.len() && words.len() - split <= 3;
        let Some(at) =
            known.or_else(|| titled.then(|| new_person(builders, index, doc, &words[split..])))
        else {
            continue;
        };
        if split < words.len() && words.len() - split <= 3 {
            let name = doc.span(words[split], last + 1).slice(doc.text);
            let name = name.trim_end_matches("’s").trim_end_matches("'s").to_string();
            add_name(&mut builders[at], &name);
            index.note(at, &builders[at], &name);
        }
        builders[at].context.extend(words[..split].iter().map(|&k| doc.low(k).to_string()));
        out.push((last, at));
    }
    out
}

/// Whether the entity is known to be a woman (`Some(true)`) or a man, from its titles,
/// descriptions or first name.
fn gender_of(b: &Builder) -> Option<bool> {
    let says = |words: &[&str]| b.context.iter().any(|w| words.contains(&w.as_str()));
    if says(FEMALE_TITLES) {
        return Some(true);
    }
    if says(MALE_TITLES) {
        return Some(false);
    }
    let first = b.entity.name.split(' ').next().unwrap_or("").to_lowercase();
    is_female_given_name(&first)
}

/// "reports", "media reports", "documents": where a claim was read, not who made it.
fn is_unnamed_source(doc: &Doc, m: Mention, head: &str) -> bool {
    let plural_document = head.strip_suffix('s').is_some_and(|h| SPOKEN_THROUGH.contains(&h));
    (plural_document || matches!(head, "reports" | "documents" | "sources" | "reportedly"))
        && !(m.start..m.end).any(|k| doc.is_capitalized(k) && k > m.start)
}

/// "a Kremlin aide", "a senior White House official": someone unnamed, known by a role that a
/// capitalised word ties to an institution; the role (without the article) names them.
fn indefinite_role(doc: &Doc, m: Mention, head: &str) -> Option<String> {
    let indefinite = matches!(doc.low(m.start), "a" | "an" | "one");
    let tied = (m.start + 1..m.end - 1).any(|k| doc.is_capitalized(k));
    (indefinite && tied && ROLES.contains(&head) && m.end - m.start <= 6)
        .then(|| doc.span(m.start + 1, m.end).slice(doc.text).to_string())
}

/// Capitalised only because they open a sentence: never part of a name.
fn is_function_word(w: &str) -> bool {
    NEVER_IN_NAMES.contains(&w)
}

/// Countries that speak through their governments ("Russia said ..."): organisations.
fn is_country(w: &str) -> bool {
    COUNTRIES_AND_CAPITALS.contains(&w)
}

/// A person known only from a titled mention ("Hungarian Prime Minister Viktor Orban").
fn new_person(
    builders: &mut Vec<Builder>,
    index: &mut NameIndex,
    doc: &Doc,
    name_words: &[usize],
) -> usize {
    let name = doc.span(name_words[0], name_words[name_words.len() - 1] + 1).slice(doc.text);
    let name = name.trim_end_matches("’s").trim_end_matches("'s").to_string();
    builders.push(Builder {
        entity: Entity { name, kind: SpeakerKind::Person, ..Entity::default() },
        context: vec![],
    });
    let at = builders.len() - 1;
    let b = &builders[at];
    let key = surname(&b.entity.name).to_ascii_lowercase();
    index_builder(index.by_surname.entry(key).or_default(), at);
    at
}

/// How far back a pronoun looks for its referent: this many attributions (or name mentions)
/// before it. Far more than an article's pronoun ever reaches back, and what keeps a text of
/// thousands of pronouns in one paragraph linear.
const MAX_REFERENCES_BACK: usize = 100;

/// What pronouns resolve against: the attributions in text order and the name mentions.
struct References<'f> {
    found: &'f [Candidate],
    /// Indices into `found`, ordered by cue position (ties in list order).
    by_cue: Vec<usize>,
    /// (token, entity) of each name mention, in text order.
    mentions: &'f [(usize, usize)],
}

impl<'f> References<'f> {
    fn new(found: &'f [Candidate], mentions: &'f [(usize, usize)]) -> References<'f> {
        let mut by_cue: Vec<usize> = (0..found.len()).collect();
        by_cue.sort_by_key(|&k| (found[k].cue.0, k));
        References { found, by_cue, mentions }
    }

    /// The attributions whose cue comes before `cue`, nearest first, at most a bounded number.
    fn attributions_before(&self, cue: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.by_cue.partition_point(|&k| self.found[k].cue.0 < cue);
        self.by_cue[..upto].iter().rev().take(MAX_REFERENCES_BACK).copied()
    }

    /// The entities of the name mentions before token `at`, nearest first, bounded.
    fn names_before(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.mentions.partition_point(|&(t, _)| t < at);
        self.mentions[..upto].iter().rev().take(MAX_REFERENCES_BACK).map(|&(_, e)| e)
    }

    /// The first attribution near `k` (in list order) whose content holds token `at`.
    fn content_holding(&self, k: usize, at: usize) -> Option<usize> {
        let near =
            k.saturating_sub(MAX_REFERENCES_BACK)..(k + MAX_REFERENCES_BACK).min(self.found.len());
        near.into_iter().find(|&g| self.found[g].parts.iter().any(|&(a, b)| a <= at && at < b))
    }
}

/// Pronouns and roles: the entity they refer to, from what came before.
fn resolve_reference(
    doc: &Doc,
    m: Mention,
    k: usize,
    context: &References,
    links: &[Option<usize>],
    builders: &[Builder],
) -> Option<usize> {
    let w = doc.low(m.start);
    let single = m.end - m.start == 1;
    let cue = context.found[k].cue.0;
    match w {
        "he" | "she" | "him" | "her" | "his" if single => {
            let female = matches!(w, "she" | "her");
            let fits = |e: &usize| {
                builders[*e].entity.kind == SpeakerKind::Person
                    && gender_of(&builders[*e]) != Some(!female)
            };
            let recent_source =
                context.attributions_before(cue).filter_map(|g| links[g]).find(fits);
            let recent_name = context.names_before(m.start).find(fits);
            recent_source.or(recent_name)
        }
        "they" | "them" | "their" if single => {
            context.attributions_before(cue).filter_map(|g| links[g]).find(|&e| {
                matches!(builders[e].entity.kind, SpeakerKind::Group | SpeakerKind::Organization)
            })
        }
        "i" | "we" if single => links.get(context.content_holding(k, m.start)?).copied().flatten(),
        _ if single => None,
        _ => resolve_role(doc, m, builders),
    }
}

/// Whether a word is a pronoun as object or possessor ("him", "his call for a ban"): never a
/// name of its own.
fn is_object_or_possessive(word: &str) -> bool {
    OBJECT_POSSESSIVE_PRONOUNS.contains(&word)
}

/// "the US president" → the entity whose titles or descriptions share the role's words.
fn resolve_role(doc: &Doc, m: Mention, builders: &[Builder]) -> Option<usize> {
    if doc.low(m.start) != "the" {
        return None;
    }
    let words: Vec<String> =
        (m.start + 1..m.end).filter(|&k| doc.is_word(k)).map(|k| doc.low(k).to_string()).collect();
    let head = words.last()?;
    if !ROLES.contains(&head.as_str()) {
        return None;
    }
    let nation =
        words.iter().find(|w| NATIONALITIES.contains(&w.as_str())).map(|w| normal_nation(w));
    let mut best: Option<(usize, usize)> = None;
    for (k, b) in builders.iter().enumerate() {
        let nations: Vec<&str> = b
            .context
            .iter()
            .filter(|w| NATIONALITIES.contains(&w.as_str()))
            .map(|w| normal_nation(w))
            .collect();
        if nation.is_some_and(|n| !nations.is_empty() && !nations.contains(&n)) {
            continue;
        }
        let score = words
            .iter()
            .filter(|w| {
                !DETERMINERS.contains(&w.as_str())
                    && b.context.iter().any(|c| c == *w || normal_nation(c) == normal_nation(w))
            })
            .count();
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k)
}

fn normal_nation(w: &str) -> &str {
    match w {
        "us" | "u.s" | "american" => "us",
        _ => w,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, Extraction};

    /// Each attribution's speaker entity name, "-" for none.
    fn speakers_of(x: &Extraction) -> Vec<&str> {
        let name =
            |a: &super::super::Attribution| a.entity.map_or("-", |e| x.entities[e].name.as_str());
        x.attributions.iter().map(name).collect()
    }

    #[test]
    fn unnamed_roles_are_speakers_and_reports_are_not() {
        let x = extract(
            "The tram is late, a City Hall aide said. According to reports, it will open in May.",
            &[],
        );
        let who = speakers_of(&x);
        assert_eq!(who, ["City Hall aide", "-"]);
    }

    #[test]
    fn pronouns_follow_the_gender_names_and_titles_reveal() {
        let x = extract(
            "Celeste Holt, a historian, said the talks had stalled. Mr. Dan Ruiz said they \
             had not. She said the delay was costly. He said it was not.",
            &[],
        );
        let who = speakers_of(&x);
        assert_eq!(who, ["Celeste Holt", "Dan Ruiz", "Celeste Holt", "Dan Ruiz"]);
    }

    #[test]
    fn countries_are_organisations_and_sentence_openers_are_not_names() {
        let x = extract(
            "Mayor Ann Holt said the tram is late. For Holt, the delay is costly, she said. \
             Russia said it would not comment.",
            &[],
        );
        let holt = x.entities.iter().find(|e| e.name == "Ann Holt").unwrap();
        assert!(!holt.aliases.iter().any(|a| a.starts_with("For")), "{:?}", holt.aliases);
        let russia = x.entities.iter().find(|e| e.name == "Russia").unwrap();
        assert_eq!(x.attributions[1].entity.map(|e| x.entities[e].name.as_str()), Some("Ann Holt"));
        assert_eq!(russia.kind, crate::model::SpeakerKind::Organization);
    }

    fn speakers(text: &str) -> Vec<String> {
        let x = extract(text, &[]);
        x.attributions
            .iter()
            .map(|a| a.entity.map_or("-".into(), |e| x.entities[e].name.clone()))
            .collect()
    }

    #[test]
    fn resolves_descriptions_surnames_and_pronouns() {
        let text = "Sergey Radchenko, a historian at Johns Hopkins, said the war goes on. \
                    Radchenko added that Putin won. She cautioned that it was early. He said it was over.";
        let got = speakers(text);
        assert_eq!(got[0], "Sergey Radchenko");
        assert_eq!(got[1], "Sergey Radchenko");
        let x = extract(text, &[]);
        assert_eq!(x.entities[0].descriptions, ["a historian at Johns Hopkins"]);
    }

    #[test]
    fn a_possessive_pronoun_is_resolved_never_a_speaker() {
        let text = "Senator Maria Lopez said the plan would fail. \
                    Critics dismissed her claim that the plan would fail. \
                    Governor Tom Reyes said taxes would rise. \
                    Voters cheered his promise that taxes would not rise.";
        let got = speakers(text);
        assert_eq!(got, ["Maria Lopez", "Critics", "Tom Reyes", "Tom Reyes"]);
    }

    #[test]
    fn resolves_roles_by_nationality() {
        let text = "Russian President Vladimir Putin said the talks went well. \
                    President Donald Trump said the call was productive. \
                    The US president said that he would meet him.";
        assert_eq!(speakers(text), ["Vladimir Putin", "Donald Trump", "Donald Trump"]);
    }
}
