//! Identifiers of an export that are unique to it and yet reproducible: `urn:uuid:` IRIs
//! derived from a digest of what is exported, so the CLI and the page write the same ids for
//! the same project, and two different projects never share one.
//!
//! The seed of an export is the SHA-256 of the project's claimlens/1 serialisation with
//! `exported_at` null (documents with their texts and digests, speakers, claims with every
//! decision, clusters, tags). The id of a thing in it is
//! `uuid8(SHA-256(seed ‖ kind ‖ 0x00 ‖ local id))`: the first 16 bytes of that digest with the
//! RFC 9562 version 8 ("custom") and variant bits set. An edit anywhere gives the export new
//! ids; the same project exported twice gets the same ones.

use sha2::{Digest, Sha256};

use crate::model::Project;

/// Derives the ids of one export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportIds {
    seed: [u8; 32],
}

impl ExportIds {
    /// The ids of an export of `project` (hashes its claimlens/1 form once).
    pub fn of(project: &Project) -> ExportIds {
        ExportIds::from_seed(super::claimlens::export_json(project, None).as_bytes())
    }

    /// The ids whose seed is this digest of the claimlens/1 text (written a piece at a time).
    pub fn from_digest(digest: Sha256) -> ExportIds {
        ExportIds { seed: digest.finalize().into() }
    }

    /// Ids seeded by arbitrary bytes (tests, and callers that hash something else).
    pub fn from_seed(bytes: &[u8]) -> ExportIds {
        ExportIds { seed: Sha256::digest(bytes).into() }
    }

    /// The export as a whole (the collection, the ClaimReview graph).
    pub fn export(&self) -> String {
        self.id("export", "")
    }

    /// `urn:uuid:…` for the thing of this `kind` ("claim", "cluster", "speaker", …) and id.
    pub fn id(&self, kind: &str, local: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.seed);
        hasher.update(kind.as_bytes());
        hasher.update([0]);
        hasher.update(local.as_bytes());
        let digest = hasher.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        format!("urn:uuid:{}", uuid_v8_text(bytes))
    }
}

/// The 8-4-4-4-12 hex form of `bytes` with version 8 and the RFC 9562 variant.
fn uuid_v8_text(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_8_uuids_stable_for_one_seed_and_distinct_across_seeds() {
        let a = ExportIds::from_seed(b"project a");
        let b = ExportIds::from_seed(b"project b");
        let id = a.id("claim", "c1");
        let uuid = id.strip_prefix("urn:uuid:").unwrap();
        let groups: Vec<&str> = uuid.split('-').collect();
        assert_eq!(groups.iter().map(|g| g.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(groups[2].starts_with('8'), "version 8: {uuid}");
        assert!(matches!(groups[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'), "variant: {uuid}");
        assert_eq!(id, a.id("claim", "c1"));
        assert_ne!(id, b.id("claim", "c1"));
        assert_ne!(id, a.id("claim", "c2"));
        assert_ne!(a.id("claim", "c1"), a.id("cluster", "c1"));
        assert_ne!(a.id("claim", "c1"), a.id("claimc", "1"), "kind and id are separated");
    }
}
