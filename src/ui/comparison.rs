//! A side-by-side comparison of mentoring and coaching, with the recommended column marked when
//! there is a recommendation to mark.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;

const ROWS: &[(&str, &str, &str)] = &[
    ("What it is", "A two-way relationship, often informal, that supports your career over the long term.", "A partnership in which a trained coach helps you think things through and reach your potential."),
    ("Focus", "You arrive knowing the broad areas you want to grow in; your mentor listens, informs, suggests and connects you with people.", "One narrow, specific goal, or help finding out what you need; your coach listens and supports you in making an action plan."),
    ("Roles", "You set the agenda; your mentor shares what they have learned.", "You find the answers; your coach doesn't instruct or lead."),
    ("Approach", "Self-directed: you often choose your mentor and agree together how often and where to meet.", "Structured: a narrower, specific agenda over a short period, often with an assigned coach."),
    ("Main tool", "A mentoring agreement, written and signed by both: goals, what you'll learn, meetings and how you keep in touch.", "A coaching agreement that sets the ground rules; sometimes a 360 or skills assessment comes first."),
];

/// The comparison table; `highlight` is the kind recommended to the person, if any.
#[component]
pub fn Comparison(highlight: Signal<Option<AgreementKind>>) -> impl IntoView {
    let is = move |kind: AgreementKind| highlight.get() == Some(kind);
    let head = move |kind: AgreementKind, name: &'static str| {
        view! {
            <th scope="col" class:recommended=move || is(kind)>
                {name}
                <span class="tag">{move || if is(kind) { " (suggested for you)" } else { "" }}</span>
            </th>
        }
    };
    view! {
        <h2 id="compare-title">"Mentoring and coaching side by side"</h2>
        <div class="table-wrap">
            <table class="comparison" aria-labelledby="compare-title">
                <thead>
                    <tr>
                        <td></td>
                        {head(AgreementKind::Mentoring, "Mentoring")}
                        {head(AgreementKind::Coaching, "Coaching")}
                    </tr>
                </thead>
                <tbody>
                    {ROWS
                        .iter()
                        .map(|(topic, m, c)| {
                            view! {
                                <tr>
                                    <th scope="row">{*topic}</th>
                                    <td class:recommended=move || is(AgreementKind::Mentoring)>{*m}</td>
                                    <td class:recommended=move || is(AgreementKind::Coaching)>{*c}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <h3>"What they share"</h3>
        <ul class="shared">
            <li>"Clear roles, so both of you can picture the goals being reached."</li>
            <li>"Trust, respect, open conversation and flexibility."</li>
            <li>"Some training or an introduction before you start."</li>
            <li>"Goals that serve both you and your organisation."</li>
        </ul>
    }
}
