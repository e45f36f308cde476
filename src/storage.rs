//! The only code that reads or writes local storage: loading, saving, quarantine of damaged data,
//! and typed errors. Nothing here panics when storage is missing, blocked or full.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use web_sys::DomException;

use crate::core::document::{decode, encode, read_newer, DecodeError, Document};

/// Where the document lives.
pub const KEY: &str = "mentoring-or-coaching/document";
/// Damaged data is copied under this prefix (plus a time stamp) and never written over.
pub const QUARANTINE_PREFIX: &str = "mentoring-or-coaching/quarantine/";

/// Why a save failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, settings, a sandboxed frame).
    Unavailable,
    /// The browser's storage is full.
    Full,
    /// Anything else the browser reported.
    Failed(String),
}

impl StorageError {
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable => "This browser isn't letting the app save anything, so your work is only kept while this tab is open. Download a copy to keep it.".into(),
            StorageError::Full => "Your browser's storage is full, so your latest change is not saved yet. It is still here on screen: download a copy to keep it safe.".into(),
            StorageError::Failed(detail) => format!("Your latest change could not be saved ({detail}). It is still here on screen: download a copy to keep it safe."),
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
    /// Stored data could not be read and could not be set aside either, so nothing will be written.
    Unreadable { error: DecodeError },
    /// Stored data is from a newer version: shown read-only, never written over.
    Newer { found: u32 },
}

impl LoadIssue {
    /// Whether the app may write to storage after this.
    pub fn allows_saving(&self) -> bool {
        matches!(self, LoadIssue::Quarantined { .. })
    }

    pub fn message(&self) -> String {
        match self {
            LoadIssue::Unavailable => StorageError::Unavailable.message(),
            LoadIssue::Quarantined { error, .. } => format!(
                "{} We've kept the original safely to one side and started fresh. You can download the original below.",
                error.message()
            ),
            LoadIssue::Unreadable { error } => format!(
                "{} We couldn't set it aside, so the app won't save over it. Your work here is kept only while this tab is open.",
                error.message()
            ),
            LoadIssue::Newer { found } => format!(
                "{} To protect it, this page shows what it can but won't save any changes. Reload the page to get the newest version.",
                DecodeError::Newer { found: *found }.message()
            ),
        }
    }
}

/// What loading produced: always a usable document, plus anything to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    pub issue: Option<LoadIssue>,
}

/// The storage handle, or `None` when the browser blocks it. gloo's `raw()` panics in that case,
/// so it is only called after the browser has said storage is there.
fn storage() -> Option<web_sys::Storage> {
    match web_sys::window()?.local_storage() {
        Ok(Some(_)) => Some(LocalStorage::raw()),
        _ => None,
    }
}

/// Loads the document. Never fails: problems come back as a `LoadIssue` beside a usable document.
pub fn load() -> Loaded {
    let Some(store) = storage() else {
        return Loaded {
            document: Document::default(),
            issue: Some(LoadIssue::Unavailable),
        };
    };
    let raw = match store.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                document: Document::default(),
                issue: None,
            }
        }
        Err(_) => {
            return Loaded {
                document: Document::default(),
                issue: Some(LoadIssue::Unavailable),
            }
        }
    };
    match decode(&raw) {
        Ok(document) => Loaded {
            document,
            issue: None,
        },
        Err(DecodeError::Newer { found }) => Loaded {
            document: read_newer(&raw).unwrap_or_default(),
            issue: Some(LoadIssue::Newer { found }),
        },
        Err(error) => {
            let quarantine_key = format!("{QUARANTINE_PREFIX}{}", js_sys::Date::now() as i64);
            let issue = match store.set_item(&quarantine_key, &raw) {
                Ok(()) => LoadIssue::Quarantined {
                    error,
                    quarantine_key,
                },
                Err(_) => LoadIssue::Unreadable { error },
            };
            Loaded {
                document: Document::default(),
                issue: Some(issue),
            }
        }
    }
}

/// Saves the document.
pub fn save(doc: &Document) -> Result<(), StorageError> {
    let store = storage().ok_or(StorageError::Unavailable)?;
    store.set_item(KEY, &encode(doc)).map_err(|e| classify(&e))
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

fn classify(error: &wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(e) if is_quota_error(&e.name(), e.code()) => StorageError::Full,
        Some(e) => StorageError::Failed(e.message()),
        None => StorageError::Failed("unknown error".into()),
    }
}
