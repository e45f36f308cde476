//! Native tests of the question bank and scoring: a persona table built from the sources, and properties.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mentoring_or_coaching::core::agreement::AgreementKind;
use mentoring_or_coaching::core::questions::{
    Dimension, NOT_SURE, QUESTIONS, QUESTION_IDS, REPLACED_IDS,
};
use mentoring_or_coaching::core::scoring::{
    confidence_for, recommend, score, Answers, Confidence, Direction, Recommendation, Strength,
    Verdict,
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

/// A lead promoted three months ago whose 360 named one thing to fix: clearly coaching.
const LEAD_WITH_360: &[(&str, &str)] = &[
    ("need-scope", "specific"),
    ("answers", "both"),
    ("horizon", "weeks"),
    ("focus", "skill"),
    ("team", "some"),
    ("structure", "either"),
    ("relationship", "focused"),
    ("measurable", "yes"),
    ("sponsor", "informed"),
    ("situation", "promoted"),
    ("assessment", "had"),
    ("conversation", "mix"),
    ("network", "some"),
];

/// Every answer strong, seven towards coaching and six towards mentoring.
const CONFLICTING: &[(&str, &str)] = &[
    ("need-scope", "specific"),
    ("answers", "questions"),
    ("horizon", "year-plus"),
    ("focus", "skill"),
    ("team", "yes"),
    ("structure", "self"),
    ("relationship", "mutual"),
    ("measurable", "yes"),
    ("sponsor", "closely"),
    ("situation", "new-hire"),
    ("assessment", "had"),
    ("conversation", "stories"),
    ("network", "lots"),
];

/// People described by the sources (ATD's stakeholders, the published checklists), with the outcome each should get.
const PERSONAS: &[Persona] = &[
    Persona {
        name: "new hire who wants to learn the organisation and build a network over a year",
        answers: &[
            ("need-scope", "broad"), ("answers", "advice"), ("horizon", "year-plus"), ("focus", "culture"),
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
            ("need-scope", "specific"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "skill"),
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
            ("need-scope", "broad"), ("answers", "both"), ("horizon", "months-6-12"), ("focus", "career"),
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
            ("need-scope", "unknown"), ("answers", "both"), ("horizon", "months-6-12"), ("focus", "result"),
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
            ("need-scope", "unknown"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "result"),
            ("team", "some"), ("structure", "programme"), ("relationship", "focused"), ("measurable", "yes"),
            ("sponsor", "closely"), ("situation", "change"), ("assessment", "want"),
            ("conversation", "reflect"), ("network", "none"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "new joiner whose manager set a skill target to reach quickly",
        answers: &[
            ("need-scope", "broad"), ("answers", "advice"), ("horizon", "weeks"), ("focus", "skill"),
            ("team", "some"), ("structure", "either"), ("relationship", "mutual"), ("measurable", "yes"),
            ("sponsor", "closely"), ("situation", "new-hire"), ("assessment", "no"),
            ("conversation", "stories"), ("network", "some"),
        ],
        expected: BLEND_M,
        strength: Strength::Slight,
        // Three strong answers point to coaching: the answers disagree.
        confidence: Confidence::Medium,
    },
    Persona {
        name: "specialist who wants to present better, with a skills assessment, in a coaching programme",
        answers: &[
            ("need-scope", "specific"), ("answers", "questions"), ("horizon", "weeks"), ("focus", "skill"),
            ("team", "no"), ("structure", "programme"), ("relationship", "focused"), ("measurable", "yes"),
            ("sponsor", "informed"), ("situation", "growing"), ("assessment", "want"),
            ("conversation", "reflect"), ("network", "none"),
        ],
        expected: Recommendation::Coaching,
        strength: Strength::Strong,
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
            ("need-scope", "broad"), ("answers", "advice"), ("horizon", "year-plus"), ("focus", "career"),
            ("team", "no"), ("structure", "self"), ("relationship", "mutual"), ("measurable", "no"),
            ("sponsor", NOT_SURE), ("situation", "growing"), ("assessment", NOT_SURE),
            ("conversation", "stories"), ("network", "lots"),
        ],
        expected: Recommendation::Mentoring,
        strength: Strength::Strong,
        confidence: Confidence::High,
    },
    Persona {
        name: "newly promoted lead with a precise goal from a 360",
        answers: LEAD_WITH_360,
        expected: Recommendation::Coaching,
        strength: Strength::Clear,
        confidence: Confidence::High,
    },
    Persona {
        name: "someone whose strong answers split both ways",
        answers: CONFLICTING,
        expected: BLEND_C,
        strength: Strength::Slight,
        confidence: Confidence::Medium,
    },
    Persona {
        name: "someone unsure about everything",
        answers: &[
            ("need-scope", NOT_SURE), ("answers", NOT_SURE), ("horizon", NOT_SURE), ("focus", NOT_SURE),
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
    let wrong: Vec<String> = PERSONAS
        .iter()
        .filter_map(|p| {
            let o = score(&answers(p.answers));
            let got = (o.recommendation, o.strength, o.confidence);
            (got != (p.expected, p.strength, p.confidence)).then(|| {
                format!(
                    "{}: got {got:?} (score {}, doubt {})",
                    p.name,
                    o.score,
                    o.doubt()
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
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
        assert!(
            !q.why.english().is_empty() && !q.prompt.english().is_empty(),
            "{}",
            q.id
        );
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
fn all_not_sure_is_low_confidence_with_no_reasons() {
    let all: Answers = QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), NOT_SURE.to_string()))
        .collect();
    let outcome = score(&all);
    assert_eq!(outcome.confidence, Confidence::Low);
    assert_eq!(outcome.score, 0);
    assert_eq!(outcome.not_sure, QUESTIONS.len());
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
        ("need-scope", "no-such-option"),
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

#[test]
fn the_lead_with_a_360_goal_sees_that_clarity_counted_for_coaching() {
    let o = score(&answers(LEAD_WITH_360));
    assert_eq!(o.verdict(), Verdict::Settled);
    assert!(o
        .counterpoints()
        .iter()
        .all(|c| c.question.id != "need-scope"));
    assert!(o
        .main_reasons(3)
        .iter()
        .any(|c| c.question.id == "need-scope"));
}

#[test]
fn all_not_sure_says_there_is_not_enough_and_names_three_deciding_questions() {
    let all: Answers = QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), NOT_SURE.to_string()))
        .collect();
    let o = score(&all);
    assert_eq!(o.verdict(), Verdict::NotEnoughYet);
    let deciding = o.deciding_questions(3);
    assert_eq!(deciding.len(), 3);
    let biggest = QUESTIONS.iter().map(|q| q.max_pull()).max().unwrap_or(0);
    assert!(deciding.iter().all(|q| q.max_pull() == biggest));
    assert!(summary(&o).contains("would be a guess"), "{}", summary(&o));
}

#[test]
fn almost_all_not_sure_is_still_not_enough() {
    let mut a: Answers = QUESTIONS
        .iter()
        .map(|q| (q.id.to_string(), NOT_SURE.to_string()))
        .collect();
    a.insert("horizon".into(), "weeks".into());
    a.insert("focus".into(), "skill".into());
    let o = score(&a);
    assert_eq!(o.verdict(), Verdict::NotEnoughYet);
    // Only questions still open are offered, never the two just answered.
    let deciding: Vec<&str> = o.deciding_questions(3).iter().map(|q| q.id).collect();
    assert_eq!(deciding, ["need-scope", "answers", "team"]);
}

#[test]
fn the_deciding_questions_prefer_the_largest_possible_pull() {
    // Every question can pull 2 today, so the order is the bank's; the rule still has to hold.
    let o = score(&Answers::new());
    let pulls: Vec<i32> = o
        .deciding_questions(13)
        .iter()
        .map(|q| q.max_pull())
        .collect();
    assert!(pulls.windows(2).all(|w| w[0] >= w[1]), "{pulls:?}");
    assert_eq!(o.deciding_questions(13).len(), QUESTIONS.len());
}

#[test]
fn strong_answers_both_ways_lower_confidence_and_split_the_needs() {
    let o = score(&answers(CONFLICTING));
    assert_eq!(o.unanswered + o.not_sure, 0);
    assert_ne!(o.confidence, Confidence::High);
    let mentoring = o.needs_for(AgreementKind::Mentoring);
    let coaching = o.needs_for(AgreementKind::Coaching);
    assert_eq!((mentoring.len(), coaching.len()), (6, 7));
    assert!(mentoring
        .iter()
        .all(|c| c.direction() == Direction::Mentoring));
    assert!(coaching
        .iter()
        .all(|c| c.direction() == Direction::Coaching));
}

#[test]
fn four_strong_answers_against_the_lean_no_longer_read_high() {
    // Nine strong answers for coaching, four strong ones for mentoring, nothing unsure.
    let o = score(&answers(&[
        ("need-scope", "specific"),
        ("answers", "questions"),
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("team", "yes"),
        ("structure", "programme"),
        ("relationship", "mutual"),
        ("measurable", "yes"),
        ("sponsor", "closely"),
        ("situation", "new-hire"),
        ("assessment", "had"),
        ("conversation", "stories"),
        ("network", "lots"),
    ]));
    assert_eq!(o.recommendation, Recommendation::Coaching);
    assert_eq!(o.confidence, Confidence::Medium);
}

#[test]
fn mostly_unknown_with_little_disagreement_is_not_enough_and_mostly_disagreement_is_mixed() {
    let mut a = answers(CONFLICTING);
    a.insert("horizon".into(), NOT_SURE.into());
    // 2 unknown + min(14, 10) = 12 points of doubt: medium, still settled.
    assert_eq!(score(&a).verdict(), Verdict::Settled);
    a.insert("network".into(), NOT_SURE.into());
    a.insert("need-scope".into(), NOT_SURE.into());
    // 6 unknown + min(12, 8) = 14: low, and disagreement is the larger part.
    let o = score(&a);
    assert_eq!(
        (o.confidence, o.verdict()),
        (Confidence::Low, Verdict::Mixed)
    );
}

#[test]
fn the_summary_says_why_confidence_is_medium_and_never_calls_an_unanswered_question_skipped() {
    // Nothing unsure, some answers against: only the disagreement is named.
    let o = score(&answers(&[
        ("need-scope", "specific"),
        ("answers", "questions"),
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("team", "yes"),
        ("structure", "programme"),
        ("relationship", "mutual"),
        ("measurable", "yes"),
        ("sponsor", "closely"),
        ("situation", "new-hire"),
        ("assessment", "had"),
        ("conversation", "stories"),
        ("network", "lots"),
    ]));
    assert_eq!(o.confidence, Confidence::Medium);
    assert!(
        summary(&o).contains("Some of your answers point the other way"),
        "{}",
        summary(&o)
    );
    assert!(!summary(&o).contains("unsure"), "{}", summary(&o));
    // Five answered, eight never reached: they have no answer yet, they were not skipped.
    let o = score(&answers(&[
        ("need-scope", "specific"),
        ("answers", "questions"),
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("team", "yes"),
    ]));
    assert_eq!(o.verdict(), Verdict::NotEnoughYet);
    assert!(
        summary(&o).starts_with("8 of the 13 questions have no answer yet"),
        "{}",
        summary(&o)
    );
    // One unsure and the rest open: each count with the word that fits it.
    let mut a = answers(LEAD_WITH_360);
    a.insert("focus".into(), NOT_SURE.into());
    for q in [
        "horizon",
        "answers",
        "team",
        "structure",
        "relationship",
        "measurable",
        "sponsor",
        "situation",
        "assessment",
        "conversation",
        "network",
    ] {
        a.remove(q);
    }
    let o = score(&a);
    assert!(
        summary(&o)
            .starts_with("You weren't sure about 1 of the 13 questions and 11 have no answer yet"),
        "{}",
        summary(&o)
    );
}

#[test]
fn the_confidence_thresholds_are_a_quarter_and_a_half_of_the_largest_score() {
    assert_eq!(confidence_for(6, 26), Confidence::High);
    assert_eq!(confidence_for(7, 26), Confidence::Medium);
    assert_eq!(confidence_for(13, 26), Confidence::Medium);
    assert_eq!(confidence_for(14, 26), Confidence::Low);
}

#[test]
fn every_question_has_its_own_topic_and_something_to_find_out() {
    let topics: BTreeSet<&str> = QUESTIONS.iter().map(|q| q.topic.english()).collect();
    assert_eq!(topics.len(), QUESTIONS.len());
    assert!(QUESTIONS
        .iter()
        .all(|q| !q.find_out.english().is_empty() && !q.topic.english().is_empty()));
}

#[test]
fn the_replaced_id_list_matches_the_bank() {
    let from_bank: Vec<(&str, &str)> = QUESTIONS
        .iter()
        .flat_map(|q| q.replaces.iter().map(move |old| (*old, q.id)))
        .collect();
    assert_eq!(from_bank, REPLACED_IDS);
    // A replaced id is never reused by a current question.
    assert!(REPLACED_IDS
        .iter()
        .all(|(old, _)| !QUESTION_IDS.contains(old)));
}

#[test]
fn an_answer_to_a_replaced_question_does_not_count() {
    let o = score(&answers(&[("needs", "known")]));
    assert_eq!(o.score, 0);
    assert_eq!(o.unanswered, QUESTIONS.len());
}

/// The score computed the long way, from the bank, as a reference for `score`.
fn weight_sum(a: &Answers) -> i32 {
    QUESTIONS
        .iter()
        .filter_map(|q| {
            a.get(q.id)
                .and_then(|o| q.options.iter().find(|x| x.id == o))
        })
        .map(|o| i32::from(o.weight))
        .sum()
}

/// The question at `qi` with its strongest option pointing the given way.
fn strongest(qi: usize, towards_coaching: bool) -> (&'static str, &'static str, i8) {
    let q = &QUESTIONS[qi];
    let o = q
        .options
        .iter()
        .filter(|o| (o.weight > 0) == towards_coaching && o.weight != 0)
        .max_by_key(|o| o.weight.abs())
        .unwrap_or(&q.options[0]);
    (q.id, o.id, o.weight)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_score_is_the_sum_of_the_chosen_weights(a in any_answers()) {
        prop_assert_eq!(score(&a).score, weight_sum(&a));
    }

    #[test]
    fn the_category_and_strength_depend_on_the_score_alone(a in any_answers(), b in any_answers()) {
        let (x, y) = (score(&a), score(&b));
        prop_assert_eq!(x.recommendation, recommend(x.score));
        if x.score == y.score {
            prop_assert_eq!((x.recommendation, x.strength), (y.recommendation, y.strength));
        }
    }

    #[test]
    fn a_strong_answer_against_the_lean_never_raises_confidence(a in any_answers(), qi in 0..QUESTIONS.len(), unsure in any::<bool>()) {
        let q = &QUESTIONS[qi];
        let mut open = a.clone();
        if unsure {
            open.insert(q.id.to_string(), NOT_SURE.to_string());
        } else {
            open.remove(q.id);
        }
        let before = score(&open);
        // With a lean of one point, a strong answer reverses it: a different result, not a weaker one.
        if before.score.abs() < 2 {
            return Ok(());
        }
        let (qid, oid, w) = strongest(qi, before.score < 0);
        // Only a strong answer: a mild one says less than the question could, which is news.
        if i32::from(w).abs() < q.max_pull() {
            return Ok(());
        }
        let mut more = open.clone();
        more.insert(qid.to_string(), oid.to_string());
        let after = score(&more);
        prop_assert!(after.confidence <= before.confidence, "{:?} -> {:?}", before.confidence, after.confidence);
        prop_assert!(after.doubt() >= before.doubt());
    }

    #[test]
    fn turning_an_answer_into_not_sure_never_raises_confidence(a in any_answers(), qi in 0..QUESTIONS.len()) {
        let before = score(&a);
        let mut unsure = a.clone();
        unsure.insert(QUESTIONS[qi].id.to_string(), NOT_SURE.to_string());
        let after = score(&unsure);
        prop_assert!(after.confidence <= before.confidence, "{:?} -> {:?}", before.confidence, after.confidence);
    }

    #[test]
    fn swapping_a_lean_answer_for_one_against_never_raises_confidence(a in any_answers(), qi in 0..QUESTIONS.len()) {
        let q = &QUESTIONS[qi];
        let mut rest = a.clone();
        rest.remove(q.id);
        let lean_coaching = score(&rest).score >= 0;
        let (qid, with_lean, _) = strongest(qi, lean_coaching);
        let (_, against, _) = strongest(qi, !lean_coaching);
        let mut with = rest.clone();
        with.insert(qid.to_string(), with_lean.to_string());
        let before = score(&with);
        // As above: a lean of one point is reversed, not weakened.
        if before.score.abs() < 2 {
            return Ok(());
        }
        let mut swapped = rest;
        swapped.insert(qid.to_string(), against.to_string());
        prop_assert!(score(&swapped).confidence <= before.confidence);
    }

    #[test]
    fn moving_an_answer_towards_coaching_never_leans_more_to_mentoring(
        a in any_answers(), qi in 0..QUESTIONS.len(), oi in 0..6usize
    ) {
        let q = &QUESTIONS[qi];
        let old_weight = a.get(q.id).and_then(|o| q.option(o)).map_or(0, |o| o.weight);
        let higher: Vec<_> = q.options.iter().filter(|o| o.weight >= old_weight).collect();
        let new = higher[oi % higher.len()];
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
        prop_assert!(o.doubt() <= o.max_score);
        prop_assert_eq!(o.contributions.len() + o.unanswered, QUESTIONS.len());
    }

    #[test]
    fn the_verdict_leads_with_the_recommendation_unless_confidence_is_low(a in any_answers()) {
        let o = score(&a);
        prop_assert_eq!(o.verdict() == Verdict::Settled, o.confidence != Confidence::Low);
        // Deciding questions are only ever ones still open.
        for q in o.deciding_questions(3) {
            prop_assert!(a.get(q.id).is_none_or(|x| x == NOT_SURE));
        }
    }
}

/// The result's summary as an English reader sees it.
fn summary(o: &mentoring_or_coaching::core::scoring::Outcome) -> String {
    o.summary()
        .iter()
        .map(|m| m.english())
        .collect::<Vec<_>>()
        .join(" ")
}
