//! Sign-off by both parties: the party's name as written, the date and a consent tick, bound to the content's fingerprint.

use leptos::prelude::*;

use crate::core::agreement::{agreement_code, parties};
use crate::ui::lock_notice::focus_after_redraw;
use crate::ui::state::{local_date, today, AppState, DraftView};

/// The signatures section of draft `id`; `code` is the fingerprint its agreement code shows.
#[component]
pub fn SignPanel(
    state: AppState,
    id: String,
    view: DraftView,
    code: Memo<String>,
) -> impl IntoView {
    let Some(kind) = state.doc.with_untracked(|d| d.draft(&id).map(|dr| dr.kind)) else {
        return ().into_any();
    };
    let id = StoredValue::new(id);
    let status = view.status_words;
    // The code follows a copy that catches up when typing pauses, so no keystroke hashes the text.
    let fingerprint = move || code.get();
    let short_code = move || code.with(|fp| agreement_code(fp));

    view! {
        <section class="signatures" aria-labelledby="sign-title">
            <h2 id="sign-title">"Signatures"</h2>
            <p class="status-line">"Status: "<strong>{move || status.get()}</strong></p>
            <p class="hint">
                "Each of you signs by typing your name as it is written in the agreement (capitals and extra spaces don't matter). "
                "A typed signature does not check who you are: it records that you both agreed to this exact text."
            </p>
            {parties(kind)
                .into_iter()
                .map(|(key, role, _)| {
                    let name = RwSignal::new(String::new());
                    let date = RwSignal::new(today());
                    let consent = RwSignal::new(false);
                    // An error belongs to the text it was about (its fingerprint): once the
                    // agreement changes, an old "Fill in every part" no longer shows.
                    let error: RwSignal<Option<(String, String)>> = RwSignal::new(None);
                    let fail = move |message: String| error.set(Some((message, view.fingerprint.get_untracked())));
                    let shown_error = move || {
                        error.with(|e| match e {
                            Some((message, fp)) if view.fingerprint.with(|now| now == fp) => message.clone(),
                            _ => String::new(),
                        })
                    };
                    // The fingerprint is read only once this party has signed: typing hashes nothing.
                    let signature = Memo::new(move |_| {
                        view.draft.with(|d| {
                            d.as_ref().and_then(|dr| {
                                dr.signatures.get(key).map(|s| {
                                    let stale = view.fingerprint.with(|fp| &s.fingerprint != fp);
                                    (s.name.clone(), local_date(&s.date), stale)
                                })
                            })
                        })
                    });
                    let signed = move || signature.with(|s| s.as_ref().is_some_and(|s| !s.2));
                    let sign = move |_| {
                        if !consent.get_untracked() {
                            fail("Tick the box to confirm you agree.".into());
                            // Straight to the box the message is about.
                            focus_after_redraw(format!("#sign-{key}-consent"));
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
                                error.set(None);
                                consent.set(false);
                                // The form the keyboard was in is gone: carry focus to what replaced it.
                                focus_after_redraw(format!("#signed-{key}"));
                            }
                            Err(e) => fail(e.message()),
                        }
                    };
                    let name_id = format!("sign-{key}-name");
                    let date_id = format!("sign-{key}-date");
                    let consent_id = format!("sign-{key}-consent");
                    let error_id = format!("sign-{key}-error");
                    view! {
                        <fieldset class="party">
                            <legend><h3>{role}</h3></legend>
                            {move || signature.get().map(|(who, when, stale)| view! {
                                <p class="signed" class:stale=stale id=format!("signed-{key}") tabindex="-1">
                                    {format!("Signed by {who} on {when}.")}
                                    {stale.then_some(" The agreement has changed since, so this signature no longer applies: sign again to confirm the new version.")}
                                </p>
                            })}
                            <Show when=move || !signed()>
                                <div class="field">
                                    <label for=name_id.clone()>{format!("Your name, as the {}", role.to_lowercase())}</label>
                                    <input id=name_id.clone() type="text" autocomplete="name" aria-describedby=error_id.clone()
                                        prop:value=move || name.get()
                                        on:input=move |ev| { name.set(event_target_value(&ev)); error.set(None); } />
                                </div>
                                <div class="field">
                                    <label for=date_id.clone()>"Date"</label>
                                    <input id=date_id.clone() type="date" prop:value=date.get_untracked() on:input=move |ev| date.set(event_target_value(&ev)) />
                                </div>
                                <div class="field tick">
                                    <label for=consent_id.clone()>"I have read this agreement and I agree to it."</label>
                                    <input id=consent_id.clone() type="checkbox" prop:checked=move || consent.get()
                                        on:change=move |ev| { consent.set(event_target_checked(&ev)); error.set(None); } />
                                </div>
                                <p class="error" id=error_id.clone() role="alert">{shown_error}</p>
                                <button class="primary" on:click=sign>{format!("Sign as {}", role.to_lowercase())}</button>
                            </Show>
                        </fieldset>
                    }
                })
                .collect_view()}
            <div class="agreement-code">
                <p>"Agreement code: "<strong class="code">{short_code}</strong></p>
                <p class="hint">"Both copies show the same code when they say the same thing, so you and your partner can compare codes to check you are signing the same text."</p>
                <details>
                    <summary>"The full code"</summary>
                    <p>"Worked out from the agreement's exact wording, so changing a single letter changes it: "<code>{fingerprint}</code></p>
                </details>
            </div>
        </section>
    }
    .into_any()
}
