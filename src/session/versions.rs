//! Versions of the project the page caches against, derived from what a change touched: a
//! review edit's recorded `Change`s say whether it changed only claims' fields or the lists of
//! documents, speakers and tags; replacing or growing the project touches everything. Nothing
//! bumps a counter by hand: `Session` records a `Touched` and the versions follow from it.

use crate::model::Claim;
use crate::review::Change;

/// What a change of the project reached, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Touched {
    Nothing,
    /// Fields of existing claims only that say nothing of who said it or where else it is
    /// carried (status, tags, note, confidence).
    Claims,
    /// Fields of existing claims that the story and speaker views count: a claim's speaker,
    /// kind, cluster or spans.
    Attribution,
    /// Which documents, speakers or tags there are, what they are called, or how many claims
    /// a document has: the catalog views show.
    Catalog,
}

impl Touched {
    /// What these changes (one review action's, as recorded for undo: the values before it)
    /// reached, given the claims as they are after it.
    pub fn by(changes: &[Change], claims: &[Claim]) -> Touched {
        let one = |change: &Change| match change {
            Change::Claim(i, before) => match claims.get(*i) {
                Some(after) if !changes_attribution(before, after) => Touched::Claims,
                _ => Touched::Attribution,
            },
            _ => Touched::Catalog,
        };
        changes.iter().map(one).max().unwrap_or(Touched::Nothing)
    }
}

/// Whether a claim's change reaches what the story and speaker views count.
fn changes_attribution(before: &Claim, after: &Claim) -> bool {
    before.speaker != after.speaker
        || before.kind != after.kind
        || before.cluster != after.cluster
        || before.document != after.document
        || before.content != after.content
        || before.content_parts != after.content_parts
        || before.cue != after.cue
        || before.source_mention != after.source_mention
}

/// The versions views and caches compare: `project` moves with every change of the project
/// (what autosave saves and what the worker's copy is checked against), `attribution` with
/// every change of who said a claim, where it is and what it is joined with (what the story
/// and speaker views count), `catalog` with every change of the catalog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Versions {
    project: u64,
    attribution: u64,
    catalog: u64,
}

impl Versions {
    /// The version of the project as a whole.
    pub fn project(&self) -> u64 {
        self.project
    }

    /// The version of what the story and speaker views count (claims' speakers, kinds,
    /// clusters and spans, and the catalog).
    pub fn attribution(&self) -> u64 {
        self.attribution
    }

    /// The version of the lists of documents, speakers and tags.
    pub fn catalog(&self) -> u64 {
        self.catalog
    }

    /// Moves the versions `touched` reaches.
    pub fn record(&mut self, touched: Touched) {
        if touched >= Touched::Claims {
            self.project += 1;
        }
        if touched >= Touched::Attribution {
            self.attribution += 1;
        }
        if touched >= Touched::Catalog {
            self.catalog += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_fields_move_the_project_but_not_the_catalog() {
        let mut versions = Versions::default();
        versions.record(Touched::Claims);
        assert_eq!((versions.project(), versions.catalog()), (1, 0));
    }

    #[test]
    fn a_new_claim_or_tag_touches_the_catalog() {
        let tag = crate::model::default_tags().remove(0);
        for changes in [vec![Change::TagRemoved(0, tag)], vec![Change::ClaimInserted(3)]] {
            assert_eq!(Touched::by(&changes, &[]), Touched::Catalog);
        }
        let mut versions = Versions::default();
        versions.record(Touched::Catalog);
        assert_eq!((versions.project(), versions.catalog()), (1, 1));
    }

    /// A claim as the seed story gives it, and the same claim after `edit`.
    fn claim_before_and_after(edit: impl FnOnce(&mut Claim)) -> (Change, Vec<Claim>) {
        let (project, _) = crate::pipeline::analyze(&[crate::pipeline::InputFile {
            name: "a.txt".into(),
            bytes: b"\"We will win,\" Smith said on Monday.\n".to_vec(),
        }]);
        let before = project.claims[0].clone();
        let mut after = before.clone();
        edit(&mut after);
        (Change::Claim(0, before), vec![after])
    }

    #[test]
    fn a_status_tag_or_note_leaves_the_attribution_and_a_speaker_or_span_moves_it() {
        use crate::model::Status;
        for edit in [
            (|c: &mut Claim| c.status = Status::Accepted) as fn(&mut Claim),
            |c| c.tags.push("check".into()),
            |c| c.note = "see the transcript".into(),
        ] {
            let (change, claims) = claim_before_and_after(edit);
            assert_eq!(Touched::by(&[change], &claims), Touched::Claims);
        }
        for edit in [
            (|c: &mut Claim| c.speaker = None) as fn(&mut Claim),
            |c| c.cluster = Some("k9".into()),
            |c| c.content = crate::text::Span::of("\"We will", 0..3),
        ] {
            let (change, claims) = claim_before_and_after(edit);
            assert_eq!(Touched::by(&[change], &claims), Touched::Attribution);
        }
        let mut versions = Versions::default();
        versions.record(Touched::Attribution);
        assert_eq!((versions.project(), versions.attribution(), versions.catalog()), (1, 1, 0));
        versions.record(Touched::Catalog);
        assert_eq!((versions.project(), versions.attribution(), versions.catalog()), (2, 2, 1));
    }

    #[test]
    fn no_change_moves_nothing() {
        assert_eq!(Touched::by(&[], &[]), Touched::Nothing);
        let mut versions = Versions::default();
        versions.record(Touched::Nothing);
        assert_eq!(versions, Versions::default());
    }
}
