//! What a question screen shows: progress, the fieldset of radio buttons and the way on. No app
//! state, so the page's static copy of the first question is rendered from it at build time
//! (`ui::first_screen`); `QuestionStep` gives it the answers and what each button does.

use leptos::prelude::*;

use crate::core::questions::{Question, QUESTIONS};
use crate::core::route::{Return, Walk};

/// What the buttons of a question screen do.
#[derive(Clone, Copy)]
pub struct Actions {
    pub choose: Callback<&'static str>,
    pub next: Callback<leptos::ev::SubmitEvent>,
    pub back: Callback<()>,
    pub skip: Callback<()>,
    pub keep_earlier: Callback<()>,
}

impl Actions {
    /// Buttons that do nothing, for the static copy, where the page's own script stands in for them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn none() -> Actions {
        Actions {
            choose: Callback::new(|_| ()),
            next: Callback::new(|_| ()),
            back: Callback::new(|_| ()),
            skip: Callback::new(|_| ()),
            keep_earlier: Callback::new(|_| ()),
        }
    }
}

/// One question of the walk `walk`: `chosen` is the answer shown, `changed` says the question was
/// reworded since an earlier answer, `had_answer` that this one had an answer on arrival.
#[component]
pub fn QuestionForm(
    walk: Walk,
    question: &'static Question,
    chosen: Signal<Option<String>>,
    error: Signal<bool>,
    changed: bool,
    had_answer: bool,
    actions: Actions,
) -> impl IntoView {
    let total = QUESTIONS.len();
    let qid = question.id;
    let number = walk.number;
    // A change from the review may leave the answer as it was; the walk asks for one or a skip.
    let needs_answer = walk.then != Some(Return::Review);
    let (progress, submit, hint) = wording(&walk, total);
    let show_back = walk.then != Some(Return::Review);
    let back_label = match (walk.then, walk.step) {
        (Some(Return::Result), 1) => "Back to my result",
        _ => "Back",
    };

    view! {
        <section class="screen question" aria-labelledby="question-title">
            <p class="progress-text">{progress.clone()}</p>
            {walk.then.is_none().then(|| view! {
                // The bar shows the questions before this one, so question 1 starts empty.
                <progress max=total value={number - 1} aria-label=progress.clone()>
                    {format!("{}%", (number - 1) * 100 / total)}
                </progress>
            })}
            <form on:submit=move |ev| actions.next.run(ev) novalidate>
                <fieldset aria-describedby="question-why">
                    <legend>
                        <h1 id="question-title" tabindex="-1">{question.prompt}</h1>
                    </legend>
                    {changed.then(|| view! {
                        <p class="notice changed">
                            "This question has changed since you last answered it, so your earlier answer no longer counts. Please choose again."
                        </p>
                    })}
                    <p class="why" id="question-why">
                        <strong>"Why we ask: "</strong>
                        {question.why}
                    </p>
                    <div class="options">
                        {question
                            .options
                            .iter()
                            .map(|o| {
                                let id = format!("q-{qid}-{}", o.id);
                                let oid = o.id;
                                view! {
                                    <div class="option" class:not-sure=o.is_not_sure()>
                                        <input
                                            type="radio"
                                            id=id.clone()
                                            name=qid
                                            value=oid
                                            prop:checked=move || chosen.with(|c| c.as_deref() == Some(oid))
                                            on:change=move |_| actions.choose.run(oid)
                                        />
                                        <label for=id>{o.label}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <p class="error" role="alert">
                    {move || error.get().then_some("Please choose an answer, or skip this question if you'd rather not say.")}
                </p>
                <div class="actions">
                    {show_back.then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| actions.back.run(())>{back_label}</button>
                    })}
                    <button type="submit" class="primary">{submit}</button>
                    {needs_answer.then(|| view! {
                        <button type="button" class="link" on:click=move |_| actions.skip.run(())>"Skip this question"</button>
                    })}
                    {(!needs_answer).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| actions.keep_earlier.run(())>
                            {if had_answer { "Keep my earlier answer" } else { "Leave it unanswered" }}
                        </button>
                    })}
                </div>
            </form>
            <p class="next-hint">{hint}</p>
        </section>
    }
}

/// The progress line, the main button's label and the "what happens next" line.
fn wording(walk: &Walk, total: usize) -> (String, &'static str, String) {
    const SAVED: &str = "Your answer is saved as soon as you pick it.";
    let n = walk.number;
    match walk.then {
        None if walk.is_last() => (
            format!("Question {n} of {total}"),
            "Check your answers",
            "Next: a list of all your answers to check before you see your result.".into(),
        ),
        None => (
            format!("Question {n} of {total}"),
            "Next",
            format!("{SAVED} Next: question {} of {total}.", n + 1),
        ),
        Some(Return::Review) => (
            format!("Changing your answer to question {n} of {total}"),
            "Back to my answers",
            format!("{SAVED} Next: back to the list of your answers."),
        ),
        Some(Return::Result) => {
            let progress = if walk.of == 1 {
                format!("Question {n} of {total}, the one that would help decide your result")
            } else {
                format!(
                    "Question {n} of {total}: {} of the {} that would help decide your result",
                    walk.step, walk.of
                )
            };
            if walk.is_last() {
                (
                    progress,
                    "See my result",
                    format!("{SAVED} Next: your result, updated with your answers."),
                )
            } else {
                (
                    progress,
                    "Next",
                    format!("{SAVED} Next: the next question that would help decide it."),
                )
            }
        }
    }
}
