//! Drafts the native and browser tests share: complete ones, so each test changes only what it is about.
#![allow(dead_code)]

use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, FieldKind};

/// A complete draft of `kind`: every required field holds a value that fits.
pub fn complete(kind: AgreementKind) -> Draft {
    let mut d = Draft::new("a1".into(), kind, 0);
    for f in kind.template().fields().filter(|f| f.required) {
        let value = match f.kind {
            FieldKind::Tick => "yes".to_string(),
            FieldKind::Date => "2026-12-01".to_string(),
            FieldKind::Time => "17:30".to_string(),
            FieldKind::Number { min, .. } => min.to_string(),
            FieldKind::Choice(options) => options[0].id.to_string(),
            _ => format!("Answer for {}", f.id),
        };
        d.set(f.id, value, 1);
    }
    // A year long, so the dates pass the checks for slips (an end before the start, a review
    // interval longer than the agreement).
    d.set("end", "2027-12-01".into(), 1);
    d
}

/// A complete mentoring draft with real names for both parties, ready to sign.
pub fn complete_mentoring_with_names() -> Draft {
    let mut d = complete(AgreementKind::Mentoring);
    d.set("mentee-name", "Sam Lee".into(), 1);
    d.set("mentor-name", "Alex Kim".into(), 1);
    d
}

/// Compares with a golden file; `UPDATE_GOLDEN=1 cargo test` rewrites it after a deliberate change.
pub fn golden(name: &str, actual: &str) {
    let path = format!(
        "{}/tests/fixtures/golden/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path).expect("golden file exists");
    assert_eq!(actual, expected, "{name} differs from its golden file");
}
