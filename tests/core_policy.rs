//! Native tests of the policies the browser code only carries out: the save decision and the
//! agreement list's operations.
#![cfg(not(target_arch = "wasm32"))]

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, Signature};
use mentoring_or_coaching::core::document::{decode, encode, DecodeError, Document};
use mentoring_or_coaching::core::drafts::{BackupReminder, BACKUP_AFTER_MS};
use mentoring_or_coaching::core::save::{plan_incoming, plan_save, Incoming, SavePlan, Write};
use mentoring_or_coaching::core::text::Catalogue;
use proptest::prelude::*;

fn doc_with(goals: &[(&str, &str)]) -> Document {
    let mut doc = Document::default();
    for (id, goal) in goals {
        let mut d = Draft::new(id.to_string(), AgreementKind::Mentoring, 0);
        d.set("goal-1", goal.to_string(), 1);
        doc.drafts.push(d);
    }
    doc
}

fn write(plan: SavePlan) -> Write {
    match plan {
        SavePlan::Write(w) => *w,
        other => panic!("expected a write, got {other:?}"),
    }
}

#[test]
fn nothing_is_written_when_nothing_changed_here_or_elsewhere() {
    let doc = doc_with(&[("a1", "Goal")]);
    let raw = encode(&doc);
    assert_eq!(
        plan_save(&doc, &doc, Some(&raw), Some(&raw)),
        SavePlan::Nothing
    );
    assert_eq!(
        plan_save(&Document::default(), &Document::default(), None, None),
        SavePlan::Nothing
    );
}

#[test]
fn a_change_here_is_written_with_the_next_revision() {
    let base = doc_with(&[("a1", "Goal")]);
    let raw = encode(&base);
    let mut current = base.clone();
    current.drafts[0].set("goal-1", "New goal".into(), 2);
    let w = write(plan_save(&current, &base, Some(&raw), Some(&raw)));
    assert_eq!(w.doc.revision, base.revision + 1);
    assert_eq!(decode(&w.text), Ok(w.doc.clone()));
    assert!(!w.brings_changes && w.notes.is_empty() && w.set_aside.is_none());
}

#[test]
fn another_tabs_save_is_merged_before_writing_and_shown() {
    let base = doc_with(&[("a1", "Goal")]);
    let raw = encode(&base);
    let mut current = base.clone();
    current.drafts[0].set("place", "Room 4".into(), 2);
    let mut theirs = base.clone();
    theirs
        .drafts
        .push(Draft::new("b2".into(), AgreementKind::Coaching, 3));
    theirs.revision = 7;
    let w = write(plan_save(
        &current,
        &base,
        Some(&raw),
        Some(&encode(&theirs)),
    ));
    assert!(w.brings_changes);
    assert_eq!(w.doc.drafts.len(), 2);
    assert_eq!(w.doc.draft("a1").map(|d| d.value("place")), Some("Room 4"));
    assert!(w.doc.revision > theirs.revision);
}

#[test]
fn unreadable_data_written_elsewhere_is_set_aside_before_writing() {
    let base = doc_with(&[("a1", "Goal")]);
    let raw = encode(&base);
    let mut current = base.clone();
    current.drafts[0].set("goal-1", "Mine".into(), 2);
    let w = write(plan_save(
        &current,
        &base,
        Some(&raw),
        Some("{\"schema\":3,\"drafts\":5"),
    ));
    assert_eq!(
        w.set_aside,
        Some((
            "{\"schema\":3,\"drafts\":5".to_string(),
            DecodeError::NotJson
        ))
    );
    assert_eq!(w.doc.draft("a1").map(|d| d.value("goal-1")), Some("Mine"));
}

#[test]
fn data_from_a_newer_version_stops_all_writing() {
    let base = doc_with(&[("a1", "Goal")]);
    let raw = encode(&base);
    assert_eq!(
        plan_save(&base, &base, Some(&raw), Some("{\"schema\":99}")),
        SavePlan::Stop { found: 99 }
    );
    assert_eq!(
        plan_incoming(Some("{\"schema\":99}"), Some(&raw), false),
        Incoming::Stop { found: 99 }
    );
}

#[test]
fn persistence_is_asked_for_once_there_is_something_worth_keeping_and_only_once() {
    let only_a_route = Document {
        resume: "#/question/1".into(),
        ..Document::default()
    };
    let w = write(plan_save(&only_a_route, &Document::default(), None, None));
    assert!(!w.ask_persistence, "nothing worth keeping yet");
    let mut answered = only_a_route.clone();
    answered
        .assessment
        .answers
        .insert("needs".into(), "known".into());
    let w = write(plan_save(&answered, &only_a_route, None, None));
    assert!(w.ask_persistence);
    answered.persist_asked = true;
    let w = write(plan_save(&answered, &only_a_route, None, None));
    assert!(!w.ask_persistence, "asked once only");
}

#[test]
fn another_tabs_write_is_taken_as_it_is_only_without_unsaved_changes_here() {
    let base = doc_with(&[("a1", "Goal")]);
    let raw = encode(&base);
    let theirs = doc_with(&[("a1", "Theirs")]);
    let theirs_raw = encode(&theirs);
    assert_eq!(
        plan_incoming(Some(&raw), Some(&raw), true),
        Incoming::Ignore
    );
    assert_eq!(
        plan_incoming(Some(&theirs_raw), Some(&raw), false),
        Incoming::Take(theirs)
    );
    assert_eq!(
        plan_incoming(Some(&theirs_raw), Some(&raw), true),
        Incoming::Save
    );
    assert_eq!(
        plan_incoming(Some("damaged"), Some(&raw), false),
        Incoming::Save
    );
    assert_eq!(plan_incoming(None, Some(&raw), false), Incoming::Save);
}

#[test]
fn a_duplicate_is_a_new_unsigned_copy() {
    let mut doc = doc_with(&[("a1", "Goal")]);
    doc.drafts[0]
        .signatures
        .insert("mentee".into(), Signature::default());
    let copy = doc
        .duplicate_draft("a1", 5, 99, &Catalogue::english())
        .expect("copied");
    assert_ne!(copy, "a1");
    let d = doc.draft(&copy).expect("copy");
    assert_eq!(d.title, "Copy of Mentoring agreement");
    assert!(d.signatures.is_empty());
    assert_eq!((d.created, d.updated), (99, 99));
    assert_eq!(d.value("goal-1"), "Goal");
    assert_eq!(
        doc.duplicate_draft("nope", 5, 99, &Catalogue::english()),
        None
    );
    assert_eq!(doc.validate(), Ok(()));
}

#[test]
fn undo_after_another_tab_brought_back_the_same_id_keeps_both() {
    let mut doc = doc_with(&[("a1", "Goal"), ("a2", "Other")]);
    let deleted = doc.delete_draft("a1").expect("deleted");
    doc.drafts
        .push(Draft::new("a1".into(), AgreementKind::Coaching, 5));
    doc.undo_delete(deleted, 7);
    assert_eq!(doc.drafts.len(), 3);
    assert_eq!(doc.validate(), Ok(()));
    assert!(doc.drafts.iter().any(|d| d.value("goal-1") == "Goal"));
}

#[test]
fn the_backup_reminder_says_never_or_old_and_goes_quiet_after_a_backup() {
    let now = 1_800_000_000_000;
    assert_eq!(
        Document::default().backup_reminder(now),
        None,
        "nothing to back up"
    );
    let mut doc = doc_with(&[("a1", "Goal")]);
    assert_eq!(doc.backup_reminder(now), Some(BackupReminder::Never));
    doc.last_backup = now - BACKUP_AFTER_MS;
    assert_eq!(doc.backup_reminder(now), None);
    doc.last_backup = now - BACKUP_AFTER_MS - 1;
    assert_eq!(doc.backup_reminder(now), Some(BackupReminder::Old));
    assert!(BackupReminder::Never
        .message()
        .english()
        .contains("haven't downloaded a backup yet"));
}

#[test]
fn drafts_are_listed_most_recently_edited_first() {
    let mut doc = doc_with(&[("a1", "x"), ("a2", "y"), ("a3", "z")]);
    doc.drafts[0].updated = 5;
    doc.drafts[1].updated = 9;
    doc.drafts[2].updated = 1;
    let order: Vec<&str> = doc
        .drafts_by_recent()
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(order, ["a2", "a1", "a3"]);
}

fn any_doc() -> impl Strategy<Value = Document> {
    proptest::collection::vec(("[a-z]{1,3}", "[a-zA-Z ]{0,12}", any::<i64>()), 0..6).prop_map(
        |drafts| {
            let mut doc = Document::default();
            for (id, goal, updated) in drafts {
                if doc.draft(&id).is_some() {
                    continue;
                }
                let mut d = Draft::new(id, AgreementKind::Mentoring, updated);
                d.set("goal-1", goal, updated);
                doc.drafts.push(d);
            }
            doc
        },
    )
}

proptest! {
    #[test]
    fn delete_then_undo_gives_back_exactly_the_same_document(doc in any_doc(), pick in 0usize..6) {
        let Some(id) = doc.drafts.get(pick % doc.drafts.len().max(1)).map(|d| d.id.clone()) else {
            return Ok(());
        };
        let mut changed = doc.clone();
        let deleted = changed.delete_draft(&id).expect("deleted");
        prop_assert!(changed.draft(&id).is_none());
        changed.undo_delete(deleted, 1);
        prop_assert_eq!(changed, doc);
    }

    #[test]
    fn a_save_never_loses_what_either_tab_has_and_always_moves_the_revision_on(
        base in any_doc(), ours in any_doc(), theirs in any_doc(), theirs_revision in 0u64..1000,
    ) {
        let mut theirs = theirs;
        theirs.revision = theirs_revision;
        let base_raw = encode(&base);
        let stored = encode(&theirs);
        match plan_save(&ours, &base, Some(&base_raw), Some(&stored)) {
            SavePlan::Write(w) => {
                prop_assert!(w.doc.revision > theirs.revision && w.doc.revision > base.revision);
                prop_assert_eq!(decode(&w.text), Ok(w.doc.clone()));
                prop_assert_eq!(w.doc.validate(), Ok(()));
                // Every draft either tab changed or added since the base is still there.
                for side in [&ours, &theirs] {
                    for d in &side.drafts {
                        if base.draft(&d.id) == Some(d) {
                            continue;
                        }
                        prop_assert!(w.doc.drafts.iter().any(|m| m.value("goal-1") == d.value("goal-1")), "lost {}", d.id);
                    }
                }
            }
            SavePlan::Nothing => prop_assert!(stored == base_raw && ours == base),
            SavePlan::Stop { .. } => prop_assert!(false, "no newer version here"),
        }
    }
}
