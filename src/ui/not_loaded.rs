//! Shown in place of a screen whose code could not be downloaded, with a way to try again.

use leptos::prelude::*;

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
            <h1 id="not-loaded-title" tabindex="-1">"This page didn't load"</h1>
            <p>
                "Part of the app couldn't be downloaded, perhaps because the connection dropped. "
                "Everything you entered is still safe in this browser."
            </p>
            <p>"Check your connection, then try again."</p>
            <button type="button" class="primary" on:click=retry>"Try again"</button>
            {move || state.org.get().map(|org| org.contacts("If it keeps happening, ask "))}
        </section>
    }
}
