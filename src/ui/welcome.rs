//! The welcome screen: what happens, how long it takes, where answers are kept; then the offer that
//! fits where the person stands (start, continue, see the result, answer a changed question).

use leptos::prelude::*;

use leptos::either::Either;

use crate::core::document::Document;
use crate::core::progress::{progress, Offer};
use crate::core::questions::QUESTION_IDS;
use crate::core::scoring::Answers;
use crate::ui::address::navigate;

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
            <h1 id="welcome-title" tabindex="-1">"Mentoring or coaching: which would help you more?"</h1>
            <p class="lead">
                "Mentors share their experience, advice and contacts over months or years. "
                "Coaches ask questions that help you find your own answers, usually over a few months. "
                "This tool helps you work out which would suit you now."
            </p>
            {move || {
                let Offer { status, primary, secondary, start_over, .. } = offer();
                view! {
                    {status.map(|s| view! { <p class="where">{s}</p> })}
                    {if still {
                        Either::Left(view! {
                            <div class="actions" aria-hidden="true">
                                <span class="button primary boot-placeholder">{primary.0}</span>
                            </div>
                        })
                    } else {
                        Either::Right(view! {
                            <div class="actions">
                                <button class="primary" on:click=move |_| navigate(&primary.1)>{primary.0.clone()}</button>
                                {secondary.map(|(label, href)| view! { <a class="button" href=href>{label}</a> })}
                                {start_over.then(|| view! {
                                    <button class="secondary" on:click=move |_| confirming.set(true)>"Start over"</button>
                                })}
                            </div>
                        })
                    }}
                }
            }}
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
                    <h2 id="confirm-title">"Start over?"</h2>
                    <p id="confirm-text">
                        {move || match answered() {
                            1 => "This clears your answer. Your agreement drafts are not touched.".to_string(),
                            n => format!("This clears your {n} answers. Your agreement drafts are not touched."),
                        }}
                    </p>
                    <button class="danger" on:click=clear>"Yes, clear my answers"</button>
                    <button class="secondary" on:click=move |_| confirming.set(false)>"Keep my answers"</button>
                </div>
            </Show>
            <Show when=move || undo.with(Option::is_some)>
                <p class="notice" role="status">
                    "Your answers were cleared. "
                    <button class="link" on:click=restore>"Undo"</button>
                </p>
            </Show>
            <h2>"What happens"</h2>
            <ol class="steps">
                <li>{format!("You answer {total} short questions. It takes about 3 minutes.")}</li>
                <li>"You get a recommendation (mentoring, coaching or a mix of both) and see which answers led to it."</li>
                <li>"If you like, you draft a mentoring or coaching agreement to discuss with your mentor or coach."</li>
            </ol>
            <p class="privacy">
                <strong>"Your answers never leave this device. "</strong>
                "They are kept in this browser only, so you can stop at any time and pick up where you left off."
            </p>
            <p class="next-hint">{move || offer().next}</p>
        </section>
    }
}
