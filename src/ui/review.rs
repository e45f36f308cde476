//! The review screen: every question with its answer and a way to change it.

use leptos::prelude::*;

use crate::core::progress::{changed_questions, unanswered};
use crate::core::questions::QUESTIONS;
use crate::core::route::{Return, Route};
use crate::ui::state::{navigate, AppState};

/// Lists every answer before the result. `at` is the question just changed: the keyboard goes
/// back to its "Change" link, so the person carries on from where they were.
#[component]
pub fn Review(state: AppState, at: Option<usize>) -> impl IntoView {
    let open = move || state.doc.with(|d| unanswered(&d.assessment.answers));
    let changed = move || state.doc.with(|d| changed_questions(&d.assessment.answers));
    view! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1">"Check your answers"</h1>
            <p>"Here is everything you said. Change anything that doesn't look right, then see your result."</p>
            {at.map(|n| view! { <p class="notice saved" role="status">{format!("Your answer to question {n} is saved.")}</p> })}
            <ol class="review-list">
                {QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let number = i + 1;
                        let answer = move || {
                            state.doc.with(|d| {
                                match d.assessment.answers.get(q.id).and_then(|a| q.option(a)) {
                                    Some(o) => o.label,
                                    None if changed().contains(&number) => {
                                        "This question has changed since you answered it: please answer it again"
                                    }
                                    None => "Not answered",
                                }
                            })
                        };
                        let href = Route::Revisit {
                            questions: vec![number],
                            step: 1,
                            then: Return::Review,
                        }
                        .hash();
                        view! {
                            <li>
                                <p class="review-question">{q.prompt}</p>
                                <p class="review-answer">{answer}</p>
                                <a
                                    class="change"
                                    href=href
                                    data-focus=(at == Some(number)).then_some("")
                                    aria-label=format!("Change your answer to question {number}: {}", q.prompt)
                                >
                                    "Change"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="notice" role="status">
                {move || {
                    let changed = changed().len();
                    let skipped = open() - changed;
                    let mut words = Vec::new();
                    match changed {
                        0 => {}
                        1 => words.push("One question has changed since you answered it; your result leaves it out until you answer it again.".to_string()),
                        n => words.push(format!("{n} questions have changed since you answered them; your result leaves them out until you answer them again.")),
                    }
                    match skipped {
                        0 => {}
                        1 => words.push("1 question has no answer yet. That's fine: the result will just be a little less certain.".to_string()),
                        n => words.push(format!("{n} questions have no answer yet. That's fine: the result will just be less certain.")),
                    }
                    words.join(" ")
                }}
            </p>
            <div class="actions">
                <button class="primary" on:click=move |_| navigate(&Route::Result)>"See my result"</button>
            </div>
            <p class="next-hint">"Next: your recommendation, with the reasons for it."</p>
        </section>
    }
}
