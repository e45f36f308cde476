//! Signatures travel with the file: a partner's signature of the same wording is kept, whether the
//! copies agree from the start or once every difference is settled; the agreement code; and what
//! the person is told after each exchange.

use mentoring_or_coaching::core::agreement::{agreement_code, Draft, Status};
use mentoring_or_coaching::core::document::Document;
use mentoring_or_coaching::core::formats::exchange::{
    adopt_signatures, diff, export_agreement, import_message, merge_agreement, parse_import,
    settle_partner_copy, AgreementMerge, Imported,
};
use mentoring_or_coaching::core::text::{Arg, Msg};

mod common;

use common::complete_mentoring_with_names as complete;

/// Sends `draft` as a file and reads it back, as the partner's browser would.
fn transfer(draft: &Draft) -> Draft {
    match parse_import(&export_agreement(draft)) {
        Ok(Imported::Agreement(d)) => d,
        other => panic!("not an agreement: {other:?}"),
    }
}

fn doc_with(draft: Draft) -> Document {
    Document {
        drafts: vec![draft],
        ..Document::default()
    }
}

#[test]
fn two_transfers_give_both_browsers_both_signatures() {
    // A signs and sends.
    let mut a_copy = complete();
    a_copy
        .sign("mentee", "Sam Lee", "2026-11-23")
        .expect("signed");
    let mut a = doc_with(a_copy);
    let mut b = Document::default();

    // B imports, signs and sends back.
    let sent = transfer(&a.drafts[0]);
    let before = b.draft(&sent.id).cloned();
    let merged = merge_agreement(&mut b, sent);
    assert!(matches!(merged, AgreementMerge::Added { .. }));
    let message = Msg::english_all(&import_message(&merged, before.as_ref(), &b.drafts[0]));
    assert!(
        message.contains("signed by the mentee (Sam Lee)"),
        "{message}"
    );
    assert!(
        message.contains("the mentor, Alex Kim, signs below") && message.contains("send it back"),
        "{message}"
    );
    b.drafts[0]
        .sign("mentor", "Alex Kim", "2026-11-24")
        .expect("B signs");
    assert_eq!(b.drafts[0].status(), Status::Signed);

    // A imports: the mentor's signature arrives, nothing else changes.
    let back = transfer(&b.drafts[0]);
    let before = a.draft(&back.id).cloned();
    let merged = merge_agreement(&mut a, back);
    assert!(matches!(merged, AgreementMerge::Identical { .. }));
    assert_eq!(a.drafts[0].status(), Status::Signed);
    assert_eq!(a.drafts[0].signatures, b.drafts[0].signatures);
    let message = Msg::english_all(&import_message(&merged, before.as_ref(), &a.drafts[0]));
    assert!(
        message.contains("The mentor's signature (Alex Kim) was added."),
        "{message}"
    );
    assert!(message.contains("You have both signed"), "{message}");
    assert_eq!(
        agreement_code(&a.drafts[0].fingerprint()),
        agreement_code(&b.drafts[0].fingerprint())
    );
}

#[test]
fn taking_their_wording_keeps_their_signature_of_it() {
    let mine = complete();
    let mut theirs = mine.clone();
    theirs.set("goal-1", "Their wording".into(), 5);
    theirs
        .sign("mentee", "Sam Lee", "2026-11-23")
        .expect("signed");
    let theirs = transfer(&theirs);

    let mut doc = doc_with(mine);
    let before = doc.drafts[0].clone();
    let merged = merge_agreement(&mut doc, theirs);
    let AgreementMerge::Differs { theirs, .. } = &merged else {
        panic!("expected a difference, got {merged:?}");
    };
    let message = Msg::english_all(&import_message(&merged, Some(&before), &doc.drafts[0]));
    assert!(message.contains("(1 part differs)"), "{message}");
    assert!(message.contains("Their signature stays"), "{message}");

    let their_fingerprint = theirs.fingerprint();
    let mine = &mut doc.drafts[0];
    for d in diff(mine, theirs) {
        mine.take_field(theirs, d.field, 6);
    }
    assert!(diff(mine, theirs).is_empty());
    let message = Msg::english_all(&settle_partner_copy(mine, theirs, &their_fingerprint));
    assert!(
        mine.signature_valid("mentee"),
        "the signature of this exact text is kept"
    );
    assert!(
        message.contains("says exactly what your partner's says"),
        "{message}"
    );
    assert!(
        message.contains("The mentee's signature (Sam Lee) was kept"),
        "{message}"
    );
    assert!(
        message.contains("the mentor, Alex Kim, signs below"),
        "{message}"
    );
    assert!(
        message.contains("send it back to your partner"),
        "{message}"
    );
}

#[test]
fn keeping_my_wording_does_not_carry_their_signature_over() {
    let mine = complete();
    let mut theirs = mine.clone();
    theirs.set("goal-1", "Their wording".into(), 5);
    theirs
        .sign("mentee", "Sam Lee", "2026-11-23")
        .expect("signed");
    let mut theirs = transfer(&theirs);
    let their_fingerprint = theirs.fingerprint();

    let mut mine = mine;
    // "Keep mine" makes their copy take my field.
    theirs.take_field(&mine, "goal-1", 6);
    assert!(diff(&mine, &theirs).is_empty());
    let message = Msg::english_all(&settle_partner_copy(&mut mine, &theirs, &their_fingerprint));
    assert!(mine.signatures.is_empty(), "they signed other wording");
    assert!(
        message.contains("keeps some of your own wording"),
        "{message}"
    );
    assert!(message.contains("does not carry over"), "{message}");
}

#[test]
fn only_a_signature_of_this_exact_text_is_adopted_and_a_valid_one_here_stays() {
    let mut mine = complete();
    let mut theirs = mine.clone();
    // Their mentee signature is of an older text: stale there, so never valid here.
    theirs.signatures.insert(
        "mentee".into(),
        mentoring_or_coaching::core::agreement::Signature {
            name: "Sam Lee".into(),
            date: "2026-11-01".into(),
            fingerprint: "0".repeat(64),
        },
    );
    theirs
        .sign("mentor", "Alex Kim", "2026-11-24")
        .expect("signed");
    mine.sign("mentor", "alex kim", "2026-11-20")
        .expect("signed here too");
    let mine_before = mine.signatures.clone();
    let adopted = adopt_signatures(&mut mine, &theirs);
    assert!(adopted.is_empty(), "{adopted:?}");
    assert_eq!(mine.signatures, mine_before);

    // A stale signature here is replaced by their valid one.
    let mut mine = complete();
    mine.signatures.insert(
        "mentor".into(),
        mentoring_or_coaching::core::agreement::Signature {
            name: "Alex Kim".into(),
            date: "2026-11-01".into(),
            fingerprint: "0".repeat(64),
        },
    );
    let adopted = adopt_signatures(&mut mine, &theirs);
    assert_eq!(
        adopted,
        vec![("mentor".to_string(), "Alex Kim".to_string())]
    );
    assert!(mine.signature_valid("mentor"));
}

#[test]
fn the_same_copy_again_brings_no_new_signatures_and_says_so() {
    let mut d = complete();
    d.sign("mentee", "Sam Lee", "2026-11-23").expect("signed");
    let mut doc = doc_with(d.clone());
    let merged = merge_agreement(&mut doc, transfer(&d));
    let message = Msg::english_all(&import_message(&merged, Some(&d), &doc.drafts[0]));
    assert!(
        message.contains("It brought no new signatures."),
        "{message}"
    );
}

#[test]
fn the_agreement_code_is_the_fingerprints_first_eight_digits_in_two_groups() {
    let d = complete();
    let fp = d.fingerprint();
    let code = agreement_code(&fp);
    assert_eq!(code, format!("{} {}", &fp[..4], &fp[4..8]));
    let mut other = d.clone();
    other.set("goal-1", "Something else".into(), 2);
    assert_ne!(agreement_code(&other.fingerprint()), code);
    assert_eq!(agreement_code("abc"), "abc");
}

/// A complete draft with the organisation's programme and one clause both must tick.
fn with_terms() -> Draft {
    use mentoring_or_coaching::core::agreement::Term;
    let mut draft = complete();
    draft.programme = Some("Mentoring Circle".into());
    draft.terms = vec![Term {
        title: "Confidentiality at Northwind".into(),
        text: "What we discuss stays between us.".into(),
        both_tick: true,
        ticked: Default::default(),
    }];
    draft
}

#[test]
fn the_organisation_s_terms_travel_and_each_person_s_tick_counts_in_both_copies() {
    let mut a_copy = with_terms();
    a_copy.tick_term(0, "mentee", true, 1);
    assert_eq!(a_copy.terms_to_tick(), 1);
    assert_eq!(
        a_copy.sign("mentee", "Sam Lee", "2026-11-23"),
        Err(mentoring_or_coaching::core::agreement::SignError::Incomplete),
        "nobody signs while a clause waits for a tick"
    );
    let mut a = doc_with(a_copy);
    let mut b = Document::default();
    let sent = transfer(&a.drafts[0]);
    assert_eq!(sent.programme.as_deref(), Some("Mentoring Circle"));
    assert_eq!(sent.terms, a.drafts[0].terms);
    merge_agreement(&mut b, sent);
    b.drafts[0].tick_term(0, "mentor", true, 2);
    assert_eq!(b.drafts[0].terms_to_tick(), 0);
    b.drafts[0]
        .sign("mentor", "Alex Kim", "2026-11-24")
        .expect("B signs once both ticked");

    // Back in A's browser the mentor's tick and signature arrive together.
    let back = transfer(&b.drafts[0]);
    let merged = merge_agreement(&mut a, back);
    assert!(
        matches!(merged, AgreementMerge::Identical { .. }),
        "{merged:?}"
    );
    assert_eq!(a.drafts[0].terms_to_tick(), 0);
    assert!(a.drafts[0].signature_valid("mentor"));
    a.drafts[0]
        .sign("mentee", "Sam Lee", "2026-11-25")
        .expect("A signs");
    assert_eq!(a.drafts[0].status(), Status::Signed);
}

#[test]
fn a_copy_with_other_terms_is_kept_beside_this_one_not_merged_into_it() {
    let mine = with_terms();
    let mut theirs = with_terms();
    theirs.terms[0].text = "What we discuss may be shared with HR.".into();
    let mut doc = doc_with(mine.clone());
    let merged = merge_agreement(&mut doc, transfer(&theirs));
    let AgreementMerge::Added { id } = merged else {
        panic!("not kept apart: {merged:?}");
    };
    assert_ne!(id, mine.id);
    assert_eq!(doc.drafts.len(), 2);
    assert_eq!(doc.drafts[0], mine, "this browser's copy is untouched");
    assert_eq!(
        doc.draft(&id).map(|d| d.terms[0].text.as_str()),
        Some("What we discuss may be shared with HR.")
    );
}

#[test]
fn the_terms_are_covered_by_the_fingerprint_only_when_there_are_any() {
    let plain = complete();
    let mut named = complete();
    named.programme = Some("Mentoring Circle".into());
    assert_ne!(plain.fingerprint(), named.fingerprint());
    let mut ticked = with_terms();
    let unticked = ticked.fingerprint();
    ticked.tick_term(0, "mentor", true, 1);
    assert_ne!(
        ticked.fingerprint(),
        unticked,
        "a tick is part of what is signed"
    );
    ticked.tick_term(0, "mentor", false, 2);
    assert_eq!(ticked.fingerprint(), unticked);
    // Only the two parties can tick.
    ticked.tick_term(0, "someone", true, 3);
    ticked.tick_term(5, "mentee", true, 3);
    assert_eq!(ticked.fingerprint(), unticked);
}

#[test]
fn an_imported_file_s_terms_are_checked_like_any_other_text() {
    let mut huge = with_terms();
    huge.terms[0].text = "x".repeat(20_001);
    assert!(matches!(
        parse_import(&export_agreement(&huge)),
        Err(mentoring_or_coaching::core::formats::exchange::ImportError::TooLong { ref part, chars: 20_001 }) if *part == Arg::Text("Confidentiality at Northwind".into())
    ));
    // A tick by someone who is not a party is dropped on the way in.
    let mut odd = with_terms();
    odd.terms[0].ticked.insert("stranger".into());
    odd.terms[0].ticked.insert("mentee".into());
    let back = transfer(&odd);
    assert_eq!(
        back.terms[0]
            .ticked
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["mentee"]
    );
}

#[test]
fn the_partner_is_not_told_a_part_came_from_their_answers() {
    let mut mine = complete();
    mine.prefilled.insert("goal-1".into());
    let theirs = transfer(&mine);
    assert!(theirs.prefilled.is_empty());
    assert_eq!(theirs.value("goal-1"), mine.value("goal-1"));
}
