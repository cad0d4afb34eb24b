//! Golden test: every claim extracted from the seed story (five articles on one Trump–Putin
//! call), rendered one line per claim and compared with the reviewed tests/golden/seeds_claims.txt.
//! Run with UPDATE_GOLDEN=1 to rewrite the file after an intended change, then review the diff.

use claimlens::model::Project;
use claimlens::{analyze, InputFile};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seeds_claims.txt");

fn seed_files() -> Vec<InputFile> {
    let mut paths: Vec<_> = std::fs::read_dir(SEEDS)
        .expect("tests/fixtures/seeds exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| InputFile {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(p).expect("readable seed"),
        })
        .collect()
}

/// One line per claim: document, kind, speaker, cue, source mention, content.
fn render(project: &Project) -> String {
    let mut out = String::new();
    for claim in &project.claims {
        let doc = project.documents.iter().find(|d| d.id == claim.document).unwrap();
        let text = doc.text.as_str();
        let speaker = claim
            .speaker
            .as_ref()
            .and_then(|id| project.speakers.iter().find(|s| &s.id == id))
            .map_or("-", |s| s.name.as_str());
        let span = |s: Option<claimlens::text::Span>| {
            s.map_or("-".to_string(), |s| s.slice(text).to_string())
        };
        let content = if claim.content_parts.is_empty() {
            claim.content.slice(text).to_string()
        } else {
            claim.content_parts.iter().map(|p| p.slice(text)).collect::<Vec<_>>().join(" | ")
        };
        out.push_str(&format!(
            "{} {} [{}] <{}> ({}) {}\n",
            &doc.name[..3],
            claim.kind.as_str(),
            speaker,
            span(claim.cue),
            span(claim.source_mention),
            content.replace('\n', " / ")
        ));
    }
    out
}

#[test]
fn seed_story_claims_match_the_reviewed_golden_file() {
    let (project, _) = analyze(&seed_files());
    let got = render(&project);
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::write(GOLDEN, &got).expect("writable golden file");
        return;
    }
    let want = std::fs::read_to_string(GOLDEN).unwrap_or_default();
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .filter(|l| !got.lines().any(|g| g == *l))
            .map(|l| format!("- {l}"))
            .chain(got.lines().filter(|g| !want.lines().any(|l| l == *g)).map(|g| format!("+ {g}")))
            .collect();
        panic!("seed claims changed (UPDATE_GOLDEN=1 to accept):\n{}", diff.join("\n"));
    }
}
