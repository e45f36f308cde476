//! The only code that reads or writes local storage: loading, saving, quarantine of damaged data,
//! and typed errors. Nothing here panics when storage is missing, blocked or full.

use crate::core::document::{decode, read_newer, DecodeError, Document};
use crate::core::text::{key, Msg};
use gloo_storage::{LocalStorage, Storage};

/// Where the document lives.
pub const KEY: &str = crate::core::document::STORAGE_KEY;
/// Damaged data is copied under this prefix (plus a time stamp) and never written over.
/// The language the person chose, kept apart from the document: it is this browser's, not the data's.
pub const LANGUAGE_KEY: &str = crate::core::text::LANGUAGE_KEY;
pub const QUARANTINE_PREFIX: &str = "mentoring-or-coaching/quarantine/";

/// Why a save failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, settings, a sandboxed frame).
    Unavailable,
    /// The browser's storage is full.
    Full,
    /// The code that saves could not be downloaded (offline before it first arrived).
    NotDownloaded,
    /// Anything else the browser reported, in its words (empty when it gave none).
    Failed(String),
}

impl StorageError {
    pub fn message(&self) -> Msg {
        match self {
            StorageError::Unavailable => key::STORAGE_UNAVAILABLE.into(),
            StorageError::Full => key::STORAGE_FULL.into(),
            StorageError::NotDownloaded => key::STORAGE_NOT_DOWNLOADED.into(),
            StorageError::Failed(detail) if detail.is_empty() => key::STORAGE_FAILED_PLAIN.into(),
            StorageError::Failed(detail) => {
                Msg::new(key::STORAGE_FAILED).with("detail", detail.clone())
            }
        }
    }
}

/// Something found while loading that the person should know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadIssue {
    /// Storage is blocked: the app works in memory only.
    Unavailable,
    /// Stored data could not be read; it was set aside under `quarantine_key`.
    Quarantined {
        error: DecodeError,
        quarantine_key: String,
    },
    /// Another tab, or another program, saved data this tab could not read; it was set aside under
    /// `quarantine_key` before this tab saved its own work.
    SetAsideElsewhere {
        error: DecodeError,
        quarantine_key: String,
    },
    /// Stored data could not be read and could not be set aside either, so nothing will be written.
    Unreadable { error: DecodeError },
    /// Stored data is from a newer version: shown read-only, never written over.
    Newer { found: u32 },
}

impl LoadIssue {
    /// Whether the app may write to storage after this.
    pub fn allows_saving(&self) -> bool {
        matches!(
            self,
            LoadIssue::Quarantined { .. } | LoadIssue::SetAsideElsewhere { .. }
        )
    }

    /// The key a set-aside original was copied to, for its download button.
    pub fn quarantine_key(&self) -> Option<&str> {
        match self {
            LoadIssue::Quarantined { quarantine_key, .. }
            | LoadIssue::SetAsideElsewhere { quarantine_key, .. } => Some(quarantine_key),
            _ => None,
        }
    }

    pub fn message(&self) -> Msg {
        match self {
            LoadIssue::Unavailable => StorageError::Unavailable.message(),
            LoadIssue::Quarantined { error, .. } => {
                Msg::new(key::STORAGE_QUARANTINED).with_msg("why", error.message())
            }
            LoadIssue::SetAsideElsewhere { error, .. } => {
                Msg::new(key::STORAGE_SET_ASIDE_ELSEWHERE).with_msg("why", error.message())
            }
            LoadIssue::Unreadable { error } => {
                Msg::new(key::STORAGE_UNREADABLE).with_msg("why", error.message())
            }
            LoadIssue::Newer { found } => Msg::new(key::STORAGE_NEWER)
                .with_msg("why", DecodeError::Newer { found: *found }.message()),
        }
    }
}

/// What loading produced: always a usable document, plus anything to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    pub issue: Option<LoadIssue>,
    /// The stored text as read, so later saves can tell whether another tab wrote since.
    pub raw: Option<String>,
}

/// The storage handle, or `None` when the browser blocks it. gloo's `raw()` panics in that case,
/// so it is only called after the browser has said storage is there.
fn storage() -> Option<web_sys::Storage> {
    match web_sys::window()?.local_storage() {
        Ok(Some(_)) => Some(LocalStorage::raw()),
        _ => None,
    }
}

/// What storage holds before anything is decoded.
pub enum Stored {
    /// Storage is blocked: the app works in memory only.
    Unavailable,
    /// Nothing stored yet: a first visit.
    Empty,
    /// The document's text, still to be decoded (`decode_stored`).
    Text(String),
}

/// Reads the document's text without decoding it, so a first visit needs no decoder at all.
pub fn read_stored() -> Stored {
    let Some(store) = storage() else {
        return Stored::Unavailable;
    };
    match store.get_item(KEY) {
        Ok(Some(raw)) => Stored::Text(raw),
        Ok(None) => Stored::Empty,
        Err(_) => Stored::Unavailable,
    }
}

impl Loaded {
    /// What loading produced when there is no text to decode.
    pub fn without_text(stored_unavailable: bool) -> Loaded {
        Loaded {
            document: Document::default(),
            issue: stored_unavailable.then_some(LoadIssue::Unavailable),
            raw: None,
        }
    }
}

/// Loads the document. Never fails: problems come back as a `LoadIssue` beside a usable document.
pub fn load() -> Loaded {
    match read_stored() {
        Stored::Unavailable => Loaded::without_text(true),
        Stored::Empty => Loaded::without_text(false),
        Stored::Text(raw) => decode_stored(raw),
    }
}

/// Decodes stored text: the document, or what to tell the person (damaged text is set aside first).
pub fn decode_stored(raw: String) -> Loaded {
    match decode(&raw) {
        Ok(document) => Loaded {
            document,
            issue: None,
            raw: Some(raw),
        },
        Err(DecodeError::Newer { found }) => Loaded {
            document: read_newer(&raw).unwrap_or_default(),
            issue: Some(LoadIssue::Newer { found }),
            raw: Some(raw),
        },
        Err(error) => {
            let issue = match quarantine(&raw) {
                Ok(quarantine_key) => LoadIssue::Quarantined {
                    error,
                    quarantine_key,
                },
                Err(_) => LoadIssue::Unreadable { error },
            };
            Loaded {
                document: Document::default(),
                issue: Some(issue),
                // The damaged text is set aside, so writing over the main key loses nothing.
                raw: Some(raw),
            }
        }
    }
}

/// Copies damaged text to a new quarantine key, never over an existing one; returns the key.
pub fn quarantine(raw: &str) -> Result<String, StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    let stamp = js_sys::Date::now() as i64;
    let key = (0..)
        .map(|n| format!("{QUARANTINE_PREFIX}{stamp}-{n}"))
        .find(|k| matches!(store.get_item(k), Ok(None)))
        .unwrap_or_else(|| format!("{QUARANTINE_PREFIX}{stamp}"));
    store.set_item(&key, raw).map_err(|e| classify(&e))?;
    Ok(key)
}

/// The stored document text as it is now (another tab may have written it).
pub fn read_current() -> Result<Option<String>, StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    store.get_item(KEY).map_err(|e| classify(&e))
}

// The same calls as `Storage::getItem`/`setItem`, keeping the text as a JavaScript string, so a
// large document is not copied into wasm memory just to learn that nothing changed.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Storage)]
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_js(
        this: &TextStorage,
        key: &str,
    ) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_js(
        this: &TextStorage,
        key: &str,
        value: &js_sys::JsString,
    ) -> Result<(), wasm_bindgen::JsValue>;
}

/// What storage holds now, next to the text this tab last saw.
pub enum Current {
    /// Exactly the text last seen (compared on the JavaScript side).
    AsSeen,
    /// Something else, or nothing.
    Other(Option<String>),
}

/// Reads the document's text, copying it into wasm only when it differs from `seen`.
pub fn read_current_unless(seen: Option<&js_sys::JsString>) -> Result<Current, StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    let now = wasm_bindgen::JsCast::unchecked_ref::<TextStorage>(&store)
        .get_item_js(KEY)
        .map_err(|e| classify(&e))?;
    Ok(match (now, seen) {
        (Some(now), Some(seen)) if &now == seen => Current::AsSeen,
        (now, _) => Current::Other(now.map(String::from)),
    })
}

/// Writes already-encoded document text and hands back the stored copy for `read_current_unless`.
pub fn write_seen(text: &str) -> Result<js_sys::JsString, StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    let js = js_sys::JsString::from(text);
    wasm_bindgen::JsCast::unchecked_ref::<TextStorage>(&store)
        .set_item_js(KEY, &js)
        .map_err(|e| classify(&e))?;
    Ok(js)
}

/// Asks the browser to keep this site's storage even when space runs low. Best effort: the
/// answer is not needed, and browsers without the API are simply skipped.
pub fn request_persistence() {
    let navigator = window_navigator();
    let Some(navigator) = navigator else { return };
    let has_storage = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    if has_storage {
        let manager = navigator.storage();
        if js_sys::Reflect::has(&manager, &"persist".into()).unwrap_or(false) {
            let _ = manager.persist();
        }
    }
}

fn window_navigator() -> Option<web_sys::Navigator> {
    Some(web_sys::window()?.navigator())
}

/// The language chosen in this browser before, if any.
pub fn read_language() -> Option<String> {
    read_raw(LANGUAGE_KEY)
}

/// Remembers the chosen language; a failure only means the choice is asked again next time.
pub fn write_language(lang: &str) -> Result<(), StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    store.set_item(LANGUAGE_KEY, lang).map_err(|e| classify(&e))
}

/// Reads any stored value (used to offer a quarantined original for download).
pub fn read_raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Browsers spell "storage full" three ways; all of them mean the same to the person.
pub fn is_quota_error(name: &str, code: u16) -> bool {
    name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == 22
        || code == 1014
}

/// Reads `name` and `code` from whatever the browser threw (a DOMException, or a plain object in
/// older engines), so every spelling of "full" is recognised.
fn classify(error: &wasm_bindgen::JsValue) -> StorageError {
    let get = |key: &str| js_sys::Reflect::get(error, &key.into()).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = get("code").and_then(|v| v.as_f64()).unwrap_or(0.0) as u16;
    if is_quota_error(&name, code) {
        StorageError::Full
    } else {
        let message = get("message").and_then(|v| v.as_string()).unwrap_or(name);
        StorageError::Failed(message)
    }
}
