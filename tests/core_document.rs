//! Native tests of the stored document, screen addresses and agreement templates.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, FieldKind};
use mentoring_or_coaching::core::document::{
    decode, encode, migrate, DecodeError, Document, SCHEMA_VERSION,
};
use mentoring_or_coaching::core::questions::QUESTIONS;
use mentoring_or_coaching::core::route::Route;

fn sample() -> Document {
    let mut doc = Document::default();
    doc.assessment
        .answers
        .insert("needs".into(), "known".into());
    let mut d = Draft::new("d1".into(), AgreementKind::Mentoring, 1_700_000_000_000);
    d.set(
        "goal-1",
        "Learn how budgets are set <script>alert(1)</script>".into(),
        1_700_000_000_001,
    );
    doc.drafts.push(d);
    doc.resume = "#/question/3".into();
    doc
}

#[test]
fn the_id_lists_used_to_check_stored_data_match_the_templates() {
    for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
        let fields: Vec<(&str, FieldKind)> =
            kind.template().fields().map(|f| (f.id, f.kind)).collect();
        assert_eq!(fields, kind.fields(), "{kind:?}");
    }
}

#[test]
fn a_document_survives_encode_and_decode() {
    let doc = sample();
    assert_eq!(decode(&encode(&doc)), Ok(doc));
}

#[test]
fn there_is_a_fixture_for_every_schema_version_and_each_decodes_to_the_same_content() {
    let fixtures = [
        include_str!("fixtures/document-v1.json"),
        include_str!("fixtures/document-v2.json"),
        include_str!("fixtures/document-v3.json"),
    ];
    assert_eq!(
        fixtures.len() as u32,
        SCHEMA_VERSION,
        "add a fixture for the new schema version"
    );
    for raw in fixtures {
        let doc = decode(raw).expect("fixture decodes");
        assert_eq!(doc.schema, SCHEMA_VERSION);
        assert_eq!(
            doc.assessment.answers.get("horizon").map(String::as_str),
            Some("weeks")
        );
        assert_eq!(doc.drafts[0].value("goal-1"), "Delegate the weekly report");
        assert_eq!(doc.resume, "#/agreement/d1");
        assert!(doc.revision >= 1);
    }
}

#[test]
fn migration_from_1_renames_the_resume_point_and_starts_the_save_counter() {
    let v1: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/document-v1.json")).expect("json");
    let v2 = migrate(v1, 1).expect("migrates");
    assert_eq!(v2["schema"], SCHEMA_VERSION);
    assert_eq!(v2["resume"], "#/agreement/d1");
    assert_eq!(v2["revision"], 1);
    assert!(v2.get("last_route").is_none());
    assert_eq!(
        v2["drafts"][0]["fields"]["goal-1"],
        "Delegate the weekly report"
    );
}

#[test]
fn migrating_a_current_document_changes_nothing() {
    let v3: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/document-v3.json")).expect("json");
    assert_eq!(migrate(v3.clone(), SCHEMA_VERSION), Ok(v3));
}

#[test]
fn damaged_or_foreign_data_is_rejected_not_guessed() {
    assert_eq!(decode(""), Err(DecodeError::NotJson));
    assert_eq!(decode("{\"schema\":1,\"assess"), Err(DecodeError::NotJson));
    assert!(matches!(decode("[1,2,3]"), Err(DecodeError::WrongShape(_))));
    assert!(matches!(
        decode("{\"hello\":1}"),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode("{\"schema\":1,\"drafts\":\"not a list\"}"),
        Err(DecodeError::WrongShape(_))
    ));
    assert!(matches!(
        decode("{\"schema\":0}"),
        Err(DecodeError::WrongShape(_))
    ));
}

#[test]
fn newer_data_is_reported_as_newer() {
    assert_eq!(
        decode("{\"schema\":99,\"whatever\":true}"),
        Err(DecodeError::Newer { found: 99 })
    );
    assert!(DecodeError::Newer { found: 99 }
        .message()
        .english()
        .contains("newer version"));
}

#[test]
fn every_screen_address_round_trips() {
    let mut routes = vec![
        Route::Welcome,
        Route::Review,
        Route::Result,
        Route::Agreements,
    ];
    routes.extend((1..=QUESTIONS.len()).map(Route::Question));
    routes.push(Route::Agreement("d12".into()));
    for r in routes {
        assert_eq!(Route::parse(&r.hash()), r);
    }
}

#[test]
fn unknown_or_hostile_addresses_fall_back_to_welcome() {
    for bad in [
        "",
        "#",
        "#/nowhere",
        "#/question/0",
        "#/question/999",
        "#/question/x",
        "#/agreement/",
        "#/agreement/<img src=x>",
        "#/review/extra",
    ] {
        assert_eq!(Route::parse(bad), Route::Welcome, "{bad}");
    }
}

#[test]
fn template_field_ids_are_unique_and_goals_reveal_in_order() {
    for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
        let t = kind.template();
        let ids: Vec<&str> = t.fields().map(|f| f.id).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{kind:?}");
        for (i, f) in t.fields().enumerate() {
            if let Some(prev) = f.after {
                assert!(
                    ids[..i].contains(&prev),
                    "{} reveals after a later field",
                    f.id
                );
                assert!(!f.required, "{} is hidden yet required", f.id);
            }
            if let FieldKind::Choice(options) = f.kind {
                assert!(!options.is_empty(), "{}", f.id);
            }
        }
    }
}

#[test]
fn a_new_draft_lists_its_required_fields_and_editing_clears_prefill() {
    let mut d = Draft::new("d1".into(), AgreementKind::Coaching, 0);
    let missing = d.missing().len();
    assert!(missing > 5);
    d.prefilled.insert("goal-1".into());
    d.set("goal-1", "Delegate more".into(), 5);
    assert!(!d.prefilled.contains("goal-1"));
    assert_eq!(d.missing().len(), missing - 1);
    assert_eq!(d.updated, 5);
    d.set("goal-1", String::new(), 6);
    assert_eq!(d.value("goal-1"), "");
    assert_eq!(d.missing().len(), missing);
}

#[test]
fn goal_two_appears_only_after_goal_one() {
    let mut d = Draft::new("d1".into(), AgreementKind::Mentoring, 0);
    let t = AgreementKind::Mentoring.template();
    let goal2 = t.field("goal-2").expect("goal-2 exists");
    assert!(!d.is_visible(goal2));
    d.set("goal-1", "Something".into(), 1);
    assert!(d.is_visible(goal2));
}

#[test]
fn new_draft_ids_never_collide() {
    let mut doc = Document::default();
    for _ in 0..5 {
        // The same entropy every time: ids must still not collide.
        let id = doc.new_draft_id(7);
        assert!(doc.draft(&id).is_none());
        doc.drafts.push(Draft::new(id, AgreementKind::Mentoring, 0));
    }
    doc.drafts.remove(1);
    let id = doc.new_draft_id(7);
    assert!(doc.draft(&id).is_none());
}

mod prefill {
    use mentoring_or_coaching::core::agreement::AgreementKind;
    use mentoring_or_coaching::core::prefill::{add_months, prefilled_draft};
    use mentoring_or_coaching::core::scoring::Answers;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(q, o)| (q.to_string(), o.to_string()))
            .collect()
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(add_months("2026-01-31", 1).as_deref(), Some("2026-02-28"));
        assert_eq!(add_months("2028-01-31", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(add_months("2026-11-23", 3).as_deref(), Some("2027-02-23"));
        assert_eq!(add_months("2026-11-23", 12).as_deref(), Some("2027-11-23"));
        for bad in ["", "2026-13-01", "2026-02-30", "x-1-1", "2026-01-01-01"] {
            assert_eq!(add_months(bad, 1), None, "{bad}");
        }
    }

    #[test]
    fn a_coaching_draft_takes_duration_goal_sponsor_and_assessment_from_the_answers() {
        let a = answers(&[
            ("horizon", "weeks"),
            ("focus", "skill"),
            ("sponsor", "closely"),
            ("assessment", "had"),
        ]);
        let d = prefilled_draft("d1".into(), AgreementKind::Coaching, &a, "2026-11-23", 9);
        assert_eq!(d.value("start"), "2026-11-23");
        assert_eq!(d.value("end"), "2027-02-23");
        assert_eq!(d.value("sessions"), "6");
        assert!(d.value("goal-1").contains("one skill"));
        assert_eq!(d.words("three-way"), "At the start and the end");
        assert!(d.value("debrief").contains("assessment results"));
        for f in d.fields.keys() {
            assert!(d.prefilled.contains(f), "{f} not marked as prefilled");
            assert!(
                AgreementKind::Coaching.template().field(f).is_some(),
                "{f} is not a coaching field"
            );
        }
    }

    #[test]
    fn a_mentoring_draft_takes_a_year_and_a_private_relationship() {
        let a = answers(&[
            ("horizon", "year-plus"),
            ("focus", "career"),
            ("sponsor", "private"),
            ("network", "lots"),
        ]);
        let d = prefilled_draft("d1".into(), AgreementKind::Mentoring, &a, "2026-11-23", 9);
        assert_eq!(d.value("end"), "2027-11-23");
        assert_eq!(d.words("review-every"), "Every 6 months");
        assert!(d.value("shared").starts_with("Nothing"));
        assert!(d.value("mentor-will").contains("network"));
        for f in d.fields.keys() {
            assert!(
                AgreementKind::Mentoring.template().field(f).is_some(),
                "{f} is not a mentoring field"
            );
        }
    }

    #[test]
    fn no_answers_means_a_blank_draft() {
        let d = prefilled_draft(
            "d1".into(),
            AgreementKind::Mentoring,
            &Answers::new(),
            "2026-11-23",
            9,
        );
        assert!(d.fields.is_empty() && d.prefilled.is_empty());
    }
}

#[test]
fn each_section_names_its_missing_required_fields() {
    let mut d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    let t = AgreementKind::Mentoring.template();
    let meetings = t
        .sections
        .iter()
        .find(|s| s.id == "meetings")
        .expect("meetings");
    assert!(d
        .section_missing(meetings)
        .iter()
        .any(|k| k.english() == "How often"));
    d.set("frequency", "monthly".into(), 1);
    assert!(!d
        .section_missing(meetings)
        .iter()
        .any(|k| k.english() == "How often"));
    let people = t
        .sections
        .iter()
        .find(|s| s.id == "people")
        .expect("people");
    assert!(!d
        .section_missing(people)
        .iter()
        .any(|k| k.english() == "Line manager"));
}

#[test]
fn adding_months_to_the_largest_year_does_not_overflow() {
    use mentoring_or_coaching::core::prefill::add_months;
    assert_eq!(add_months("2147483647-12-01", 1), None);
    assert_eq!(add_months("2147483647-01-01", 12), None);
}
