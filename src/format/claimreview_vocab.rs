//! ClaimReview tests, and the check of its output against schema.org's vocabulary: a vendored
//! subset (the types and properties the export may use, with each property's domain as
//! schema.org defines it, and each type's parent), copied by hand from schema.org's pages
//! (this machine cannot fetch schema.org). Every `@type` written must be one of these types,
//! and every property must belong to the type it is on or to one of its ancestors.

use serde_json::Value;

use super::*;
use crate::model::{ClaimKind, Cluster, Document, Origin, Speaker, Tag};
use crate::text::Span;

/// (type, parent) on schema.org.
const TYPES: &[(&str, &str)] = &[
    ("Thing", ""),
    ("CreativeWork", "Thing"),
    ("Review", "CreativeWork"),
    ("ClaimReview", "Review"),
    ("Claim", "CreativeWork"),
    ("Intangible", "Thing"),
    ("Rating", "Intangible"),
    ("Organization", "Thing"),
    ("Person", "Thing"),
];

/// (property, a type in its domain) on schema.org.
const PROPERTIES: &[(&str, &str)] = &[
    ("name", "Thing"),
    ("url", "Thing"),
    ("alternateName", "Thing"),
    ("author", "CreativeWork"),
    ("datePublished", "CreativeWork"),
    ("publisher", "CreativeWork"),
    ("itemReviewed", "Review"),
    ("reviewRating", "Review"),
    ("reviewBody", "Review"),
    ("claimReviewed", "ClaimReview"),
    ("appearance", "Claim"),
    ("ratingValue", "Rating"),
    ("bestRating", "Rating"),
    ("worstRating", "Rating"),
];

fn is_a(kind: &str, ancestor: &str) -> bool {
    let mut at = kind;
    loop {
        if at == ancestor {
            return true;
        }
        match TYPES.iter().find(|(t, _)| *t == at) {
            Some((_, parent)) if !parent.is_empty() => at = parent,
            _ => return false,
        }
    }
}

/// Every problem of a node (and the nodes inside it) against the vocabulary.
fn check_node(node: &Value, problems: &mut Vec<String>) {
    let Some(object) = node.as_object() else {
        if let Some(items) = node.as_array() {
            items.iter().for_each(|n| check_node(n, problems));
        }
        return;
    };
    let kind = object.get("@type").and_then(Value::as_str).unwrap_or("");
    if !TYPES.iter().any(|(t, _)| *t == kind) {
        problems.push(format!("unknown type {kind:?} in {node}"));
    }
    for (key, value) in object {
        if key.starts_with('@') {
            continue;
        }
        match PROPERTIES.iter().find(|(p, _)| p == key) {
            Some((_, domain)) if is_a(kind, domain) => {}
            Some((_, domain)) => {
                problems.push(format!("{key} is a property of {domain}, not {kind}"))
            }
            None => problems.push(format!("unknown property {key}")),
        }
        if value.is_object() || value.is_array() {
            check_node(value, problems);
        }
    }
}

fn project() -> Project {
    let text = "\"Taxes fell,\" Mayor Jo said. \"Crime is up,\" police said. \"Rain,\" Jo said.";
    let other = "Mayor Jo said taxes fell.";
    let span = |t: &str, needle: &str| {
        let at = t.find(needle).unwrap();
        Span::within(t, at, at + needle.len()).unwrap()
    };
    let claim =
        |id: &str, doc: &str, t: &str, content: &str, tags: &[&str], status: Status| Claim {
            id: id.into(),
            document: doc.into(),
            kind: ClaimKind::Direct,
            content: span(t, content),
            content_parts: vec![],
            cue: None,
            source_mention: None,
            speaker: Some(if content.starts_with("Crime") { "s2" } else { "s1" }.into()),
            status,
            origin: Origin::Extracted,
            confidence: 0.9,
            found_by: None,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            note: if id == "c1" { "Budget shows a rise.".into() } else { String::new() },
            cluster: (id == "c1" || id == "c9").then(|| "k1".into()),
        };
    let meta = crate::text::meta::Meta {
        title: Some("City news".into()),
        outlet: Some("The Daily".into()),
        published: Some("2026-11-30".into()),
        url: Some("https://example.com/a".into()),
        ..Default::default()
    };
    let doc = |id: &str, t: &str, meta| Document {
        id: id.into(),
        name: format!("{id}.txt"),
        sha256: String::new(),
        text: t.into(),
        meta,
        boilerplate: vec![],
        duplicate_of: None,
    };
    let speaker = |id: &str, name: &str, kind| Speaker {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: vec![],
        descriptions: vec![],
    };
    Project {
        tags: vec![
            Tag { id: "false".into(), label: "False".into(), color: "#000".into(), key: None },
            Tag {
                id: "verified".into(),
                label: "Verified".into(),
                color: "#000".into(),
                key: None,
            },
            Tag { id: "t7".into(), label: "Misleading".into(), color: "#000".into(), key: None },
            Tag { id: "opinion".into(), label: "Opinion".into(), color: "#000".into(), key: None },
        ],
        documents: vec![doc("d1", text, meta), doc("d2", other, Default::default())],
        speakers: vec![
            speaker("s1", "Jo Park", SpeakerKind::Person),
            speaker("s2", "City police", SpeakerKind::Organization),
        ],
        claims: vec![
            claim("c1", "d1", text, "Taxes fell,", &["verified", "t7"], Status::Accepted),
            claim("c2", "d1", text, "Crime is up,", &["false"], Status::Rejected),
            claim("c3", "d1", text, "Rain,", &["opinion"], Status::Accepted),
            claim("c9", "d2", other, "taxes fell", &[], Status::Suggested),
        ],
        clusters: vec![Cluster {
            id: "k1".into(),
            claims: vec!["c1".into(), "c9".into()],
            variant_wording: false,
        }],
    }
}

#[test]
fn verdicts_become_claimreviews_that_use_only_schema_org_terms() {
    let out = export_claimreview(&project(), &RatingTable::default(), Some("2026-12-01T10:00:00Z"));
    let value: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    let graph = value["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 1, "c2 is rejected, c3 and c9 have no verdict:\n{out}");
    let review = &graph[0];
    let mut problems = Vec::new();
    check_node(review, &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(review["claimReviewed"], "Taxes fell,");
    assert_eq!(
        review["reviewRating"]["alternateName"], "Misleading",
        "the lowest verdict, by label"
    );
    assert_eq!(review["reviewRating"]["ratingValue"], 2);
    assert_eq!(review["itemReviewed"]["author"]["name"], "Jo Park");
    let appearances = review["itemReviewed"]["appearance"].as_array().unwrap();
    assert_eq!(appearances.len(), 2, "its article and the cluster's other outlet");
    assert_eq!(appearances[0]["publisher"]["name"], "The Daily");
    assert_eq!(appearances[0]["datePublished"], "2026-11-30");
    assert_eq!(review["datePublished"], "2026-12-01");
    assert_eq!(review["reviewBody"], "Budget shows a rise.");
    assert!(review["@id"].as_str().unwrap().starts_with("urn:uuid:"));
}

#[test]
fn the_vocabulary_check_catches_unknown_and_misplaced_terms() {
    let mut problems = Vec::new();
    check_node(
        &serde_json::json!({"@type": "ClaimReview", "appearance": [], "ratingValue": 1}),
        &mut problems,
    );
    check_node(&serde_json::json!({"@type": "FactCheck", "claimReviewd": "x"}), &mut problems);
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn a_rating_table_is_read_from_json_and_checked() {
    let table = RatingTable::from_json(
        r#"{"best": 7, "worst": 1, "tags": {"pants-on-fire": {"value": 1, "name": "Pants on fire"}}}"#,
    )
    .unwrap();
    assert_eq!(table.tags["pants-on-fire"].name, "Pants on fire");
    let outside = RatingTable::from_json(
        r#"{"best": 5, "worst": 1, "tags": {"x": {"value": 9, "name": "X"}}}"#,
    );
    assert!(outside.unwrap_err().contains("outside 1–5"));
    assert!(RatingTable::from_json(r#"{"best": 5}"#)
        .unwrap_err()
        .starts_with("not a rating table"));
}
