//! Joining the same claim reported in several documents into clusters.
//!
//! Candidates come from the rarest terms of each claim and their synonym groups ([`TermIndex`]);
//! each candidate pair is scored ([`join_score`]) and pairs are joined strongest first, never
//! putting two claims of one document or two different known speakers in one cluster. A claim
//! an organisation reports a person making is compared under the person
//! ([`crate::story::reported`]). Clusters hold at least two claims,
//! are numbered "k1".. by their first claim, and are flagged when their quoted words differ.

use std::collections::HashMap;

use crate::model::{Claim, ClaimKind, Cluster, Project, Status};
use crate::story::index::{sorted_set, TermIndex};
use crate::story::memo::StoryMemo;
use crate::story::reported::comparison_speakers;
use crate::story::similarity::{
    join_score, ClaimProfile, JoinConfig, PackedTerms, SpeakerMatch, TermWeights,
};
use crate::story::words::{hash_str, words};
use crate::text::Span;

/// How claims are joined.
#[derive(Clone, Debug)]
pub struct ClusterConfig {
    pub join: JoinConfig,
    /// Terms held by more claims than this are too common to find candidates by.
    pub posting_cap: usize,
    /// Least share of the claim pairs across two groups that must be joinable pairs for the
    /// groups to become one cluster (average linkage): one claim that says two things ("bar
    /// Muslims and make Mexico pay for the wall") may not chain two statements into one.
    pub link_share: f64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig { join: JoinConfig::default(), posting_cap: 64, link_share: 0.5 }
    }
}

/// Recomputes `project.clusters` and every claim's `cluster` (default settings).
pub fn cluster_claims(project: &mut Project) {
    cluster_claims_with(project, &ClusterConfig::default());
}

/// Recomputes `project.clusters` and every claim's `cluster`.
pub fn cluster_claims_with(project: &mut Project, config: &ClusterConfig) {
    cluster_claims_remembering(project, config, &mut StoryMemo::default());
}

/// [`cluster_claims_with`], reading each claim text's profile from `memo` when it has it.
pub fn cluster_claims_remembering(
    project: &mut Project,
    config: &ClusterConfig,
    memo: &mut StoryMemo,
) {
    let members = group_claims_remembering(project, config, memo);
    let texts = DocumentTexts::new(project);
    let flags: Vec<bool> = members.iter().map(|c| wordings_differ(project, &texts, c)).collect();
    project.clusters.clear();
    for claim in &mut project.claims {
        claim.cluster = None;
    }
    for (n, (claims, variant_wording)) in members.into_iter().zip(flags).enumerate() {
        let id = format!("k{}", n + 1);
        for &c in &claims {
            project.claims[c].cluster = Some(id.clone());
        }
        let claims = claims.iter().map(|&c| project.claims[c].id.clone()).collect();
        project.clusters.push(Cluster { id, claims, variant_wording });
    }
}

/// Groups of claim indices (into `project.claims`), each in claim order, ordered by first claim.
pub fn group_claims(project: &Project, config: &ClusterConfig) -> Vec<Vec<usize>> {
    group_claims_remembering(project, config, &mut StoryMemo::default())
}

/// [`group_claims`] with claim profiles read from `memo` when it has them.
fn group_claims_remembering(
    project: &Project,
    config: &ClusterConfig,
    memo: &mut StoryMemo,
) -> Vec<Vec<usize>> {
    let live: Vec<usize> =
        (0..project.claims.len()).filter(|&c| is_clusterable(&project.claims[c])).collect();
    let texts = DocumentTexts::new(project);
    let text_of = |c: usize| claim_text_in(texts.of(&project.claims[c]), &project.claims[c]);
    let claim_texts: Vec<String> = live.iter().map(|&c| text_of(c)).collect();
    let mut profiles: Vec<ClaimProfile> = claim_texts.iter().map(|t| memo.profile(t)).collect();
    let weights = TermWeights::new(&profiles);
    for profile in &mut profiles {
        weights.weigh(profile);
    }
    let speakers = comparison_speakers(project, &live, &claim_texts);
    let mut edges = scored_pairs(project, &live, &speakers, &profiles, &weights, config);
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut groups = Groups::new(project, &live, speakers, &edges);
    for &(_, i, j) in &edges {
        groups.join(i, j, config.link_share);
    }
    groups.into_clusters(&live)
}

/// Candidate pairs (indices into `live`) that clear the join bars, with their score.
fn scored_pairs(
    project: &Project,
    live: &[usize],
    speakers: &[Option<&str>],
    profiles: &[ClaimProfile],
    weights: &TermWeights,
    config: &ClusterConfig,
) -> Vec<(f64, usize, usize)> {
    let keys: Vec<Vec<u64>> =
        profiles.iter().zip(speakers).map(|(p, s)| index_keys(p, *s)).collect();
    let index = TermIndex::new(&keys, config.posting_cap);
    let probes: Vec<Vec<u64>> =
        profiles.iter().zip(speakers).map(|(p, s)| probe_keys(p, *s, weights)).collect();
    let documents = DocumentNumbers::new(project, live);
    let speakers = interned(speakers);
    let between_copies = config.join.between_copies();
    let mut packed = PackedTerms::of(profiles);
    let mut edges = Vec::new();
    for (i, j) in index.pairs(&probes, 1) {
        let (i, j) = (i as usize, j as usize);
        let (a, b) = (documents.of_claim[i], documents.of_claim[j]);
        if a == b {
            continue;
        }
        let speakers = SpeakerMatch::of(speakers[i], speakers[j]);
        let bars = if documents.are_copies(a, b) { &between_copies } else { &config.join };
        if !packed.could_join(i, j, speakers, bars) {
            continue;
        }
        if let Some(score) = join_score(&profiles[i], &profiles[j], speakers, bars) {
            edges.push((score, i, j));
        }
    }
    edges
}

/// Each speaker as a number (equal names, equal numbers), so that pairs compare numbers.
fn interned(speakers: &[Option<&str>]) -> Vec<Option<u32>> {
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    speakers
        .iter()
        .map(|s| {
            s.map(|s| {
                let next = numbers.len() as u32;
                *numbers.entry(s).or_insert(next)
            })
        })
        .collect()
}

/// The keys a claim is indexed under: each term, each of its terms' synonym groups and its
/// exact-words key, paired with its speaker, so that only claims of one speaker, or of an
/// unknown one, meet in a posting list.
fn index_keys(profile: &ClaimProfile, speaker: Option<&str>) -> Vec<u64> {
    let groups = profile.groups.iter().flat_map(|g| g.iter().map(|&g| group_key(g)));
    let terms = profile.terms.iter().copied().chain(groups).chain([profile.exact]);
    sorted_set(terms.map(|t| keyed(speaker, t)).collect())
}

/// The key of a synonym group, apart from every term's.
fn group_key(group: u32) -> u64 {
    hash_str("\u{1}synonym group") ^ u64::from(group).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// The keys a claim looks up: the rarest two thirds of its terms (at least two) and its
/// exact-words key, under its own speaker and under "unknown". A pair that clears the bars
/// almost always shares one of them (prefix filtering).
fn probe_keys(profile: &ClaimProfile, speaker: Option<&str>, weights: &TermWeights) -> Vec<u64> {
    let mut order: Vec<usize> = (0..profile.terms.len()).collect();
    order.sort_by_key(|&k| (weights.frequency(profile.terms[k]), profile.terms[k]));
    let keep = (order.len() * 2).div_ceil(3).max(2).min(order.len());
    order.truncate(keep);
    let mut terms: Vec<u64> = order.iter().map(|&k| profile.terms[k]).collect();
    let groups = order.iter().flat_map(|&k| profile.groups[k].iter().map(|&g| group_key(g)));
    terms.extend(groups.collect::<Vec<_>>());
    terms.push(profile.exact);
    let mut keys: Vec<u64> = terms.iter().map(|&t| keyed(None, t)).collect();
    if speaker.is_some() {
        keys.extend(terms.iter().map(|&t| keyed(speaker, t)));
    }
    keys
}

/// A term hash combined with a speaker (or with "unknown").
fn keyed(speaker: Option<&str>, term: u64) -> u64 {
    let salt = hash_str(speaker.unwrap_or("\u{0}unknown"));
    (term ^ salt.rotate_left(23)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

fn is_clusterable(claim: &Claim) -> bool {
    claim.status != Status::Rejected
}

/// The claim's content text; the pieces joined by a space when it is interrupted.
pub fn claim_text(project: &Project, claim: &Claim) -> String {
    project.document(&claim.document).map_or(String::new(), |d| claim_text_in(&d.text, claim))
}

/// [`claim_text`] given the text of the claim's document.
pub fn claim_text_in(text: &str, claim: &Claim) -> String {
    content_text(text, claim.content, &claim.content_parts)
}

/// The text of a content span, or of its pieces joined by a space when it is interrupted.
pub fn content_text(text: &str, content: Span, parts: &[Span]) -> String {
    if parts.is_empty() {
        return content.slice(text).to_string();
    }
    let parts: Vec<&str> = parts.iter().map(|p| p.slice(text)).collect();
    parts.join(" ")
}

/// What a claim puts in quotation marks: all of a direct quote, the quoted pieces of other
/// claims, or the whole content when nothing in it is quoted.
pub fn quoted_words(project: &Project, claim: &Claim) -> String {
    project.document(&claim.document).map_or(String::new(), |d| quoted_words_in(&d.text, claim))
}

/// [`quoted_words`] given the text of the claim's document.
pub fn quoted_words_in(document_text: &str, claim: &Claim) -> String {
    let text = claim_text_in(document_text, claim);
    if claim.kind == ClaimKind::Direct {
        return text;
    }
    let quoted = quoted_pieces(&text);
    if quoted.is_empty() {
        text
    } else {
        quoted.join(" ")
    }
}

/// The pieces of `text` between double quotation marks.
fn quoted_pieces(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('\u{201c}', _) | ('"', None) => open = Some(i + c.len_utf8()),
            ('\u{201d}' | '"', Some(start)) => {
                pieces.push(&text[start..i]);
                open = None;
            }
            _ => {}
        }
    }
    pieces
}

/// Whether the claims' quoted words differ (case and punctuation aside).
fn wordings_differ(project: &Project, texts: &DocumentTexts, claims: &[usize]) -> bool {
    let mut wordings = claims.iter().map(|&c| {
        let claim = &project.claims[c];
        words(&quoted_words_in(texts.of(claim), claim)).join(" ")
    });
    let Some(first) = wordings.next() else { return false };
    wordings.any(|w| w != first)
}

/// Document texts by id, looked up in constant time.
struct DocumentTexts<'a>(HashMap<&'a str, &'a str>);

impl<'a> DocumentTexts<'a> {
    fn new(project: &'a Project) -> DocumentTexts<'a> {
        DocumentTexts(project.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect())
    }

    fn of(&self, claim: &Claim) -> &'a str {
        self.0.get(claim.document.as_str()).copied().unwrap_or("")
    }
}

/// Documents as numbers: each live claim's document, and the pairs of documents where one is
/// the other's copy or rewrite, so that the candidate pairs compare numbers, not ids.
struct DocumentNumbers {
    of_claim: Vec<u32>,
    copies: std::collections::HashSet<(u32, u32)>,
}

impl DocumentNumbers {
    fn new(project: &Project, live: &[usize]) -> DocumentNumbers {
        let number: HashMap<&str, u32> =
            project.documents.iter().enumerate().map(|(n, d)| (d.id.as_str(), n as u32)).collect();
        let of = |id: &str| number.get(id).copied().unwrap_or(u32::MAX);
        let of_claim = live.iter().map(|&c| of(&project.claims[c].document)).collect();
        let copies = project
            .documents
            .iter()
            .filter_map(|d| {
                let (x, y) = (of(&d.id), of(&d.duplicate_of.as_ref()?.document));
                Some((x.min(y), x.max(y)))
            })
            .collect();
        DocumentNumbers { of_claim, copies }
    }

    fn are_copies(&self, a: u32, b: u32) -> bool {
        !self.copies.is_empty() && self.copies.contains(&(a.min(b), a.max(b)))
    }
}

/// Union-find over live claims that refuses joins putting two claims of one document, or two
/// different known speakers (as compared: see [`crate::story::reported`]), into one group, and
/// joins of two groups too few of whose claim pairs are joinable ([`ClusterConfig::link_share`]).
struct Groups<'a> {
    parent: Vec<usize>,
    /// The claims of each group, by its root.
    members: Vec<Vec<usize>>,
    documents: Vec<Vec<&'a str>>,
    speaker: Vec<Option<&'a str>>,
    /// The joinable pairs, both ways.
    linked: Vec<Vec<usize>>,
}

impl<'a> Groups<'a> {
    fn new(
        project: &'a Project,
        live: &[usize],
        speaker: Vec<Option<&'a str>>,
        edges: &[(f64, usize, usize)],
    ) -> Groups<'a> {
        let claims = live.iter().map(|&c| &project.claims[c]);
        let mut linked = vec![Vec::new(); live.len()];
        for &(_, i, j) in edges {
            linked[i].push(j);
            linked[j].push(i);
        }
        Groups {
            parent: (0..live.len()).collect(),
            members: (0..live.len()).map(|i| vec![i]).collect(),
            documents: claims.map(|c| vec![c.document.as_str()]).collect(),
            speaker,
            linked,
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, i: usize, j: usize, link_share: f64) {
        let (a, b) = (self.root(i), self.root(j));
        if a == b || !self.may_join(a, b) || !self.linked_enough(a, b, link_share) {
            return;
        }
        let (keep, gone) =
            if self.documents[a].len() >= self.documents[b].len() { (a, b) } else { (b, a) };
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.documents[gone]);
        self.documents[keep].extend(moved);
        let moved = std::mem::take(&mut self.members[gone]);
        self.members[keep].extend(moved);
        self.speaker[keep] = self.speaker[keep].or(self.speaker[gone]);
    }

    fn may_join(&self, a: usize, b: usize) -> bool {
        let one_document = self.documents[a].iter().any(|d| self.documents[b].contains(d));
        let two_speakers =
            matches!((self.speaker[a], self.speaker[b]), (Some(x), Some(y)) if x != y);
        !one_document && !two_speakers
    }

    /// Whether at least `share` of the claim pairs across groups `a` and `b` are joinable,
    /// counted over the links of the smaller group's claims.
    fn linked_enough(&mut self, a: usize, b: usize, share: f64) -> bool {
        let (small, large) =
            if self.members[a].len() <= self.members[b].len() { (a, b) } else { (b, a) };
        let pairs = self.members[small].len() * self.members[large].len();
        if pairs == 1 {
            return true;
        }
        let mut links = 0;
        for k in 0..self.members[small].len() {
            let claim = self.members[small][k];
            for n in 0..self.linked[claim].len() {
                let other = self.linked[claim][n];
                if self.root(other) == large {
                    links += 1;
                }
            }
        }
        links as f64 >= share * pairs as f64
    }

    fn into_clusters(mut self, live: &[usize]) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, &claim) in live.iter().enumerate() {
            let root = self.root(i);
            by_root.entry(root).or_default().push(claim);
        }
        let mut clusters: Vec<Vec<usize>> =
            by_root.into_values().filter(|c| c.len() >= 2).collect();
        for cluster in &mut clusters {
            cluster.sort_unstable();
        }
        clusters.sort_unstable_by_key(|c| c[0]);
        clusters
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Speaker, SpeakerKind};

    /// One document a statement, every claim the whole text, all by one speaker.
    fn project_of(statements: &[&str]) -> Project {
        let mut project = Project::default();
        project.speakers.push(Speaker {
            id: "s1".into(),
            name: "Ana Ruiz".into(),
            kind: SpeakerKind::Person,
            aliases: vec!["Ana Ruiz".into()],
            descriptions: vec![],
        });
        for (n, text) in statements.iter().enumerate() {
            let id = format!("d{}", n + 1);
            project.documents.push(Document {
                id: id.clone(),
                name: format!("{id}.txt"),
                sha256: String::new(),
                text: text.to_string(),
                meta: Default::default(),
                boilerplate: vec![],
                duplicate_of: None,
            });
            let content = Span::of(text, 0..text.len());
            project.claims.push(Claim {
                speaker: Some("s1".into()),
                confidence: 0.9,
                ..Claim::suggested(format!("c{}", n + 1), id, ClaimKind::Indirect, content)
            });
        }
        project
    }

    #[test]
    fn one_claim_saying_two_things_does_not_chain_two_statements() {
        let project = project_of(&[
            "the city would close the northern harbour to cargo ships",
            "the city is going to close the northern harbour to all cargo ships",
            "the council would close the northern harbour to cargo ships and build a tram line along the river",
            "the council will build a tram line along the river",
            "a tram line along the river will be built by the council",
        ]);
        let groups = group_claims(&project, &ClusterConfig::default());
        assert!(groups.iter().all(|g| g.len() <= 3), "{groups:?}");
        let single_link = ClusterConfig { link_share: 0.0, ..ClusterConfig::default() };
        let chained = group_claims(&project, &single_link);
        assert!(chained.iter().any(|g| g.len() == 5), "single link chains them: {chained:?}");
    }
}
