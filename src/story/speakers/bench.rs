//! What `claimlens bench-speakers FILES...` prints about a linked project: how many speakers,
//! how many of them join people with different given names, how many are called by a name no
//! article of theirs uses, and the most quoted speakers to read as a user would.
//!
//! The figures are checks a reader could make by hand on the export; they judge the linking
//! with the same name reading it uses ([`crate::story::names`]), so they find what that
//! reading calls a conflict, and the printed list is there to catch what it misses.

use std::collections::HashMap;
use std::fmt;

use crate::model::{Project, SpeakerKind};
use crate::story::names::{forms_of_one_name, read_mention, title_gender, Gender};
use crate::story::outlets::Provenance;

/// The identity figures of one project.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub documents: usize,
    pub claims: usize,
    pub claims_with_speaker: usize,
    pub speakers_by_kind: [usize; 4],
    /// Person speakers whose aliases hold two full names with one surname and given names
    /// that are not forms of one name ("Hillary Clinton" and "Bill Clinton").
    pub different_given_names: Vec<(String, String, String)>,
    /// Person speakers called both "Mr. X" and "Mrs./Ms. X".
    pub mixed_titles: Vec<String>,
    /// Speakers with claims whose display name occurs in none of their claims' documents.
    pub unused_names: Vec<String>,
    /// The most quoted speakers: name, kind, claims, documents, a few aliases.
    pub most_quoted: Vec<Quoted>,
    /// Clusters, those in two documents or more, and those in two independent outlets or more.
    pub clusters: (usize, usize, usize),
    /// Documents whose outlet the text names.
    pub documents_with_outlet: usize,
}

/// One line of the most quoted list.
#[derive(Clone, Debug)]
pub struct Quoted {
    pub name: String,
    pub kind: SpeakerKind,
    pub claims: usize,
    pub documents: usize,
    pub aliases: Vec<String>,
}

impl Report {
    /// Reads the figures off `project`, listing the `top` most quoted speakers.
    pub fn of(project: &Project, top: usize) -> Report {
        let mut report = Report {
            documents: project.documents.len(),
            claims: project.claims.len(),
            ..Report::default()
        };
        let text_of: HashMap<&str, &str> =
            project.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
        let mut claims: HashMap<&str, (usize, Vec<&str>)> = HashMap::new();
        for claim in &project.claims {
            if let Some(speaker) = &claim.speaker {
                report.claims_with_speaker += 1;
                let entry = claims.entry(speaker.as_str()).or_default();
                entry.0 += 1;
                if entry.1.last() != Some(&claim.document.as_str()) {
                    entry.1.push(claim.document.as_str());
                }
            }
        }
        for speaker in &project.speakers {
            report.speakers_by_kind[kind_index(speaker.kind)] += 1;
            if speaker.kind == SpeakerKind::Person {
                if let Some((a, b)) = different_given_names(&speaker.aliases) {
                    report.different_given_names.push((speaker.name.clone(), a, b));
                }
                if has_mixed_titles(&speaker.aliases) {
                    report.mixed_titles.push(speaker.name.clone());
                }
            }
            let Some((_, documents)) = claims.get(speaker.id.as_str()) else { continue };
            let used =
                documents.iter().any(|d| text_of.get(d).is_some_and(|t| t.contains(&speaker.name)));
            if !used {
                report.unused_names.push(speaker.name.clone());
            }
        }
        let provenance = Provenance::of(project);
        let claim_of: HashMap<&str, &crate::model::Claim> =
            project.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        for cluster in &project.clusters {
            let members = cluster.claims.iter().filter_map(|id| claim_of.get(id.as_str()).copied());
            let carriage = provenance.carriage(members);
            report.clusters.0 += 1;
            report.clusters.1 += usize::from(carriage.articles >= 2);
            report.clusters.2 += usize::from(carriage.outlets >= 2);
        }
        report.documents_with_outlet = project
            .documents
            .iter()
            .filter(|d| crate::story::outlets::outlet_of(d).is_some())
            .count();
        let mut ranked: Vec<_> = project
            .speakers
            .iter()
            .filter_map(|s| claims.get(s.id.as_str()).map(|c| (s, c)))
            .collect();
        ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.id.cmp(&b.0.id)));
        report.most_quoted = ranked
            .into_iter()
            .take(top)
            .map(|(s, (claims, documents))| Quoted {
                name: s.name.clone(),
                kind: s.kind,
                claims: *claims,
                documents: documents.len(),
                aliases: s.aliases.iter().take(8).cloned().collect(),
            })
            .collect();
        report
    }
}

fn kind_index(kind: SpeakerKind) -> usize {
    match kind {
        SpeakerKind::Person => 0,
        SpeakerKind::Organization => 1,
        SpeakerKind::Group => 2,
        SpeakerKind::Unknown => 3,
    }
}

/// Two aliases naming one surname with given names that are not forms of one name.
fn different_given_names(aliases: &[String]) -> Option<(String, String)> {
    let full: Vec<(&String, Vec<String>)> = aliases
        .iter()
        .map(|a| (a, read_mention(a).name))
        .filter(|(_, name)| name.len() >= 2)
        .collect();
    for (i, (a, x)) in full.iter().enumerate() {
        for (b, y) in &full[i + 1..] {
            if x.last() == y.last() && !forms_of_one_name(x, y) {
                return Some(((*a).clone(), (*b).clone()));
            }
        }
    }
    None
}

/// Whether the aliases call the speaker both "Mr." and "Mrs."/"Ms." (two people).
fn has_mixed_titles(aliases: &[String]) -> bool {
    let genders: Vec<Gender> = aliases.iter().filter_map(|a| title_gender(a)).collect();
    genders.contains(&Gender::Male) && genders.contains(&Gender::Female)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [people, organizations, groups, unknown] = self.speakers_by_kind;
        writeln!(
            f,
            "{} documents, {} claims ({} with a speaker); {} speakers: {people} people, {organizations} organizations, {groups} groups, {unknown} unknown",
            self.documents,
            self.claims,
            self.claims_with_speaker,
            people + organizations + groups + unknown,
        )?;
        writeln!(
            f,
            "people joining different given names: {}; called both Mr. and Mrs./Ms.: {}; speakers with claims named by no article of theirs: {}",
            self.different_given_names.len(),
            self.mixed_titles.len(),
            self.unused_names.len(),
        )?;
        writeln!(
            f,
            "clusters: {}, in 2+ documents: {}, in 2+ independent outlets: {}; documents naming their outlet: {}",
            self.clusters.0, self.clusters.1, self.clusters.2, self.documents_with_outlet
        )?;
        for (name, a, b) in self.different_given_names.iter().take(15) {
            writeln!(f, "  joined: {name}: \"{a}\" + \"{b}\"")?;
        }
        for name in self.unused_names.iter().take(15) {
            writeln!(f, "  unused name: {name}")?;
        }
        writeln!(f, "the {} most quoted:", self.most_quoted.len())?;
        for (rank, q) in self.most_quoted.iter().enumerate() {
            writeln!(
                f,
                "{:>3}. {} ({:?}) {} claims in {} documents; aliases: {}",
                rank + 1,
                q.name,
                q.kind,
                q.claims,
                q.documents,
                q.aliases.join(" | ")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn different_given_names_are_found_and_forms_of_one_name_are_not() {
        assert!(different_given_names(&strings(&["Hillary Clinton", "Clinton", "Bill Clinton"]))
            .is_some());
        assert!(different_given_names(&strings(&["William Clinton", "Bill Clinton"])).is_none());
        assert!(different_given_names(&strings(&["Donald J. Trump", "Donald Trump"])).is_none());
    }

    #[test]
    fn mr_and_mrs_are_two_people() {
        assert!(has_mixed_titles(&strings(&["Mr. Obama", "Mrs. Obama"])));
        assert!(!has_mixed_titles(&strings(&["Ms. Clinton", "Mrs. Clinton", "Hillary Clinton"])));
    }
}
