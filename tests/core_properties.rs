//! Property tests of stored data: export and import, decoding of anything, migration, and the two-tab merge.
//! CI runs a modest number of cases; `PROPTEST_CASES=20000 cargo test --test core_properties` runs a long one.
#![cfg(not(target_arch = "wasm32"))]

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, FieldKind, Signature};
use mentoring_or_coaching::core::document::{decode, encode, Document};
use mentoring_or_coaching::core::formats::exchange::{
    export_agreement, export_backup, parse_import, Imported,
};
use mentoring_or_coaching::core::merge::merge;
use mentoring_or_coaching::core::questions::QUESTIONS;
use proptest::prelude::*;

/// Text people might type, hostile text included.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.'-]{0,40}",
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("مرحبا بالعالم \u{202e}reversed".to_string()),
        Just("🙂👩‍💻 e\u{301}\u{302}".to_string()),
        "\\PC{0,30}",
    ]
}

fn any_draft() -> impl Strategy<Value = Draft> {
    (
        "[a-z][a-z0-9-]{0,20}",
        prop_oneof![
            Just(AgreementKind::Mentoring),
            Just(AgreementKind::Coaching)
        ],
        any_text(),
        proptest::collection::vec((0usize..200, any_text(), any::<bool>()), 0..8),
        any::<i64>(),
        proptest::option::of(any_text()),
    )
        .prop_map(|(id, kind, title, fields, updated, signer)| {
            let mut d = Draft::new(id, kind, updated);
            d.title = title;
            let all = kind.fields();
            for (i, text, fitting) in fields {
                let (field, field_kind) = all[i % all.len()];
                // Half the values fit their field; the rest are kept as text with a note.
                let value = match (fitting, field_kind) {
                    (true, FieldKind::Choice(options)) => options[i % options.len()].id.to_string(),
                    (true, FieldKind::Tick) => "yes".to_string(),
                    (true, FieldKind::Date) => {
                        format!("20{:02}-0{}-1{}", i % 100, i % 9 + 1, i % 10)
                    }
                    _ => text,
                };
                d.set(field, value, updated);
            }
            if let Some(name) = signer {
                let party = mentoring_or_coaching::core::agreement::parties(kind)[0].0;
                d.signatures.insert(
                    party.into(),
                    Signature {
                        name,
                        date: "2026-11-23".into(),
                        fingerprint: d.fingerprint(),
                    },
                );
            }
            d
        })
}

fn any_document() -> impl Strategy<Value = Document> {
    (
        proptest::collection::vec(proptest::option::of(0usize..6), QUESTIONS.len()),
        proptest::collection::vec(any_draft(), 0..4),
        any::<u64>(),
        "[#/a-z0-9]{0,20}",
    )
        .prop_map(|(answers, drafts, revision, resume)| {
            let mut doc = Document::default();
            for (q, a) in QUESTIONS.iter().zip(answers) {
                if let Some(i) = a {
                    doc.assessment
                        .answers
                        .insert(q.id.into(), q.options[i % q.options.len()].id.into());
                }
            }
            for mut d in drafts {
                // Ids are unique in a valid document.
                while doc.draft(&d.id).is_some() {
                    d.id.push('x');
                }
                doc.drafts.push(d);
            }
            doc.revision = revision;
            doc.resume = resume;
            doc
        })
}

/// Any JSON value, nested a little.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("schema".to_string()),
                    Just("drafts".to_string()),
                    Just("assessment".to_string()),
                    Just("fields".to_string()),
                    Just("id".to_string()),
                    Just("kind".to_string()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn generated_documents_are_valid(doc in any_document()) {
        prop_assert_eq!(doc.validate(), Ok(()));
    }

    #[test]
    fn storing_and_loading_is_the_identity(doc in any_document()) {
        prop_assert_eq!(decode(&encode(&doc)), Ok(doc));
    }

    #[test]
    fn a_backup_imports_as_the_same_document(doc in any_document()) {
        prop_assert_eq!(parse_import(&export_backup(&doc)), Ok(Imported::Backup(doc)));
    }

    #[test]
    fn an_agreement_file_imports_as_the_same_agreement(d in any_draft()) {
        prop_assert_eq!(parse_import(&export_agreement(&d)), Ok(Imported::Agreement(d)));
    }

    #[test]
    fn decoding_any_bytes_never_panics_or_yields_an_invalid_document(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(doc) = decode(&text) {
            prop_assert_eq!(doc.validate(), Ok(()));
        }
        let _ = parse_import(&text);
    }

    #[test]
    fn decoding_any_json_never_panics_or_yields_an_invalid_document(value in any_json(), schema in 0u64..4) {
        let mut value = value;
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("schema".into(), schema.into());
        }
        if let Ok(doc) = decode(&value.to_string()) {
            prop_assert_eq!(doc.validate(), Ok(()));
        }
    }

    #[test]
    fn migrating_any_version_1_document_never_panics_and_keeps_its_content(doc in any_document()) {
        let mut v1 = serde_json::to_value(&doc).expect("serialises");
        let map = v1.as_object_mut().expect("object");
        map.insert("schema".into(), 1.into());
        let resume = map.remove("resume").unwrap_or_default();
        map.insert("last_route".into(), resume);
        map.remove("revision");
        let migrated = decode(&v1.to_string()).expect("a version 1 document migrates");
        prop_assert_eq!(&migrated.drafts, &doc.drafts);
        prop_assert_eq!(&migrated.resume, &doc.resume);
        prop_assert_eq!(migrated.revision, 1);
    }

    #[test]
    fn merging_with_an_unchanged_side_takes_the_changed_side(base in any_document(), changed in any_document()) {
        let merged = merge(&base, &changed, &base);
        // Everything but the edit time, which a merge takes as the later of the two.
        let untimed = |drafts: &[Draft]| drafts.iter().map(|d| Draft { updated: 0, ..d.clone() }).collect::<Vec<_>>();
        prop_assert_eq!(untimed(&merged.doc.drafts), untimed(&changed.drafts));
        prop_assert_eq!(&merged.doc.assessment.answers, &changed.assessment.answers);
        prop_assert!(merged.notes.is_empty());
        let merged = merge(&base, &base, &changed);
        prop_assert_eq!(&merged.doc.assessment.answers, &changed.assessment.answers);
        prop_assert_eq!(merged.doc.drafts.len(), changed.drafts.len());
        for d in &changed.drafts {
            // Everything but the edit time, which a merge takes as the later of the two.
            let m = merged.doc.draft(&d.id).map(|m| Draft { updated: d.updated, ..m.clone() });
            prop_assert_eq!(m.as_ref(), Some(d));
        }
    }

    #[test]
    fn a_merge_is_always_valid_and_loses_no_edited_text(base in any_document(), ours in any_document(), theirs in any_document()) {
        let merged = merge(&base, &ours, &theirs);
        prop_assert_eq!(merged.doc.validate(), Ok(()));
        // Every field value either side wrote since the base survives somewhere.
        for side in [&ours, &theirs] {
            for d in &side.drafts {
                for (field, value) in &d.fields {
                    let unchanged = base.draft(&d.id).is_some_and(|b| b.fields.get(field) == Some(value));
                    if unchanged {
                        continue;
                    }
                    let kept = merged.doc.drafts.iter().any(|m| m.kind == d.kind && m.fields.get(field) == Some(value));
                    prop_assert!(kept, "lost {field}={value:?} of {}", d.id);
                }
            }
        }
    }
}

/// One draft, edited in this tab (`ours`) and in another (`theirs`) since they last agreed.
fn two_tabs(
    ours_edit: (&str, &str),
    theirs_edit: (&str, &str),
) -> mentoring_or_coaching::core::merge::Merged {
    let mut base = Document::default();
    base.drafts
        .push(Draft::new("a1".into(), AgreementKind::Mentoring, 0));
    let mut ours = base.clone();
    ours.drafts[0].set(ours_edit.0, ours_edit.1.into(), 1);
    let mut theirs = base.clone();
    theirs.drafts[0].set(theirs_edit.0, theirs_edit.1.into(), 2);
    merge(&base, &ours, &theirs)
}

#[test]
fn two_tabs_editing_different_fields_of_one_draft_are_merged_by_field() {
    let merged = two_tabs(("goal-1", "Ours"), ("place", "Theirs"));
    assert_eq!(merged.doc.drafts.len(), 1);
    assert_eq!(merged.doc.drafts[0].value("goal-1"), "Ours");
    assert_eq!(merged.doc.drafts[0].value("place"), "Theirs");
    assert!(merged.notes.is_empty());
}

#[test]
fn two_tabs_editing_the_same_field_keep_both_versions_and_say_so() {
    let merged = two_tabs(("goal-1", "Ours"), ("goal-1", "Theirs"));
    assert_eq!(merged.doc.drafts.len(), 2);
    assert_eq!(merged.doc.drafts[0].value("goal-1"), "Ours");
    assert_eq!(merged.doc.drafts[1].value("goal-1"), "Theirs");
    assert!(merged.doc.drafts[1].title.ends_with(" (2)"));
    assert_eq!(merged.notes.len(), 1);
    assert!(merged.doc.validate().is_ok());
}

#[test]
fn ticks_of_the_organisation_s_terms_given_in_two_tabs_at_once_are_both_kept() {
    use mentoring_or_coaching::core::agreement::Term;
    let mut draft = Draft::new("d1".into(), AgreementKind::Mentoring, 0);
    draft.terms = vec![Term {
        title: "Confidentiality".into(),
        text: "Between us.".into(),
        both_tick: true,
        ticked: Default::default(),
    }];
    let base = Document {
        drafts: vec![draft],
        ..Document::default()
    };
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.drafts[0].tick_term(0, "mentee", true, 1);
    theirs.drafts[0].tick_term(0, "mentor", true, 2);
    let merged = merge(&base, &ours, &theirs).doc;
    assert_eq!(merged.drafts[0].terms_to_tick(), 0);
    // An untick in one tab, with nothing changed in the other, is kept too.
    let mut unticked = ours.clone();
    unticked.drafts[0].tick_term(0, "mentee", false, 3);
    let merged = merge(&ours, &unticked, &ours).doc;
    assert_eq!(merged.drafts[0].terms_to_tick(), 2);
}
