//! Linking each document's entities to project-wide speakers, all documents at once.
//!
//! Full names join first ("Donald Trump" in any document is one speaker); then bare surnames
//! join the one named person with that surname, never one of several ("Clinton" stays apart
//! from both Hillary and Bill); then roles join the one person known by that role ("the
//! Hungarian leader" → Viktor Orban). Existing speakers keep their ids; the name is the fullest.
//!
//! Each entity is read once, and groups are found through indexes (by surname, by role, by
//! key) kept up to date as groups take in mentions, so linking grows with the number of
//! entities, not with entities × groups. `reference` keeps the first, scanning version: the
//! tests check both give the same speakers.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::extract::Entity;
use crate::model::{IdSequence, Speaker, SpeakerKind};
use crate::story::given_names::given_name_gender;
use crate::story::names::{
    read_mention, role_class, roles_agree, title_gender, FullName, Gender, Mention,
};

#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
mod naming;
pub mod split;

use naming::{push_new, Naming};

/// Links the entities of several documents (`documents[d][e]`) to `speakers`, adding speakers
/// as needed; returns the speaker id of every entity, in the same shape.
pub fn link_speakers(speakers: &mut Vec<Speaker>, documents: &[&[Entity]]) -> Vec<Vec<String>> {
    let readings: Vec<Vec<Reading>> =
        documents.iter().map(|d| d.iter().map(Reading::of).collect()).collect();
    let mut groups = Groups::of_speakers(speakers);
    let mut placed: Vec<Vec<usize>> = documents.iter().map(|d| vec![usize::MAX; d.len()]).collect();
    for pass in [Pass::Named, Pass::Surname, Pass::Role] {
        let mut order: Vec<(usize, usize)> = (0..readings.len())
            .flat_map(|d| (0..readings[d].len()).map(move |e| (d, e)))
            .filter(|&(d, e)| readings[d][e].pass == pass)
            .collect();
        order.sort_by_key(|&(d, e)| std::cmp::Reverse(readings[d][e].specificity()));
        for (d, e) in order {
            placed[d][e] = groups.place(&readings[d][e], (d, e));
        }
    }
    for (d, entities) in documents.iter().enumerate() {
        for (e, entity) in entities.iter().enumerate() {
            groups.list[placed[d][e]].absorb(entity);
        }
    }
    let ids = assign_ids(speakers, &mut groups.list);
    placed.iter().map(|doc| doc.iter().map(|&g| ids[g].clone()).collect()).collect()
}

/// Whether a speaker is named only by common words ("officials", "a poll"): one article's
/// group, whose claims say nothing about who in another article's "officials" spoke.
pub fn is_named_by_common_words(speaker: &Speaker) -> bool {
    speaker.kind != SpeakerKind::Person
        && naming::are_common_words(std::iter::once(&speaker.name).chain(&speaker.aliases))
}

/// The id of the speaker `entity` is, creating a speaker when none matches.
pub fn link_entity(speakers: &mut Vec<Speaker>, entity: &Entity) -> String {
    link_speakers(speakers, &[std::slice::from_ref(entity)]).remove(0).remove(0)
}

/// The order entities are placed in: the surer evidence first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Named,
    Surname,
    Role,
}

/// An entity's name and aliases, read, with what the comparisons need worked out once.
struct Reading {
    kind: SpeakerKind,
    mentions: Vec<Mention>,
    pass: Pass,
    /// Every mention's full name ([`FullName`]).
    full_names: Vec<FullName>,
    /// The surname of the first mention with a personal name, lowercase.
    surname: Option<String>,
    /// The gender a title or given name states ("Mrs. Obama", "Michelle Obama").
    gender: Option<Gender>,
    /// Named only by common words ("officials", "a poll"): matched within its document only
    /// ([`naming::is_named_by_common_words`]). Never a person with a personal name.
    common: bool,
}

impl Reading {
    fn of(entity: &Entity) -> Reading {
        let mentions: Vec<Mention> =
            std::iter::once(&entity.name).chain(&entity.aliases).map(|n| read_mention(n)).collect();
        let kind = match entity.kind {
            SpeakerKind::Unknown | SpeakerKind::Person
                if mentions[0].kind != SpeakerKind::Person =>
            {
                mentions[0].kind
            }
            SpeakerKind::Unknown => SpeakerKind::Person,
            kind => kind,
        };
        let pass = pass_of(kind, &mentions);
        let full_names: Vec<FullName> = mentions.iter().filter_map(Mention::full_name).collect();
        let surname = mentions.iter().find_map(Mention::surname);
        let titled =
            std::iter::once(&entity.name).chain(&entity.aliases).find_map(|a| title_gender(a));
        let gender = titled.or_else(|| full_names.iter().find_map(|f| given_name_gender(&f.given)));
        let personal = kind == SpeakerKind::Person && pass != Pass::Role;
        let common = !personal && naming::is_named_by_common_words(entity);
        Reading { kind, mentions, pass, full_names, surname, gender, common }
    }

    /// How specific the entity's fullest name is: placed first, so that "George Bush" meets
    /// both "George W. Bush" and "George H.W. Bush" already there, and joins neither.
    fn specificity(&self) -> usize {
        self.full_names.iter().map(|f| 1 + f.middle.len()).max().unwrap_or(0)
    }

    /// The mentions that are roles identifying someone ("the US president").
    fn roles(&self) -> Vec<&Mention> {
        self.mentions.iter().filter(|m| m.has_identifying_role()).collect()
    }

    /// The non-empty keys of the mentions.
    fn keys(&self) -> impl Iterator<Item = &str> {
        self.mentions.iter().map(|m| m.key.as_str()).filter(|k| !k.is_empty())
    }
}

/// The pass an entity is placed in: named people and all non-people first, then bare
/// surnames, then roles.
fn pass_of(kind: SpeakerKind, mentions: &[Mention]) -> Pass {
    if kind != SpeakerKind::Person || mentions.iter().any(|m| m.name.len() >= 2) {
        Pass::Named
    } else if mentions.iter().any(|m| m.name.len() == 1) {
        Pass::Surname
    } else {
        Pass::Role
    }
}

/// One speaker being built: an existing one, or a new one from the entities placed in it.
struct Group {
    existing: Option<usize>,
    first_seen: (usize, usize),
    kind: SpeakerKind,
    evidence: Evidence,
    name: String,
    aliases: Vec<String>,
    descriptions: Vec<String>,
    /// How often the entities placed here use each name form.
    naming: Naming,
    /// How many entities were placed here (about: in how many documents it is named).
    entities: usize,
    /// The document (of this run) a group named by common words belongs to; its keys are
    /// indexed under it ([`scoped_key`]), so no other document's entity finds it.
    scope: Option<usize>,
}

/// What a group's mentions say, each fact once: all the comparisons with an entity need.
#[derive(Default)]
struct Evidence {
    /// Every distinct full name by surname (people only). An entity joins only when its full
    /// names are forms of all of them: "Ted Cruz" and "Rafael Cruz" both agree with "Rafael
    /// Edward Cruz", not with each other.
    full_names: HashMap<String, Vec<FullName>>,
    /// The gender the group's titles or given names state, when they do.
    gender: Option<Gender>,
    /// Distinct identifying roles (people only).
    roles: Vec<Mention>,
    /// Whether some mention has a personal name.
    named: bool,
    /// Distinct non-empty keys.
    keys: HashSet<String>,
}

impl Evidence {
    fn has_full_name(&self) -> bool {
        !self.full_names.is_empty()
    }

    fn names_of(&self, surname: &str) -> &[FullName] {
        self.full_names.get(surname).map_or(&[][..], Vec::as_slice)
    }

    /// Whether every full name of the entity is a form of every full name of the group with
    /// its surname, and one of them shares the surname.
    fn agrees_with_all(&self, reading: &Reading) -> bool {
        let shares = reading.full_names.iter().any(|n| !self.names_of(&n.surname).is_empty());
        shares && !self.contradicts(reading)
    }

    /// Whether a full name of the group with the entity's surname is not a form of one of the
    /// entity's, or the entity and group have full names and no surname in common, or the
    /// titles and given names state different genders.
    fn contradicts(&self, reading: &Reading) -> bool {
        let names = &reading.full_names;
        names.iter().any(|n| self.names_of(&n.surname).iter().any(|o| !o.agrees(n)))
            || (!names.is_empty()
                && self.has_full_name()
                && !names.iter().any(|n| !self.names_of(&n.surname).is_empty()))
            || matches!((self.gender, reading.gender), (Some(a), Some(b)) if a != b)
    }

    fn is_known_by_role(&self, role: &Mention) -> bool {
        self.roles.iter().any(|m| roles_agree(m, role))
    }
}

impl Group {
    fn new(kind: SpeakerKind, first_seen: (usize, usize)) -> Group {
        Group {
            existing: None,
            first_seen,
            kind,
            evidence: Evidence::default(),
            name: String::new(),
            aliases: Vec::new(),
            descriptions: Vec::new(),
            naming: Naming::default(),
            entities: 0,
            scope: None,
        }
    }

    /// Adds the entity's mention forms (those naming this kind of speaker) and descriptions.
    fn absorb(&mut self, entity: &Entity) {
        let surname = read_mention(&entity.name).surname();
        for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
            let family = surname.as_deref().is_some_and(|s| naming::names_the_family(alias, s));
            if naming::is_mention_form(alias, self.kind) && !family {
                push_new(&mut self.aliases, naming::without_possessive(alias));
            }
        }
        for description in &entity.descriptions {
            push_new(&mut self.descriptions, description);
        }
        self.naming.count(entity, self.kind);
    }
}

/// The groups, and where to find them: each index lists groups in increasing order, so the
/// first match is the one a scan from the start would find.
#[derive(Default)]
struct Groups {
    list: Vec<Group>,
    /// People by the surname of one of their full names.
    by_full_surname: HashMap<String, BTreeSet<usize>>,
    /// People by the surname of any of their mentions.
    by_surname: HashMap<String, BTreeSet<usize>>,
    /// People by the class of their identifying roles ([`role_class`]).
    by_role: HashMap<(Vec<String>, Vec<String>), BTreeSet<usize>>,
    /// Groups by kind and key, leaving out people with a full name (never matched by key).
    by_key: HashMap<SpeakerKind, HashMap<String, BTreeSet<usize>>>,
}

impl Groups {
    fn of_speakers(speakers: &[Speaker]) -> Groups {
        let mut groups = Groups::default();
        for speaker in speakers {
            let mut group = Group::new(speaker.kind, (0, 0));
            group.name = speaker.name.clone();
            group.aliases = speaker.aliases.clone();
            group.descriptions = speaker.descriptions.clone();
            groups.list.push(group);
            let names = std::iter::once(&speaker.name).chain(&speaker.aliases);
            let mentions: Vec<Mention> = names.map(|n| read_mention(n)).collect();
            groups.take_in(groups.list.len() - 1, &mentions);
        }
        groups
    }

    /// Where an entity goes: the group its evidence points to, or a new group.
    fn place(&mut self, reading: &Reading, at: (usize, usize)) -> usize {
        let found = match reading.pass {
            _ if reading.common => self.same_key(reading, Some(at.0)),
            _ if reading.kind != SpeakerKind::Person => self.same_key(reading, None),
            Pass::Named => self.same_full_name(reading).or_else(|| self.only_bearer(reading)),
            Pass::Surname => self.only_bearer(reading).or_else(|| self.same_key(reading, None)),
            Pass::Role => self.only_role_holder(reading).or_else(|| self.same_key(reading, None)),
        };
        let g = match found {
            Some(g) if self.list[g].kind == SpeakerKind::Person => {
                let evidence = &mut self.list[g].evidence;
                evidence.gender = evidence.gender.or(reading.gender);
                self.list[g].first_seen = self.list[g].first_seen.min(at);
                g
            }
            Some(g) => {
                self.list[g].first_seen = self.list[g].first_seen.min(at);
                g
            }
            None => {
                let mut group = Group::new(reading.kind, at);
                group.evidence.gender = reading.gender;
                group.scope = reading.common.then_some(at.0);
                self.list.push(group);
                self.list.len() - 1
            }
        };
        self.list[g].entities += 1;
        self.take_in(g, &reading.mentions);
        g
    }

    /// Adds mentions to group `g`'s evidence and to the indexes.
    fn take_in(&mut self, g: usize, mentions: &[Mention]) {
        let person = self.list[g].kind == SpeakerKind::Person;
        for mention in mentions {
            if person {
                self.take_in_personal(g, mention);
            }
            self.take_in_key(g, mention);
        }
    }

    /// A mention's personal name and role, for a person group.
    fn take_in_personal(&mut self, g: usize, mention: &Mention) {
        if let Some(surname) = mention.surname() {
            self.list[g].evidence.named = true;
            self.by_surname.entry(surname).or_default().insert(g);
        }
        if let Some(full) = mention.full_name() {
            if !self.list[g].evidence.has_full_name() {
                self.forget_keys_of(g);
            }
            let evidence = &mut self.list[g].evidence;
            evidence.gender = evidence.gender.or_else(|| given_name_gender(&full.given));
            self.by_full_surname.entry(full.surname.clone()).or_default().insert(g);
            let names = self.list[g].evidence.full_names.entry(full.surname.clone()).or_default();
            if !names.contains(&full) {
                names.push(full);
            }
        }
        if let Some(class) = role_class(mention) {
            self.by_role.entry(class).or_default().insert(g);
            let roles = &mut self.list[g].evidence.roles;
            if !roles.iter().any(|r| r.qualifiers == mention.qualifiers && r.head == mention.head) {
                roles.push(mention.clone());
            }
        }
    }

    /// A mention's key; people with a full name are kept out of the key index.
    fn take_in_key(&mut self, g: usize, mention: &Mention) {
        if mention.key.is_empty() {
            return;
        }
        let group = &mut self.list[g];
        let key = scoped_key(group.scope, &mention.key);
        group.evidence.keys.insert(key.clone());
        if group.kind != SpeakerKind::Person || !group.evidence.has_full_name() {
            let by_key = self.by_key.entry(group.kind).or_default();
            by_key.entry(key).or_default().insert(g);
        }
    }

    /// Takes a person who now has a full name out of the key index.
    fn forget_keys_of(&mut self, g: usize) {
        let group = &self.list[g];
        let Some(by_key) = self.by_key.get_mut(&group.kind) else { return };
        for key in &group.evidence.keys {
            if let Some(set) = by_key.get_mut(key) {
                set.remove(&g);
            }
        }
    }

    /// The one person group whose full names are all forms of the entity's ("D. Trump" /
    /// "Donald Trump"); none when several are ("George Bush" with George W. and George H.W.).
    fn same_full_name(&self, reading: &Reading) -> Option<usize> {
        let mut agreeing: Vec<usize> = reading
            .full_names
            .iter()
            .filter_map(|n| self.by_full_surname.get(&n.surname))
            .flatten()
            .copied()
            .filter(|&g| self.list[g].evidence.agrees_with_all(reading))
            .collect();
        agreeing.sort_unstable();
        agreeing.dedup();
        if agreeing.len() <= 1 {
            return agreeing.first().copied();
        }
        // Several agree ("George Bush" with George W. and George H.W.): the first that has
        // been called exactly this; else none, and the entity stays apart.
        let exact = |g: &usize| {
            reading
                .full_names
                .iter()
                .any(|n| self.list[*g].evidence.names_of(&n.surname).contains(n))
        };
        agreeing.into_iter().find(exact)
    }

    /// The one person group bearing the entity's surname, when exactly one does (after roles
    /// narrow several down); full names of the entity must not contradict it.
    fn only_bearer(&self, reading: &Reading) -> Option<usize> {
        let bearers = self.by_surname.get(reading.surname.as_ref()?)?;
        let mut bearers: Vec<usize> = bearers
            .iter()
            .copied()
            .filter(|&g| !self.list[g].evidence.contradicts(reading))
            .collect();
        if bearers.len() > 1 {
            let roles = reading.roles();
            let by_role: Vec<usize> = bearers
                .iter()
                .copied()
                .filter(|&g| roles.iter().any(|r| self.list[g].evidence.is_known_by_role(r)))
                .collect();
            if by_role.len() == 1 || !roles.is_empty() {
                bearers = by_role;
            }
        }
        if bearers.len() > 1 && reading.full_names.is_empty() {
            return self.dominant(&bearers);
        }
        (bearers.len() == 1).then(|| bearers[0])
    }

    /// Of several people sharing a surname, the one the coverage names so much more often
    /// (in four times as many documents as all the others together) that a bare surname
    /// means them ("Obama" with Barack and Michelle); none when no one stands out.
    fn dominant(&self, bearers: &[usize]) -> Option<usize> {
        let top =
            *bearers.iter().max_by_key(|&&g| (self.list[g].entities, std::cmp::Reverse(g)))?;
        let others: usize =
            bearers.iter().filter(|&&g| g != top).map(|&g| self.list[g].entities).sum();
        (self.list[top].entities >= 4 * others.max(1) && self.list[top].entities >= 3)
            .then_some(top)
    }

    /// The one named person group known by a role the entity has ("the US president").
    fn only_role_holder(&self, reading: &Reading) -> Option<usize> {
        let roles = reading.roles();
        let mut holders: Vec<usize> = roles
            .iter()
            .filter_map(|r| self.by_role.get(&role_class(r)?))
            .flatten()
            .copied()
            .filter(|&g| self.list[g].evidence.named)
            .filter(|&g| roles.iter().any(|r| self.list[g].evidence.is_known_by_role(r)))
            .collect();
        holders.sort_unstable();
        holders.dedup();
        (holders.len() == 1).then(|| holders[0])
    }

    /// A group of the same kind known by the same words ("the Kremlin" / "Kremlin"; "Clinton"
    /// and "Clinton" when several Clintons make it ambiguous; "a Kremlin aide" twice); people
    /// only when they have no full name.
    /// A reading named by common words looks only within its document (`scope`).
    fn same_key(&self, reading: &Reading, scope: Option<usize>) -> Option<usize> {
        let by_key = self.by_key.get(&reading.kind)?;
        let found = |k: &str| by_key.get(&scoped_key(scope, k))?.first().copied();
        reading.keys().filter_map(found).min()
    }
}

/// The key a mention is indexed under: itself, or within a document for a group named by
/// common words.
fn scoped_key(scope: Option<usize>, key: &str) -> String {
    match scope {
        Some(document) => format!("{document}\u{1f}{key}"),
        None => key.to_string(),
    }
}

/// A speaker's name: the one it has (a person's review may have renamed it), unless a person
/// known only by surname now has a full name; else the best of the forms counted.
fn chosen_name(group: &Group) -> String {
    let best = group.naming.best(group.kind);
    let words = |name: &str| read_mention(name).name.len();
    match best {
        Some(best) if group.name.is_empty() => best,
        Some(best)
            if group.kind == SpeakerKind::Person && words(&group.name) < 2 && words(&best) >= 2 =>
        {
            best
        }
        _ => group.name.clone(),
    }
}

/// Ids for all groups: existing speakers keep theirs, new ones are numbered by first sighting.
fn assign_ids(speakers: &mut Vec<Speaker>, groups: &mut [Group]) -> Vec<String> {
    let existing = speakers.len();
    for (i, g) in groups.iter_mut().enumerate().take(existing) {
        g.existing = Some(i);
    }
    let mut ids: Vec<String> = speakers.iter().map(|s| s.id.clone()).collect();
    ids.resize(groups.len(), String::new());
    let mut new: Vec<usize> = (existing..groups.len()).collect();
    new.sort_by_key(|&g| groups[g].first_seen);
    let mut fresh = IdSequence::after("s", speakers.iter().map(|s| s.id.as_str()));
    for g in new {
        let id = fresh.next_id();
        speakers.push(Speaker {
            id: id.clone(),
            name: String::new(),
            kind: groups[g].kind,
            aliases: vec![],
            descriptions: vec![],
        });
        groups[g].existing = Some(speakers.len() - 1);
        ids[g] = id;
    }
    for g in groups.iter() {
        let speaker = &mut speakers[g.existing.expect("every group has a speaker")];
        speaker.name = chosen_name(g);
        speaker.aliases = g.aliases.clone();
        speaker.descriptions = g.descriptions.clone();
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, aliases: &[&str]) -> Entity {
        Entity {
            name: name.into(),
            kind: SpeakerKind::Unknown,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            descriptions: vec![],
        }
    }

    fn link(documents: &[Vec<Entity>]) -> (Vec<Speaker>, Vec<Vec<String>>) {
        let mut speakers = Vec::new();
        let refs: Vec<&[Entity]> = documents.iter().map(Vec::as_slice).collect();
        let ids = link_speakers(&mut speakers, &refs);
        (speakers, ids)
    }

    #[test]
    fn trump_in_five_articles_is_one_speaker() {
        let docs = vec![
            vec![entity("President Donald Trump", &["Trump", "Trump's"])],
            vec![entity("Trump", &[])],
            vec![entity("US President Donald Trump", &["Trump"])],
            vec![entity("U.S. President Donald Trump", &["Trump", "Trump's"])],
            vec![entity("the US president", &[])],
            vec![entity("Donald Trump", &["the US president", "Trump"])],
        ];
        let (speakers, ids) = link(&docs);
        assert_eq!(speakers.len(), 1, "{speakers:#?}");
        assert!(ids.iter().all(|d| d == &["s1"]));
        assert_eq!(speakers[0].name, "Donald Trump");
        assert_eq!(speakers[0].kind, SpeakerKind::Person);
    }

    #[test]
    fn each_articles_officials_and_poll_are_its_own_the_democrats_are_one() {
        let docs = vec![
            vec![entity("officials", &[]), entity("a poll", &["Poll"]), entity("Democrats", &[])],
            vec![
                entity("Officials", &["officials"]),
                entity("poll", &[]),
                entity("Democrats", &[]),
            ],
        ];
        let (speakers, ids) = link(&docs);
        assert_ne!(ids[0][0], ids[1][0], "two articles' officials");
        assert_ne!(ids[0][1], ids[1][1], "two articles' polls");
        assert_eq!(ids[0][2], ids[1][2], "the Democrats");
        let again = link_speakers(&mut speakers.clone(), &[&[entity("officials", &[])]]);
        assert!(!ids.iter().flatten().any(|id| *id == again[0][0]), "nor an earlier run's");
    }

    #[test]
    fn orban_by_name_and_role_the_kremlin_an_organization() {
        let docs = vec![
            vec![entity("Orban", &[]), entity("the Kremlin", &[])],
            vec![entity("Hungarian Prime Minister Viktor Orban", &["Orban"])],
            vec![
                entity("the Hungarian leader", &[]),
                entity("Kremlin", &[]),
                entity("Russian President Vladimir Putin", &[]),
            ],
            vec![entity("the Russian leader", &[])],
        ];
        let (speakers, ids) = link(&docs);
        assert_eq!(ids, vec![vec!["s1", "s2"], vec!["s1"], vec!["s1", "s2", "s3"], vec!["s3"]]);
        assert_eq!(speakers[0].name, "Viktor Orban");
        assert_eq!(speakers[1].name, "Kremlin");
        assert_eq!(speakers[1].kind, SpeakerKind::Organization);
        assert_eq!(speakers[2].name, "Vladimir Putin");
    }

    #[test]
    fn a_shared_surname_is_no_evidence() {
        let docs = vec![
            vec![entity("Clinton", &[])],
            vec![entity("Hillary Clinton", &[])],
            vec![entity("Bill Clinton", &["Clinton"])],
            vec![entity("Clinton", &[])],
        ];
        let (speakers, ids) = link(&docs);
        let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Clinton", "Hillary Clinton", "Bill Clinton"]);
        assert_eq!(ids, vec![vec!["s1"], vec!["s2"], vec!["s3"], vec!["s1"]]);
    }

    #[test]
    fn a_bare_surname_joins_the_only_bearer() {
        let docs = vec![vec![entity("Radchenko", &[])], vec![entity("Sergey Radchenko", &[])]];
        let (speakers, ids) = link(&docs);
        assert_eq!(ids, vec![vec!["s1"], vec!["s1"]]);
        assert_eq!(speakers[0].name, "Sergey Radchenko");
    }

    #[test]
    fn existing_speakers_keep_their_ids() {
        let mut speakers = Vec::new();
        link_entity(&mut speakers, &entity("Trump", &[]));
        link_entity(&mut speakers, &entity("Celeste Wallander", &[]));
        let id = link_entity(&mut speakers, &entity("President Donald Trump", &[]));
        assert_eq!(id, "s1");
        assert_eq!(speakers.len(), 2);
        assert_eq!(speakers[0].name, "Donald Trump");
        assert_eq!(link_entity(&mut speakers, &entity("Maria Snegovaya", &[])), "s3");
    }

    /// A deterministic xorshift generator, for the generated documents.
    struct XorShift(u64);

    impl XorShift {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    /// Someone a generated document names, in several ways.
    struct Persona<'a> {
        given: &'a str,
        surname: &'a str,
        qualifier: &'a str,
        head: &'a str,
    }

    impl<'a> Persona<'a> {
        /// Mostly one of a dozen people, each with their own given name, country and title
        /// (so a role usually has one holder); now and then with another of those.
        fn new(rng: &mut XorShift) -> Persona<'a> {
            const GIVEN: &[&str] =
                &["Donald", "D.", "Hillary", "Bill", "Vladimir", "Viktor", "Anna"];
            const SURNAMES: &[&str] = &[
                "Trump",
                "Clinton",
                "Putin",
                "Orban",
                "Smith",
                "Kerry",
                "Lee",
                "Merkel",
                "Lavrov",
                "Szijjarto",
                "Haley",
                "Peskov",
            ];
            const QUALIFIERS: &[&str] =
                &["U.S.", "US", "American", "Russian", "Hungarian", "German"];
            const HEADS: &[&str] = &["President", "Prime Minister", "Foreign Minister", "Senator"];
            let s = rng.below(SURNAMES.len());
            let mut usual = |items: &[&'a str], n: usize| {
                if rng.below(200) == 0 {
                    items[rng.below(items.len())]
                } else {
                    items[n % items.len()]
                }
            };
            Persona {
                given: usual(GIVEN, s * 5),
                qualifier: usual(QUALIFIERS, s),
                head: usual(HEADS, s / 3),
                surname: SURNAMES[s],
            }
        }

        /// One way of naming the persona: full and bare names, titles, roles; or, one time in
        /// five, someone else entirely (organisations, groups, indefinite roles, no name).
        fn name(&self, rng: &mut XorShift) -> String {
            const OTHERS: &[&str] = &[
                "the Kremlin",
                "Kremlin",
                "the White House",
                "NATO",
                "the State Department",
                "Ukrainian officials",
                "analysts",
                "a Kremlin aide",
                "an official",
                "the president",
                "Reuters",
                "",
            ];
            let Persona { given, surname, qualifier, head } = self;
            match rng.below(10) {
                0 | 1 => format!("{given} {surname}"),
                2 => format!("{qualifier} {head} {given} {surname}"),
                3 => surname.to_string(),
                4 => format!("{} {surname}", rng.pick(&["Mr.", "President", "Senator", "Ms."])),
                5 => format!("the {qualifier} {}", head.to_lowercase()),
                6 if matches!(*head, "President" | "Prime Minister") => {
                    format!("the {qualifier} leader")
                }
                6 => format!("the {qualifier} {}", head.to_lowercase()),
                _ => rng.pick(OTHERS).to_string(),
            }
        }
    }

    /// Mostly another way of naming the same persona; sometimes a coreference slip, the full
    /// name of someone else.
    fn alias_of(persona: &Persona, rng: &mut XorShift) -> String {
        if rng.below(30) == 0 {
            let given = rng.pick(&["Anna", "Bill", "Hillary", "Maria"]);
            format!("{given} {}", Persona::new(rng).surname)
        } else {
            persona.name(rng)
        }
    }

    fn generated_entity(rng: &mut XorShift) -> Entity {
        let kinds = [SpeakerKind::Unknown, SpeakerKind::Person, SpeakerKind::Organization];
        let persona = Persona::new(rng);
        Entity {
            name: persona.name(rng),
            kind: if rng.below(10) == 0 { kinds[rng.below(3)] } else { SpeakerKind::Unknown },
            aliases: (0..rng.below(4)).map(|_| alias_of(&persona, rng)).collect(),
            descriptions: (0..rng.below(2)).map(|_| format!("role {}", rng.below(5))).collect(),
        }
    }

    fn generated_documents(rng: &mut XorShift, documents: usize) -> Vec<Vec<Entity>> {
        (0..documents)
            .map(|_| (0..rng.below(16)).map(|_| generated_entity(rng)).collect())
            .collect()
    }

    /// The full names of an entity, when they are all forms of one name.
    fn consistent_full_names(entity: &Entity) -> Option<Vec<FullName>> {
        let names: Vec<FullName> = std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .filter_map(|a| read_mention(a).full_name())
            .collect();
        let consistent =
            names.iter().all(|a| names.iter().all(|b| a.surname != b.surname || a.agrees(b)));
        consistent.then_some(names)
    }

    #[test]
    fn no_speaker_joins_entities_whose_full_names_disagree() {
        let mut rng = XorShift(0x5eed_1234);
        let mut speakers = Vec::new();
        let mut members: HashMap<String, Vec<Vec<FullName>>> = HashMap::new();
        for batch in [2, 1, 30, 100, 300, 40] {
            let documents = generated_documents(&mut rng, batch);
            let refs: Vec<&[Entity]> = documents.iter().map(Vec::as_slice).collect();
            let ids = link_speakers(&mut speakers, &refs);
            for (entities, ids) in documents.iter().zip(&ids) {
                for (entity, id) in entities.iter().zip(ids) {
                    if let Some(names) = consistent_full_names(entity) {
                        members.entry(id.clone()).or_default().push(names);
                    }
                }
            }
        }
        assert!(speakers.len() > 50, "{}", speakers.len());
        for (id, entities) in &members {
            let speaker = speakers.iter().find(|s| &s.id == id).expect("a speaker");
            if speaker.kind != SpeakerKind::Person {
                continue;
            }
            let names: Vec<&FullName> = entities.iter().flatten().collect();
            for a in &names {
                for b in &names {
                    assert!(a.surname != b.surname || a.agrees(b), "{id}: {a:?} / {b:?}");
                }
            }
        }
    }

    #[test]
    fn family_members_and_namesakes_stay_apart_across_documents() {
        let docs = vec![
            vec![entity("Hillary Clinton", &["Clinton"]), entity("Bill Clinton", &["Mr. Clinton"])],
            vec![entity("Chelsea Clinton", &["Clinton"])],
            vec![entity("William Jefferson Clinton", &["Clinton"])],
            vec![entity("George H.W. Bush", &["Bush"]), entity("George W. Bush", &["Bush"])],
            vec![entity("Jeb Bush", &["Bush"]), entity("George Bush", &[])],
            vec![entity("Mrs. Obama", &[]), entity("Barack Obama", &["Obama"])],
            vec![entity("Michelle Obama", &["Mrs. Obama"])],
            vec![entity("Team Trump", &[]), entity("Donald Trump", &[])],
            vec![entity("Donald Trump Jr.", &[]), entity("Never Trump", &[])],
        ];
        let (speakers, ids) = link(&docs);
        let name =
            |d: usize, e: usize| speakers.iter().find(|s| s.id == ids[d][e]).unwrap().name.clone();
        assert_eq!([name(0, 0), name(1, 0)], ["Hillary Clinton", "Chelsea Clinton"]);
        assert_ne!(ids[0][0], ids[0][1]);
        assert_ne!(ids[1][0], ids[0][1]);
        assert_eq!(ids[2][0], ids[0][1], "William Jefferson Clinton is Bill: {speakers:#?}");
        assert_ne!(ids[3][0], ids[3][1]);
        assert_ne!(ids[4][0], ids[3][0]);
        assert_ne!(ids[4][0], ids[3][1]);
        assert_ne!(ids[5][0], ids[5][1], "Mrs. Obama is not Barack Obama");
        assert_eq!(ids[6][0], ids[5][0], "Mrs. Obama is Michelle");
        assert_ne!(ids[7][0], ids[7][1]);
        assert_ne!(ids[8][0], ids[7][1], "Donald Trump Jr. is not his father");
        assert_ne!(ids[8][1], ids[7][1]);
        let team = speakers.iter().find(|s| s.id == ids[7][0]).unwrap();
        assert_eq!(team.kind, SpeakerKind::Group);
    }

    #[test]
    fn unnamed_roles_stay_apart_from_people() {
        let docs = vec![
            vec![entity("a Kremlin aide", &[]), entity("Vladimir Putin", &[])],
            vec![entity("a Kremlin aide", &[]), entity("the president", &[])],
        ];
        let (speakers, ids) = link(&docs);
        assert_eq!(ids, vec![vec!["s1", "s2"], vec!["s1", "s3"]], "{speakers:#?}");
    }
}
