//! Clusters on hand-made claims over the seed texts, independent of what the extractor finds.
//!
//! Seeds 003/004 are two translations of one report and 001/002 a rewrite of another: every
//! claim the two versions share must be joined, and claims that only share a topic must not be.

use claimlens::model::{Claim, ClaimKind, Document, Project, Speaker, SpeakerKind};
use claimlens::story::clusters::cluster_claims;
use claimlens::story::duplicates::mark_duplicates;
use claimlens::text::Span;

const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("fixtures/seeds/000_b6e732ae2de8a876.txt")),
    ("001", include_str!("fixtures/seeds/001_216727c9abf153cd.txt")),
    ("002", include_str!("fixtures/seeds/002_c9a25246d8df2476.txt")),
    ("003", include_str!("fixtures/seeds/003_1df48a8ff55d4118.txt")),
    ("004", include_str!("fixtures/seeds/004_3db6b54fe26f4393.txt")),
];

/// (label, seed, speaker, content pieces): the same label in two seeds or more must end in one
/// cluster ("relations-warning": Putin's warning as 001/002 and, in other words, 003/004 report it);
/// a label starting with "-" must end in no cluster.
const CLAIMS: &[(&str, &str, &str, &[&str])] = &[
    ("-tomahawks-000", "000", "Trump", &["Hopefully we’ll be able to get the war over without thinking about Tomahawks. I think we’re fairly close to that. We don’t want to give away things we need to protect our country."]),
    ("-end-war-000", "000", "Trump", &["I think President Putin wants to end the war."]),
    ("-outmaneuvered", "000", "Kirill Dmitriev", &["Putin outmaneuvered everyone again."]),
    ("range", "001", "Vladimir Putin", &["Tomahawk missiles, which have a range that can reach major Russian cities such as Moscow and St. Petersburg, would have no significant impact on the battlefield"]),
    ("relations-warning", "001", "Vladimir Putin", &["they would only harm U.S.-Russia relations"]),
    ("values", "001", "Vladimir Putin", &["Trump greatly values"]),
    ("peacemaker", "001", "a Kremlin aide", &["Putin also praised Trump as a peacemaker in the Middle East and beyond"]),
    ("middle-east", "001", "Trump", &["his success in the Middle East, despite all the difficulties, will help end the war between Russia and Ukraine"]),
    ("dialogue", "001", "Ukrainian officials", &["it was the Tomahawk discussion that forced Putin to return to dialogue"]),
    ("-positive", "002", "Russian officials", &["“positive and productive” and “held in an atmosphere of trust.”"]),
    ("range", "002", "Vladimir Putin", &["the Tomahawk’s range can target major Russian cities such as Moscow and St. Petersburg and will not have a major impact on the battlefield"]),
    ("relations-warning", "002", "Vladimir Putin", &["they would only harm U.S.-Russian relations"]),
    ("values", "002", "Vladimir Putin", &["Trump valued very much"]),
    ("peacemaker", "002", "a Kremlin aide", &["Putin also praised Trump as a peacemaker in the Middle East and beyond"]),
    ("middle-east", "002", "Trump", &["despite the difficulties, his success in the Middle East will help end the war between Russia and Ukraine"]),
    ("dialogue", "002", "Ukrainian officials", &["it was the Tomahawk discussion that forced Putin to reopen talks"]),
    ("bring-peace", "003", "Trump", &["\"ultimately bring peace to this conflict\""]),
    ("need-tomahawks", "003", "Trump", &["The United States also needs Tomahawk missiles,"]),
    ("dont-know", "003", "Trump", &["so I don't know what we can do about that."]),
    ("week-or-two", "003", "Trump", &["new hardline measures pushed by Republicans \"may not come at the perfect time, but could materialize in a week or two.\""]),
    ("zelensky-pressure", "003", "Zelensky", &["Trump's growing dissatisfaction with Putin may compel him to exert pressure that the White House has hitherto refrained from"]),
    ("relations-warning", "003", "Vladimir Putin", &["if the U.S. were to provide Tomahawk missiles to Ukraine, it \"would significantly damage relations between both countries, let alone the prospects for a peaceful resolution.\""]),
    ("reckless", "003", "Sergey Radchenko", &["considering the grand nature of the Alaska summit which did not yield any agreements in August, Trump's willingness to meet again is \"almost reckless.\""]),
    ("pressure-communication", "003", "Sergey Radchenko", &["what is needed now is a strategy combining \"pressure and communication.\""]),
    ("maximum-pressure", "003", "Sergey Radchenko", &["I see that efforts for dialogue are being made, but I have not seen 'maximum pressure'"]),
    ("trade", "003", "Trump", &["the two leaders discussed the promising trade prospects post-conflict in detail"]),
    ("immense", "003", "Trump", &["the economic opportunities after the war \"would be immense.\""]),
    ("buying-time", "003", "Maria Snegovaya", &["\"Putin is essentially buying time, delaying the U.S. delivery of much-needed weapons to Ukraine while holding off the energy sanctions Trump promised to implement.\""]),
    ("-orban-call", "003", "Viktor Orban", &["he plans to hold a call with Putin on Friday and is preparing for the summit's reception"]),
    ("summit-prep", "003", "Viktor Orban", &["preparations for the \"U.S.-Russia Peace Summit\" have commenced"]),
    ("island", "003", "Viktor Orban", &["Hungary is an island of peace!"]),
    ("consequences", "003", "Celeste Wallander", &["if the White House does not simultaneously apply \"consequences\" against Russia, Trump's second summit with Putin poses significant risks"]),
    ("narrative", "003", "Celeste Wallander", &["if the summit fails to yield any acceptable agreements, it would again \"give Putin the opportunity to signal to the world that he holds the narrative.\""]),
    ("bring-peace", "004", "Trump", &["a strategy to finally bring peace to a conflict that he previously claimed he could resolve within a single day"]),
    ("need-tomahawks", "004", "Trump", &["We need Tomahawks for the United States of America, too,"]),
    ("dont-know", "004", "Trump", &["So I don't know what we can do about that."]),
    ("week-or-two", "004", "Trump", &["the Republican push for strong new measures \"may not be perfect timing, but it could happen in a week or two.\""]),
    ("zelensky-pressure", "004", "Zelensky", &["Trump's growing impatience with Putin might lead him to apply pressure that the White House has thus far resisted"]),
    ("-renew-requests", "004", "Zelensky", &["He plans to renew requests for air defense systems and assistance in securing new energy supplies, along with the desired Tomahawk missiles."]),
    ("relations-warning", "004", "Vladimir Putin", &["doing so \"would cause significant damage to relations between our countries, not to mention the prospects for a peaceful settlement,\""]),
    ("reckless", "004", "Sergey Radchenko", &["\"almost foolhardy\" for Trump to agree to another meeting considering that the Alaska summit in August yielded no agreement despite considerable fanfare"]),
    ("pressure-communication", "004", "Sergey Radchenko", &["was combining pressure with communication"]),
    ("maximum-pressure", "004", "Sergey Radchenko", &["I'm seeing a lot of efforts at dialogue,", "I'm not yet seeing maximum pressure."]),
    ("trade", "004", "Trump", &["the two leaders discussed extensively about trade prospects after the war concludes"]),
    ("immense", "004", "Trump", &["the economic opportunities would be \"colossal.\""]),
    ("buying-time", "004", "Maria Snegovaya", &["\"Putin is essentially buying time, delaying the delivery of much-needed United States weapons to Ukraine and the implementation of the energy sanctions that Trump has promised,\""]),
    ("summit-prep", "004", "Viktor Orban", &["preparations for the \"USA-Russia peace summit\" were underway"]),
    ("island", "004", "Viktor Orban", &["\"Hungary is the island of PEACE!\""]),
    ("consequences", "004", "Celeste Wallander", &["holding a second Putin summit carries substantial risk if the White House has no plan to simultaneously impose costs on Russia"]),
    ("narrative", "004", "Celeste Wallander", &["it would again \"allow Putin to use the opportunity to send a message to the world that he's kind of in control of the narrative,\""]),
];

fn seed_project() -> Project {
    let mut project = Project::default();
    for (n, (_, text)) in SEEDS.iter().enumerate() {
        project.documents.push(document(&format!("d{}", n + 1), text));
    }
    for (label, seed, speaker, pieces) in CLAIMS {
        let speaker = speaker_id(&mut project, speaker);
        let n = SEEDS.iter().position(|(s, _)| s == seed).expect("known seed");
        let claim = claim(&project, n, pieces, &speaker, label);
        project.claims.push(claim);
    }
    project
}

fn document(id: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        name: format!("{id}.txt"),
        sha256: String::new(),
        text: text.into(),
        meta: Default::default(),
        boilerplate: vec![],
        duplicate_of: None,
    }
}

fn speaker_id(project: &mut Project, name: &str) -> String {
    if let Some(s) = project.speakers.iter().find(|s| s.name == name) {
        return s.id.clone();
    }
    let id = format!("s{}", project.speakers.len() + 1);
    project.speakers.push(Speaker {
        id: id.clone(),
        name: name.into(),
        kind: SpeakerKind::Person,
        aliases: vec![name.into()],
        descriptions: vec![],
    });
    id
}

fn claim(project: &Project, doc: usize, pieces: &[&str], speaker: &str, label: &str) -> Claim {
    let text = &project.documents[doc].text;
    let spans: Vec<Span> = pieces
        .iter()
        .map(|p| {
            let at = text.find(p).unwrap_or_else(|| panic!("{label}: {p:?} not in seed {doc}"));
            Span::of(text, at..at + p.len())
        })
        .collect();
    let id = format!("c{}", project.claims.len() + 1);
    let content = spans[0].cover(*spans.last().unwrap());
    Claim {
        content_parts: if spans.len() > 1 { spans } else { vec![] },
        speaker: Some(speaker.into()),
        confidence: 0.9,
        ..Claim::suggested(id, project.documents[doc].id.clone(), ClaimKind::Direct, content)
    }
}

fn label_of(id: &str) -> &'static str {
    let n: usize = id[1..].parse().unwrap();
    CLAIMS[n - 1].0
}

#[test]
fn every_shared_claim_of_the_seed_pairs_is_joined_and_nothing_else() {
    let mut project = seed_project();
    mark_duplicates(&mut project);
    cluster_claims(&mut project);
    let mut problems = Vec::new();
    for cluster in &project.clusters {
        let labels: Vec<&str> = cluster.claims.iter().map(|c| label_of(c)).collect();
        let one_label = labels.iter().all(|l| *l == labels[0]);
        if labels.len() < 2 || !one_label || labels[0].starts_with('-') {
            problems.push(format!("{}: wrong members {labels:?}", cluster.id));
        }
    }
    for (label, seed, _, _) in CLAIMS.iter().filter(|c| !c.0.starts_with('-')) {
        let joined =
            project.clusters.iter().any(|k| k.claims.iter().any(|c| label_of(c) == *label));
        if !joined {
            problems.push(format!("{label} ({seed}) is in no cluster"));
        }
        let holding: Vec<&str> = project
            .clusters
            .iter()
            .filter(|k| k.claims.iter().any(|c| label_of(c) == *label))
            .map(|k| k.id.as_str())
            .collect();
        if holding.len() > 1 {
            problems.push(format!("{label} is split over clusters {holding:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn clusters_are_numbered_by_first_claim_and_flag_variant_wording() {
    let mut project = seed_project();
    cluster_claims(&mut project);
    let ids: Vec<&str> = project.clusters.iter().map(|k| k.id.as_str()).collect();
    let expected: Vec<String> = (1..=ids.len()).map(|n| format!("k{n}")).collect();
    assert_eq!(ids, expected);
    let firsts: Vec<usize> =
        project.clusters.iter().map(|k| k.claims[0][1..].parse().unwrap()).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");
    let variant = |label: &str| {
        let k = project.clusters.iter().find(|k| label_of(&k.claims[0]) == label).unwrap();
        k.variant_wording
    };
    assert!(variant("immense"));
    assert!(variant("island"), "an / the");
    assert!(!variant("peacemaker"));
    assert!(!variant("dont-know"), "case and punctuation aside, the same words");
}

#[test]
fn seed_copies_point_to_the_earlier_document() {
    let mut project = seed_project();
    mark_duplicates(&mut project);
    let found: Vec<Option<(&str, f64)>> = project
        .documents
        .iter()
        .map(|d| d.duplicate_of.as_ref().map(|x| (x.document.as_str(), x.similarity)))
        .collect();
    assert_eq!(found[0], None, "000 is nobody's copy");
    assert_eq!(found[1], None);
    assert_eq!(found[2].map(|f| f.0), Some("d2"), "002 rewrites 001: {found:?}");
    assert_eq!(found[3], None);
    assert_eq!(found[4].map(|f| f.0), Some("d4"), "004 renders 003: {found:?}");
}
