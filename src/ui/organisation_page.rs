//! The administrator's check of `organisation.json` at `#/organisation`: every problem with its JSON path
//! (and line and column where the JSON is broken), the logo, every language file offered, and the value
//! in effect for every setting; in the language the page is shown in.

use leptos::prelude::*;
use serde_json::Value;

use crate::core::agreement::AgreementKind;
use crate::core::organisation::{self, Loaded, Severity, Source};
use crate::core::text::{self as catalogue, key, Key, Msg, TextProblem, BUILT_IN};
use crate::ui::language::{fetch_text, name_in};
use crate::ui::organisation::file_text;
use crate::ui::state::AppState;
use crate::ui::text::{lang, say, t};

#[component]
pub fn OrganisationPage(state: AppState) -> impl IntoView {
    // What this load of the file said, as the data chunk's reader put it in effect (reading it again
    // here would copy the reader into this page's chunk). Without a file there is nothing to wait for.
    let loaded: RwSignal<Option<Loaded>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        if file_text().await.is_none() {
            loaded.set(Some(Loaded::default()));
        }
    });
    Effect::new(move |_| {
        if let Some(org) = state.org.get() {
            loaded.set(Some(org.loaded().clone()));
        }
    });
    view! {
        <section class="screen org-check" aria-labelledby="org-check-title">
            <h1 id="org-check-title" tabindex="-1">{t(key::TITLE_ORGANISATION)}</h1>
            <p class="intro">
                {with_slots(t(key::ORGCHECK_INTRO), &[("file", || view! { <code>"organisation.json"</code> }.into_any())])}
            </p>
            {move || match loaded.get() {
                None => view! { <p class="loading">{t(key::ORGCHECK_READING)}</p> }.into_any(),
                Some(loaded) => view! { <Report loaded=loaded /> }.into_any(),
            }}
        </section>
    }
}

/// An element for a `{name}` in a text: its name, and what draws it.
type Slot<'a> = (&'a str, fn() -> AnyView);

/// A text of the catalogue with elements where its `{name}`s stand (a link, a file name in code),
/// wherever the language puts them.
fn with_slots(text: &str, slots: &[Slot]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = slots
            .iter()
            .filter_map(|(name, make)| {
                let mark = format!("{{{name}}}");
                rest.find(&mark).map(|at| (at, mark.len(), make))
            })
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, make)) = next else {
            out.push(rest.to_string().into_any());
            return out;
        };
        out.push(rest[..at].to_string().into_any());
        out.push(make());
        rest = &rest[at + len..];
    }
}

/// A place in the file in the words of the language in effect.
fn place(path: &str) -> String {
    organisation::place(path).words(say)
}

#[component]
fn Report(loaded: Loaded) -> impl IntoView {
    let errors = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = loaded.problems.len() - errors;
    // Broken JSON is one problem with a line and column, and none of the file is used.
    let unreadable = loaded
        .problems
        .iter()
        .any(|p| p.path == "$" && p.at.is_some());
    let errors_said = Msg::count(key::ORGCHECK_COUNT_ERRORS, errors);
    let warnings_said = Msg::count(key::ORGCHECK_COUNT_WARNINGS, warnings);
    let summary = match (loaded.source, errors, warnings) {
        _ if unreadable => key::ORGCHECK_SUMMARY_UNREADABLE.into(),
        (Source::None, ..) => key::ORGCHECK_SUMMARY_NONE.into(),
        (_, 0, 0) => key::ORGCHECK_SUMMARY_CLEAN.into(),
        (_, _, 0) => Msg::new(key::ORGCHECK_SUMMARY_ERRORS).with_msg("errors", errors_said),
        (_, 0, _) => Msg::new(key::ORGCHECK_SUMMARY_WARNINGS).with_msg("warnings", warnings_said),
        _ => Msg::new(key::ORGCHECK_SUMMARY_BOTH)
            .with_msg("errors", errors_said)
            .with_msg("warnings", warnings_said),
    };
    let problems = loaded
        .problems
        .iter()
        .map(|p| {
            let kind = match p.severity {
                Severity::Error => t(key::ORGCHECK_LABEL_NOT_USED),
                Severity::Warning => t(key::ORGCHECK_LABEL_WARNING),
            };
            let at = p.at.map(|(line, column)| {
                let said = say(&Msg::new(key::ORGCHECK_LINE_COLUMN)
                    .with_number("line", line as u64)
                    .with_number("column", column as u64));
                format!(", {said}")
            });
            let message = match &p.hint {
                Some(hint) => format!("{} {}", say(&p.message), say(hint)),
                None => say(&p.message),
            };
            // The setting in words first, as it is laid out in the file; the exact path after, for
            // editors and validators that use it.
            view! {
                <li class=match p.severity { Severity::Error => "problem-error", Severity::Warning => "problem-warning" }>
                    <strong>{kind}": "{place(&p.path)}</strong>
                    " ("<code>{p.path.clone()}</code>{at}")"
                    <br />
                    {message}
                </li>
            }
        })
        .collect_view();
    // Programme settings the agreement has no matching choice for still show on the result, but
    // cannot fill in new agreements: said here, so the editor of the file is not surprised.
    let unplaced = [AgreementKind::Mentoring, AgreementKind::Coaching]
        .into_iter()
        .flat_map(|kind| {
            loaded
                .settings
                .programmes
                .get(kind)
                .unplaced(kind)
                .into_iter()
                .map(move |setting| (kind, setting))
        })
        .map(|(kind, setting)| {
            let path = format!("$.programmes.{}.{setting}", kind.noun());
            let why = match kind {
                AgreementKind::Mentoring => key::ORGCHECK_UNPLACED_MENTORING,
                AgreementKind::Coaching => key::ORGCHECK_UNPLACED_COACHING,
            };
            view! {
                <li class="problem-warning">
                    <strong>{t(key::ORGCHECK_LABEL_WARNING)}": "{place(&path)}</strong>
                    " ("<code>{path.clone()}</code>")"
                    <br />
                    {t(why)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let result_only: Vec<String> = [AgreementKind::Mentoring, AgreementKind::Coaching]
        .into_iter()
        .flat_map(|kind| {
            let p = loaded.settings.programmes.get(kind);
            p.result_only(kind)
                .into_iter()
                .map(move |setting| place(&format!("$.programmes.{}.{setting}", kind.noun())))
        })
        .collect();
    let result_only = (!result_only.is_empty()).then(|| {
        let said =
            say(&Msg::new(key::ORGCHECK_RESULT_ONLY).with("settings", result_only.join("; ")));
        view! { <p class="hint">{said}</p> }
    });
    let has_problems = !loaded.problems.is_empty() || !unplaced.is_empty();
    let logo = loaded.settings.organisation.logo.clone();
    // The languages the switch offers: the organisation's, or the built-in ones.
    let set_languages = !loaded.settings.languages.is_empty();
    let languages = if set_languages {
        loaded.settings.languages.clone()
    } else {
        BUILT_IN.iter().map(|l| l.to_string()).collect()
    };
    // In the order the example file lays them out (the organisation first), not alphabetically; the
    // file's format version is no setting in effect.
    let mut rows = Vec::new();
    if let Ok(value) = serde_json::to_value(&loaded.settings) {
        for top in organisation::SETTINGS {
            if let Some(v) = value.get(top) {
                flatten(v, &format!("$.{top}"), &mut rows);
            }
        }
    }
    let rows = rows
        .into_iter()
        .map(|(path, value)| {
            view! {
                <tr>
                    <th scope="row">{place(&path)}<br /><code class="path">{path.clone()}</code></th>
                    <td>{value}</td>
                </tr>
            }
        })
        .collect_view();
    let hint = with_slots(
        t(key::ORGCHECK_SETTINGS_HINT),
        &[
            ("example", || {
                view! { <a href="organisation.example.json">"organisation.example.json"</a> }
                    .into_any()
            }),
            ("schema", || {
                view! { <a href="organisation.schema.json">"organisation.schema.json"</a> }
                    .into_any()
            }),
        ],
    );
    view! {
        <p role="status">{say(&summary)}</p>
        {has_problems.then(|| view! {
            <h2>{t(key::ORGCHECK_PROBLEMS)}</h2>
            <ol class="problems">{problems}{unplaced}</ol>
        })}
        {logo.map(|logo| view! { <LogoCheck src=logo.src alt=logo.alt /> })}
        <LanguagesCheck languages=languages set=set_languages />
        <h2>{t(key::ORGCHECK_SETTINGS)}</h2>
        {result_only}
        <p class="hint">{hint}</p>
        <div class="table-wrap">
            <table class="comparison org-settings">
                <thead>
                    <tr>
                        <th scope="col">{t(key::ORGCHECK_COLUMN_SETTING)}</th>
                        <th scope="col">{t(key::ORGCHECK_COLUMN_VALUE)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The logo as the header shows it, and a plain message when its file cannot be loaded: the check
/// of the settings sees only the path, not whether a file is there.
#[component]
fn LogoCheck(src: String, alt: String) -> impl IntoView {
    // None while loading; then whether it loaded.
    let loaded: RwSignal<Option<bool>> = RwSignal::new(None);
    let shown = src.clone();
    view! {
        <h2>{t(key::ORGCHECK_LOGO)}</h2>
        <p class="org-logo-preview">
            <img src=src alt=alt height="32" on:load=move |_| loaded.set(Some(true)) on:error=move |_| loaded.set(Some(false)) />
        </p>
        <p role="status" class:problem-error=move || loaded.get() == Some(false)>
            {move || {
                let said: Key = match loaded.get() {
                    None => key::ORGCHECK_LOGO_LOADING,
                    Some(true) => key::ORGCHECK_LOGO_LOADS,
                    Some(false) => key::ORGCHECK_LOGO_MISSING,
                };
                say(&Msg::new(said).with("src", shown.clone()))
            }}
        </p>
    }
}

/// Every language the switch offers, each file read and checked against English as the app would
/// read it, so a translator sees what is missing or does not fit without running anything.
#[component]
fn LanguagesCheck(languages: Vec<String>, set: bool) -> impl IntoView {
    let intro = if set {
        t(key::ORGCHECK_LANGUAGES_INTRO).to_string()
    } else {
        format!(
            "{} {}",
            t(key::ORGCHECK_LANGUAGES_INTRO),
            t(key::ORGCHECK_LANGUAGES_BUILT_IN)
        )
    };
    view! {
        <h2>{t(key::ORGCHECK_LANGUAGES)}</h2>
        <p class="hint">{intro}</p>
        {languages
            .into_iter()
            .map(|code| view! { <LanguageCheck code=code /> })
            .collect_view()}
    }
}

#[component]
fn LanguageCheck(code: String) -> impl IntoView {
    let heading = say(&Msg::new(key::ORGCHECK_LANGUAGES_HEADING)
        .with("language", name_in(&code, lang()))
        .with("code", code.clone()));
    // English is the app's own; any other language is its file.
    if code == "en" {
        return view! {
            <h3>{heading}</h3>
            <p>{t(key::ORGCHECK_LANGUAGES_ENGLISH)}</p>
        }
        .into_any();
    }
    let file = format!("lang/{code}.json");
    let found: RwSignal<Option<Vec<TextProblem>>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let problems = match fetch_text(&code).await {
            Ok(text) => catalogue::check_file(&code, &text),
            Err(_) => vec![TextProblem::NotDownloaded],
        };
        found.set(Some(problems));
    });
    view! {
        <h3>{heading}</h3>
        {move || {
            let file = file.clone();
            match found.get() {
                None => view! {
                    <p class="loading">{say(&Msg::new(key::ORGCHECK_LANGUAGES_CHECKING).with("file", file))}</p>
                }
                .into_any(),
                Some(problems) if problems.is_empty() => view! {
                    <p class="lang-complete">{say(&Msg::new(key::ORGCHECK_LANGUAGES_COMPLETE).with("file", file))}</p>
                }
                .into_any(),
                Some(problems) => {
                    let count = say(&Msg::count(key::ORGCHECK_LANGUAGES_FOUND, problems.len()).with("file", file));
                    let items = problems
                        .iter()
                        .map(|p| view! { <li class="problem-warning">{say(&p.message())}</li> })
                        .collect_view();
                    view! {
                        <p>{count}</p>
                        <ul class="lang-problems">{items}</ul>
                    }
                    .into_any()
                }
            }
        }}
    }
    .into_any()
}

/// Every setting as (JSON path, value in words); lists and maps are listed item by item.
fn flatten(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (name, child) in map {
                let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                let at = if plain {
                    format!("{path}.{name}")
                } else {
                    format!("{path}[{}]", Value::String(name.clone()))
                };
                flatten(child, &at, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                flatten(item, &format!("{path}[{i}]"), out);
            }
        }
        // An empty list is not set either: the app's own behaviour (no contacts, the built-in languages).
        Value::Object(_) | Value::Array(_) | Value::Null => {
            out.push((path.into(), t(key::ORGCHECK_SHOWN_NOT_SET).into()))
        }
        Value::String(s) => out.push((path.into(), s.clone())),
        other => out.push((path.into(), other.to_string())),
    }
}
