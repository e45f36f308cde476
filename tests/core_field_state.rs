//! What a change to a draft touches: the fields whose state can change (`affected_fields`), and a
//! status that asks for the fingerprint only when a signature could count. The editor relies on
//! both to make a keystroke cheap, so a rule they miss would leave a field showing stale state.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use mentoring_or_coaching::core::agreement::{
    missing_words, parties, AgreementKind, Draft, FieldKind, Signature, Status, PLACEHOLDER_MARKS,
};
use mentoring_or_coaching::core::values::WEEKDAYS;
use proptest::prelude::*;

/// A value for a field of `kind`, picked by `pick` from a few that matter to the rules: empty,
/// fitting, not fitting, placeholders, and dates close enough together to slip past each other.
fn value(kind: FieldKind, pick: usize) -> String {
    let dates = [
        "2027-01-10",
        "2027-03-01",
        "2027-06-30",
        "2028-01-01",
        "2026-12-01",
    ];
    let texts = [
        "",
        "Lead the review",
        "TBC",
        "Sam Jones",
        "   ",
        PLACEHOLDER_MARKS[0],
        "not a value",
    ];
    match kind {
        FieldKind::Date => match pick % 7 {
            5 => String::new(),
            6 => "31/02/2027".into(),
            n => dates[n].into(),
        },
        FieldKind::Tick => ["yes", "", "no"][pick % 3].into(),
        FieldKind::Number { min, max } => match pick % 4 {
            0 => String::new(),
            1 => (max + 1).to_string(),
            n => (min + n as u16 - 2).min(max).to_string(),
        },
        FieldKind::Weekday => match pick % 3 {
            0 => String::new(),
            1 => "Someday".into(),
            _ => WEEKDAYS[pick % WEEKDAYS.len()].into(),
        },
        FieldKind::Time => ["", "17:30", "25:99"][pick % 3].into(),
        FieldKind::Choice(options) => match pick % (options.len() + 2) {
            0 => String::new(),
            1 => "Every two weeks".into(),
            n => options[n - 2].id.into(),
        },
        _ => texts[pick % texts.len()].into(),
    }
}

fn draft(kind: AgreementKind, picks: &[usize]) -> Draft {
    let mut d = Draft::new("a1".into(), kind, 0);
    for (i, f) in kind.template().fields().enumerate() {
        let pick = picks.get(i).copied().unwrap_or(0);
        d.set(f.id, value(f.kind, pick), 0);
        if pick % 5 == 4 && d.fields.contains_key(f.id) {
            d.prefilled.insert(f.id.to_string());
        }
    }
    d
}

fn any_kind() -> impl Strategy<Value = AgreementKind> {
    prop_oneof![
        Just(AgreementKind::Mentoring),
        Just(AgreementKind::Coaching)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Every field left out of `affected_fields` shows exactly what it showed before the change.
    #[test]
    fn a_change_leaves_every_unaffected_field_as_it_was(
        kind in any_kind(),
        picks in proptest::collection::vec(0usize..40, 60),
        changes in proptest::collection::vec((0usize..60, 0usize..40), 1..3),
    ) {
        let before = draft(kind, &picks);
        let mut after = before.clone();
        let fields: Vec<_> = kind.template().fields().collect();
        // Half the changes go to the fields other fields read, where a missed rule would hide.
        let read = ["start", "end", "open-ended", "goal-1", "goal-2", "goal-3", "review-every"];
        for (which, pick) in changes {
            let f = match read.get(which % 14) {
                Some(id) if which % 2 == 0 => fields.iter().find(|f| f.id == *id).copied(),
                _ => None,
            }
            .unwrap_or(fields[which % fields.len()]);
            after.set(f.id, value(f.kind, pick), 1);
        }
        let affected = after.affected_fields(&before);
        for f in &fields {
            if affected.iter().any(|a| a.id == f.id) {
                continue;
            }
            prop_assert_eq!(before.text(f.id), after.text(f.id), "text of {}", f.id);
            prop_assert_eq!(before.field_state(f), after.field_state(f), "state of {}", f.id);
        }
    }

    /// The per-field state agrees with the draft's own rules for what is missing.
    #[test]
    fn the_fields_still_to_fill_in_are_the_ones_whose_state_says_so(
        kind in any_kind(),
        picks in proptest::collection::vec(0usize..40, 60),
    ) {
        let d = draft(kind, &picks);
        let needs: Vec<&str> = kind
            .template()
            .fields()
            .filter(|f| d.field_state(f).needs)
            .map(|f| f.id)
            .collect();
        prop_assert_eq!(&needs, &d.missing_ids());
        for section in kind.template().sections {
            let words = missing_words(section.fields.iter().filter(|f| needs.contains(&f.id)));
            prop_assert_eq!(words, d.section_missing_words(section));
        }
        let fp = d.fingerprint();
        prop_assert_eq!(d.status_from(needs.is_empty(), || fp.clone()), d.status_with(&fp));
    }
}

#[test]
fn typing_in_goal_one_touches_goal_one_its_target_date_and_goal_two() {
    let before = draft(AgreementKind::Coaching, &[1; 60]);
    let mut after = before.clone();
    after.set("goal-1", "Lead the review on my own".into(), 1);
    let mut ids: Vec<&str> = after
        .affected_fields(&before)
        .iter()
        .map(|f| f.id)
        .collect();
    ids.sort_unstable();
    // Goal 2 appears once goal 1 has text; its own measure and date follow goal 2, not goal 1.
    assert_eq!(ids, ["goal-1", "goal-1-date", "goal-2"]);
    // A change to the start date can move every date's slip.
    let mut moved = before.clone();
    moved.set("start", "2028-06-01".into(), 1);
    let touched = moved.affected_fields(&before);
    assert!(["start", "end", "goal-1-date", "goal-5-date"]
        .iter()
        .all(|id| touched.iter().any(|f| f.id == *id)));
    assert!(!touched.iter().any(|f| f.id == "goal-1"));
}

/// A complete coaching draft, so its status depends on the signatures alone.
fn complete_coaching() -> Draft {
    let mut d = Draft::new("a1".into(), AgreementKind::Coaching, 0);
    for f in AgreementKind::Coaching.template().fields() {
        let v = match f.kind {
            FieldKind::Date if f.id == "end" => "2027-12-01".to_string(),
            FieldKind::Date => "2027-03-01".to_string(),
            FieldKind::Tick if f.id == "open-ended" => String::new(),
            _ => value(f.kind, 3),
        };
        d.set(f.id, v, 0);
    }
    assert_eq!(
        d.missing_ids(),
        Vec::<&str>::new(),
        "the fixture is complete"
    );
    d
}

#[test]
fn an_unsigned_draft_never_asks_for_its_fingerprint_and_a_signed_one_does() {
    let asked = Cell::new(0);
    let fingerprint = |d: &Draft| {
        asked.set(asked.get() + 1);
        d.fingerprint()
    };
    let mut d = complete_coaching();
    assert_eq!(d.status_from(true, || fingerprint(&d)), Status::ReadyToSign);
    assert_eq!(d.status_from(false, || fingerprint(&d)), Status::Draft);
    assert_eq!(
        d.status_words_from(Status::ReadyToSign, || fingerprint(&d))
            .english(),
        "Ready to sign"
    );
    assert_eq!(asked.get(), 0, "hashed an unsigned draft");
    let fp = d.fingerprint();
    for (key, _, _) in parties(AgreementKind::Coaching) {
        d.signatures.insert(
            key.into(),
            Signature {
                name: "Sam Jones".into(),
                date: "2027-03-01".into(),
                fingerprint: fp.clone(),
            },
        );
    }
    assert_eq!(d.status_from(true, || fingerprint(&d)), Status::Signed);
    assert_eq!(asked.get(), 1);
    assert_eq!(
        d.status_words_from(Status::Signed, || fingerprint(&d)),
        d.status_words(&fp)
    );
}
