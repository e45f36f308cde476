//! Native tests of the question bank and scoring: a persona table built from the sources, and properties.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mentoring_or_coaching::core::agreement::AgreementKind;
use mentoring_or_coaching::core::questions::{Dimension, NOT_SURE, QUESTIONS, QUESTION_IDS};
use mentoring_or_coaching::core::scoring::{
    score, Answers, Confidence, Direction, Recommendation, Strength,
};
use proptest::prelude::*;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, o)| (q.to_string(), o.to_string()))
        .collect()
}

const BLEND_M: Recommendation = Recommendation::Blend {
    start_with: AgreementKind::Mentoring,
};
const BLEND_C: Recommendation = Recommendation::Blend {
    start_with: AgreementKind::Coaching,
};

struct Persona {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    expected: Recommendation,
    strength: Strength,
    confidence: Confidence,
}

/// People described by the sources (ATD's stakeholders, the published checklists), with the outcome each should get.
const PERSONAS: &[Persona] = &[
    Persona {
        name: "new hire who wants to learn the organisation and build a network over a year",
        answers: &[
            ("needs", "known"), ("answers", "advice"), ("horizon", "year-plus"), ("focus", "culture"),
            ("team", "no"), ("structure", "self"), ("relationship", "mutual"), ("measurable", "no"),
            ("sponsor", "private"), ("situation", "new-hire"), ("assessment", "no"),
            ("conversation", "stories"), ("network", "lots"),
        ],
        expected: Recommendation::Mentoring,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "newly promoted manager who must improve delegation within three months after a 360",
        answers: &[
            ("needs", "rough"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "skill"),
            ("team", "yes"), ("structure", "programme"), ("relationship", "focused"), ("measurable", "yes"),
            ("sponsor", "closely"), ("situation", "promoted"), ("assessment", "had"),
            ("conversation", "reflect"), ("network", "none"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "settled professional planning their next career move with a trusted senior colleague",
        answers: &[
            ("needs", "known"), ("answers", "both"), ("horizon", "months-6-12"), ("focus", "career"),
            ("team", "no"), ("structure", "self"), ("relationship", "mutual"), ("measurable", "loosely"),
            ("sponsor", "informed"), ("situation", "growing"), ("assessment", "no"),
            ("conversation", "mix"), ("network", "some"),
        ],
        expected: Recommendation::Mentoring,
        strength: Strength::Clear,
        confidence: Confidence::High,
    },
    Persona {
        name: "first-time manager with a team problem who also wants contacts and a two-way relationship",
        answers: &[
            ("needs", "rough"), ("answers", "both"), ("horizon", "months-6-12"), ("focus", "result"),
            ("team", "yes"), ("structure", "either"), ("relationship", "mutual"), ("measurable", "loosely"),
            ("sponsor", "informed"), ("situation", "new-manager"), ("assessment", "want"),
            ("conversation", "mix"), ("network", "lots"),
        ],
        expected: BLEND_C,
        strength: Strength::Slight,
        confidence: Confidence::High,
    },
    Persona {
        name: "senior leader handling a restructure with targets set by the organisation",
        answers: &[
            ("needs", "unknown"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "result"),
            ("team", "some"), ("structure", "programme"), ("relationship", "focused"), ("measurable", "yes"),
            ("sponsor", "closely"), ("situation", "change"), ("assessment", "want"),
            ("conversation", "reflect"), ("network", "none"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "new joiner who must also reach a skill target quickly",
        answers: &[
            ("needs", "known"), ("answers", "advice"), ("horizon", "weeks"), ("focus", "skill"),
            ("team", "some"), ("structure", "either"), ("relationship", "mutual"), ("measurable", "yes"),
            ("sponsor", "informed"), ("situation", "new-hire"), ("assessment", "no"),
            ("conversation", "stories"), ("network", "some"),
        ],
        expected: BLEND_M,
        strength: Strength::Slight,
        confidence: Confidence::High,
    },
    Persona {
        name: "specialist who wants to present better, with a skills assessment, in a coaching programme",
        answers: &[
            ("needs", "known"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "skill"),
            ("team", "no"), ("structure", "programme"), ("relationship", "focused"), ("measurable", "yes"),
            ("sponsor", "informed"), ("situation", "growing"), ("assessment", "want"),
            ("conversation", "reflect"), ("network", "none"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Clear,
        confidence: Confidence::High,
    },
    Persona {
        name: "someone who answered only four questions, all about a short measurable skill goal",
        answers: &[
            ("answers", "questions"), ("horizon", "weeks"), ("focus", "skill"), ("measurable", "yes"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Moderate,
        confidence: Confidence::Low,
    },
    Persona {
        name: "returner rebuilding their career and network, unsure about assessments and their manager",
        answers: &[
            ("needs", "known"), ("answers", "advice"), ("horizon", "year-plus"), ("focus", "career"),
            ("team", "no"), ("structure", "self"), ("relationship", "mutual"), ("measurable", "no"),
            ("sponsor", NOT_SURE), ("situation", "growing"), ("assessment", NOT_SURE),
            ("conversation", "stories"), ("network", "lots"),
        ],
        expected: Recommendation::Mentoring,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "someone unsure about everything",
        answers: &[
            ("needs", NOT_SURE), ("answers", NOT_SURE), ("horizon", NOT_SURE), ("focus", NOT_SURE),
            ("team", NOT_SURE), ("structure", NOT_SURE), ("relationship", NOT_SURE), ("measurable", NOT_SURE),
            ("sponsor", NOT_SURE), ("situation", NOT_SURE), ("assessment", NOT_SURE),
            ("conversation", NOT_SURE), ("network", NOT_SURE),
        ],
        expected: BLEND_C,
        strength: Strength::EvenlyBalanced,
        confidence: Confidence::Low,
    },
];

#[test]
fn personas_get_the_expected_outcome() {
    for p in PERSONAS {
        let outcome = score(&answers(p.answers));
        assert_eq!(
            outcome.recommendation, p.expected,
            "{} (score {})",
            p.name, outcome.score
        );
        assert_eq!(
            outcome.strength, p.strength,
            "{} (score {})",
            p.name, outcome.score
        );
        assert_eq!(outcome.confidence, p.confidence, "{}", p.name);
    }
}

#[test]
fn there_are_at_least_eight_personas_and_every_category_occurs() {
    assert!(PERSONAS.len() >= 8);
    let ranks: BTreeSet<u8> = PERSONAS.iter().map(|p| p.expected.lean_rank()).collect();
    assert_eq!(ranks, BTreeSet::from([0, 1, 2, 3]));
}

#[test]
fn the_bank_has_at_least_twelve_questions_covering_every_dimension() {
    assert!(QUESTIONS.len() >= 12);
    let covered: BTreeSet<Dimension> = QUESTIONS.iter().map(|q| q.dimension).collect();
    assert_eq!(covered, Dimension::ALL.into_iter().collect());
}

#[test]
fn the_id_list_the_first_screen_uses_matches_the_bank() {
    let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids, QUESTION_IDS);
}

#[test]
fn question_and_option_ids_are_unique_and_every_question_explains_itself() {
    let ids: BTreeSet<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), QUESTIONS.len());
    for q in QUESTIONS {
        let opts: BTreeSet<&str> = q.options.iter().map(|o| o.id).collect();
        assert_eq!(opts.len(), q.options.len(), "{}", q.id);
        assert!(!q.why.is_empty() && !q.prompt.is_empty(), "{}", q.id);
        assert!(
            q.options.iter().any(|o| o.is_not_sure()),
            "{} has no Not sure",
            q.id
        );
        // Each question can push both ways, so no question is a foregone conclusion.
        assert!(q.options.iter().any(|o| o.weight < 0), "{}", q.id);
        assert!(q.options.iter().any(|o| o.weight > 0), "{}", q.id);
        assert!(
            q.options.iter().all(|o| (-2..=2).contains(&o.weight)),
            "{}",
            q.id
        );
    }
}

#[test]
fn every_option_is_reachable_and_shows_in_the_explanation() {
    for q in QUESTIONS {
        for o in q.options {
            let outcome = score(&answers(&[(q.id, o.id)]));
            let c = outcome
                .contributions
                .iter()
                .find(|c| c.question.id == q.id)
                .unwrap_or_else(|| panic!("{}/{} not counted", q.id, o.id));
            assert_eq!(c.option.id, o.id);
            assert_eq!(outcome.score, i32::from(o.weight));
        }
    }
}

#[test]
fn all_not_sure_is_low_confidence_with_an_explanation() {
    let all: Answers = QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), NOT_SURE.to_string()))
        .collect();
    let outcome = score(&all);
    assert_eq!(outcome.confidence, Confidence::Low);
    assert_eq!(outcome.score, 0);
    assert_eq!(outcome.not_sure, QUESTIONS.len());
    assert!(
        outcome.summary().contains("weren't sure"),
        "{}",
        outcome.summary()
    );
    assert!(outcome.main_reasons(3).is_empty());
}

#[test]
fn not_sure_pushes_neither_way() {
    for q in QUESTIONS {
        let outcome = score(&answers(&[(q.id, NOT_SURE)]));
        assert_eq!(outcome.score, 0);
        assert_eq!(outcome.contributions[0].direction(), Direction::Neither);
    }
}

#[test]
fn unknown_questions_and_options_are_ignored() {
    let outcome = score(&answers(&[
        ("no-such-question", "x"),
        ("needs", "no-such-option"),
    ]));
    assert_eq!(outcome.score, 0);
    assert_eq!(outcome.unanswered, QUESTIONS.len());
}

#[test]
fn reasons_follow_the_lean_and_counterpoints_oppose_it() {
    let p = &PERSONAS[5]; // leans to mentoring, with some coaching answers
    let outcome = score(&answers(p.answers));
    let reasons = outcome.main_reasons(3);
    assert_eq!(reasons.len(), 3);
    assert!(reasons
        .iter()
        .all(|c| c.direction() == Direction::Mentoring));
    assert!(reasons.iter().all(|c| c.weight() == -2));
    let against = outcome.counterpoints();
    assert!(!against.is_empty());
    assert!(against.iter().all(|c| c.direction() == Direction::Coaching));
}

/// Any set of answers: each question unanswered or one of its options.
fn any_answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = QUESTIONS
        .iter()
        .map(|q| proptest::option::of(0..q.options.len()))
        .collect();
    per_question.prop_map(|choices| {
        QUESTIONS
            .iter()
            .zip(choices)
            .filter_map(|(q, c)| c.map(|i| (q.id.to_string(), q.options[i].id.to_string())))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scoring_is_deterministic(a in any_answers()) {
        prop_assert_eq!(score(&a), score(&a.clone()));
    }

    #[test]
    fn scoring_ignores_the_order_answers_were_given(a in any_answers(), seed in any::<u64>()) {
        let mut pairs: Vec<(String, String)> = a.clone().into_iter().collect();
        // A deterministic shuffle driven by the seed.
        let n = pairs.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize;
            pairs.swap(i, j);
        }
        let mut shuffled = Answers::new();
        for (q, o) in pairs {
            shuffled.insert(q, o);
        }
        prop_assert_eq!(score(&a), score(&shuffled));
    }

    #[test]
    fn moving_an_answer_towards_coaching_never_leans_more_to_mentoring(
        a in any_answers(), qi in 0..QUESTIONS.len(), oi in 0..6usize
    ) {
        let q = &QUESTIONS[qi];
        let new = &q.options[oi % q.options.len()];
        let old_weight = a.get(q.id).and_then(|o| q.option(o)).map_or(0, |o| o.weight);
        prop_assume!(new.weight >= old_weight);
        let before = score(&a);
        let mut moved = a.clone();
        moved.insert(q.id.to_string(), new.id.to_string());
        let after = score(&moved);
        prop_assert!(after.score >= before.score);
        prop_assert!(after.recommendation.lean_rank() >= before.recommendation.lean_rank());
    }

    #[test]
    fn the_score_stays_within_its_bounds(a in any_answers()) {
        let o = score(&a);
        prop_assert!(o.score.abs() <= o.max_score);
        prop_assert_eq!(o.contributions.len() + o.unanswered, QUESTIONS.len());
    }
}
