//! Native tests of the checks that catch real slips (dates that contradict each other), open-ended
//! agreements, the 20,000-character limit on imports, and the time and whole-number kinds of field.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete, complete_mentoring_with_names};
use mentoring_or_coaching::core::text::{Arg, Msg};

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, FieldKind, SignError, Status};
use mentoring_or_coaching::core::document::Document;
use mentoring_or_coaching::core::formats::exchange::{
    export_agreement, export_backup, parse_import, ImportError,
};
use mentoring_or_coaching::core::values::{
    check, parse_number, parse_time, reaches_limit, Problem, MAX_TEXT_CHARS,
};

/// A complete mentoring draft running from `start` to `end`, reviewed every 3 months.
fn running(start: &str, end: &str) -> Draft {
    let mut d = complete_mentoring_with_names();
    d.set("start", start.into(), 2);
    d.set("end", end.into(), 2);
    d.set("review-every", "every-3-months".into(), 2);
    d.set("goal-1-date", start.into(), 2);
    d
}

fn missing_ids(d: &Draft) -> Vec<&'static str> {
    d.missing().iter().map(|f| f.id).collect()
}

#[test]
fn sensible_dates_raise_no_slip() {
    let d = running("2027-01-04", "2027-12-20");
    assert_eq!(missing_ids(&d), Vec::<&str>::new());
    assert_eq!(d.status(), Status::ReadyToSign);
    for field in ["start", "end", "review-every", "goal-1-date"] {
        assert_eq!(d.problem(field), None, "{field}");
    }
}

#[test]
fn an_end_date_before_the_start_is_a_slip_that_blocks_signing() {
    let mut d = running("2027-06-01", "2027-05-31");
    assert_eq!(
        d.problem("end").map(|m| m.english()).as_deref(),
        Some("The end date is before the start date. Pick an end date after the start.")
    );
    assert!(missing_ids(&d).contains(&"end"));
    assert_eq!(d.status(), Status::Draft);
    assert_eq!(
        d.sign("mentee", "Sam Lee", "2027-01-01"),
        Err(SignError::Incomplete)
    );
    // Ending on the day it starts is odd but not a contradiction.
    d.set("end", "2027-06-01".into(), 3);
    d.set("review-every", "every-3-months".into(), 3);
    assert_eq!(d.problem("end"), None);
}

#[test]
fn a_goal_target_date_after_the_end_is_a_slip_on_that_goal() {
    let mut d = running("2027-01-04", "2027-12-20");
    d.set("goal-1-date", "2028-01-10".into(), 2);
    assert!(d
        .problem("goal-1-date")
        .map(|m| m.english())
        .is_some_and(|p| p.contains("after the agreement ends")));
    assert_eq!(missing_ids(&d), vec!["goal-1-date"]);
    assert_eq!(d.status(), Status::Draft);
    // The same on an optional goal, once it is written.
    d.set("goal-1-date", "2027-12-20".into(), 3);
    d.set("goal-2", "Second goal".into(), 3);
    d.set("goal-2-date", "2029-01-01".into(), 3);
    assert_eq!(missing_ids(&d), vec!["goal-2-date"]);
    // A coaching goal too.
    let mut c = complete(AgreementKind::Coaching);
    c.set("goal-1-date", "2030-01-01".into(), 2);
    assert!(missing_ids(&c).contains(&"goal-1-date"));
}

#[test]
fn a_review_interval_longer_than_the_whole_agreement_is_a_slip() {
    let mut d = running("2027-01-04", "2027-03-01");
    assert!(d
        .problem("review-every")
        .map(|m| m.english())
        .is_some_and(|p| p.contains("longer than the whole agreement")));
    assert_eq!(missing_ids(&d), vec!["review-every"]);
    // A review exactly at the end still happens.
    d.set("end", "2027-04-04".into(), 2);
    assert_eq!(d.problem("review-every"), None);
    d.set("review-every", "every-12-months".into(), 2);
    assert!(d.problem("review-every").is_some());
}

#[test]
fn an_open_ended_agreement_needs_no_end_date_but_still_a_review() {
    let mut d = running("2027-01-04", "2027-12-20");
    d.set("open-ended", "yes".into(), 2);
    assert!(d.open_ended());
    // An end date alongside "No set end" contradicts it.
    assert!(d
        .problem("end")
        .map(|m| m.english())
        .is_some_and(|p| p.contains("No set end")));
    d.set("end", String::new(), 3);
    assert_eq!(missing_ids(&d), Vec::<&str>::new());
    assert_eq!(d.status(), Status::ReadyToSign);
    let end = AgreementKind::Mentoring
        .template()
        .field("end")
        .expect("end");
    assert!(!d.required(end));
    d.set("review-every", String::new(), 4);
    assert_eq!(missing_ids(&d), vec!["review-every"]);
    // Without the choice, the end date is required as before.
    d.set("review-every", "every-6-months".into(), 5);
    d.set("open-ended", String::new(), 5);
    assert!(d.required(end));
    assert_eq!(missing_ids(&d), vec!["end"]);
}

#[test]
fn an_import_with_a_part_over_20000_characters_is_refused_with_the_reason() {
    let d = complete(AgreementKind::Mentoring);
    let good = export_agreement(&d);
    let needle = format!("\"goal-1\":{}", serde_json::json!(d.value("goal-1")));
    assert!(good.contains(&needle));
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let file = good.replace(&needle, &format!("\"goal-1\":\"{long}\""));
    let err = parse_import(&file).expect_err("refused");
    assert!(
        matches!(&err, ImportError::TooLong { part: Arg::Key(k), chars } if k.english() == "Goal 1" && *chars == MAX_TEXT_CHARS + 1),
        "{err:?}"
    );
    let message = Msg::english_all(&err.message());
    assert!(
        message.contains("Goal 1") && message.contains("20,000"),
        "{message}"
    );
    assert!(message.contains("Nothing was changed."), "{message}");

    // A title, a retired part and a backup are held to the same limit.
    let mut titled = d.clone();
    titled.title = long.clone();
    assert!(matches!(
        parse_import(&export_agreement(&titled)),
        Err(ImportError::TooLong { .. })
    ));
    let mut doc = Document::default();
    let mut retired = d.clone();
    retired.retired.insert("old-part".into(), long.clone());
    doc.drafts.push(retired);
    assert_eq!(
        parse_import(&export_backup(&doc)),
        Err(ImportError::TooLong {
            part: Arg::Text("old-part".into()),
            chars: MAX_TEXT_CHARS + 1
        })
    );
    // Exactly the limit, counted in characters rather than bytes, is fine.
    let fits = "é".repeat(MAX_TEXT_CHARS);
    let file = good.replace(&needle, &format!("\"goal-1\":\"{fits}\""));
    assert!(parse_import(&file).is_ok());
}

#[test]
fn the_editor_knows_when_text_reaches_the_limit_as_the_browser_counts_it() {
    assert!(!reaches_limit(&"a".repeat(MAX_TEXT_CHARS - 1)));
    assert!(reaches_limit(&"a".repeat(MAX_TEXT_CHARS)));
    // An emoji is two units to the browser's maxlength.
    assert!(reaches_limit(&"🙂".repeat(MAX_TEXT_CHARS / 2)));
    assert!(!reaches_limit(&"é".repeat(MAX_TEXT_CHARS - 1)));
}

#[test]
fn a_time_is_a_real_time_of_day() {
    assert_eq!(parse_time("00:00"), Some((0, 0)));
    assert_eq!(parse_time("17:30"), Some((17, 30)));
    assert_eq!(parse_time("23:59"), Some((23, 59)));
    for bad in [
        "24:00",
        "12:60",
        "9:30",
        "09:3",
        "0930",
        "09:30:00",
        "ab:cd",
        "",
        "１２:３０",
    ] {
        assert_eq!(parse_time(bad), None, "{bad:?}");
        if !bad.is_empty() {
            assert_eq!(
                check(FieldKind::Time, bad),
                Err(Problem::NotATime),
                "{bad:?}"
            );
        }
    }
}

#[test]
fn a_number_is_whole_plain_and_in_range() {
    assert_eq!(parse_number("6", 1, 50), Some(6));
    assert_eq!(parse_number("50", 1, 50), Some(50));
    for bad in [
        "0", "51", "06", "-6", "+6", "6.0", "1e1", " 6", "6 ", "", "99999999", "٦",
    ] {
        assert_eq!(parse_number(bad, 1, 50), None, "{bad:?}");
    }
}

#[test]
fn an_agreement_kind_is_read_from_its_lower_case_name_only() {
    for (text, kind) in [
        ("\"mentoring\"", AgreementKind::Mentoring),
        ("\"coaching\"", AgreementKind::Coaching),
    ] {
        assert_eq!(serde_json::from_str::<AgreementKind>(text).ok(), Some(kind));
        assert_eq!(serde_json::to_string(&kind).ok().as_deref(), Some(text));
    }
    for bad in [
        "\"Coaching\"",
        "\"therapy\"",
        "1",
        "null",
        "{\"coaching\":null}",
    ] {
        assert!(serde_json::from_str::<AgreementKind>(bad).is_err(), "{bad}");
    }
}

#[test]
fn an_end_before_the_start_is_blamed_on_the_end_date_alone() {
    let mut d = running("2027-03-01", "2027-02-01");
    d.set("review-every", "every-6-months".into(), 3);
    d.set("goal-1-date", "2027-02-15".into(), 3);
    assert!(d.date_slip("end").is_some());
    assert_eq!(
        d.date_slip("review-every"),
        None,
        "the review is fine; the end is not"
    );
    assert_eq!(d.date_slip("goal-1-date"), None);
    assert_eq!(missing_ids(&d), vec!["end"]);
}

#[test]
fn with_no_set_end_a_leftover_end_date_is_the_only_slip() {
    let mut d = running("2027-01-01", "2027-03-01");
    d.set("review-every", "every-6-months".into(), 3);
    d.set("goal-1-date", "2027-06-01".into(), 3);
    assert!(d.date_slip("review-every").is_some());
    d.set("open-ended", "yes".into(), 4);
    assert!(d.date_slip("end").is_some());
    assert_eq!(
        d.date_slip("review-every"),
        None,
        "there is no end to review before"
    );
    assert_eq!(d.date_slip("goal-1-date"), None);
}
