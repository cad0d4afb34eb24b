//! W3C Web Annotation JSON-LD: one annotation per claim, targeting its document with a
//! `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (code points, end
//! exclusive, as the model defines); a cluster is a `linking` annotation over its claims.

use serde_json::{json, Value};

use crate::model::{Claim, Document, Project};
use crate::text::offsets::OffsetMap;
use crate::text::Span;

/// Characters of context on each side in a `TextQuoteSelector`.
const CONTEXT: usize = 32;

/// The project as an `AnnotationCollection` (JSON-LD, pretty, final newline).
pub fn export_w3c(project: &Project) -> String {
    let maps: Vec<OffsetMap> = project.documents.iter().map(|d| OffsetMap::new(&d.text)).collect();
    let mut items: Vec<Value> = Vec::new();
    for claim in &project.claims {
        let Some(d) = project.documents.iter().position(|d| d.id == claim.document) else {
            continue;
        };
        items.push(claim_annotation(project, claim, &project.documents[d], &maps[d]));
    }
    for cluster in &project.clusters {
        items.push(json!({
            "id": format!("urn:claimlens:cluster:{}", cluster.id),
            "type": "Annotation",
            "motivation": "linking",
            "body": { "type": "TextualBody", "purpose": "describing",
                      "value": if cluster.variant_wording { "same claim, worded differently" } else { "same claim" } },
            "target": cluster.claims.iter().map(|c| format!("urn:claimlens:claim:{c}")).collect::<Vec<_>>(),
        }));
    }
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "claimlens annotations",
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items },
    });
    let mut out = serde_json::to_string_pretty(&collection).expect("JSON values serialise");
    out.push('\n');
    out
}

fn claim_annotation(project: &Project, claim: &Claim, doc: &Document, map: &OffsetMap) -> Value {
    let source = format!("urn:claimlens:document:{}", doc.sha256);
    let target = |span: Span| target_of(&doc.text, map, span, &source);
    let mut body = vec![
        json!({ "type": "TextualBody", "purpose": "classifying", "value": claim.kind.as_str() }),
    ];
    if let Some(speaker) = claim.speaker.as_deref().and_then(|s| project.speaker(s)) {
        body.push(json!({ "type": "TextualBody", "purpose": "identifying", "value": speaker.name, "id": format!("urn:claimlens:speaker:{}", speaker.id) }));
    }
    body.push(
        json!({ "type": "TextualBody", "purpose": "assessing", "value": claim.status.as_str() }),
    );
    for tag in &claim.tags {
        let label =
            project.tags.iter().find(|t| &t.id == tag).map_or(tag.as_str(), |t| t.label.as_str());
        body.push(json!({ "type": "TextualBody", "purpose": "tagging", "value": label }));
    }
    if !claim.note.is_empty() {
        body.push(json!({ "type": "TextualBody", "purpose": "commenting", "value": claim.note }));
    }
    let parts = if claim.content_parts.is_empty() {
        vec![claim.content]
    } else {
        claim.content_parts.clone()
    };
    let mut targets: Vec<Value> = parts.into_iter().map(target).collect();
    for (role, span) in [("cue", claim.cue), ("source", claim.source_mention)] {
        if let Some(span) = span {
            let mut t = target(span);
            t["claimlens:role"] = json!(role);
            targets.push(t);
        }
    }
    json!({
        "id": format!("urn:claimlens:claim:{}", claim.id),
        "type": "Annotation",
        "motivation": "classifying",
        "creator": if claim.origin == crate::model::Origin::Manual { "person" } else { "claimlens extractor" },
        "claimlens:confidence": claim.confidence,
        "body": body,
        "target": targets,
    })
}

fn target_of(text: &str, map: &OffsetMap, span: Span, source: &str) -> Value {
    let (start, end) = map.span_to_chars(span);
    let prefix_start = map.to_byte(start.saturating_sub(CONTEXT)).unwrap_or(0);
    let suffix_end = map.to_byte((end + CONTEXT).min(map.char_len())).unwrap_or(text.len());
    json!({
        "source": source,
        "selector": [
            { "type": "TextQuoteSelector", "exact": span.slice(text),
              "prefix": &text[prefix_start..span.start()], "suffix": &text[span.end()..suffix_end] },
            { "type": "TextPositionSelector", "start": start, "end": end },
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_code_points_and_quotes_carry_context() {
        let text = "😀 héllo world";
        let map = OffsetMap::new(text);
        let at = text.find("world").unwrap();
        let t = target_of(text, &map, Span::within(text, at, at + 5).unwrap(), "urn:x");
        assert_eq!(t["selector"][1]["start"], 8);
        assert_eq!(t["selector"][1]["end"], 13);
        assert_eq!(t["selector"][0]["exact"], "world");
        assert_eq!(t["selector"][0]["prefix"], "😀 héllo ");
    }
}
