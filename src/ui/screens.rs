//! The screens past the welcome page, each loaded on demand so the first visit downloads only what it shows.
//!
//! With the `split` feature (release builds), every loader here is a split point: `wasm-split-cli`
//! moves the screen's code into a separate wasm file that is fetched the first time it is shown. Without
//! the feature (component tests, `trunk serve`) the same loaders simply build the screen.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::core::route::Route;
use crate::ui::agreement_editor::AgreementEditor;
use crate::ui::agreement_list::AgreementList;
use crate::ui::organisation_page::OrganisationPage;
use crate::ui::question_step::QuestionStep;
use crate::ui::result_screen::ResultScreen;
use crate::ui::review::Review;
use crate::ui::state::AppState;
use crate::ui::status_details::StatusDetails;
use crate::ui::welcome::Welcome;

/// A screen's code could not be downloaded: offline before the app was ever fully cached, or a
/// failed request. Nothing is lost; the person can try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Builds the screen at once if its code is here: inside the caller's reactive owner, so it is
/// cleaned up like any other view. Otherwise starts downloading the code, returns `None`, and calls
/// `arrived` with the download's outcome; the caller then asks again.
pub fn build_or_fetch(
    screen: Screen,
    arrived: impl FnOnce(Result<(), NotLoaded>) + 'static,
) -> Option<Result<AnyView, NotLoaded>> {
    let Screen { mut build, fetch } = screen;
    let built = ready_now(&mut build);
    if built.is_none() {
        // The pending build holds nothing the download needs; a later call builds afresh.
        drop(build);
        leptos::task::spawn_local(async move { arrived(fetch.await) });
    }
    built
}

/// Fetches the questions' code without drawing anything, so Start on the welcome screen does not
/// wait for a download. A failure is left for the click to meet: it fetches again and says so.
/// `then` runs once the download has ended, to fetch what is needed next without slowing this one.
/// Needs no app state, so `ui::mount` starts it before the first draw.
pub fn prefetch_questions(then: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = fetch_questions().await;
        then();
    });
}

/// Only there to name the questions' chunk for `prefetch_questions`.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(questions, fallible, preload(fetch_questions))]
fn questions_chunk() -> Result<(), NotLoaded> {
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn fetch_questions() -> Result<(), NotLoaded> {
    Ok(())
}

/// Polls a future once: its result if it is ready now.
fn ready_now<T>(future: &mut Pin<Box<dyn Future<Output = T>>>) -> Option<T> {
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// A screen's view, ready at once when its code is already here. One boxed type for all of them, so
/// the app shell holds one copy of the code that handles a screen instead of one per screen.
pub type Building = Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>>>>;

/// Downloading a screen's code without building it.
pub type Fetching = Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>>;

/// What the shell needs to show a screen: build it if its code is here, or fetch the code first.
pub struct Screen {
    pub build: Building,
    pub fetch: Fetching,
}

/// Declares one screen loader: a split point under `split`, plain async functions otherwise.
/// Screens named with the same chunk travel in the same file.
macro_rules! screen {
    ($chunk:ident, $name:ident ($($arg:ident : $ty:ty),*) $body:block) => {
        pub fn $name($($arg: $ty),*) -> Screen {
            #[cfg(feature = "split")]
            #[wasm_split_helpers::wasm_split($chunk, fallible, preload(fetch))]
            fn build($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
                Ok($body)
            }

            #[cfg(not(feature = "split"))]
            async fn build($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
                Ok($body)
            }
            #[cfg(not(feature = "split"))]
            async fn fetch() -> Result<(), NotLoaded> {
                Ok(())
            }

            Screen {
                build: Box::pin(build($($arg),*)),
                fetch: Box::pin(async { fetch().await.map_err(NotLoaded::from) }),
            }
        }
    };
}

// The welcome travels with the questions: the page's static copy shows it (and takes Start) until
// this code is here, and the first download stays free of its words and views.
screen!(questions, welcome_screen(state: AppState) {
    view! { <Welcome doc=state.doc /> }.into_any()
});

screen!(questions, question_screen(state: AppState, route: Route) {
    view! { <QuestionStep state=state route=route /> }.into_any()
});

screen!(questions, review_screen(state: AppState, at: Option<usize>) {
    view! { <Review state=state at=at /> }.into_any()
});

screen!(result, result_screen(state: AppState) {
    view! { <ResultScreen state=state /> }.into_any()
});

screen!(agreements, agreement_list_screen(state: AppState) {
    view! { <AgreementList state=state /> }.into_any()
});

screen!(agreements, agreement_screen(state: AppState, id: String) {
    view! { <AgreementEditor state=state id=id /> }.into_any()
});

screen!(data, status_details(state: AppState) {
    view! { <StatusDetails state=state /> }.into_any()
});

/// The organisation reader's one entry (one split point, so the first download holds one loader):
/// with the text of `organisation.json`, puts the settings in effect.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(data, fallible, preload(fetch_organisation))]
fn organisation(state: AppState, text: String) -> Result<(), NotLoaded> {
    crate::ui::org_header::apply(state, &text);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn organisation(state: AppState, text: String) -> Result<(), NotLoaded> {
    crate::ui::org_header::apply(state, &text);
    Ok(())
}

// The administrator's check page at `#/organisation` travels with the agreements' code, not in the
// data chunk that every visitor fetches at start (and a returning one waits for): only
// administrators open it. It shows what the data chunk's reader found, so the reader is not copied.
screen!(agreements, organisation_page(state: AppState) {
    view! { <OrganisationPage state=state /> }.into_any()
});

/// Reads `organisation.json`'s text and puts what can be used in effect (accent, header, screens' settings).
pub async fn read_organisation(state: AppState, text: String) -> Result<(), NotLoaded> {
    organisation(state, text).await
}
