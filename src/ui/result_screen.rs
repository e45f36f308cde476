//! The result: the recommendation and why, answer by answer; or, when the answers are too unsure or
//! pull both ways, what would settle it; then what to do next.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::drafts::result_key;
use crate::core::prefill::prefilled;
use crate::core::questions::{position, QUESTIONS};
use crate::core::route::{Return, Route};
use crate::core::scoring::{score, Contribution, Direction, Outcome, Recommendation, Verdict};
use crate::ui::comparison::Comparison;
use crate::ui::lean_bar::LeanBar;
use crate::ui::org_programmes::OrgProgrammes;
use crate::ui::state::{entropy, navigate, now_ms, today, AppState};

/// How many deciding questions the result offers to answer.
const DECIDING: usize = 3;

/// Shows the recommendation for the stored answers.
#[component]
pub fn ResultScreen(state: AppState) -> impl IntoView {
    let outcome = Memo::new(move |_| state.doc.with(|d| score(&d.assessment.answers)));
    let has_answers = move || state.doc.with(|d| !d.assessment.answers.is_empty());
    let verdict = move || outcome.with(Outcome::verdict);

    // In a blend each draft covers its own half of the needs (see `prefill::suggestions_for`).
    // Drafting from the same result again opens the draft already made from it; `another` starts
    // one more.
    let draft = move |kind: AgreementKind, blend: bool, another: bool| {
        let answers = state.doc.with_untracked(|d| d.assessment.answers.clone());
        let key = result_key(kind, blend, &answers);
        let make = |id: String| {
            let mut new = prefilled(id, kind, &answers, &today(), now_ms(), blend);
            // The organisation's defaults are copied in, so a later edit of its file changes no agreement.
            if let Some(org) = state.org.get_untracked() {
                org.loaded().settings.start_draft(&mut new);
            }
            new
        };
        let id = state.doc.try_update(|d| {
            if another {
                d.start_another_from_result(&key, entropy(), make)
            } else {
                d.open_or_draft_from_result(&key, entropy(), make).0
            }
        });
        if let Some(id) = id {
            navigate(&Route::Agreement(id));
        }
    };
    let draft_button = move |kind: AgreementKind, primary: bool, blend: bool| {
        let what = match (blend, kind) {
            (true, AgreementKind::Coaching) => "short coaching agreement".to_string(),
            (true, AgreementKind::Mentoring) => "longer mentoring agreement".to_string(),
            (false, kind) => format!("{} agreement", kind.noun()),
        };
        let class = if primary { "primary" } else { "secondary" };
        let made = move || {
            state.doc.with(|d| {
                d.draft_from_result(&result_key(kind, blend, &d.assessment.answers))
                    .is_some()
            })
        };
        let again = what.clone();
        view! {
            <button class=class on:click=move |_| draft(kind, blend, false)>
                {move || if made() { format!("Open your {what}") } else { format!("Draft a {what}") }}
            </button>
            <Show when=made>
                <button class="secondary" on:click=move |_| draft(kind, blend, true)>{format!("Start another {again}")}</button>
            </Show>
        }
    };

    let headline = move || match verdict() {
        Verdict::NotEnoughYet => "Not enough to go on yet".to_string(),
        Verdict::Mixed => "Your answers point both ways".to_string(),
        Verdict::Settled => format!(
            "Your result: {}",
            outcome.with(|o| o.recommendation.title())
        ),
    };

    let deciding = move || {
        let questions = outcome.with(|o| o.deciding_questions(DECIDING));
        let numbers: Vec<usize> = questions
            .iter()
            .filter_map(|q| position(q.id).map(|i| i + 1))
            .collect();
        let answer_them = Route::Revisit {
            questions: numbers.clone(),
            step: 1,
            then: Return::Result,
        };
        // Someone who stopped part way may rather carry on where the answers end.
        let first_open = state.doc.with_untracked(|d| {
            QUESTIONS
                .iter()
                .position(|q| !d.assessment.answers.contains_key(q.id))
                .map(|i| i + 1)
        });
        let label = match numbers.len() {
            1 => "Answer this question".to_string(),
            n => format!("Answer these {n} questions"),
        };
        view! {
            <h2>"What would settle it"</h2>
            <p>"Your answers to these questions would make the biggest difference, and a little thought or a quick question to someone may settle them:"</p>
            <ol class="deciding">
                {questions
                    .into_iter()
                    .map(|q| view! {
                        <li>
                            <p class="deciding-question"><strong>{q.topic}</strong>": "{q.prompt}</p>
                            <p class="deciding-find-out">"Before you answer: "{q.find_out}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <div class="actions">
                <button class="primary" on:click=move |_| navigate(&answer_them)>{label}</button>
                {first_open.map(|n| view! {
                    <a class="button secondary" href=Route::Question(n).hash()>
                        {format!("Go on from question {n}")}
                    </a>
                })}
            </div>
        }
    };

    let why = move || {
        view! {
            <h2>"Why"</h2>
            <ul class="reasons">
                {outcome
                    .with(|o| o.main_reasons(3))
                    .into_iter()
                    .map(|c| view! { <li>{reason(&c)}</li> })
                    .collect_view()}
            </ul>
            <Show when=move || outcome.with(|o| !o.counterpoints().is_empty())>
                <h3>"Pointing the other way"</h3>
                <ul class="counterpoints">
                    {outcome
                        .with(|o| o.counterpoints())
                        .into_iter()
                        .take(3)
                        .map(|c| view! { <li>{reason(&c)}</li> })
                        .collect_view()}
                </ul>
                {move || {
                    let more = outcome.with(|o| o.counterpoints().len().saturating_sub(3));
                    (more > 0).then(|| view! {
                        <p class="more">{format!("And {more} more: see every answer below.")}</p>
                    })
                }}
            </Show>
        }
    };

    let split = move || {
        let part = |kind: AgreementKind| {
            let needs = outcome.with(|o| o.needs_for(kind));
            let title = match kind {
                AgreementKind::Mentoring => "Your answers that suit a mentor",
                AgreementKind::Coaching => "Your answers that suit a coach",
            };
            view! {
                <h3>{title}</h3>
                {if needs.is_empty() {
                    view! { <p>"Nothing you said points this way."</p> }.into_any()
                } else {
                    view! {
                        <ul class="needs">
                            {needs
                                .into_iter()
                                .take(4)
                                .map(|c| view! { <li>{need(&c)}</li> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            }
        };
        view! {
            <h2>"What each would help with"</h2>
            <p>"Some of what you said suits a mentor and some suits a coach; the strongest of each are below."</p>
            {part(AgreementKind::Mentoring)}
            {part(AgreementKind::Coaching)}
        }
    };

    let next = move || {
        let o = outcome.get();
        match o.verdict() {
            Verdict::Settled => {
                let first = o.recommendation.first_kind();
                let blend = matches!(o.recommendation, Recommendation::Blend { .. });
                let words = if blend { blend_words(&o) } else { next_words(o.recommendation).to_string() };
                view! {
                    <p>{words}</p>
                    <div class="actions no-print">
                        {draft_button(first, true, blend)}
                        {blend.then(|| draft_button(first.other(), false, true))}
                        {other_actions()}
                    </div>
                }
                .into_any()
            }
            verdict => view! {
                <p>
                    {if verdict == Verdict::NotEnoughYet {
                        "The best next step is to answer the questions above. If you already know what you want, you can still draft an agreement."
                    } else {
                        "You could do both, side by side or one after the other. Draft whichever matters most to you now; you can draft the other any time."
                    }}
                </p>
                <div class="actions no-print">
                    {draft_button(AgreementKind::Mentoring, false, false)}
                    {draft_button(AgreementKind::Coaching, false, false)}
                    {other_actions()}
                </div>
            }
            .into_any(),
        }
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
                <h1 id="result-title" tabindex="-1">{headline}</h1>
                <p class="lead">{move || outcome.with(|o| o.summary())}</p>
                <Show when=move || verdict() != Verdict::NotEnoughYet>
                    <p class="measures">
                        <span>"How strong: "<strong>{move || outcome.with(|o| o.strength.words())}</strong></span>
                        " · "
                        <span>"Confidence: "<strong>{move || outcome.with(|o| o.confidence.words())}</strong></span>
                    </p>
                </Show>
                <LeanBar outcome=outcome />
                {move || match verdict() {
                    Verdict::NotEnoughYet => deciding().into_any(),
                    Verdict::Mixed => split().into_any(),
                    // A blend is both at once: its split says more than one side's reasons.
                    Verdict::Settled if outcome.with(|o| matches!(o.recommendation, Recommendation::Blend { .. })) => {
                        split().into_any()
                    }
                    Verdict::Settled => why().into_any(),
                }}

                <h2>"What next"</h2>
                {next}
                <OrgProgrammes state=state outcome=outcome />
                <Show when=move || outcome.with(|o| !o.contributions.is_empty())>
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
                                                {c.question.topic}
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
                </Show>

                <Comparison highlight=Signal::derive(move || {
                    outcome.with(|o| (o.verdict() == Verdict::Settled).then(|| o.recommendation.first_kind()))
                }) />

            </Show>
        </section>
    }
}

/// The other things a person can do from the result.
fn other_actions() -> impl IntoView {
    view! {
        <a class="button secondary" href="#/review">"Change my answers"</a>
        <button class="secondary" on:click=move |_| { let _ = window().print(); }>"Print this result"</button>
    }
}

fn reason(c: &Contribution) -> String {
    format!(
        "{}: you said \u{201c}{}\u{201d}, which points {}.",
        c.question.topic,
        c.option.label,
        match c.direction() {
            Direction::Mentoring => "to mentoring",
            Direction::Coaching => "to coaching",
            Direction::Neither => "neither way",
        }
    )
}

fn need(c: &Contribution) -> String {
    format!("{}: \u{201c}{}\u{201d}", c.question.topic, c.option.label)
}

/// What a blend's two drafts would cover, from the strongest answer on each side.
fn blend_words(o: &Outcome) -> String {
    let top = |kind| {
        o.needs_for(kind)
            .first()
            .map(|c| c.question.topic.to_lowercase())
    };
    match (top(AgreementKind::Coaching), top(AgreementKind::Mentoring)) {
        (Some(c), Some(m)) => format!(
            "You could do both, side by side: a short coaching agreement for the answers that suit a coach (such as {c}), and a longer mentoring agreement for those that suit a mentor (such as {m}). We'll fill in what we can from your answers; start with the suggested one and draft the other any time."
        ),
        _ => next_words(o.recommendation).to_string(),
    }
}

fn next_words(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Mentoring => "A written agreement helps a mentoring relationship get off to a good start. We'll fill in what we can from your answers; you can change all of it.",
        Recommendation::Coaching => "A coaching agreement sets the ground rules with your coach. We'll fill in what we can from your answers; you can change all of it.",
        Recommendation::Blend { .. } => "You could do both, one after the other or side by side. Start with the suggested agreement; you can draft the other one any time.",
    }
}
