//! A side-by-side comparison of mentoring and coaching, with the recommended column marked when
//! there is a recommendation to mark: a table on a wide screen, topic by topic on a narrow one.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::text::{key, Key};
use crate::ui::text::t;

const ROWS: &[(Key, Key, Key)] = &[
    (
        key::COMPARE_WHAT_TITLE,
        key::COMPARE_WHAT_MENTORING,
        key::COMPARE_WHAT_COACHING,
    ),
    (
        key::COMPARE_FOCUS_TITLE,
        key::COMPARE_FOCUS_MENTORING,
        key::COMPARE_FOCUS_COACHING,
    ),
    (
        key::COMPARE_ROLES_TITLE,
        key::COMPARE_ROLES_MENTORING,
        key::COMPARE_ROLES_COACHING,
    ),
    (
        key::COMPARE_APPROACH_TITLE,
        key::COMPARE_APPROACH_MENTORING,
        key::COMPARE_APPROACH_COACHING,
    ),
    (
        key::COMPARE_TOOL_TITLE,
        key::COMPARE_TOOL_MENTORING,
        key::COMPARE_TOOL_COACHING,
    ),
];

/// The comparison table; `highlight` is the kind recommended to the person, if any.
#[component]
pub fn Comparison(highlight: Signal<Option<AgreementKind>>) -> impl IntoView {
    let is = move |kind: AgreementKind| highlight.get() == Some(kind);
    let head = move |kind: AgreementKind, name: Key| {
        view! {
            <th scope="col" class:recommended=move || is(kind)>
                {t(name)}
                <span class="tag">{move || if is(kind) { t(key::COMPARE_SUGGESTED) } else { "" }}</span>
            </th>
        }
    };
    view! {
        <h2 id="compare-title">{t(key::COMPARE_TITLE)}</h2>
        <div class="table-wrap compare-table">
            <table class="comparison" aria-labelledby="compare-title">
                <thead>
                    <tr>
                        <td></td>
                        {head(AgreementKind::Mentoring, key::RECOMMENDATION_MENTORING)}
                        {head(AgreementKind::Coaching, key::RECOMMENDATION_COACHING)}
                    </tr>
                </thead>
                <tbody>
                    {ROWS
                        .iter()
                        .map(|(topic, m, c)| {
                            view! {
                                <tr>
                                    <th scope="row">{t(*topic)}</th>
                                    <td class:recommended=move || is(AgreementKind::Mentoring)>{t(*m)}</td>
                                    <td class:recommended=move || is(AgreementKind::Coaching)>{t(*c)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        // On a phone three columns leave each a few words wide, and long words break mid-word (German
        // compounds most of all): the same text, topic by topic, at full width. Only one of the two
        // is displayed (style/main.css), so a screen reader meets it once.
        <div class="compare-topics" role="group" aria-labelledby="compare-title">
            {ROWS
                .iter()
                .map(|(topic, m, c)| {
                    let side = move |kind: AgreementKind, name: Key, text: Key| {
                        view! {
                            <dt class:recommended=move || is(kind)>
                                {t(name)}
                                <span class="tag">{move || if is(kind) { t(key::COMPARE_SUGGESTED) } else { "" }}</span>
                            </dt>
                            <dd class:recommended=move || is(kind)>{t(text)}</dd>
                        }
                    };
                    view! {
                        <h3>{t(*topic)}</h3>
                        <dl>
                            {side(AgreementKind::Mentoring, key::RECOMMENDATION_MENTORING, *m)}
                            {side(AgreementKind::Coaching, key::RECOMMENDATION_COACHING, *c)}
                        </dl>
                    }
                })
                .collect_view()}
        </div>
        <h3>{t(key::COMPARE_SHARED)}</h3>
        <ul class="shared">
            <li>{t(key::COMPARE_SHARED_1)}</li>
            <li>{t(key::COMPARE_SHARED_2)}</li>
            <li>{t(key::COMPARE_SHARED_3)}</li>
            <li>{t(key::COMPARE_SHARED_4)}</li>
        </ul>
    }
}
