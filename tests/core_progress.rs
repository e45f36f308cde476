//! Native tests of where a person stands (the welcome screen's offers) and of the revisit addresses.
#![cfg(not(target_arch = "wasm32"))]

use mentoring_or_coaching::core::progress::{changed_questions, progress, unanswered, Progress};
use mentoring_or_coaching::core::questions::{NOT_SURE, QUESTION_IDS};
use mentoring_or_coaching::core::route::{Return, Route};
use mentoring_or_coaching::core::scoring::Answers;
use proptest::prelude::*;

fn answered(n: usize) -> Answers {
    QUESTION_IDS
        .iter()
        .take(n)
        .map(|id| (id.to_string(), NOT_SURE.to_string()))
        .collect()
}

#[test]
fn nothing_answered_is_not_started_wherever_the_person_was() {
    assert_eq!(progress(&Answers::new(), ""), Progress::NotStarted);
    assert_eq!(
        progress(&Answers::new(), "#/question/4"),
        Progress::NotStarted
    );
}

#[test]
fn part_way_continues_where_the_person_stopped_or_at_the_first_gap() {
    let a = answered(3);
    assert_eq!(
        progress(&a, "#/question/2"),
        Progress::InProgress {
            next: 2,
            answered: 3
        }
    );
    assert_eq!(
        progress(&a, "#/"),
        Progress::InProgress {
            next: 4,
            answered: 3
        }
    );
}

#[test]
fn every_question_answered_is_finished_even_from_the_last_question() {
    let a = answered(QUESTION_IDS.len());
    let finished = Progress::Finished {
        skipped: 0,
        changed: vec![],
    };
    assert_eq!(progress(&a, "#/question/13"), finished);
    assert_eq!(progress(&a, "#/result"), finished);
}

#[test]
fn having_seen_the_review_or_result_is_finished_with_the_skipped_count() {
    let a = answered(10);
    for resume in ["#/review", "#/result", "#/review/4", "#/revisit/result/1/1"] {
        assert_eq!(
            progress(&a, resume),
            Progress::Finished {
                skipped: 3,
                changed: vec![]
            },
            "{resume}"
        );
    }
}

#[test]
fn a_visit_to_the_agreements_says_nothing_about_how_far_the_questions_got() {
    let a = answered(2);
    for resume in ["#/agreements", "#/agreement/a1"] {
        assert_eq!(
            progress(&a, resume),
            Progress::InProgress {
                next: 3,
                answered: 2
            },
            "{resume}"
        );
    }
}

#[test]
fn an_answer_to_a_question_that_changed_meaning_is_asked_again() {
    // Every answer as stored before the first question was reworded.
    let mut a = answered(QUESTION_IDS.len());
    a.remove("need-scope");
    a.insert("needs".into(), "known".into());
    assert_eq!(changed_questions(&a), vec![1]);
    assert_eq!(unanswered(&a), 1);
    assert_eq!(
        progress(&a, "#/result"),
        Progress::Finished {
            skipped: 0,
            changed: vec![1]
        }
    );
    // Answering it again settles it; the old answer no longer matters.
    a.insert("need-scope".into(), "broad".into());
    assert!(changed_questions(&a).is_empty());
}

#[test]
fn only_the_old_answer_counts_as_a_start() {
    let mut a = Answers::new();
    a.insert("needs".into(), "rough".into());
    assert_eq!(
        progress(&a, "#/question/1"),
        Progress::InProgress {
            next: 1,
            answered: 0
        }
    );
}

#[test]
fn revisit_addresses_round_trip_and_reject_nonsense() {
    let routes = [
        Route::Revisit {
            questions: vec![3],
            step: 1,
            then: Return::Review,
        },
        Route::Revisit {
            questions: vec![1, 2, 6],
            step: 3,
            then: Return::Result,
        },
        Route::ReviewAt(13),
    ];
    for r in routes {
        assert_eq!(Route::parse(&r.hash()), r, "{}", r.hash());
    }
    for bad in [
        "#/revisit/result/1,1/1",
        "#/revisit/result/1,2/3",
        "#/revisit/result/1,2/0",
        "#/revisit/elsewhere/1/1",
        "#/revisit/review/14/1",
        "#/revisit/review//1",
    ] {
        assert_eq!(Route::parse(bad), Route::Welcome, "{bad}");
    }
    assert_eq!(Route::parse("#/review/99"), Route::Welcome);
}

#[test]
fn in_page_links_are_not_screens() {
    assert!(!Route::is_route("#main"));
    assert!(Route::is_route("#/question/2"));
    assert!(Route::is_route(""));
    assert!(Route::is_route("#"));
}

proptest! {
    #[test]
    fn progress_never_points_outside_the_questions(
        picks in proptest::collection::vec(any::<bool>(), QUESTION_IDS.len()),
        resume in 0..20usize,
    ) {
        let a: Answers = QUESTION_IDS
            .iter()
            .zip(&picks)
            .filter(|(_, p)| **p)
            .map(|(id, _)| (id.to_string(), NOT_SURE.to_string()))
            .collect();
        match progress(&a, &format!("#/question/{resume}")) {
            Progress::InProgress { next, answered } => {
                prop_assert!((1..=QUESTION_IDS.len()).contains(&next));
                prop_assert_eq!(answered, a.len());
            }
            Progress::Finished { skipped, .. } => prop_assert_eq!(skipped, unanswered(&a)),
            Progress::NotStarted => prop_assert!(a.is_empty()),
        }
    }
}

#[test]
fn the_walk_leads_back_and_on_through_every_question() {
    use mentoring_or_coaching::core::route::Walk;
    let first = Walk::of(&Route::Question(1)).expect("a question");
    assert_eq!(
        (first.back, first.next),
        (Route::Welcome, Route::Question(2))
    );
    let last = Walk::of(&Route::Question(13)).expect("a question");
    assert_eq!(last.next, Route::Review);
    assert!(last.is_last() && last.then.is_none());
    assert_eq!(Walk::of(&Route::Review), None);
}

#[test]
fn a_change_from_the_review_goes_back_to_that_answer() {
    use mentoring_or_coaching::core::route::Walk;
    let w = Walk::of(&Route::Revisit {
        questions: vec![7],
        step: 1,
        then: Return::Review,
    })
    .expect("a question");
    assert_eq!(w.number, 7);
    assert_eq!(w.next, Route::ReviewAt(7));
    assert_eq!(w.back, Route::ReviewAt(7));
    assert!(w.is_last());
}

#[test]
fn the_deciding_questions_are_walked_in_turn_then_the_result() {
    use mentoring_or_coaching::core::route::Walk;
    let at = |step| Route::Revisit {
        questions: vec![2, 5, 9],
        step,
        then: Return::Result,
    };
    let second = Walk::of(&at(2)).expect("a question");
    assert_eq!((second.number, second.step, second.of), (5, 2, 3));
    assert_eq!((second.back, second.next), (at(1), at(3)));
    assert_eq!(Walk::of(&at(1)).map(|w| w.back), Some(Route::Result));
    assert_eq!(Walk::of(&at(3)).map(|w| w.next), Some(Route::Result));
}
