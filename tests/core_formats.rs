//! Native tests of what leaves the app: fingerprints and signing, Markdown, iCalendar, import and export.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete, golden};
use mentoring_or_coaching::core::text::Msg;

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, SignError, Status};
use mentoring_or_coaching::core::document::{Document, SCHEMA_VERSION};
use mentoring_or_coaching::core::formats::exchange::{
    diff, export_agreement, export_backup, merge_agreement, merge_backup, parse_import,
    AgreementMerge, ImportError, Imported, MAX_IMPORT_BYTES,
};
use mentoring_or_coaching::core::formats::ics::{fold, to_ics, IcsError};
use mentoring_or_coaching::core::formats::markdown::{escape, to_markdown};

const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=alert(1)> *bold* [link](javascript:x) # h\nnext; line, \\ end";

#[test]
fn the_mentoring_template_covers_what_real_agreements_contain() {
    let t = AgreementKind::Mentoring.template();
    for id in [
        "mentee-name",
        "mentor-name",
        "manager-name",
        "goal-1",
        "goal-1-measure",
        "goal-1-date",
        "goal-5",
        "mentee-will",
        "mentor-will",
        "frequency",
        "length",
        "mode",
        "place",
        "scheduler",
        "agenda",
        "cancel-notice",
        "channels",
        "response-time",
        "start",
        "end",
        "review-every",
        "private",
        "shared",
        "off-limits",
        "limits-ack",
        "conflicts",
        "feedback",
        "no-fault",
        "if-problems",
    ] {
        assert!(t.field(id).is_some(), "mentoring agreement lacks {id}");
    }
}

#[test]
fn the_coaching_template_covers_what_real_agreements_contain() {
    let t = AgreementKind::Coaching.template();
    for id in [
        "coachee-name",
        "coach-name",
        "coach-credentials",
        "sponsor-name",
        "not-therapy",
        "owns-decisions",
        "goal-1",
        "goal-1-measure",
        "assessment",
        "assessment-viewers",
        "debrief",
        "sessions",
        "length",
        "frequency",
        "start",
        "end",
        "mode",
        "three-way",
        "preparation",
        "cancel-notice",
        "between-sessions",
        "honest-feedback",
        "sponsor-told",
        "limits-ack",
        "notes-kept",
        "notes-destroyed",
        "fee",
        "may-end",
        "closing",
    ] {
        assert!(t.field(id).is_some(), "coaching agreement lacks {id}");
    }
    assert!(
        t.sections.iter().any(|s| s.id == "icf-checklist"),
        "no ICF agreements checklist"
    );
}

#[test]
fn the_fingerprint_is_stable_for_equal_content_and_changes_with_any_field() {
    for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
        let a = complete(kind);
        let mut b = a.clone();
        b.title = "Renamed".into();
        b.updated = 99;
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint().len(), 64);
        for f in kind.template().fields() {
            let mut c = a.clone();
            let v = format!("{}!", c.value(f.id));
            c.set(f.id, v, 2);
            assert_ne!(
                a.fingerprint(),
                c.fingerprint(),
                "{} does not change the fingerprint",
                f.id
            );
        }
    }
}

#[test]
fn signing_needs_a_complete_agreement_and_a_name_and_any_edit_makes_signatures_stale() {
    let mut d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    assert_eq!(
        d.sign("mentee", "Sam Lee", "2026-11-23"),
        Err(SignError::Incomplete)
    );
    let mut d2 = complete(AgreementKind::Mentoring);
    d2.set("mentee-name", "Sam Lee".into(), 1);
    d2.set("mentor-name", "Alex Kim".into(), 1);
    assert_eq!(d2.status(), Status::ReadyToSign);
    assert_eq!(
        d2.sign("mentee", "   ", "2026-11-23"),
        Err(SignError::NoName)
    );
    assert_eq!(
        d2.sign("coach", "X", "2026-11-23"),
        Err(SignError::UnknownParty)
    );
    d2.sign("mentee", "Sam Lee", "2026-11-23").expect("signs");
    assert_eq!(d2.status(), Status::ReadyToSign);
    d2.sign("mentor", "Alex Kim", "2026-11-24").expect("signs");
    assert_eq!(d2.status(), Status::Signed);

    d2.set("goal-1", "A different goal".into(), 5);
    assert!(d2.signature_stale("mentee") && d2.signature_stale("mentor"));
    assert_eq!(d2.status(), Status::ReadyToSign);
    d.set("goal-1", "x".into(), 1);
    assert_eq!(d.status(), Status::Draft);
}

#[test]
fn markdown_escapes_hostile_text() {
    let escaped = escape(HOSTILE);
    // Every "<" is escaped, so no HTML tag can start; no entities are needed for that.
    assert_eq!(escaped.matches('<').count(), escaped.matches("\\<").count());
    assert!(escaped.contains("\\<script>alert(1)\\</script>"));
    assert!(!escaped.contains("&lt;"));
    assert!(escaped.contains("\\*bold\\*"));
    assert!(escaped.contains("\\[link\\](javascript:x)"));

    let mut d = complete(AgreementKind::Mentoring);
    d.title = HOSTILE.into();
    d.set("goal-1", HOSTILE.into(), 2);
    let md = to_markdown(&d);
    assert_eq!(md.matches('<').count(), md.matches("\\<").count());
    assert!(md.starts_with("# \\<script>"));
    assert!(md.contains("## Goals"));
    assert!(md.contains("- [x] Either of us can end this relationship"));
    assert!(md.contains("**Mentee:** not signed yet"));
    assert!(md.contains(&d.fingerprint()));
}

#[test]
fn markdown_says_when_a_signature_no_longer_applies() {
    let mut d = complete(AgreementKind::Coaching);
    d.set("coachee-name", "Sam Lee".into(), 1);
    d.sign("coachee", "Sam Lee", "2026-11-23").expect("signs");
    assert!(to_markdown(&d).contains("**Coachee:** signed by Sam Lee on 2026-11-23\n"));
    d.set("goal-1", "changed".into(), 3);
    assert!(to_markdown(&d).contains("no longer applies"));
}

#[test]
fn a_mentoring_calendar_has_the_meeting_series_reviews_and_end() {
    let mut d = Draft::new("a1b2".into(), AgreementKind::Mentoring, 0);
    d.title = "Mentoring with Alex; year one, \"growth\"".into();
    for (f, v) in [
        ("start", "2026-11-23"),
        ("end", "2027-11-23"),
        ("frequency", "every-2-weeks"),
        ("length", "60-minutes"),
        ("day", "we"),
        ("time", "17:30"),
        ("mode", "video"),
        ("place", "Room 4, 2nd floor; or Teams"),
        ("review-every", "every-3-months"),
    ] {
        d.set(f, v.into(), 1);
    }
    let ics = to_ics(&d, "20261123T120000Z").expect("calendar");
    golden("mentoring.ics", &ics);
    // Every other Wednesday at 17:30 local time, from the first Wednesday on or after the start.
    assert!(ics.contains("DTSTART:20261125T173000\r\nDTEND:20261125T183000\r\n"));
    assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20271123T235959\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1 + 3 + 1);
}

#[test]
fn a_coaching_calendar_counts_its_sessions_and_escapes_hostile_text() {
    let mut d = Draft::new("c9".into(), AgreementKind::Coaching, 0);
    d.title = HOSTILE.into();
    for (f, v) in [
        ("start", "2027-01-31"),
        ("end", "2027-04-30"),
        ("frequency", "every-3-weeks"),
        ("sessions", "6"),
        ("length", "90-minutes"),
        ("time", "23:00"),
        ("mode", "in-person"),
    ] {
        d.set(f, v.into(), 1);
    }
    let ics = to_ics(&d, "20261123T120000Z").expect("calendar");
    golden("coaching.ics", &ics);
    assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=3;COUNT=6\r\n"));
    // Ninety minutes from 23:00 end the next day.
    assert!(ics.contains("DTSTART:20270131T230000\r\nDTEND:20270201T003000\r\n"));
    assert!(ics.contains("\\;") && ics.contains("\\,") && ics.contains("\\n"));
    assert!(
        ics.contains("DTEND;VALUE=DATE:20270501\r\n"),
        "the day after 30 April"
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
    }
}

#[test]
fn a_calendar_needs_a_start_date() {
    let d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    assert_eq!(to_ics(&d, "20261123T120000Z"), Err(IcsError::NoStartDate));
}

#[test]
fn folding_never_splits_a_character() {
    let line = format!("SUMMARY:{}", "é🙂".repeat(40));
    let folded = fold(&line);
    for physical in folded.split("\r\n") {
        assert!(physical.len() <= 75);
    }
    let unfolded = folded.replace("\r\n ", "");
    assert_eq!(unfolded.trim_end(), line);
}

#[test]
fn an_exported_agreement_imports_as_itself() {
    let d = complete(AgreementKind::Coaching);
    assert_eq!(
        parse_import(&export_agreement(&d)),
        Ok(Imported::Agreement(d))
    );
}

#[test]
fn wrong_files_are_refused_with_a_reason() {
    let d = complete(AgreementKind::Mentoring);
    let good = export_agreement(&d);
    assert!(matches!(
        parse_import(&" ".repeat(MAX_IMPORT_BYTES + 1)),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(parse_import("hello"), Err(ImportError::NotJson));
    assert_eq!(
        parse_import("{\"name\":\"a photo\"}"),
        Err(ImportError::WrongKind)
    );
    assert_eq!(
        parse_import(&good.replace("mentoring-or-coaching/agreement", "other-app/agreement")),
        Err(ImportError::WrongKind)
    );
    let schema = format!("\"schema\":{SCHEMA_VERSION}");
    assert!(good.contains(&schema));
    assert_eq!(
        parse_import(&good.replace(&schema, "\"schema\":9")),
        Err(ImportError::Newer { found: 9 })
    );
    assert!(matches!(
        parse_import(&good.replace("\"kind\":\"mentoring\"", "\"kind\":\"therapy\"")),
        Err(ImportError::WrongShape(_))
    ));
    // A part this version doesn't have is not a reason to refuse: its text is kept as retired.
    match parse_import(&good.replace("\"goal-1\"", "\"surprise\"")) {
        Ok(Imported::Agreement(d)) => {
            assert_eq!(
                d.retired.get("surprise").map(String::as_str),
                Some("Answer for goal-1")
            );
            assert_eq!(d.value("goal-1"), "");
        }
        other => panic!("an unknown part refused the file: {other:?}"),
    }
    assert!(matches!(
        parse_import(&good.replace("\"id\":\"a1\"", "\"id\":\"../x\"")),
        Err(ImportError::WrongShape(_))
    ));
    for e in [
        ImportError::NotJson,
        ImportError::WrongKind,
        ImportError::Newer { found: 9 },
    ] {
        assert!(Msg::english_all(&e.message()).ends_with("Nothing was changed."));
    }
}

#[test]
fn importing_the_partners_copy_shows_field_differences_and_never_overwrites() {
    let mine = complete(AgreementKind::Mentoring);
    let mut doc = Document::default();
    doc.drafts.push(mine.clone());

    assert_eq!(
        merge_agreement(&mut doc, mine.clone()),
        AgreementMerge::Identical { id: "a1".into() }
    );
    let mut theirs = mine.clone();
    theirs.set("goal-1", "Their wording".into(), 4);
    theirs.set("place", "The library".into(), 4);
    match merge_agreement(&mut doc, theirs.clone()) {
        AgreementMerge::Differs { id, theirs: t } => {
            assert_eq!(id, "a1");
            let d = diff(doc.draft("a1").expect("mine"), &t);
            let fields: Vec<&str> = d.iter().map(|x| x.field).collect();
            assert_eq!(fields, vec!["goal-1", "place"]);
            assert_eq!(d[0].theirs, "Their wording");
        }
        other => panic!("expected a difference, got {other:?}"),
    }
    assert_eq!(doc.draft("a1"), Some(&mine), "nothing was overwritten");

    let mut other = complete(AgreementKind::Coaching);
    other.id = "b7".into();
    assert_eq!(
        merge_agreement(&mut doc, other),
        AgreementMerge::Added { id: "b7".into() }
    );
    assert_eq!(doc.drafts.len(), 2);
}

#[test]
fn a_backup_adds_and_keeps_what_is_here() {
    let mut doc = Document::default();
    doc.assessment
        .answers
        .insert("needs".into(), "known".into());
    let mine = complete(AgreementKind::Mentoring);
    doc.drafts.push(mine.clone());

    let mut backup = Document::default();
    backup
        .assessment
        .answers
        .insert("needs".into(), "unknown".into());
    let mut changed = mine.clone();
    changed.set("goal-1", "Older wording".into(), 1);
    let mut new = complete(AgreementKind::Coaching);
    new.id = "c1".into();
    backup.drafts = vec![changed, new, mine.clone()];
    backup.drafts.remove(2);
    backup.drafts.push(Draft {
        id: "zz".into(),
        ..mine.clone()
    });

    let Ok(Imported::Backup(restored)) = parse_import(&export_backup(&backup)) else {
        panic!("backup did not parse");
    };
    let report = merge_backup(&mut doc, restored);
    assert_eq!(
        (report.added, report.copies, report.already_here),
        (2, 1, 0)
    );
    assert!(!report.answers_restored);
    assert_eq!(
        doc.assessment.answers.get("needs").map(String::as_str),
        Some("known")
    );
    assert_eq!(doc.draft("a1"), Some(&mine));
    assert_eq!(doc.drafts.len(), 4);
    assert!(doc
        .drafts
        .iter()
        .any(|d| d.title.ends_with("(from backup)")));
    assert!(report
        .message()
        .english()
        .contains("Nothing you had was overwritten"));
    assert!(doc.validate().is_ok());
}

/// The properties of each event of a calendar as a standard parser reads them: (name, value) pairs.
fn parsed_events(ics: &str) -> Vec<Vec<(String, String)>> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a standard parser reads it");
    assert!(
        calendar
            .components
            .iter()
            .all(|c| c.name.as_str() == "VEVENT"),
        "only events in the calendar"
    );
    calendar
        .components
        .iter()
        .map(|c| {
            c.properties
                .iter()
                .map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string()))
                .collect()
        })
        .collect()
}

const EVENT_PROPERTIES: [&str; 7] = [
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "RRULE",
    "SUMMARY",
    "DESCRIPTION",
];

#[test]
fn calendar_injection_through_the_number_of_sessions_adds_no_property_and_keeps_the_rule() {
    let mut d = complete(AgreementKind::Coaching);
    d.set("start", "2027-01-04".into(), 1);
    d.set("end", "2027-06-04".into(), 1);
    let good = export_agreement(&d);
    let sessions = format!("\"sessions\":{}", serde_json::json!(d.value("sessions")));
    assert!(good.contains(&sessions));
    for hostile in [
        "6\r\nATTENDEE:mailto:x@example.com",
        "6\nATTENDEE:mailto:x@example.com",
        "6;BYDAY=MO,TU,WE",
        "6;UNTIL=20990101",
        "999",
    ] {
        let file = good.replace(
            &sessions,
            &format!("\"sessions\":{}", serde_json::json!(hostile)),
        );
        let imported = match parse_import(&file) {
            Ok(Imported::Agreement(d)) => d,
            Ok(other) => panic!("not an agreement: {other:?}"),
            // Refusing the file is safe too.
            Err(_) => continue,
        };
        let ics = to_ics(&imported, "20261123T120000Z").expect("calendar");
        assert!(
            !ics.contains("ATTENDEE") && !ics.contains("BYDAY"),
            "{hostile:?}: {ics}"
        );
        for event in parsed_events(&ics) {
            for (name, value) in &event {
                assert!(
                    EVENT_PROPERTIES.contains(&name.as_str()),
                    "{hostile:?} added {name}"
                );
                if name == "RRULE" {
                    assert!(
                        !value.contains("COUNT"),
                        "{hostile:?} reached the rule: {value}"
                    );
                    assert!(
                        !value.contains("99"),
                        "{hostile:?} reached the rule: {value}"
                    );
                }
            }
        }
    }
}
