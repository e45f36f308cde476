//! The top of every screen: the skip link, the app's name and the main navigation.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::core::route::Route;
use crate::core::text::key;
use crate::ui::text::t;

/// The skip link and the header; the nav marks the link of the screen shown. `children` is the
/// language switch (a still copy of it in the page's static first screen).
#[component]
pub fn SiteHeader(
    route: RwSignal<Route>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let current = move |is: fn(&Route) -> bool| move || route.with(|r| is(r).then_some("page"));
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t(key::HEADER_SKIP)}</a>
        <header class="site-header">
            <p class="brand">
                <a href="#/">{t(key::APP_NAME)}</a>
                // The organisation's name and logo: the organisation chunk draws them in here.
                <span class="org" id="org"></span>
            </p>
            <nav aria-label=t(key::HEADER_NAV)>
                <a href="#/" aria-current=current(|r| r == &Route::Welcome)>{t(key::NAV_START)}</a>
                <a href="#/result" aria-current=current(|r| r == &Route::Result)>{t(key::NAV_RESULT)}</a>
                <a
                    href="#/agreements"
                    aria-current=current(|r| matches!(r, Route::Agreements | Route::Agreement(_)))
                >
                    {t(key::NAV_AGREEMENTS)}
                </a>
            </nav>
            {children.map(|c| c())}
        </header>
    }
}

/// The skip link moves the keyboard to the screen's content without changing the address, which
/// would otherwise be read as a screen of its own.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
