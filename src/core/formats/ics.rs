//! An agreement's dates as an iCalendar file (RFC 5545): the meeting series at the agreed time,
//! each goal's target date, the reviews and the end date. Text is escaped and long lines are folded
//! at 75 octets without splitting a character.
//!
//! Meetings with a usual time are written in floating local time (no time zone): a calendar shows
//! 17:30 as 17:30 wherever the person is, which is what "we meet at half past five" means.

use crate::core::agreement::AgreementKind;
use crate::core::agreement::Draft;
use crate::core::prefill::add_months;
use crate::core::text::{key, Catalogue, Key, Msg, Numbers, PlainNumbers};
use crate::core::values::{parse_date, parse_time, Choice, Meaning, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcsError {
    /// Without a valid start date there is nothing to put in a calendar.
    NoStartDate,
}

impl IcsError {
    pub fn message(self) -> Key {
        match self {
            IcsError::NoStartDate => key::ICS_NO_START,
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

/// Days since 1970-01-01 of a real date (the civil-from-days algorithm, run backwards).
fn day_number(date: &str) -> Option<i64> {
    let (y, m, d) = parse_date(date)?;
    let (y, m) = (i64::from(y) - i64::from(m <= 2), i64::from(m));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date `days` after day number `n`, as YYYY-MM-DD.
fn date_of(n: i64) -> String {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Day of the week of a day number: 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
fn weekday(n: i64) -> u8 {
    // rem_euclid of 7 is 0 to 6, so the cast cannot truncate.
    (n + 3).rem_euclid(7) as u8
}

const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// YYYY-MM-DD -> YYYYMMDD.
fn ics_date(date: &str) -> String {
    date.replace('-', "")
}

/// When an event happens: a whole day, or a time on a day for some minutes.
#[derive(Clone)]
enum When {
    Day(String),
    At {
        date: String,
        hour: u32,
        minute: u32,
        minutes: u32,
    },
}

impl When {
    /// The DTSTART and DTEND lines.
    fn lines(&self) -> [String; 2] {
        match self {
            When::Day(date) => {
                let next = day_number(date).map_or_else(|| date.clone(), |n| date_of(n + 1));
                [
                    format!("DTSTART;VALUE=DATE:{}", ics_date(date)),
                    format!("DTEND;VALUE=DATE:{}", ics_date(&next)),
                ]
            }
            When::At {
                date,
                hour,
                minute,
                minutes,
            } => {
                let start = hour * 60 + minute;
                let end = start + minutes;
                let end_date = day_number(date)
                    .map_or_else(|| date.clone(), |n| date_of(n + i64::from(end / 1440)));
                let end = end % 1440;
                [
                    format!("DTSTART:{}T{:02}{:02}00", ics_date(date), hour, minute),
                    format!(
                        "DTEND:{}T{:02}{:02}00",
                        ics_date(&end_date),
                        end / 60,
                        end % 60
                    ),
                ]
            }
        }
    }
}

struct Event {
    uid: String,
    when: When,
    summary: String,
    description: String,
    rule: Option<String>,
}

/// The repeat rule of a "How often" choice, built from the choice's data and numbers only. A
/// monthly series on a chosen weekday keeps to that weekday ("the second Tuesday"), not the date.
fn rrule(choice: &Choice, first: i64, on_weekday: bool) -> Option<String> {
    let Meaning::Repeat { unit, interval } = choice.meaning else {
        return None;
    };
    let mut rule = match unit {
        Unit::Week => "FREQ=WEEKLY".to_string(),
        Unit::Month => "FREQ=MONTHLY".to_string(),
    };
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    if unit == Unit::Month && on_weekday {
        let day_of_month = date_of(first)[8..10].parse::<u32>().unwrap_or(1);
        // The fifth week does not come every month: such a series keeps to the last one.
        let nth = match (day_of_month - 1) / 7 + 1 {
            5 => "-1".to_string(),
            n => n.to_string(),
        };
        rule.push_str(&format!(
            ";BYDAY={nth}{}",
            DAY_CODES[usize::from(weekday(first))]
        ));
    }
    Some(rule)
}

/// Builds the calendar. `stamp` is the creation time as YYYYMMDDTHHMMSSZ (passed in to keep this pure).
///
/// Structured properties (dates, times, rules, ids) are built only from typed values: real dates,
/// a time of day, the data of a chosen option, numbers. A person's text only ever reaches SUMMARY
/// and DESCRIPTION, escaped and folded; text that does not fit its field never reaches the calendar.
pub fn to_ics(draft: &Draft, stamp: &str) -> Result<String, IcsError> {
    to_ics_in(draft, stamp, &Catalogue::english(), &PlainNumbers)
}

/// As `to_ics`, with the events' words in the language of `cat` (the agreement's own).
pub fn to_ics_in(
    draft: &Draft,
    stamp: &str,
    cat: &Catalogue,
    numbers: &dyn Numbers,
) -> Result<String, IcsError> {
    let say = |msg: Msg| cat.say(&msg, numbers);
    let mentoring = draft.kind == AgreementKind::Mentoring;
    let pick = |m: Key, c: Key| if mentoring { m } else { c };
    // Dates stay YYYY-MM-DD (checked as real dates in a sane range) until they are written out.
    let start = draft
        .date("start")
        .map(str::to_string)
        .ok_or(IcsError::NoStartDate)?;
    let start_day = day_number(&start).ok_or(IcsError::NoStartDate)?;
    let end = draft.date("end").map(str::to_string).filter(|e| *e > start);
    let title = &draft.title;
    // Events are named after the two people when both names are written, which says more in a
    // calendar than a title such as "Copy of Mentoring agreement".
    let named = draft.people().map(&say);
    let who = named.clone().unwrap_or_else(|| title.clone());
    let mut events = Vec::new();

    // The first meeting: the start date, or the first chosen weekday from then on.
    let chosen_day = draft.weekday("day");
    let first = match chosen_day {
        Some(d) => start_day + i64::from((d + 7 - weekday(start_day)) % 7),
        None => start_day,
    };
    let length = match draft.choice("length").map(|c| c.meaning) {
        Some(Meaning::Minutes(m)) => Some(u32::from(m)),
        _ => None,
    };
    let time = parse_time(draft.value("time"));
    let when = match time {
        Some((hour, minute)) => When::At {
            date: date_of(first),
            hour,
            minute,
            minutes: length.unwrap_or(60),
        },
        None => When::Day(date_of(first)),
    };
    if let Some(rule) = draft
        .choice("frequency")
        .and_then(|c| rrule(c, first, chosen_day.is_some()))
    {
        let limit = match (draft.number("sessions"), end.as_ref()) {
            (Some(count), _) => Some(format!("COUNT={count}")),
            // UNTIL takes the same form as the start: a date, or a local time on the last day.
            (None, Some(e)) if time.is_some() => Some(format!("UNTIL={}T235959", ics_date(e))),
            (None, Some(e)) => Some(format!("UNTIL={}", ics_date(e))),
            (None, None) => None,
        };
        let mode = draft.words_in("mode", cat).to_string();
        let mut description = match length {
            Some(_) => say(Msg::new(pick(
                key::ICS_SESSION_LENGTH_MENTORING,
                key::ICS_SESSION_LENGTH_COACHING,
            ))
            .with("length", draft.words_in("length", cat))
            .with("mode", mode)),
            None => say(
                Msg::new(pick(key::ICS_SESSION_MENTORING, key::ICS_SESSION_COACHING))
                    .with("mode", mode),
            ),
        };
        // With no way of meeting chosen, the sentence ends where the mode would have been.
        let kept = description.trim_end_matches([' ', '.']).len();
        description.truncate(kept);
        if time.is_none() {
            description.push_str(". ");
            description.push_str(cat.get(key::ICS_WHOLE_DAY));
        }
        if !draft.value("place").is_empty() {
            description.push_str(". ");
            description.push_str(&say(
                Msg::new(key::ICS_WHERE).with("place", draft.value("place"))
            ));
        }
        events.push(Event {
            uid: "meetings".into(),
            when,
            summary: match &named {
                Some(both) => say(Msg::new(pick(
                    key::ICS_MEETINGS_NAMED_MENTORING,
                    key::ICS_MEETINGS_NAMED_COACHING,
                ))
                .with("people", both.clone())),
                None => say(Msg::new(pick(
                    key::ICS_MEETINGS_MENTORING,
                    key::ICS_MEETINGS_COACHING,
                ))
                .with("title", title.clone())),
            },
            description,
            rule: Some(match limit {
                Some(limit) => format!("{rule};{limit}"),
                None => rule,
            }),
        });
    }

    // Each goal's target date is a day of its own, named after the goal.
    for n in 1..=5 {
        let goal = format!("goal-{n}");
        let text = draft.value(&goal).trim();
        if text.is_empty() {
            continue;
        }
        if let Some(date) = draft.date(&format!("{goal}-date")) {
            events.push(Event {
                uid: goal.clone(),
                when: When::Day(date.to_string()),
                summary: say(Msg::new(key::ICS_GOAL)
                    .with("number", n.to_string())
                    .with("goal", text)),
                // The title in brackets only when it says more than the kind of agreement.
                description: if *title == cat.get(draft.kind.title())
                    || *title == draft.kind.title().english()
                {
                    cat.get(pick(
                        key::ICS_GOAL_DESCRIPTION_PLAIN_MENTORING,
                        key::ICS_GOAL_DESCRIPTION_PLAIN_COACHING,
                    ))
                    .to_string()
                } else {
                    say(Msg::new(pick(
                        key::ICS_GOAL_DESCRIPTION_MENTORING,
                        key::ICS_GOAL_DESCRIPTION_COACHING,
                    ))
                    .with("title", title.clone()))
                },
                rule: None,
            });
        }
    }

    let every = match draft.choice("review-every").map(|c| c.meaning) {
        Some(Meaning::ReviewMonths(n)) => Some(u32::from(n)),
        _ => None,
    };
    let review = |date: String, rule: Option<String>, uid: String| Event {
        uid,
        when: When::Day(date),
        summary: say(
            Msg::new(pick(key::ICS_REVIEW_MENTORING, key::ICS_REVIEW_COACHING))
                .with("who", who.clone()),
        ),
        description: cat.get(key::ICS_REVIEW_DESCRIPTION).to_string(),
        rule,
    };
    match (every, end.as_ref()) {
        (Some(every), Some(end)) => {
            let mut n = 1;
            while let Some(date) = add_months(&start, every * n) {
                if &date >= end || n > 40 {
                    break;
                }
                events.push(review(date, None, format!("review-{n}")));
                n += 1;
            }
        }
        // With no fixed end, the reviews repeat for as long as the relationship lasts.
        (Some(every), None) if draft.open_ended() => {
            if let Some(date) = add_months(&start, every) {
                let rule = format!("FREQ=MONTHLY;INTERVAL={every}");
                events.push(review(date, Some(rule), "reviews".into()));
            }
        }
        _ => {}
    }

    if let Some(end) = end {
        events.push(Event {
            uid: "end".into(),
            when: When::Day(end),
            summary: say(
                Msg::new(pick(key::ICS_END_MENTORING, key::ICS_END_COACHING))
                    .with("who", who.clone()),
            ),
            description: cat.get(key::ICS_END_DESCRIPTION).to_string(),
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
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!(
            "UID:{}-{}@mentoring-or-coaching",
            draft.id, e.uid
        )));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}")));
        for line in e.when.lines() {
            out.push_str(&fold(&line));
        }
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
