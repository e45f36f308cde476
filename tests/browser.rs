//! Component tests in headless Chromium: the real App mounted on a page, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mentoring_or_coaching::core::document::{decode, encode, Document};
use mentoring_or_coaching::storage::{is_quota_error, KEY, QUARANTINE_PREFIX};
use mentoring_or_coaching::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .ok()
        .flatten()
        .expect("storage in the test browser")
}

/// A clean page: no stored data, no hash, an empty body; optionally some stored text first.
fn fresh(stored: Option<&str>) -> HtmlElement {
    let _ = js_sys::eval(
        "if (window.__realStorage) { Object.defineProperty(window, 'localStorage', window.__realStorage); delete window.__realStorage; } \
         if (Storage.prototype.setItem_original) { Storage.prototype.setItem = Storage.prototype.setItem_original; }",
    );
    storage().clear().expect("clear");
    let _ = window().location().set_hash("");
    if let Some(raw) = stored {
        storage().set_item(KEY, raw).expect("seed");
    }
    // The test runner reports through its own elements in <body>, so only earlier test roots go.
    let old = document().query_selector_all(".test-root").expect("query");
    for i in 0..old.length() {
        if let Some(node) = old.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let root = document().create_element("div").expect("div");
    root.set_class_name("test-root");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root.unchecked_into()
}

async fn pause(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Waits until `cond` holds (up to two seconds) and says whether it did.
async fn wait_for(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if cond() {
            return true;
        }
        pause(10).await;
    }
    false
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The button or link whose visible text is `label`, the way a person finds it.
fn control(root: &HtmlElement, label: &str) -> HtmlElement {
    let all = root.query_selector_all("button, a").expect("query");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|e| e.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no control labelled {label:?}"))
}

fn stored() -> Option<String> {
    storage().get_item(KEY).ok().flatten()
}

fn mount(root: &HtmlElement) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(root.clone(), App)
}

#[wasm_bindgen_test]
async fn the_welcome_screen_says_what_happens_and_starts_the_questions() {
    let root = fresh(None);
    let _app = mount(&root);
    assert!(text(&root, "h1").contains("Mentoring or coaching"));
    assert!(text(&root, "main").contains("never leave this device"));
    control(&root, "Start the questions").click();
    assert!(wait_for(|| text(&root, "h1").contains("How clear are you")).await);
    assert_eq!(
        window().location().hash().ok().as_deref(),
        Some("#/question/1")
    );
    assert!(text(&root, ".progress-text").contains("Question 1 of 13"));
}

#[wasm_bindgen_test]
async fn picking_an_answer_saves_it_and_next_needs_an_answer() {
    let root = fresh(None);
    let _ = window().location().set_hash("#/question/2");
    let _app = mount(&root);
    assert!(text(&root, "h1").contains("stuck"));
    control(&root, "Next").click();
    assert!(wait_for(|| text(&root, "[role=alert]").contains("Please choose an answer")).await);
    assert_eq!(
        window().location().hash().ok().as_deref(),
        Some("#/question/2")
    );

    let radio: HtmlInputElement = root
        .query_selector("input[value=questions]")
        .ok()
        .flatten()
        .expect("radio")
        .unchecked_into();
    radio.click();
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"answers\":\"questions\""))).await);
    assert!(text(&root, "[role=alert]").is_empty());
    control(&root, "Next").click();
    assert!(wait_for(|| text(&root, "h1").contains("How long")).await);
}

#[wasm_bindgen_test]
async fn stored_answers_come_back_and_the_result_explains_them() {
    let mut doc = Document::default();
    for (q, o) in [
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("measurable", "yes"),
        ("answers", "questions"),
    ] {
        doc.assessment.answers.insert(q.into(), o.into());
    }
    let root = fresh(Some(&encode(&doc)));
    let _ = window().location().set_hash("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1").contains("Your result: Coaching")).await);
    assert_eq!(
        root.query_selector_all(".chart li")
            .expect("chart")
            .length(),
        4
    );
    assert!(text(&root, ".reasons").contains("A few weeks to a few months"));
    assert!(text(&root, "th.recommended").contains("Coaching"));
    assert!(text(&root, ".lead").contains("weren't sure about, or skipped, 9"));
}

#[wasm_bindgen_test]
async fn a_draft_from_the_result_is_prefilled_and_saves_as_you_type() {
    let mut doc = Document::default();
    doc.assessment
        .answers
        .insert("horizon".into(), "year-plus".into());
    doc.assessment
        .answers
        .insert("focus".into(), "career".into());
    let root = fresh(Some(&encode(&doc)));
    let _ = window().location().set_hash("#/result");
    let _app = mount(&root);
    control(&root, "Draft a mentoring agreement").click();
    assert!(wait_for(|| text(&root, "h1") == "Mentoring agreement").await);
    let goal: HtmlInputElement = root
        .query_selector("#field-goal-1")
        .ok()
        .flatten()
        .expect("goal")
        .unchecked_into();
    assert!(goal.value().contains("career step"));
    assert!(root
        .query_selector(".from-answers")
        .ok()
        .flatten()
        .is_some());

    // Goal 2 stays hidden until goal 1 has text.
    let goal2 = root
        .query_selector("#field-goal-2")
        .ok()
        .flatten()
        .expect("goal 2");
    let wrapper: HtmlElement = goal2.parent_element().expect("wrapper").unchecked_into();
    assert!(!wrapper.hidden());
    goal.set_value("");
    goal.dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    assert!(wait_for(|| wrapper.hidden()).await);

    goal.set_value("Lead a project <script>alert(1)</script>");
    goal.dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("Lead a project"))).await);
    let saved = decode(&stored().expect("stored")).expect("decodes");
    assert_eq!(
        saved.drafts[0].value("goal-1"),
        "Lead a project <script>alert(1)</script>"
    );
    assert!(!saved.drafts[0].prefilled.contains("goal-1"));
    assert!(text(&root, ".save-state").contains("saved"));
}

#[wasm_bindgen_test]
async fn damaged_data_is_set_aside_and_never_written_over() {
    let root = fresh(Some("{\"schema\":1,\"assessment\":{\"answ"));
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".banner").contains("damaged")).await);
    let keys: Vec<String> = (0..storage().length().unwrap_or(0))
        .filter_map(|i| storage().key(i).ok().flatten())
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect();
    assert_eq!(keys.len(), 1);
    assert_eq!(
        storage().get_item(&keys[0]).ok().flatten().as_deref(),
        Some("{\"schema\":1,\"assessment\":{\"answ")
    );
    assert!(control(&root, "Download the damaged original").is_connected());
}

#[wasm_bindgen_test]
async fn newer_data_is_shown_read_only_and_left_alone() {
    let newer = "{\"schema\":7,\"assessment\":{\"bank_version\":1,\"answers\":{\"needs\":\"known\"}},\"future\":true}";
    let root = fresh(Some(newer));
    let _ = window().location().set_hash("#/question/1");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".banner").contains("newer version")).await);
    let radio: HtmlInputElement = root
        .query_selector("input[value=unknown]")
        .ok()
        .flatten()
        .expect("radio")
        .unchecked_into();
    let known: HtmlInputElement = root
        .query_selector("input[value=known]")
        .ok()
        .flatten()
        .expect("radio")
        .unchecked_into();
    assert!(known.checked(), "the newer data is shown");
    radio.click();
    pause(50).await;
    assert_eq!(stored().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn blocked_storage_still_shows_the_app_with_a_warning() {
    let root = fresh(None);
    js_sys::eval(
        "window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
    )
    .expect("block storage");
    let _app = mount(&root);
    assert!(text(&root, "h1").contains("Mentoring or coaching"));
    assert!(text(&root, ".banner").contains("isn't letting the app save"));
    control(&root, "Start the questions").click();
    assert!(wait_for(|| text(&root, "h1").contains("How clear")).await);
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__realStorage); delete window.__realStorage;")
        .expect("unblock");
}

#[wasm_bindgen_test]
async fn a_full_store_keeps_the_change_on_screen_and_the_message_clears_on_the_next_good_save() {
    let root = fresh(None);
    let _ = window().location().set_hash("#/question/1");
    let _app = mount(&root);
    js_sys::eval(
        "Storage.prototype.setItem_original = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .expect("fill storage");
    let radio: HtmlInputElement = root
        .query_selector("input[value=known]")
        .ok()
        .flatten()
        .expect("radio")
        .unchecked_into();
    radio.click();
    let full = wait_for(|| text(&root, ".banner").contains("storage is full")).await;
    js_sys::eval("Storage.prototype.setItem = Storage.prototype.setItem_original;")
        .expect("restore");
    assert!(full);
    assert!(radio.checked(), "the answer stays on screen");
    let other: HtmlInputElement = root
        .query_selector("input[value=rough]")
        .ok()
        .flatten()
        .expect("radio")
        .unchecked_into();
    other.click();
    assert!(wait_for(|| !text(&root, ".banner-region").contains("storage is full")).await);
    assert!(stored().is_some_and(|s| s.contains("rough")));
}

#[wasm_bindgen_test]
fn every_spelling_of_storage_full_is_recognised() {
    assert!(is_quota_error("QuotaExceededError", 22));
    assert!(is_quota_error("NS_ERROR_DOM_QUOTA_REACHED", 1014));
    assert!(is_quota_error("Error", 22));
    assert!(is_quota_error("Error", 1014));
    assert!(!is_quota_error("SecurityError", 18));
}

#[wasm_bindgen_test]
async fn an_unmounted_app_stops_following_the_address_bar() {
    let root = fresh(None);
    {
        let _app = mount(&root);
        let _ = window().location().set_hash("#/question/3");
        assert!(wait_for(|| text(&root, ".progress-text").contains("Question 3")).await);
    }
    storage().clear().expect("clear");
    let _ = window().location().set_hash("#/question/4");
    pause(100).await;
    assert_eq!(stored(), None, "an unmounted app wrote to storage");
}
