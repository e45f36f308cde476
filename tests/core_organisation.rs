//! The organisation settings reader: every rule, every fallback, and the shipped example and schema kept in
//! step with the Rust types.

use mentoring_or_coaching::core::organisation::{
    accent_problem, closest, contrast_with_white, link_problem, logo_problem, read, Loaded,
    Settings, Severity, Source, MAX_BYTES,
};
use mentoring_or_coaching::core::text::{raw_pairs, Catalogue, Msg, PlainNumbers};
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../public/organisation.example.json");
const SCHEMA: &str = include_str!("../public/organisation.schema.json");

/// German, as the app reads it from the shipped file.
fn german() -> Catalogue {
    let json: Value =
        serde_json::from_str(include_str!("../public/lang/de.json")).expect("German is JSON");
    Catalogue::from_pairs("de", raw_pairs(&json).expect("one object")).0
}

fn from(value: Value) -> Loaded {
    read(Some(&value.to_string()))
}

fn paths(loaded: &Loaded) -> Vec<(&str, Severity)> {
    loaded
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.severity))
        .collect()
}

/// The problem at `path` in English, with its hint after it as the check page says it.
fn message(loaded: &Loaded, path: &str) -> String {
    loaded
        .problems
        .iter()
        .find(|p| p.path == path)
        .map(|p| match &p.hint {
            Some(hint) => format!("{} {}", p.message.english(), hint.english()),
            None => p.message.english(),
        })
        .unwrap_or_else(|| panic!("no problem at {path}: {:?}", loaded.problems))
}

#[test]
fn no_file_means_the_built_in_defaults_silently() {
    let loaded = read(None);
    assert_eq!(loaded, Loaded::default());
    assert_eq!(loaded.source, Source::None);
    assert!(!loaded.has_errors());
}

#[test]
fn a_web_page_served_in_its_place_means_the_defaults_silently() {
    for page in [
        "<!doctype html><html><body><h1>404 Not Found</h1></body></html>",
        "\n  <html><head><title>Not found</title></head></html>",
        "\u{feff}<!DOCTYPE html>",
        "",
        "   ",
    ] {
        let loaded = read(Some(page));
        assert_eq!(loaded.source, Source::None, "{page:?}");
        assert!(loaded.problems.is_empty(), "{page:?}");
        assert_eq!(loaded.settings, Settings::default());
    }
}

#[test]
fn broken_json_means_all_defaults_and_says_where() {
    let text = "{\n  \"organisation\": { \"name\": \"Northwind\" },\n  \"contacts\": [ { \"label\": \"HR\" } ]\n  \"version\": 1\n}";
    let loaded = read(Some(text));
    assert_eq!(loaded.source, Source::File);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.problems.len(), 1);
    let p = &loaded.problems[0];
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.path, "$");
    assert_eq!(p.at, Some((4, 3)));
    let said = p.message.english();
    assert!(said.contains("line 4, column 3"), "{said}");
    assert!(
        !said.contains(" at line "),
        "the position is said once: {said}"
    );
    assert!(loaded.has_errors());
}

#[test]
fn a_file_over_64_kb_is_refused_whole() {
    let big = format!(
        "{{\"organisation\": {{\"name\": \"{}\"}}}}",
        "a".repeat(MAX_BYTES)
    );
    let loaded = read(Some(&big));
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(paths(&loaded), [("$", Severity::Error)]);
    assert!(loaded.problems[0].message.english().contains("64 KB"));
    // Just under the cap is read.
    let name = "a".repeat(20);
    let fits = format!(
        "{{\"version\": 1, \"organisation\": {{\"name\": \"{name}\"}}}}{}",
        " ".repeat(MAX_BYTES - 70)
    );
    assert!(fits.len() <= MAX_BYTES);
    assert_eq!(
        read(Some(&fits)).settings.organisation.name.as_deref(),
        Some(name.as_str())
    );
}

#[test]
fn a_file_that_is_not_an_object_means_the_defaults() {
    for value in [json!([1, 2]), json!("Northwind"), json!(3), json!(null)] {
        let loaded = from(value.clone());
        assert_eq!(loaded.settings, Settings::default(), "{value}");
        assert_eq!(paths(&loaded), [("$", Severity::Error)], "{value}");
    }
}

#[test]
fn the_example_is_read_without_a_single_problem() {
    let loaded = read(Some(EXAMPLE));
    assert_eq!(loaded.problems, [], "the shipped example must be clean");
    let s = &loaded.settings;
    assert_eq!(s.organisation.name.as_deref(), Some("Northwind Health"));
    assert_eq!(
        s.organisation.logo.as_ref().map(|l| l.src.as_str()),
        Some("organisation.example-logo.svg")
    );
    assert_eq!(s.organisation.accent.as_deref(), Some("#0b5cad"));
    assert_eq!(s.contacts.len(), 1);
    assert_eq!(
        s.programmes.mentoring.name.as_deref(),
        Some("Mentoring Circle")
    );
    assert_eq!(s.programmes.coaching.sessions, Some(6));
    assert_eq!(
        s.agreement_defaults
            .mentoring
            .get("frequency")
            .map(String::as_str),
        Some("monthly")
    );
    assert_eq!(s.clauses.coaching.len(), 1);
    assert!(s.features.calendar_export);
}

/// The schema's properties at every level (following `$ref`), as JSON paths with `[]` for list items.
fn schema_paths(schema: &Value, node: &Value, at: &str, out: &mut Vec<String>) {
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/$defs/");
            &schema["$defs"][name]
        }
        None => node,
    };
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (key, child) in props {
            let path = format!("{at}.{key}");
            out.push(path.clone());
            schema_paths(schema, child, &path, out);
        }
    }
    if let Some(items) = node.get("items") {
        schema_paths(schema, items, &format!("{at}[]"), out);
    }
}

/// Every key path in a JSON value, with `[]` for list items (maps of field ids are left out).
fn value_paths(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) if !at.starts_with("$.agreement_defaults.") => {
            for (key, child) in map {
                let path = format!("{at}.{key}");
                out.push(path.clone());
                value_paths(child, &path, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                value_paths(item, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn example_schema_and_types_are_in_step() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let example: Value = serde_json::from_str(EXAMPLE).expect("the example is JSON");
    assert_eq!(example["$schema"], "./organisation.schema.json");
    let mut in_schema = Vec::new();
    schema_paths(&schema, &schema, "$", &mut in_schema);
    in_schema.sort();
    in_schema.dedup();
    let mut in_example = Vec::new();
    value_paths(&example, "$", &mut in_example);
    in_example.sort();
    in_example.dedup();
    // The Rust type, as the check page shows it: every setting, with its effective value.
    let effective = serde_json::to_value(read(Some(EXAMPLE)).settings).expect("settings serialise");
    let mut in_type = vec!["$.$schema".to_string()];
    value_paths(&effective, "$", &mut in_type);
    in_type.sort();
    in_type.dedup();
    assert_eq!(
        in_schema, in_example,
        "the example shows every setting the schema has, and no other"
    );
    assert_eq!(
        in_schema, in_type,
        "the Rust type has every setting the schema has, and no other"
    );
}

#[test]
fn the_schema_lists_the_same_choices_and_limits_as_the_reader() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let frequencies: Vec<&str> = schema["$defs"]["programme"]["properties"]["meeting_frequency"]
        ["enum"]
        .as_array()
        .expect("an enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ids: Vec<&str> = mentoring_or_coaching::core::organisation::FREQUENCIES
        .iter()
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(frequencies, ids);
    let org = &schema["properties"]["organisation"]["properties"];
    assert_eq!(org["name"]["maxLength"], 80);
    // Over the schema's limit, the reader drops it too.
    let loaded = from(
        json!({"version": 1, "organisation": {"name": "n".repeat(81), "team": "t".repeat(80)}}),
    );
    assert_eq!(loaded.settings.organisation.name, None);
    assert_eq!(
        loaded.settings.organisation.team.as_deref(),
        Some("t".repeat(80).as_str())
    );
    assert_eq!(paths(&loaded), [("$.organisation.name", Severity::Error)]);
    assert!(message(&loaded, "$.organisation.name").contains("81 characters"));
}

#[test]
fn a_wrong_type_drops_only_that_setting() {
    let loaded = from(json!({
        "version": 1,
        "organisation": {"name": 42, "team": "People team"},
        "programmes": {"mentoring": {"name": "Circle", "sessions": "six", "length_months": 9}},
        "features": {"calendar_export": "no", "sign_off": false},
        "contacts": {"label": "HR"}
    }));
    let s = &loaded.settings;
    assert_eq!(s.organisation.name, None);
    assert_eq!(s.organisation.team.as_deref(), Some("People team"));
    assert_eq!(s.programmes.mentoring.name.as_deref(), Some("Circle"));
    assert_eq!(s.programmes.mentoring.sessions, None);
    assert_eq!(s.programmes.mentoring.length_months, Some(9));
    assert!(
        s.features.calendar_export,
        "a broken switch keeps its default"
    );
    assert!(!s.features.sign_off);
    assert!(s.contacts.is_empty());
    assert_eq!(
        paths(&loaded),
        [
            ("$.organisation.name", Severity::Error),
            ("$.contacts", Severity::Error),
            ("$.programmes.mentoring.sessions", Severity::Error),
            ("$.features.calendar_export", Severity::Error),
        ]
    );
    assert!(message(&loaded, "$.organisation.name").contains("the number 42"));
}

#[test]
fn numbers_outside_their_range_are_dropped() {
    let loaded = from(json!({"version": 1, "programmes": {"coaching": {
        "length_months": 0, "meeting_minutes": 1000, "sessions": 6, "review_every_months": 2.5
    }}}));
    let c = &loaded.settings.programmes.coaching;
    assert_eq!(
        (
            c.length_months,
            c.meeting_minutes,
            c.sessions,
            c.review_every_months
        ),
        (None, None, Some(6), None)
    );
    assert_eq!(loaded.problems.len(), 3);
}

#[test]
fn javascript_and_other_unsafe_links_are_dropped() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://intranet.example/enrol",
        "//evil.example/enrol",
        "vbscript:x",
        "mailto:hr@example.org",
        "https://",
        "https://user@evil.example/",
        "https://intranet.example/a b",
    ] {
        let loaded = from(json!({"version": 1,
            "privacy_notice": bad,
            "programmes": {"mentoring": {"name": "Circle", "link": {"label": "Enrol", "url": bad}}},
            "contacts": [{"label": "HR", "url": bad, "email": "hr@example.org"}]
        }));
        let s = &loaded.settings;
        assert_eq!(s.privacy_notice, None, "{bad:?}");
        assert_eq!(s.programmes.mentoring.link, None, "{bad:?}");
        assert_eq!(
            s.programmes.mentoring.name.as_deref(),
            Some("Circle"),
            "only the link goes: {bad:?}"
        );
        assert_eq!(s.contacts.len(), 1, "the contact keeps its email: {bad:?}");
        assert_eq!(s.contacts[0].url, None, "{bad:?}");
        let p: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
        assert!(p.contains(&"$.privacy_notice"), "{bad:?}: {p:?}");
        assert!(
            p.contains(&"$.programmes.mentoring.link.url"),
            "{bad:?}: {p:?}"
        );
        assert!(p.contains(&"$.contacts[0].url"), "{bad:?}: {p:?}");
    }
    for good in [
        "https://intranet.example/enrol?x=1#top",
        "enrol.html",
        "../mentoring/",
        "/learning/mentoring",
    ] {
        assert_eq!(link_problem(good), None, "{good}");
    }
}

#[test]
fn a_logo_from_another_site_is_dropped() {
    for bad in [
        "https://cdn.example/logo.svg",
        "//cdn.example/logo.svg",
        "data:image/svg+xml,<svg/>",
        "javascript:x",
        "logo .svg",
    ] {
        let loaded = from(
            json!({"version": 1, "organisation": {"name": "Northwind", "logo": {"src": bad, "alt": "Northwind"}}}),
        );
        assert_eq!(loaded.settings.organisation.logo, None, "{bad:?}");
        assert_eq!(
            loaded.settings.organisation.name.as_deref(),
            Some("Northwind")
        );
        assert_eq!(
            paths(&loaded),
            [("$.organisation.logo.src", Severity::Error)],
            "{bad:?}"
        );
        assert!(logo_problem(bad).is_some());
    }
    for good in [
        "organisation/logo.svg",
        "./organisation/logo.png",
        "/brand/logo.webp",
    ] {
        assert_eq!(logo_problem(good), None, "{good}");
    }
}

#[test]
fn a_logo_takes_the_name_as_alt_text_or_is_dropped_without_either() {
    let named = from(
        json!({"version": 1, "organisation": {"name": "Northwind", "logo": {"src": "logo.svg"}}}),
    );
    assert_eq!(
        named.settings.organisation.logo.map(|l| l.alt).as_deref(),
        Some("Northwind")
    );
    assert!(named.problems.is_empty());
    let unnamed = from(json!({"version": 1, "organisation": {"logo": {"src": "logo.svg"}}}));
    assert_eq!(unnamed.settings.organisation.logo, None);
    assert_eq!(
        paths(&unnamed),
        [("$.organisation.logo.alt", Severity::Error)]
    );
    let no_src = from(json!({"version": 1, "organisation": {"logo": {"alt": "Northwind"}}}));
    assert_eq!(
        paths(&no_src),
        [("$.organisation.logo.src", Severity::Error)]
    );
}

#[test]
fn an_accent_colour_needs_4_5_to_1_contrast_with_white_text() {
    assert!(accent_problem("#0b5cad").is_none());
    assert!(accent_problem("#767676").is_none(), "4.54:1 is enough");
    assert!(accent_problem("#777777").is_some(), "4.48:1 is not");
    assert!(accent_problem("#ffff00").is_some());
    assert!(accent_problem("#000").is_none());
    for bad in ["blue", "#12345", "0b5cad", "#gggggg", "rgb(0,0,0)"] {
        assert!(accent_problem(bad).is_some(), "{bad}");
    }
    assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
    assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9);
    let pale =
        from(json!({"version": 1, "organisation": {"name": "Northwind", "accent": "#FFCC00"}}));
    assert_eq!(pale.settings.organisation.accent, None);
    assert_eq!(
        pale.settings.organisation.name.as_deref(),
        Some("Northwind")
    );
    assert!(message(&pale, "$.organisation.accent").contains("4.5:1"));
    let upper = from(json!({"version": 1, "organisation": {"accent": "#0B5CAD"}}));
    assert_eq!(
        upper.settings.organisation.accent.as_deref(),
        Some("#0b5cad")
    );
}

#[test]
fn unknown_keys_are_warnings_with_a_did_you_mean() {
    let loaded = from(json!({
        "version": 1,
        "organization": {"name": "Northwind"},
        "programmes": {"mentoring": {"nmae": "Circle", "name": "Circle"}},
        "features": {"calendar": false},
        "colour_scheme": "dark"
    }));
    assert!(
        !loaded.has_errors(),
        "unknown keys drop nothing that was known"
    );
    assert!(
        !loaded.has_errors(),
        "the employee is not told about warnings"
    );
    assert!(message(&loaded, "$.organization").contains("Did you mean \"organisation\"?"));
    assert!(message(&loaded, "$.programmes.mentoring.nmae").contains("Did you mean \"name\"?"));
    assert!(
        message(&loaded, "$.features.calendar").contains("Did you mean \"calendar_export\"?")
            || message(&loaded, "$.features.calendar").contains("Known keys here")
    );
    assert!(message(&loaded, "$.colour_scheme").contains("Known keys here"));
    assert!(loaded
        .problems
        .iter()
        .all(|p| p.severity == Severity::Warning));
    assert_eq!(
        loaded.settings.programmes.mentoring.name.as_deref(),
        Some("Circle")
    );
    assert_eq!(
        closest("programms", &["programmes", "contacts"]),
        Some("programmes")
    );
    assert_eq!(closest("zzz", &["programmes", "contacts"]), None);
    // A key that is not a plain word is quoted in the path.
    let odd = from(json!({"version": 1, "a b": 1}));
    assert_eq!(odd.problems[0].path, "$[\"a b\"]");
}

#[test]
fn the_version_line_is_asked_for_and_another_version_is_still_read() {
    let missing = from(json!({"organisation": {"name": "Northwind"}}));
    assert_eq!(paths(&missing), [("$.version", Severity::Warning)]);
    assert_eq!(
        missing.settings.organisation.name.as_deref(),
        Some("Northwind")
    );
    let two = from(json!({"version": 2, "organisation": {"name": "Northwind"}}));
    assert_eq!(paths(&two), [("$.version", Severity::Error)]);
    assert_eq!(two.settings.organisation.name.as_deref(), Some("Northwind"));
}

#[test]
fn contacts_need_a_label_and_a_usable_way_to_reach_them() {
    let loaded = from(json!({"version": 1, "contacts": [
        {"label": "the L&D team", "email": "learning@example.org"},
        {"email": "hr@example.org"},
        {"label": "HR", "email": "not an email"},
        {"label": "Intranet", "email": "bad", "url": "https://intranet.example/"},
        "HR"
    ]}));
    let labels: Vec<&str> = loaded
        .settings
        .contacts
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(labels, ["the L&D team", "Intranet"]);
    assert_eq!(loaded.settings.contacts[1].email, None);
    assert_eq!(
        paths(&loaded),
        [
            ("$.contacts[1].label", Severity::Error),
            ("$.contacts[2].email", Severity::Error),
            ("$.contacts[2]", Severity::Error),
            ("$.contacts[3].email", Severity::Error),
            ("$.contacts[4]", Severity::Error),
        ]
    );
    let many = from(
        json!({"version": 1, "contacts": vec![json!({"label": "HR", "email": "hr@example.org"}); 7]}),
    );
    assert_eq!(many.settings.contacts.len(), 5);
    assert_eq!(paths(&many), [("$.contacts", Severity::Error)]);
}

#[test]
fn only_a_dropped_setting_tells_the_employee_and_the_first_contact_is_named() {
    let loaded = from(
        json!({"version": 1, "contacts": [{"label": "the L&D team", "email": "learning@example.org"}], "organisation": {"accent": "#ffff00"}}),
    );
    assert!(loaded.has_errors(), "a setting was dropped");
    assert_eq!(
        loaded.settings.contacts.first().map(|c| c.label.as_str()),
        Some("the L&D team"),
        "the contact the calm line names"
    );
    let no_contact = from(json!({"version": 1, "organisation": {"accent": "#ffff00"}}));
    assert!(no_contact.has_errors());
    assert!(no_contact.settings.contacts.is_empty());
    assert!(!read(Some(EXAMPLE)).has_errors());
}

#[test]
fn agreement_defaults_must_name_a_field_and_fit_it() {
    let loaded = from(json!({"version": 1, "agreement_defaults": {
        "mentoring": {"frequency": "monthly", "frequncy": "weekly", "length": "2 hours", "limits-ack": true, "no-fault": false, "place": "Room 4", "start": "2027-02-30"},
        "coaching": {"three-way": "start-only", "sessions": 6}
    }}));
    let m = &loaded.settings.agreement_defaults.mentoring;
    assert_eq!(m.get("frequency").map(String::as_str), Some("monthly"));
    assert_eq!(m.get("limits-ack").map(String::as_str), Some("yes"));
    assert_eq!(m.get("place").map(String::as_str), Some("Room 4"));
    assert!(
        !m.contains_key("length")
            && !m.contains_key("frequncy")
            && !m.contains_key("no-fault")
            && !m.contains_key("start")
    );
    assert!(message(&loaded, "$.agreement_defaults.mentoring.frequncy")
        .contains("Did you mean \"frequency\"?"));
    assert!(message(&loaded, "$.agreement_defaults.mentoring.length").contains("\"60-minutes\""));
    assert!(message(&loaded, "$.agreement_defaults.mentoring.start").contains("YYYY-MM-DD"));
    let c = &loaded.settings.agreement_defaults.coaching;
    assert_eq!(c.get("three-way").map(String::as_str), Some("start-only"));
    assert!(
        !c.contains_key("sessions"),
        "a number where a choice id is expected"
    );
}

#[test]
fn clauses_need_a_title_and_text_and_default_to_both_ticking() {
    let loaded = from(json!({"version": 1, "clauses": {
        "mentoring": [
            {"title": "Confidentiality", "text": "What we say stays here."},
            {"title": "No text"},
            {"title": "Too long", "text": "x".repeat(2001)},
            {"title": "Optional", "text": "Read me.", "both_tick": false}
        ],
        "coaching": "none"
    }}));
    let m = &loaded.settings.clauses.mentoring;
    assert_eq!(m.len(), 2);
    assert!(m[0].both_tick);
    assert!(!m[1].both_tick);
    assert_eq!(
        paths(&loaded),
        [
            ("$.clauses.mentoring[1].text", Severity::Error),
            ("$.clauses.mentoring[2].text", Severity::Error),
            ("$.clauses.mentoring[2]", Severity::Error),
            ("$.clauses.coaching", Severity::Error),
        ]
    );
    let many = from(
        json!({"version": 1, "clauses": {"coaching": vec![json!({"title": "T", "text": "X"}); 11]}}),
    );
    assert_eq!(many.settings.clauses.coaching.len(), 10);
}

#[test]
fn a_meeting_frequency_must_be_one_of_the_known_ones() {
    let loaded =
        from(json!({"version": 1, "programmes": {"mentoring": {"meeting_frequency": "montly"}}}));
    assert_eq!(loaded.settings.programmes.mentoring.meeting_frequency, None);
    assert!(message(&loaded, "$.programmes.mentoring.meeting_frequency")
        .contains("Did you mean \"monthly\"?"));
}

#[test]
fn text_with_control_characters_is_dropped_and_empty_text_is_unset() {
    let loaded =
        from(json!({"version": 1, "organisation": {"name": "North\u{0}wind", "team": "   "}}));
    assert_eq!(loaded.settings.organisation.name, None);
    assert_eq!(loaded.settings.organisation.team, None);
    assert_eq!(paths(&loaded), [("$.organisation.name", Severity::Error)]);
}

#[test]
fn a_programme_says_its_practicalities_in_one_sentence() {
    let s = read(Some(EXAMPLE)).settings;
    assert_eq!(
        s.programmes.mentoring.practicalities().map(|m| m.english()).as_deref(),
        Some("It usually lasts 9 months, has 9 sessions, meets every month for 60 minutes, reviews progress every 3 months and has no three-way meeting with your manager.")
    );
    assert_eq!(
        Settings::default().programmes.coaching.practicalities(),
        None
    );
    let one = from(json!({"version": 1, "programmes": {"coaching": {"sessions": 1}}}));
    assert_eq!(
        one.settings
            .programmes
            .coaching
            .practicalities()
            .map(|m| m.english())
            .as_deref(),
        Some("It has 1 session.")
    );
}

#[test]
fn the_check_page_has_its_own_address() {
    use mentoring_or_coaching::core::route::Route;
    assert_eq!(Route::parse("#/organisation"), Route::Organisation);
    assert_eq!(Route::Organisation.hash(), "#/organisation");
    assert_eq!(
        Route::parse(&Route::Organisation.hash()),
        Route::Organisation
    );
    assert!(Route::Organisation
        .title()
        .english()
        .starts_with("Organisation settings check"));
    assert_eq!(Route::parse("#/organisation/x"), Route::Welcome);
}

#[test]
fn a_new_draft_takes_the_defaults_of_its_kind_as_its_own_values() {
    use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
    let settings = read(Some(EXAMPLE)).settings;
    let mut draft = Draft::new("d1".into(), AgreementKind::Coaching, 0);
    draft.fields.insert("frequency".into(), "weekly".into());
    draft.prefilled.insert("frequency".into());
    draft.fields.insert("goal-1".into(), "Lead the team".into());
    settings.start_draft(&mut draft);
    assert_eq!(
        draft.value("frequency"),
        "every-3-weeks",
        "the programme's terms win over a suggestion"
    );
    assert!(!draft.prefilled.contains("frequency"));
    assert_eq!(draft.value("three-way"), "start-and-end");
    assert_eq!(draft.value("goal-1"), "Lead the team");
    assert!(
        draft.value("review-every").is_empty(),
        "mentoring's defaults stay out of coaching"
    );
    // The values are the draft's own: the fingerprint covers them, and new settings change nothing.
    let before = draft.fingerprint();
    let mut later = read(Some(
        &EXAMPLE.replace("every-3-weeks\", \"length\"", "weekly\", \"length\""),
    ))
    .settings;
    assert_eq!(
        later
            .agreement_defaults
            .coaching
            .get("frequency")
            .map(String::as_str),
        Some("weekly")
    );
    later.features.sign_off = false;
    assert_eq!(draft.fingerprint(), before);
    assert_eq!(draft.value("frequency"), "every-3-weeks");
}

#[test]
fn a_new_draft_carries_the_programme_name_and_the_clauses_as_its_own_words() {
    use mentoring_or_coaching::core::agreement::{AgreementKind, Draft, Status};
    let settings = read(Some(EXAMPLE)).settings;
    let mut draft = Draft::new("d1".into(), AgreementKind::Mentoring, 0);
    settings.start_draft(&mut draft);
    assert_eq!(draft.programme.as_deref(), Some("Mentoring Circle"));
    assert_eq!(draft.terms.len(), 1);
    assert_eq!(draft.terms[0].title, "Confidentiality at Northwind");
    assert!(draft.terms[0].both_tick);
    assert!(draft.terms[0].ticked.is_empty());
    // Each clause both must tick needs a tick from each of the two.
    assert_eq!(draft.terms_to_tick(), 2);
    assert_eq!(draft.status(), Status::Draft);
    // A later edit of the file changes nothing in the draft or its fingerprint.
    let before = draft.fingerprint();
    let later = read(Some(&EXAMPLE.replace(
        "What we discuss stays between us",
        "What we discuss stays with us",
    )))
    .settings;
    assert_ne!(later.clauses.mentoring, settings.clauses.mentoring);
    assert_eq!(draft.fingerprint(), before);
    assert_eq!(
        draft.terms[0].text,
        "What we discuss stays between us, unless someone's safety is at risk."
    );
}

#[test]
fn the_programme_s_practicalities_fill_the_matching_fields_and_the_defaults_win() {
    use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
    let settings = from(json!({
        "version": 1,
        "programmes": {
            "mentoring": { "meeting_frequency": "every-2-months", "meeting_minutes": 45, "review_every_months": 6, "sessions": 9 },
            "coaching": { "meeting_frequency": "every-2-months", "meeting_minutes": 90, "sessions": 8, "sponsor_meeting": false }
        },
        "agreement_defaults": { "coaching": { "length": "60-minutes" } }
    }))
    .settings;
    let mut mentoring = Draft::new("m".into(), AgreementKind::Mentoring, 0);
    settings.start_draft(&mut mentoring);
    assert_eq!(mentoring.value("frequency"), "every-2-months");
    assert_eq!(mentoring.value("length"), "45-minutes");
    assert_eq!(mentoring.value("review-every"), "every-6-months");
    assert_eq!(
        mentoring.retired.len(),
        0,
        "mentoring has no sessions field"
    );
    let mut coaching = Draft::new("c".into(), AgreementKind::Coaching, 0);
    settings.start_draft(&mut coaching);
    assert_eq!(
        coaching.value("frequency"),
        "",
        "coaching offers no every two months"
    );
    assert_eq!(coaching.value("length"), "60-minutes", "the default wins");
    assert_eq!(coaching.value("sessions"), "8");
    assert_eq!(coaching.value("three-way"), "none");
    // What could not be placed is named for the check page; fields the kind lacks are not.
    assert_eq!(
        settings
            .programmes
            .coaching
            .unplaced(AgreementKind::Coaching),
        ["meeting_frequency"]
    );
    assert_eq!(
        settings
            .programmes
            .mentoring
            .unplaced(AgreementKind::Mentoring),
        Vec::<&str>::new()
    );
    // The shipped example places everything it sets.
    let example = read(Some(EXAMPLE)).settings;
    for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
        assert_eq!(
            example.programmes.get(kind).unplaced(kind),
            Vec::<&str>::new()
        );
    }
}

#[test]
fn a_problem_s_place_is_said_as_the_file_is_laid_out() {
    let place =
        |path: &str| mentoring_or_coaching::core::organisation::place(path).words(Msg::english);
    assert_eq!(place("$"), "the whole file");
    assert_eq!(
        place("$.programmes.mentoring.link.url"),
        "programmes \u{203a} mentoring \u{203a} link \u{203a} url"
    );
    assert_eq!(
        place("$.contacts[1].email"),
        "contacts \u{203a} item 2 \u{203a} email"
    );
    assert_eq!(
        place("$.agreement_defaults.coaching[\"goal 1\"]"),
        "agreement_defaults \u{203a} coaching \u{203a} goal 1"
    );
    // In German the keys stay as written in the file; the words around them are German.
    let german = german();
    let in_german = |path: &str| {
        mentoring_or_coaching::core::organisation::place(path)
            .words(|m| german.say(m, &PlainNumbers))
    };
    assert_eq!(in_german("$"), "die ganze Datei");
    assert_eq!(
        in_german("$.contacts[1].email"),
        "contacts \u{203a} Eintrag 2 \u{203a} email"
    );
}

#[test]
fn type_messages_name_what_was_expected_in_words_an_editor_knows() {
    let loaded =
        from(json!({ "version": 1, "contacts": { "label": "HR" }, "organisation": { "name": 5 } }));
    assert_eq!(
        message(&loaded, "$.contacts"),
        "This should be a list of contacts in square brackets ([ … ]), but it is a group in curly brackets; no contacts are shown."
    );
    assert_eq!(
        message(&loaded, "$.organisation.name"),
        "This should be text in double quotes, but it is the number 5; this setting is not used."
    );
}

#[test]
fn a_site_s_address_without_https_is_refused_but_a_page_here_is_not() {
    for bad in [
        "intranet.northwind.example/privacy",
        "www.northwind.example",
    ] {
        assert!(
            link_problem(bad).is_some_and(|m| m.english().contains("https://")),
            "{bad}"
        );
    }
    assert!(logo_problem("cdn.example.com/logo.svg").is_some());
    for good in [
        "privacy.html",
        "./policies/privacy.html",
        "/privacy",
        "../help/",
    ] {
        assert_eq!(link_problem(good), None, "{good}");
    }
    let loaded =
        from(json!({ "version": 1, "privacy_notice": "intranet.northwind.example/privacy" }));
    assert_eq!(loaded.settings.privacy_notice, None);
    assert_eq!(paths(&loaded), [("$.privacy_notice", Severity::Error)]);
}

#[test]
fn the_programme_s_length_sets_the_end_date_from_the_start() {
    use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
    let settings = read(Some(EXAMPLE)).settings;
    let mut draft = Draft::new("d1".into(), AgreementKind::Mentoring, 0);
    draft.set("start", "2026-12-01".into(), 0);
    draft.set("end", "2027-12-01".into(), 0);
    settings.start_draft(&mut draft);
    assert_eq!(
        draft.value("end"),
        "2027-09-01",
        "the Mentoring Circle lasts 9 months"
    );
    let mut coaching = Draft::new("d2".into(), AgreementKind::Coaching, 0);
    coaching.set("start", "2026-12-01".into(), 0);
    settings.start_draft(&mut coaching);
    assert_eq!(coaching.value("end"), "2027-04-01");
    // An open-ended relationship keeps no end date.
    let mut open = Draft::new("d3".into(), AgreementKind::Mentoring, 0);
    open.set("start", "2026-12-01".into(), 0);
    open.set("open-ended", "yes".into(), 0);
    settings.start_draft(&mut open);
    assert_eq!(open.value("end"), "");
}

#[test]
fn the_languages_offered_are_codes_and_the_default_is_one_of_them() {
    let loaded =
        from(json!({ "version": 1, "languages": ["de", "en", "de"], "default_language": "de" }));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.settings.languages, ["de", "en"]);
    assert_eq!(loaded.settings.default_language.as_deref(), Some("de"));

    // A code names a file beside the page: anything else is left out, and said so.
    let loaded = from(json!({ "version": 1, "languages": ["en", "../evil", "DE", 3, "pt-BR"] }));
    assert_eq!(loaded.settings.languages, ["en", "pt-BR"]);
    assert_eq!(
        paths(&loaded),
        [
            ("$.languages[1]", Severity::Error),
            ("$.languages[2]", Severity::Error),
            ("$.languages[3]", Severity::Error)
        ]
    );
    assert!(message(&loaded, "$.languages[1]").contains("not a language code"));

    let loaded = from(json!({ "version": 1, "languages": ["en"], "default_language": "fr" }));
    assert_eq!(loaded.settings.default_language, None);
    assert!(message(&loaded, "$.default_language").contains("not in \"languages\""));
    let loaded = from(json!({ "version": 1, "languages": "en, de" }));
    assert!(loaded.settings.languages.is_empty());
    assert!(message(&loaded, "$.languages").contains("list of language codes"));
}

/// Files with one of every kind of mistake the reader names, so every message is seen.
fn every_kind_of_mistake() -> Vec<Loaded> {
    let mut files = vec![
        read(Some("{ \"version\": 1,, }")),
        read(Some(&format!("{{\"a\": \"{}\"}}", "a".repeat(MAX_BYTES)))),
        from(json!([1, 2])),
        from(json!({"organization": {}, "colour_scheme": "dark"})),
    ];
    files.push(from(json!({
        "version": 2,
        "organisation": {
            "name": 5, "team": "a".repeat(81), "accent": "#ffff00",
            "logo": {"src": "https://cdn.example/logo.svg", "alt": "x"}
        },
        "contacts": [{"email": "hr@example.org"}, {"label": "HR", "email": "not an email"}, "HR"],
        "privacy_notice": "javascript:alert(1)",
        "programmes": {
            "mentoring": {"length_months": 99, "sessions": "six", "sponsor_meeting": "yes",
                "meeting_frequency": "weakly", "link": {"url": "https://example.org/"}},
            "coaching": {"link": {"label": "Book"}, "description": "line\u{7}"}
        },
        "agreement_defaults": {"mentoring": {"frequncy": "weekly", "length": "2 hours", "start": "2027-02-30"},
            "coaching": "monthly"},
        "clauses": {"mentoring": [{"text": "x"}, {"title": "T"}, {"title": "T", "text": 5}], "coaching": {}},
        "features": {"sign_off": "no"},
        "languages": ["en", "EN"],
        "default_language": "xx-!"
    })));
    files.push(from(
        json!({"version": 1, "organisation": {"accent": "blue", "logo": {"alt": "x"}},
        "contacts": vec![json!({"label": "HR", "email": "hr@example.org"}); 7],
        "clauses": {"coaching": vec![json!({"title": "T", "text": "x"}); 11]},
        "languages": "en", "default_language": "fr"}),
    ));
    files.push(from(
        json!({"version": 1, "organisation": {"logo": {"src": "a b.svg"}}}),
    ));
    files.push(from(
        json!({"version": 1, "organisation": {"logo": {"src": "logo.svg"}},
        "languages": ["en"], "default_language": "fr",
        "agreement_defaults": {"coaching": {"lenght": "60-minutes"}},
        "clauses": {"mentoring": [{"title": "T", "text": "a".repeat(2001)}]}}),
    ));
    files
}

#[test]
fn every_problem_is_said_from_the_catalogue_in_english_and_in_german() {
    let german = german();
    let mut seen = std::collections::BTreeSet::new();
    for loaded in every_kind_of_mistake() {
        for p in &loaded.problems {
            for msg in std::iter::once(&p.message).chain(&p.hint) {
                seen.insert(msg.key.name());
                let english = msg.english();
                let deutsch = german.say(msg, &PlainNumbers);
                for said in [&english, &deutsch] {
                    // Every placeholder is filled; the only braces are the example of a group.
                    let unfilled = said.replace("{ \u{2026} }", "");
                    assert!(!unfilled.contains('{'), "{}: {said}", p.path);
                }
                assert_ne!(english, deutsch, "{} is in German too", p.path);
                assert!(
                    msg.key.name().starts_with("orgcheck."),
                    "{}",
                    msg.key.name()
                );
            }
        }
    }
    assert!(seen.len() >= 39, "{} kinds seen: {seen:?}", seen.len());
}

#[test]
fn numbers_and_json_stay_as_written_while_the_words_around_them_are_german() {
    let german = german();
    let say = |loaded: &Loaded, path: &str| {
        let p = loaded
            .problems
            .iter()
            .find(|p| p.path == path)
            .unwrap_or_else(|| panic!("no problem at {path}"));
        let mut said = german.say(&p.message, &PlainNumbers);
        if let Some(hint) = &p.hint {
            said = format!("{said} {}", german.say(hint, &PlainNumbers));
        }
        said
    };
    let loaded = from(
        json!({"version": 1, "organisation": {"name": 5, "accent": "#ffff00"},
        "programms": {}, "programmes": {"mentoring": {"length_months": 99}}}),
    );
    assert_eq!(
        say(&loaded, "$.organisation.name"),
        "Hier sollte Text in doppelten Anführungszeichen stehen, es ist aber die Zahl 5; diese Einstellung wird nicht verwendet."
    );
    assert_eq!(
        say(&loaded, "$.programms"),
        "\"programms\" ist keine Einstellung, die diese App kennt, und wird deshalb ignoriert. Meintest du \"programmes\"?"
    );
    assert!(say(&loaded, "$.programmes.mentoring.length_months")
        .starts_with("99 liegt nicht zwischen 1 und 36"));
    // The contrast is written with the language's decimal mark, and never rounded up to enough.
    let accent = say(&loaded, "$.organisation.accent");
    assert!(
        accent.contains("1,0:1") && accent.contains("4,5:1"),
        "{accent}"
    );
    assert!(message(&loaded, "$.organisation.accent").contains("1.0:1"));
    let nearly = accent_problem("#777777").expect("4.48:1 is not enough");
    assert!(nearly.english().contains("4.4:1"), "{}", nearly.english());
}
