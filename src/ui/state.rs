//! The app's shared reactive state and the few browser helpers every screen uses.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::agreement::{Draft, Status};
use crate::core::document::Document;
use crate::core::route::Route;
use crate::storage::{self, LoadIssue, Loaded, StorageError, Stored};
pub use crate::ui::address::navigate;
use crate::ui::data;
use crate::ui::organisation::Org;

/// Whether the last change reached storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since loading.
    Idle,
    Saved,
    Failed(StorageError),
    /// Saving is switched off (blocked storage, unreadable or newer data).
    Off,
}

/// Everything the screens share. Copy, so it is passed as a prop instead of through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveState>,
    pub issue: RwSignal<Option<LoadIssue>>,
    /// A partner's copy of an agreement that differs from ours, waiting for the person to choose.
    pub incoming: RwSignal<Option<Draft>>,
    /// The organisation's settings once `organisation.json` has been read; `None` means the built-in defaults.
    pub org: RwSignal<Option<Arc<dyn Org>>>,
    /// The last import's outcome, in words.
    pub import_message: RwSignal<Option<String>>,
    /// What a merge with another tab did, in words, until dismissed.
    pub notes: RwSignal<Vec<String>>,
    /// The document as last read from or written to storage: the common ancestor for merges.
    pub base: StoredValue<Document>,
    /// The stored text as last seen, to tell whether another tab wrote since.
    pub base_raw: StoredValue<Option<String>>,
    /// The same text as `base_raw` held by the browser, when this tab wrote it: saving then checks
    /// for other tabs' writes without copying the whole document into wasm. `None` means unknown.
    pub seen: StoredValue<Option<js_sys::JsString>, LocalStorage>,
    /// A change is waiting to be saved.
    pub pending: StoredValue<bool>,
    /// The waiting save is queued for just after the next painted frame.
    pub queued: StoredValue<bool>,
    /// When the last save ran and when the last change came (milliseconds), for throttling.
    pub last_save: StoredValue<f64>,
    pub last_change: StoredValue<f64>,
    /// The interface's language (`en`, `de`); the whole app is drawn again when it changes.
    pub lang: RwSignal<String>,
    /// Why the last language chosen could not be used, until another is chosen.
    pub lang_failed: RwSignal<Option<String>>,
}

impl AppState {
    /// Takes what was loaded from storage (or loads it now) and reads the screen from the address bar.
    pub fn load(loaded: Option<Loaded>) -> AppState {
        let loaded = loaded.unwrap_or_else(load_now);
        let save = match &loaded.issue {
            Some(issue) if !issue.allows_saving() => SaveState::Off,
            _ => SaveState::Idle,
        };
        AppState {
            base: StoredValue::new(loaded.document.clone()),
            base_raw: StoredValue::new(loaded.raw),
            seen: StoredValue::new_local(None),
            pending: StoredValue::new(false),
            queued: StoredValue::new(false),
            last_save: StoredValue::new(0.0),
            last_change: StoredValue::new(0.0),
            notes: RwSignal::new(Vec::new()),
            doc: RwSignal::new(loaded.document),
            route: RwSignal::new(Route::parse(&current_hash())),
            save: RwSignal::new(save),
            issue: RwSignal::new(loaded.issue),
            incoming: RwSignal::new(None),
            org: RwSignal::new(None),
            import_message: RwSignal::new(None),
            lang: RwSignal::new(crate::ui::text::lang().to_string()),
            lang_failed: RwSignal::new(None),
        }
    }
}

/// Reads storage now. Decoding stored text needs the `data` chunk; `ui::mount` waits for it, so it is
/// here unless the app was mounted some other way. If it is not, nothing is shown and nothing saved.
fn load_now() -> Loaded {
    match storage::read_stored() {
        Stored::Unavailable => Loaded::without_text(true),
        Stored::Empty => Loaded::without_text(false),
        Stored::Text(raw) => match data::decode_now(raw.clone()) {
            Some(Ok(loaded)) => loaded,
            _ => Loaded {
                document: Document::default(),
                issue: Some(LoadIssue::Unavailable),
                raw: Some(raw),
            },
        },
    }
}

/// One open draft, derived from the document once per change: the draft itself, the fields still
/// to fill in, its fingerprint and status. Copy, so every part of the editor can read them without
/// recomputing. The fingerprint is read only where a signature could count (or by a lagging copy,
/// see `agreement_document`), so typing in an unsigned draft never hashes it.
#[derive(Clone, Copy)]
pub struct DraftView {
    pub draft: Memo<Option<Draft>>,
    /// The ids of the fields that still need an answer: one pass over the fields per change, which
    /// the status, the count and each section's "Still to do" all read.
    pub missing: Signal<Vec<&'static str>>,
    /// SHA-256 of the content, computed once per change instead of once per reader, and only when read.
    pub fingerprint: Memo<String>,
    pub status: Memo<Status>,
    /// The status in words, naming who still has to sign.
    pub status_words: Memo<crate::core::text::Msg>,
}

impl DraftView {
    pub fn new(draft: Memo<Option<Draft>>) -> DraftView {
        let missing = Memo::new(move |_| {
            draft
                .with(|d| d.as_ref().map(Draft::missing_ids))
                .unwrap_or_default()
        });
        DraftView::with_missing(draft, missing.into())
    }

    /// A view whose list of fields still to fill in is kept elsewhere (the editor's `DraftFields`,
    /// which works it out field by field).
    pub fn with_missing(
        draft: Memo<Option<Draft>>,
        missing: Signal<Vec<&'static str>>,
    ) -> DraftView {
        let fingerprint = Memo::new(move |_| {
            draft
                .with(|d| d.as_ref().map(Draft::fingerprint))
                .unwrap_or_default()
        });
        let status = Memo::new(move |_| {
            let complete = missing.with(Vec::is_empty);
            draft
                .with(|d| {
                    d.as_ref()
                        .map(|d| d.status_from(complete, || fingerprint.get()))
                })
                .unwrap_or(Status::Draft)
        });
        let status_words = Memo::new(move |_| {
            let status = status.get();
            draft
                .with(|d| {
                    d.as_ref()
                        .map(|d| d.status_words_from(status, || fingerprint.get()))
                })
                .unwrap_or_else(|| Status::Draft.words().into())
        });
        DraftView {
            draft,
            missing,
            fingerprint,
            status,
            status_words,
        }
    }
}

/// How long typing must pause before the hidden print copy follows it.
const PRINT_LAG_MS: u64 = 400;

/// A copy of `draft` that follows it once typing pauses, and at once when printing starts. The print
/// view is hidden on screen and the agreement code sits at the end of the page, so re-running the
/// rows and the fingerprint on every keystroke would only slow the letter the person is waiting to see.
/// A keystroke only notes the time: one timer, set by the first change after a catch-up, looks again
/// when it fires and waits out the rest of the pause, so typing sets no timer of its own.
pub fn lagging(draft: Memo<Option<Draft>>) -> Memo<Option<Draft>> {
    let copy = RwSignal::new(draft.get_untracked());
    // When the draft last changed (milliseconds), and whether a timer is waiting for the pause.
    let changed = StoredValue::new(0.0);
    let waiting = StoredValue::new(false);
    let catch_up = move || {
        let now = draft.get_untracked();
        if copy.with_untracked(|c| c != &now) {
            copy.set(now);
        }
    };
    Effect::new(move |first: Option<()>| {
        draft.track();
        if first.is_none() {
            return;
        }
        changed.set_value(js_sys::Date::now());
        if !waiting.get_value() {
            waiting.set_value(true);
            wait_for_pause(changed, waiting, catch_up, PRINT_LAG_MS as f64);
        }
    });
    // Printing (or "Save as PDF") reads the copy in the same task, so bring it up to date first.
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| catch_up());
    on_cleanup(move || before_print.remove());
    Memo::new(move |_| copy.get())
}

/// Runs `catch_up` once `changed` is `PRINT_LAG_MS` old, looking again after `wait` milliseconds.
/// A timer can outlive the editor that set it: then it finds the values gone and does nothing.
fn wait_for_pause(
    changed: StoredValue<f64>,
    waiting: StoredValue<bool>,
    catch_up: impl Fn() + Copy + 'static,
    wait: f64,
) {
    set_timeout(
        move || {
            let Some(at) = changed.try_get_value() else {
                return;
            };
            let idle = js_sys::Date::now() - at;
            // Clamped: a clock set back must not hold the copy back for ever.
            if (0.0..PRINT_LAG_MS as f64).contains(&idle) {
                wait_for_pause(changed, waiting, catch_up, PRINT_LAG_MS as f64 - idle);
            } else {
                waiting.set_value(false);
                catch_up();
            }
        },
        Duration::from_millis(wait.ceil() as u64),
    );
}

/// The `#...` part of the address, or empty.
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Random bits for new ids, so drafts made on two devices don't share an id.
pub fn entropy() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now_ms().unsigned_abs()
}

/// Milliseconds since 1970.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today as YYYY-MM-DD in the person's time zone.
pub fn today() -> String {
    ymd(&js_sys::Date::new_0())
}

/// A moment (milliseconds since 1970) as YYYY-MM-DD in the person's time zone.
pub fn iso_date(ms: i64) -> String {
    ymd(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        ms as f64,
    )))
}

fn ymd(d: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A YYYY-MM-DD date in the person's own date style, from the browser's locale ("25 January 2027",
/// "January 25, 2027"), so screen, print and Markdown agree; in another language than English, in
/// that language's style ("25. Januar 2027"). Text that is not a real date is returned as it is.
pub fn local_date(iso: &str) -> String {
    local_date_in(crate::ui::text::lang(), iso)
}

/// As `local_date`, in the style of language `lang` (an agreement's own).
pub fn local_date_in(lang: &str, iso: &str) -> String {
    if crate::core::values::parse_date(iso).is_none() {
        return iso.to_string();
    }
    // A date and time without a zone is local time: midday, so no time zone moves it to another day.
    let date = js_sys::Date::new(&format!("{iso}T12:00:00").into());
    let options = js_sys::Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    // In English, the browser's own English (British or American style); else the language's.
    let browser = js_sys::Reflect::get(&window().navigator(), &"language".into())
        .ok()
        .and_then(|l| l.as_string())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en".into());
    let locale = match lang {
        "en" if browser.starts_with("en") => browser,
        "en" => "en-GB".to_string(),
        _ => lang.to_string(),
    };
    date.to_locale_date_string(&locale, &options)
        .as_string()
        .unwrap_or_else(|| iso.to_string())
}

/// Puts keyboard focus on the new screen's main heading, so screen readers announce it; or, when
/// the screen marks a control with `data-focus` (the answer just changed), on that control.
pub fn focus_heading() {
    let find = |selector: &str| document().query_selector(selector).ok().flatten();
    if let Some(el) = find("main [data-focus]") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
        return;
    }
    // A new screen starts at the top, header included, wherever the last one was scrolled to.
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let Some(el) = find("main h1") else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

use wasm_bindgen::JsCast;
