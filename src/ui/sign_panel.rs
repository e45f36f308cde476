//! Sign-off by both parties: the party's name as written, the date and a consent tick, bound to the content's fingerprint.

use leptos::prelude::*;

use crate::core::agreement::{agreement_code, parties, role_name};
use crate::core::text::{key, Key, Msg};
use crate::ui::lock_notice::focus_after_redraw;
use crate::ui::state::{local_date, today, AppState, DraftView};
use crate::ui::text::{say, t};

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
            <h2 id="sign-title">{t(key::SIGN_TITLE)}</h2>
            <p class="status-line">{t(key::SIGN_STATUS)}" "<strong>{move || say(&status.get())}</strong></p>
            <p class="hint">{t(key::SIGN_HINT)}</p>
            {parties(kind)
                .into_iter()
                .map(|(party, _, _)| {
                    let by_party = |keys: [Key; 4]| match party {
                        "mentee" => keys[0],
                        "mentor" => keys[1],
                        "coachee" => keys[2],
                        _ => keys[3],
                    };
                    let your_name = by_party([key::SIGN_YOUR_NAME_MENTEE, key::SIGN_YOUR_NAME_MENTOR, key::SIGN_YOUR_NAME_COACHEE, key::SIGN_YOUR_NAME_COACH]);
                    let sign_as = by_party([key::SIGN_AS_MENTEE, key::SIGN_AS_MENTOR, key::SIGN_AS_COACHEE, key::SIGN_AS_COACH]);
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
                                dr.signatures.get(party).map(|s| {
                                    let stale = view.fingerprint.with(|fp| &s.fingerprint != fp);
                                    (s.name.clone(), local_date(&s.date), stale)
                                })
                            })
                        })
                    });
                    let signed = move || signature.with(|s| s.as_ref().is_some_and(|s| !s.2));
                    let sign = move |_| {
                        if !consent.get_untracked() {
                            fail(t(key::SIGN_TICK_FIRST).into());
                            // Straight to the box the message is about.
                            focus_after_redraw(format!("#sign-{party}-consent"));
                            return;
                        }
                        let result = state
                            .doc
                            .try_update(|d| match d.draft_mut(&id.read_value()) {
                                Some(dr) => dr.sign(party, &name.get_untracked(), &date.get_untracked()),
                                None => Ok(()),
                            })
                            .unwrap_or(Ok(()));
                        match result {
                            Ok(()) => {
                                error.set(None);
                                consent.set(false);
                                // The form the keyboard was in is gone: carry focus to what replaced it.
                                focus_after_redraw(format!("#signed-{party}"));
                            }
                            Err(e) => fail(say(&e.message())),
                        }
                    };
                    let name_id = format!("sign-{party}-name");
                    let date_id = format!("sign-{party}-date");
                    let consent_id = format!("sign-{party}-consent");
                    let error_id = format!("sign-{party}-error");
                    view! {
                        <fieldset class="party">
                            <legend><h3>{t(role_name(party))}</h3></legend>
                            {move || signature.get().map(|(who, when, stale)| view! {
                                <p class="signed" class:stale=stale id=format!("signed-{party}") tabindex="-1">
                                    {say(&Msg::new(key::SIGN_SIGNED).with("name", who).with("date", when))}
                                    {stale.then(|| t(key::SIGN_STALE))}
                                </p>
                            })}
                            <Show when=move || !signed()>
                                <div class="field">
                                    <label for=name_id.clone()>{t(your_name)}</label>
                                    <input id=name_id.clone() type="text" autocomplete="name" aria-describedby=error_id.clone()
                                        prop:value=move || name.get()
                                        on:input=move |ev| { name.set(event_target_value(&ev)); error.set(None); } />
                                </div>
                                <div class="field">
                                    <label for=date_id.clone()>{t(key::SIGN_DATE)}</label>
                                    <input id=date_id.clone() type="date" prop:value=date.get_untracked() on:input=move |ev| date.set(event_target_value(&ev)) />
                                </div>
                                <div class="field tick">
                                    <label for=consent_id.clone()>{t(key::SIGN_CONSENT)}</label>
                                    <input id=consent_id.clone() type="checkbox" prop:checked=move || consent.get()
                                        on:change=move |ev| { consent.set(event_target_checked(&ev)); error.set(None); } />
                                </div>
                                <p class="error" id=error_id.clone() role="alert">{shown_error}</p>
                                <button class="primary" on:click=sign>{t(sign_as)}</button>
                            </Show>
                        </fieldset>
                    }
                })
                .collect_view()}
            <div class="agreement-code">
                <p>{t(key::SIGN_CODE)}" "<strong class="code">{short_code}</strong></p>
                <p class="hint">{t(key::SIGN_CODE_HINT)}</p>
                <details>
                    <summary>{t(key::SIGN_FULL_CODE)}</summary>
                    <p>{t(key::SIGN_FULL_CODE_TEXT)}" "<code>{fingerprint}</code></p>
                </details>
            </div>
        </section>
    }
    .into_any()
}
