//! The bottom of every screen: where the person's data stays.

use leptos::prelude::*;

/// The footer, the same on every screen.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Everything you enter stays in this browser on this device. Nothing is sent anywhere."</p>
        </footer>
    }
}
