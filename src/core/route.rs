//! Screens and their addresses. The address lives in the URL hash, so any static host and any
//! sub-path works, Back and Forward move between screens, and a reload stays on the same screen.

use crate::core::document::is_safe_id;
use crate::core::questions::QUESTION_IDS;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Welcome,
    /// A question by its 1-based number.
    Question(usize),
    Review,
    Result,
    Agreements,
    Agreement(String),
}

impl Route {
    /// Reads a `#/...` hash; anything unknown is the welcome screen.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("question"), Some(n), None) => match n.parse::<usize>() {
                Ok(n) if (1..=QUESTION_IDS.len()).contains(&n) => Route::Question(n),
                _ => Route::Welcome,
            },
            (Some("review"), None, None) => Route::Review,
            (Some("result"), None, None) => Route::Result,
            (Some("agreements"), None, None) => Route::Agreements,
            (Some("agreement"), Some(id), None) if is_safe_id(id) => {
                Route::Agreement(id.to_string())
            }
            _ => Route::Welcome,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Welcome => "#/".into(),
            Route::Question(n) => format!("#/question/{n}"),
            Route::Review => "#/review".into(),
            Route::Result => "#/result".into(),
            Route::Agreements => "#/agreements".into(),
            Route::Agreement(id) => format!("#/agreement/{id}"),
        }
    }

    /// The page title for this screen.
    pub fn title(&self) -> String {
        let screen = match self {
            Route::Welcome => "Welcome".to_string(),
            Route::Question(n) => format!("Question {n} of {}", QUESTION_IDS.len()),
            Route::Review => "Check your answers".into(),
            Route::Result => "Your result".into(),
            Route::Agreements => "Your agreements".into(),
            Route::Agreement(_) => "Agreement".into(),
        };
        format!("{screen} · Mentoring or Coaching?")
    }
}
