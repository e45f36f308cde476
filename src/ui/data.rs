//! The stored document's decoder and saver, fetched on demand: a first visit has nothing to decode, and
//! nothing to save until the person acts, so the first download holds neither (nor the JSON library).
//!
//! With the `split` feature (release builds) these are split points of one chunk, `data`, fetched as
//! soon as the app starts; once it is here every call runs at once, in the caller's task. Without the
//! feature (component tests, `trunk serve`) they are plain calls that are always ready.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::core::text::{raw_pairs, Catalogue};
use crate::storage::{self, Loaded, StorageError};
use crate::ui::screens::NotLoaded;
use crate::ui::state::{AppState, SaveState};
use crate::ui::sync;

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(data, fallible, preload(fetch_data))]
fn decode_in_chunk(raw: String) -> Result<Loaded, NotLoaded> {
    Ok(storage::decode_stored(raw))
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(data, fallible)]
fn persist_in_chunk(state: AppState) -> Result<(), NotLoaded> {
    sync::persist_now(state);
    Ok(())
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(data, fallible)]
fn storage_event_in_chunk(state: AppState, key: Option<String>) -> Result<(), NotLoaded> {
    sync::on_storage_event_now(state, key);
    Ok(())
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(data, fallible)]
fn language_in_chunk(lang: String, text: String) -> Result<Option<Catalogue>, NotLoaded> {
    Ok(read_language(&lang, &text))
}

#[cfg(not(feature = "split"))]
async fn language_in_chunk(lang: String, text: String) -> Result<Option<Catalogue>, NotLoaded> {
    Ok(read_language(&lang, &text))
}

/// A language file's texts, read with the JSON library that lives here; `None` for a file that is
/// not one object of texts. The key names read it by stay here too, out of the first download.
fn read_language(lang: &str, text: &str) -> Option<Catalogue> {
    let json: serde_json::Value = serde_json::from_str(text).ok()?;
    Some(Catalogue::read(lang, raw_pairs(&json)?))
}

/// Reads a language file's text into its texts, waiting for the reader if it is not here yet.
pub async fn language(lang: String, text: String) -> Result<Option<Catalogue>, NotLoaded> {
    language_in_chunk(lang, text).await
}

#[cfg(not(feature = "split"))]
async fn decode_in_chunk(raw: String) -> Result<Loaded, NotLoaded> {
    Ok(storage::decode_stored(raw))
}

#[cfg(not(feature = "split"))]
async fn persist_in_chunk(state: AppState) -> Result<(), NotLoaded> {
    sync::persist_now(state);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn storage_event_in_chunk(state: AppState, key: Option<String>) -> Result<(), NotLoaded> {
    sync::on_storage_event_now(state, key);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn fetch_data() -> Result<(), NotLoaded> {
    Ok(())
}

/// Starts downloading the chunk, so the first save finds it here. A failure is left for that save
/// to meet: it fetches again.
pub fn prefetch() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = fetch_data().await;
    });
}

/// Decodes the stored text, waiting for the decoder if it is not here yet.
pub async fn decode(raw: String) -> Result<Loaded, NotLoaded> {
    decode_in_chunk(raw).await
}

/// Decodes the stored text if the decoder is already here (always, without `split`).
pub fn decode_now(raw: String) -> Option<Result<Loaded, NotLoaded>> {
    let mut call: Pin<Box<dyn Future<Output = Result<Loaded, NotLoaded>>>> =
        Box::pin(decode_in_chunk(raw));
    ready_now(&mut call)
}

/// Writes the document now, or as soon as the saver has arrived.
pub fn persist(state: AppState) {
    now_or_later(state, Box::pin(persist_in_chunk(state)));
}

/// Takes in another tab's write now, or as soon as the code for it has arrived.
pub fn on_storage_event(state: AppState, key: Option<String>) {
    now_or_later(state, Box::pin(storage_event_in_chunk(state, key)));
}

type Call = Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>>;

/// Runs the call in this task if its code is here; otherwise once it arrives. Should it fail to
/// arrive, the change is still on screen and the banner says it is not saved; the next save tries again.
fn now_or_later(state: AppState, mut call: Call) {
    let failed = move || {
        state
            .save
            .set(SaveState::Failed(StorageError::NotDownloaded))
    };
    match ready_now(&mut call) {
        Some(Ok(())) => {}
        Some(Err(NotLoaded)) => failed(),
        None => leptos::task::spawn_local(async move {
            if call.await.is_err() {
                failed();
            }
        }),
    }
}

/// Polls a future once: its result if it is ready now. The same future may be polled again later
/// with a real waker.
fn ready_now<T>(future: &mut Pin<Box<dyn Future<Output = T>>>) -> Option<T> {
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}
