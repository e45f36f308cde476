//! Signing that means something: the party's own name, no stand-in names, no placeholders left in
//! suggestions, who still has to sign, the lock on a signed agreement, and counts in plain words.

use mentoring_or_coaching::core::agreement::{
    is_placeholder_name, name_matches, placeholder_mark, AgreementKind, Draft, SignError, Status,
};
use mentoring_or_coaching::core::formats::exchange::BackupMerge;
use mentoring_or_coaching::core::text::{key, Msg};

mod common;

use common::complete_mentoring_with_names as complete;

#[test]
fn a_signature_must_carry_that_partys_name_as_written() {
    let mut d = complete();
    let wrong = d.sign("mentee", "x", "2026-11-23");
    assert_eq!(
        wrong,
        Err(SignError::WrongName {
            role: "mentee".into(),
            expected: "Sam Lee".into()
        })
    );
    assert_eq!(
        wrong
            .err()
            .map(|e| e.message().english())
            .unwrap_or_default(),
        "This part is for the mentee, Sam Lee: type the name as it is written in the agreement."
    );
    // The mentor's name does not sign for the mentee.
    assert!(d.sign("mentee", "Alex Kim", "2026-11-23").is_err());
    assert!(d.signatures.is_empty());
    d.sign("mentee", "  sam   LEE ", "2026-11-23")
        .expect("case and spaces are ignored");
    assert_eq!(d.signatures["mentee"].name, "Sam Lee");
}

#[test]
fn names_compare_ignoring_case_and_extra_spaces_only() {
    assert!(name_matches("Sam Lee", "sam lee"));
    assert!(name_matches(" Sam  Lee", "SAM LEE  "));
    assert!(!name_matches("Sam Lee", "Sam Le"));
    assert!(!name_matches("Sam Lee", "SamLee"));
    assert!(!name_matches("", ""));
}

#[test]
fn a_partys_name_left_as_a_placeholder_is_refused_before_signing() {
    for stand_in in ["TBC", "?", "tbd", "-", "xxx", "name", " Name "] {
        assert!(is_placeholder_name(stand_in), "{stand_in}");
        let mut d = complete();
        d.set("mentor-name", stand_in.into(), 2);
        assert_eq!(d.status(), Status::Draft, "{stand_in}");
        assert!(d
            .problem("mentor-name")
            .map(|m| m.english())
            .is_some_and(|p| p.contains("placeholder") && p.contains("mentor")));
        let err = d
            .sign("mentee", "Sam Lee", "2026-11-23")
            .expect_err("refused");
        assert!(matches!(err, SignError::PlaceholderName { ref role, .. } if role == "mentor"));
        assert!(err.message().english().contains("real name"));
    }
    for real in ["Sam Lee", "Max", "Xi", "O'Neil"] {
        assert!(!is_placeholder_name(real), "{real}");
    }
}

#[test]
fn with_one_signature_the_status_says_who_still_has_to_sign() {
    let mut d = complete();
    let fp = d.fingerprint();
    assert_eq!(d.status_words(&fp).english(), "Ready to sign");
    d.sign("mentee", "Sam Lee", "2026-11-23").expect("signs");
    assert_eq!(d.status(), Status::ReadyToSign);
    assert_eq!(
        d.status_words(&fp).english(),
        "Signed by the mentee; waiting for the mentor, Alex Kim, to sign"
    );
    assert_eq!(
        d.still_to_sign(&fp),
        vec![("mentor".to_string(), "Alex Kim".to_string())]
    );
    d.sign("mentor", "alex kim", "2026-11-24").expect("signs");
    assert_eq!(d.status_words(&fp).english(), "Signed");
    assert!(d.still_to_sign(&fp).is_empty());
}

#[test]
fn a_signed_agreement_is_locked_until_it_is_unlocked_which_clears_the_signatures() {
    let mut d = complete();
    assert!(!d.is_locked());
    d.sign("mentee", "Sam Lee", "2026-11-23").expect("signs");
    assert!(d.is_locked(), "one signature locks it");
    d.sign("mentor", "Alex Kim", "2026-11-24").expect("signs");
    assert!(d.is_locked());
    d.unlock(9);
    assert!(!d.is_locked());
    assert!(d.signatures.is_empty());
    assert_eq!(d.updated, 9);
    assert_eq!(d.status(), Status::ReadyToSign);
}

#[test]
fn a_suggestion_with_its_placeholder_left_in_never_counts_as_filled() {
    for goal in [
        "Get noticeably better at one skill: (name it here)",
        "Deliver a specific result: (describe it here)",
    ] {
        let mut d = complete();
        d.set("goal-1", goal.into(), 2);
        assert_eq!(d.status(), Status::Draft, "{goal}");
        assert!(d.missing().iter().any(|f| f.id == "goal-1"));
        assert!(d
            .problem("goal-1")
            .map(|m| m.english())
            .is_some_and(|p| p.starts_with("Replace \u{201c}(")));
        assert_eq!(
            d.sign("mentee", "Sam Lee", "2026-11-23"),
            Err(SignError::Incomplete)
        );
        d.set(
            "goal-1",
            "Get noticeably better at one skill: negotiation".into(),
            3,
        );
        assert_eq!(d.status(), Status::ReadyToSign);
        assert!(d.problem("goal-1").is_none());
    }
}

#[test]
fn still_to_fill_in_names_the_parts_briefly_without_whole_sentences() {
    let d = Draft::new("a1".into(), AgreementKind::Coaching, 0);
    let t = AgreementKind::Coaching.template();
    let understanding = t
        .sections
        .iter()
        .find(|s| s.id == "understanding")
        .expect("section");
    assert_eq!(
        english(d.section_missing_words(understanding)),
        "2 boxes to tick"
    );
    let people = t
        .sections
        .iter()
        .find(|s| s.id == "people")
        .expect("people");
    let words = english(d.section_missing_words(people));
    assert!(
        words.contains("Coachee's name") && !words.contains(".;"),
        "{words}"
    );
}

#[test]
fn labels_never_say_optional_themselves_and_name_the_coachee_plainly() {
    for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
        for f in kind.template().fields() {
            let label = f.label.english();
            assert!(!label.contains("(optional)"), "{label}");
            assert!(!label.starts_with("Your "), "{label}");
        }
    }
}

#[test]
fn counts_are_in_plain_words() {
    let differ = |n| Msg::count(key::MERGE_PARTS_DIFFER, n).english();
    assert_eq!(differ(1), "1 part differs");
    assert_eq!(differ(2), "2 parts differ");
    let one = BackupMerge {
        added: 1,
        ..BackupMerge::default()
    };
    let said = one.message().english();
    assert!(said.contains(": 1 agreement added,"), "{said}");
    assert!(!said.contains("(s)"));
    let two = BackupMerge {
        added: 1,
        copies: 1,
        already_here: 3,
        answers_restored: true,
    };
    assert_eq!(
        two.message().english(),
        "Backup restored: 2 agreements added, 1 of them as copies beside your own version, 3 already here, your questionnaire answers restored. Nothing you had was overwritten."
    );
}

#[test]
fn a_placeholder_mark_is_found_in_any_case_and_only_where_it_is() {
    assert_eq!(
        placeholder_mark("Lead one: (Name It Here)"),
        Some("(name it here)")
    );
    assert_eq!(
        placeholder_mark("(DESCRIBE IT HERE) please"),
        Some("(describe it here)")
    );
    assert_eq!(placeholder_mark("(describe it here"), None);
    assert_eq!(placeholder_mark("Run the (quarterly) review"), None);
    assert_eq!(
        placeholder_mark("ümlaut (name it here)"),
        Some("(name it here)")
    );
    assert_eq!(placeholder_mark(""), None);
}

/// Missing parts as the editor says them in English, joined as on screen.
fn english(parts: Vec<mentoring_or_coaching::core::text::Msg>) -> String {
    parts
        .iter()
        .map(|m| m.english())
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn a_long_stand_in_name_is_quoted_by_its_start_only() {
    let mut d = Draft::new("d".into(), AgreementKind::Mentoring, 1);
    d.set("mentor-name", "x".repeat(3000), 2);
    let note = d
        .problem("mentor-name")
        .expect("a run of x's is no name")
        .english();
    assert!(note.chars().count() < 200, "{note}");
    assert!(note.contains(&format!("{}…", "x".repeat(40))), "{note}");
    d.set("mentor-name", "xxx".into(), 3);
    let short = d.problem("mentor-name").expect("still no name").english();
    assert!(short.contains("xxx") && !short.contains('…'), "{short}");
}
