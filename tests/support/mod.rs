//! Shared helpers for the component tests: a clean page, waiting for the DOM, finding controls the
//! way a person does (by their visible text), and reading what is stored.
#![allow(dead_code)]

use leptos::prelude::*;
use mentoring_or_coaching::core::document::{decode, Document};
use mentoring_or_coaching::storage::KEY;
use mentoring_or_coaching::ui::App;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

pub fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .ok()
        .flatten()
        .expect("storage in the test browser")
}

/// A clean page: no stored data, no hash, an empty body; optionally some stored text first.
pub fn fresh(stored: Option<&str>) -> HtmlElement {
    // Undo any storage a test blocked or filled, so the next test starts with the real one.
    let _ = js_sys::eval(
        "if (window.__realStorage) { Object.defineProperty(window, 'localStorage', window.__realStorage); delete window.__realStorage; } \
         if (Storage.prototype.setItem_original) { Storage.prototype.setItem = Storage.prototype.setItem_original; }",
    );
    storage().clear().expect("clear");
    // Each test starts in English, whatever the last one switched to.
    if let Some(english) = mentoring_or_coaching::ui::text::loaded("en") {
        mentoring_or_coaching::ui::text::use_loaded(english);
    }
    let _ = document()
        .document_element()
        .map(|r| r.set_attribute("lang", "en-GB"));
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

pub fn mount(root: &HtmlElement) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(root.clone(), || view! { <App /> })
}

pub async fn pause(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Waits until `cond` holds (up to two seconds) and says whether it did.
pub async fn wait_for(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if cond() {
            return true;
        }
        pause(10).await;
    }
    false
}

pub fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The button or link whose visible text is `label`, if there is one.
pub fn find_control(root: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let all = root.query_selector_all("button, a").expect("query");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|e| e.text_content().unwrap_or_default().trim() == label)
}

/// The button or link whose visible text is `label`, the way a person finds it.
pub fn control(root: &HtmlElement, label: &str) -> HtmlElement {
    find_control(root, label).unwrap_or_else(|| panic!("no control labelled {label:?}"))
}

pub fn input(root: &HtmlElement, selector: &str) -> HtmlInputElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

pub fn stored() -> Option<String> {
    storage().get_item(KEY).ok().flatten()
}

pub fn stored_doc() -> Document {
    decode(&stored().expect("stored")).expect("decodes")
}

/// The address's screen part, as the person sees it in the address bar.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The element that has keyboard focus now.
pub fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

/// Moves to a screen by its address, as a link or the address bar would.
pub fn go(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// The stored answer to question `id`, once saving has caught up (saves are throttled).
pub async fn stored_answer_becomes(id: &str, want: Option<&str>) -> bool {
    wait_for(|| {
        stored()
            .and_then(|raw| mentoring_or_coaching::core::document::decode(&raw).ok())
            .is_some_and(|d| d.assessment.answers.get(id).map(String::as_str) == want)
    })
    .await
}

/// Types into a text field the way the browser reports it.
pub fn type_into(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
}

/// Waits for the browser to draw `n` frames, so work the app queued for the next frame has run.
pub async fn frames(n: usize) {
    for _ in 0..n {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
}

/// Stored answers that settle on coaching: a lead with a precise goal, a sponsor and a 360.
pub fn coaching_answers() -> Document {
    let mut doc = Document::default();
    for (q, o) in [
        ("need-scope", "specific"),
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("measurable", "yes"),
        ("answers", "questions"),
        ("structure", "programme"),
        ("relationship", "focused"),
        ("sponsor", "closely"),
        ("situation", "promoted"),
        ("assessment", "had"),
        ("conversation", "reflect"),
    ] {
        doc.assessment.answers.insert(q.into(), o.into());
    }
    doc
}

/// German, read from the shipped file and kept ready, so switching to it needs no download here.
pub fn german() -> &'static mentoring_or_coaching::core::text::Catalogue {
    use mentoring_or_coaching::core::text::{raw_pairs, Catalogue};
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../../public/lang/de.json")).expect("German is JSON");
    let (cat, problems) = Catalogue::from_pairs("de", raw_pairs(&json).expect("one object"));
    assert!(problems.is_empty(), "{problems:?}");
    mentoring_or_coaching::ui::text::add(cat)
}

/// Chooses a language in the header's switch, as a person does.
pub fn choose_language(root: &HtmlElement, lang: &str) {
    let select: web_sys::HtmlSelectElement = root
        .query_selector("select#language")
        .ok()
        .flatten()
        .expect("the language switch")
        .unchecked_into();
    select.set_value(lang);
    let change = web_sys::Event::new("change").expect("event");
    select.dispatch_event(&change).expect("dispatch");
}
