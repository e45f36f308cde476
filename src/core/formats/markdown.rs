//! An agreement as Markdown that reads well as plain text. User text is escaped only where Markdown
//! would misread it, so it renders as text, never as markup or HTML.

use crate::core::agreement::{parties, role_name, Draft, Field, FieldKind};
use crate::core::text::{key, Catalogue, Key, Msg, Numbers, PlainNumbers};

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

/// The words beside a party's tick of one of the organisation's clauses: "The mentee agrees".
pub fn agrees(party: &str) -> Key {
    match party {
        "mentee" => key::TERMS_AGREES_MENTEE,
        "mentor" => key::TERMS_AGREES_MENTOR,
        "coachee" => key::TERMS_AGREES_COACHEE,
        _ => key::TERMS_AGREES_COACH,
    }
}

/// The whole agreement as a Markdown document in English, with dates as written (YYYY-MM-DD).
pub fn to_markdown(draft: &Draft) -> String {
    to_markdown_with(draft, &Catalogue::english(), &PlainNumbers, &|d: &str| {
        d.to_string()
    })
}

/// A field's words, with a date written by `date` (the person's own style, from the browser) and a
/// choice or a day in the agreement's language.
fn shown(draft: &Draft, field: &Field, cat: &Catalogue, date: &dyn Fn(&str) -> String) -> String {
    match draft.date(field.id) {
        Some(d) if matches!(field.kind, FieldKind::Date) => date(d),
        _ => draft.words_in(field.id, cat).to_string(),
    }
}

/// As `to_markdown`, in the language of `cat` (the agreement's own), with every date written by
/// `date`: the app passes the person's own date style, as on screen.
pub fn to_markdown_with(
    draft: &Draft,
    cat: &Catalogue,
    numbers: &dyn Numbers,
    date: &dyn Fn(&str) -> String,
) -> String {
    let say = |msg: Msg| cat.say(&msg, numbers);
    let template = draft.kind.template();
    let mut md = format!("# {}\n\n", escape(&draft.title));
    // The kind is named only when the title does not already say it.
    let kind = cat.get(draft.kind.title());
    if draft.title != kind && draft.title != draft.kind.title().english() {
        md.push_str(&format!("{kind} · "));
    }
    md.push_str(&say(
        Msg::new(key::MD_STATUS).with_key("status", draft.status().words())
    ));
    md.push('\n');
    if let Some(programme) = &draft.programme {
        md.push('\n');
        md.push_str(&say(
            Msg::new(key::MD_PROGRAMME).with("programme", escape(programme))
        ));
        md.push('\n');
    }
    for section in template.sections {
        let mut lines = String::new();
        for field in section.fields.iter().filter(|f| draft.is_visible(f)) {
            let value = draft.value(field.id);
            let label = cat.get(field.label);
            match (field.kind, draft.kept(field.id)) {
                // Kept text that does not fit is shown as it is, with its note, never as a value.
                (_, Some(kept)) if value.is_empty() => lines.push_str(&format!(
                    "- **{label}:** *{}* {}\n",
                    escape(&say(
                        Msg::new(key::MD_NEEDS_A_LOOK).with("note", say(kept.note()))
                    )),
                    escape(&kept.text)
                )),
                // An empty optional part is left out; an empty required one is still to agree.
                _ if value.trim().is_empty() && !draft.required(field) => {}
                (FieldKind::Tick, _) => {
                    let mark = if value == "yes" { "x" } else { " " };
                    lines.push_str(&format!("- [{mark}] {label}\n"));
                }
                _ if value.trim().is_empty() => lines.push_str(&format!(
                    "- **{label}:** *{}*\n",
                    cat.get(key::MD_NOT_FILLED)
                )),
                _ => lines.push_str(&format!(
                    "- **{label}:** {}\n",
                    escape(&shown(draft, field, cat, date))
                )),
            }
        }
        // A section with nothing in it (no fees for an internal coach) is left out too.
        if !lines.is_empty() {
            md.push_str(&format!("\n## {}\n\n{lines}", cat.get(section.title)));
        }
    }
    if !draft.terms.is_empty() {
        md.push_str(&format!(
            "\n## {}\n\n{}\n",
            cat.get(key::TERMS_TITLE),
            cat.get(key::TERMS_INTRO)
        ));
        for term in &draft.terms {
            md.push_str(&format!(
                "\n### {}\n\n{}\n",
                escape(&term.title),
                escape(&term.text)
            ));
            if term.both_tick {
                md.push('\n');
                for (party, _, _) in parties(draft.kind) {
                    let mark = if term.ticked.contains(party) {
                        "x"
                    } else {
                        " "
                    };
                    md.push_str(&format!("- [{mark}] {}\n", cat.get(agrees(party))));
                }
            }
        }
    }
    if !draft.retired.is_empty() {
        md.push_str(&format!(
            "\n## {}\n\n{}\n\n",
            cat.get(key::RETIRED_TITLE),
            cat.get(key::RETIRED_INTRO)
        ));
        for (field, text) in &draft.retired {
            md.push_str(&format!("- **{}:** {}\n", escape(field), escape(text)));
        }
    }
    md.push_str(&format!("\n## {}\n\n", cat.get(key::MD_SIGNATURES)));
    for (party, _, _) in parties(draft.kind) {
        let role = cat.get(role_name(party));
        let line = match draft.signatures.get(party) {
            Some(sig) => {
                let k = if draft.signature_valid(party) {
                    key::MD_SIGNED
                } else {
                    key::MD_SIGNED_STALE
                };
                say(Msg::new(k)
                    .with("name", escape(&sig.name))
                    .with("date", escape(&signed_on(&sig.date, date))))
            }
            None => cat.get(key::MD_NOT_SIGNED).to_string(),
        };
        md.push_str(&format!("- **{role}:** {line}\n"));
    }
    // The same code the screen shows, so two people can compare their copies at a glance.
    let fingerprint = draft.fingerprint();
    md.push('\n');
    md.push_str(&say(Msg::new(key::MD_CODE)
        .with(
            "code",
            format!("`{}`", crate::core::agreement::agreement_code(&fingerprint)),
        )
        .with("full", format!("`{fingerprint}`"))));
    md.push('\n');
    md
}

/// A signature's date in the person's style, if it is a real date; as written otherwise.
fn signed_on(text: &str, date: &dyn Fn(&str) -> String) -> String {
    match crate::core::values::parse_date(text) {
        Some(_) => date(text),
        None => text.to_string(),
    }
}
