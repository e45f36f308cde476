//! Component tests in headless Chromium: the real App mounted on a page, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use mentoring_or_coaching::core::agreement::{AgreementKind, Draft};
use mentoring_or_coaching::core::document::{decode, encode, Document};
use mentoring_or_coaching::storage::{is_quota_error, KEY, QUARANTINE_PREFIX};
use mentoring_or_coaching::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::*;

/// Another tab saving: the stored value changes and, optionally, this tab hears about it.
fn other_tab_writes(doc: &Document, announce: bool) {
    storage().set_item(KEY, &encode(doc)).expect("write");
    if announce {
        js_sys::eval(&format!(
            "window.dispatchEvent(new StorageEvent('storage', {{ key: '{KEY}' }}));"
        ))
        .expect("event");
    }
}

fn draft_doc(goal: &str) -> Document {
    let mut doc = Document::default();
    let mut d = Draft::new("a1".into(), AgreementKind::Mentoring, 0);
    d.set("goal-1", goal.into(), 1);
    doc.drafts.push(d);
    doc
}

/// A page with one stored mentoring draft (goal 1 = `goal`), opened in the editor.
fn open_draft(goal: &str) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let root = fresh(Some(&encode(&draft_doc(goal))));
    let _ = window().location().set_hash("#/agreement/a1");
    let app = mount(&root);
    (root, app)
}

#[wasm_bindgen_test]
async fn the_welcome_screen_says_what_happens_and_starts_the_questions() {
    let root = fresh(None);
    let _app = mount(&root);
    assert!(text(&root, "h1").contains("Mentoring or coaching"));
    assert!(text(&root, "main").contains("never leave this device"));
    control(&root, "Start the questions").click();
    assert!(wait_for(|| text(&root, "h1").contains("Which sounds most like")).await);
    assert_eq!(hash(), "#/question/1");
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
    assert_eq!(hash(), "#/question/2");

    let radio = input(&root, "input[value=questions]");
    radio.click();
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"answers\":\"questions\""))).await);
    assert!(text(&root, "[role=alert]").is_empty());
    control(&root, "Next").click();
    assert!(wait_for(|| text(&root, "h1").contains("How long")).await);
}

#[wasm_bindgen_test]
async fn stored_answers_come_back_and_the_result_explains_them() {
    let doc = coaching_answers();
    let root = fresh(Some(&encode(&doc)));
    let _ = window().location().set_hash("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1").contains("Your result: Coaching")).await);
    assert_eq!(
        root.query_selector_all(".chart li")
            .expect("chart")
            .length(),
        11
    );
    assert!(text(&root, ".reasons").contains("One specific thing"));
    assert!(text(&root, "th.recommended").contains("Coaching"));
    assert!(text(&root, ".lean-words").contains("Leans towards coaching"));
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
    let goal = input(&root, "#field-goal-1");
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
    for damaged in [
        "{\"schema\":2,\"assessment\":{\"answ",
        "this is not json",
        "{\"schema\":2,\"drafts\":5}",
        "{\"schema\":2,\"drafts\":[{\"id\":\"../x\",\"kind\":\"mentoring\",\"title\":\"x\",\"fields\":{}}]}",
    ] {
        let root = fresh(Some(damaged));
        let _app = mount(&root);
        assert!(wait_for(|| text(&root, ".storage-status").contains("started fresh")).await, "{damaged}");
        let keys: Vec<String> = (0..storage().length().unwrap_or(0))
            .filter_map(|i| storage().key(i).ok().flatten())
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .collect();
        assert_eq!(keys.len(), 1, "{damaged}");
        assert_eq!(storage().get_item(&keys[0]).ok().flatten().as_deref(), Some(damaged));
        assert!(control(&root, "Download the damaged original").is_connected());
        // Working on afterwards writes a fresh document and leaves the original where it is.
        let _ = window().location().set_hash("#/question/1");
        assert!(wait_for(|| root.query_selector("input[value=broad]").ok().flatten().is_some()).await);
        input(&root, "input[value=broad]").click();
        assert!(wait_for(|| stored().is_some_and(|s| s.contains("broad"))).await);
        assert_eq!(storage().get_item(&keys[0]).ok().flatten().as_deref(), Some(damaged));
    }
}

#[wasm_bindgen_test]
async fn newer_data_is_shown_read_only_and_left_alone() {
    let newer = "{\"schema\":7,\"assessment\":{\"bank_version\":1,\"answers\":{\"need-scope\":\"broad\"}},\"future\":true}";
    let root = fresh(Some(newer));
    let _ = window().location().set_hash("#/question/1");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, ".storage-status").contains("newer version")).await);
    let radio = input(&root, "input[value=unknown]");
    let broad = input(&root, "input[value=broad]");
    assert!(broad.checked(), "the newer data is shown");
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
    assert!(text(&root, ".storage-status").contains("isn't letting the app save"));
    control(&root, "Start the questions").click();
    assert!(wait_for(|| text(&root, "h1").contains("Which sounds most like")).await);
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__realStorage); delete window.__realStorage;")
        .expect("unblock");
}

#[wasm_bindgen_test]
async fn a_full_store_keeps_the_change_on_screen_and_the_message_clears_on_the_next_good_save() {
    // The three ways browsers say "full": the standard name, Firefox's name and code, old WebKit's code.
    for thrown in [
        "new DOMException('full', 'QuotaExceededError')",
        "({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014, message: 'full' })",
        "({ name: 'Error', code: 22, message: 'full' })",
    ] {
        let root = fresh(None);
        let _ = window().location().set_hash("#/question/1");
        let _app = mount(&root);
        js_sys::eval(&format!(
            "Storage.prototype.setItem_original = Storage.prototype.setItem; \
             Storage.prototype.setItem = function () {{ throw {thrown}; }};"
        ))
        .expect("fill storage");
        let radio = input(&root, "input[value=broad]");
        radio.click();
        let full = wait_for(|| text(&root, ".storage-status").contains("storage is full")).await;
        js_sys::eval("Storage.prototype.setItem = Storage.prototype.setItem_original;")
            .expect("restore");
        assert!(full, "not recognised as full: {thrown}");
        assert!(radio.checked(), "the answer stays on screen");
        assert!(control(&root, "Download a copy of my work").is_connected());
        input(&root, "input[value=specific]").click();
        assert!(wait_for(|| stored().is_some_and(|s| s.contains("specific"))).await);
        assert!(wait_for(|| !text(&root, ".storage-status").contains("storage is full")).await);
    }
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

#[wasm_bindgen_test]
async fn a_save_in_another_tab_shows_up_here() {
    let (root, _app) = open_draft("Mine");
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| goal.value() == "Mine").await);
    other_tab_writes(&draft_doc("Written in the other tab"), true);
    assert!(wait_for(|| goal.value() == "Written in the other tab").await);
}

#[wasm_bindgen_test]
async fn a_stale_tab_merges_instead_of_writing_over_newer_work() {
    let (root, _app) = open_draft("Goal");
    assert!(wait_for(|| input(&root, "#field-goal-1").value() == "Goal").await);
    // The other tab adds a draft, and this tab never hears of it.
    let mut newer = draft_doc("Goal");
    newer
        .drafts
        .push(Draft::new("b2".into(), AgreementKind::Coaching, 5));
    other_tab_writes(&newer, false);
    type_into(&input(&root, "#field-place"), "Room 4");
    let both_kept = || {
        stored_doc().drafts.len() == 2
            && stored_doc()
                .draft("a1")
                .is_some_and(|d| d.value("place") == "Room 4")
    };
    assert!(
        wait_for(both_kept).await,
        "the other tab's draft or this tab's edit was lost"
    );
}

#[wasm_bindgen_test]
async fn the_same_field_edited_in_two_tabs_keeps_both_versions_and_says_so() {
    let (root, _app) = open_draft("Goal");
    let goal = input(&root, "#field-goal-1");
    type_into(&goal, "Draft");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"goal-1\":\"Draft\""))).await);
    // Within this tab's 300 ms save window, the other tab saves the same field without telling us.
    other_tab_writes(&draft_doc("Their goal"), false);
    type_into(&goal, "My goal");
    assert!(wait_for(|| text(&root, ".storage-status").contains("edited in two tabs")).await);
    let saved = stored_doc();
    assert_eq!(saved.drafts.len(), 2);
    assert_eq!(
        saved.draft("a1").map(|d| d.value("goal-1")),
        Some("My goal")
    );
    assert!(saved
        .drafts
        .iter()
        .any(|d| d.value("goal-1") == "Their goal" && d.title.ends_with(" (2)")));
}

#[wasm_bindgen_test]
async fn the_last_keystroke_is_written_when_the_page_is_hidden() {
    let (root, _app) = open_draft("Goal");
    let goal = input(&root, "#field-goal-1");
    // The first change saves at once; the next waits for the throttle window.
    type_into(&goal, "First");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("First"))).await);
    type_into(&goal, "First and last");
    pause(20).await;
    assert!(
        !stored().is_some_and(|s| s.contains("First and last")),
        "already saved: nothing to flush"
    );
    window()
        .dispatch_event(&web_sys::Event::new("pagehide").expect("event"))
        .expect("dispatch");
    assert!(stored().is_some_and(|s| s.contains("First and last")));
}

/// Records every write of the document from now on, in order.
fn record_writes() {
    js_sys::eval(&format!(
        "window.__writes = []; Storage.prototype.setItem_original = Storage.prototype.setItem; \
         Storage.prototype.setItem = function (k, v) {{ if (k === '{KEY}') window.__writes.push(v); return Storage.prototype.setItem_original.call(this, k, v); }};"
    ))
    .expect("record writes");
}

fn writes() -> Vec<String> {
    let list = js_sys::Reflect::get(&window(), &"__writes".into()).expect("writes");
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

#[wasm_bindgen_test]
async fn a_burst_of_keystrokes_is_saved_in_at_most_two_writes_and_the_last_holds_every_change() {
    let (root, _app) = open_draft("Goal");
    let goal = input(&root, "#field-goal-1");
    // Opening the draft saves the resume point; the burst starts after that write.
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("#/agreement/a1"))).await);
    record_writes();
    type_into(&goal, "One");
    type_into(&goal, "One two");
    type_into(&goal, "One two three");
    assert!(
        wait_for(|| writes()
            .iter()
            .any(|w| w.contains("\"goal-1\":\"One two three\"")))
        .await,
        "the last change was never written"
    );
    let writes = writes();
    // At most one write at once and one when the throttle window ends; the middle state is never written.
    assert!(writes.len() <= 2, "{} writes for one burst", writes.len());
    assert!(!writes.iter().any(|w| w.contains("\"goal-1\":\"One two\"")));
    assert!(writes[writes.len() - 1].contains("\"goal-1\":\"One two three\""));
    if writes.len() == 2 {
        assert!(
            writes[0].contains("\"goal-1\":\"One\""),
            "writes out of order"
        );
    }
}

#[wasm_bindgen_test]
async fn while_typing_goes_on_a_save_runs_only_just_after_a_changes_frame_or_once_typing_pauses() {
    let (root, _app) = open_draft("Goal");
    let goal = input(&root, "#field-goal-1");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("#/agreement/a1"))).await);
    pause(350).await;
    // A log of changes, painted frames and writes, in the order they happened.
    js_sys::eval(&format!(
        "window.__log = []; const log = (what) => window.__log.push([what, performance.now()]); \
         const frame = () => {{ log('frame'); window.__frames = requestAnimationFrame(frame); }}; frame(); \
         document.addEventListener('input', () => log('change'), true); \
         Storage.prototype.setItem_original = Storage.prototype.setItem; \
         Storage.prototype.setItem = function (k, v) {{ if (k === '{KEY}') log('write'); return Storage.prototype.setItem_original.call(this, k, v); }};"
    ))
    .expect("log");
    // Keys a little slower than the throttle's third, faster than a pause: one burst of typing.
    let mut typed = String::from("Goal");
    for ch in " and more".chars() {
        typed.push(ch);
        type_into(&goal, &typed);
        pause(120).await;
    }
    assert!(
        wait_for(|| stored().is_some_and(|s| s.contains(&typed))).await,
        "the last change was never written"
    );
    let log = js_sys::eval("cancelAnimationFrame(window.__frames); JSON.stringify(window.__log)")
        .expect("log")
        .as_string()
        .unwrap_or_default();
    let log: Vec<(String, f64)> = serde_json::from_str(&log).expect("a log");
    let mut writes = 0;
    for (i, (what, at)) in log.iter().enumerate() {
        if what != "write" {
            continue;
        }
        writes += 1;
        let Some(change) = log[..i].iter().rposition(|(w, _)| w == "change") else {
            panic!("a write before any change");
        };
        let frames = log[change..i].iter().filter(|(w, _)| w == "frame").count();
        let idle = at - log[change].1;
        // Either in the first frame's wake after a change, or after typing stopped for 300 ms.
        assert!(
            frames <= 1 || idle >= 290.0,
            "write {writes} came {idle:.0} ms and {frames} frames after the last change"
        );
    }
    // The work is not held back until the end: writes happen during the burst too.
    assert!(writes >= 2, "{writes} writes");
}

#[wasm_bindgen_test]
async fn the_app_asks_to_keep_its_storage_once_there_is_something_worth_keeping() {
    let root = fresh(None);
    let _ = window().location().set_hash("#/question/1");
    let _app = mount(&root);
    // Opening a question saves the resume point: a write with nothing worth keeping in it yet.
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("#/question/1"))).await);
    assert!(stored().is_some_and(|s| s.contains("\"persist_asked\":false")));
    input(&root, "input[value=broad]").click();
    assert!(wait_for(|| stored().is_some_and(|s| s.contains("\"persist_asked\":true"))).await);
}

#[wasm_bindgen_test]
async fn a_backup_reminder_shows_until_a_backup_is_downloaded() {
    let root = fresh(Some(&encode(&draft_doc("Goal"))));
    let _ = window().location().set_hash("#/agreements");
    let _app = mount(&root);
    assert!(
        wait_for(|| text(&root, ".reminder").contains("haven't downloaded a backup yet")).await
    );
    control(&root, "Download a full backup").click();
    assert!(wait_for(|| root.query_selector(".reminder").ok().flatten().is_none()).await);
    assert!(wait_for(|| stored_doc().last_backup > 0).await);
}

#[wasm_bindgen_test]
async fn a_staged_first_draw_holds_back_the_screen_until_it_is_ready() {
    let root = fresh(None);
    let ready = RwSignal::new(false);
    let _app = leptos::mount::mount_to(root.clone(), move || view! { <App screen_ready=ready /> });
    assert!(text(&root, "header").contains("Mentoring or Coaching?"));
    assert_eq!(text(&root, "main"), "");
    ready.set(true);
    assert!(wait_for(|| text(&root, "h1").contains("Mentoring or coaching")).await);
    assert!(text(&root, "main").contains("never leave this device"));
}
