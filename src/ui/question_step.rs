//! One question per screen: a fieldset of radio buttons, progress, Back, Next and Skip.

use leptos::prelude::*;

use crate::core::questions::QUESTIONS;
use crate::core::route::Route;
use crate::ui::state::{navigate, AppState};

/// Question number `number` (1-based) of the bank.
#[component]
pub fn QuestionStep(state: AppState, number: usize) -> impl IntoView {
    let total = QUESTIONS.len();
    let Some(question) = QUESTIONS.get(number.saturating_sub(1)) else {
        return view! { <p>"That question doesn't exist. "<a href="#/">"Go to the start"</a></p> }
            .into_any();
    };
    let qid = question.id;
    let chosen = move || state.doc.with(|d| d.assessment.answers.get(qid).cloned());
    let error = RwSignal::new(false);
    let next_route = if number < total {
        Route::Question(number + 1)
    } else {
        Route::Review
    };
    let back_route = if number > 1 {
        Route::Question(number - 1)
    } else {
        Route::Welcome
    };

    let choose = move |option: &'static str| {
        error.set(false);
        state.doc.update(|d| {
            d.assessment
                .answers
                .insert(qid.to_string(), option.to_string());
        });
    };
    let next = {
        let next_route = next_route.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if chosen().is_some() {
                navigate(&next_route);
            } else {
                error.set(true);
                focus_first_option();
            }
        }
    };
    let skip = {
        let next_route = next_route.clone();
        move |_| navigate(&next_route)
    };
    let back = move |_| navigate(&back_route);
    let percent = number * 100 / total;

    view! {
        <section class="screen question" aria-labelledby="question-title">
            <p class="progress-text">{format!("Question {number} of {total}")}</p>
            <progress max=total value=number aria-label=format!("Question {number} of {total}")>
                {format!("{percent}%")}
            </progress>
            <form on:submit=next novalidate>
                <fieldset aria-describedby="question-why">
                    <legend>
                        <h1 id="question-title" tabindex="-1">{question.prompt}</h1>
                    </legend>
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
                                            prop:checked=move || chosen().as_deref() == Some(oid)
                                            on:change=move |_| choose(oid)
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
                    <button type="button" class="secondary" on:click=back>"Back"</button>
                    <button type="submit" class="primary">
                        {if number < total { "Next" } else { "Check your answers" }}
                    </button>
                    <button type="button" class="link" on:click=skip>"Skip this question"</button>
                </div>
            </form>
            <p class="next-hint">
                {if number < total {
                    "Your answer is saved as soon as you pick it."
                } else {
                    "Next: a list of all your answers to check before you see your result."
                }}
            </p>
        </section>
    }
    .into_any()
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
