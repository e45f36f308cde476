//! The app shell: loads state, follows the address bar, saves every change, and shows one screen.

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::route::Route;
use crate::core::text::{key, Msg};
use crate::storage::Loaded;
use crate::ui::data;
use crate::ui::language::{self, built_in};
use crate::ui::language_switch::{switch, LanguageSwitch};
use crate::ui::not_loaded::NotLoadedScreen;
use crate::ui::screens::{self, Screen};
use crate::ui::site_footer::SiteFooter;
use crate::ui::site_header::SiteHeader;
use crate::ui::state::{current_hash, focus_heading, AppState};
use crate::ui::status_banner::StatusBanner;
use crate::ui::sync::{flush, schedule_save};
use crate::ui::text::{say, t};
use crate::ui::update_banner::UpdateBanner;

/// The whole app. With `screen_ready`, the screen waits until it is true, so the first draw can be
/// split into shorter tasks (see `ui::mount`); without it, everything is drawn at once. `loaded` is
/// what `ui::mount` read from storage; without it the app reads storage itself.
#[component]
pub fn App(
    #[prop(optional)] screen_ready: Option<RwSignal<bool>>,
    #[prop(optional)] loaded: Option<Loaded>,
) -> impl IntoView {
    let state = AppState::load(loaded);
    crate::ui::organisation::load(state);

    // Back, Forward, links and reloads all arrive as a new hash.
    // Setting an equal route would still rebuild the screen and lose its local state, so compare first.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        // An in-page link (`#main`) is not a screen: stay where the person is.
        if !Route::is_route(&hash) {
            return;
        }
        let route = Route::parse(&hash);
        if state.route.with_untracked(|r| r != &route) {
            state.route.set(route);
        }
    });
    on_cleanup(move || listener.remove());

    // Every change to the document is saved; the first run is the load itself, so skip it.
    Effect::new(move |first: Option<()>| {
        state.doc.track();
        if first.is_some() {
            schedule_save(state);
        }
    });
    // Closing, reloading or switching away writes any save still waiting.
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(state);
        }
    });
    // Another tab saved.
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        data::on_storage_event(state, ev.key())
    });
    on_cleanup(move || {
        pagehide.remove();
        hidden.remove();
        storage.remove();
    });

    // The page's title names the screen, in the language in effect.
    Effect::new(move || {
        state.lang.track();
        let screen = state.route.with(|r| say(&r.title()));
        document().set_title(&say(&Msg::new(key::TITLE_PAGE).with("screen", screen)));
    });
    // An organisation that does not offer the language in effect: its default (or first) instead.
    Effect::new(move || {
        let offered = state.org.with(|o| {
            o.as_ref().map(|o| {
                (
                    o.loaded().settings.languages.clone(),
                    o.loaded().settings.default_language.clone(),
                )
            })
        });
        let Some((offered, default)) = offered else {
            return;
        };
        let current = state.lang.get_untracked();
        let chosen = crate::storage::read_language();
        let wanted = if !offered.is_empty() && !offered.contains(&current) {
            Some(default.unwrap_or_else(|| language::preferred(&offered)))
        } else if chosen.is_none()
            && default.is_some()
            && language::preferred(&built_in()) == "en"
            && current == "en"
        {
            default
        } else {
            None
        };
        if let Some(lang) = wanted.filter(|l| l != &current) {
            leptos::task::spawn_local(async move { switch(state, lang).await });
        }
    });
    // Each screen change: remember it for resuming, move focus to the new heading.
    Effect::new(move |first: Option<()>| {
        let route = state.route.get();
        // The welcome screen is not a place to resume to, and recording it would lose the real one.
        let hash = route.hash();
        if route != Route::Welcome && state.doc.with_untracked(|d| d.resume != hash) {
            state.doc.update(|d| d.resume = hash);
        }
        if first.is_some() {
            request_animation_frame(focus_heading);
        }
    });

    // A screen whose code is not here yet shows "Loading…" while it downloads; `loaded` then
    // changes, the screen is built, and focus moves to its heading as on any other change of screen.
    let loaded = RwSignal::new(0u32);
    // The screen whose download failed, so only that one says so.
    let failed: RwSignal<Option<Route>> = RwSignal::new(None);
    let shown = StoredValue::new(false);
    // Each screen is drawn afresh. Two screens of the same kind (question 3, then question 2) would
    // otherwise share their elements, and a radio still checked from the last screen, renamed
    // into the new one's group, would clear the new screen's stored answer from view.
    let fresh = StoredValue::new(false);
    let show = move |screen: Screen| {
        let route = state.route.get_untracked();
        if failed.with_untracked(|f| f.as_ref() == Some(&route)) {
            return view! { <NotLoadedScreen state=state /> }.into_any();
        }
        let arrived = {
            let route = route.clone();
            move |result: Result<(), screens::NotLoaded>| {
                // The person may have moved on while it downloaded; only redraw the screen that asked.
                if state.route.with_untracked(|r| r == &route) {
                    if result.is_err() {
                        failed.set(Some(route));
                    }
                    loaded.update(|n| *n += 1);
                }
            }
        };
        let Some(built) = screens::build_or_fetch(screen, arrived) else {
            return view! { <p class="loading">{t(key::LOADING)}</p> }.into_any();
        };
        if shown.get_value() {
            request_animation_frame(focus_heading);
        }
        shown.set_value(true);
        match built {
            Ok(view) => view,
            Err(screens::NotLoaded) => view! { <NotLoadedScreen state=state /> }.into_any(),
        }
    };

    // A new language draws everything again; the screen, the answers and the drafts are in `state`.
    move || {
        state.lang.track();
        view! {
            <SiteHeader route=state.route>
                <LanguageSwitch state=state />
            </SiteHeader>
            <UpdateBanner />
            <StatusBanner state=state />
            <main id="main" tabindex="-1">
                {move || {
                    loaded.track();
                    let view = if screen_ready.is_some_and(|ready| !ready.get()) {
                        ().into_any()
                    } else {
                        match state.route.get() {
                            Route::Welcome => show(screens::welcome_screen(state)),
                            route @ (Route::Question(_) | Route::Revisit { .. }) => {
                                show(screens::question_screen(state, route))
                            }
                            Route::Review => show(screens::review_screen(state, None)),
                            Route::ReviewAt(n) => show(screens::review_screen(state, Some(n))),
                            Route::Result => show(screens::result_screen(state)),
                            Route::Agreements => show(screens::agreement_list_screen(state)),
                            Route::Agreement(id) => show(screens::agreement_screen(state, id)),
                            Route::Organisation => show(screens::organisation_page(state)),
                        }
                    };
                    // Alternating the branch makes Leptos replace the old screen instead of reusing it.
                    fresh.update_value(|f| *f = !*f);
                    if fresh.get_value() { Either::Left(view) } else { Either::Right(view) }
                }}
            </main>
            <SiteFooter />
        }
        // One shape whatever the language: redrawn whole, never diffed element by element.
        .into_any()
    }
}
