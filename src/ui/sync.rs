//! Saving and syncing: throttled saves (at most one every 300 ms, flushed when the page is hidden),
//! and tabs that never write blindly over each other's work.

use leptos::prelude::*;

use crate::core::document::{decode, encode, DecodeError};
use crate::core::merge::merge;
use crate::storage::{self, LoadIssue, KEY};
use crate::ui::state::{AppState, SaveState};

/// The longest a change waits before it is written.
const THROTTLE_MS: f64 = 300.0;

/// Called on every change: saves now, or once the throttle window ends.
pub fn schedule_save(state: AppState) {
    if state.pending.get_value() {
        return;
    }
    let wait = THROTTLE_MS - (js_sys::Date::now() - state.last_save.get_value());
    if wait <= 0.0 {
        persist(state);
    } else {
        state.pending.set_value(true);
        set_timeout(
            move || flush(state),
            std::time::Duration::from_millis(wait as u64),
        );
    }
}

/// Writes a scheduled save now (the page is being hidden or closed, or the timer ran).
/// A timer can outlive the app that set it, so a disposed state is a quiet no-op.
pub fn flush(state: AppState) {
    if state.pending.try_get_value() == Some(true) {
        state.pending.set_value(false);
        persist(state);
    }
}

/// Writes the document. If another tab wrote since we last looked, the two are merged first, so
/// neither tab's work is lost.
pub fn persist(state: AppState) {
    if state
        .save
        .try_get_untracked()
        .is_none_or(|s| s == SaveState::Off)
    {
        return;
    }
    state.last_save.set_value(js_sys::Date::now());
    let stored = match storage::read_current() {
        Ok(stored) => stored,
        Err(e) => {
            state.save.set(SaveState::Failed(e));
            return;
        }
    };
    let current = state.doc.get_untracked();
    let base = state.base.get_value();
    let changed_elsewhere = stored != state.base_raw.get_value();
    if !changed_elsewhere && current == base {
        return;
    }
    let mut next = current.clone();
    if let (true, Some(raw)) = (changed_elsewhere, stored.as_ref()) {
        match decode(raw) {
            Ok(theirs) => {
                let merged = merge(&base, &current, &theirs);
                next = merged.doc;
                if !merged.notes.is_empty() {
                    state.notes.update(|n| n.extend(merged.notes));
                }
            }
            Err(DecodeError::Newer { found }) => {
                // A newer version of the app wrote this: stop writing rather than damage it.
                state.issue.set(Some(LoadIssue::Newer { found }));
                state.save.set(SaveState::Off);
                return;
            }
            Err(_) => {
                // Something else wrote unreadable text: keep a copy aside, then write ours.
                if let Err(e) = storage::quarantine(raw) {
                    state.save.set(SaveState::Failed(e));
                    return;
                }
            }
        }
    }
    next.revision = next.revision.max(base.revision) + 1;
    let text = encode(&next);
    match storage::write(&text) {
        Ok(()) => {
            state.base.set_value(next.clone());
            state.base_raw.set_value(Some(text));
            state.save.set(SaveState::Saved);
            let ask = next.has_content() && !next.persist_asked;
            let mut unchanged = current;
            unchanged.revision = next.revision;
            if next == unchanged {
                // Only the counter moved: update it quietly so this doesn't count as a new change.
                state.doc.update_untracked(|d| d.revision = next.revision);
            } else {
                // A merge brought in another tab's work: show it.
                state.doc.set(next);
            }
            if ask {
                storage::request_persistence();
                state.doc.update(|d| d.persist_asked = true);
            }
        }
        Err(e) => state.save.set(SaveState::Failed(e)),
    }
}

/// Another tab wrote: take its version if we have no unsaved changes, otherwise merge.
pub fn on_storage_event(state: AppState, key: Option<String>) {
    // `None` means the other tab cleared all storage.
    if key.as_deref().is_some_and(|k| k != KEY)
        || state
            .save
            .try_get_untracked()
            .is_none_or(|s| s == SaveState::Off)
    {
        return;
    }
    let Ok(stored) = storage::read_current() else {
        return;
    };
    if stored == state.base_raw.get_value() {
        return;
    }
    let unsaved = state.doc.with_untracked(|d| d != &state.base.get_value());
    match stored.as_deref().map(decode) {
        Some(Ok(theirs)) if !unsaved => {
            state.base.set_value(theirs.clone());
            state.base_raw.set_value(stored);
            state.doc.set(theirs);
        }
        Some(Err(DecodeError::Newer { found })) => {
            state.issue.set(Some(LoadIssue::Newer { found }));
            state.save.set(SaveState::Off);
        }
        // Unsaved changes here, or storage cleared or damaged elsewhere: a save merges or repairs.
        _ => persist(state),
    }
}
