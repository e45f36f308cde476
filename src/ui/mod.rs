//! The Leptos UI: thin components, one per file, that show the core's data and call into it.

mod address;
mod agreement_document;
mod agreement_editor;
mod agreement_list;
mod app;
mod comparison;
mod data;
pub mod draft_fields;
mod exchange_notice;
mod export_actions;
mod field_input;
pub mod files;
mod import_file;
pub mod language;
mod language_switch;
mod lean_bar;
mod lock_notice;
mod merge_view;
mod not_loaded;
mod org_header;
mod org_programmes;
mod org_terms;
pub mod organisation;
mod organisation_page;
mod question_form;
mod question_step;
mod result_screen;
mod retired_fields;
mod review;
pub mod screens;
mod sign_panel;
mod site_footer;
mod site_header;
pub mod state;
pub mod status_banner;
mod status_details;
mod sync;
pub mod text;
mod update_banner;
mod welcome;

pub use app::App;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::core::route::Route;
use crate::storage::{self, Loaded, Stored};

/// Mounts the app on the page body, in place of the static welcome that `index.html` shows while
/// the app downloads (the page's loader starts the app only once that copy is on screen).
///
/// The first draw is spread over three short tasks, so the page never stops answering for long:
/// the shell is built off-page, then the screen inside it, then it replaces the static copy.
/// A returning visitor's stored document is decoded first, by code fetched for it (`ui::data`); a
/// first visit has nothing to decode and draws at once.
///
/// The code the next step needs is fetched before the first draw (the download runs off the main
/// thread): on the welcome, the questions' code, so even a click the moment Start appears does not
/// wait for it; then the saver, so the first change finds it here. On a question (the static
/// copy's Start was pressed before the app arrived, or a link), the questions' code is fetched
/// first and the app drawn once it is here, so the swap shows the question, never "Loading…".
pub fn mount() {
    // The person's language first: the app is drawn in it from the start.
    let lang = language::start_language();
    if lang == "en" {
        language::mark_page(&lang);
        start();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            // Should the file not arrive, the app starts in English and the switch says so.
            if language::use_language(&lang).await.is_err() {
                language::mark_page("en");
            }
            start();
        });
    }
}

fn start() {
    let route = Route::parse(&state::current_hash());
    let welcome = route == Route::Welcome;
    let loaded = match storage::read_stored() {
        Stored::Unavailable => Loaded::without_text(true),
        Stored::Empty => Loaded::without_text(false),
        Stored::Text(raw) => {
            // Leptos's own executor is set up when the app mounts, which this waits for.
            wasm_bindgen_futures::spawn_local(async move {
                match data::decode(raw).await {
                    // The welcome is drawn once its code is here (see below).
                    Ok(loaded) if welcome => {
                        screens::prefetch_questions(move || draw_shell(loaded))
                    }
                    Ok(loaded) => draw_shell(loaded),
                    // The page's own message: the app could not load, try again.
                    Err(screens::NotLoaded) => {
                        if let Some(root) = document().document_element() {
                            let classes = root.get_attribute("class").unwrap_or_default();
                            let _ = root.set_attribute("class", &format!("{classes} failed"));
                        }
                    }
                }
            });
            return;
        }
    };
    // The welcome and the questions travel together: the app is drawn once their code is here, so
    // the swap never shows "Loading…"; until then the static copy shows them and takes Start.
    if welcome || matches!(route, Route::Question(_)) {
        screens::prefetch_questions(move || {
            data::prefetch();
            draw_shell(loaded);
        });
        return;
    } else {
        data::prefetch();
    }
    set_timeout(move || draw_shell(loaded), Duration::ZERO);
}

fn draw_shell(loaded: Loaded) {
    let Some(holder) = document()
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        // Cannot happen in a browser; still, draw the app the plain way rather than not at all.
        leptos::mount::mount_to_body(move || view! { <App loaded=loaded /> });
        return;
    };
    let screen_ready = RwSignal::new(false);
    leptos::mount::mount_to(
        holder.clone(),
        move || view! { <App screen_ready=screen_ready loaded=loaded.clone() /> },
    )
    .forget();
    set_timeout(
        move || {
            screen_ready.set(true);
            set_timeout(move || show(holder), Duration::ZERO);
        },
        Duration::ZERO,
    );
}

/// Swaps the static welcome for the app in one task, so no frame shows neither.
///
/// If the static copy shows its first question (Start was pressed before the app arrived), the swap
/// waits until the app's question is drawn rather than show "Loading…" in its place. The page's own
/// script (index.html) hears `handover` just before the swap, to note the answer chosen, the focus
/// and a button pressed on the static copy, and `takenover` just after, to do the same in the app.
fn show(holder: HtmlElement) {
    let Some(boot) = document().get_element_by_id("boot") else {
        let _ = document().body().map(|body| body.append_child(&holder));
        return;
    };
    let asking = boot
        .get_attribute("class")
        .is_some_and(|c| c.split(' ').any(|c| c == "asking"));
    if asking && matches!(holder.query_selector("main > .loading"), Ok(Some(_))) {
        set_timeout(move || show(holder), Duration::from_millis(10));
        return;
    }
    let say = |target: &web_sys::EventTarget, name: &str| {
        if let Ok(event) = web_sys::Event::new(name) {
            let _ = target.dispatch_event(&event);
        }
    };
    say(&boot, "handover");
    boot.remove();
    let _ = document().body().map(|body| body.append_child(&holder));
    say(&window(), "takenover");
}
