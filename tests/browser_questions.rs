//! Component tests of the questionnaire, the review, the welcome screen and the result, in headless
//! Chromium: the real App driven through the DOM with answers that vary from screen to screen.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::document;
use mentoring_or_coaching::core::document::{encode, Document};
use mentoring_or_coaching::core::questions::{NOT_SURE, QUESTIONS};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A stored document with these answers and this resume point.
fn doc_with(answers: &[(&str, &str)], resume: &str) -> String {
    let mut doc = Document::default();
    for (q, o) in answers {
        doc.assessment.answers.insert(q.to_string(), o.to_string());
    }
    doc.resume = resume.into();
    encode(&doc)
}

/// The values of the checked radios on the screen (there must be at most one).
fn checked(root: &HtmlElement) -> Vec<String> {
    let all = root
        .query_selector_all("input[type=radio]:checked")
        .expect("query");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|r| r.value())
        .collect()
}

async fn on_question(root: &HtmlElement, n: usize) -> bool {
    let prompt = QUESTIONS[n - 1].prompt.english();
    wait_for(|| text(root, "h1") == prompt).await
}

/// Picks the option at `index` (0-based) of question `n`, which is on screen.
fn pick(root: &HtmlElement, n: usize, index: usize) -> &'static str {
    let q = &QUESTIONS[n - 1];
    let id = q.options[index].id;
    input(root, &format!("#q-{}-{id}", q.id)).click();
    id
}

#[wasm_bindgen_test]
async fn answers_stay_checked_going_back_and_forth_with_different_positions() {
    let root = fresh(None);
    go("#/question/1");
    let _app = mount(&root);
    // Neighbouring questions answered at different positions: 3rd, 1st, 2nd, 4th.
    let positions = [2usize, 0, 1, 3];
    let mut picked = Vec::new();
    for (i, pos) in positions.iter().enumerate() {
        let n = i + 1;
        assert!(on_question(&root, n).await, "question {n}");
        assert!(checked(&root).is_empty(), "question {n} starts unanswered");
        picked.push(pick(&root, n, *pos));
        assert_eq!(checked(&root), [picked[i]]);
        control(&root, "Next").click();
    }
    assert!(on_question(&root, 5).await);
    // Back through every answered question: each shows its own stored answer, and only that.
    for n in (1..=4).rev() {
        control(&root, "Back").click();
        assert!(on_question(&root, n).await, "back to {n}");
        assert_eq!(checked(&root), [picked[n - 1]], "question {n} after Back");
    }
    // And forwards again.
    for n in 2..=4 {
        control(&root, "Next").click();
        assert!(on_question(&root, n).await, "on to {n}");
        assert_eq!(checked(&root), [picked[n - 1]], "question {n} after Next");
    }
}

#[wasm_bindgen_test]
async fn an_answer_stays_checked_when_coming_back_from_an_unanswered_question() {
    // The walk first users reported: question 1 with its 3rd option, question 2 with its 1st, on to
    // question 3 without answering it, then Back.
    let root = fresh(None);
    go("#/question/1");
    let _app = mount(&root);
    assert!(on_question(&root, 1).await);
    let first = pick(&root, 1, 2);
    control(&root, "Next").click();
    assert!(on_question(&root, 2).await);
    assert!(checked(&root).is_empty());
    let second = pick(&root, 2, 0);
    control(&root, "Next").click();
    assert!(on_question(&root, 3).await);
    assert!(checked(&root).is_empty(), "question 3 is unanswered");
    control(&root, "Back").click();
    assert!(on_question(&root, 2).await);
    assert_eq!(checked(&root), [second]);
    control(&root, "Back").click();
    assert!(on_question(&root, 1).await);
    assert_eq!(checked(&root), [first]);
    control(&root, "Next").click();
    assert!(on_question(&root, 2).await);
    assert_eq!(checked(&root), [second]);
}

#[wasm_bindgen_test]
async fn an_answer_stays_checked_after_picking_elsewhere_and_going_straight_back() {
    let root = fresh(None);
    go("#/question/1");
    let _app = mount(&root);
    let mut picked = Vec::new();
    // Each question answered at another position than the one before, then Back at once.
    for (n, pos) in [(1usize, 0usize), (2, 1), (3, 2), (4, 0)] {
        assert!(on_question(&root, n).await, "question {n}");
        picked.push(pick(&root, n, pos));
        if n > 1 {
            control(&root, "Back").click();
            assert!(on_question(&root, n - 1).await);
            assert_eq!(
                checked(&root),
                [picked[n - 2]],
                "question {} after Back",
                n - 1
            );
            control(&root, "Next").click();
            assert!(on_question(&root, n).await);
            assert_eq!(checked(&root), [picked[n - 1]], "question {n} after Next");
        }
        control(&root, "Next").click();
    }
}

#[wasm_bindgen_test]
async fn the_skip_link_moves_focus_to_the_content_and_leaves_the_screen_alone() {
    let root = fresh(Some(&doc_with(&[("need-scope", "broad")], "")));
    go("#/question/3");
    let _app = mount(&root);
    assert!(on_question(&root, 3).await);
    // Let the app place its own focus on the new screen first, as it does before a person acts.
    frames(2).await;
    control(&root, "Skip to content").click();
    frames(2).await;
    assert_eq!(hash(), "#/question/3");
    assert!(on_question(&root, 3).await);
    assert_eq!(focused().map(|e| e.id()), Some("main".to_string()));
    // Even if the address does change to an in-page anchor, the screen stays.
    go("#main");
    frames(2).await;
    assert!(on_question(&root, 3).await);
}

#[wasm_bindgen_test]
async fn a_change_from_the_review_comes_back_to_that_answer() {
    let all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, q.options[0].id)).collect();
    let root = fresh(Some(&doc_with(&all, "#/review")));
    go("#/review");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1") == "Check your answers").await);
    let change5: HtmlElement = root
        .query_selector("a[aria-label^='Change your answer to question 5:']")
        .ok()
        .flatten()
        .expect("change link")
        .unchecked_into();
    change5.click();
    assert!(on_question(&root, 5).await);
    assert!(text(&root, ".progress-text").contains("Changing your answer to question 5"));
    // Only the way back: no Next through the later questions, no Skip.
    assert!(find_control(&root, "Next").is_none());
    assert!(find_control(&root, "Skip this question").is_none());
    let new = pick(&root, 5, 2);
    control(&root, "Back to my answers").click();
    assert!(wait_for(|| text(&root, "h1") == "Check your answers").await);
    assert_eq!(hash(), "#/review/5");
    assert!(text(&root, ".review-list").contains(QUESTIONS[4].options[2].label.english()));
    assert!(stored_answer_becomes(QUESTIONS[4].id, Some(new)).await);
    assert!(text(&root, "[role=status].saved").contains("Your answer to question 5 is saved"));
    // The keyboard is back on the link the person used.
    assert!(
        wait_for(|| focused()
            .and_then(|e| e.get_attribute("aria-label"))
            .is_some_and(|l| l.starts_with("Change your answer to question 5:")))
        .await
    );
}

#[wasm_bindgen_test]
async fn a_returning_person_part_way_through_is_offered_to_continue() {
    let root = fresh(Some(&doc_with(
        &[
            ("need-scope", "specific"),
            ("answers", "advice"),
            ("horizon", "weeks"),
        ],
        "#/question/4",
    )));
    let _app = mount(&root);
    assert!(text(&root, ".where").contains("answered 3 of 13"));
    assert!(text(&root, ".next-hint").contains("question 4"));
    control(&root, "Continue from question 4").click();
    assert!(on_question(&root, 4).await);
}

#[wasm_bindgen_test]
async fn a_returning_person_who_finished_is_offered_the_result_not_a_question() {
    let mut all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, q.options[1].id)).collect();
    all.truncate(11);
    let root = fresh(Some(&doc_with(&all, "#/result")));
    let _app = mount(&root);
    assert!(text(&root, ".where").contains("been through all the questions"));
    assert!(text(&root, ".where").contains("2 questions have no answer yet"));
    assert!(text(&root, ".next-hint").contains("your result"));
    assert!(!text(&root, "main").contains("Continue from question"));
    assert!(!text(&root, "main").contains("the first question"));
    assert!(find_control(&root, "Change my answers").is_some());
    assert!(find_control(&root, "Start over").is_some());
    control(&root, "See my result").click();
    assert!(
        wait_for(|| text(&root, "h1").starts_with("Your result")
            || text(&root, "h1").contains("both ways")
            || text(&root, "h1").contains("Not enough"))
        .await
    );
}

#[wasm_bindgen_test]
async fn an_answer_to_a_reworded_question_is_asked_again_not_reused() {
    // As stored before the first question was reworded: "needs" is its old id.
    let mut all: Vec<(&str, &str)> = QUESTIONS[1..]
        .iter()
        .map(|q| (q.id, q.options[0].id))
        .collect();
    all.push(("needs", "known"));
    let root = fresh(Some(&doc_with(&all, "#/result")));
    let _app = mount(&root);
    assert!(text(&root, ".where").contains("One question has changed"));
    control(&root, "Answer the changed question").click();
    assert!(on_question(&root, 1).await);
    assert!(text(&root, ".changed").contains("changed since you last answered"));
    assert!(
        checked(&root).is_empty(),
        "the old answer is not shown as this one"
    );
    pick(&root, 1, 1);
    control(&root, "See my result").click();
    assert!(wait_for(|| text(&root, "h1").starts_with("Your result")).await);
    assert!(stored_answer_becomes("need-scope", Some("specific")).await);
    assert!(stored_answer_becomes("needs", None).await);
}

#[wasm_bindgen_test]
async fn all_not_sure_says_there_is_not_enough_and_offers_the_deciding_questions() {
    let all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, NOT_SURE)).collect();
    let root = fresh(Some(&doc_with(&all, "#/review")));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1") == "Not enough to go on yet").await);
    assert_eq!(
        root.query_selector_all(".deciding li")
            .expect("list")
            .length(),
        3
    );
    assert!(text(&root, ".deciding").contains("Before you answer:"));
    assert!(
        text(&root, ".reasons").is_empty(),
        "no reasons from no information"
    );
    assert!(
        root.query_selector(".recommended").ok().flatten().is_none(),
        "no column suggested"
    );
    // Drafting stays possible, but is not the main action.
    let draft = control(&root, "Draft a coaching agreement");
    assert!(!draft.class_list().contains("primary"));
    assert!(!control(&root, "Draft a mentoring agreement")
        .class_list()
        .contains("primary"));

    control(&root, "Answer these 3 questions").click();
    assert!(on_question(&root, 1).await);
    assert!(text(&root, ".progress-text").contains("1 of the 3"));
    pick(&root, 1, 1);
    control(&root, "Next").click();
    assert!(on_question(&root, 2).await);
    pick(&root, 2, 2);
    control(&root, "Next").click();
    assert!(on_question(&root, 3).await);
    pick(&root, 3, 2);
    control(&root, "See my result").click();
    assert!(wait_for(|| hash() == "#/result").await);
    assert!(stored_answer_becomes("need-scope", Some("specific")).await);
    assert!(stored_answer_becomes("horizon", Some("weeks")).await);
}

#[wasm_bindgen_test]
async fn a_blend_says_what_each_kind_of_support_would_cover() {
    let mixed = [
        ("need-scope", "broad"),
        ("answers", "questions"),
        ("horizon", "year-plus"),
        ("focus", "skill"),
        ("team", "some"),
        ("structure", "either"),
        ("relationship", "mutual"),
        ("measurable", "yes"),
        ("sponsor", "informed"),
        ("situation", "new-hire"),
        ("assessment", "want"),
        ("conversation", "mix"),
        ("network", "lots"),
    ];
    let root = fresh(Some(&doc_with(&mixed, "#/review")));
    go("#/result");
    let _app = mount(&root);
    assert!(wait_for(|| text(&root, "h1").contains("A blend of both")).await);
    let main = text(&root, "main");
    assert!(
        !main.contains("Pointing the other way"),
        "a blend is not one side against the other"
    );
    assert!(main.contains("Your answers that suit a mentor"));
    assert!(main.contains("Your answers that suit a coach"));
    assert!(main.contains("Introductions to people"));
    assert!(main.contains("What you'll work on"));
    // Each draft covers its own half: the coaching one is short.
    assert!(find_control(&root, "Draft a longer mentoring agreement").is_some());
    control(&root, "Draft a short coaching agreement").click();
    assert!(wait_for(|| text(&root, "h1") == "Coaching agreement").await);
    let d = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    );
    let end = mentoring_or_coaching::core::prefill::add_months(&today, 3).expect("a date");
    assert!(wait_for(|| stored().is_some_and(|s| s.contains(&format!("\"end\":\"{end}\"")))).await);
}

#[wasm_bindgen_test]
async fn every_row_of_the_answers_names_its_own_question() {
    let all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, q.options[0].id)).collect();
    let root = fresh(Some(&doc_with(&all, "#/review")));
    go("#/result");
    let _app = mount(&root);
    assert!(
        wait_for(|| root
            .query_selector_all(".chart li")
            .map(|l| l.length())
            .unwrap_or(0)
            == 13)
        .await
    );
    let topics = root.query_selector_all(".chart-topic").expect("topics");
    let names: std::collections::BTreeSet<String> = (0..topics.length())
        .filter_map(|i| topics.item(i))
        .filter_map(|n| n.first_child().and_then(|t| t.text_content()))
        .collect();
    assert_eq!(names.len(), 13, "{names:?}");
    assert!(!text(&root, ".chart").contains("Where answers come from"));
}

#[wasm_bindgen_test]
async fn the_lean_bar_grows_from_the_centre_towards_the_result() {
    let coaching = [
        ("need-scope", "specific"),
        ("horizon", "weeks"),
        ("focus", "skill"),
        ("measurable", "yes"),
    ];
    let root = fresh(Some(&doc_with(&coaching, "#/review")));
    go("#/result");
    let _app = mount(&root);
    assert!(
        wait_for(|| root
            .query_selector(".bar.overall.to-coaching")
            .ok()
            .flatten()
            .is_some())
        .await
    );
    let fill: HtmlElement = root
        .query_selector(".bar.overall .fill")
        .ok()
        .flatten()
        .expect("fill")
        .unchecked_into();
    assert_eq!(
        fill.style().get_property_value("width").ok().as_deref(),
        Some("15.4%")
    );
    assert!(text(&root, ".lean-words").contains("towards coaching"));
    // Four answers are not enough: the bar's words must not call it a match.
    assert!(text(&root, ".lean-words").contains("too much is still open"));
    assert!(!text(&root, ".lean-words").contains("match"));

    let mentoring = [("need-scope", "broad"), ("horizon", "year-plus")];
    let root = fresh(Some(&doc_with(&mentoring, "#/review")));
    go("#/result");
    let _app2 = mount(&root);
    assert!(
        wait_for(|| root
            .query_selector(".bar.overall.to-mentoring")
            .ok()
            .flatten()
            .is_some())
        .await
    );
    assert!(text(&root, ".lean-words").contains("towards mentoring"));
}

#[wasm_bindgen_test]
async fn a_change_from_the_review_can_be_taken_back() {
    let all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, q.options[0].id)).collect();
    let root = fresh(Some(&doc_with(&all, "#/review")));
    go("#/revisit/review/2/1");
    let _app = mount(&root);
    assert!(on_question(&root, 2).await);
    assert_eq!(checked(&root), [QUESTIONS[1].options[0].id]);
    pick(&root, 2, 2);
    assert!(stored_answer_becomes("answers", Some(QUESTIONS[1].options[2].id)).await);
    control(&root, "Keep my earlier answer").click();
    assert!(wait_for(|| hash() == "#/review/2").await);
    assert!(stored_answer_becomes("answers", Some(QUESTIONS[1].options[0].id)).await);
}

#[wasm_bindgen_test]
async fn a_question_with_no_answer_opened_from_the_review_can_be_left_unanswered() {
    let root = fresh(Some(&doc_with(&[("need-scope", "broad")], "#/review")));
    go("#/revisit/review/3/1");
    let _app = mount(&root);
    assert!(on_question(&root, 3).await);
    assert!(find_control(&root, "Keep my earlier answer").is_none());
    pick(&root, 3, 0);
    assert!(stored_answer_becomes("horizon", Some("year-plus")).await);
    control(&root, "Leave it unanswered").click();
    assert!(wait_for(|| hash() == "#/review/3").await);
    assert!(stored_answer_becomes("horizon", None).await);
}

#[wasm_bindgen_test]
async fn undoing_start_over_brings_back_where_the_person_had_got_to() {
    let all: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.id, q.options[0].id)).collect();
    let root = fresh(Some(&doc_with(&all, "#/result")));
    let _app = mount(&root);
    assert!(find_control(&root, "See my result").is_some());
    control(&root, "Start over").click();
    assert!(wait_for(|| find_control(&root, "Yes, clear my answers").is_some()).await);
    control(&root, "Yes, clear my answers").click();
    assert!(wait_for(|| find_control(&root, "Start the questions").is_some()).await);
    control(&root, "Undo").click();
    assert!(wait_for(|| find_control(&root, "See my result").is_some()).await);
    assert!(!text(&root, "main").contains("Continue from question"));
}

#[wasm_bindgen_test]
async fn switching_language_mid_questionnaire_keeps_the_place_the_answers_and_the_keyboard() {
    let root = fresh(Some(&doc_with(
        &[("need-scope", "specific"), ("answers", "questions")],
        "#/question/3",
    )));
    go("#/question/3");
    let _app = mount(&root);
    assert!(on_question(&root, 3).await);
    let picked = pick(&root, 3, 2);
    assert_eq!(checked(&root), [picked], "picked");

    let german = german();
    choose_language(&root, "de");
    let prompt = german.get(QUESTIONS[2].prompt);
    assert!(
        wait_for(|| text(&root, "h1") == prompt).await,
        "{}",
        text(&root, "h1")
    );
    assert_eq!(checked(&root), [picked], "the answer is still chosen");
    assert_eq!(hash(), "#/question/3", "the same screen");
    assert!(
        find_control(&root, "Weiter").is_some(),
        "the buttons speak German"
    );
    let lang = document()
        .document_element()
        .and_then(|r| r.get_attribute("lang"));
    assert_eq!(lang.as_deref(), Some("de"));
    assert_eq!(
        storage()
            .get_item("mentoring-or-coaching/language")
            .ok()
            .flatten()
            .as_deref(),
        Some("de")
    );
    assert!(
        wait_for(|| focused().is_some_and(|f| f.id() == "language")).await,
        "the keyboard stays on the switch"
    );
    assert!(
        document().title().starts_with("Frage 3 von 13"),
        "{}",
        document().title()
    );

    // The walk goes on in German, and back in English the answers are all still there.
    control(&root, "Weiter").click();
    assert!(wait_for(|| text(&root, "h1") == german.get(QUESTIONS[3].prompt)).await);
    choose_language(&root, "en");
    assert!(on_question(&root, 4).await);
    control(&root, "Back").click();
    assert!(on_question(&root, 3).await);
    assert_eq!(checked(&root), [picked]);
}
