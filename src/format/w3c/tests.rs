//! W3C export tests on made-up projects (the suite's own schemas run in scripts/interop.sh).

use super::*;
use crate::model::{ClaimKind, Cluster, Speaker, SpeakerKind};
use crate::pipeline::hex_sha256;

fn project(text: &str, claims: &[(&str, &str, Status, Origin)]) -> Project {
    let span = |needle: &str| {
        let at = text.find(needle).unwrap();
        Span::within(text, at, at + needle.len()).unwrap()
    };
    Project {
        documents: vec![Document {
            id: "d1".into(),
            name: "story.txt".into(),
            sha256: hex_sha256(text),
            text: text.into(),
            meta: Default::default(),
            boilerplate: vec![],
            duplicate_of: None,
        }],
        speakers: vec![Speaker {
            id: "s1".into(),
            name: "Ann Smith".into(),
            kind: SpeakerKind::Person,
            aliases: vec![],
            descriptions: vec![],
        }],
        claims: claims
            .iter()
            .map(|(id, content, status, origin)| Claim {
                id: (*id).into(),
                document: "d1".into(),
                kind: ClaimKind::Direct,
                content: span(content),
                content_parts: vec![],
                cue: Some(span("said")),
                source_mention: None,
                speaker: Some("s1".into()),
                status: *status,
                origin: *origin,
                confidence: 0.5,
                found_by: None,
                tags: vec![],
                note: String::new(),
                cluster: None,
            })
            .collect(),
        ..Project::default()
    }
}

fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

#[test]
fn positions_count_code_points_and_quotes_carry_context() {
    let text = "😀 héllo world, Ann said.";
    let p = project(text, &[("c1", "world", Status::Suggested, Origin::Extracted)]);
    let v = parse(&export_w3c(&p, None));
    let target = &v["first"]["items"][0]["target"][0];
    assert_eq!(target["selector"][1]["start"], 8);
    assert_eq!(target["selector"][1]["end"], 13);
    assert_eq!(target["selector"][0]["exact"], "world");
    assert_eq!(target["selector"][0]["prefix"], "😀 héllo ");
    assert_eq!(target["source"]["label"], "story.txt");
    assert_eq!(target["source"]["sha256"], hex_sha256(text));
    assert_eq!(v["first"]["items"][0]["target"][1]["role"], "cue");
}

#[test]
fn ids_are_uuids_unique_within_and_across_projects_and_stable() {
    let a = project("One, Ann said. Two.", &[("c1", "One", Status::Suggested, Origin::Extracted)]);
    let b =
        project("Three, Ann said. Two.", &[("c1", "Three", Status::Suggested, Origin::Extracted)]);
    let (va, vb) = (parse(&export_w3c(&a, None)), parse(&export_w3c(&b, None)));
    let ida = va["first"]["items"][0]["id"].as_str().unwrap().to_string();
    assert!(ida.starts_with("urn:uuid:"), "{ida}");
    assert_ne!(ida, vb["first"]["items"][0]["id"].as_str().unwrap());
    assert_ne!(va["id"], vb["id"]);
    assert_ne!(va["id"], va["first"]["id"]);
    assert_eq!(export_w3c(&a, None), export_w3c(&a, None), "reproducible");
}

#[test]
fn rejected_claims_are_left_out_with_their_links() {
    let mut p = project(
        "One, Ann said. Two, Ann said. Three.",
        &[
            ("c1", "One", Status::Accepted, Origin::Extracted),
            ("c2", "Two", Status::Rejected, Origin::Extracted),
            ("c3", "Three", Status::Suggested, Origin::Manual),
        ],
    );
    p.clusters = vec![
        Cluster { id: "k1".into(), claims: vec!["c1".into(), "c2".into()], variant_wording: false },
        Cluster { id: "k2".into(), claims: vec!["c1".into(), "c3".into()], variant_wording: true },
    ];
    let v = parse(&export_w3c(&p, Some("2026-12-01T10:00:00Z")));
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "c1, c3 and the link k2");
    assert_eq!(v["total"], 3);
    let exact: Vec<&str> = items[..2]
        .iter()
        .map(|a| a["target"][0]["selector"][0]["exact"].as_str().unwrap())
        .collect();
    assert_eq!(exact, ["One", "Three"]);
    assert_eq!(items[0]["creator"]["type"], "Person", "accepted by a person");
    assert_eq!(items[1]["creator"]["type"], "Person", "made by a person");
    assert_eq!(items[2]["motivation"], "linking");
    assert_eq!(items[2]["target"][1], items[1]["id"]);
    assert_eq!(items[0]["created"], "2026-12-01T10:00:00Z");
    assert_eq!(v["modified"], "2026-12-01T10:00:00Z");
}

#[test]
fn a_suggestion_is_the_software_s_and_bodies_carry_no_id() {
    let p = project("One, Ann said.", &[("c1", "One", Status::Suggested, Origin::Extracted)]);
    let v = parse(&export_w3c(&p, None));
    let a = &v["first"]["items"][0];
    assert_eq!(a["creator"]["type"], "Software");
    assert!(a.get("created").is_none(), "no time, no date");
    for body in a["body"].as_array().unwrap() {
        assert!(body.get("id").is_none(), "{body}");
    }
    let speaker = a["body"].as_array().unwrap().iter().find(|b| b["purpose"] == "identifying");
    assert_eq!(speaker.unwrap()["value"], "Ann Smith");
}

#[test]
fn digests_are_written_as_rfc_6920_ni_iris() {
    let empty = hex_sha256("");
    assert_eq!(base64url(&hex_bytes(&empty)), "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
    assert_eq!(base64url(b"f"), "Zg");
    assert_eq!(base64url(b"fo"), "Zm8");
    assert_eq!(base64url(b"foo"), "Zm9v");
}

#[test]
fn written_item_by_item_the_text_is_what_one_pretty_value_would_be() {
    let text = "One, Ann said. Two, Ann said. Three.";
    let claims = [
        ("c1", "One", Status::Suggested, Origin::Extracted),
        ("c2", "Two", Status::Accepted, Origin::Manual),
    ];
    let mut with_cluster = project(text, &claims);
    with_cluster.clusters = vec![Cluster {
        id: "k1".into(),
        claims: vec!["c1".into(), "c2".into()],
        variant_wording: false,
    }];
    let nothing = project(text, &[]);
    for (p, at) in [(&with_cluster, Some("2026-12-07T10:00:00Z")), (&nothing, None)] {
        let written = export_w3c(p, at);
        let whole = serde_json::to_string_pretty(&parse(&written)).unwrap() + "\n";
        assert_eq!(written, whole);
    }
    assert_eq!(parse(&export_w3c(&with_cluster, None))["total"], 3, "two claims and a link");
    assert_eq!(parse(&export_w3c(&nothing, None))["first"]["items"], json!([]));
}
