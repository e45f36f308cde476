//! An agreement's dates as an iCalendar file (RFC 5545): the meeting series, review points and the end date.
//! Text is escaped and long lines are folded at 75 octets without splitting a character.

use crate::core::agreement::Draft;
use crate::core::prefill::add_months;
use crate::core::values::{Choice, Meaning, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcsError {
    /// Without a valid start date there is nothing to put in a calendar.
    NoStartDate,
}

impl IcsError {
    pub fn message(self) -> &'static str {
        match self {
            IcsError::NoStartDate => "Add a start date first: the calendar file is built from it.",
        }
    }
}

/// Escapes a TEXT value (RFC 5545 section 3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line to at most 75 octets per physical line, ending each with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// YYYY-MM-DD -> YYYYMMDD.
fn ics_date(date: &str) -> String {
    date.replace('-', "")
}

fn next_day(date: &str) -> Option<String> {
    // Day arithmetic without a calendar crate: try the next day, else the first of the next month.
    let (ym, day) = date.rsplit_once('-')?;
    let day: u32 = day.parse().ok()?;
    let candidate = format!("{ym}-{:02}", day + 1);
    match add_months(&candidate, 0) {
        Some(d) => Some(d),
        None => add_months(&format!("{ym}-01"), 1),
    }
}

/// The repeat rule of a "How often" choice, built from the choice's data and numbers only.
fn rrule(choice: &Choice) -> Option<String> {
    let Meaning::Repeat { unit, interval } = choice.meaning else {
        return None;
    };
    let freq = match unit {
        Unit::Week => "WEEKLY",
        Unit::Month => "MONTHLY",
    };
    Some(match interval {
        0 | 1 => format!("FREQ={freq}"),
        n => format!("FREQ={freq};INTERVAL={n}"),
    })
}

struct Event {
    uid: String,
    date: String,
    summary: String,
    description: String,
    rule: Option<String>,
}

/// Builds the calendar. `stamp` is the creation time as YYYYMMDDTHHMMSSZ (passed in to keep this pure).
///
/// Structured properties (dates, rules, ids) are built only from typed values: real dates, the
/// data of a chosen option, numbers. A person's text only ever reaches SUMMARY and DESCRIPTION,
/// escaped and folded; text that does not fit its field never reaches the calendar at all.
pub fn to_ics(draft: &Draft, stamp: &str) -> Result<String, IcsError> {
    // Dates stay YYYY-MM-DD (checked as real dates in a sane range) until they are written out.
    let start = draft
        .date("start")
        .map(str::to_string)
        .ok_or(IcsError::NoStartDate)?;
    let end = draft.date("end").map(str::to_string).filter(|e| *e > start);
    let title = &draft.title;
    let noun = draft.kind.noun();
    let mut events = Vec::new();

    if let Some(rule) = draft.choice("frequency").and_then(rrule) {
        let count = match draft.choice("sessions").map(|c| c.meaning) {
            Some(Meaning::Sessions(n)) => Some(n),
            _ => None,
        };
        let limit = match count {
            Some(count) => Some(format!("COUNT={count}")),
            None => end.as_ref().map(|e| format!("UNTIL={}", ics_date(e))),
        };
        let mut description = format!(
            "{} {noun} session. {}",
            draft.words("length"),
            draft.words("mode")
        );
        if !draft.value("place").is_empty() {
            description.push_str(&format!(". Where: {}", draft.value("place")));
        }
        events.push(Event {
            uid: "meetings".into(),
            date: start.clone(),
            summary: format!("{} meeting: {title}", capitalise(noun)),
            description,
            rule: Some(match limit {
                Some(limit) => format!("{rule};{limit}"),
                None => rule,
            }),
        });
    }

    let every = match draft.choice("review-every").map(|c| c.meaning) {
        Some(Meaning::ReviewMonths(n)) => Some(u32::from(n)),
        _ => None,
    };
    if let (Some(every), Some(end)) = (every, end.as_ref()) {
        let mut n = 1;
        while let Some(date) = add_months(&start, every * n) {
            if &date >= end || n > 40 {
                break;
            }
            events.push(Event {
                uid: format!("review-{n}"),
                date,
                summary: format!("Review of our {noun}: {title}"),
                description: "Look back at the goals and decide together: carry on as we are, change something, or close.".into(),
                rule: None,
            });
            n += 1;
        }
    }

    if let Some(end) = end {
        events.push(Event {
            uid: "end".into(),
            date: end,
            summary: format!("{} agreement ends: {title}", capitalise(noun)),
            description:
                "The agreed end date. Close well: look back at what changed and what comes next."
                    .into(),
            rule: None,
        });
    }

    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mentoring or Coaching//Agreement//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    for e in events {
        let next = next_day(&e.date).unwrap_or_else(|| e.date.clone());
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!(
            "UID:{}-{}@mentoring-or-coaching",
            draft.id, e.uid
        )));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}")));
        out.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", ics_date(&e.date))));
        out.push_str(&fold(&format!("DTEND;VALUE=DATE:{}", ics_date(&next))));
        if let Some(rule) = e.rule {
            out.push_str(&fold(&format!("RRULE:{rule}")));
        }
        out.push_str(&fold(&format!("SUMMARY:{}", escape_text(&e.summary))));
        out.push_str(&fold(&format!(
            "DESCRIPTION:{}",
            escape_text(&e.description)
        )));
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    Ok(out)
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
