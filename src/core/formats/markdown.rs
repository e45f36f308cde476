//! An agreement as Markdown that reads well as plain text. User text is escaped only where Markdown
//! would misread it, so it renders as text, never as markup or HTML.

use crate::core::agreement::{parties, Draft, FieldKind};

/// Escapes text for Markdown, and only where Markdown would read it as markup: characters that
/// start emphasis, code, links or HTML anywhere (`* ` `` ` `` `[ ] < ~ \`), an underscore that is not
/// inside a word, an `&` that would start an entity, and a line's first character when it would
/// start a heading, quote, list or rule. Everything else (`.`, `-`, `@`, quotes) stays as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            // A line break inside a value stays a line break, not a new paragraph.
            out.push_str("\\\n");
        }
        escape_line(line.trim_end_matches('\r'), n > 0, &mut out);
    }
    out
}

fn escape_line(line: &str, starts_line: bool, out: &mut String) {
    let chars: Vec<char> = line.chars().filter(|c| *c != '\r').collect();
    // Where the line's text starts, after any indent: the only place block markup begins.
    let first = chars.iter().position(|c| !c.is_whitespace());
    // Digits then "." or ")" at the start would make a numbered list: escape the punctuation.
    let list_number_end = first.filter(|_| starts_line).and_then(|f| {
        let digits = chars[f..].iter().take_while(|c| c.is_ascii_digit()).count();
        let at = f + digits;
        (digits > 0 && matches!(chars.get(at), Some('.' | ')'))).then_some(at)
    });
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let at_start = starts_line && Some(i) == first;
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '~' => true,
            '_' => !(word(prev) && word(next)),
            '&' => starts_entity(&chars[i + 1..]),
            // A closing run of "#" would be dropped from a heading such as the title's.
            '#' => {
                at_start
                    || (prev.is_none_or(char::is_whitespace)
                        && chars[i..].iter().all(|c| *c == '#' || c.is_whitespace()))
            }
            '>' | '-' | '+' | '=' | '|' => at_start,
            _ => Some(i) == list_number_end,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether the text after an `&` would make it an entity (`&amp;`, `&#38;`): letters or `#` and
/// digits, then `;`.
fn starts_entity(rest: &[char]) -> bool {
    let body = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    body > 0 && rest.get(body) == Some(&';')
}

/// The heading and explanation of the part of a draft that holds retired fields' text.
pub const RETIRED_TITLE: &str = "Parts this agreement no longer has";
pub const RETIRED_INTRO: &str = "These parts were in an earlier version of this agreement. Their text is kept here until you remove it.";

/// The heading and explanation of the organisation's own clauses in a draft.
pub const TERMS_TITLE: &str = "Your organisation's terms";
pub const TERMS_INTRO: &str = "Your organisation asks everyone in its programme to agree to these. They were copied in when this agreement was started, so they stay as they were when you read them.";

/// The words beside a party's tick of one of the organisation's clauses: "The mentee agrees".
pub fn agrees(role: &str) -> String {
    format!("The {} agrees", role.to_lowercase())
}

/// The whole agreement as a Markdown document, with dates as written (YYYY-MM-DD).
pub fn to_markdown(draft: &Draft) -> String {
    to_markdown_with(draft, &|d: &str| d.to_string())
}

/// A field's words, with a date written by `date` (the person's own style, from the browser).
fn shown(draft: &Draft, field: &str, words: &str, date: &dyn Fn(&str) -> String) -> String {
    match draft.date(field) {
        Some(d) if matches!(draft.kind.field_kind(field), Some(FieldKind::Date)) => date(d),
        _ => words.to_string(),
    }
}

/// As `to_markdown`, with every date written by `date`: the app passes the person's own date
/// style, as on screen, since Markdown needs no particular one.
pub fn to_markdown_with(draft: &Draft, date: &dyn Fn(&str) -> String) -> String {
    let template = draft.kind.template();
    let mut md = format!("# {}\n\n", escape(&draft.title));
    // The kind is named only when the title does not already say it.
    if draft.title != draft.kind.title() {
        md.push_str(&format!("{} · ", draft.kind.title()));
    }
    md.push_str(&format!("Status: {}\n", draft.status().words()));
    if let Some(programme) = &draft.programme {
        md.push_str(&format!("\nProgramme: {}\n", escape(programme)));
    }
    for section in template.sections {
        let mut lines = String::new();
        for field in section.fields.iter().filter(|f| draft.is_visible(f)) {
            let value = draft.words(field.id);
            match (field.kind, draft.kept(field.id)) {
                // Kept text that does not fit is shown as it is, with its note, never as a value.
                (_, Some(kept)) if value.is_empty() => lines.push_str(&format!(
                    "- **{}:** *(needs a look: {})* {}\n",
                    field.label,
                    escape(&kept.note()),
                    escape(&kept.text)
                )),
                // An empty optional part is left out; an empty required one is still to agree.
                _ if value.trim().is_empty() && !draft.required(field) => {}
                (FieldKind::Tick, _) => {
                    let mark = if value == "yes" { "x" } else { " " };
                    lines.push_str(&format!("- [{mark}] {}\n", field.label));
                }
                _ if value.trim().is_empty() => {
                    lines.push_str(&format!("- **{}:** *(not filled in)*\n", field.label))
                }
                _ => lines.push_str(&format!(
                    "- **{}:** {}\n",
                    field.label,
                    escape(&shown(draft, field.id, value, date))
                )),
            }
        }
        // A section with nothing in it (no fees for an internal coach) is left out too.
        if !lines.is_empty() {
            md.push_str(&format!("\n## {}\n\n{lines}", section.title));
        }
    }
    if !draft.terms.is_empty() {
        md.push_str(&format!("\n## {TERMS_TITLE}\n\n{TERMS_INTRO}\n"));
        for term in &draft.terms {
            md.push_str(&format!(
                "\n### {}\n\n{}\n",
                escape(&term.title),
                escape(&term.text)
            ));
            if term.both_tick {
                md.push('\n');
                for (key, role, _) in parties(draft.kind) {
                    let mark = if term.ticked.contains(key) { "x" } else { " " };
                    md.push_str(&format!("- [{mark}] {}\n", agrees(role)));
                }
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
                escape(&signed_on(&sig.date, date))
            )),
            Some(sig) => md.push_str(&format!(
                "- **{role}:** signed by {} on {}, but the agreement has changed since, so this signature no longer applies\n",
                escape(&sig.name),
                escape(&signed_on(&sig.date, date))
            )),
            None => md.push_str(&format!(
                "- **{role}:** not signed yet. Signature: ______________________ Date: ____________\n"
            )),
        }
    }
    // The same code the screen shows, so two people can compare their copies at a glance.
    let fingerprint = draft.fingerprint();
    md.push_str(&format!(
        "\nAgreement code: `{}` (both copies show the same code when they say the same thing; in full: `{fingerprint}`)\n",
        crate::core::agreement::agreement_code(&fingerprint)
    ));
    md
}

/// A signature's date in the person's style, if it is a real date; as written otherwise.
fn signed_on(text: &str, date: &dyn Fn(&str) -> String) -> String {
    match crate::core::values::parse_date(text) {
        Some(_) => date(text),
        None => text.to_string(),
    }
}
