//! The administrator's check of `organisation.json` at `#/organisation`: every problem with its JSON path
//! (and line and column where the JSON is broken), and the value in effect for every setting.

use leptos::prelude::*;
use serde_json::Value;

use crate::core::agreement::AgreementKind;
use crate::core::organisation::{self, Loaded, Severity, Source};
use crate::ui::organisation::file_text;
use crate::ui::state::AppState;

#[component]
pub fn OrganisationPage(state: AppState) -> impl IntoView {
    let _ = state;
    // Read afresh here, so the page shows exactly what this load of the file said.
    let loaded: RwSignal<Option<Loaded>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let text = file_text().await;
        loaded.set(Some(organisation::read(text.as_deref())));
    });
    view! {
        <section class="screen org-check" aria-labelledby="org-check-title">
            <h1 id="org-check-title" tabindex="-1">"Organisation settings check"</h1>
            <p class="intro">
                "This page is for the people who look after "<code>"organisation.json"</code>
                ", the file next to this app that gives it your organisation's name, programmes and contacts. "
                "Employees are not sent here. After changing the file, reload this page to check it again."
            </p>
            {move || match loaded.get() {
                None => view! { <p class="loading">"Reading organisation.json…"</p> }.into_any(),
                Some(loaded) => view! { <Report loaded=loaded /> }.into_any(),
            }}
        </section>
    }
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
    let summary = match (loaded.source, errors, warnings) {
        _ if unreadable => "organisation.json could not be read, because it is not valid JSON, so none of it is used: the built-in settings below are in effect, and employees see one short line saying some settings could not be used. The problem below says where to look.".to_string(),
        (Source::None, ..) => "No organisation.json was found next to the app (or the server answered with a web page instead), so the built-in settings below are in use. Employees see nothing unusual.".to_string(),
        (_, 0, 0) => "organisation.json was read with no problems. Every setting below is in effect.".to_string(),
        _ => format!(
            "organisation.json was read. {} and {}. Each setting that could not be used has fallen back to the built-in value shown below; employees see one short line saying some settings could not be used.",
            organisation_count(errors, "setting could not be used", "settings could not be used"),
            organisation_count(warnings, "warning", "warnings"),
        ),
    };
    let problems = loaded
        .problems
        .iter()
        .map(|p| {
            let kind = match p.severity {
                Severity::Error => "Not used",
                Severity::Warning => "Warning",
            };
            let at = p.at.map(|(line, column)| format!(", line {line}, column {column}"));
            // The setting in words first, as it is laid out in the file; the exact path after, for
            // editors and validators that use it.
            view! {
                <li class=match p.severity { Severity::Error => "problem-error", Severity::Warning => "problem-warning" }>
                    <strong>{kind}": "{organisation::place(&p.path)}</strong>
                    " ("<code>{p.path.clone()}</code>{at}")"
                    <br />
                    {p.message.clone()}
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
                .map(move |key| (kind, key))
        })
        .map(|(kind, key)| {
            let path = format!("$.programmes.{}.{key}", kind.noun());
            view! {
                <li class="problem-warning">
                    <strong>"Warning: "{organisation::place(&path)}</strong>
                    " ("<code>{path.clone()}</code>")"
                    <br />
                    {format!("The {} agreement has no choice that matches this value, so new agreements are not filled in with it; it is still shown with the programme on the result.", kind.noun())}
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
                .map(move |key| organisation::place(&format!("$.programmes.{}.{key}", kind.noun())))
        })
        .collect();
    let result_only = (!result_only.is_empty()).then(|| {
        view! {
            <p class="hint">
                "Used on the result only, where the programme is described (the agreement has no part to fill in with them): "
                {result_only.join("; ")}"."
            </p>
        }
    });
    let has_problems = !loaded.problems.is_empty() || !unplaced.is_empty();
    let logo = loaded.settings.organisation.logo.clone();
    let mut rows = Vec::new();
    if let Ok(value) = serde_json::to_value(&loaded.settings) {
        flatten(&value, "$", &mut rows);
    }
    let rows = rows
        .into_iter()
        .map(|(path, value)| {
            view! {
                <tr>
                    <th scope="row">{organisation::place(&path)}<br /><code class="path">{path.clone()}</code></th>
                    <td>{value}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p role="status">{summary}</p>
        {has_problems.then(|| view! {
            <h2>"Problems"</h2>
            <ol class="problems">{problems}{unplaced}</ol>
        })}
        {logo.map(|logo| view! { <LogoCheck src=logo.src alt=logo.alt /> })}
        <h2>"Settings in effect"</h2>
        {result_only}
        <p class="hint">
            "Every setting and the value the app uses now. \u{201c}Not set\u{201d} means the app's own wording or behaviour is used. "
            "The example file "<a href="organisation.example.json">"organisation.example.json"</a>" shows every setting, and "
            <a href="organisation.schema.json">"organisation.schema.json"</a>" lets an editor check the file as you type."
        </p>
        <div class="table-wrap">
            <table class="comparison org-settings">
                <thead>
                    <tr>
                        <th scope="col">"Setting"</th>
                        <th scope="col">"Value in effect"</th>
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
        <h2>"Logo"</h2>
        <p class="org-logo-preview">
            <img src=src alt=alt height="32" on:load=move |_| loaded.set(Some(true)) on:error=move |_| loaded.set(Some(false)) />
        </p>
        <p role="status" class:problem-error=move || loaded.get() == Some(false)>
            {move || match loaded.get() {
                None => format!("Loading the logo from {shown}…"),
                Some(true) => format!("The logo at {shown} loads, and is shown above as in the header (on a phone the header has room for the name only, when there is one)."),
                Some(false) => format!("Not used: the logo file could not be loaded from {shown}. Check that the file is on this site at that path (the path is relative to this page), and that it is an image; until then the header shows the name only."),
            }}
        </p>
    }
}

fn organisation_count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}

/// Every setting as (JSON path, value in words); lists and maps are listed item by item.
fn flatten(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, child) in map {
                let plain = key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                let at = if plain {
                    format!("{path}.{key}")
                } else {
                    format!("{path}[{}]", Value::String(key.clone()))
                };
                flatten(child, &at, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                flatten(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(_) => out.push((path.into(), "None".into())),
        Value::Array(_) => out.push((path.into(), "None".into())),
        Value::Null => out.push((path.into(), "Not set".into())),
        Value::String(s) => out.push((path.into(), s.clone())),
        other => out.push((path.into(), other.to_string())),
    }
}
