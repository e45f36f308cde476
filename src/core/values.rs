//! What a field's text may be: each kind of field accepts only its own kind of value (a choice id
//! from its list, a tick, a real date, text up to a length limit). A value that does not fit is
//! kept as the person's text with a note, never dropped and never used as if it fitted.

use crate::core::text::{key, Key, Msg};

/// The longest text one field holds, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Dates outside these years are surely typing slips or hostile; they stay text, not dates.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2999;

/// What choosing an option means beyond its words. The calendar reads this, never the label, so
/// rewording a label never changes a calendar (only the signed words, see `Draft::fingerprint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// Nothing beyond the words.
    Plain,
    /// Meetings repeat every `interval` weeks or months.
    Repeat { unit: Unit, interval: u8 },
    /// A review every this many months.
    ReviewMonths(u8),
    /// A meeting this many minutes long.
    Minutes(u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Week,
    Month,
}

/// One option of a choice field: a stable id (what is stored), the words shown, what it means, and
/// when a new draft suggests it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Key,
    pub meaning: Meaning,
    /// Suggested for a new draft when the assessment has any of these answers: (question id, option id).
    pub suggested_when: &'static [(&'static str, &'static str)],
}

/// How a field is edited, and so which values it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    LongText,
    /// A calendar date, stored as YYYY-MM-DD.
    Date,
    /// One of a fixed list, stored as the choice's id.
    Choice(&'static [Choice]),
    /// A statement both people tick to accept; stored as "yes", or absent.
    Tick,
    /// A time of day, stored as HH:MM (24 hours), as a time input gives it.
    Time,
    /// A day of the week, stored as its iCalendar code in lower case (`WEEKDAYS`). A kind of its
    /// own rather than a choice, so the days' names stay out of the first download.
    Weekday,
    /// A whole number from `min` to `max`, stored in digits.
    Number {
        min: u16,
        max: u16,
    },
}

/// Why a value does not fit its field (worked out again from the text whenever needed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NotAChoice,
    NotATick,
    NotADate,
    TooLong,
    NotATime,
    NotANumber,
}

/// Where a value that does not fit came from, so the note can say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An agreement file, usually the partner's.
    PartnerFile,
    /// A backup file.
    Backup,
    /// This browser's own saved data (written by an older version, or changed by hand).
    Saved,
    /// Typed or pasted here.
    Typed,
}

impl Origin {
    /// How it is stored. Plain text rather than a serde type keeps the first download small.
    pub fn key(self) -> &'static str {
        match self {
            Origin::PartnerFile => "partner-file",
            Origin::Backup => "backup",
            Origin::Saved => "saved",
            Origin::Typed => "typed",
        }
    }

    /// Reads a stored key; anything unknown counts as this browser's own saved data.
    pub fn from_key(key: &str) -> Origin {
        match key {
            "partner-file" => Origin::PartnerFile,
            "backup" => Origin::Backup,
            "typed" => Origin::Typed,
            _ => Origin::Saved,
        }
    }
}

/// A value kept as the person's text because it does not fit its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unfit {
    pub text: String,
    pub problem: Problem,
    pub from: Origin,
}

impl Unfit {
    /// The note shown next to the field, in plain words.
    pub fn note(&self) -> Msg {
        let source = match self.from {
            Origin::PartnerFile => key::UNFIT_FROM_PARTNER,
            Origin::Backup => key::UNFIT_FROM_BACKUP,
            Origin::Saved => key::UNFIT_FROM_SAVED,
            Origin::Typed => key::UNFIT_FROM_TYPED,
        };
        let k = match self.problem {
            Problem::NotAChoice => key::UNFIT_NOT_A_CHOICE,
            Problem::NotATick => key::UNFIT_NOT_A_TICK,
            Problem::NotADate => key::UNFIT_NOT_A_DATE,
            Problem::NotATime => key::UNFIT_NOT_A_TIME,
            Problem::NotANumber => key::UNFIT_NOT_A_NUMBER,
            Problem::TooLong => key::UNFIT_TOO_LONG,
        };
        Msg::new(k)
            .with_key("source", source)
            .with("text", quote(&self.text))
            .with("limit", MAX_TEXT_CHARS.to_string())
    }
}

/// The text in quotes, shortened if long, with line breaks shown as spaces.
fn quote(text: &str) -> String {
    let mut short: String = text
        .chars()
        .take(80)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(80).is_some() {
        short.push('…');
    }
    format!("\u{201c}{short}\u{201d}")
}

/// Checks a non-empty value against its field's kind. Never inlined: it is called from several
/// places on the load path, and one copy keeps the first download small.
#[inline(never)]
pub fn check(kind: FieldKind, text: &str) -> Result<(), Problem> {
    match kind {
        FieldKind::Text | FieldKind::LongText => {
            // A character is at least one byte, so most text needs no counting at all.
            if text.len() > MAX_TEXT_CHARS && char_count(text) > MAX_TEXT_CHARS {
                Err(Problem::TooLong)
            } else {
                Ok(())
            }
        }
        FieldKind::Date => parse_date(text).map(|_| ()).ok_or(Problem::NotADate),
        FieldKind::Choice(choices) => choice(choices, text).map(|_| ()).ok_or(Problem::NotAChoice),
        FieldKind::Tick if text == "yes" => Ok(()),
        FieldKind::Tick => Err(Problem::NotATick),
        FieldKind::Time => parse_time(text).map(|_| ()).ok_or(Problem::NotATime),
        FieldKind::Weekday => weekday(text).map(|_| ()).ok_or(Problem::NotAChoice),
        FieldKind::Number { min, max } => parse_number(text, min, max)
            .map(|_| ())
            .ok_or(Problem::NotANumber),
    }
}

/// A whole number written in plain digits (no sign, no leading zero), from `min` to `max`.
pub fn parse_number(text: &str, min: u16, max: u16) -> Option<u16> {
    let b = text.as_bytes();
    if b.len() > 5 || (b.first() == Some(&b'0') && b.len() > 1) {
        return None;
    }
    let n = u16::try_from(digits(b)?).ok()?;
    (min..=max).contains(&n).then_some(n)
}

/// The days of the week as stored, Monday first.
pub const WEEKDAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/// A stored day of the week: 0 for Monday to 6 for Sunday.
pub fn weekday(code: &str) -> Option<u8> {
    // Seven days, so the position always fits.
    WEEKDAYS.iter().position(|d| *d == code).map(|i| i as u8)
}

/// A time of day as HH:MM, 00:00 to 23:59: (hour, minute).
pub fn parse_time(text: &str) -> Option<(u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let (hour, minute) = (digits(&b[..2])?, digits(&b[3..])?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// The number these ASCII digits write, or `None` if there are none or any is not a digit. One
/// small reader for dates, times and numbers keeps the first download small.
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() {
        return None;
    }
    let mut n = 0u32;
    for d in b {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(d - b'0');
    }
    Some(n)
}

/// Characters in UTF-8 text: every byte that does not continue a character starts one. (A loop of
/// its own is smaller in the wasm than the standard library's fast counter.)
fn char_count(text: &str) -> usize {
    text.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// The choice with this id.
pub fn choice(choices: &'static [Choice], id: &str) -> Option<&'static Choice> {
    choices.iter().find(|c| c.id == id)
}

/// A real calendar date as YYYY-MM-DD, with a year in the sane range: (year, month, day).
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    // Four digits make at most 9999, so the year always fits.
    let year = i32::try_from(digits(&b[..4])?).ok()?;
    let (month, day) = (digits(&b[5..7])?, digits(&b[8..])?);
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    (1..=days_in(year, month))
        .contains(&day)
        .then_some((year, month, day))
}

/// Days in a month of the Gregorian calendar.
pub fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether text has reached the most a field holds, as the browser counts it (UTF-16 units, which
/// are never fewer than characters), so the editor can say why typing or pasting stopped.
pub fn reaches_limit(text: &str) -> bool {
    text.len() >= MAX_TEXT_CHARS && text.encode_utf16().count() >= MAX_TEXT_CHARS
}

/// Characters in `text` when over the limit, else `None` (an import that long is refused).
pub fn over_limit(text: &str) -> Option<usize> {
    (text.len() > MAX_TEXT_CHARS)
        .then(|| char_count(text))
        .filter(|n| *n > MAX_TEXT_CHARS)
}
