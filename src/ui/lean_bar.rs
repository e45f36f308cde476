//! The overall lean of a result: a bar drawn from the centre, in the answers' colours, with words.

use leptos::prelude::*;

use crate::core::scoring::{Direction, Outcome, Verdict};

/// The overall lean, drawn from the centre in the same colours as the answers, and said in words.
#[component]
pub fn LeanBar(outcome: Memo<Outcome>) -> impl IntoView {
    let width = move || {
        outcome.with(|o| {
            let share = if o.max_score > 0 {
                f64::from(o.score.abs()) / f64::from(o.max_score) * 50.0
            } else {
                0.0
            };
            format!("{share:.1}%")
        })
    };
    let words = move || {
        outcome.with(|o| {
            let towards = match Direction::of(o.score.signum() as i8) {
                Direction::Mentoring => "towards mentoring",
                Direction::Coaching => "towards coaching",
                Direction::Neither => {
                    return "Evenly balanced: your answers pull as much towards mentoring as towards coaching".to_string()
                }
            };
            if o.verdict() == Verdict::NotEnoughYet {
                format!(
                    "So far your answers lean {towards}, but too much is still open to call it."
                )
            } else {
                format!("Leans {towards}: {}", o.strength.words())
            }
        })
    };
    view! {
        <div class="lean">
            <p class="lean-title">"Overall lean"</p>
            <div class="lean-scale">
                <span aria-hidden="true">"Mentoring"</span>
                <span
                    class="bar overall"
                    class:to-mentoring=move || outcome.with(|o| o.score < 0)
                    class:to-coaching=move || outcome.with(|o| o.score > 0)
                    aria-hidden="true"
                >
                    <span class="fill" style:width=width></span>
                </span>
                <span aria-hidden="true">"Coaching"</span>
            </div>
            <p class="lean-words">{words}</p>
        </div>
    }
}
