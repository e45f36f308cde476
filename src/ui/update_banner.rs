//! Offline support: registers the service worker, and tells the person when a new version is ready.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::t;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// A banner that appears when a newer version of the app has been downloaded.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let waiting: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage> =
        RwSignal::new_local(None);
    // Its own task, after the first draw: registering is not needed to show anything.
    set_timeout(move || register(waiting), std::time::Duration::ZERO);
    let reload = move |_| {
        if let Some(worker) = waiting.get_untracked().and_then(|r| r.waiting()) {
            // Reload once the new worker has taken over, so the page and its files match.
            let on_change = Closure::<dyn FnMut()>::new(|| {
                let _ = window().location().reload();
            });
            window()
                .navigator()
                .service_worker()
                .set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
            on_change.forget();
            let _ = worker.post_message(&"skip-waiting".into());
        } else {
            let _ = window().location().reload();
        }
    };
    view! {
        <div class="banner-region update-status" role="status">
            <Show when=move || waiting.with(Option::is_some)>
                <div class="banner update">
                    <p>{t(key::UPDATE_READY)}</p>
                    <button class="primary" on:click=reload>{t(key::UPDATE_RELOAD)}</button>
                </div>
            </Show>
        </div>
    }
}

/// Registers `sw.js` beside the page. Browsers without service workers, and a missing `sw.js`
/// (development builds, tests), simply go without offline support.
fn register(waiting: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage>) {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A newer version downloaded on an earlier visit is still waiting.
        if reg.waiting().is_some() && window().navigator().service_worker().controller().is_some() {
            waiting.set(Some(reg.clone()));
        }
        let found_reg = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = found_reg.installing() else {
                return;
            };
            let reg = found_reg.clone();
            let watched = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                let controlled = window().navigator().service_worker().controller().is_some();
                if watched.state() == ServiceWorkerState::Installed && controlled {
                    waiting.set(Some(reg.clone()));
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}
