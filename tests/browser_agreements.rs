//! Component tests in headless Chromium of the agreement editor's trust boundary: notes on values
//! that do not fit, retired fields, another tab's unreadable data, and keystrokes that redraw little.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
use mentoring_or_coaching::core::document::{decode, encode, Document};
use mentoring_or_coaching::core::formats::exchange::export_agreement;
use mentoring_or_coaching::storage::{KEY, QUARANTINE_PREFIX};
use mentoring_or_coaching::ui::draft_fields::refreshes;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
mod support;

use support::*;

/// The first element matching `selector`, if there is one.
fn element(root: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

fn mentoring(goal: &str) -> Document {
    let mut doc = Document::default();
    let mut d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    d.set("goal-1", goal.into(), 1);
    doc.drafts.push(d);
    doc
}

/// Chooses `text` as a file in the import picker, as a person picking a file would.
fn choose_file(root: &HtmlElement, text: &str) {
    let picker = input(root, "#import-file");
    let parts = js_sys::Array::of1(&text.into());
    let file = web_sys::File::new_with_str_sequence(&parts, "from-partner.json").expect("file");
    let transfer = js_sys::eval("new DataTransfer()").expect("transfer");
    let items = js_sys::Reflect::get(&transfer, &"items".into()).expect("items");
    let add = js_sys::Reflect::get(&items, &"add".into()).expect("add");
    js_sys::Function::from(add)
        .call1(&items, &file)
        .expect("add file");
    let files = js_sys::Reflect::get(&transfer, &"files".into()).expect("files");
    js_sys::Reflect::set(&picker, &"files".into(), &files).expect("set files");
    picker
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
}

#[wasm_bindgen_test]
async fn a_partners_value_that_is_not_a_choice_shows_its_note_next_to_the_field() {
    let root = fresh(None);
    let _ = window().location().set_hash("#/agreements");
    let _app = mount(&root);
    assert!(wait_for(|| element(&root, "#import-file").is_some()).await);
    let mut theirs = Draft::new("p1".into(), AgreementKind::Coaching, 0);
    theirs.set("goal-1", "Delegate more".into(), 1);
    let mut file: serde_json::Value =
        serde_json::from_str(&export_agreement(&theirs)).expect("json");
    file["draft"]["fields"]["frequency"] = "Every full moon".into();
    file["draft"]["fields"]["not-therapy"] = "no".into();
    choose_file(&root, &file.to_string());
    assert!(
        wait_for(|| element(&root, "#note-frequency").is_some()).await,
        "the editor did not open"
    );
    let note = input(&root, "#note-frequency");
    assert!(!note.hidden());
    assert_eq!(
        text(&root, "#note-frequency"),
        "This came from your partner's file and isn't one of the choices: \u{201c}Every full moon\u{201d}. Choose one to replace it."
    );
    let select = element(&root, "#field-frequency").expect("select");
    assert!(select
        .get_attribute("aria-describedby")
        .is_some_and(|d| d.split(' ').any(|id| id == "note-frequency")));
    assert!(text(&root, "#note-not-therapy").contains("isn't a tick"));
    assert!(!input(&root, "#field-not-therapy").checked());
    assert!(text(&root, ".progress-summary").contains("required answers still to fill in"));
    // A field with a fitting value carries no note.
    assert!(input(&root, "#note-goal-1").hidden());
    // Choosing a real option replaces the kept text and the note goes.
    let select: web_sys::HtmlSelectElement = select.unchecked_into();
    select.set_value("monthly");
    select
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    assert!(wait_for(|| input(&root, "#note-frequency").hidden()).await);
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"frequency\":\"monthly\""))).await);
    assert!(!stored().is_some_and(|s| s.contains("full moon")));
}

#[wasm_bindgen_test]
async fn a_field_the_template_no_longer_has_is_kept_at_the_end_until_removed() {
    let mut raw: serde_json::Value = serde_json::to_value(mentoring("Goal")).expect("json");
    raw["drafts"][0]["fields"]["old-part"] = "Words from an older version".into();
    let root = fresh(Some(&raw.to_string()));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".retired").contains("Words from an older version")).await);
    assert!(text(&root, ".retired h2").contains("Parts this agreement no longer has"));
    assert!(
        text(&root, ".storage-status").is_empty(),
        "nothing was set aside"
    );
    assert!(text(&root, "article.agreement-document").contains("Words from an older version"));
    let remove = element(&root, "button[aria-label='Remove old-part']").expect("remove button");
    remove.unchecked_into::<HtmlElement>().click();
    assert!(wait_for(|| element(&root, ".retired").is_none()).await);
    assert!(
        wait_for(|| stored()
            .is_some_and(|s| !s.contains("older version") && s.contains("\"goal-1\":\"Goal\"")))
        .await
    );
}

#[wasm_bindgen_test]
async fn another_tabs_unreadable_data_is_set_aside_and_the_person_is_told() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    let damaged = "{\"schema\":3,\"drafts\":[{\"id\":";
    storage().set_item(KEY, damaged).expect("write");
    js_sys::eval(&format!(
        "window.dispatchEvent(new StorageEvent('storage', {{ key: '{KEY}' }}));"
    ))
    .expect("event");
    assert!(
        wait_for(
            || text(&root, ".storage-status").contains("Another tab or program saved data here")
        )
        .await
    );
    let kept: Vec<String> = (0..storage().length().unwrap_or(0))
        .filter_map(|i| storage().key(i).ok().flatten())
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|k| storage().get_item(&k).ok().flatten())
        .collect();
    assert_eq!(kept, vec![damaged.to_string()]);
    assert!(
        decode(&stored().expect("stored")).is_ok(),
        "this tab's work was saved over it"
    );
    assert!(text(&root, ".storage-status").contains("Download the damaged original"));
}

#[wasm_bindgen_test]
async fn a_keystroke_redraws_its_own_field_and_not_the_print_view() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    let rows_before = root
        .query_selector_all("article.agreement-document dd")
        .expect("rows");
    let first_before = rows_before.item(0).expect("a row");
    let place_before = element(&root, "#field-place").expect("place");
    // Count what changes in the document while one keystroke is handled.
    js_sys::eval(
        "window.__changed = []; window.__observer = new MutationObserver((list) => { for (const m of list) window.__changed.push(m); }); \
         window.__observer.observe(document.querySelector('.test-root'), { subtree: true, childList: true, characterData: true, attributes: true });",
    )
    .expect("observe");
    type_into(&goal, "Goal!");
    assert!(wait_for(|| text(&root, "article.agreement-document").contains("Goal!")).await);
    pause(0).await;
    let changed = js_sys::eval("window.__observer.disconnect(); window.__changed.filter(m => m.type === 'childList').length")
        .expect("count")
        .as_f64()
        .unwrap_or(f64::MAX);
    let rows_after = root
        .query_selector_all("article.agreement-document dd")
        .expect("rows");
    assert_eq!(rows_after.length(), rows_before.length());
    assert!(
        rows_after
            .item(0)
            .is_some_and(|n| n.is_same_node(Some(&first_before))),
        "the print view was rebuilt"
    );
    assert!(element(&root, "#field-place").is_some_and(|n| n.is_same_node(Some(&place_before))));
    assert_eq!(changed, 0.0, "a keystroke added or removed elements");
}

#[wasm_bindgen_test]
async fn a_keystroke_brings_up_to_date_only_the_fields_it_touches() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    go("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    pause(0).await;
    let before = refreshes();
    type_into(&goal, "Goal!");
    pause(0).await;
    // Goal 1 itself, its target date (whose slip depends on the goal having text) and goal 2 (shown
    // once goal 1 has text); not the other forty fields of the draft.
    assert_eq!(
        refreshes() - before,
        3,
        "fields brought up to date for one keystroke"
    );
    // Emptying goal 1 still reaches everything that reads it: its section's list and the count.
    let all = || root.text_content().unwrap_or_default();
    let count = text(&root, ".progress-summary");
    assert!(!all().contains("Still to do: Goal 1;"));
    type_into(&goal, "");
    assert!(wait_for(|| all().contains("Still to do: Goal 1;")).await);
    assert_ne!(text(&root, ".progress-summary"), count);
}

/// Another tab saves `doc`, and this tab hears of it.
fn another_tab_saves(doc: &Document) {
    storage().set_item(KEY, &encode(doc)).expect("write");
    js_sys::eval(&format!(
        "window.dispatchEvent(new StorageEvent('storage', {{ key: '{KEY}' }}));"
    ))
    .expect("event");
}

#[wasm_bindgen_test]
async fn a_keystroke_does_not_read_its_box_back_yet_changes_from_elsewhere_are_shown() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    go("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    pause(0).await;
    // Counts every read of the box's text from here on.
    js_sys::eval(
        "const el = document.querySelector('#field-goal-1'); \
         const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value'); \
         window.__reads = 0; \
         Object.defineProperty(el, 'value', { configurable: true, \
           get() { window.__reads++; return own.get.call(this); }, set(v) { own.set.call(this, v); } });",
    )
    .expect("spy");
    type_into(&goal, "Typed");
    pause(0).await;
    let reads = js_sys::eval("window.__reads").ok().and_then(|n| n.as_f64());
    // The input handler reads what was typed; nothing reads it back afterwards.
    assert_eq!(reads, Some(1.0), "reads of the box for one keystroke");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("Typed"))).await);
    // Another tab changes the goal, then changes it back to what this box last sent: both show.
    another_tab_saves(&mentoring("Theirs"));
    assert!(wait_for(|| goal.value() == "Theirs").await);
    another_tab_saves(&mentoring("Typed"));
    assert!(
        wait_for(|| goal.value() == "Typed").await,
        "the box still shows {}",
        goal.value()
    );
}

/// `el.form`, through the property, so the test needs no more web-sys features.
fn form_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    js_sys::Reflect::get(el, &"form".into())
        .ok()
        .and_then(|f| f.dyn_into::<web_sys::Element>().ok())
}

#[wasm_bindgen_test]
async fn every_box_of_the_editor_is_a_form_of_its_own_that_never_submits() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    go("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    // Chromium's autofill reads the whole form of the box typed into on every keystroke; a box in
    // no form counts as part of one form made of every such box on the page.
    let boxes = root
        .query_selector_all(".editor-form input, .editor-form select, .editor-form textarea")
        .expect("boxes");
    let mut checked = 0;
    for i in 0..boxes.length() {
        let Some(el) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if !(el.id().starts_with("field-") || el.id() == "draft-title") {
            continue;
        }
        let form = form_of(&el).unwrap_or_else(|| panic!("#{} is in no form", el.id()));
        let elements = js_sys::Reflect::get(&form, &"elements".into()).expect("elements");
        let count = js_sys::Reflect::get(&elements, &"length".into())
            .ok()
            .and_then(|n| n.as_f64());
        assert_eq!(count, Some(1.0), "#{}'s form holds other controls", el.id());
        // Enter in a box submits its form: nothing may happen then.
        let submit: web_sys::Event =
            js_sys::eval("new Event('submit', { cancelable: true, bubbles: true })")
                .expect("event")
                .unchecked_into();
        assert!(
            !form.dispatch_event(&submit).expect("dispatch"),
            "#{}'s form would submit",
            el.id()
        );
        checked += 1;
    }
    // The title and every field of a mentoring agreement.
    assert!(checked > 20, "only {checked} boxes found");
}

/// A complete mentoring draft with real names for both parties.
fn complete_mentoring() -> Document {
    let d = common::complete_mentoring_with_names();
    let mut doc = Document::default();
    doc.drafts.push(d);
    doc
}

/// The button whose text is `label`.
fn button(root: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let all = root.query_selector_all("button").ok()?;
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().is_some_and(|t| t.trim() == label))
}

fn sign_as(root: &HtmlElement, key: &str, name: &str) {
    type_into(&input(root, &format!("#sign-{key}-name")), name);
    let consent = input(root, &format!("#sign-{key}-consent"));
    consent.set_checked(true);
    consent
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    button(root, &format!("Sign as {key}"))
        .expect("sign button")
        .click();
}

#[wasm_bindgen_test]
async fn signing_checks_the_name_hides_the_form_and_locks_the_agreement_until_changed() {
    let root = fresh(Some(&encode(&complete_mentoring())));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| element(&root, "#sign-mentee-name").is_some()).await);
    assert!(text(&root, ".status-line").contains("Ready to sign"));

    sign_as(&root, "mentee", "x");
    assert!(
        wait_for(|| text(&root, "#sign-mentee-error")
            == "This part is for the mentee, Sam Lee: type the name as it is written in the agreement.")
        .await
    );
    assert!(!input(&root, "#field-goal-1").read_only());

    sign_as(&root, "mentee", " SAM  lee");
    assert!(wait_for(|| element(&root, "#sign-mentee-name").is_none()).await);
    assert!(text(&root, ".signatures").contains("Signed by Sam Lee on"));
    assert!(button(&root, "Sign as mentee").is_none());
    assert_eq!(
        text(&root, ".status-line"),
        "Status: Signed by the mentee; waiting for the mentor, Alex Kim, to sign"
    );
    // One signature locks every field; the lock says how to change it.
    assert!(input(&root, "#field-goal-1").read_only());
    let select: web_sys::HtmlSelectElement = element(&root, "#field-frequency")
        .expect("select")
        .unchecked_into();
    assert!(select.disabled());
    assert!(input(&root, "#field-no-fault").disabled());

    button(&root, "Change the agreement")
        .expect("change")
        .click();
    assert!(
        wait_for(|| text(&root, ".lock-notice").contains("you will both have to sign again")).await
    );
    assert!(
        input(&root, "#field-goal-1").read_only(),
        "asking unlocks nothing"
    );
    button(&root, "Remove the signatures and change it")
        .expect("confirm")
        .click();
    assert!(wait_for(|| !input(&root, "#field-goal-1").read_only()).await);
    assert!(element(&root, ".lock-notice").is_none());
    assert!(element(&root, "#sign-mentee-name").is_some());
    assert!(!text(&root, ".signatures").contains("Signed by"));
    assert_eq!(text(&root, ".status-line"), "Status: Ready to sign");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"signatures\":{}"))).await);
}

#[wasm_bindgen_test]
async fn a_stale_error_goes_once_the_agreement_is_ready() {
    let mut doc = complete_mentoring();
    doc.drafts[0].set(
        "goal-1",
        "Get better at one skill: (name it here)".into(),
        2,
    );
    let root = fresh(Some(&encode(&doc)));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| element(&root, "#sign-mentee-name").is_some()).await);
    assert!(text(&root, ".status-line").contains("Draft"));
    assert!(text(&root, "#note-goal-1").contains("Replace \u{201c}(name it here)\u{201d}"));
    sign_as(&root, "mentee", "Sam Lee");
    assert!(
        wait_for(
            || text(&root, "#sign-mentee-error") == "Some parts still need an answer or a fix (each says so beside it) before you can sign."
        )
        .await
    );
    type_into(&input(&root, "#field-goal-1"), "Get better at negotiating");
    assert!(wait_for(|| text(&root, ".status-line") == "Status: Ready to sign").await);
    assert!(wait_for(|| text(&root, "#sign-mentee-error").is_empty()).await);
}

#[wasm_bindgen_test]
async fn the_hidden_print_copy_waits_for_a_pause_in_typing_and_catches_up_when_printing_starts() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    assert!(wait_for(|| text(&root, "article.agreement-document").contains("Goal")).await);
    type_into(&goal, "Goal for print");
    pause(0).await;
    // The field and its section show the letter at once; the print copy, hidden on screen, waits.
    assert!(!text(&root, "article.agreement-document").contains("Goal for print"));
    window()
        .dispatch_event(&web_sys::Event::new("beforeprint").expect("event"))
        .expect("dispatch");
    pause(0).await;
    assert!(text(&root, "article.agreement-document").contains("Goal for print"));
}

#[wasm_bindgen_test]
async fn the_print_copy_waits_out_steady_typing_without_a_timer_per_keystroke() {
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    go("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    assert!(wait_for(|| text(&root, "article.agreement-document").contains("Goal")).await);
    // A timer per keystroke would be cleared by the next one.
    js_sys::eval(
        "window.__cleared = 0; window.__clear = window.clearTimeout; \
         window.clearTimeout = function (h) { window.__cleared++; return window.__clear.call(window, h); };",
    )
    .expect("spy");
    // Typing for longer than the lag, never pausing for it: the copy waits throughout.
    let mut typed = String::from("Goal");
    for letter in ['Z', 'e', 'b', 'r', 'a', ' ', 'q', 'x'] {
        typed.push(letter);
        type_into(&goal, &typed);
        let at = js_sys::Date::now();
        pause(120).await;
        // Only while the last keystroke is recent: a stall of the test machine is a real pause.
        if js_sys::Date::now() - at < 350.0 {
            assert!(
                !text(&root, "article.agreement-document").contains("GoalZ"),
                "the print copy caught up while typing went on"
            );
        }
    }
    // Then it catches up once typing pauses.
    assert!(wait_for(|| text(&root, "article.agreement-document").contains("GoalZebra qx")).await);
    let cleared = js_sys::eval("window.clearTimeout = window.__clear; window.__cleared")
        .ok()
        .and_then(|n| n.as_f64());
    assert_eq!(cleared, Some(0.0), "timers cleared while typing");
}

#[wasm_bindgen_test]
async fn the_agreement_code_is_the_fingerprints_short_form_with_the_full_value_in_details() {
    let doc = complete_mentoring();
    let fingerprint = doc.drafts[0].fingerprint();
    let root = fresh(Some(&encode(&doc)));
    go("#/agreement/a1");
    let _app = mount(&root);
    assert!(wait_for(|| element(&root, ".agreement-code").is_some()).await);
    let short = format!("{} {}", &fingerprint[..4], &fingerprint[4..8]);
    assert_eq!(
        text(&root, ".agreement-code p"),
        format!("Agreement code: {short}")
    );
    assert!(text(&root, ".agreement-code")
        .contains("Both copies show the same code when they say the same thing"));
    assert_eq!(text(&root, ".agreement-code details code"), fingerprint);
    assert_eq!(text(&root, ".agreement-code summary"), "The full code");
    // A change of wording is a new code, once typing pauses: no keystroke waits for the hash.
    type_into(&input(&root, "#field-goal-1"), "Another goal");
    pause(0).await;
    assert!(text(&root, ".agreement-code p").contains(&short));
    assert!(wait_for(|| !text(&root, ".agreement-code p").contains(&short)).await);
}

#[wasm_bindgen_test]
async fn after_an_import_the_message_is_on_the_agreement_and_has_the_keyboard() {
    let root = fresh(None);
    go("#/agreements");
    let _app = mount(&root);
    assert!(wait_for(|| element(&root, "#import-file").is_some()).await);
    let mut theirs = common::complete_mentoring_with_names();
    theirs
        .sign("mentee", "Sam Lee", "2026-11-23")
        .expect("signed");
    choose_file(&root, &export_agreement(&theirs));
    assert!(
        wait_for(|| element(&root, "#exchange-note").is_some()).await,
        "the agreement did not open with its message"
    );
    assert_eq!(hash(), "#/agreement/a1");
    let note = text(&root, "#exchange-note");
    assert!(
        note.starts_with("Added \u{201c}Mentoring agreement\u{201d}"),
        "{note}"
    );
    assert!(
        note.contains("It is signed by the mentee (Sam Lee)."),
        "{note}"
    );
    assert!(note.contains("send it back to your partner"), "{note}");
    assert_eq!(
        element(&root, "#exchange-note").and_then(|n| n.get_attribute("role")),
        Some("status".into())
    );
    assert!(
        wait_for(|| focused().is_some_and(|f| f.id() == "exchange-note")).await,
        "the message did not get the keyboard"
    );
    // The list left behind says nothing about it.
    go("#/agreements");
    assert!(wait_for(|| element(&root, "#import-file").is_some()).await);
    assert_eq!(text(&root, ".import-message"), "");
}

#[wasm_bindgen_test]
async fn switching_language_mid_agreement_keeps_the_typing_and_the_agreement_keeps_its_own_language(
) {
    let german = german();
    let root = fresh(Some(&encode(&mentoring("Goal"))));
    let _ = window().location().set_hash("#/agreement/a1");
    let _app = mount(&root);
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Goal").await);
    type_into(&goal, "Lead two client meetings");
    assert!(
        wait_for(|| stored_doc().drafts[0].value("goal-1") == "Lead two client meetings").await
    );

    // The interface turns German; this agreement was written in English and stays so.
    choose_language(&root, "de");
    assert!(wait_for(|| text(&root, "nav").contains("Vereinbarungen")).await);
    assert_eq!(
        window().location().hash().ok().as_deref(),
        Some("#/agreement/a1")
    );
    let goal = input(&root, "#field-goal-1");
    assert_eq!(
        goal.value(),
        "Lead two client meetings",
        "the typing is kept"
    );
    assert!(text(&root, "label[for=field-goal-1]").starts_with("Goal 1"));
    assert!(
        text(&root, ".editor").contains("Diese Vereinbarung wurde auf Englisch geschrieben"),
        "the note says which language it keeps"
    );
    assert!(
        find_control(&root, "Als Mentee unterschreiben").is_some(),
        "the app around it is German"
    );
    assert_eq!(german.lang, "de");
    let section = element(&root, "fieldset.section").expect("a section");
    assert_eq!(section.get_attribute("lang").as_deref(), Some("en-GB"));

    // A new agreement started now is written in German, and says so in its data.
    let _ = window().location().set_hash("#/agreements");
    assert!(wait_for(|| find_control(&root, "Neue Coaching-Vereinbarung").is_some()).await);
    if let Some(new) = find_control(&root, "Neue Coaching-Vereinbarung") {
        new.click();
    }
    assert!(wait_for(|| text(&root, "h1") == "Coaching-Vereinbarung").await);
    assert!(
        wait_for(|| stored_doc()
            .drafts
            .iter()
            .any(|d| d.lang.as_deref() == Some("de")))
        .await
    );
    assert!(text(&root, "label[for=field-coachee-name]").starts_with("Name des Coachees"));
}

#[wasm_bindgen_test]
async fn the_print_copy_leaves_out_a_section_with_nothing_in_it_until_something_is_written() {
    let mut doc = Document::default();
    doc.drafts
        .push(Draft::new("c1".into(), AgreementKind::Coaching, 0));
    let root = fresh(Some(&encode(&doc)));
    let _ = window().location().set_hash("#/agreement/c1");
    let _app = mount(&root);
    let fees = |root: &HtmlElement| {
        root.query_selector_all("article.agreement-document section.doc-section")
            .ok()
            .and_then(|all| {
                (0..all.length())
                    .filter_map(|i| all.item(i))
                    .map(|n| n.unchecked_into::<HtmlElement>())
                    .find(|s| {
                        s.text_content()
                            .unwrap_or_default()
                            .contains("Fees (external coaches only)")
                    })
            })
    };
    assert!(
        wait_for(|| fees(&root).is_some()).await,
        "the section is there"
    );
    assert!(
        fees(&root).is_some_and(|s| s.hidden()),
        "an internal coach's empty fees are not printed"
    );
    // A required section prints even when empty, with its parts to agree.
    let goals = text(&root, "article.agreement-document");
    assert!(goals.contains("(not filled in)"), "{goals}");
    let fee = input(&root, "#field-fee");
    type_into(&fee, "£120 a session");
    assert!(wait_for(|| fees(&root).is_some_and(|s| !s.hidden())).await);
}
