//! The result: the recommendation, its strength, and why, answer by answer; then what to do next.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::prefill::prefilled_draft;
use crate::core::route::Route;
use crate::core::scoring::{score, Contribution, Direction, Recommendation};
use crate::ui::comparison::Comparison;
use crate::ui::state::{entropy, navigate, now_ms, today, AppState};

/// Shows the recommendation for the stored answers.
#[component]
pub fn ResultScreen(state: AppState) -> impl IntoView {
    let outcome = Memo::new(move |_| state.doc.with(|d| score(&d.assessment.answers)));
    let has_answers = move || state.doc.with(|d| !d.assessment.answers.is_empty());

    let draft = move |kind: AgreementKind| {
        let id = state.doc.with_untracked(|d| d.new_draft_id(entropy()));
        let answers = state.doc.with_untracked(|d| d.assessment.answers.clone());
        let new = prefilled_draft(id.clone(), kind, &answers, &today(), now_ms());
        state.doc.update(|d| d.drafts.push(new));
        navigate(&Route::Agreement(id));
    };

    view! {
        <section class="screen result" aria-labelledby="result-title">
            <Show
                when=has_answers
                fallback=|| {
                    view! {
                        <h1 id="result-title" tabindex="-1">"No result yet"</h1>
                        <p>"Answer the questions first, and your result will appear here."</p>
                        <a class="button primary" href="#/question/1">"Start the questions"</a>
                    }
                }
            >
                <h1 id="result-title" tabindex="-1">
                    "Your result: "{move || outcome.with(|o| o.recommendation.title())}
                </h1>
                <p class="lead">{move || outcome.with(|o| o.summary())}</p>
                <p class="measures">
                    <span>"How strong: "<strong>{move || outcome.with(|o| o.strength.words())}</strong></span>
                    " · "
                    <span>"Confidence: "<strong>{move || outcome.with(|o| o.confidence.words())}</strong></span>
                </p>
                <div class="lean">
                    <label for="lean-meter">"Overall lean, from mentoring (left) to coaching (right)"</label>
                    <div class="lean-scale">
                        <span aria-hidden="true">"Mentoring"</span>
                        <meter
                            id="lean-meter"
                            min=move || -outcome.with(|o| o.max_score)
                            max=move || outcome.with(|o| o.max_score)
                            value=move || outcome.with(|o| o.score)
                        >
                            {move || outcome.with(|o| o.score)}
                        </meter>
                        <span aria-hidden="true">"Coaching"</span>
                    </div>
                </div>

                <h2>"Why"</h2>
                <ul class="reasons">
                    {move || {
                        outcome
                            .with(|o| o.main_reasons(3))
                            .into_iter()
                            .map(|c| view! { <li>{reason(&c)}</li> })
                            .collect_view()
                    }}
                </ul>
                <Show when=move || outcome.with(|o| !o.counterpoints().is_empty())>
                    <h3>"Pointing the other way"</h3>
                    <ul class="counterpoints">
                        {move || {
                            outcome
                                .with(|o| o.counterpoints())
                                .into_iter()
                                .map(|c| view! { <li>{reason(&c)}</li> })
                                .collect_view()
                        }}
                    </ul>
                </Show>

                <h2 id="by-answer">"Answer by answer"</h2>
                <ul class="chart" aria-labelledby="by-answer">
                    {move || {
                        outcome
                            .with(|o| o.contributions.clone())
                            .into_iter()
                            .map(|c| {
                                let lean = format!("bar lean{}", c.weight());
                                view! {
                                    <li>
                                        <span class="chart-topic">
                                            {c.question.dimension.label()}
                                            <span class="chart-question">{c.question.prompt}</span>
                                        </span>
                                        <span class="chart-answer">{c.option.label}</span>
                                        <span class=lean aria-hidden="true"><span class="fill"></span></span>
                                        <span class="chart-direction">
                                            {format!("{}, {}", c.direction().words(), c.pull_words())}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>

                <Comparison highlight=Signal::derive(move || outcome.with(|o| o.recommendation.first_kind())) />

                <h2>"What next"</h2>
                <p>{move || next_words(outcome.with(|o| o.recommendation))}</p>
                <div class="actions no-print">
                    {move || {
                        let first = outcome.with(|o| o.recommendation.first_kind());
                        let blend = outcome.with(|o| matches!(o.recommendation, Recommendation::Blend { .. }));
                        let mut kinds = vec![first];
                        if blend {
                            kinds.push(first.other());
                        }
                        kinds
                            .into_iter()
                            .enumerate()
                            .map(|(i, kind)| {
                                view! {
                                    <button class=if i == 0 { "primary" } else { "secondary" } on:click=move |_| draft(kind)>
                                        {format!("Draft a {} agreement", kind.noun())}
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                    <a class="button secondary" href="#/review">"Change my answers"</a>
                    <button class="secondary" on:click=move |_| { let _ = window().print(); }>"Print this result"</button>
                </div>
            </Show>
        </section>
    }
}

fn reason(c: &Contribution) -> String {
    format!(
        "{}: you said \u{201c}{}\u{201d}, which points {}.",
        c.question.dimension.label(),
        c.option.label,
        match c.direction() {
            Direction::Mentoring => "to mentoring",
            Direction::Coaching => "to coaching",
            Direction::Neither => "neither way",
        }
    )
}

fn next_words(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Mentoring => "A written agreement helps a mentoring relationship get off to a good start. We'll fill in what we can from your answers; you can change all of it.",
        Recommendation::Coaching => "A coaching agreement sets the ground rules with your coach. We'll fill in what we can from your answers; you can change all of it.",
        Recommendation::Blend { .. } => "You could do both, one after the other or side by side. Start with the suggested agreement; you can draft the other one any time.",
    }
}
