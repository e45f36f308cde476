//! An agreement as Markdown. Every piece of user text is escaped, so it renders as text, never as markup or HTML.

use crate::core::agreement::{parties, Draft, FieldKind};

/// Escapes text for Markdown: HTML-significant characters become entities, Markdown punctuation gets a backslash.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            // A line break inside a value stays a line break, not a new paragraph.
            '\n' => out.push_str("\\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// The heading and explanation of the part of a draft that holds retired fields' text.
pub const RETIRED_TITLE: &str = "Parts this agreement no longer has";
pub const RETIRED_INTRO: &str = "These parts were in an earlier version of this agreement. Their text is kept here until you remove it.";

/// The whole agreement as a Markdown document.
pub fn to_markdown(draft: &Draft) -> String {
    let template = draft.kind.template();
    let mut md = format!(
        "# {}\n\n*{}* · Status: {}\n",
        escape(&draft.title),
        draft.kind.title(),
        draft.status().words()
    );
    for section in template.sections {
        md.push_str(&format!("\n## {}\n\n", section.title));
        for field in section.fields.iter().filter(|f| draft.is_visible(f)) {
            let value = draft.words(field.id);
            match (field.kind, draft.kept(field.id)) {
                // Kept text that does not fit is shown as it is, with its note, never as a value.
                (_, Some(kept)) if value.is_empty() => md.push_str(&format!(
                    "- **{}:** *(needs a look: {})* {}\n",
                    field.label,
                    escape(&kept.note()),
                    escape(&kept.text)
                )),
                (FieldKind::Tick, _) => {
                    let mark = if value == "yes" { "x" } else { " " };
                    md.push_str(&format!("- [{mark}] {}\n", field.label));
                }
                _ if value.trim().is_empty() => {
                    md.push_str(&format!("- **{}:** *(not filled in)*\n", field.label))
                }
                _ => md.push_str(&format!("- **{}:** {}\n", field.label, escape(value))),
            }
        }
    }
    if !draft.retired.is_empty() {
        md.push_str(&format!("\n## {RETIRED_TITLE}\n\n{RETIRED_INTRO}\n\n"));
        for (field, text) in &draft.retired {
            md.push_str(&format!("- **{}:** {}\n", escape(field), escape(text)));
        }
    }
    md.push_str("\n## Signatures\n\n");
    for (key, role, _) in parties(draft.kind) {
        match draft.signatures.get(key) {
            Some(sig) if draft.signature_valid(key) => md.push_str(&format!(
                "- **{role}:** signed by {} on {}\n",
                escape(&sig.name),
                escape(&sig.date)
            )),
            Some(sig) => md.push_str(&format!(
                "- **{role}:** signed by {} on {}, but the agreement has changed since, so this signature no longer applies\n",
                escape(&sig.name),
                escape(&sig.date)
            )),
            None => md.push_str(&format!(
                "- **{role}:** not signed yet. Signature: ______________________ Date: ____________\n"
            )),
        }
    }
    md.push_str(&format!(
        "\nContent fingerprint (SHA-256): `{}`\n",
        draft.fingerprint()
    ));
    md
}
