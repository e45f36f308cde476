//! Native tests of the exports as a person reads them: Markdown that reads as plain text, and
//! calendars with meetings at the agreed time, goal dates and reviews, read back by a standard parser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete, complete_mentoring_with_names, golden};

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
use mentoring_or_coaching::core::formats::ics::to_ics;
use mentoring_or_coaching::core::formats::markdown::{escape, to_markdown, to_markdown_with};
use mentoring_or_coaching::core::text::{Catalogue, PlainNumbers};

#[test]
fn ordinary_text_reaches_markdown_exactly_as_typed() {
    for plain in [
        "Meet Sam (sam@example.com) at 5 p.m. - weekly; it's fine & \"easy\".",
        "R&D, C#, snake_case_name, 3.5 hours, 2026-12-01, 50% + travel",
        "Room 4 - 2nd floor! Or Teams: https://example.com/a-b.c",
        "1 to 1 meetings. Then # of goals",
    ] {
        assert_eq!(escape(plain), plain);
    }
    assert!(!escape("Tom & Jerry").contains("&amp;"));
}

#[test]
fn only_what_markdown_would_misread_is_escaped() {
    for (text, escaped) in [
        ("*bold* and _em_", "\\*bold\\* and \\_em\\_"),
        ("`code` ~gone~", "\\`code\\` \\~gone\\~"),
        ("[a](b)", "\\[a\\](b)"),
        ("<b>x</b>", "\\<b>x\\</b>"),
        ("back\\slash", "back\\\\slash"),
        // Entities would be read as the character they name.
        ("&amp; &#38; &copy;", "\\&amp; \\&#38; \\&copy;"),
        // A closing run of # would vanish from a heading.
        ("Title #", "Title \\#"),
        ("Title ##", "Title \\##"),
    ] {
        assert_eq!(escape(text), escaped, "{text:?}");
    }
    // At the start of a new line, what would start a block is escaped; mid-line it is not.
    assert_eq!(
        escape("a\n# b\n- c\n+ d\n1. e\n12) f\n> g\n===\n| h"),
        "a\\\n\\# b\\\n\\- c\\\n\\+ d\\\n1\\. e\\\n12\\) f\\\n\\> g\\\n\\===\\\n\\| h"
    );
    assert_eq!(
        escape("  - indented"),
        "  - indented",
        "first line is mid-line"
    );
    assert_eq!(escape("x\n  - indented"), "x\\\n  \\- indented");
    assert_eq!(escape("a\r\nb"), "a\\\nb");
}

#[test]
fn markdown_leaves_out_empty_optional_parts_and_sections() {
    let d = complete(AgreementKind::Coaching);
    let md = to_markdown(&d);
    assert!(!md.contains("(not filled in)"), "{md}");
    assert!(!md.contains("Fee and who pays"));
    assert!(!md.contains("## Fees"), "an empty section is left out");
    assert!(!md.contains("Coach's credentials"));
    // A required part still empty is said to be empty.
    let mut d = complete(AgreementKind::Mentoring);
    d.set("goal-1", String::new(), 2);
    assert!(to_markdown(&d).contains("- **Goal 1:** *(not filled in)*\n"));
}

#[test]
fn markdown_names_the_kind_only_when_the_title_does_not() {
    let mut d = complete(AgreementKind::Mentoring);
    let md = to_markdown(&d);
    assert!(md.starts_with("# Mentoring agreement\n\nStatus: "), "{md}");
    assert_eq!(md.matches("Mentoring agreement").count(), 1);
    d.title = "Sam and Alex".into();
    assert!(to_markdown(&d).starts_with("# Sam and Alex\n\nMentoring agreement · Status: "));
}

#[test]
fn markdown_writes_dates_in_the_style_it_is_given() {
    let mut d = complete_mentoring_with_names();
    d.sign("mentee", "Sam Lee", "2026-11-23").expect("signs");
    let style = |iso: &str| {
        let (y, rest) = iso.split_once('-').expect("iso");
        let (m, day) = rest.split_once('-').expect("iso");
        format!("{day}/{m}/{y}")
    };
    let md = to_markdown_with(&d, &Catalogue::english(), &PlainNumbers, &style);
    assert!(md.contains("- **Start date:** 01/12/2026\n"), "{md}");
    assert!(md.contains("- **End date:** 01/12/2027\n"));
    assert!(md.contains("signed by Sam Lee on 23/11/2026\n"));
    assert!(!md.contains("2026-12-01"));
}

/// A mentoring draft as people fill it in: names, one goal, meetings, dates.
fn filled_mentoring() -> Draft {
    let mut d = complete_mentoring_with_names();
    d.title = "Mentoring with Alex".into();
    for (f, v) in [
        ("mentee-contact", "sam.lee@example.com"),
        ("mentor-contact", "alex.kim@example.com"),
        ("goal-1", "Lead two client meetings on my own - by March."),
        (
            "goal-1-measure",
            "Alex has seen me run both; I've written up what I learnt.",
        ),
        ("goal-1-date", "2027-03-31"),
        (
            "mentee-will",
            "Prepare a short agenda (1-2 points) for each meeting.\n- Reflect after each one.",
        ),
        (
            "mentor-will",
            "Share experience, & introduce people: *not* decide for me.",
        ),
        ("frequency", "every-2-weeks"),
        ("length", "60-minutes"),
        ("day", "tu"),
        ("time", "17:30"),
        ("place", "Room 4, 2nd floor; or Teams"),
        ("start", "2027-01-05"),
        ("end", "2027-12-14"),
        ("review-every", "every-3-months"),
    ] {
        d.set(f, v.into(), 2);
    }
    d
}

#[test]
fn a_filled_mentoring_agreement_reads_well_as_markdown() {
    let md = to_markdown(&filled_mentoring());
    golden("mentoring.md", &md);
    assert!(md.contains("- **Mentee's email or phone:** sam.lee@example.com\n"));
    assert!(md.contains("- **Goal 1:** Lead two client meetings on my own - by March.\n"));
    assert!(md.contains("(1-2 points) for each meeting.\\\n\\- Reflect after each one."));
    assert!(md.contains("Share experience, & introduce people: \\*not\\* decide for me."));
}

/// One event as a standard parser reads it: property name -> (value, parameters as NAME=VALUE).
type Event = std::collections::BTreeMap<String, (String, Vec<String>)>;

fn events(ics: &str) -> Vec<Event> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a standard parser reads it");
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .map(|q| {
                            format!(
                                "{}={}",
                                q.key.as_str(),
                                q.val.as_ref().map_or("", |v| v.as_str())
                            )
                        })
                        .collect();
                    (
                        p.name.as_str().to_string(),
                        (p.val.as_str().to_string(), params),
                    )
                })
                .collect()
        })
        .collect()
}

fn by_uid<'a>(events: &'a [Event], uid: &str) -> &'a Event {
    let full = format!("a1-{uid}@mentoring-or-coaching");
    events
        .iter()
        .find(|e| e["UID"].0 == full)
        .unwrap_or_else(|| panic!("no event {uid}: {events:?}"))
}

fn value<'a>(event: &'a Event, name: &str) -> &'a str {
    event.get(name).map_or("", |(v, _)| v.as_str())
}

#[test]
fn meetings_are_at_the_agreed_local_time_for_their_length_from_the_start_date() {
    let ics = to_ics(&filled_mentoring(), "20261123T120000Z").expect("calendar");
    let all = events(&ics);
    let meetings = by_uid(&all, "meetings");
    // 2027-01-05 is a Tuesday, the agreed day: the series starts on the start date itself.
    assert_eq!(value(meetings, "DTSTART"), "20270105T173000");
    assert_eq!(value(meetings, "DTEND"), "20270105T183000");
    // Floating local time: no time zone, no UTC mark, not a whole day.
    for name in ["DTSTART", "DTEND"] {
        assert_eq!(
            meetings[name].1,
            Vec::<String>::new(),
            "{name} has parameters"
        );
    }
    assert_eq!(
        value(meetings, "RRULE"),
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20271214T235959"
    );
    assert!(value(meetings, "DESCRIPTION").starts_with("60 minutes mentoring session"));
}

#[test]
fn goal_dates_reviews_and_the_end_are_events_of_their_own() {
    let ics = to_ics(&filled_mentoring(), "20261123T120000Z").expect("calendar");
    let all = events(&ics);
    let uids: Vec<&str> = all.iter().map(|e| value(e, "UID")).collect();
    assert_eq!(
        uids,
        [
            "a1-meetings@mentoring-or-coaching",
            "a1-goal-1@mentoring-or-coaching",
            "a1-review-1@mentoring-or-coaching",
            "a1-review-2@mentoring-or-coaching",
            "a1-review-3@mentoring-or-coaching",
            "a1-end@mentoring-or-coaching",
        ]
    );
    let goal = by_uid(&all, "goal-1");
    assert_eq!(value(goal, "DTSTART"), "20270331");
    assert_eq!(goal["DTSTART"].1, vec!["VALUE=DATE".to_string()]);
    assert!(value(goal, "SUMMARY").starts_with("Goal 1 target date: Lead two client meetings"));
    let reviews: Vec<&str> = ["review-1", "review-2", "review-3"]
        .iter()
        .map(|u| value(by_uid(&all, u), "DTSTART"))
        .collect();
    assert_eq!(reviews, ["20270405", "20270705", "20271005"]);
    assert_eq!(value(by_uid(&all, "end"), "DTSTART"), "20271214");
}

#[test]
fn the_first_meeting_is_the_first_agreed_weekday_and_monthly_ones_keep_to_it() {
    let mut d = filled_mentoring();
    // 2027-01-04 is a Monday; the first Friday after it is the 8th.
    d.set("start", "2027-01-04".into(), 3);
    d.set("day", "fr".into(), 3);
    let all = events(&to_ics(&d, "20261123T120000Z").expect("calendar"));
    assert_eq!(
        value(by_uid(&all, "meetings"), "DTSTART"),
        "20270108T173000"
    );
    // Monthly, on the second Friday of each month.
    d.set("start", "2027-01-11".into(), 3);
    d.set("frequency", "monthly".into(), 3);
    let all = events(&to_ics(&d, "20261123T120000Z").expect("calendar"));
    let meetings = by_uid(&all, "meetings");
    assert_eq!(value(meetings, "DTSTART"), "20270115T173000");
    assert_eq!(
        value(meetings, "RRULE"),
        "FREQ=MONTHLY;BYDAY=3FR;UNTIL=20271214T235959"
    );
}

#[test]
fn an_open_ended_agreement_has_an_open_series_and_repeating_reviews() {
    let mut d = filled_mentoring();
    d.set("open-ended", "yes".into(), 3);
    d.set("end", String::new(), 3);
    d.set("review-every", "every-6-months".into(), 3);
    assert!(d.missing().is_empty());
    let all = events(&to_ics(&d, "20261123T120000Z").expect("calendar"));
    let uids: Vec<&str> = all.iter().map(|e| value(e, "UID")).collect();
    assert_eq!(
        uids,
        [
            "a1-meetings@mentoring-or-coaching",
            "a1-goal-1@mentoring-or-coaching",
            "a1-reviews@mentoring-or-coaching"
        ]
    );
    assert_eq!(
        value(by_uid(&all, "meetings"), "RRULE"),
        "FREQ=WEEKLY;INTERVAL=2"
    );
    let reviews = by_uid(&all, "reviews");
    assert_eq!(value(reviews, "DTSTART"), "20270705");
    assert_eq!(value(reviews, "RRULE"), "FREQ=MONTHLY;INTERVAL=6");
}

#[test]
fn without_a_usual_time_meetings_are_day_reminders_that_say_so() {
    let mut d = filled_mentoring();
    d.set("time", String::new(), 3);
    let all = events(&to_ics(&d, "20261123T120000Z").expect("calendar"));
    let meetings = by_uid(&all, "meetings");
    assert_eq!(value(meetings, "DTSTART"), "20270105");
    assert_eq!(meetings["DTSTART"].1, vec!["VALUE=DATE".to_string()]);
    assert_eq!(
        value(meetings, "RRULE"),
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20271214"
    );
    assert!(value(meetings, "DESCRIPTION").contains("No usual time agreed yet"));
}

#[test]
fn markdown_carries_the_programme_and_the_organisation_s_terms_with_their_ticks() {
    use mentoring_or_coaching::core::agreement::Term;
    let mut d = complete(AgreementKind::Mentoring);
    d.programme = Some("Mentoring *Circle*".into());
    d.terms = vec![
        Term {
            title: "Confidentiality <b>here</b>".into(),
            text: "What we discuss stays between us.".into(),
            both_tick: true,
            ticked: ["mentor".to_string()].into(),
        },
        Term {
            title: "Travel".into(),
            text: "Meetings happen in working time.".into(),
            both_tick: false,
            ticked: Default::default(),
        },
    ];
    let md = to_markdown(&d);
    assert!(md.contains("Programme: Mentoring \\*Circle\\*"), "{md}");
    assert!(md.contains("## Your organisation's terms"), "{md}");
    assert!(md.contains("### Confidentiality \\<b>here\\</b>"), "{md}");
    assert!(
        md.contains("- [ ] The mentee agrees\n- [x] The mentor agrees\n"),
        "{md}"
    );
    // A clause nobody has to tick is text alone.
    let travel = &md[md.find("### Travel").expect("travel")..];
    let travel = &travel[..travel.find("## Signatures").expect("signatures")];
    assert!(!travel.contains("agrees"), "{travel}");
    // The terms come before the signatures.
    assert!(md.find("## Your organisation's terms") < md.find("## Signatures"));
}

#[test]
fn calendar_events_are_named_after_the_two_people_not_the_list_s_title() {
    let mut d = complete_mentoring_with_names();
    d.title = "Copy of Mentoring agreement".into();
    let ics = to_ics(&d, "20261201T120000Z").expect("calendar");
    assert!(
        ics.contains("SUMMARY:Mentoring: Sam Lee and Alex Kim"),
        "{ics}"
    );
    let summaries: Vec<&str> = ics.lines().filter(|l| l.starts_with("SUMMARY:")).collect();
    assert!(
        summaries.iter().all(|l| !l.contains("Copy of")),
        "{summaries:?}"
    );
    // A stand-in name is not put in anyone's calendar: the title is used instead.
    d.set("mentor-name", "TBC".into(), 2);
    let ics = to_ics(&d, "20261201T120000Z").expect("calendar");
    assert!(
        ics.contains("SUMMARY:Mentoring meeting: Copy of Mentoring agreement"),
        "{ics}"
    );
}

#[test]
fn a_calendar_says_no_empty_sentence_and_names_the_agreement_only_when_it_has_its_own_name() {
    let mut d = complete(AgreementKind::Coaching);
    d.title = "Coaching agreement".into();
    d.set("mode", String::new(), 5);
    d.set("goal-1-date", "2027-02-01".into(), 5);
    let ics = to_ics(&d, "20261123T120000Z").expect("calendar");
    let unfolded = icalendar::parser::unfold(&ics);
    assert!(!unfolded.contains(". ."), "{unfolded}");
    assert!(!unfolded.contains("(Coaching agreement)"), "{unfolded}");
    assert!(
        unfolded.contains("for this goal in our coaching agreement."),
        "{unfolded}"
    );
    d.title = "Coaching with Jo".into();
    let named = icalendar::parser::unfold(&to_ics(&d, "20261123T120000Z").expect("calendar"));
    assert!(named.contains("(Coaching with Jo)"), "{named}");
}
