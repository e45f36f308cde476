//! The welcome screen: what happens, how long it takes, where answers are kept; start, resume or start over.

use leptos::prelude::*;

use crate::core::questions::QUESTION_IDS;
use crate::core::route::Route;
use crate::core::scoring::Answers;
use crate::ui::state::{navigate, AppState};

/// The first screen a person sees.
#[component]
pub fn Welcome(state: AppState) -> impl IntoView {
    let answered = move || state.doc.with(|d| d.assessment.answers.len());
    // Resume where the person left off: the last question they were on, or the first unanswered one.
    let resume_at = move || {
        state.doc.with(|d| match Route::parse(&d.resume) {
            Route::Question(n) => n,
            _ => QUESTION_IDS
                .iter()
                .position(|id| !d.assessment.answers.contains_key(*id))
                .map_or(QUESTION_IDS.len(), |i| i + 1),
        })
    };
    let confirming = RwSignal::new(false);
    let undo: RwSignal<Option<Answers>> = RwSignal::new(None);

    let start = move |_| navigate(&Route::Question(1));
    let resume = move |_| navigate(&Route::Question(resume_at()));
    let clear = move |_| {
        let old = state
            .doc
            .try_update(|d| std::mem::take(&mut d.assessment.answers))
            .unwrap_or_default();
        undo.set(Some(old));
        confirming.set(false);
    };
    let restore = move |_| {
        if let Some(old) = undo.get_untracked() {
            state.doc.update(|d| d.assessment.answers = old);
        }
        undo.set(None);
    };

    view! {
        <section class="screen welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">"Mentoring or coaching: which would help you more?"</h1>
            <p class="lead">
                "Mentors share their experience, advice and contacts over months or years. "
                "Coaches ask questions that help you find your own answers, usually over a few months. "
                "Both can be a great help; this tool helps you work out which suits you now."
            </p>
            <h2>"What happens"</h2>
            <ol class="steps">
                <li>{format!("You answer {} short questions. It takes about 3 minutes.", QUESTION_IDS.len())}</li>
                <li>"You get a recommendation (mentoring, coaching or a mix of both) and see which answers led to it."</li>
                <li>"If you like, you draft a mentoring or coaching agreement to discuss with your mentor or coach."</li>
            </ol>
            <p class="privacy">
                <strong>"Your answers never leave this device. "</strong>
                "They are kept in this browser only, so you can stop at any time and pick up where you left off."
            </p>
            <div class="actions">
                <Show
                    when=move || { answered() > 0 }
                    fallback=move || view! { <button class="primary" on:click=start>"Start the questions"</button> }
                >
                    <button class="primary" on:click=resume>
                        {move || format!("Continue from question {}", resume_at())}
                    </button>
                    <a class="button" href="#/review">"Check your answers"</a>
                    <button class="secondary" on:click=move |_| confirming.set(true)>"Start over"</button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
                    <h2 id="confirm-title">"Start over?"</h2>
                    <p id="confirm-text">
                        {move || format!("This clears your {} answers. Your agreement drafts are not touched.", answered())}
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
            <p class="next-hint">"Next: the first question. You can go back and change any answer before you see your result."</p>
        </section>
    }
}
