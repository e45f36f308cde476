//! The agreement list and the result: drafting again from the same result opens the draft made
//! from it; every deletion on the page can be undone, in any order.

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
use mentoring_or_coaching::core::document::{decode, encode, is_safe_id, Document};
use mentoring_or_coaching::core::drafts::{result_key, Trash};
use mentoring_or_coaching::core::scoring::Answers;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}

fn blank(kind: AgreementKind) -> impl FnOnce(String) -> Draft {
    move |id| Draft::new(id, kind, 1)
}

#[test]
fn drafting_again_from_the_same_result_opens_the_draft_made_from_it() {
    let mut doc = Document::default();
    let key = result_key(
        AgreementKind::Mentoring,
        false,
        &answers(&[("horizon", "year-plus")]),
    );
    let (first, new) = doc.open_or_draft_from_result(&key, 1, blank(AgreementKind::Mentoring));
    assert!(new);
    let (again, new) = doc.open_or_draft_from_result(&key, 2, blank(AgreementKind::Mentoring));
    assert!(!new);
    assert_eq!(again, first);
    assert_eq!(doc.drafts.len(), 1, "no blank duplicate");

    // "Start another" adds one, and it is the one opened from then on.
    let another = doc.start_another_from_result(&key, 3, blank(AgreementKind::Mentoring));
    assert_ne!(another, first);
    assert_eq!(doc.drafts.len(), 2);
    assert_eq!(
        doc.open_or_draft_from_result(&key, 4, blank(AgreementKind::Mentoring)),
        (another.clone(), false)
    );

    // With that one deleted, the earlier one opens; with both gone, drafting makes a new one.
    doc.delete_draft(&another);
    assert_eq!(
        doc.open_or_draft_from_result(&key, 5, blank(AgreementKind::Mentoring)),
        (first.clone(), false)
    );
    doc.delete_draft(&first);
    let (fresh, new) = doc.open_or_draft_from_result(&key, 5, blank(AgreementKind::Mentoring));
    assert!(new);
    assert_ne!(fresh, another);
    assert_ne!(fresh, first);

    // The link survives saving and loading, and the id is safe in an address.
    assert!(is_safe_id(&fresh), "{fresh}");
    let loaded = decode(&encode(&doc)).expect("decodes");
    assert_eq!(
        loaded.draft_from_result(&key).map(|d| d.id.clone()),
        Some(fresh)
    );
}

#[test]
fn a_different_result_is_a_different_draft() {
    let a = answers(&[("horizon", "year-plus")]);
    let b = answers(&[("horizon", "weeks")]);
    let mentoring = result_key(AgreementKind::Mentoring, false, &a);
    assert_ne!(mentoring, result_key(AgreementKind::Mentoring, false, &b));
    assert_ne!(mentoring, result_key(AgreementKind::Coaching, false, &a));
    assert_ne!(mentoring, result_key(AgreementKind::Mentoring, true, &a));
    assert_eq!(
        mentoring,
        result_key(AgreementKind::Mentoring, false, &a.clone())
    );
}

#[test]
fn every_deletion_on_the_page_can_be_undone_in_any_order() {
    let mut doc = Document::default();
    let ids: Vec<String> = (0..3)
        .map(|i| doc.add_draft(AgreementKind::Coaching, i, 1))
        .collect();
    let mut trash = Trash::default();
    assert!(trash.delete(&mut doc, &ids[0]));
    assert!(trash.delete(&mut doc, &ids[2]));
    assert!(!trash.delete(&mut doc, "nope"));
    assert_eq!(doc.drafts.len(), 1);
    assert_eq!(trash.deleted.len(), 2);
    // Newest first, as the page lists them.
    assert_eq!(trash.deleted[0].draft.id, ids[2]);

    // The first deletion comes back although it was not the last.
    assert_eq!(trash.restore(&mut doc, &ids[0], 9), Some(ids[0].clone()));
    assert_eq!(trash.restore(&mut doc, &ids[0], 9), None, "only once");
    assert_eq!(trash.restore(&mut doc, &ids[2], 9), Some(ids[2].clone()));
    let order: Vec<&str> = doc.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(order, ids.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(trash.deleted.is_empty());
}

#[test]
fn undoing_every_deletion_in_any_order_restores_the_original_order() {
    let orders: [[usize; 3]; 4] = [[1, 0, 2], [2, 1, 0], [0, 1, 2], [1, 2, 0]];
    for deletions in orders {
        for restores in orders {
            let mut doc = Document::default();
            let ids: Vec<String> = (0..4)
                .map(|i| doc.add_draft(AgreementKind::Coaching, i, 1))
                .collect();
            let mut trash = Trash::default();
            for i in deletions {
                trash.delete(&mut doc, &ids[i]);
            }
            for i in restores {
                trash.restore(&mut doc, &ids[i], 9);
            }
            let order: Vec<&str> = doc.drafts.iter().map(|d| d.id.as_str()).collect();
            assert_eq!(
                order,
                ids.iter().map(String::as_str).collect::<Vec<_>>(),
                "deleted {deletions:?}, restored {restores:?}"
            );
        }
    }
}

#[test]
fn a_restored_draft_whose_id_came_back_meanwhile_gets_a_new_one() {
    let mut doc = Document::default();
    let id = doc.add_draft(AgreementKind::Coaching, 1, 1);
    let mut trash = Trash::default();
    trash.delete(&mut doc, &id);
    // Another tab brought a draft with the same id back.
    doc.drafts
        .push(Draft::new(id.clone(), AgreementKind::Mentoring, 2));
    let back = trash.restore(&mut doc, &id, 77).expect("restored");
    assert_ne!(back, id);
    assert_eq!(doc.drafts.len(), 2);
}
