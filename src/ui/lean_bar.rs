//! The overall lean of a result: a bar drawn from the centre, in the answers' colours, with words.

use leptos::prelude::*;

use crate::core::scoring::{Direction, Outcome, Verdict};
use crate::core::text::{key, Msg};
use crate::ui::text::{say, t};

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
            let open = o.verdict() == Verdict::NotEnoughYet;
            let k = match (Direction::of(o.score.signum() as i8), open) {
                (Direction::Neither, _) => key::LEAN_EVEN,
                (Direction::Mentoring, true) => key::LEAN_OPEN_MENTORING,
                (Direction::Coaching, true) => key::LEAN_OPEN_COACHING,
                (Direction::Mentoring, false) => key::LEAN_MENTORING,
                (Direction::Coaching, false) => key::LEAN_COACHING,
            };
            say(&Msg::new(k).with_key("strength", o.strength.words()))
        })
    };
    view! {
        <div class="lean">
            <p class="lean-title">{t(key::LEAN_TITLE)}</p>
            <div class="lean-scale">
                <span aria-hidden="true">{t(key::RECOMMENDATION_MENTORING)}</span>
                <span
                    class="bar overall"
                    class:to-mentoring=move || outcome.with(|o| o.score < 0)
                    class:to-coaching=move || outcome.with(|o| o.score > 0)
                    aria-hidden="true"
                >
                    <span class="fill" style:width=width></span>
                </span>
                <span aria-hidden="true">{t(key::RECOMMENDATION_COACHING)}</span>
            </div>
            <p class="lean-words">{words}</p>
        </div>
    }
}
