//! What a question screen shows: progress, the fieldset of radio buttons and the way on. No app
//! state, so the page's static copy of the first question is rendered from it at build time
//! (`ui::first_screen`); `QuestionStep` gives it the answers and what each button does.

use leptos::prelude::*;

use crate::core::questions::{Question, QUESTIONS};
use crate::core::route::{Return, Walk};
use crate::core::text::{key, Key, Msg};
use crate::ui::text::{say, t};

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
        (Some(Return::Result), 1) => t(key::QUESTION_BACK_TO_RESULT),
        _ => t(key::QUESTION_BACK),
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
                        <h1 id="question-title" tabindex="-1">{t(question.prompt)}</h1>
                    </legend>
                    {changed.then(|| view! {
                        <p class="notice changed">
                            {t(key::QUESTION_CHANGED)}
                        </p>
                    })}
                    <p class="why" id="question-why">
                        <strong>{t(key::QUESTION_WHY)}" "</strong>
                        {t(question.why)}
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
                                        <label for=id>{t(o.label)}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <p class="error" role="alert">
                    {move || error.get().then(|| t(key::QUESTION_CHOOSE))}
                </p>
                <div class="actions">
                    {show_back.then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| actions.back.run(())>{back_label}</button>
                    })}
                    <button type="submit" class="primary">{t(submit)}</button>
                    {needs_answer.then(|| view! {
                        <button type="button" class="link" on:click=move |_| actions.skip.run(())>{t(key::QUESTION_SKIP)}</button>
                    })}
                    {(!needs_answer).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| actions.keep_earlier.run(())>
                            {t(if had_answer { key::QUESTION_KEEP_EARLIER } else { key::QUESTION_LEAVE_UNANSWERED })}
                        </button>
                    })}
                </div>
            </form>
            <p class="next-hint">{hint}</p>
        </section>
    }
}

/// The progress line, the main button's label and the "what happens next" line.
fn wording(walk: &Walk, total: usize) -> (String, Key, String) {
    let n = walk.number;
    let of_total = |k: Key| {
        say(&Msg::new(k)
            .with("number", n.to_string())
            .with("total", total.to_string()))
    };
    let saved = |k: Key| format!("{} {}", t(key::QUESTION_SAVED), t(k));
    match walk.then {
        None if walk.is_last() => (
            of_total(key::QUESTION_PROGRESS),
            key::QUESTION_TO_REVIEW,
            t(key::QUESTION_TO_REVIEW_NEXT).into(),
        ),
        None => (
            of_total(key::QUESTION_PROGRESS),
            key::QUESTION_NEXT,
            format!(
                "{} {}",
                t(key::QUESTION_SAVED),
                say(&Msg::new(key::QUESTION_NEXT_NEXT)
                    .with("number", (n + 1).to_string())
                    .with("total", total.to_string()))
            ),
        ),
        Some(Return::Review) => (
            of_total(key::QUESTION_CHANGING),
            key::QUESTION_BACK_TO_ANSWERS,
            saved(key::QUESTION_BACK_TO_ANSWERS_NEXT),
        ),
        Some(Return::Result) => {
            let progress = if walk.of == 1 {
                of_total(key::QUESTION_DECIDING_ONE)
            } else {
                say(&Msg::new(key::QUESTION_DECIDING)
                    .with("number", n.to_string())
                    .with("total", total.to_string())
                    .with("step", walk.step.to_string())
                    .with("of", walk.of.to_string()))
            };
            if walk.is_last() {
                (
                    progress,
                    key::QUESTION_SEE_RESULT,
                    saved(key::QUESTION_SEE_RESULT_NEXT),
                )
            } else {
                (
                    progress,
                    key::QUESTION_NEXT,
                    saved(key::QUESTION_DECIDING_NEXT),
                )
            }
        }
    }
}
