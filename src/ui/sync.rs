//! Saving and syncing: saves that keep out of the way of typing (written just after a change's frame
//! is painted, at most one every 300 ms, or once typing pauses; flushed when the page is hidden), and
//! tabs that never write blindly over each other's work.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::save::{plan_incoming, plan_save, Incoming, SavePlan};
use crate::storage::{self, Current, LoadIssue, KEY};
use crate::ui::state::{AppState, SaveState};

/// The shortest time between two saves while changes keep coming.
const THROTTLE_MS: f64 = 300.0;
/// How long changes must pause before what they left unsaved is written.
const PAUSE_MS: f64 = 300.0;
/// A save queued for after the next frame runs after this long where there are no frames.
const AFTER_PAINT_MS: u64 = 100;

/// Called on every change. A save never runs in the keystroke's own task, nor at a moment a timer
/// picks: encoding and writing a document with many drafts takes longer than a frame on a slow
/// phone, and a save that starts just before a key press holds that letter back. So a save runs
/// right after the frame showing a change is painted (the moment the next key press is furthest
/// off), at most once every 300 ms; a change inside that window waits for the next change after
/// it, or for typing to pause. Nothing is lost meanwhile: hiding or closing the page writes at once.
pub fn schedule_save(state: AppState) {
    let now = js_sys::Date::now();
    state.last_change.set_value(now);
    let was_pending = state.pending.get_value();
    state.pending.set_value(true);
    if state.queued.get_value() {
        return;
    }
    // Clamped: a clock set back must not put the save off until the page is hidden.
    let since = now - state.last_save.get_value();
    if !(0.0..THROTTLE_MS).contains(&since) {
        after_paint(state);
    } else if !was_pending {
        after_pause(state, PAUSE_MS);
    }
}

/// Queues the save for just after the next frame is painted; the timer also runs where frames
/// don't (a hidden page). Whichever comes second finds the save done: no new one can be queued
/// within 300 ms of the last.
fn after_paint(state: AppState) {
    state.queued.set_value(true);
    request_animation_frame(move || set_timeout(move || flush(state), Duration::ZERO));
    set_timeout(
        move || {
            if state.queued.try_get_value() == Some(true) {
                flush(state);
            }
        },
        Duration::from_millis(AFTER_PAINT_MS),
    );
}

/// Writes what is waiting once no change has come for `PAUSE_MS`, unless a save after a frame
/// was queued meanwhile.
fn after_pause(state: AppState, wait: f64) {
    set_timeout(
        move || {
            if state.pending.try_get_value() != Some(true) || state.queued.get_value() {
                return;
            }
            let idle = js_sys::Date::now() - state.last_change.get_value();
            if (0.0..PAUSE_MS).contains(&idle) {
                after_pause(state, PAUSE_MS - idle);
            } else {
                flush(state);
            }
        },
        Duration::from_millis(wait.ceil() as u64),
    );
}

/// Writes a waiting save now (the page is being hidden or closed, or its moment came).
/// A timer can outlive the app that set it, so a disposed state is a quiet no-op.
pub fn flush(state: AppState) {
    if state.pending.try_get_value() == Some(true) {
        state.pending.set_value(false);
        state.queued.set_value(false);
        crate::ui::data::persist(state);
    }
}

/// Writes the document. If another tab wrote since we last looked, the two are merged first, so
/// neither tab's work is lost. The decision is the core's (`plan_save`); this only carries it out.
/// Runs inside the `data` chunk (called through `ui::data::persist`), with the encoder and the merge.
pub fn persist_now(state: AppState) {
    if state
        .save
        .try_get_untracked()
        .is_none_or(|s| s == SaveState::Off)
    {
        return;
    }
    state.last_save.set_value(js_sys::Date::now());
    let now = match state
        .seen
        .with_value(|seen| storage::read_current_unless(seen.as_ref()))
    {
        Ok(now) => now,
        Err(e) => {
            state.save.set(SaveState::Failed(e));
            return;
        }
    };
    let plan = state.doc.with_untracked(|current| {
        state.base.with_value(|base| {
            state.base_raw.with_value(|base_raw| {
                let stored = match &now {
                    Current::AsSeen => base_raw.as_deref(),
                    Current::Other(stored) => stored.as_deref(),
                };
                plan_save(current, base, base_raw.as_deref(), stored)
            })
        })
    });
    let write = match plan {
        SavePlan::Nothing => return,
        SavePlan::Stop { found } => {
            // A newer version of the app wrote this: stop writing rather than damage it.
            state.issue.set(Some(LoadIssue::Newer { found }));
            state.save.set(SaveState::Off);
            return;
        }
        SavePlan::Write(write) => *write,
    };
    if let Some((raw, error)) = &write.set_aside {
        // Something else wrote unreadable text: keep a copy aside and say so, then write ours.
        match storage::quarantine(raw) {
            Ok(quarantine_key) => state.issue.set(Some(LoadIssue::SetAsideElsewhere {
                error: error.clone(),
                quarantine_key,
            })),
            Err(e) => {
                state.save.set(SaveState::Failed(e));
                return;
            }
        }
    }
    if !write.notes.is_empty() {
        state
            .notes
            .update(|n| n.extend(write.notes.iter().map(crate::ui::text::say)));
    }
    match storage::write_seen(&write.text) {
        Ok(seen) => {
            let revision = write.doc.revision;
            state.base_raw.set_value(Some(write.text));
            state.seen.set_value(Some(seen));
            state.save.set(SaveState::Saved);
            if write.brings_changes {
                // A merge brought in another tab's work: show it.
                state.base.set_value(write.doc.clone());
                state.doc.set(write.doc);
            } else {
                // Only the counter moved: update it quietly so this doesn't count as a new change.
                state.base.set_value(write.doc);
                state.doc.update_untracked(|d| d.revision = revision);
            }
            if write.ask_persistence {
                storage::request_persistence();
                state.doc.update(|d| d.persist_asked = true);
            }
        }
        Err(e) => state.save.set(SaveState::Failed(e)),
    }
}

/// Another tab wrote: take its version if we have no unsaved changes, otherwise merge.
/// Runs inside the `data` chunk (called through `ui::data::on_storage_event`), with the decoder.
pub fn on_storage_event_now(state: AppState, key: Option<String>) {
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
    let unsaved = state
        .doc
        .with_untracked(|d| state.base.with_value(|base| d != base));
    let plan = state
        .base_raw
        .with_value(|base_raw| plan_incoming(stored.as_deref(), base_raw.as_deref(), unsaved));
    match plan {
        Incoming::Ignore => {}
        Incoming::Take(theirs) => {
            state.base.set_value(theirs.clone());
            state.base_raw.set_value(stored);
            state.seen.set_value(None);
            state.doc.set(theirs);
        }
        Incoming::Stop { found } => {
            state.issue.set(Some(LoadIssue::Newer { found }));
            state.save.set(SaveState::Off);
        }
        // Unsaved changes here, or storage cleared or damaged elsewhere: a save merges or repairs.
        Incoming::Save => persist_now(state),
    }
}
