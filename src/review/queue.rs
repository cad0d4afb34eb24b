//! The review queue: which claim comes next once one is decided, and how far the review is.
//!
//! The claims list (`listed`, indices into `project.claims` in the order shown) is the queue:
//! after a decision the next claim still to review (status `suggested`) after the decided one
//! is selected, wrapping to the top, so pressing `a` n times from the first claim decides n
//! claims. Nothing here allocates per claim.

use crate::model::{Project, Status};

/// How much of the project has been decided (accepted or rejected).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub reviewed: usize,
    pub total: usize,
}

impl Progress {
    /// "23 of 81 reviewed".
    pub fn label(&self) -> String {
        format!("{} of {} reviewed", self.reviewed, self.total)
    }

    pub fn is_done(&self) -> bool {
        self.reviewed == self.total
    }
}

/// How many of the project's claims are accepted or rejected.
pub fn progress(project: &Project) -> Progress {
    let reviewed = project.claims.iter().filter(|c| c.status != Status::Suggested).count();
    Progress { reviewed, total: project.claims.len() }
}

/// The position in `listed` of the next claim still to review after position `from` (the one
/// just decided), wrapping around to the top; `None` when every listed claim is decided.
/// With no `from`, the first one still to review.
pub fn next_to_review(project: &Project, listed: &[usize], from: Option<usize>) -> Option<usize> {
    let n = listed.len();
    let start = from.map_or(0, |at| at + 1);
    (0..n)
        .map(|step| (start + step) % n.max(1))
        .filter(|&at| Some(at) != from)
        .find(|&at| project.claims[listed[at]].status == Status::Suggested)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Claim;

    fn project(statuses: &[Status]) -> Project {
        let claims = statuses
            .iter()
            .enumerate()
            .map(|(i, &status)| Claim {
                id: format!("c{}", i + 1),
                document: "d1".into(),
                kind: crate::model::ClaimKind::Direct,
                content: crate::text::Span::of("x", 0..1),
                content_parts: vec![],
                cue: None,
                source_mention: None,
                speaker: None,
                status,
                origin: crate::model::Origin::Extracted,
                confidence: 0.5,
                found_by: None,
                tags: vec![],
                note: String::new(),
                cluster: None,
            })
            .collect();
        Project { claims, ..Project::default() }
    }

    use Status::{Accepted as A, Rejected as R, Suggested as S};

    #[test]
    fn the_next_claim_to_review_skips_decided_ones_and_wraps_to_the_top() {
        let p = project(&[S, A, A, S, R, S]);
        let listed: Vec<usize> = (0..6).collect();
        assert_eq!(next_to_review(&p, &listed, Some(0)), Some(3));
        assert_eq!(next_to_review(&p, &listed, Some(3)), Some(5));
        assert_eq!(next_to_review(&p, &listed, Some(5)), Some(0), "wraps to the top");
        assert_eq!(next_to_review(&p, &listed, None), Some(0));
    }

    #[test]
    fn the_queue_follows_the_listed_order_not_the_project_order() {
        let p = project(&[S, S, S]);
        let listed = vec![2, 0, 1];
        assert_eq!(next_to_review(&p, &listed, Some(0)), Some(1));
        assert_eq!(p.claims[listed[1]].id, "c1");
    }

    #[test]
    fn nothing_is_next_when_everything_else_is_decided() {
        let p = project(&[A, S, R]);
        let listed: Vec<usize> = (0..3).collect();
        assert_eq!(next_to_review(&p, &listed, Some(1)), None, "not the claim itself");
        assert_eq!(next_to_review(&p, &[], None), None);
        assert_eq!(next_to_review(&project(&[A]), &[0], None), None);
    }

    #[test]
    fn progress_counts_accepted_and_rejected_claims() {
        let p = project(&[S, A, R, S]);
        assert_eq!(progress(&p), Progress { reviewed: 2, total: 4 });
        assert_eq!(progress(&p).label(), "2 of 4 reviewed");
        assert!(!progress(&p).is_done());
        assert!(progress(&project(&[A, R])).is_done());
    }

    #[test]
    fn pressing_accept_n_times_from_the_first_claim_decides_n_claims() {
        let mut p = project(&[S; 12]);
        let listed: Vec<usize> = (0..12).collect();
        let mut at = Some(0);
        for _ in 0..10 {
            let i = listed[at.unwrap()];
            p.claims[i].status = A;
            at = next_to_review(&p, &listed, at);
        }
        assert_eq!(progress(&p).reviewed, 10);
        assert_eq!(at, Some(10));
    }
}
