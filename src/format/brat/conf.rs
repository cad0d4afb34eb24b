//! brat's configuration for the exported annotations: `annotation.conf` (the entity types, the
//! Attribution event and its roles, the attributes, and an `<OVERLAP>` rule, since one claim's
//! cue or source may lie inside another's content) and `visual.conf` (labels and colours).
//! brat reads both from the folder of the documents.

use crate::model::{ClaimKind, Status};

/// The `annotation.conf` every exported `.ann` validates against.
pub fn annotation_conf() -> String {
    let kinds = [ClaimKind::Direct, ClaimKind::Mixed, ClaimKind::Indirect, ClaimKind::Assertion]
        .map(ClaimKind::as_str)
        .join("|");
    let statuses =
        [Status::Suggested, Status::Accepted, Status::Rejected].map(Status::as_str).join("|");
    format!(
        "# claimlens attributions (written by claimlens {version}); see docs/FORMAT.md.\n\
         [entities]\n\
         Content\n\
         Cue\n\
         Source\n\
         \n\
         [relations]\n\
         # Spans of different claims may nest, cross or coincide.\n\
         <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\
         \n\
         [events]\n\
         Attribution\tContent:Content, Cue?:Cue, Source?:Source\n\
         \n\
         [attributes]\n\
         Kind\tArg:Attribution, Value:{kinds}\n\
         Status\tArg:Attribution, Value:{statuses}\n\
         Origin\tArg:Attribution, Value:extracted|manual\n",
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// The `visual.conf`: readable labels and the page's colours for each type.
pub fn visual_conf() -> String {
    "[labels]\n\
     Content | Content | Cont\n\
     Cue | Cue\n\
     Source | Source | Src\n\
     Attribution | Attribution | Attr\n\
     Kind | Kind\n\
     Status | Status\n\
     Origin | Origin\n\
     \n\
     [drawing]\n\
     SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n\
     ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n\
     ATTRIBUTE_DEFAULT\tglyph:*\n\
     Content\tbgColor:#fff3b0, color:#8d6e00\n\
     Cue\tbgColor:#ffcc80, color:#e65100\n\
     Source\tbgColor:#90caf9, color:#1565c0\n\
     Attribution\tbgColor:#e1bee7\n"
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_status_is_a_declared_value() {
        let conf = annotation_conf();
        for value in ["direct", "mixed", "indirect", "assertion", "suggested", "rejected"] {
            assert!(conf.contains(value), "{value} missing from\n{conf}");
        }
        assert!(conf.contains("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"));
    }
}
