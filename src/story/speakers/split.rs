//! Within one document, one entity per person: the extractor joins every mention sharing a
//! surname ("Hillary Clinton", "Bill Clinton", "Mrs. Clinton", "Team Clinton"), so before
//! linking across documents each such entity is taken apart here.
//!
//! Full names that are forms of one name make one person ([`FullName::agrees`]); every other
//! mention — a bare surname, a title ("Mrs. Clinton"), a pronoun — goes to the nearest full
//! name before it in the text whose gender the mention does not contradict; a group or
//! movement named after a person ("Team Trump") becomes a group of its own; a relative ("his
//! wife") a person of their own, never the one they are related to. Attributions follow the
//! mention they were found through. Entities with one person and nothing else are untouched.

use crate::extract::{Entity, Extraction};
use crate::lexicon::KINSHIP_WORDS;
use crate::model::SpeakerKind;
use crate::story::given_names::given_name_gender;
use crate::story::names::{fold, read_mention, title_gender, FullName, Gender};
use crate::text::Span;

/// Splits entities holding several people, groups or relatives; re-points attributions.
pub fn separate_people(text: &str, extraction: &mut Extraction) {
    for e in 0..extraction.entities.len() {
        let entity = &extraction.entities[e];
        if !matches!(entity.kind, SpeakerKind::Person | SpeakerKind::Unknown) {
            continue;
        }
        let Some(plan) = Plan::of(entity, text) else { continue };
        let sources: Vec<(usize, Span)> = extraction
            .attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.entity == Some(e))
            .filter_map(|(i, a)| a.source.map(|s| (i, s)))
            .collect();
        let mut parts = plan.parts(entity, text);
        let mut placed = Vec::with_capacity(sources.len());
        for (i, source) in sources {
            let mention = source.slice(text);
            placed.push((i, plan.part_of(mention, source.start(), &mut parts)));
        }
        let first_new = extraction.entities.len();
        let mut ids = vec![e; parts.list.len()];
        let mut parts = parts.list.into_iter().enumerate();
        if let Some((_, first)) = parts.next() {
            extraction.entities[e] = first;
        }
        for (k, part) in parts {
            ids[k] = first_new + k - 1;
            extraction.entities.push(part);
        }
        for (i, part) in placed {
            extraction.attributions[i].entity = Some(ids[part]);
        }
    }
}

/// How one entity is taken apart: its people (by full name) and where they are named.
struct Plan {
    people: Vec<Person>,
    /// (byte offset, person) of every full-name occurrence, in text order.
    occurrences: Vec<(usize, usize)>,
}

struct Person {
    names: Vec<FullName>,
    aliases: Vec<String>,
    gender: Option<Gender>,
}

impl Plan {
    /// `None` when the entity is one person and nothing else.
    fn of(entity: &Entity, text: &str) -> Option<Plan> {
        let mut full: Vec<(FullName, &String)> = std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .filter(|a| read_mention(a).kind == SpeakerKind::Person)
            .filter_map(|a| read_mention(a).full_name().map(|f| (f, a)))
            .collect();
        full.sort_by_key(|(f, _)| std::cmp::Reverse((f.middle.len(), f.given.len())));
        let mut people: Vec<Person> = Vec::new();
        for (name, alias) in full {
            match people.iter_mut().find(|p| p.names.iter().all(|n| n.agrees(&name))) {
                Some(person) => {
                    person.names.push(name);
                    push_new(&mut person.aliases, alias);
                }
                None => people.push(Person {
                    gender: given_name_gender(&name.given),
                    names: vec![name],
                    aliases: vec![alias.clone()],
                }),
            }
        }
        let needs_other_parts = std::iter::once(&entity.name).chain(&entity.aliases).any(|a| {
            is_group_alias(a)
                || is_relative(a)
                || title_gender(a).is_some_and(|g| !people.iter().any(|p| p.admits(Some(g))))
        });
        if people.len() <= 1 && !needs_other_parts {
            return None;
        }
        let mut occurrences: Vec<(usize, usize)> = Vec::new();
        for (p, person) in people.iter().enumerate() {
            for alias in &person.aliases {
                occurrences.extend(text.match_indices(alias.as_str()).map(|(at, _)| (at, p)));
            }
        }
        occurrences.sort_unstable();
        Some(Plan { people, occurrences })
    }

    /// The entities the parts start as: one per person (the first keeps the entity's place),
    /// every other alias placed as its first occurrence in the text would be.
    fn parts(&self, entity: &Entity, text: &str) -> Parts {
        let mut parts = Parts { list: Vec::new(), keys: Vec::new() };
        for person in &self.people {
            let name = person.aliases.iter().max_by_key(|a| a.split(' ').count()).cloned();
            let name = name.unwrap_or_default();
            parts.list.push(Entity {
                name,
                kind: entity.kind,
                aliases: person.aliases.clone(),
                descriptions: Vec::new(),
            });
            parts.keys.push(String::new());
        }
        if parts.list.is_empty() {
            parts.list.push(Entity {
                name: entity.name.clone(),
                kind: entity.kind,
                ..Entity::default()
            });
            parts.keys.push(String::new());
        }
        parts.list[0].descriptions = entity.descriptions.clone();
        for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
            let person_alias = |p: &Person| p.aliases.contains(alias);
            if self.people.iter().any(person_alias) || is_group_alias(alias) || is_relative(alias) {
                continue;
            }
            let at = text.find(alias.as_str()).unwrap_or(0);
            let p = self.nearest(at, title_gender(alias)).unwrap_or(0);
            push_new(&mut parts.list[p].aliases, alias);
        }
        parts
    }

    /// The part a mention at `at` belongs to, making a part for a group or relative.
    fn part_of(&self, mention: &str, at: usize, parts: &mut Parts) -> usize {
        let mention = mention.trim();
        if is_group_alias(mention) {
            return parts.named(&read_mention(mention).key, mention, SpeakerKind::Group);
        }
        if is_relative(mention) {
            let of = self.nearest(at, None).map(|p| parts.list[p].name.clone());
            let relative = relative_name(mention, of.as_deref());
            return parts.named(&fold(&relative), &relative, SpeakerKind::Person);
        }
        if let Some(full) = read_mention(mention).full_name() {
            if let Some(p) =
                self.people.iter().position(|p| p.names.iter().any(|n| n.agrees(&full)))
            {
                return p;
            }
        }
        let gender = title_gender(mention);
        match self.nearest(at, gender) {
            Some(p) => {
                push_new(&mut parts.list[p].aliases, mention);
                p
            }
            None if gender.is_some() && !self.people.is_empty() => {
                parts.named(&fold(mention), mention, SpeakerKind::Person)
            }
            None => 0,
        }
    }

    /// The person named last before `at` (else first after it) whose gender admits `gender`.
    fn nearest(&self, at: usize, gender: Option<Gender>) -> Option<usize> {
        let admits = |&&(_, p): &&(usize, usize)| self.people[p].admits(gender);
        let before = self.occurrences.iter().take_while(|(o, _)| *o < at).filter(admits).last();
        let found = before.or_else(|| self.occurrences.iter().find(admits));
        found
            .map(|&(_, p)| p)
            .or_else(|| (0..self.people.len()).find(|&p| self.people[p].admits(gender)))
    }
}

impl Person {
    fn admits(&self, gender: Option<Gender>) -> bool {
        gender.is_none() || self.gender.is_none() || self.gender == gender
    }
}

/// The entities being made from one, with a key for each part made for a group or relative.
struct Parts {
    list: Vec<Entity>,
    keys: Vec<String>,
}

impl Parts {
    fn named(&mut self, key: &str, name: &str, kind: SpeakerKind) -> usize {
        if let Some(k) = self.keys.iter().position(|k| !k.is_empty() && k == key) {
            return k;
        }
        self.list.push(Entity {
            name: name.to_string(),
            kind,
            aliases: vec![name.to_string()],
            ..Entity::default()
        });
        self.keys.push(key.to_string());
        self.list.len() - 1
    }
}

fn is_group_alias(alias: &str) -> bool {
    matches!(read_mention(alias).kind, SpeakerKind::Group | SpeakerKind::Organization)
}

/// "his wife", "Trump's son", "the candidate's daughter".
fn is_relative(mention: &str) -> bool {
    let words: Vec<String> = mention.split_whitespace().map(fold).collect();
    words.len() <= 4 && words.last().is_some_and(|w| KINSHIP_WORDS.contains(&w.as_str()))
}

/// "wife of Bill Clinton" from "his wife" and the person named nearest before it.
fn relative_name(mention: &str, of: Option<&str>) -> String {
    let relation = fold(mention.split_whitespace().last().unwrap_or(mention));
    match of {
        Some(person) => format!("{relation} of {person}"),
        None => mention.to_string(),
    }
}

fn push_new(list: &mut Vec<String>, item: &str) {
    if !item.is_empty() && !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// The speaker names of every attribution after splitting.
    fn speakers(text: &str) -> Vec<String> {
        let mut x = extract(text, &[]);
        separate_people(text, &mut x);
        x.attributions.iter().filter_map(|a| a.entity.map(|e| x.entities[e].name.clone())).collect()
    }

    #[test]
    fn a_husband_and_wife_named_in_one_article_are_two_people() {
        let text = "Barack Obama said the plan would work. Michelle Obama said it would not. \
                    Mr. Obama said he disagreed. \"It is fine,\" Mrs. Obama said.";
        let got = speakers(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_ne!(got[0], got[1], "{got:?}");
        assert_eq!(got[0], got[2], "{got:?}");
        assert_eq!(got[1], got[3], "{got:?}");
    }

    #[test]
    fn brothers_and_a_father_stay_apart() {
        let text = "Jeb Bush said taxes would fall. George W. Bush said the war was right. \
                    George H.W. Bush said he would vote. Jeb said nothing more.";
        let got = speakers(text);
        assert!(got.len() >= 3, "{got:?}");
        assert_ne!(got[0], got[1], "{got:?}");
        assert_ne!(got[1], got[2], "{got:?}");
        assert_ne!(got[0], got[2], "{got:?}");
    }

    #[test]
    fn one_person_is_left_alone() {
        let text = "Donald Trump said the wall would be built. Trump said Mexico would pay.";
        let mut x = extract(text, &[]);
        let before = x.clone();
        separate_people(text, &mut x);
        assert_eq!(x, before);
    }

    #[test]
    fn relatives_and_groups_are_not_the_person() {
        assert!(is_relative("his wife"));
        assert!(is_relative("Trump's son"));
        assert!(!is_relative("Trump"));
        assert!(is_group_alias("Team Trump"));
        assert!(is_group_alias("the Trump campaign"));
        assert!(!is_group_alias("Donald Trump"));
        assert_eq!(relative_name("his wife", Some("Bill Clinton")), "wife of Bill Clinton");
    }
}
