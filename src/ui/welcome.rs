//! The welcome screen: what happens, how long it takes, where answers are kept; then the offer that
//! fits where the person stands (start, continue, see the result, answer a changed question).

use leptos::prelude::*;

use leptos::either::Either;

use crate::core::document::Document;
use crate::core::progress::{progress, Offer};
use crate::core::questions::QUESTION_IDS;
use crate::core::scoring::Answers;
use crate::core::text::key;
use crate::ui::address::navigate;
use crate::ui::text::{count, say, t};

/// The first screen a person sees. `still` draws it for the page's static copy (`ui::first_screen`):
/// the start button is a placeholder of the same size, as it cannot work before the app has loaded.
#[component]
pub fn Welcome(doc: RwSignal<Document>, #[prop(optional)] still: bool) -> impl IntoView {
    let total = QUESTION_IDS.len();
    let stand = move || doc.with(|d| progress(&d.assessment.answers, &d.resume));
    let answered = move || doc.with(|d| d.assessment.answers.len());
    let confirming = RwSignal::new(false);
    // What "Start over" cleared: the answers and where the person had got to.
    let undo: RwSignal<Option<(Answers, String)>> = RwSignal::new(None);

    let clear = move |_| {
        let old = doc
            .try_update(|d| {
                (
                    std::mem::take(&mut d.assessment.answers),
                    std::mem::take(&mut d.resume),
                )
            })
            .unwrap_or_default();
        undo.set(Some(old));
        confirming.set(false);
    };
    let restore = move |_| {
        if let Some((answers, resume)) = undo.get_untracked() {
            doc.update(|d| {
                d.assessment.answers = answers;
                d.resume = resume;
            });
        }
        undo.set(None);
    };
    let offer = move || stand().offer();

    view! {
        <section class="screen welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">{t(key::WELCOME_TITLE)}</h1>
            <p class="lead">{t(key::WELCOME_LEAD)}</p>
            {move || {
                let Offer { status, primary, secondary, start_over, .. } = offer();
                view! {
                    {(!status.is_empty()).then(|| {
                        let line = status.iter().map(say).collect::<Vec<_>>().join(" ");
                        view! { <p class="where">{line}</p> }
                    })}
                    {if still {
                        Either::Left(view! {
                            <div class="actions" aria-hidden="true">
                                <span class="button primary boot-placeholder">{say(&primary.0)}</span>
                            </div>
                        })
                    } else {
                        Either::Right(view! {
                            <div class="actions">
                                <button class="primary" on:click=move |_| navigate(&primary.1)>{say(&primary.0)}</button>
                                {secondary.map(|(label, href)| view! { <a class="button" href=href>{t(label)}</a> })}
                                {start_over.then(|| view! {
                                    <button class="secondary" on:click=move |_| confirming.set(true)>{t(key::WELCOME_START_OVER)}</button>
                                })}
                            </div>
                        })
                    }}
                }
            }}
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
                    <h2 id="confirm-title">{t(key::WELCOME_CONFIRM_TITLE)}</h2>
                    <p id="confirm-text">
                        {move || count(key::WELCOME_CONFIRM_TEXT, answered())}
                    </p>
                    <button class="danger" on:click=clear>{t(key::WELCOME_CONFIRM_YES)}</button>
                    <button class="secondary" on:click=move |_| confirming.set(false)>{t(key::WELCOME_CONFIRM_NO)}</button>
                </div>
            </Show>
            <Show when=move || undo.with(Option::is_some)>
                <p class="notice" role="status">
                    {t(key::WELCOME_CLEARED)}" "
                    <button class="link" on:click=restore>{t(key::WELCOME_UNDO)}</button>
                </p>
            </Show>
            <h2>{t(key::WELCOME_WHAT_HAPPENS)}</h2>
            <ol class="steps">
                <li>{count(key::WELCOME_STEP_1, total)}</li>
                <li>{t(key::WELCOME_STEP_2)}</li>
                <li>{t(key::WELCOME_STEP_3)}</li>
            </ol>
            <p class="privacy">
                <strong>{t(key::WELCOME_PRIVACY_STRONG)}</strong>" "
                {t(key::WELCOME_PRIVACY)}
            </p>
            <p class="next-hint">{move || say(&offer().next)}</p>
        </section>
    }
}
