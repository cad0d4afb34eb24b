//! Linking each document's entities to project-wide speakers.

use crate::extract::Entity;
use crate::model::{next_id, Speaker};

/// The id of the speaker `entity` is, creating a speaker when none matches.
pub fn link_entity(speakers: &mut Vec<Speaker>, entity: &Entity) -> String {
    if let Some(existing) = speakers.iter_mut().find(|s| same_entity(s, entity)) {
        for alias in &entity.aliases {
            if !existing.aliases.contains(alias) {
                existing.aliases.push(alias.clone());
            }
        }
        for description in &entity.descriptions {
            if !existing.descriptions.contains(description) {
                existing.descriptions.push(description.clone());
            }
        }
        return existing.id.clone();
    }
    let id = next_id("s", speakers.iter().map(|s| s.id.as_str()));
    speakers.push(Speaker {
        id: id.clone(),
        name: entity.name.clone(),
        kind: entity.kind,
        aliases: entity.aliases.clone(),
        descriptions: entity.descriptions.clone(),
    });
    id
}

fn same_entity(speaker: &Speaker, entity: &Entity) -> bool {
    speaker.name.eq_ignore_ascii_case(&entity.name)
        || entity.aliases.iter().any(|a| speaker.aliases.iter().any(|b| a.eq_ignore_ascii_case(b)))
}
