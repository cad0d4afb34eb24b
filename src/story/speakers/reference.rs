//! The linking as first written, scanning every group for every entity: the reference the
//! indexed [`super::link_speakers`] is checked against (same speakers, same ids). Naming a
//! speaker (`best_name`, ...) is not what the indexes changed, so it is shared, not copied.

use super::{best_name, name_weight, push_new};
use crate::extract::Entity;
use crate::model::{next_id, Speaker, SpeakerKind};
use crate::story::names::{given_names_agree, read_mention, roles_agree, Mention};

/// Links the entities of several documents (`documents[d][e]`) to `speakers`, adding speakers
/// as needed; returns the speaker id of every entity, in the same shape.
pub fn link_speakers(speakers: &mut Vec<Speaker>, documents: &[&[Entity]]) -> Vec<Vec<String>> {
    let mut groups: Vec<Group> = speakers.iter().map(Group::of_speaker).collect();
    let mut placed: Vec<Vec<usize>> = documents.iter().map(|d| vec![usize::MAX; d.len()]).collect();
    for pass in [Pass::Named, Pass::Surname, Pass::Role] {
        for (d, entities) in documents.iter().enumerate() {
            for (e, entity) in entities.iter().enumerate() {
                let reading = Reading::of(entity);
                if placed[d][e] == usize::MAX && reading.pass() == pass {
                    placed[d][e] = place(&mut groups, &reading, (d, e));
                }
            }
        }
    }
    for (d, entities) in documents.iter().enumerate() {
        for (e, entity) in entities.iter().enumerate() {
            groups[placed[d][e]].absorb(entity);
        }
    }
    let ids = assign_ids(speakers, &mut groups);
    placed.iter().map(|doc| doc.iter().map(|&g| ids[g].clone()).collect()).collect()
}

/// The order entities are placed in: the surer evidence first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Named,
    Surname,
    Role,
}

/// An entity's name and aliases, read.
struct Reading {
    kind: SpeakerKind,
    mentions: Vec<Mention>,
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
        Reading { kind, mentions }
    }

    fn pass(&self) -> Pass {
        if self.kind != SpeakerKind::Person || self.mentions.iter().any(|m| m.name.len() >= 2) {
            Pass::Named
        } else if self.mentions.iter().any(|m| m.name.len() == 1) {
            Pass::Surname
        } else {
            Pass::Role
        }
    }
}

/// One speaker being built: an existing one, or a new one from the entities placed in it.
struct Group {
    existing: Option<usize>,
    first_seen: (usize, usize),
    kind: SpeakerKind,
    mentions: Vec<Mention>,
    name: String,
    aliases: Vec<String>,
    descriptions: Vec<String>,
}

impl Group {
    fn of_speaker(speaker: &Speaker) -> Group {
        let names = std::iter::once(&speaker.name).chain(&speaker.aliases);
        Group {
            existing: None,
            first_seen: (0, 0),
            kind: speaker.kind,
            mentions: names.map(|n| read_mention(n)).collect(),
            name: speaker.name.clone(),
            aliases: speaker.aliases.clone(),
            descriptions: speaker.descriptions.clone(),
        }
    }

    fn full_names(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.mentions.iter().filter_map(Mention::full_name)
    }

    fn has_surname(&self, surname: &str) -> bool {
        self.mentions
            .iter()
            .any(|m| m.name.last().is_some_and(|n| crate::story::names::fold(n) == surname))
    }

    fn is_known_by_role(&self, role: &Mention) -> bool {
        self.mentions.iter().any(|m| roles_agree(m, role))
    }

    /// Adds the entity's names, aliases and descriptions; the name becomes the fullest seen.
    fn absorb(&mut self, entity: &Entity) {
        for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
            push_new(&mut self.aliases, alias);
        }
        for description in &entity.descriptions {
            push_new(&mut self.descriptions, description);
        }
        let fuller = best_name(&entity.name, &entity.aliases, self.kind);
        if name_weight(&fuller, self.kind) > name_weight(&self.name, self.kind) {
            self.name = fuller;
        }
    }
}

/// Where an entity goes: the group its evidence points to, or a new group.
fn place(groups: &mut Vec<Group>, reading: &Reading, at: (usize, usize)) -> usize {
    let found = match reading.pass() {
        _ if reading.kind != SpeakerKind::Person => same_key(groups, reading),
        Pass::Named => same_full_name(groups, reading).or_else(|| only_bearer(groups, reading)),
        Pass::Surname => only_bearer(groups, reading).or_else(|| same_key(groups, reading)),
        Pass::Role => only_role_holder(groups, reading).or_else(|| same_key(groups, reading)),
    };
    if let Some(g) = found {
        groups[g].mentions.extend(reading.mentions.iter().cloned());
        groups[g].first_seen = groups[g].first_seen.min(at);
        return g;
    }
    groups.push(Group {
        existing: None,
        first_seen: at,
        kind: reading.kind,
        mentions: reading.mentions.clone(),
        name: String::new(),
        aliases: Vec::new(),
        descriptions: Vec::new(),
    });
    groups.len() - 1
}

/// A person group sharing a full name (given names agreeing: "D. Trump" / "Donald Trump").
fn same_full_name(groups: &[Group], reading: &Reading) -> Option<usize> {
    let names: Vec<(String, String)> =
        reading.mentions.iter().filter_map(Mention::full_name).collect();
    groups.iter().position(|g| {
        g.kind == SpeakerKind::Person
            && g.full_names().any(|(gg, gs)| {
                names.iter().any(|(g2, s2)| gs == *s2 && given_names_agree(&gg, g2))
            })
    })
}

/// The one person group bearing the entity's surname, when exactly one does (after roles
/// narrow several down); full names of the entity must not contradict it.
fn only_bearer(groups: &[Group], reading: &Reading) -> Option<usize> {
    let mention = reading.mentions.iter().find(|m| !m.name.is_empty())?;
    let surname = crate::story::names::fold(mention.name.last()?);
    let mut bearers: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].kind == SpeakerKind::Person && groups[g].has_surname(&surname))
        .filter(|&g| !contradicts(&groups[g], reading))
        .collect();
    if bearers.len() > 1 {
        let roles: Vec<&Mention> =
            reading.mentions.iter().filter(|m| m.has_identifying_role()).collect();
        bearers.retain(|&g| roles.iter().any(|r| groups[g].is_known_by_role(r)));
    }
    (bearers.len() == 1).then(|| bearers[0])
}

/// Whether the group has a full name with another given name than the entity's.
fn contradicts(group: &Group, reading: &Reading) -> bool {
    let names: Vec<(String, String)> =
        reading.mentions.iter().filter_map(Mention::full_name).collect();
    let own: Vec<(String, String)> = group.full_names().collect();
    names.iter().any(|(g, s)| own.iter().any(|(og, os)| os == s && !given_names_agree(og, g)))
        || (!names.is_empty() && !own.is_empty() && !names.iter().any(|n| own.contains(n)))
}

/// The one person group known by a role the entity has ("the US president").
fn only_role_holder(groups: &[Group], reading: &Reading) -> Option<usize> {
    let roles: Vec<&Mention> =
        reading.mentions.iter().filter(|m| m.has_identifying_role()).collect();
    let holders: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].kind == SpeakerKind::Person)
        .filter(|&g| groups[g].mentions.iter().any(|m| !m.name.is_empty()))
        .filter(|&g| roles.iter().any(|r| groups[g].is_known_by_role(r)))
        .collect();
    (holders.len() == 1).then(|| holders[0])
}

/// A group of the same kind known by the same words ("the Kremlin" / "Kremlin"; "Clinton"
/// and "Clinton" when several Clintons make it ambiguous; "a Kremlin aide" twice).
fn same_key(groups: &[Group], reading: &Reading) -> Option<usize> {
    let keys: Vec<&str> =
        reading.mentions.iter().map(|m| m.key.as_str()).filter(|k| !k.is_empty()).collect();
    groups.iter().position(|g| {
        g.kind == reading.kind
            && (reading.kind != SpeakerKind::Person || g.mentions.iter().all(|m| m.name.len() <= 1))
            && g.mentions.iter().any(|m| keys.contains(&m.key.as_str()))
    })
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
    for g in new {
        let id = next_id("s", speakers.iter().map(|s| s.id.as_str()));
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
        speaker.name = g.name.clone();
        speaker.aliases = g.aliases.clone();
        speaker.descriptions = g.descriptions.clone();
    }
    ids
}
