//! The bottom of every screen: where the person's data stays.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::t;

/// The footer, the same on every screen.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t(key::FOOTER_PRIVACY)}</p>
        </footer>
    }
}
