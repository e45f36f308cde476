//! The organisation's own programmes on the result (name, description, practicalities, where to enrol or
//! book), its contacts, and the one calm line when some of its settings could not be used.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::organisation::{Contact, Features, Loaded};
use crate::core::scoring::{Outcome, Recommendation, Verdict};
use crate::ui::state::AppState;

/// The organisation's programmes for the result (the recommended kind only when it is settled, the
/// blend's two, or both when it is open), its contacts and privacy notice.
#[component]
pub fn OrgProgrammes(state: AppState, outcome: Memo<Outcome>) -> impl IntoView {
    let kinds = move || {
        outcome.with(|o| {
            let first = o.recommendation.first_kind();
            match (o.verdict(), &o.recommendation) {
                (Verdict::Settled, Recommendation::Blend { .. }) => vec![first, first.other()],
                (Verdict::Settled, _) => vec![first],
                _ => vec![AgreementKind::Mentoring, AgreementKind::Coaching],
            }
        })
    };
    move || {
        let org = state.org.get()?;
        let loaded = org.loaded();
        let s = &loaded.settings;
        let programmes: Vec<_> = kinds()
            .into_iter()
            .filter_map(|kind| {
                let p = s.programmes.get(kind);
                let name = p.name.clone()?;
                // The section's heading names the organisation; each programme says which kind it is.
                let which = match kind {
                    AgreementKind::Mentoring => "Mentoring programme",
                    AgreementKind::Coaching => "Coaching programme",
                };
                Some(view! {
                    <div class="notice programme">
                        <h3>{name}</h3>
                        <p class="tag">{which}</p>
                        {p.description.clone().map(|d| view! { <p>{d}</p> })}
                        {p.practicalities().map(|t| view! { <p>{t}</p> })}
                        {p.link.clone().map(|l| view! { <p><a href=l.url>{l.label}</a></p> })}
                    </div>
                })
            })
            .collect();
        let contacts = !s.contacts.is_empty();
        let notice = loaded.notice().is_some();
        if programmes.is_empty() && !contacts && !notice {
            return None;
        }
        let heading = match &s.organisation.name {
            Some(name) => format!("At {name}"),
            None => "At your organisation".to_string(),
        };
        Some(view! {
            <section class="org-programmes" aria-labelledby="org-programmes-title">
                <h2 id="org-programmes-title">{heading}</h2>
                {programmes}
                {contact_line(loaded, "Questions about mentoring or coaching here? Ask ", true)}
                {privacy_line(loaded)}
            </section>
        })
    }
}

/// Whether an optional feature is on (all are, unless `organisation.json` turns them off).
pub fn feature_on(state: AppState, which: fn(&Features) -> bool) -> bool {
    state.org.with(|org| {
        org.as_ref()
            .is_none_or(|o| which(&o.loaded().settings.features))
    })
}

/// Who to ask, and the calm line about unusable settings, for any screen; `lead` opens the sentence.
#[component]
pub fn OrgContacts(
    state: AppState,
    #[prop(default = "Questions about mentoring or coaching here? Ask ")] lead: &'static str,
    /// Leaves out the line about unusable settings, which the screen itself already shows.
    #[prop(optional)]
    contacts_only: bool,
) -> impl IntoView {
    move || {
        let org = state.org.get()?;
        let loaded = org.loaded();
        let line = contact_line(loaded, lead, !contacts_only);
        line.is_some()
            .then(|| view! { <div class="org-contacts">{line}</div> })
    }
}

/// The contacts alone, after `lead`; nothing when there are none.
pub fn contacts_view(loaded: &Loaded, lead: &'static str) -> AnyView {
    contact_line(loaded, lead, false)
        .map(|line| view! { <div class="org-contacts">{line}</div> }.into_any())
        .unwrap_or_else(|| ().into_any())
}

/// "Questions? Ask …" with the contacts as links, and the one calm line if settings were dropped.
fn contact_line(loaded: &Loaded, lead: &'static str, with_notice: bool) -> Option<AnyView> {
    let contacts = &loaded.settings.contacts;
    let notice = (with_notice && loaded.has_errors()).then(|| {
        let first = contacts.first().map(|c| c.label.clone());
        view! {
            <p class="hint org-notice">
                "Some of your organisation's settings could not be used."
                {first.map(|label| format!(" If something looks wrong, tell {label}."))}
            </p>
        }
    });
    if contacts.is_empty() {
        return notice.map(IntoAny::into_any);
    }
    let last = contacts.len() - 1;
    let items = contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let before = match i {
                0 => "",
                i if i == last => " or ",
                _ => ", ",
            };
            view! { {before}{contact(c)} }
        })
        .collect_view();
    Some(
        view! {
            <p class="org-contact">{lead}{items}"."</p>
            {notice}
        }
        .into_any(),
    )
}

fn privacy_line(loaded: &Loaded) -> Option<impl IntoView> {
    let url = loaded.settings.privacy_notice.clone()?;
    Some(
        view! { <p class="hint"><a href=url>"How your organisation handles your data in its programmes"</a></p> },
    )
}

/// One contact: its label, then its email and page as links.
fn contact(c: &Contact) -> impl IntoView {
    let email = c.email.clone().map(|e| {
        let href = format!("mailto:{e}");
        view! { <a href=href>{e}</a> }
    });
    let or = (c.email.is_some() && c.url.is_some()).then_some(" or ");
    let url = c.url.clone().map(|u| view! { <a href=u>"their page"</a> });
    view! { <span class="contact">{c.label.clone()}" ("{email}{or}{url}")"</span> }
}
