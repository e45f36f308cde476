//! Shown in place of a screen whose code could not be downloaded, with a way to try again.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::t;

use crate::ui::state::AppState;

/// The screen could not be fetched; the person's work is untouched. The organisation's contacts, if
/// it gave any, say who can help when trying again does not.
#[component]
pub fn NotLoadedScreen(state: AppState) -> impl IntoView {
    let retry = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <section class="screen" aria-labelledby="not-loaded-title">
            <h1 id="not-loaded-title" tabindex="-1">{t(key::NOT_LOADED_TITLE)}</h1>
            <p>
                {t(key::NOT_LOADED_LEAD)}
            </p>
            <p>{t(key::NOT_LOADED_CHECK)}</p>
            <button type="button" class="primary" on:click=retry>{t(key::NOT_LOADED_RETRY)}</button>
            {move || state.org.get().map(|org| org.contacts(t(key::NOT_LOADED_ASK)))}
        </section>
    }
}
