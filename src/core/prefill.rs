//! Fills a new agreement draft from the assessment where the answers say something useful.

use crate::core::agreement::{mark_of, placeholder_mark, AgreementKind, Draft, FieldKind};
use crate::core::scoring::Answers;
use crate::core::text::{key, Catalogue};
use crate::core::values::days_in;

/// Builds a draft of `kind` prefilled from `answers`; `today` is YYYY-MM-DD.
pub fn prefilled_draft(
    id: String,
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
    now: i64,
) -> Draft {
    prefilled(id, kind, answers, today, now, false)
}

/// As `prefilled_draft`; with `blend`, the draft is one half of a blend (see `suggestions_for`).
pub fn prefilled(
    id: String,
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
    now: i64,
    blend: bool,
) -> Draft {
    prefilled_in(id, kind, answers, today, now, blend, &Catalogue::english())
}

/// As `prefilled`, with the suggestions that are words in the language of `cat`.
pub fn prefilled_in(
    id: String,
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
    now: i64,
    blend: bool,
    cat: &Catalogue,
) -> Draft {
    let mut draft = Draft::new(id, kind, now);
    for (field, value) in suggestions_in(kind, answers, today, blend, cat) {
        // A language without built-in marks: its prompts travel with the draft (`Draft::marks`).
        if let Some(mark) = mark_of(&value).filter(|m| placeholder_mark(m).is_none()) {
            draft.marks.insert(mark.to_string());
        }
        draft.fields.insert(field.to_string(), value);
        draft.prefilled.insert(field.to_string());
    }
    draft
}

/// Field id -> suggested value, from the answers. A choice is suggested by its id; a test checks
/// that every suggestion fits its field for every combination of answers.
pub fn suggestions(
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
) -> Vec<(&'static str, String)> {
    suggestions_for(kind, answers, today, false)
}

/// As `suggestions`. In a blend (`blend`), each draft covers its own side of the person's needs: the
/// coaching one is short and bounded (about three months, six sessions), the mentoring one long
/// (a year, reviewed every six months), and each takes its goal only from an answer that points
/// its way.
pub fn suggestions_for(
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
    blend: bool,
) -> Vec<(&'static str, String)> {
    suggestions_in(kind, answers, today, blend, &Catalogue::english())
}

/// As `suggestions_for`, with the suggestions that are words in the language of `cat`.
pub fn suggestions_in(
    kind: AgreementKind,
    answers: &Answers,
    today: &str,
    blend: bool,
    cat: &Catalogue,
) -> Vec<(&'static str, String)> {
    let given = |q: &str| answers.get(q).map(String::as_str).unwrap_or("");
    let answer = |q: &str| -> &str {
        match (blend, q, kind) {
            (true, "horizon", AgreementKind::Mentoring) => "year-plus",
            (true, "horizon", AgreementKind::Coaching) => "weeks",
            (true, "focus", kind) => match (given(q), kind) {
                (focus @ ("career" | "culture"), AgreementKind::Mentoring) => focus,
                (focus @ ("skill" | "result"), AgreementKind::Coaching) => focus,
                _ => "",
            },
            _ => given(q),
        }
    };
    let mut out: Vec<(&'static str, String)> = Vec::new();

    // Duration follows the time horizon; a first coaching contract stays bounded.
    let months = match (answer("horizon"), kind) {
        ("year-plus", _) => Some(12),
        ("months-6-12", _) => Some(6),
        ("weeks", AgreementKind::Coaching) => Some(3),
        ("weeks", AgreementKind::Mentoring) => Some(4),
        _ => None,
    };
    if let Some(months) = months {
        if let Some(end) = add_months(today, months) {
            out.push(("start", today.to_string()));
            out.push(("end", end));
        }
    }
    // A first coaching engagement: six sessions over weeks, eight over longer.
    if kind == AgreementKind::Coaching {
        match answer("horizon") {
            "weeks" => out.push(("sessions", "6".into())),
            "months-6-12" | "year-plus" => out.push(("sessions", "8".into())),
            _ => {}
        }
    }
    // Choices carry their own rule: the first option suggested for one of the answers given.
    for (field, kind) in kind.fields() {
        let FieldKind::Choice(choices) = kind else {
            continue;
        };
        let chosen = choices.iter().find(|c| {
            c.suggested_when
                .iter()
                .any(|(question, option)| !option.is_empty() && answer(question) == *option)
        });
        if let Some(c) = chosen {
            out.push((field, c.id.to_string()));
        }
    }

    let goal = match answer("focus") {
        "career" => Some(key::SUGGEST_GOAL_CAREER),
        "culture" => Some(key::SUGGEST_GOAL_CULTURE),
        "skill" => Some(key::SUGGEST_GOAL_SKILL),
        "result" => Some(key::SUGGEST_GOAL_RESULT),
        _ => None,
    };
    if let Some(goal) = goal {
        out.push(("goal-1", cat.get(goal).into()));
    }

    match (answer("sponsor"), kind) {
        ("closely", AgreementKind::Coaching) => {
            out.push((
                "sponsor-told",
                cat.get(key::SUGGEST_SPONSOR_TOLD_CLOSELY).into(),
            ));
        }
        ("informed", AgreementKind::Coaching) => {
            out.push((
                "sponsor-told",
                cat.get(key::SUGGEST_SPONSOR_TOLD_INFORMED).into(),
            ));
        }
        ("private", AgreementKind::Coaching) => {
            out.push((
                "sponsor-told",
                cat.get(key::SUGGEST_SPONSOR_TOLD_PRIVATE).into(),
            ));
        }
        ("private", AgreementKind::Mentoring) => {
            out.push(("shared", cat.get(key::SUGGEST_SHARED_PRIVATE).into()));
        }
        ("closely" | "informed", AgreementKind::Mentoring) => {
            out.push(("shared", cat.get(key::SUGGEST_SHARED_INFORMED).into()));
        }
        _ => {}
    }

    if kind == AgreementKind::Coaching {
        match answer("assessment") {
            "had" => out.push(("debrief", cat.get(key::SUGGEST_DEBRIEF_HAD).into())),
            "want" => out.push(("debrief", cat.get(key::SUGGEST_DEBRIEF_WANT).into())),
            _ => {}
        }
    }
    if kind == AgreementKind::Mentoring && answer("network") == "lots" {
        out.push((
            "mentor-will",
            cat.get(key::SUGGEST_MENTOR_WILL_NETWORK).into(),
        ));
    }
    out
}

/// Adds whole months to a YYYY-MM-DD date, keeping the day where the month allows.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some()
        || !(1..=12).contains(&month)
        || !(1..=days_in(year, month)).contains(&day)
    {
        return None;
    }
    let total = (month - 1).checked_add(months)?;
    // Checked: a year near the largest number (from an imported file) must not overflow.
    let year = year.checked_add(i32::try_from(total / 12).ok()?)?;
    let month = total % 12 + 1;
    let day = day.min(days_in(year, month));
    Some(format!("{year:04}-{month:02}-{day:02}"))
}
