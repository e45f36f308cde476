//! The organisation's settings put in effect: the accent colour, and the name and logo beside the app's
//! name in the header. The header's space is reserved by the stylesheet, so nothing moves when they arrive.
//! Everything here travels in the organisation chunk (see `ui/screens.rs`), which is why the header is
//! drawn into the shell's empty `#org` slot from here rather than by the shell itself.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::core::organisation::{self, Loaded};
use crate::ui::organisation::Org;
use crate::ui::state::AppState;

struct Settings(Loaded);

impl Org for Settings {
    fn loaded(&self) -> &Loaded {
        &self.0
    }

    fn contacts(&self, lead: &'static str) -> AnyView {
        crate::ui::org_programmes::contacts_view(&self.0, lead)
    }
}

/// Reads the file's text and puts what can be used in effect.
pub fn apply(state: AppState, text: &str) {
    let loaded = organisation::read(Some(text));
    // The light scheme's accent (links, buttons); the reader checked it is dark enough for white text.
    if let Some(accent) = &loaded.settings.organisation.accent {
        if let Some(root) = document()
            .document_element()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            let _ = root.style().set_property("--org-accent", accent);
        }
    }
    let identity = loaded.settings.organisation.clone();
    state.org.set(Some(Arc::new(Settings(loaded))));
    if identity.name.is_some() || identity.logo.is_some() {
        draw_header(identity, 0);
    }
}

/// Draws the name and logo into the shell's slot; the shell may still be off-page (see `ui::mount`), so
/// this looks again shortly until it is there.
fn draw_header(identity: organisation::Identity, tries: u32) {
    let Some(slot) = document()
        .get_element_by_id("org")
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        if tries < 100 {
            set_timeout(
                move || draw_header(identity, tries + 1),
                Duration::from_millis(30),
            );
        }
        return;
    };
    let logo = identity.logo;
    let name = identity.name;
    // The logo says the name again when both are there, so screen readers skip it.
    let alt = match (&logo, &name) {
        (Some(l), Some(n)) if &l.alt == n => String::new(),
        (Some(l), _) => l.alt.clone(),
        _ => String::new(),
    };
    leptos::mount::mount_to(slot, move || {
        // A logo whose file is missing is hidden rather than shown as a broken image.
        let broken = RwSignal::new(false);
        view! {
            {logo.map(|l| view! { <img src=l.src alt=alt.clone() height="32" hidden=move || broken.get() on:error=move |_| broken.set(true) /> })}
            {name.map(|n| view! { <span class="org-name">{n}</span> })}
        }
    })
    .forget();
}
