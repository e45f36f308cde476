//! Sign-off by both parties: a typed full name, the date and a consent tick, bound to the content's fingerprint.

use leptos::prelude::*;

use crate::core::agreement::parties;
use crate::ui::state::{today, AppState, DraftView};

/// The signatures section of draft `id`.
#[component]
pub fn SignPanel(state: AppState, id: String, view: DraftView) -> impl IntoView {
    let Some(kind) = state.doc.with_untracked(|d| d.draft(&id).map(|dr| dr.kind)) else {
        return ().into_any();
    };
    let id = StoredValue::new(id);
    let status = move || view.status.get().words();
    let fingerprint = move || view.fingerprint.get();

    view! {
        <section class="signatures" aria-labelledby="sign-title">
            <h2 id="sign-title">"Signatures"</h2>
            <p class="status-line">"Status: "<strong>{status}</strong></p>
            <p class="hint">
                "Each of you signs by typing your full name. A signature covers exactly the text as it is now: "
                "if anything changes afterwards, the signature is marked as out of date and you both sign again."
            </p>
            {parties(kind)
                .into_iter()
                .map(|(key, role, name_field)| {
                    let name = RwSignal::new(
                        state.doc.with_untracked(|d| d.draft(&id.read_value()).map(|dr| dr.value(name_field).to_string())).unwrap_or_default(),
                    );
                    let date = RwSignal::new(today());
                    let consent = RwSignal::new(false);
                    let error = RwSignal::new(String::new());
                    let signature = move || {
                        view.fingerprint.with(|fp| {
                            view.draft.with(|d| {
                                d.as_ref()
                                    .and_then(|dr| dr.signatures.get(key).map(|s| (s.name.clone(), s.date.clone(), &s.fingerprint != fp)))
                            })
                        })
                    };
                    let sign = move |_| {
                        if !consent.get_untracked() {
                            error.set("Tick the box to confirm you agree.".into());
                            return;
                        }
                        let result = state
                            .doc
                            .try_update(|d| match d.draft_mut(&id.read_value()) {
                                Some(dr) => dr.sign(key, &name.get_untracked(), &date.get_untracked()),
                                None => Ok(()),
                            })
                            .unwrap_or(Ok(()));
                        match result {
                            Ok(()) => {
                                error.set(String::new());
                                consent.set(false);
                            }
                            Err(e) => error.set(e.message().into()),
                        }
                    };
                    let unsign = move |_| {
                        state.doc.update(|d| {
                            if let Some(dr) = d.draft_mut(&id.read_value()) {
                                dr.signatures.remove(key);
                            }
                        })
                    };
                    let name_id = format!("sign-{key}-name");
                    let date_id = format!("sign-{key}-date");
                    let consent_id = format!("sign-{key}-consent");
                    view! {
                        <fieldset class="party">
                            <legend><h3>{role}</h3></legend>
                            {move || signature().map(|(who, when, stale)| view! {
                                <p class="signed" class:stale=stale>
                                    {format!("Signed by {who} on {when}.")}
                                    {stale.then_some(" The agreement has changed since, so this signature no longer applies: sign again to confirm the new version.")}
                                </p>
                                <button class="link" on:click=unsign>{format!("Remove the {} signature", role.to_lowercase())}</button>
                            })}
                            <div class="field">
                                <label for=name_id.clone()>{format!("{role}'s full name")}</label>
                                <input id=name_id type="text" autocomplete="name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                            </div>
                            <div class="field">
                                <label for=date_id.clone()>"Date"</label>
                                <input id=date_id type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                            </div>
                            <div class="field tick">
                                <label for=consent_id.clone()>"I have read this agreement and I agree to it."</label>
                                <input id=consent_id type="checkbox" prop:checked=move || consent.get() on:change=move |ev| consent.set(event_target_checked(&ev)) />
                            </div>
                            <p class="error" role="alert">{move || error.get()}</p>
                            <button class="primary" on:click=sign>{format!("Sign as {}", role.to_lowercase())}</button>
                        </fieldset>
                    }
                })
                .collect_view()}
            <p class="fingerprint">"Content fingerprint (SHA-256): "<code>{fingerprint}</code></p>
        </section>
    }
    .into_any()
}
