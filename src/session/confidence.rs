//! Hiding the suggestions the extractor is least sure of: below a confidence the person picks,
//! claims still to review that the extractor suggested leave the claims list and the reader
//! (decided and manual claims always stay). The choice is kept with the saved project.

use crate::model::{Claim, Origin, Status};

/// A confidence floor in percent: suggestions under it are hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HideBelow(u8);

impl HideBelow {
    /// The floors the claims toolbar offers, in percent.
    pub const CHOICES: [u8; 7] = [20, 30, 40, 50, 60, 70, 80];

    /// A floor of `percent` (1 to 99; anything else hides nothing or everything, so is none).
    pub fn new(percent: u8) -> Option<HideBelow> {
        (1..=99).contains(&percent).then_some(HideBelow(percent))
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    /// Whether `claim` is hidden: an extracted suggestion still to review, less confident
    /// than the floor.
    pub fn hides(self, claim: &Claim) -> bool {
        claim.status == Status::Suggested
            && claim.origin == Origin::Extracted
            && claim.confidence * 100.0 < f64::from(self.0)
    }
}

/// How many claims `floor` hides.
pub fn hidden_count(claims: &[Claim], floor: Option<HideBelow>) -> usize {
    floor.map_or(0, |floor| claims.iter().filter(|c| floor.hides(c)).count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{analyze, InputFile};

    fn claims() -> Vec<Claim> {
        let text = "\"The dam is safe,\" said Rosa Lind, the engineer. Officials suggested the \
                    spillway might be closed soon.";
        let file = InputFile { name: "dam.txt".into(), bytes: text.as_bytes().to_vec() };
        analyze(&[file]).0.claims
    }

    #[test]
    fn only_unreviewed_extracted_suggestions_under_the_floor_are_hidden() {
        let mut claims = claims();
        let floor = HideBelow::new(99).expect("a floor");
        let under = claims.iter().filter(|c| c.confidence < 0.99).count();
        assert!(under > 0, "made-up claims are under 99%");
        assert_eq!(hidden_count(&claims, Some(floor)), under);
        claims[0].status = Status::Accepted;
        let last = claims.len() - 1;
        claims[last].origin = Origin::Manual;
        let still = claims.iter().filter(|c| floor.hides(c)).count();
        assert!(still < under, "decided and manual claims stay");
        assert!(!floor.hides(&claims[last]), "a manual claim stays");
        assert!(claims.iter().filter(|c| c.status == Status::Accepted).all(|c| !floor.hides(c)));
    }

    #[test]
    fn no_floor_or_a_meaningless_one_hides_nothing() {
        assert_eq!(hidden_count(&claims(), None), 0);
        assert_eq!(HideBelow::new(0), None);
        assert_eq!(HideBelow::new(100), None);
    }
}
