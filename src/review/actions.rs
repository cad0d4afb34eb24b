//! The review actions and how each one changes a project, recording what it changed.

use std::fmt;

use crate::model::{next_id, Claim, ClaimKind, Origin, Project, Speaker, SpeakerKind, Status, Tag};
use crate::text::meta::Meta;
use crate::text::Span;

/// Which span of a claim an edit is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanField {
    Content,
    Cue,
    Source,
}

/// Every edit a user can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetStatus {
        claim: String,
        status: Status,
    },
    /// Sets the status of the claim and of every other version of it across outlets (the
    /// claims of its cluster) in one edit, undone as one; a claim in no cluster is set alone.
    SetClusterStatus {
        claim: String,
        status: Status,
    },
    SetSpeaker {
        claim: String,
        speaker: Option<String>,
    },
    /// Creates a speaker (id chosen by the project) and, when `claim` is given, assigns it.
    CreateSpeaker {
        name: String,
        kind: SpeakerKind,
        claim: Option<String>,
    },
    RenameSpeaker {
        speaker: String,
        name: String,
    },
    SetSpeakerKind {
        speaker: String,
        kind: SpeakerKind,
    },
    SetAliases {
        speaker: String,
        aliases: Vec<String>,
    },
    /// Every claim of `absorb` goes to `keep`; names, aliases and descriptions are merged.
    MergeSpeakers {
        keep: String,
        absorb: String,
    },
    /// Takes `claims` (all of them the speaker's) and the `aliases` named away from `speaker`
    /// into a new speaker called `name` (of the same kind) — undoing a wrong join ("Bill
    /// Clinton" inside Hillary Clinton). Undone as one step.
    SplitSpeaker {
        speaker: String,
        claims: Vec<String>,
        aliases: Vec<String>,
        name: String,
    },
    ToggleTag {
        claim: String,
        tag: String,
    },
    SetNote {
        claim: String,
        note: String,
    },
    SetKind {
        claim: String,
        kind: ClaimKind,
    },
    SetSpan {
        claim: String,
        field: SpanField,
        span: Option<Span>,
    },
    /// A claim made by a person from a selection: manual, accepted, confidence 1.
    AddClaim {
        document: String,
        content: Span,
        speaker: Option<String>,
    },
    /// Only manual claims can be deleted; extracted ones are rejected (so a re-run keeps them out).
    DeleteClaim {
        claim: String,
    },
    AddTag {
        label: String,
        color: String,
        key: Option<String>,
    },
    RenameTag {
        tag: String,
        label: String,
    },
    RecolorTag {
        tag: String,
        color: String,
    },
    SetTagKey {
        tag: String,
        key: Option<String>,
    },
    /// Removes the tag from the set and from every claim.
    DeleteTag {
        tag: String,
    },
    SetMeta {
        document: String,
        meta: Meta,
    },
}

/// One low-level change with the value it replaced, enough to undo it exactly.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Claim(usize, Claim),
    ClaimInserted(usize),
    ClaimRemoved(usize, Claim),
    Speaker(usize, Speaker),
    SpeakerInserted(usize),
    SpeakerRemoved(usize, Speaker),
    Tag(usize, Tag),
    TagInserted(usize),
    TagRemoved(usize, Tag),
    Meta(usize, Meta),
}

impl Action {
    /// Whether the action changes only fields of claims: not which documents, speakers or
    /// tags there are, what they are called, nor how many claims a document has.
    pub fn is_claim_local(&self) -> bool {
        matches!(
            self,
            Action::SetStatus { .. }
                | Action::SetClusterStatus { .. }
                | Action::SetSpeaker { .. }
                | Action::ToggleTag { .. }
                | Action::SetNote { .. }
                | Action::SetKind { .. }
                | Action::SetSpan { .. }
        )
    }
}

/// An action that does not fit the project; nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewError(pub String);

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReviewError {}

fn error<T>(message: String) -> Result<T, ReviewError> {
    Err(ReviewError(message))
}

/// Applies `action` to `project`; returns the changes made, in order.
pub fn apply(project: &mut Project, action: &Action) -> Result<Vec<Change>, ReviewError> {
    let mut tx = Tx { project, changes: Vec::new() };
    match action {
        Action::SetStatus { claim, status } => tx.edit_claim(claim, |c| c.status = *status)?,
        Action::SetClusterStatus { claim, status } => set_cluster_status(&mut tx, claim, *status)?,
        Action::SetSpeaker { claim, speaker } => {
            if let Some(s) = speaker {
                tx.speaker_index(s)?;
            }
            tx.edit_claim(claim, |c| c.speaker = speaker.clone())?;
        }
        Action::CreateSpeaker { name, kind, claim } => {
            create_speaker(&mut tx, name, *kind, claim.as_deref())?
        }
        Action::RenameSpeaker { speaker, name } => {
            let name = non_empty(name, "a speaker's name")?;
            tx.edit_speaker(speaker, |s| {
                if !s.aliases.contains(&s.name) {
                    s.aliases.push(s.name.clone());
                }
                s.name = name;
            })?;
        }
        Action::SetSpeakerKind { speaker, kind } => tx.edit_speaker(speaker, |s| s.kind = *kind)?,
        Action::SetAliases { speaker, aliases } => {
            tx.edit_speaker(speaker, |s| s.aliases = aliases.clone())?
        }
        Action::MergeSpeakers { keep, absorb } => merge_speakers(&mut tx, keep, absorb)?,
        Action::SplitSpeaker { speaker, claims, aliases, name } => {
            split_speaker(&mut tx, speaker, claims, aliases, name)?
        }
        Action::ToggleTag { claim, tag } => {
            tx.tag_index(tag)?;
            tx.edit_claim(claim, |c| match c.tags.iter().position(|t| t == tag) {
                Some(i) => {
                    c.tags.remove(i);
                }
                None => c.tags.push(tag.clone()),
            })?;
        }
        Action::SetNote { claim, note } => tx.edit_claim(claim, |c| c.note = note.clone())?,
        Action::SetKind { claim, kind } => tx.edit_claim(claim, |c| c.kind = *kind)?,
        Action::SetSpan { claim, field, span } => set_span(&mut tx, claim, *field, *span)?,
        Action::AddClaim { document, content, speaker } => {
            add_claim(&mut tx, document, *content, speaker.as_deref())?
        }
        Action::DeleteClaim { claim } => {
            let i = tx.claim_index(claim)?;
            if tx.project.claims[i].origin != Origin::Manual {
                return error(format!("claim {claim} was extracted: reject it instead, so a re-run does not bring it back"));
            }
            let removed = tx.project.claims.remove(i);
            tx.changes.push(Change::ClaimRemoved(i, removed));
        }
        Action::AddTag { label, color, key } => add_tag(&mut tx, label, color, key.clone())?,
        Action::RenameTag { tag, label } => {
            let label = non_empty(label, "a tag's label")?;
            tx.edit_tag(tag, |t| t.label = label)?;
        }
        Action::RecolorTag { tag, color } => tx.edit_tag(tag, |t| t.color = color.clone())?,
        Action::SetTagKey { tag, key } => {
            if let Some(k) = key {
                check_key_free(tx.project, k, Some(tag))?;
            }
            tx.edit_tag(tag, |t| t.key = key.clone())?;
        }
        Action::DeleteTag { tag } => {
            let i = tx.tag_index(tag)?;
            for c in 0..tx.project.claims.len() {
                if tx.project.claims[c].tags.contains(tag) {
                    tx.edit_claim_at(c, |claim| claim.tags.retain(|t| t != tag));
                }
            }
            let removed = tx.project.tags.remove(i);
            tx.changes.push(Change::TagRemoved(i, removed));
        }
        Action::SetMeta { document, meta } => {
            let Some(i) = tx.project.documents.iter().position(|d| &d.id == document) else {
                return error(format!("there is no document {document}"));
            };
            let before = std::mem::replace(&mut tx.project.documents[i].meta, meta.clone());
            tx.changes.push(Change::Meta(i, before));
        }
    }
    Ok(tx.changes)
}

/// Undoes `changes` (as returned by [`apply`]) exactly.
pub fn revert(project: &mut Project, changes: Vec<Change>) {
    for change in changes.into_iter().rev() {
        match change {
            Change::Claim(i, before) => project.claims[i] = before,
            Change::ClaimInserted(i) => drop(project.claims.remove(i)),
            Change::ClaimRemoved(i, claim) => project.claims.insert(i, claim),
            Change::Speaker(i, before) => project.speakers[i] = before,
            Change::SpeakerInserted(i) => drop(project.speakers.remove(i)),
            Change::SpeakerRemoved(i, speaker) => project.speakers.insert(i, speaker),
            Change::Tag(i, before) => project.tags[i] = before,
            Change::TagInserted(i) => drop(project.tags.remove(i)),
            Change::TagRemoved(i, tag) => project.tags.insert(i, tag),
            Change::Meta(i, before) => project.documents[i].meta = before,
        }
    }
}

/// The project being edited and the changes made so far.
struct Tx<'a> {
    project: &'a mut Project,
    changes: Vec<Change>,
}

impl Tx<'_> {
    fn claim_index(&self, id: &str) -> Result<usize, ReviewError> {
        self.project
            .claims
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(|| ReviewError(format!("there is no claim {id}")))
    }

    fn speaker_index(&self, id: &str) -> Result<usize, ReviewError> {
        self.project
            .speakers
            .iter()
            .position(|s| s.id == id)
            .ok_or_else(|| ReviewError(format!("there is no speaker {id}")))
    }

    fn tag_index(&self, id: &str) -> Result<usize, ReviewError> {
        self.project
            .tags
            .iter()
            .position(|t| t.id == id)
            .ok_or_else(|| ReviewError(format!("there is no tag {id}")))
    }

    fn edit_claim(&mut self, id: &str, edit: impl FnOnce(&mut Claim)) -> Result<(), ReviewError> {
        let i = self.claim_index(id)?;
        self.edit_claim_at(i, edit);
        Ok(())
    }

    fn edit_claim_at(&mut self, i: usize, edit: impl FnOnce(&mut Claim)) {
        self.changes.push(Change::Claim(i, self.project.claims[i].clone()));
        edit(&mut self.project.claims[i]);
    }

    fn edit_speaker(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Speaker),
    ) -> Result<(), ReviewError> {
        let i = self.speaker_index(id)?;
        self.changes.push(Change::Speaker(i, self.project.speakers[i].clone()));
        edit(&mut self.project.speakers[i]);
        Ok(())
    }

    fn edit_tag(&mut self, id: &str, edit: impl FnOnce(&mut Tag)) -> Result<(), ReviewError> {
        let i = self.tag_index(id)?;
        self.changes.push(Change::Tag(i, self.project.tags[i].clone()));
        edit(&mut self.project.tags[i]);
        Ok(())
    }
}

fn non_empty(text: &str, what: &str) -> Result<String, ReviewError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return error(format!("{what} cannot be empty"));
    }
    Ok(trimmed.to_string())
}

fn create_speaker(
    tx: &mut Tx,
    name: &str,
    kind: SpeakerKind,
    claim: Option<&str>,
) -> Result<(), ReviewError> {
    let name = non_empty(name, "a speaker's name")?;
    if let Some(claim) = claim {
        tx.claim_index(claim)?;
    }
    let id = next_id("s", tx.project.speakers.iter().map(|s| s.id.as_str()));
    tx.project.speakers.push(Speaker {
        id: id.clone(),
        aliases: vec![name.clone()],
        name,
        kind,
        descriptions: vec![],
    });
    tx.changes.push(Change::SpeakerInserted(tx.project.speakers.len() - 1));
    if let Some(claim) = claim {
        tx.edit_claim(claim, |c| c.speaker = Some(id))?;
    }
    Ok(())
}

fn split_speaker(
    tx: &mut Tx,
    speaker: &str,
    claims: &[String],
    aliases: &[String],
    name: &str,
) -> Result<(), ReviewError> {
    let name = non_empty(name, "the new speaker's name")?;
    let from = tx.speaker_index(speaker)?;
    if claims.is_empty() {
        return error(format!("choose the claims to take from {speaker} into “{name}”"));
    }
    for claim in claims {
        let i = tx.claim_index(claim)?;
        if tx.project.claims[i].speaker.as_deref() != Some(speaker) {
            return error(format!("claim {claim} is not {speaker}'s; nothing was split"));
        }
    }
    let kind = tx.project.speakers[from].kind;
    let id = next_id("s", tx.project.speakers.iter().map(|s| s.id.as_str()));
    let mut moved: Vec<String> = vec![name.clone()];
    moved.extend(aliases.iter().filter(|a| **a != name).cloned());
    tx.project.speakers.push(Speaker {
        id: id.clone(),
        name,
        kind,
        aliases: moved.clone(),
        descriptions: vec![],
    });
    tx.changes.push(Change::SpeakerInserted(tx.project.speakers.len() - 1));
    tx.edit_speaker(speaker, |s| s.aliases.retain(|a| !moved.contains(a)))?;
    for claim in claims {
        tx.edit_claim(claim, |c| c.speaker = Some(id.clone()))?;
    }
    Ok(())
}

fn merge_speakers(tx: &mut Tx, keep: &str, absorb: &str) -> Result<(), ReviewError> {
    if keep == absorb {
        return error("a speaker cannot be merged into itself".to_string());
    }
    tx.speaker_index(keep)?;
    let gone = tx.speaker_index(absorb)?;
    for i in 0..tx.project.claims.len() {
        if tx.project.claims[i].speaker.as_deref() == Some(absorb) {
            tx.edit_claim_at(i, |c| c.speaker = Some(keep.to_string()));
        }
    }
    let absorbed = tx.project.speakers[gone].clone();
    tx.edit_speaker(keep, |s| {
        for alias in std::iter::once(&absorbed.name).chain(&absorbed.aliases) {
            if !s.aliases.contains(alias) {
                s.aliases.push(alias.clone());
            }
        }
        for description in &absorbed.descriptions {
            if !s.descriptions.contains(description) {
                s.descriptions.push(description.clone());
            }
        }
        if s.kind == SpeakerKind::Unknown {
            s.kind = absorbed.kind;
        }
    })?;
    let removed = tx.project.speakers.remove(gone);
    tx.changes.push(Change::SpeakerRemoved(gone, removed));
    Ok(())
}

/// Every version of `claim` (itself and the other claims of its cluster) gets `status`; only
/// the claims whose status changes are recorded.
fn set_cluster_status(tx: &mut Tx, claim: &str, status: Status) -> Result<(), ReviewError> {
    let at = tx.claim_index(claim)?;
    let cluster = tx.project.claims[at].cluster.clone();
    for i in 0..tx.project.claims.len() {
        let c = &tx.project.claims[i];
        let version = i == at || (cluster.is_some() && c.cluster == cluster);
        if version && c.status != status {
            tx.edit_claim_at(i, |c| c.status = status);
        }
    }
    Ok(())
}

fn set_span(
    tx: &mut Tx,
    claim: &str,
    field: SpanField,
    span: Option<Span>,
) -> Result<(), ReviewError> {
    let i = tx.claim_index(claim)?;
    let doc_id = tx.project.claims[i].document.clone();
    let text = &tx
        .project
        .document(&doc_id)
        .ok_or_else(|| ReviewError(format!("there is no document {doc_id}")))?
        .text;
    if let Some(s) = span {
        if Span::within(text, s.start(), s.end()).is_none() {
            return error(format!(
                "the span {}..{} does not fit document {doc_id}",
                s.start(),
                s.end()
            ));
        }
    }
    match (field, span) {
        (SpanField::Content, None) => {
            return error("a claim's content cannot be removed; reject the claim instead".into())
        }
        (SpanField::Content, Some(s)) if s.is_empty() => {
            return error("a claim's content cannot be empty".into())
        }
        _ => {}
    }
    tx.edit_claim_at(i, |c| match field {
        SpanField::Content => {
            c.content = span.expect("checked above");
            c.content_parts.clear();
        }
        SpanField::Cue => c.cue = span,
        SpanField::Source => c.source_mention = span,
    });
    Ok(())
}

fn add_claim(
    tx: &mut Tx,
    document: &str,
    content: Span,
    speaker: Option<&str>,
) -> Result<(), ReviewError> {
    let Some(doc) = tx.project.document(document) else {
        return error(format!("there is no document {document}"));
    };
    if content.is_empty() || Span::within(&doc.text, content.start(), content.end()).is_none() {
        return error(format!(
            "the selection {}..{} is not text of document {document}",
            content.start(),
            content.end()
        ));
    }
    if let Some(s) = speaker {
        tx.speaker_index(s)?;
    }
    let id = next_id("c", tx.project.claims.iter().map(|c| c.id.as_str()));
    let at = tx
        .project
        .claims
        .iter()
        .rposition(|c| c.document == document && c.content.start() <= content.start())
        .map_or_else(
            || {
                tx.project
                    .claims
                    .iter()
                    .position(|c| c.document == document)
                    .unwrap_or(tx.project.claims.len())
            },
            |i| i + 1,
        );
    tx.project.claims.insert(
        at,
        Claim {
            id,
            document: document.to_string(),
            kind: ClaimKind::Indirect,
            content,
            content_parts: vec![],
            cue: None,
            source_mention: None,
            speaker: speaker.map(str::to_string),
            status: Status::Accepted,
            origin: Origin::Manual,
            confidence: 1.0,
            found_by: None,
            tags: vec![],
            note: String::new(),
            cluster: None,
        },
    );
    tx.changes.push(Change::ClaimInserted(at));
    Ok(())
}

fn add_tag(tx: &mut Tx, label: &str, color: &str, key: Option<String>) -> Result<(), ReviewError> {
    let label = non_empty(label, "a tag's label")?;
    if let Some(k) = &key {
        check_key_free(tx.project, k, None)?;
    }
    let slug: String =
        label.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let mut id = slug.trim_matches('-').to_string();
    if id.is_empty() || tx.project.tags.iter().any(|t| t.id == id) {
        id = next_id("tag", tx.project.tags.iter().map(|t| t.id.as_str()));
    }
    tx.project.tags.push(Tag { id, label, color: color.to_string(), key });
    tx.changes.push(Change::TagInserted(tx.project.tags.len() - 1));
    Ok(())
}

/// Reserved keys drive navigation and review; a tag cannot take them or another tag's key.
fn check_key_free(project: &Project, key: &str, except: Option<&str>) -> Result<(), ReviewError> {
    if crate::review::query::RESERVED_KEYS.contains(&key) {
        return error(format!("the key “{key}” is a review shortcut; choose another"));
    }
    if let Some(other) =
        project.tags.iter().find(|t| t.key.as_deref() == Some(key) && Some(t.id.as_str()) != except)
    {
        return error(format!("the key “{key}” already toggles the tag “{}”", other.label));
    }
    Ok(())
}
