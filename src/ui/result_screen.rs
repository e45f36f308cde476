//! The result: the recommendation and why, answer by answer; or, when the answers are too unsure or
//! pull both ways, what would settle it; then what to do next.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::drafts::result_key;
use crate::core::prefill::prefilled_in;
use crate::core::questions::{position, QUESTIONS};
use crate::core::route::{Return, Route};
use crate::core::scoring::{score, Contribution, Direction, Outcome, Recommendation, Verdict};
use crate::core::text::{key, Key, Msg};
use crate::ui::comparison::Comparison;
use crate::ui::lean_bar::LeanBar;
use crate::ui::org_programmes::OrgProgrammes;
use crate::ui::state::{entropy, navigate, now_ms, today, AppState};
use crate::ui::text::{count, say, t};

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
            // Written in the language on screen: its suggestions too.
            let mut new = prefilled_in(
                id,
                kind,
                &answers,
                &today(),
                now_ms(),
                blend,
                crate::ui::text::catalogue(),
            );
            crate::ui::text::written_here(&mut new);
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
        let [draft_it, open_it, another_it]: [Key; 3] = match (blend, kind) {
            (true, AgreementKind::Coaching) => [
                key::RESULT_DRAFT_SHORT_COACHING,
                key::RESULT_OPEN_SHORT_COACHING,
                key::RESULT_ANOTHER_SHORT_COACHING,
            ],
            (true, AgreementKind::Mentoring) => [
                key::RESULT_DRAFT_LONG_MENTORING,
                key::RESULT_OPEN_LONG_MENTORING,
                key::RESULT_ANOTHER_LONG_MENTORING,
            ],
            (false, AgreementKind::Mentoring) => [
                key::RESULT_DRAFT_MENTORING,
                key::RESULT_OPEN_MENTORING,
                key::RESULT_ANOTHER_MENTORING,
            ],
            (false, AgreementKind::Coaching) => [
                key::RESULT_DRAFT_COACHING,
                key::RESULT_OPEN_COACHING,
                key::RESULT_ANOTHER_COACHING,
            ],
        };
        let class = if primary { "primary" } else { "secondary" };
        let made = move || {
            state.doc.with(|d| {
                d.draft_from_result(&result_key(kind, blend, &d.assessment.answers))
                    .is_some()
            })
        };
        view! {
            <button class=class on:click=move |_| draft(kind, blend, false)>
                {move || t(if made() { open_it } else { draft_it })}
            </button>
            <Show when=made>
                <button class="secondary" on:click=move |_| draft(kind, blend, true)>{t(another_it)}</button>
            </Show>
        }
    };

    let headline = move || match verdict() {
        Verdict::NotEnoughYet => t(key::RESULT_NOT_ENOUGH).to_string(),
        Verdict::Mixed => t(key::RESULT_MIXED).to_string(),
        Verdict::Settled => say(&Msg::new(key::RESULT_HEADLINE)
            .with_key("recommendation", outcome.with(|o| o.recommendation.title()))),
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
        let label = count(key::RESULT_ANSWER_THESE, numbers.len());
        view! {
            <h2>{t(key::RESULT_SETTLE_TITLE)}</h2>
            <p>{t(key::RESULT_SETTLE_LEAD)}</p>
            <ol class="deciding">
                {questions
                    .into_iter()
                    .map(|q| view! {
                        <li>
                            <p class="deciding-question"><strong>{t(q.topic)}</strong>": "{t(q.prompt)}</p>
                            <p class="deciding-find-out">{t(key::RESULT_BEFORE_YOU_ANSWER)}" "{t(q.find_out)}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <div class="actions">
                <button class="primary" on:click=move |_| navigate(&answer_them)>{label}</button>
                {first_open.map(|n| view! {
                    <a class="button secondary" href=Route::Question(n).hash()>
                        {say(&Msg::new(key::RESULT_GO_ON_FROM).with("number", n.to_string()))}
                    </a>
                })}
            </div>
        }
    };

    let why = move || {
        view! {
            <h2>{t(key::RESULT_WHY)}</h2>
            <ul class="reasons">
                {outcome
                    .with(|o| o.main_reasons(3))
                    .into_iter()
                    .map(|c| view! { <li>{reason(&c)}</li> })
                    .collect_view()}
            </ul>
            <Show when=move || outcome.with(|o| !o.counterpoints().is_empty())>
                <h3>{t(key::RESULT_OTHER_WAY)}</h3>
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
                        <p class="more">{count(key::RESULT_MORE, more)}</p>
                    })
                }}
            </Show>
        }
    };

    let split = move || {
        let part = |kind: AgreementKind| {
            let needs = outcome.with(|o| o.needs_for(kind));
            let title = match kind {
                AgreementKind::Mentoring => t(key::RESULT_SUITS_MENTOR),
                AgreementKind::Coaching => t(key::RESULT_SUITS_COACH),
            };
            view! {
                <h3>{title}</h3>
                {if needs.is_empty() {
                    view! { <p>{t(key::RESULT_NOTHING_THIS_WAY)}</p> }.into_any()
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
            <h2>{t(key::RESULT_EACH_TITLE)}</h2>
            <p>{t(key::RESULT_EACH_LEAD)}</p>
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
                let words = if blend {
                    blend_words(&o)
                } else {
                    t(next_words(o.recommendation)).to_string()
                };
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
                    {t(if verdict == Verdict::NotEnoughYet {
                        key::RESULT_NEXT_NOT_ENOUGH
                    } else {
                        key::RESULT_NEXT_MIXED
                    })}
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
                        <h1 id="result-title" tabindex="-1">{t(key::RESULT_NONE_TITLE)}</h1>
                        <p>{t(key::RESULT_NONE_LEAD)}</p>
                        <a class="button primary" href="#/question/1">{t(key::RESULT_START)}</a>
                    }
                }
            >
                <h1 id="result-title" tabindex="-1">{headline}</h1>
                <p class="lead">{move || outcome.with(|o| o.summary().iter().map(say).collect::<Vec<_>>().join(" "))}</p>
                <Show when=move || verdict() != Verdict::NotEnoughYet>
                    <p class="measures">
                        <span>{t(key::RESULT_HOW_STRONG)}" "<strong>{move || outcome.with(|o| t(o.strength.words()))}</strong></span>
                        " · "
                        <span>{t(key::RESULT_CONFIDENCE)}" "<strong>{move || outcome.with(|o| t(o.confidence.words()))}</strong></span>
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

                <h2>{t(key::RESULT_WHAT_NEXT)}</h2>
                {next}
                <OrgProgrammes state=state outcome=outcome />
                <Show when=move || outcome.with(|o| !o.contributions.is_empty())>
                    <h2 id="by-answer">{t(key::RESULT_BY_ANSWER)}</h2>
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
                                                {t(c.question.topic)}
                                                <span class="chart-question">{t(c.question.prompt)}</span>
                                            </span>
                                            <span class="chart-answer">{t(c.option.label)}</span>
                                            <span class=lean aria-hidden="true"><span class="fill"></span></span>
                                            <span class="chart-direction">
                                                {say(&Msg::new(key::RESULT_DIRECTION).with_key("direction", c.direction().words()).with_key("pull", c.pull_words()))}
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
        <a class="button secondary" href="#/review">{t(key::RESULT_CHANGE_ANSWERS)}</a>
        <button class="secondary" on:click=move |_| { let _ = window().print(); }>{t(key::RESULT_PRINT)}</button>
    }
}

fn reason(c: &Contribution) -> String {
    let k = match c.direction() {
        Direction::Mentoring => key::RESULT_REASON_MENTORING,
        Direction::Coaching => key::RESULT_REASON_COACHING,
        Direction::Neither => key::RESULT_REASON_NEITHER,
    };
    say(&answered(k, c))
}

fn need(c: &Contribution) -> String {
    say(&answered(key::RESULT_NEED, c))
}

/// A text naming a question's topic and the answer given to it.
fn answered(k: Key, c: &Contribution) -> Msg {
    Msg::new(k)
        .with_key("topic", c.question.topic)
        .with_key("answer", c.option.label)
}

/// What a blend's two drafts would cover, from the strongest answer on each side.
fn blend_words(o: &Outcome) -> String {
    let top = |kind| o.needs_for(kind).first().map(|c| c.question.topic);
    match (top(AgreementKind::Coaching), top(AgreementKind::Mentoring)) {
        (Some(c), Some(m)) => say(&Msg::new(key::RESULT_BLEND_BOTH)
            .with_key("coaching", c)
            .with_key("mentoring", m)),
        _ => t(next_words(o.recommendation)).to_string(),
    }
}

fn next_words(r: Recommendation) -> Key {
    match r {
        Recommendation::Mentoring => key::RESULT_NEXT_MENTORING,
        Recommendation::Coaching => key::RESULT_NEXT_COACHING,
        Recommendation::Blend { .. } => key::RESULT_NEXT_BLEND,
    }
}
