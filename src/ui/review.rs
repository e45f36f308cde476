//! The review screen: every question with its answer and a way to change it.

use leptos::prelude::*;

use crate::core::questions::QUESTIONS;
use crate::core::route::Route;
use crate::ui::state::{navigate, AppState};

/// Lists every answer before the result.
#[component]
pub fn Review(state: AppState) -> impl IntoView {
    let unanswered = move || {
        state.doc.with(|d| {
            QUESTIONS
                .iter()
                .filter(|q| !d.assessment.answers.contains_key(q.id))
                .count()
        })
    };
    view! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1">"Check your answers"</h1>
            <p>"Here is everything you said. Change anything that doesn't look right, then see your result."</p>
            <ol class="review-list">
                {QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let answer = move || {
                            state.doc.with(|d| {
                                d.assessment
                                    .answers
                                    .get(q.id)
                                    .and_then(|a| q.option(a))
                                    .map_or("Not answered", |o| o.label)
                            })
                        };
                        let href = Route::Question(i + 1).hash();
                        view! {
                            <li>
                                <p class="review-question">{q.prompt}</p>
                                <p class="review-answer">{answer}</p>
                                <a href=href aria-label=format!("Change your answer to question {}: {}", i + 1, q.prompt)>
                                    "Change"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="notice" role="status">
                {move || match unanswered() {
                    0 => String::new(),
                    1 => "You skipped 1 question. That's fine: the result will just be a little less certain.".to_string(),
                    n => format!("You skipped {n} questions. That's fine: the result will just be less certain."),
                }}
            </p>
            <div class="actions">
                <button class="primary" on:click=move |_| navigate(&Route::Result)>"See my result"</button>
            </div>
            <p class="next-hint">"Next: your recommendation, with the reasons for it."</p>
        </section>
    }
}
