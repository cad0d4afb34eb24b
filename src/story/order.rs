//! The story's clusters in the order a reader wants them: by how many independent outlets
//! carry each (copies count with their original, one outlet's articles once: [`super::outlets`]),
//! then by articles; with each cluster's members and their documents as positions, so that the
//! page's story view renders a page of them without looking anything up by id.

use std::collections::HashMap;

use crate::model::{Cluster, Project};
use crate::story::outlets::{Carriage, Provenance};

/// The clusters in the order the view lists them, with what each item shows, as positions in
/// the project (valid until its attribution version moves: any claim, document or speaker
/// added or removed moves it).
#[derive(PartialEq)]
pub struct StoryOrder {
    pub clusters: Vec<Placed>,
    /// How many are carried by two or more independent outlets.
    pub across: usize,
    /// By document position: the position of the document it copies (its `duplicate_of`).
    pub copies: Vec<Option<usize>>,
}

#[derive(PartialEq)]
pub struct Placed {
    /// Position in `project.clusters`.
    pub cluster: usize,
    pub carriage: Carriage,
    /// The first member's speaker.
    pub speaker: Option<usize>,
    /// Each member claim and its document.
    pub members: Vec<(usize, usize)>,
}

impl StoryOrder {
    /// Counts and orders every cluster of the project at once.
    pub fn of(project: &Project) -> StoryOrder {
        let mut count = StoryCount::start(project);
        loop {
            if let Some(order) = count.advance(project, || true) {
                return order;
            }
        }
    }
}

/// A [`StoryOrder`] counted a slice at a time, so that the page can spread a big project's
/// count over several short tasks: [`StoryCount::start`], then [`StoryCount::advance`] on the
/// same project (the same attribution version) until it gives the order.
pub struct StoryCount {
    /// Each cluster's members as the claims name them.
    named: Vec<Vec<(usize, usize)>>,
    /// The clusters placed so far, in project order.
    placed: Vec<Placed>,
}

impl StoryCount {
    /// Reads which claims each cluster holds (one pass over the claims).
    pub fn start(project: &Project) -> StoryCount {
        let documents = document_positions(project);
        let named = members_named_by_claims(project, &documents);
        StoryCount { named, placed: Vec::with_capacity(project.clusters.len()) }
    }

    /// Clusters placed, of all.
    pub fn progress(&self) -> (usize, usize) {
        (self.placed.len(), self.named.len())
    }

    /// Places clusters while `more()` says so (at least one each call); gives the order once
    /// every cluster is placed.
    pub fn advance(
        &mut self,
        project: &Project,
        mut more: impl FnMut() -> bool,
    ) -> Option<StoryOrder> {
        let provenance = Provenance::of(project);
        let documents = document_positions(project);
        let speakers: HashMap<&str, usize> =
            project.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let by_id = ClaimPositions::new(project);
        while self.placed.len() < self.named.len().min(project.clusters.len()) {
            let k = self.placed.len();
            let cluster = &project.clusters[k];
            let members: Vec<(usize, usize)> = if lists_these(cluster, project, &self.named[k]) {
                std::mem::take(&mut self.named[k])
            } else {
                cluster
                    .claims
                    .iter()
                    .filter_map(|id| by_id.of(id))
                    .filter_map(|c| {
                        documents.get(project.claims[c].document.as_str()).map(|&d| (c, d))
                    })
                    .collect()
            };
            let carriage =
                provenance.carriage_at(members.iter().map(|&(c, d)| (&project.claims[c], d)));
            let speaker = members
                .first()
                .and_then(|&(c, _)| project.claims[c].speaker.as_deref())
                .and_then(|s| speakers.get(s).copied());
            self.placed.push(Placed { cluster: k, carriage, speaker, members });
            if !more() {
                break;
            }
        }
        (self.placed.len() >= self.named.len().min(project.clusters.len()))
            .then(|| self.finish(project, &documents))
    }

    fn finish(&mut self, project: &Project, documents: &HashMap<&str, usize>) -> StoryOrder {
        let mut clusters = std::mem::take(&mut self.placed);
        clusters.sort_by_key(|p| {
            (std::cmp::Reverse(p.carriage.outlets), std::cmp::Reverse(p.carriage.articles))
        });
        let across = clusters.iter().filter(|p| p.carriage.outlets >= 2).count();
        let copies = project
            .documents
            .iter()
            .map(|d| d.duplicate_of.as_ref().and_then(|of| documents.get(of.document.as_str())))
            .map(|at| at.copied())
            .collect();
        StoryOrder { clusters, across, copies }
    }
}

fn document_positions(project: &Project) -> HashMap<&str, usize> {
    project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect()
}

/// Each cluster's members as its claims name it (`Claim::cluster`), with their documents'
/// positions: one pass over the claims, a document looked up once per run of its claims.
fn members_named_by_claims(
    project: &Project,
    documents: &HashMap<&str, usize>,
) -> Vec<Vec<(usize, usize)>> {
    let cluster_at: HashMap<&str, usize> =
        project.clusters.iter().enumerate().map(|(k, c)| (c.id.as_str(), k)).collect();
    let mut members = vec![Vec::new(); project.clusters.len()];
    let mut claim = 0;
    for run in project.claims.chunk_by(|a, b| a.document == b.document) {
        let document = documents.get(run[0].document.as_str()).copied();
        for c in run {
            let k = c.cluster.as_deref().and_then(|k| cluster_at.get(k));
            if let (Some(&k), Some(d)) = (k, document) {
                members[k].push((claim, d));
            }
            claim += 1;
        }
    }
    members
}

/// Whether the cluster lists exactly these claims, in this order (it does unless the project
/// file was edited by hand: the claims that name a cluster and the claims it lists agree).
fn lists_these(cluster: &Cluster, project: &Project, members: &[(usize, usize)]) -> bool {
    cluster.claims.len() == members.len()
        && cluster.claims.iter().zip(members).all(|(id, &(c, _))| project.claims[c].id == *id)
}

/// Claim positions by id, built only when a cluster's list and its claims disagree.
struct ClaimPositions<'a> {
    project: &'a Project,
    all: std::cell::OnceCell<HashMap<&'a str, usize>>,
}

impl<'a> ClaimPositions<'a> {
    fn new(project: &'a Project) -> ClaimPositions<'a> {
        ClaimPositions { project, all: std::cell::OnceCell::new() }
    }

    fn of(&self, id: &str) -> Option<usize> {
        let all = self.all.get_or_init(|| {
            self.project.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect()
        });
        all.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixtures::seed_project;

    #[test]
    fn counted_a_cluster_at_a_time_the_order_is_the_same() {
        let project = seed_project();
        let whole = StoryOrder::of(&project);
        assert!(whole.clusters.len() >= 2, "the seed story has clusters to order");
        let mut count = StoryCount::start(&project);
        let mut steps = 0;
        let sliced = loop {
            steps += 1;
            if let Some(order) = count.advance(&project, || false) {
                break order;
            }
            assert_eq!(count.progress().0, steps, "one cluster a step");
        };
        assert_eq!(steps, whole.clusters.len());
        assert!(sliced == whole);
        let outlets: Vec<usize> = whole.clusters.iter().map(|p| p.carriage.outlets).collect();
        assert!(outlets.windows(2).all(|w| w[0] >= w[1]), "most outlets first: {outlets:?}");
    }
}
