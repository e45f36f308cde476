//! The page's static first screen, rendered to HTML at build time (`render-welcome`, `ssr` only):
//! the shell and the welcome screen as a new visitor sees them, from the same components the app
//! draws, plus the two lines only the static copy needs. The app replaces it whole (`ui::mount`).

use leptos::prelude::*;

use crate::core::document::Document;
use crate::core::route::Route;
use crate::core::text::key;
use crate::ui::site_footer::SiteFooter;
use crate::ui::site_header::SiteHeader;
use crate::ui::text::t;
use crate::ui::welcome::Welcome;

/// What `index.html` shows before the app has downloaded. The loading line shows instead of the
/// welcome for a link to a later screen; the failure line only if the app cannot load (style/main.css).
#[component]
pub fn FirstScreen() -> impl IntoView {
    view! {
        <div id="boot" class="boot">
            <SiteHeader route=RwSignal::new(Route::Welcome)>
                // The switch works once the app is here; its still copy keeps the header's layout.
                <span class="lang-switch" aria-hidden="true">
                    <label for="language">{t(key::LANGUAGE_LABEL)}</label>
                    <select id="language" disabled=true>
                        <option>{t(key::LANGUAGE_NAME)}</option>
                    </select>
                </span>
            </SiteHeader>
            <main id="main" tabindex="-1">
                <p class="loading boot-loading">{t(key::LOADING)}</p>
                <p class="boot-failed" role="alert">{t(key::BOOT_FAILED)}</p>
                <Welcome doc=RwSignal::new(Document::default()) still=true />
            </main>
            <SiteFooter />
        </div>
    }
}

/// The first screen as HTML, for the page's static copy.
pub fn render() -> String {
    let owner = Owner::new();
    owner.with(|| view! { <FirstScreen /> }.to_html())
}
