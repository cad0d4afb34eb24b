//! A benchmark of the cross-document pass on synthetic projects (`claimlens bench-story`).
//!
//! Documents and claims are generated deterministically (xorshift, no `rand`): a quarter of the
//! documents rewrite an earlier one with some words swapped. Time should grow near-linearly.

use std::fmt;
use std::time::Instant;

use crate::model::{Claim, ClaimKind, Document, Project, Speaker, SpeakerKind};
use crate::story::{clusters::cluster_claims, duplicates::mark_duplicates};
use crate::text::Span;

/// What one size took.
#[derive(Clone, Debug)]
pub struct Measurement {
    pub documents: usize,
    pub claims: usize,
    pub duplicates_found: usize,
    pub clusters_found: usize,
    pub duplicates_ms: f64,
    pub clusters_ms: f64,
}

impl fmt::Display for Measurement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.duplicates_ms + self.clusters_ms;
        write!(
            f,
            "{:>7} docs {:>8} claims | duplicates {:>9.1} ms ({} found) | clusters {:>9.1} ms ({} found) | {:>6.1} µs/doc",
            self.documents,
            self.claims,
            self.duplicates_ms,
            self.duplicates_found,
            self.clusters_ms,
            self.clusters_found,
            total * 1000.0 / self.documents.max(1) as f64,
        )
    }
}

/// Generates a project per size, runs duplicates and clustering, and reports each measurement.
pub fn run(sizes: &[usize], mut report: impl FnMut(&Measurement)) {
    for &size in sizes {
        report(&measure(size));
    }
}

/// Times `mark_duplicates` and `cluster_claims` on a synthetic project of `documents` articles.
pub fn measure(documents: usize) -> Measurement {
    let mut project = synthetic_project(documents, 0x5eed_cafe);
    let started = Instant::now();
    mark_duplicates(&mut project);
    let duplicates_ms = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    cluster_claims(&mut project);
    let clusters_ms = started.elapsed().as_secs_f64() * 1000.0;
    Measurement {
        documents,
        claims: project.claims.len(),
        duplicates_found: project.documents.iter().filter(|d| d.duplicate_of.is_some()).count(),
        clusters_found: project.clusters.len(),
        duplicates_ms,
        clusters_ms,
    }
}

/// A project of `documents` articles of ~14 sentences and 6 claims each; one in four rewrites a
/// recent earlier article (12% of words swapped), keeping its speakers.
pub fn synthetic_project(documents: usize, seed: u64) -> Project {
    let mut rng = XorShift(seed.max(1));
    let vocabulary = Vocabulary::new(20_000);
    let speakers = (documents / 3).max(10);
    let mut project =
        Project { speakers: (1..=speakers).map(speaker).collect(), ..Project::default() };
    let mut plans: Vec<Plan> = Vec::with_capacity(documents);
    for d in 0..documents {
        let plan = if d > 0 && rng.below(4) == 0 {
            let earlier = d - 1 - rng.below(d.min(50));
            plans[earlier].rewritten(&mut rng, &vocabulary)
        } else {
            Plan::fresh(&mut rng, &vocabulary, speakers)
        };
        add_planned(&mut project, d, &plan);
        plans.push(plan);
    }
    project
}

/// The sentences of one synthetic article: narration, or a claim by a speaker.
#[derive(Clone)]
struct Plan {
    sentences: Vec<(Option<usize>, Vec<usize>)>,
}

impl Plan {
    fn fresh(rng: &mut XorShift, vocabulary: &Vocabulary, speakers: usize) -> Plan {
        let sentences = (0..14)
            .map(|i| {
                let words = (0..10 + rng.below(12)).map(|_| vocabulary.pick(rng)).collect();
                let speaker = (i % 2 == 1 && i < 13).then(|| rng.below(speakers));
                (speaker, words)
            })
            .collect();
        Plan { sentences }
    }

    fn rewritten(&self, rng: &mut XorShift, vocabulary: &Vocabulary) -> Plan {
        let mut plan = self.clone();
        for (_, words) in &mut plan.sentences {
            for word in words.iter_mut() {
                if rng.below(100) < 12 {
                    *word = vocabulary.pick(rng);
                }
            }
        }
        plan
    }
}

fn add_planned(project: &mut Project, d: usize, plan: &Plan) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (speaker, words) in &plan.sentences {
        let sentence: Vec<&str> = words.iter().map(|&w| word_of(w)).collect();
        match speaker {
            Some(s) => {
                text.push_str(&format!("Speaker{} said \"", s + 1));
                let start = text.len();
                text.push_str(&sentence.join(" "));
                spans.push((*s, start, text.len()));
                text.push_str("\". ");
            }
            None => {
                text.push_str(&sentence.join(" "));
                text.push_str(". ");
            }
        }
    }
    let id = format!("d{}", d + 1);
    for (s, start, end) in spans {
        let n = project.claims.len() + 1;
        project.claims.push(synthetic_claim(&text, &id, n, s, start..end));
    }
    project.documents.push(Document {
        id: id.clone(),
        name: format!("{id}.txt"),
        sha256: String::new(),
        text,
        meta: Default::default(),
        boilerplate: vec![],
        duplicate_of: None,
    });
}

fn synthetic_claim(
    text: &str,
    document: &str,
    n: usize,
    speaker: usize,
    range: std::ops::Range<usize>,
) -> Claim {
    let content = Span::of(text, range);
    Claim {
        speaker: Some(format!("s{}", speaker + 1)),
        confidence: 0.9,
        ..Claim::suggested(format!("c{n}"), document.to_string(), ClaimKind::Direct, content)
    }
}

fn speaker(n: usize) -> Speaker {
    Speaker {
        id: format!("s{n}"),
        name: format!("Speaker{n}"),
        kind: SpeakerKind::Person,
        aliases: vec![],
        descriptions: vec![],
    }
}

/// Made-up words, drawn with a skew so that a few are common and most are rare.
struct Vocabulary {
    size: usize,
}

impl Vocabulary {
    fn new(size: usize) -> Vocabulary {
        WORDS.get_or_init(|| (0..size).map(made_up_word).collect());
        Vocabulary { size }
    }

    fn pick(&self, rng: &mut XorShift) -> usize {
        let x = rng.unit();
        ((x * x * x) * self.size as f64) as usize % self.size
    }
}

static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

fn word_of(index: usize) -> &'static str {
    &WORDS.get().expect("vocabulary made")[index]
}

/// "bakor", "tiluve", ...: syllables from the digits of `n`.
fn made_up_word(n: usize) -> String {
    const ONSETS: &[&str] =
        &["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "t", "v", "z", "sh"];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai"];
    let mut word = String::new();
    let mut rest = n + 100;
    while rest > 0 {
        word.push_str(ONSETS[rest % ONSETS.len()]);
        rest /= ONSETS.len();
        word.push_str(VOWELS[rest % VOWELS.len()]);
        rest /= VOWELS.len();
    }
    word.push('r');
    word
}

/// Marsaglia's xorshift64: deterministic and good enough for test data.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_rewrites_are_found_as_copies_and_clusters() {
        let m = measure(200);
        assert_eq!(m.documents, 200);
        assert!(m.duplicates_found >= 30, "{m}");
        assert!(m.clusters_found >= 150, "{m}");
    }

    #[test]
    fn the_same_seed_gives_the_same_project() {
        assert_eq!(synthetic_project(20, 7), synthetic_project(20, 7));
    }
}
