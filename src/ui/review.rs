//! The review screen: every question with its answer and a way to change it.

use leptos::prelude::*;

use crate::core::progress::{changed_questions, unanswered};
use crate::core::questions::QUESTIONS;
use crate::core::route::{Return, Route};
use crate::core::text::{key, Msg};
use crate::ui::state::{navigate, AppState};
use crate::ui::text::{count, say, t};

/// Lists every answer before the result. `at` is the question just changed: the keyboard goes
/// back to its "Change" link, so the person carries on from where they were.
#[component]
pub fn Review(state: AppState, at: Option<usize>) -> impl IntoView {
    let open = move || state.doc.with(|d| unanswered(&d.assessment.answers));
    let changed = move || state.doc.with(|d| changed_questions(&d.assessment.answers));
    view! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1">{t(key::REVIEW_TITLE)}</h1>
            <p>{t(key::REVIEW_LEAD)}</p>
            {at.map(|n| view! { <p class="notice saved" role="status">{say(&Msg::new(key::REVIEW_SAVED).with("number", n.to_string()))}</p> })}
            <ol class="review-list">
                {QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let number = i + 1;
                        let answer = move || {
                            state.doc.with(|d| {
                                match d.assessment.answers.get(q.id).and_then(|a| q.option(a)) {
                                    Some(o) => t(o.label),
                                    None if changed().contains(&number) => t(key::REVIEW_CHANGED_ANSWER),
                                    None => t(key::REVIEW_NOT_ANSWERED),
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
                                <p class="review-question">{t(q.prompt)}</p>
                                <p class="review-answer">{answer}</p>
                                <a
                                    class="change"
                                    href=href
                                    data-focus=(at == Some(number)).then_some("")
                                    aria-label=say(&Msg::new(key::REVIEW_CHANGE_LABEL).with("number", number.to_string()).with("question", t(q.prompt)))
                                >
                                    {t(key::REVIEW_CHANGE)}
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
                    if changed > 0 {
                        words.push(count(key::REVIEW_CHANGED, changed));
                    }
                    if skipped > 0 {
                        words.push(count(key::REVIEW_SKIPPED, skipped));
                    }
                    words.join(" ")
                }}
            </p>
            <div class="actions">
                <button class="primary" on:click=move |_| navigate(&Route::Result)>{t(key::REVIEW_SEE_RESULT)}</button>
            </div>
            <p class="next-hint">{t(key::REVIEW_NEXT)}</p>
        </section>
    }
}
