//! The organisation's own programmes on the result (name, description, practicalities, where to enrol or
//! book), its contacts, and the one calm line when some of its settings could not be used.

use leptos::prelude::*;

use crate::core::text::{key, Msg};
use crate::ui::text::{say, t};

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
                    AgreementKind::Mentoring => t(key::ORG_MENTORING_PROGRAMME),
                    AgreementKind::Coaching => t(key::ORG_COACHING_PROGRAMME),
                };
                Some(view! {
                    <div class="notice programme">
                        <h3>{name}</h3>
                        <p class="tag">{which}</p>
                        {p.description.clone().map(|d| view! { <p>{d}</p> })}
                        {p.practicalities().map(|m| view! { <p>{say(&m)}</p> })}
                        {p.link.clone().map(|l| view! { <p><a href=l.url>{l.label}</a></p> })}
                    </div>
                })
            })
            .collect();
        let contacts = !s.contacts.is_empty();
        let notice = loaded.has_errors();
        if programmes.is_empty() && !contacts && !notice {
            return None;
        }
        let heading = match &s.organisation.name {
            Some(name) => say(&Msg::new(key::ORG_AT).with("name", name.clone())),
            None => t(key::ORG_AT_YOURS).to_string(),
        };
        Some(view! {
            <section class="org-programmes" aria-labelledby="org-programmes-title">
                <h2 id="org-programmes-title">{heading}</h2>
                {programmes}
                {contact_line(loaded, t(key::ORG_ASK), true)}
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
    #[prop(default = t(key::ORG_ASK))] lead: &'static str,
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
                {t(key::ORG_NOT_USED)}
                {first.map(|label| say(&Msg::new(key::ORG_TELL).with("label", label)))}
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
                i if i == last => t(key::ORG_OR),
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
    Some(view! { <p class="hint"><a href=url>{t(key::ORG_PRIVACY)}</a></p> })
}

/// One contact: its label, then its email and page as links.
fn contact(c: &Contact) -> impl IntoView {
    let email = c.email.clone().map(|e| {
        let href = format!("mailto:{e}");
        view! { <a href=href>{e}</a> }
    });
    let or = (c.email.is_some() && c.url.is_some()).then(|| t(key::ORG_OR));
    let url = c
        .url
        .clone()
        .map(|u| view! { <a href=u>{t(key::ORG_THEIR_PAGE)}</a> });
    view! { <span class="contact">{c.label.clone()}" ("{email}{or}{url}")"</span> }
}
