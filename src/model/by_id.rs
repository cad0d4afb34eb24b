//! A project's documents, speakers, claims and clusters by id, for a pass that looks many of
//! them up (an export names each claim's speaker and each cluster's claims): the maps are
//! built once, each on first use, where [`Project::speaker`] and the others scan the list.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::{Claim, Cluster, Document, Project, Speaker};

/// Lookups by id over one project; the first of two items with one id wins, as with the scans.
pub struct ById<'a> {
    project: &'a Project,
    documents: OnceCell<HashMap<&'a str, &'a Document>>,
    speakers: OnceCell<HashMap<&'a str, &'a Speaker>>,
    claims: OnceCell<HashMap<&'a str, &'a Claim>>,
    clusters: OnceCell<HashMap<&'a str, &'a Cluster>>,
}

impl<'a> ById<'a> {
    pub fn new(project: &'a Project) -> ById<'a> {
        ById {
            project,
            documents: OnceCell::new(),
            speakers: OnceCell::new(),
            claims: OnceCell::new(),
            clusters: OnceCell::new(),
        }
    }

    /// The project looked into.
    pub fn project(&self) -> &'a Project {
        self.project
    }

    pub fn document(&self, id: &str) -> Option<&'a Document> {
        let map = self.documents.get_or_init(|| first_by_id(&self.project.documents, |d| &d.id));
        map.get(id).copied()
    }

    pub fn speaker(&self, id: &str) -> Option<&'a Speaker> {
        let map = self.speakers.get_or_init(|| first_by_id(&self.project.speakers, |s| &s.id));
        map.get(id).copied()
    }

    pub fn claim(&self, id: &str) -> Option<&'a Claim> {
        let map = self.claims.get_or_init(|| first_by_id(&self.project.claims, |c| &c.id));
        map.get(id).copied()
    }

    pub fn cluster(&self, id: &str) -> Option<&'a Cluster> {
        let map = self.clusters.get_or_init(|| first_by_id(&self.project.clusters, |k| &k.id));
        map.get(id).copied()
    }

    /// The project's claims of each document, in project order.
    pub fn claims_by_document(&self) -> HashMap<&'a str, Vec<&'a Claim>> {
        let mut by_document: HashMap<&'a str, Vec<&'a Claim>> = HashMap::new();
        for claim in &self.project.claims {
            by_document.entry(claim.document.as_str()).or_default().push(claim);
        }
        by_document
    }
}

fn first_by_id<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a String) -> HashMap<&'a str, &'a T> {
    let mut map = HashMap::with_capacity(items.len());
    for item in items {
        map.entry(id(item).as_str()).or_insert(item);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_by_id_agree_with_the_scans_and_the_first_of_two_wins() {
        let speaker = |id: &str, name: &str| Speaker {
            id: id.into(),
            name: name.into(),
            kind: crate::model::SpeakerKind::Person,
            aliases: vec![],
            descriptions: vec![],
        };
        let project = Project {
            speakers: vec![speaker("s1", "Ana"), speaker("s2", "Ben"), speaker("s1", "Again")],
            ..Project::default()
        };
        let by_id = ById::new(&project);
        for id in ["s1", "s2", "s3"] {
            assert_eq!(by_id.speaker(id).map(|s| &s.name), project.speaker(id).map(|s| &s.name));
        }
        assert_eq!(by_id.speaker("s1").unwrap().name, "Ana");
        assert!(by_id.document("d1").is_none() && by_id.claim("c1").is_none());
    }
}
