//! Who carries a claim, counted as a reader takes "N outlets": independent confirmations.
//!
//! A document's outlet is what its text says (`meta.outlet`, else the host of its "Source:"
//! URL); a copy or rewrite (`duplicate_of`, followed to the document it comes from) counts with
//! its original; two articles of one outlet are one outlet; and an outlet's own words repeated
//! word for word across articles whose outlet the text does not name (an editor's note, a
//! disclaimer: unattributed, identical) count once. Documents of unknown outlet that are not
//! copies count one each: nothing says they share an outlet.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::model::{Claim, ClaimKind, Document, Project};

/// How widely a set of claims (a cluster, a speaker's claims) is carried.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Carriage {
    /// Distinct independent outlets.
    pub outlets: usize,
    /// Distinct documents.
    pub articles: usize,
    /// Documents that copy or rewrite another document.
    pub copies: usize,
}

impl fmt::Display for Carriage {
    /// "2 outlets · 4 articles, 2 copies"; "1 outlet · 1 article".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{} · {}",
            plural(self.outlets, "outlet", "outlets"),
            plural(self.articles, "article", "articles")
        )?;
        if self.copies > 0 {
            write!(f, ", {}", plural(self.copies, "copy", "copies"))?;
        }
        Ok(())
    }
}

/// Where each document comes from: its original and its outlet, worked out once a project.
pub struct Provenance<'a> {
    /// By document position.
    origins: Vec<Origin<'a>>,
    /// Document id → position.
    at: HashMap<&'a str, usize>,
}

/// One document's provenance.
struct Origin<'a> {
    document: &'a Document,
    /// The document it copies, followed to the end; its own id when it copies none.
    original: &'a str,
    /// That document's position.
    original_at: usize,
    /// The outlet its original names, lower-cased ([`outlet_of`]).
    outlet: Option<String>,
}

/// What makes a source independent (see [`Provenance::carriage`]), but for an outlet's own
/// unattributed words, which are compared only when a set holds two of them.
#[derive(PartialEq, Eq, Hash)]
enum SourceKey<'k> {
    Outlet(&'k str),
    /// The original document's position.
    Document(usize),
}

impl<'a> Provenance<'a> {
    pub fn of(project: &'a Project) -> Provenance<'a> {
        let at: HashMap<&str, usize> =
            project.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let by_id: HashMap<&str, &Document> =
            at.iter().map(|(&id, &i)| (id, &project.documents[i])).collect();
        let origins = project.documents.iter().map(|document| {
            let original = original_of(&by_id, document);
            let original_at = at.get(original).copied().unwrap_or(0);
            let first = by_id.get(original).copied().unwrap_or(document);
            let outlet = outlet_of(first).map(|o| o.to_lowercase());
            Origin { document, original, original_at, outlet }
        });
        Provenance { origins: origins.collect(), at }
    }

    /// The document `id` copies, followed to the end; itself when it copies none.
    pub fn original(&self, id: &'a str) -> &'a str {
        self.at.get(id).map_or(id, |&i| self.origins[i].original)
    }

    /// How widely these claims are carried.
    pub fn carriage<'c>(&self, claims: impl IntoIterator<Item = &'c Claim>) -> Carriage {
        let placed = claims
            .into_iter()
            .filter_map(|c| self.at.get(c.document.as_str()).map(|&document| (c, document)));
        self.carriage_at(placed)
    }

    /// [`Provenance::carriage`] of claims given with their document's position (as the views
    /// already know it: no lookup by id per claim, and articles counted as numbers).
    pub fn carriage_at<'c>(
        &self,
        claims: impl IntoIterator<Item = (&'c Claim, usize)>,
    ) -> Carriage {
        let (mut articles, mut originals, mut sources) = (Vec::new(), Vec::new(), Vec::new());
        let mut own_words = Vec::new();
        for (claim, document) in claims {
            let Some(origin) = self.origins.get(document) else { continue };
            articles.push(document);
            originals.push(origin.original_at);
            match source_key(origin, claim) {
                Some(key) => sources.push(key),
                None => own_words.push(claim.content.slice(&origin.document.text)),
            }
        }
        let distinct = |mut v: Vec<usize>| {
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        let (articles, originals) = (distinct(articles), distinct(originals));
        let outlets = distinct_sources(sources) + distinct_wordings(own_words);
        Carriage { outlets, articles, copies: articles - originals.min(articles) }
    }
}

/// How many different sources.
fn distinct_sources(sources: Vec<SourceKey>) -> usize {
    sources.into_iter().collect::<HashSet<_>>().len()
}

/// How many different wordings ([`crate::story::words::words`]) among these texts: read only
/// when there are two or more to compare.
fn distinct_wordings(texts: Vec<&str>) -> usize {
    if texts.len() < 2 {
        return texts.len();
    }
    texts.into_iter().map(crate::story::words::words).collect::<HashSet<_>>().len()
}

/// What makes a source independent: its outlet; else, for an unattributed assertion, its own
/// words (`None`: compared by [`distinct_wordings`]); else the original document.
fn source_key<'k>(origin: &'k Origin, claim: &Claim) -> Option<SourceKey<'k>> {
    if let Some(outlet) = &origin.outlet {
        return Some(SourceKey::Outlet(outlet));
    }
    if claim.kind == ClaimKind::Assertion && claim.speaker.is_none() {
        return None;
    }
    Some(SourceKey::Document(origin.original_at))
}

/// The document `doc` copies, followed through copies of copies (a cycle stops the walk).
fn original_of<'a>(documents: &HashMap<&'a str, &'a Document>, doc: &'a Document) -> &'a str {
    let mut at = doc;
    let mut seen = HashSet::new();
    while let Some(next) = at.duplicate_of.as_ref().and_then(|d| documents.get(d.document.as_str()))
    {
        if !seen.insert(at.id.as_str()) {
            break;
        }
        at = next;
    }
    at.id.as_str()
}

/// The outlet a document names: its outlet line or byline's outlet, else the host of its
/// "Source:" URL ("ndtv.com"); `None` when the text does not say.
pub fn outlet_of(doc: &Document) -> Option<String> {
    if let Some(outlet) = doc.meta.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
        return Some(outlet.trim().to_string());
    }
    doc.meta.url.as_deref().and_then(host_of)
}

/// "https://www.ndtv.com/world-news/..." → "ndtv.com".
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    (host.contains('.') && !host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DuplicateOf, Origin, Status};
    use crate::text::meta::Meta;
    use crate::text::Span;

    fn doc(id: &str, outlet: Option<&str>, copies: Option<&str>, text: &str) -> Document {
        Document {
            id: id.into(),
            name: format!("{id}.txt"),
            sha256: String::new(),
            text: text.into(),
            meta: Meta { outlet: outlet.map(str::to_string), ..Meta::default() },
            boilerplate: vec![],
            duplicate_of: copies.map(|d| DuplicateOf { document: d.into(), similarity: 0.8 }),
        }
    }

    fn claim(document: &str, kind: ClaimKind, speaker: Option<&str>, text: &str) -> Claim {
        Claim {
            id: format!("c-{document}"),
            document: document.into(),
            kind,
            content: Span::of(text, 0..text.len()),
            content_parts: vec![],
            cue: None,
            source_mention: None,
            speaker: speaker.map(str::to_string),
            status: Status::Suggested,
            origin: Origin::Extracted,
            confidence: 0.5,
            found_by: None,
            tags: vec![],
            note: String::new(),
            cluster: None,
        }
    }

    const SAID: &str = "The talks would only harm relations.";

    #[test]
    fn copies_count_with_their_original() {
        let project = Project {
            documents: vec![
                doc("d1", Some("DELFI"), None, SAID),
                doc("d2", None, Some("d1"), SAID),
                doc("d3", Some("Deep News"), None, SAID),
                doc("d4", Some("India News Bull"), Some("d3"), SAID),
            ],
            ..Project::default()
        };
        let claims: Vec<Claim> = ["d1", "d2", "d3", "d4"]
            .iter()
            .map(|d| claim(d, ClaimKind::Mixed, Some("s1"), SAID))
            .collect();
        let carriage = Provenance::of(&project).carriage(&claims);
        assert_eq!(carriage, Carriage { outlets: 2, articles: 4, copies: 2 });
        assert_eq!(carriage.to_string(), "2 outlets · 4 articles, 2 copies");
        let one = Provenance::of(&project).carriage(&claims[..2]);
        assert_eq!(one.to_string(), "1 outlet · 2 articles, 1 copy");
    }

    #[test]
    fn an_outlets_repeated_note_is_one_source() {
        let note = "Editor's note: this candidate has said many false things.";
        let project = Project {
            documents: (1..=5).map(|i| doc(&format!("d{i}"), None, None, note)).collect(),
            ..Project::default()
        };
        let notes: Vec<Claim> =
            (1..=5).map(|i| claim(&format!("d{i}"), ClaimKind::Assertion, None, note)).collect();
        assert_eq!(Provenance::of(&project).carriage(&notes).outlets, 1);
        let quotes: Vec<Claim> =
            (1..=5).map(|i| claim(&format!("d{i}"), ClaimKind::Direct, Some("s1"), note)).collect();
        assert_eq!(Provenance::of(&project).carriage(&quotes).outlets, 5);
    }

    #[test]
    fn one_outlets_articles_are_one_outlet_and_urls_name_their_host() {
        let mut a = doc("d1", Some("Reuters"), None, SAID);
        let b = doc("d2", Some("reuters"), None, SAID);
        let project = Project { documents: vec![a.clone(), b], ..Project::default() };
        let claims = [
            claim("d1", ClaimKind::Direct, None, SAID),
            claim("d2", ClaimKind::Direct, None, SAID),
        ];
        assert_eq!(Provenance::of(&project).carriage(&claims).outlets, 1);
        a.meta.outlet = None;
        a.meta.url = Some("https://www.ndtv.com/world-news/x-123".into());
        assert_eq!(outlet_of(&a).as_deref(), Some("ndtv.com"));
        assert_eq!(host_of("not a url"), None);
    }
}
