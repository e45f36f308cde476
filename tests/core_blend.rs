//! Native tests of the drafts made from a blend: each covers its own half of the person's needs.
#![cfg(not(target_arch = "wasm32"))]

use mentoring_or_coaching::core::agreement::AgreementKind;
use mentoring_or_coaching::core::prefill::{prefilled, suggestions_for};
use mentoring_or_coaching::core::scoring::Answers;

/// A new joiner who also has one skill to fix quickly: a blend.
fn joiner_with_a_skill_to_fix() -> Answers {
    [
        ("need-scope", "broad"),
        ("horizon", "months-6-12"),
        ("focus", "skill"),
        ("situation", "new-hire"),
        ("network", "lots"),
    ]
    .iter()
    .map(|(q, o)| (q.to_string(), o.to_string()))
    .collect()
}

fn get<'a>(s: &'a [(&'static str, String)], field: &str) -> Option<&'a str> {
    s.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str())
}

#[test]
fn in_a_blend_the_coaching_draft_is_short_and_takes_the_skill_goal() {
    let a = joiner_with_a_skill_to_fix();
    let s = suggestions_for(AgreementKind::Coaching, &a, "2027-01-10", true);
    assert_eq!(get(&s, "end"), Some("2027-04-10"));
    assert_eq!(get(&s, "sessions"), Some("6"));
    assert!(get(&s, "goal-1").is_some_and(|g| g.contains("skill")));
}

#[test]
fn in_a_blend_the_mentoring_draft_is_long_and_leaves_the_skill_goal_to_the_coach() {
    let a = joiner_with_a_skill_to_fix();
    let s = suggestions_for(AgreementKind::Mentoring, &a, "2027-01-10", true);
    assert_eq!(get(&s, "end"), Some("2028-01-10"));
    assert_eq!(
        get(&s, "goal-1"),
        None,
        "the skill is the coaching draft's goal"
    );
    assert!(
        get(&s, "mentor-will").is_some(),
        "introductions stay with the mentor"
    );
}

#[test]
fn alone_a_draft_follows_the_answers_as_given() {
    let a = joiner_with_a_skill_to_fix();
    let s = suggestions_for(AgreementKind::Mentoring, &a, "2027-01-10", false);
    assert_eq!(get(&s, "end"), Some("2027-07-10"));
    assert!(get(&s, "goal-1").is_some());
    let d = prefilled(
        "d1".into(),
        AgreementKind::Coaching,
        &a,
        "2027-01-10",
        1,
        true,
    );
    assert_eq!(d.value("end"), "2027-04-10");
    assert!(d.prefilled.contains("end"));
}
