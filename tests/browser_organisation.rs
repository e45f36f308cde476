//! Component tests of where an organisation's settings show: the header, the result's programmes and
//! contacts, the calm line for unusable settings, defaults in new drafts, features turned off, and the
//! administrator's check page.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
use mentoring_or_coaching::core::document::{encode, Document};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::*;

const EXAMPLE: &str = include_str!("../public/organisation.example.json");

/// What index.html's loader leaves on the page: the file's text, or null without one.
fn serve(text: Option<&str>) {
    let value = text.map_or(JsValue::NULL, JsValue::from_str);
    js_sys::Reflect::set(
        &window(),
        &"organisationFile".into(),
        &js_sys::Promise::resolve(&value),
    )
    .expect("set");
}

/// The control a `<label>` with exactly this text names, as a screen reader finds it.
fn labelled(root: &HtmlElement, text: &str) -> Option<HtmlElement> {
    let labels = root.query_selector_all("label").expect("query");
    let label = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlLabelElement>().ok())
        .find(|l| l.text_content().unwrap_or_default().trim() == text)?;
    root.query_selector(&format!("#{}", label.html_for()))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).expect("query").length()
}

#[wasm_bindgen_test]
async fn the_header_and_the_result_show_the_organisations_programme_and_contacts() {
    serve(Some(EXAMPLE));
    let root = fresh(Some(&encode(&coaching_answers())));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".org-name") == "Northwind Health").await);
    let logo = root
        .query_selector(".org img")
        .ok()
        .flatten()
        .expect("logo");
    assert_eq!(
        logo.get_attribute("src").as_deref(),
        Some("organisation.example-logo.svg")
    );
    assert_eq!(
        logo.get_attribute("alt").as_deref(),
        Some(""),
        "the name beside it says it already"
    );
    assert!(wait_for(|| text(&root, "h1").contains("Coaching")).await);
    let section = text(&root, ".org-programmes");
    assert!(
        section.contains("At Northwind Health")
            && section.contains("Coaching for Growth")
            && section.contains("Coaching programme"),
        "{section}"
    );
    assert!(
        !section.contains("Mentoring Circle"),
        "a settled result shows its own kind only: {section}"
    );
    assert!(
        section.contains("It usually lasts 4 months, has 6 sessions"),
        "{section}"
    );
    let book = control(&root, "Book a first conversation with a coach");
    assert_eq!(
        book.get_attribute("href").as_deref(),
        Some("https://intranet.northwind.example/coaching/book")
    );
    assert!(
        section.contains("Ask the Learning and Development team"),
        "{section}"
    );
    let mail = control(&root, "learning@northwind.example");
    assert_eq!(
        mail.get_attribute("href").as_deref(),
        Some("mailto:learning@northwind.example")
    );
    assert_eq!(count(&root, ".org-notice"), 0, "nothing went wrong");
    // The accent colour is the organisation's.
    let style = document()
        .document_element()
        .expect("root")
        .get_attribute("style")
        .unwrap_or_default();
    assert!(style.contains("--org-accent: #0b5cad"), "{style}");
    serve(None);
}

#[wasm_bindgen_test]
async fn an_unsafe_link_is_left_out_and_the_employee_sees_one_calm_line() {
    let file = EXAMPLE.replace(
        "https://intranet.northwind.example/coaching/book",
        "javascript:alert(1)",
    );
    serve(Some(&file));
    let root = fresh(Some(&encode(&coaching_answers())));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".org-programmes").contains("Coaching for Growth")).await);
    assert!(find_control(&root, "Book a first conversation with a coach").is_none());
    let links = root.query_selector_all("a").expect("links");
    for i in 0..links.length() {
        let href = links
            .item(i)
            .and_then(|a| a.dyn_into::<web_sys::Element>().ok())
            .and_then(|a| a.get_attribute("href"))
            .unwrap_or_default();
        assert!(!href.to_lowercase().contains("javascript"), "{href}");
    }
    assert_eq!(count(&root, ".org-notice"), 1);
    assert_eq!(
        text(&root, ".org-notice"),
        "Some of your organisation's settings could not be used. If something looks wrong, tell the Learning and Development team."
    );
    serve(None);
}

#[wasm_bindgen_test]
async fn without_a_file_nothing_of_an_organisation_shows() {
    serve(None);
    let root = fresh(Some(&encode(&coaching_answers())));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1").contains("Coaching")).await);
    frames(3).await;
    assert_eq!(count(&root, ".org *"), 0);
    assert_eq!(count(&root, ".org-programmes"), 0);
    assert_eq!(count(&root, ".org-notice"), 0);
}

/// Opens the check page with `file` as organisation.json; the second value keeps the app mounted.
fn open_check_page(file: &str) -> (HtmlElement, impl Sized) {
    serve(Some(file));
    let root = fresh(None);
    go("#/organisation");
    let app = mount(&root);
    (root, app)
}

/// With the example file in effect, drafts a coaching agreement from a coaching result, as a person
/// would; the second value keeps the app mounted.
async fn draft_coaching_from_example() -> (HtmlElement, impl Sized) {
    serve(Some(EXAMPLE));
    let root = fresh(Some(&encode(&coaching_answers())));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".org-name") == "Northwind Health").await);
    assert!(wait_for(|| find_control(&root, "Draft a coaching agreement").is_some()).await);
    control(&root, "Draft a coaching agreement").click();
    (root, _app)
}

#[wasm_bindgen_test]
async fn a_new_draft_starts_with_the_organisations_defaults() {
    let (root, _app) = draft_coaching_from_example().await;
    assert!(wait_for(|| hash().starts_with("#/agreement/")).await);
    assert!(
        wait_for(|| stored_doc()
            .drafts
            .first()
            .is_some_and(|d| d.value("frequency") == "every-3-weeks"))
        .await
    );
    let draft = stored_doc().drafts.remove(0);
    assert_eq!(draft.value("three-way"), "start-and-end");
    assert_eq!(draft.value("length"), "60-minutes");
    // The agreement names who to ask, too.
    assert!(
        wait_for(|| text(&root, ".org-contacts").contains("the Learning and Development team"))
            .await
    );
    serve(None);
}

#[wasm_bindgen_test]
async fn a_new_draft_carries_the_programme_and_its_clauses_and_each_person_ticks_theirs() {
    let (root, _app) = draft_coaching_from_example().await;
    assert!(wait_for(|| labelled(&root, "The coachee agrees").is_some()).await);
    // The programme is named with the status, and the clause is there with its own words.
    assert!(text(&root, ".editor .meta").contains("Coaching for Growth"));
    let terms = text(&root, ".terms");
    assert!(terms.contains("Coaching records"), "{terms}");
    assert!(
        terms.contains("deletes them three months after it ends"),
        "{terms}"
    );
    assert!(terms.contains("Still to do: 2 boxes to tick"), "{terms}");
    // Ticking is saved as that person's, and counted.
    labelled(&root, "The coachee agrees").expect("tick").click();
    assert!(
        wait_for(|| stored_doc()
            .drafts
            .first()
            .is_some_and(|d| d.terms_to_tick() == 1))
        .await
    );
    let draft = stored_doc().drafts.remove(0);
    assert_eq!(draft.programme.as_deref(), Some("Coaching for Growth"));
    assert!(draft.terms[0].ticked.contains("coachee"));
    assert!(wait_for(|| text(&root, ".terms").contains("Still to do: 1 box to tick")).await);
    // The printed copy carries the clause and its ticks too.
    assert!(
        wait_for(|| text(&root, ".agreement-document").contains("[x] The coachee agrees")).await
    );
    assert!(text(&root, ".agreement-document").contains("Programme: Coaching for Growth"));
    serve(None);
}

#[wasm_bindgen_test]
async fn features_an_organisation_turns_off_are_not_offered() {
    let file = EXAMPLE.replace(
        "\"features\": { \"calendar_export\": true, \"partner_file\": true, \"sign_off\": true }",
        "\"features\": { \"calendar_export\": false, \"partner_file\": false, \"sign_off\": false }",
    );
    assert_ne!(file, EXAMPLE);
    serve(Some(&file));
    let mut doc = Document::default();
    doc.drafts
        .push(Draft::new("a1".into(), AgreementKind::Mentoring, 0));
    let root = fresh(Some(&encode(&doc)));
    go("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| find_control(&root, "Download as Markdown").is_some()).await);
    assert!(wait_for(|| find_control(&root, "Download the agreement file").is_none()).await);
    assert!(find_control(&root, "Add the dates to a calendar (.ics)").is_none());
    assert_eq!(count(&root, ".signatures"), 0, "no sign-off");
    serve(None);
}

#[wasm_bindgen_test]
async fn every_feature_is_offered_without_a_file() {
    serve(None);
    let mut doc = Document::default();
    doc.drafts
        .push(Draft::new("a1".into(), AgreementKind::Mentoring, 0));
    let root = fresh(Some(&encode(&doc)));
    go("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| find_control(&root, "Download the agreement file").is_some()).await);
    assert!(find_control(&root, "Add the dates to a calendar (.ics)").is_some());
    assert!(count(&root, ".signatures") > 0);
}

#[wasm_bindgen_test]
async fn the_check_page_lists_every_problem_and_every_setting_in_effect() {
    let file = EXAMPLE
        .replace("\"#0b5cad\"", "\"#ffff00\"")
        .replace("\"programmes\"", "\"programs\": {}, \"programmes\"");
    let (root, _app) = open_check_page(&file);
    assert!(wait_for(|| text(&root, "h1") == "Organisation settings check").await);
    assert!(wait_for(|| count(&root, ".problems li") == 2).await);
    let problems = text(&root, ".problems");
    assert!(problems.contains("$.organisation.accent"), "{problems}");
    // Each problem says where it is in the file's own words before the exact path.
    assert!(
        problems.contains("organisation \u{203a} accent"),
        "{problems}"
    );
    assert!(problems.contains("4.5:1"), "{problems}");
    assert!(
        problems.contains("$.programs") && problems.contains("Did you mean \"programmes\"?"),
        "{problems}"
    );
    let table = text(&root, ".org-settings");
    assert!(
        table.contains("$.organisation.name") && table.contains("Northwind Health"),
        "{table}"
    );
    assert!(
        table.contains("$.organisation.accent") && table.contains("Not set"),
        "{table}"
    );
    assert!(table.contains("$.features.sign_off"), "{table}");
    // Laid out as the file is, the organisation first; the format version is no setting in effect.
    let first_row = text(&root, ".org-settings tbody tr");
    assert!(first_row.contains("$.organisation."), "{first_row}");
    assert!(!table.contains("$.version"), "{table}");
    assert!(
        table.find("$.organisation.name") < table.find("$.contacts"),
        "{table}"
    );
    serve(None);
}

#[wasm_bindgen_test]
async fn the_check_page_says_where_broken_json_is() {
    let (root, _app) = open_check_page("{\n  \"version\": 1,\n  \"organisation\": { \"name\": \"Northwind\" }\n  \"contacts\": []\n}");
    assert!(wait_for(|| text(&root, ".problems").contains("line 4, column 3")).await);
    assert_eq!(
        count(&root, ".org-name"),
        0,
        "none of a broken file is used"
    );
    serve(None);
}

#[wasm_bindgen_test]
async fn the_check_page_without_a_file_says_the_built_in_settings_are_in_use() {
    let (root, _app) = open_check_page("<!doctype html><title>404 Not Found</title>");
    assert!(
        wait_for(
            || text(&root, ".org-check [role=status]").contains("No organisation.json was found")
        )
        .await
    );
    assert_eq!(count(&root, ".problems"), 0);
    serve(None);
}

#[wasm_bindgen_test]
async fn a_storage_problem_names_who_to_ask() {
    serve(Some(EXAMPLE));
    // Damaged data: set aside, and the banner explains.
    let root = fresh(Some("{ this is not a document"));
    let _app = mount(&root);
    assert!(
        wait_for(|| text(&root, ".banner")
            .contains("If this keeps happening, ask the Learning and Development team"))
        .await
    );
    assert_eq!(count(&root, ".org-notice"), 0);
    serve(None);
}

#[wasm_bindgen_test]
async fn the_check_page_says_when_the_logo_file_is_missing() {
    let file = EXAMPLE.replace(
        "organisation.example-logo.svg",
        "organisation/not-there.svg",
    );
    let (root, _app) = open_check_page(&file);
    assert!(wait_for(|| text(&root, "h1") == "Organisation settings check").await);
    assert!(
        wait_for(|| text(&root, ".org-check").contains(
            "Not used: the logo file could not be loaded from organisation/not-there.svg"
        ))
        .await
    );
    serve(None);
}

#[wasm_bindgen_test]
async fn the_check_page_speaks_german_when_the_language_is_german() {
    let file = EXAMPLE
        .replace("\"#0b5cad\"", "\"#ffff00\"")
        .replace("\"programmes\"", "\"programs\": {}, \"programmes\"");
    let german = german();
    let (root, _app) = open_check_page(&file);
    assert!(wait_for(|| text(&root, "h1") == "Organisation settings check").await);
    assert!(wait_for(|| count(&root, ".problems li") == 2).await);
    choose_language(&root, "de");
    assert!(
        wait_for(|| text(&root, "h1")
            == german.get(mentoring_or_coaching::core::text::key::TITLE_ORGANISATION))
        .await,
        "{}",
        text(&root, "h1")
    );
    assert!(wait_for(|| count(&root, ".problems li") == 2).await);
    let summary = text(&root, ".org-check [role=status]");
    assert!(
        summary.contains("1 Einstellung konnte nicht verwendet werden")
            && summary.contains("1 Warnung"),
        "{summary}"
    );
    let problems = text(&root, ".problems");
    // The words are German; the file's keys, paths and values stay as they are written in it.
    assert!(
        problems.contains("Nicht verwendet: organisation \u{203a} accent")
            && problems.contains("($.organisation.accent)")
            && problems.contains("Weiße Schrift auf #ffff00")
            && problems.contains("4,5:1"),
        "{problems}"
    );
    assert!(
        problems.contains("Warnung: programs")
            && problems.contains("\"programs\" ist keine Einstellung, die diese App kennt")
            && problems.contains("Meintest du \"programmes\"?"),
        "{problems}"
    );
    let page = text(&root, ".org-check");
    for german_text in [
        "Geltende Einstellungen",
        "Sprachen",
        "Englisch ist in die App eingebaut",
        "Deutsch (de)",
    ] {
        assert!(page.contains(german_text), "{german_text}: {page}");
    }
    for english_text in [
        "Settings in effect",
        "Problems",
        "Not used",
        "Warning:",
        "Languages",
    ] {
        assert!(
            !page.contains(english_text),
            "{english_text} is left: {page}"
        );
    }
    let table = text(&root, ".org-settings");
    assert!(
        table.contains("Geltender Wert") && table.contains("Nicht gesetzt"),
        "{table}"
    );
    serve(None);
}

/// Answers requests for these language files (by the relative URL the app asks for) as a site holding
/// them would, and any other `lang/` file with a 404; `None` puts the browser's own fetch back.
fn serve_languages(files: Option<&[(&str, &str)]>) {
    let files: serde_json::Map<String, serde_json::Value> = files
        .unwrap_or_default()
        .iter()
        .map(|(url, text)| (url.to_string(), serde_json::Value::from(*text)))
        .collect();
    let script = match files.is_empty() {
        true => "if (window.__realFetch) { window.fetch = window.__realFetch; }".to_string(),
        false => format!(
            "window.__realFetch = window.__realFetch || window.fetch; const files = {}; \
             window.fetch = (url, init) => {{ const u = String(url); \
               if (u in files) return Promise.resolve(new Response(files[u], {{ status: 200, headers: {{ 'content-type': 'application/json' }} }})); \
               if (u.startsWith('lang/')) return Promise.resolve(new Response('Not found', {{ status: 404 }})); \
               return window.__realFetch(url, init); }};",
            serde_json::Value::Object(files)
        ),
    };
    js_sys::eval(&script).expect("fetch replaced");
}

#[wasm_bindgen_test]
async fn the_check_page_checks_every_language_file_the_organisation_offers() {
    let english = include_str!("../public/lang/en.json");
    let french = english
        .replace("  \"nav.start\": \"Start\",\n", "")
        .replace(
            "Continue from question {number}",
            "Continuer à la question {numéro}",
        );
    serve_languages(Some(&[
        ("lang/de.json", include_str!("../public/lang/de.json")),
        ("lang/fr.json", &french),
    ]));
    let file = EXAMPLE.replace(
        "\"languages\": [\"en\", \"de\"]",
        "\"languages\": [\"en\", \"de\", \"fr\", \"pt\"]",
    );
    assert_ne!(file, EXAMPLE);
    let (root, _app) = open_check_page(&file);
    assert!(wait_for(|| text(&root, ".org-check").contains("problems in lang/fr.json")).await);
    let page = text(&root, ".org-check");
    assert!(page.contains("English is built into the app"), "{page}");
    assert!(page.contains("lang/de.json is complete"), "{page}");
    let french_problems = text(&root, ".lang-problems");
    assert!(
        french_problems.contains("\"nav.start\" is missing; the English text is used.")
            && french_problems.contains("\"offer.continue\" has the placeholders {numéro}, but English has the placeholders {number}"),
        "{french_problems}"
    );
    assert!(
        wait_for(|| text(&root, ".org-check").contains("The file could not be downloaded")).await,
        "a language without its file"
    );
    // The problems of organisation.json itself are listed apart.
    assert_eq!(count(&root, ".problems li"), 0);
    serve_languages(None);
    serve(None);
}
