//! Versions of the project the page caches against, derived from what a change touched: a
//! review edit's recorded `Change`s say whether it changed only claims' fields or the lists of
//! documents, speakers and tags; replacing or growing the project touches everything. Nothing
//! bumps a counter by hand: `Session` records a `Touched` and the versions follow from it.

use crate::review::Change;

/// What a change of the project reached, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Touched {
    Nothing,
    /// Fields of existing claims only (status, speaker, tags, note, kind, spans).
    Claims,
    /// Which documents, speakers or tags there are, what they are called, or how many claims
    /// a document has: the catalog views show.
    Catalog,
}

impl Touched {
    /// What these changes (one review action's, as recorded for undo) reached.
    pub fn by(changes: &[Change]) -> Touched {
        let one = |change: &Change| match change {
            Change::Claim(..) => Touched::Claims,
            _ => Touched::Catalog,
        };
        changes.iter().map(one).max().unwrap_or(Touched::Nothing)
    }
}

/// The versions views and caches compare: `project` moves with every change of the project
/// (what autosave saves and what the worker's copy is checked against), `catalog` with every
/// change of the catalog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Versions {
    project: u64,
    catalog: u64,
}

impl Versions {
    /// The version of the project as a whole.
    pub fn project(&self) -> u64 {
        self.project
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
            assert_eq!(Touched::by(&changes), Touched::Catalog);
        }
        let mut versions = Versions::default();
        versions.record(Touched::Catalog);
        assert_eq!((versions.project(), versions.catalog()), (1, 1));
    }

    #[test]
    fn no_change_moves_nothing() {
        assert_eq!(Touched::by(&[]), Touched::Nothing);
        let mut versions = Versions::default();
        versions.record(Touched::Nothing);
        assert_eq!(versions, Versions::default());
    }
}
