//! Native tests of the trust boundary: typed values from stored data and partner files, stable
//! choice ids, retired fields, and calendars that a standard parser reads back exactly.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::complete;
use mentoring_or_coaching::core::text::Msg;

use std::collections::BTreeMap;

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, FieldKind, Meaning, Status};
use mentoring_or_coaching::core::document::{decode, encode, Document};
use mentoring_or_coaching::core::formats::exchange::{export_agreement, parse_import, Imported};
use mentoring_or_coaching::core::formats::ics::{to_ics, IcsError};
use mentoring_or_coaching::core::formats::markdown::to_markdown;
use mentoring_or_coaching::core::prefill::{add_months, suggestions};
use mentoring_or_coaching::core::questions::QUESTIONS;
use mentoring_or_coaching::core::scoring::Answers;
use mentoring_or_coaching::core::values::{check, Origin, Problem, MAX_TEXT_CHARS};
use proptest::prelude::*;

const KINDS: [AgreementKind; 2] = [AgreementKind::Mentoring, AgreementKind::Coaching];

/// `draft` as a partner's agreement file in which field `field` holds `value`, read back in.
fn import_with(draft: &Draft, field: &str, value: &str) -> Result<Draft, String> {
    let mut file: serde_json::Value = serde_json::from_str(&export_agreement(draft)).expect("json");
    file["draft"]["fields"][field] = serde_json::Value::from(value);
    match parse_import(&file.to_string()) {
        Ok(Imported::Agreement(d)) => Ok(d),
        Ok(other) => panic!("not an agreement: {other:?}"),
        Err(e) => Err(Msg::english_all(&e.message())),
    }
}

#[test]
fn every_choice_has_a_stable_plain_id_apart_from_its_label() {
    for kind in KINDS {
        for f in kind.template().fields() {
            let FieldKind::Choice(options) = f.kind else {
                continue;
            };
            let mut ids: Vec<&str> = options.iter().map(|c| c.id).collect();
            for id in &ids {
                assert!(
                    id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{}: {id:?}",
                    f.id
                );
            }
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), options.len(), "{}: ids repeat", f.id);
        }
    }
}

#[test]
fn the_calendar_rules_hang_on_the_choices_data_not_their_words() {
    for kind in KINDS {
        let t = kind.template();
        let Some(FieldKind::Choice(options)) = t.field("frequency").map(|f| f.kind) else {
            panic!("{kind:?} has no frequency choice");
        };
        // "Whenever either of us asks" is the one choice with no series to put in a calendar.
        for option in options.iter().filter(|o| o.id != "when-needed") {
            assert!(
                matches!(option.meaning, Meaning::Repeat { .. }),
                "{}",
                option.id
            );
            let mut d = complete(kind);
            d.set("start", "2027-01-04".into(), 2);
            d.set("frequency", option.id.into(), 2);
            let ics = to_ics(&d, "20261123T120000Z").expect("calendar");
            assert!(
                ics.contains("RRULE:FREQ="),
                "{} lost its meeting series",
                option.id
            );
        }
    }
    let review = AgreementKind::Mentoring
        .template()
        .field("review-every")
        .expect("review");
    let FieldKind::Choice(options) = review.kind else {
        panic!("not a choice")
    };
    assert!(options
        .iter()
        .all(|c| matches!(c.meaning, Meaning::ReviewMonths(_))));
    let sessions = AgreementKind::Coaching
        .template()
        .field("sessions")
        .expect("sessions");
    // A count is a whole number in a range, which the calendar reads as a number.
    assert_eq!(sessions.kind, FieldKind::Number { min: 1, max: 50 });
}

#[test]
fn a_format_2_document_with_labels_migrates_to_choice_ids() {
    let doc = decode(include_str!("fixtures/document-v2-labels.json")).expect("decodes");
    for d in &doc.drafts {
        assert!(d.unfit.is_empty(), "{}: {:?}", d.id, d.unfit);
        for (field, value) in &d.fields {
            if let Some(FieldKind::Choice(options)) = d.kind.field_kind(field) {
                assert!(options.iter().any(|c| c.id == value), "{field} = {value:?}");
            }
        }
    }
    let coaching = doc.draft("c1").expect("c1");
    assert_eq!(coaching.value("frequency"), "every-2-weeks");
    assert_eq!(coaching.words("frequency"), "Every two weeks");
    assert_eq!(coaching.value("three-way"), "start-and-end");
    assert_eq!(coaching.value("assessment"), "none");
    assert!(
        coaching.prefilled.contains("three-way"),
        "prefill marks survive"
    );
    let mentoring = doc.draft("m1").expect("m1");
    for (field, id) in [
        ("frequency", "monthly"),
        ("length", "45-minutes"),
        ("mode", "mix"),
        ("scheduler", "turns"),
        ("agenda", "none"),
        ("response-time", "1-week"),
        ("review-every", "every-12-months"),
        ("ending-notice", "none"),
        ("cancel-notice", "48-hours"),
    ] {
        assert_eq!(mentoring.value(field), id, "{field}");
    }
    let ics = to_ics(coaching, "20261123T120000Z").expect("calendar");
    assert!(
        ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6\r\n"),
        "{ics}"
    );
    // Stored again, it stays the same.
    assert_eq!(decode(&encode(&doc)), Ok(doc));
}

#[test]
fn a_signature_made_when_choices_were_labels_still_applies_after_the_migration() {
    use sha2::{Digest, Sha256};
    let mut v2: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/document-v2-labels.json")).expect("json");
    let fields: BTreeMap<String, String> =
        serde_json::from_value(v2["drafts"][0]["fields"].clone()).expect("fields");
    // The format 2 fingerprint: the kind and the stored fields, labels and all.
    let canonical = serde_json::to_string(&("coaching", &fields)).expect("json");
    let old: String = Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    v2["drafts"][0]["signatures"] = serde_json::json!({
        "coachee": { "name": "Sam Lee", "date": "2026-11-23", "fingerprint": old }
    });
    let doc = decode(&v2.to_string()).expect("decodes");
    assert!(doc.drafts[0].signature_valid("coachee"));
}

#[test]
fn a_value_from_a_partners_file_that_is_not_a_choice_is_kept_with_a_note_and_never_counts() {
    let d = complete(AgreementKind::Mentoring);
    assert_eq!(d.status(), Status::ReadyToSign);
    let imported = import_with(&d, "frequency", "Every full moon").expect("imports");
    assert_eq!(imported.value("frequency"), "");
    assert_eq!(imported.text("frequency"), "Every full moon");
    let kept = imported.kept("frequency").expect("kept");
    assert_eq!(
        (kept.problem, kept.from),
        (Problem::NotAChoice, Origin::PartnerFile)
    );
    assert!(kept
        .note()
        .english()
        .starts_with("This came from your partner's file and isn't one of the choices: \u{201c}Every full moon\u{201d}"));
    assert_eq!(imported.status(), Status::Draft);
    assert!(imported.missing().iter().any(|f| f.id == "frequency"));
    let ics = to_ics(&imported, "20261123T120000Z").expect("calendar");
    assert!(!ics.contains("RRULE") && !ics.contains("full moon"));
    let md = to_markdown(&imported);
    assert!(md.contains("Every full moon") && md.contains("needs a look"));
    // Storing and loading keeps the text and where it came from.
    let mut doc = Document::default();
    doc.drafts.push(imported.clone());
    assert_eq!(
        decode(&encode(&doc)).map(|d| d.drafts),
        Ok(vec![imported.clone()])
    );
    // Choosing a real option replaces the kept text.
    let mut fixed = imported;
    fixed.set("frequency", "monthly".into(), 3);
    assert!(fixed.unfit.is_empty());
    assert_eq!(fixed.status(), Status::ReadyToSign);
}

#[test]
fn a_tick_of_no_is_not_a_tick_and_never_makes_a_draft_ready_to_sign() {
    let d = complete(AgreementKind::Coaching);
    for bad in ["no", "false", "0", "Yes ", "YES"] {
        let imported = import_with(&d, "not-therapy", bad).expect("imports");
        assert_eq!(imported.status(), Status::Draft, "{bad:?}");
        assert_eq!(
            imported.kept("not-therapy").map(|u| u.problem),
            Some(Problem::NotATick)
        );
        assert!(!to_markdown(&imported).contains("- [x] I understand coaching is not therapy"));
        assert!(imported
            .kept("not-therapy")
            .expect("kept")
            .note()
            .english()
            .contains("isn't a tick"));
    }
}

#[test]
fn dates_are_real_dates_in_a_sane_range_and_the_largest_year_cannot_overflow() {
    let d = complete(AgreementKind::Mentoring);
    for bad in [
        "2147483647-12-31",
        "2026-02-30",
        "26-01-01",
        "2026-1-1",
        "１２３４-01-01",
        "3000-01-01",
        "1899-12-31",
    ] {
        let imported = import_with(&d, "start", bad).expect("imports");
        assert_eq!(
            imported.kept("start").map(|u| u.problem),
            Some(Problem::NotADate),
            "{bad:?}"
        );
        assert_eq!(imported.status(), Status::Draft, "{bad:?}");
        assert_eq!(
            to_ics(&imported, "20261123T120000Z"),
            Err(IcsError::NoStartDate),
            "{bad:?}"
        );
    }
    for good in ["2028-02-29", "1900-01-01", "2999-12-31"] {
        assert_eq!(check(FieldKind::Date, good), Ok(()), "{good}");
    }
    assert_eq!(add_months("2999-12-31", 1200), Some("3099-12-31".into()));
}

#[test]
fn text_is_limited_to_20000_characters_and_longer_stored_text_is_kept_not_cut() {
    let mut d = complete(AgreementKind::Mentoring);
    let fits = "é".repeat(MAX_TEXT_CHARS);
    d.set("goal-1", fits.clone(), 2);
    assert_eq!(d.value("goal-1"), fits);
    assert!(
        import_with(&d, "goal-1", &fits).is_ok(),
        "exactly the limit imports"
    );
    // This browser's own saved data is never dropped: longer text is kept with a note.
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let mut doc = Document::default();
    let mut stored = d.clone();
    stored.fields.insert("goal-1".into(), long.clone());
    doc.drafts.push(stored);
    let loaded = decode(&encode(&doc)).expect("decodes");
    let kept = &loaded.drafts[0];
    assert_eq!(kept.text("goal-1"), long);
    assert_eq!(
        kept.kept("goal-1").map(|u| u.problem),
        Some(Problem::TooLong)
    );
    assert_eq!(kept.status(), Status::Draft);
    assert!(to_markdown(kept).contains(&long));
}

#[test]
fn a_stored_draft_with_a_field_the_template_no_longer_has_keeps_it_as_retired_text() {
    let mut d = complete(AgreementKind::Mentoring);
    d.set("mentee-name", "Sam Lee".into(), 1);
    d.sign("mentee", "Sam Lee", "2026-11-23").expect("signs");
    let mut raw: serde_json::Value = serde_json::to_value({
        let mut doc = Document::default();
        doc.drafts.push(d.clone());
        doc
    })
    .expect("json");
    // As if the template had renamed "place" to something else since this was stored.
    raw["drafts"][0]["fields"]["place"] = "".into();
    raw["drafts"][0]["fields"]
        .as_object_mut()
        .expect("fields")
        .remove("place");
    raw["drafts"][0]["fields"]["old-place"] = "The café by the station".into();
    let doc = decode(&raw.to_string()).expect("the document is kept, not set aside");
    let draft = &doc.drafts[0];
    assert_eq!(
        draft.retired.get("old-place").map(String::as_str),
        Some("The café by the station")
    );
    assert_eq!(
        draft.value("goal-1"),
        d.value("goal-1"),
        "the rest is untouched"
    );
    let md = to_markdown(draft);
    assert!(md.contains("## Parts this agreement no longer has"));
    assert!(md.contains("The café by the station"));
    // The text is kept until the person removes it.
    let again = decode(&encode(&doc)).expect("decodes");
    assert_eq!(again, doc);
    let mut removed = draft.clone();
    removed.remove_retired("old-place", 9);
    assert!(removed.retired.is_empty());
    assert!(!to_markdown(&removed).contains("no longer has"));
}

#[test]
fn every_prefill_suggestion_fits_its_field_for_every_combination_of_answers() {
    let ids = ["horizon", "focus", "sponsor", "assessment", "network"];
    let options: Vec<Vec<&str>> = ids
        .iter()
        .map(|id| {
            let q = QUESTIONS.iter().find(|q| q.id == *id).expect("question");
            let mut o: Vec<&str> = q.options.iter().map(|o| o.id).collect();
            o.push("");
            o
        })
        .collect();
    let mut combos = vec![Answers::new()];
    for (id, opts) in ids.iter().zip(&options) {
        combos = combos
            .into_iter()
            .flat_map(|a| {
                opts.iter().map(move |o| {
                    let mut a = a.clone();
                    if !o.is_empty() {
                        a.insert(id.to_string(), o.to_string());
                    }
                    a
                })
            })
            .collect();
    }
    let mut checked = 0;
    for answers in &combos {
        for kind in KINDS {
            for (field, value) in suggestions(kind, answers, "2026-11-23") {
                let field_kind = kind.field_kind(field).unwrap_or_else(|| panic!("{field}"));
                assert_eq!(
                    check(field_kind, &value),
                    Ok(()),
                    "{kind:?} {field} = {value:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000);
}

/// Every event of a calendar as a standard parser reads it: property name -> values.
fn parsed(ics: &str) -> Vec<BTreeMap<String, Vec<String>>> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a standard parser reads it");
    let names: Vec<&str> = calendar
        .properties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["VERSION", "PRODID", "CALSCALE", "METHOD"]);
    calendar
        .components
        .iter()
        .map(|c| {
            assert_eq!(c.name.as_str(), "VEVENT");
            assert!(c.components.is_empty());
            let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for p in &c.properties {
                props
                    .entry(p.name.as_str().to_string())
                    .or_default()
                    .push(p.val.as_str().to_string());
            }
            props
        })
        .collect()
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether an RRULE value has only the parts the writer makes, each with a plain value.
fn plain_rule(rule: &str) -> bool {
    rule.split(';').all(|part| match part.split_once('=') {
        Some(("FREQ", "WEEKLY" | "MONTHLY")) => true,
        Some(("INTERVAL", n)) => digits(n, 1),
        Some(("COUNT", n)) => {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        }
        Some(("UNTIL", d)) => digits(d, 8) || date_time(d),
        Some(("BYDAY", d)) => {
            let (nth, day) = d.split_at(d.len().saturating_sub(2));
            ["1", "2", "3", "4", "-1"].contains(&nth)
                && ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&day)
        }
        _ => false,
    })
}

/// A floating local date and time, YYYYMMDDTHHMMSS.
fn date_time(s: &str) -> bool {
    s.len() == 15 && digits(&s[..8], 8) && &s[8..9] == "T" && digits(&s[9..], 6)
}

/// The event ids the calendar should hold for `d`, worked out from its typed values.
fn expected_events(d: &Draft) -> Vec<String> {
    let Some(start) = d.date("start") else {
        return Vec::new();
    };
    let end = d.date("end").filter(|e| *e > start);
    let mut uids = Vec::new();
    if matches!(
        d.choice("frequency").map(|c| c.meaning),
        Some(Meaning::Repeat { .. })
    ) {
        uids.push("meetings".to_string());
    }
    for n in 1..=5 {
        let goal = format!("goal-{n}");
        if !d.value(&goal).trim().is_empty() && d.date(&format!("{goal}-date")).is_some() {
            uids.push(goal);
        }
    }
    if let (Some(Meaning::ReviewMonths(m)), Some(end)) =
        (d.choice("review-every").map(|c| c.meaning), end)
    {
        let mut n = 1;
        while let Some(date) = add_months(start, u32::from(m) * n) {
            if date.as_str() >= end || n > 40 {
                break;
            }
            uids.push(format!("review-{n}"));
            n += 1;
        }
    }
    if let (Some(Meaning::ReviewMonths(_)), None, true) = (
        d.choice("review-every").map(|c| c.meaning),
        end,
        d.open_ended(),
    ) {
        uids.push("reviews".to_string());
    }
    if end.is_some() {
        uids.push("end".to_string());
    }
    uids.into_iter()
        .map(|u| format!("{}-{u}@mentoring-or-coaching", d.id))
        .collect()
}

/// Values a hostile or careless partner file might hold.
fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("6\r\nATTENDEE:mailto:x@example.com".to_string()),
        Just("6;BYDAY=MO".to_string()),
        Just("weekly;COUNT=999".to_string()),
        Just("END:VEVENT\r\nBEGIN:VEVENT".to_string()),
        Just("2147483647-12-31".to_string()),
        Just("2027-01-04\r\nRRULE:FREQ=DAILY".to_string()),
        Just("no".to_string()),
        Just("yes".to_string()),
        Just("monthly".to_string()),
        Just("every-2-weeks".to_string()),
        Just("every-3-months".to_string()),
        Just("Every two weeks".to_string()),
        Just("8".to_string()),
        Just("17:30".to_string()),
        Just("23:59".to_string()),
        Just("24:00".to_string()),
        Just("17:30\r\nATTENDEE:x".to_string()),
        Just("tu".to_string()),
        Just("su".to_string()),
        Just("2027-01-04".to_string()),
        Just("2027-09-30".to_string()),
        "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}",
        "\\PC{0,30}",
        "[ -~\r\n]{0,40}",
    ]
}

const CALENDAR_FIELDS: [&str; 13] = [
    "day",
    "time",
    "goal-1-date",
    "open-ended",
    "start",
    "end",
    "frequency",
    "sessions",
    "review-every",
    "length",
    "mode",
    "place",
    "goal-1",
];

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Any imported agreement file is refused with a reason, or its calendar reads back with
    /// exactly the expected events and no other properties.
    #[test]
    fn any_imported_agreement_is_refused_or_yields_exactly_the_expected_calendar(
        coaching in any::<bool>(),
        edits in proptest::collection::vec((0usize..CALENDAR_FIELDS.len(), hostile_value()), 0..9),
        title in hostile_value(),
    ) {
        let kind = if coaching { AgreementKind::Coaching } else { AgreementKind::Mentoring };
        let mut d = complete(kind);
        d.set("start", "2027-01-04".into(), 1);
        let mut file: serde_json::Value = serde_json::from_str(&export_agreement(&d)).expect("json");
        file["draft"]["title"] = title.into();
        for (i, value) in edits {
            file["draft"]["fields"][CALENDAR_FIELDS[i]] = value.into();
        }
        let imported = match parse_import(&file.to_string()) {
            Ok(Imported::Agreement(d)) => d,
            Ok(other) => panic!("not an agreement: {other:?}"),
            Err(e) => {
                prop_assert!(Msg::english_all(&e.message()).ends_with("Nothing was changed."));
                return Ok(());
            }
        };
        let ics = match to_ics(&imported, "20261123T120000Z") {
            Ok(ics) => ics,
            Err(IcsError::NoStartDate) => {
                prop_assert!(imported.date("start").is_none());
                return Ok(());
            }
        };
        let events = parsed(&ics);
        let uids: Vec<String> = events.iter().map(|e| e["UID"][0].clone()).collect();
        prop_assert_eq!(uids, expected_events(&imported));
        for event in &events {
            for (name, values) in event {
                prop_assert!(
                    ["UID", "DTSTAMP", "DTSTART", "DTEND", "RRULE", "SUMMARY", "DESCRIPTION"].contains(&name.as_str()),
                    "unexpected property {}", name
                );
                prop_assert_eq!(values.len(), 1, "{} repeated", name);
            }
            for when in ["DTSTART", "DTEND"] {
                prop_assert!(digits(&event[when][0], 8) || date_time(&event[when][0]), "{} {:?}", when, event[when]);
            }
            if let Some(rule) = event.get("RRULE") {
                prop_assert!(plain_rule(&rule[0]), "rule {:?}", rule[0]);
            }
        }
    }
}

#[test]
fn prefill_rules_for_choices_live_on_the_choices_and_name_real_answers() {
    let mut rules = 0;
    for kind in KINDS {
        for f in kind.template().fields() {
            let FieldKind::Choice(options) = f.kind else {
                continue;
            };
            for c in options {
                for (q, o) in c.suggested_when {
                    let question = QUESTIONS
                        .iter()
                        .find(|x| x.id == *q)
                        .unwrap_or_else(|| panic!("{}/{}: no question {q}", f.id, c.id));
                    assert!(
                        question.options.iter().any(|x| x.id == *o),
                        "{}/{}: {q} has no option {o}",
                        f.id,
                        c.id
                    );
                    rules += 1;
                }
            }
        }
    }
    // The number of sessions is a count, suggested in `prefill` rather than by a choice.
    assert!(rules >= 7, "only {rules} rules");
    let answers: Answers = [
        ("sponsor", "informed"),
        ("horizon", "weeks"),
        ("assessment", "no"),
    ]
    .iter()
    .map(|(q, o)| (q.to_string(), o.to_string()))
    .collect();
    let coaching: BTreeMap<&str, String> =
        suggestions(AgreementKind::Coaching, &answers, "2026-11-23")
            .into_iter()
            .collect();
    assert_eq!(coaching["three-way"], "start-only");
    assert_eq!(coaching["sessions"], "6");
    assert_eq!(coaching["assessment"], "none");
    let mentoring: BTreeMap<&str, String> =
        suggestions(AgreementKind::Mentoring, &answers, "2026-11-23")
            .into_iter()
            .collect();
    assert_eq!(mentoring["review-every"], "every-3-months");
    assert!(!mentoring.contains_key("sessions"));
}

#[test]
fn a_partners_copy_that_differs_only_in_retired_text_keeps_both_sides_text() {
    use mentoring_or_coaching::core::formats::exchange::{merge_agreement, AgreementMerge};
    let mut mine = complete(AgreementKind::Mentoring);
    mine.retired.insert("old-part".into(), "my old text".into());
    let mut theirs = mine.clone();
    theirs.retired.clear();
    theirs
        .retired
        .insert("older-part".into(), "their old text".into());
    let mut doc = Document::default();
    doc.drafts.push(mine.clone());
    // Nothing to choose between, so no "differs" with an empty list of parts.
    assert!(matches!(
        merge_agreement(&mut doc, theirs),
        AgreementMerge::Identical { .. }
    ));
    let kept = &doc.drafts[0].retired;
    assert_eq!(
        kept.get("old-part").map(String::as_str),
        Some("my old text")
    );
    assert_eq!(
        kept.get("older-part").map(String::as_str),
        Some("their old text")
    );
}

#[test]
fn kept_text_that_fits_its_field_becomes_the_value_when_the_draft_is_read() {
    let mut d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    d.unfit
        .insert("goal-1".into(), "Speak up in meetings".into());
    let mut doc = Document::default();
    doc.drafts.push(d);
    let back = decode(&encode(&doc)).expect("decodes");
    assert_eq!(back.drafts[0].value("goal-1"), "Speak up in meetings");
    assert!(!back.drafts[0].unfit.contains_key("goal-1"));
}
