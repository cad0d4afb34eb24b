//! Golden clusters, speakers and copies for the seed story, through the whole pipeline.
//!
//! Renders what `claimlens::analyze` finds across documents as text and compares it with
//! tests/golden/seeds_story.txt; `UPDATE_GOLDEN=1 cargo test` rewrites the file. The extractor
//! is changing, so this file moves with it; tests/story_seed_pairs.rs pins joining on its own.

use claimlens::model::Project;
use claimlens::story::clusters::claim_text;
use claimlens::{analyze, InputFile};

const SEEDS: [(&str, &[u8]); 5] = [
    ("000_b6e732ae2de8a876.txt", include_bytes!("fixtures/seeds/000_b6e732ae2de8a876.txt")),
    ("001_216727c9abf153cd.txt", include_bytes!("fixtures/seeds/001_216727c9abf153cd.txt")),
    ("002_c9a25246d8df2476.txt", include_bytes!("fixtures/seeds/002_c9a25246d8df2476.txt")),
    ("003_1df48a8ff55d4118.txt", include_bytes!("fixtures/seeds/003_1df48a8ff55d4118.txt")),
    ("004_3db6b54fe26f4393.txt", include_bytes!("fixtures/seeds/004_3db6b54fe26f4393.txt")),
];

fn render(project: &Project) -> String {
    let mut out = String::from("# copies\n");
    for d in &project.documents {
        let copy = match &d.duplicate_of {
            Some(x) => format!("copy of {} ({:.2})", name_of(project, &x.document), x.similarity),
            None => "original".to_string(),
        };
        out.push_str(&format!("{}: {copy}\n", d.name));
    }
    out.push_str("\n# speakers\n");
    for s in &project.speakers {
        out.push_str(&format!("{} ({:?}): {}\n", s.name, s.kind, s.aliases.join(" / ")));
    }
    out.push_str("\n# clusters\n");
    for k in &project.clusters {
        let variant = if k.variant_wording { " variant wording" } else { "" };
        out.push_str(&format!("{}{variant}\n", k.id));
        for id in &k.claims {
            let c = project.claim(id).expect("cluster lists known claims");
            let speaker =
                c.speaker.as_deref().and_then(|s| project.speaker(s)).map_or("?", |s| &s.name);
            let doc = &name_of(project, &c.document)[..3];
            out.push_str(&format!(
                "  {speaker} | {doc}: {}\n",
                claim_text(project, c).replace('\n', " ")
            ));
        }
    }
    out
}

fn name_of<'a>(project: &'a Project, id: &str) -> &'a str {
    project.document(id).map_or("?", |d| d.name.as_str())
}

#[test]
fn seed_story_matches_golden() {
    let files: Vec<InputFile> =
        SEEDS.iter().map(|(n, b)| InputFile { name: n.to_string(), bytes: b.to_vec() }).collect();
    let (project, _) = analyze(&files);
    let actual = render(&project);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds_story.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(actual == expected, "golden differs; UPDATE_GOLDEN=1 to accept:\n{actual}");
}

#[test]
fn seed_copies_are_002_of_001_and_004_of_003() {
    let files: Vec<InputFile> =
        SEEDS.iter().map(|(n, b)| InputFile { name: n.to_string(), bytes: b.to_vec() }).collect();
    let (project, _) = analyze(&files);
    let copies: Vec<Option<&str>> = project
        .documents
        .iter()
        .map(|d| d.duplicate_of.as_ref().map(|x| &name_of(&project, &x.document)[..3]))
        .collect();
    assert_eq!(copies, [None, None, Some("001"), None, Some("003")]);
}
