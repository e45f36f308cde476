//! The storage banner's live region. Its messages arrive on demand, since most visits need none.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::t;

use crate::ui::screens;
use crate::ui::state::{AppState, SaveState};

/// Shows load problems, failed saves and notes from other tabs; empty when all is well.
#[component]
pub fn StatusBanner(state: AppState) -> impl IntoView {
    let needed = move || {
        state.issue.with(Option::is_some)
            || state.notes.with(|n| !n.is_empty())
            || state.save.with(|s| matches!(s, SaveState::Failed(_)))
    };
    // Bumped when the messages' code has arrived, to draw them.
    let loaded = RwSignal::new(0u32);
    let details = move || {
        loaded.track();
        if !needed() {
            return None;
        }
        let arrived = move |_| loaded.update(|n| *n += 1);
        screens::build_or_fetch(screens::status_details(state), arrived)
            .map(|built| built.unwrap_or_else(|screens::NotLoaded| fallback()))
    };
    // The region is always there, so screen readers announce what appears in it.
    view! { <div class="banner-region storage-status" role="status">{details}</div> }
}

/// The messages could not be downloaded: still say that something needs attention.
fn fallback() -> AnyView {
    view! {
        <div class="banner">
            <p>{t(key::STATUS_COULD_NOT_LOAD)}</p>
        </div>
    }
    .into_any()
}
