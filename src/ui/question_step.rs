//! One question per screen: a fieldset of radio buttons, progress, and the way on (Back, Next, Skip).
//!
//! The same screen serves the walk through every question and a revisit of a few of them (a change
//! from the review, or the deciding questions from the result); `core::route::Walk` says which.

use leptos::prelude::*;

use crate::core::questions::QUESTIONS;
use crate::core::route::{Return, Route, Walk};
use crate::core::text::{key, Key, Msg};
use crate::ui::state::{navigate, AppState};
use crate::ui::text::{say, t};

/// The question screen for `route` (a `Route::Question` or `Route::Revisit`).
#[component]
pub fn QuestionStep(state: AppState, route: Route) -> impl IntoView {
    let total = QUESTIONS.len();
    let Some((walk, question)) =
        Walk::of(&route).and_then(|w| QUESTIONS.get(w.number - 1).map(|q| (w, q)))
    else {
        return view! { <p>{t(key::QUESTION_MISSING)}" "<a href="#/">{t(key::QUESTION_GO_START)}</a></p> }
            .into_any();
    };
    let qid = question.id;
    let chosen = move || state.doc.with(|d| d.assessment.answers.get(qid).cloned());
    // An answer to an earlier wording of this question is kept, but not shown as this answer.
    let changed = state.doc.with_untracked(|d| {
        !d.assessment.answers.contains_key(qid)
            && question
                .replaces
                .iter()
                .any(|old| d.assessment.answers.contains_key(*old))
    });
    let error = RwSignal::new(false);
    let number = walk.number;

    let choose = move |option: &'static str| {
        error.set(false);
        state.doc.update(|d| {
            let answers = &mut d.assessment.answers;
            answers.insert(qid.to_string(), option.to_string());
            // The earlier wording's answer has now been replaced by a real one.
            for old in question.replaces {
                answers.remove(*old);
            }
        });
    };
    // A change from the review may leave the answer as it was; the walk asks for one or a skip.
    let needs_answer = walk.then != Some(Return::Review);
    let next = {
        let to = walk.next.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !needs_answer || chosen().is_some() {
                navigate(&to);
            } else {
                error.set(true);
                focus_first_option();
            }
        }
    };
    let skip = {
        let to = walk.next.clone();
        move |_| navigate(&to)
    };
    let back = {
        let to = walk.back.clone();
        move |_| navigate(&to)
    };
    // A change from the review can be taken back: the answers as they were on arrival, including
    // one kept from an earlier wording of the question.
    let earlier: Vec<(&'static str, Option<String>)> = state.doc.with_untracked(|d| {
        std::iter::once(qid)
            .chain(question.replaces.iter().copied())
            .map(|id| (id, d.assessment.answers.get(id).cloned()))
            .collect()
    });
    let had_answer = earlier.first().is_some_and(|(_, a)| a.is_some());
    let keep_earlier = {
        let to = walk.next.clone();
        move |_| {
            state.doc.update(|d| {
                for (id, old) in &earlier {
                    match old {
                        Some(old) => d.assessment.answers.insert(id.to_string(), old.clone()),
                        None => d.assessment.answers.remove(*id),
                    };
                }
            });
            navigate(&to);
        }
    };

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
            <form on:submit=next novalidate>
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
                                            prop:checked=move || chosen().as_deref() == Some(oid)
                                            on:change=move |_| choose(oid)
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
                        <button type="button" class="secondary" on:click=back>{back_label}</button>
                    })}
                    <button type="submit" class="primary">{t(submit)}</button>
                    {needs_answer.then(|| view! {
                        <button type="button" class="link" on:click=skip>{t(key::QUESTION_SKIP)}</button>
                    })}
                    {(!needs_answer).then(|| view! {
                        <button type="button" class="secondary" on:click=keep_earlier>
                            {t(if had_answer { key::QUESTION_KEEP_EARLIER } else { key::QUESTION_LEAVE_UNANSWERED })}
                        </button>
                    })}
                </div>
            </form>
            <p class="next-hint">{hint}</p>
        </section>
    }
    .into_any()
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

/// After a missing answer, put the keyboard on the first option so the person can pick one.
fn focus_first_option() {
    use wasm_bindgen::JsCast;
    if let Ok(Some(el)) = document().query_selector("main input[type=radio]") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
