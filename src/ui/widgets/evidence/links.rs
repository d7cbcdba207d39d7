//! What evidence can link to in a project (its KPI figures, its journey maps' cards),
//! and a piece of evidence as a page shows it: its link in words and where it leads (or
//! that what it pointed at is no longer there). Fishbone causes and 5 Whys answers
//! share them.

use super::form::LinkChoice;
use crate::domain::evidence::{Evidence, EvidenceLink};
use crate::domain::journey::kpi_link::figure_text;
use crate::domain::journey::{Card, LaneKind};
use crate::domain::{Project, ProjectId, Workspace};
use crate::ui::route::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// A piece of evidence as a page shows it: the note, and its link in words with where
/// it leads, if anywhere.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceView {
    pub note: String,
    pub link: Option<String>,
    pub to: Option<Route>,
}

/// Longest card text shown in a list, in characters.
const SHORT: usize = 60;

impl EvidenceView {
    /// Its link in words after an arrow, leading where it points when it can.
    pub fn link_html(&self) -> Html {
        let Some(link) = &self.link else {
            return Html::default();
        };
        html! {
            <span class="meta">{ " → " }
                if let Some(to) = &self.to {
                    <Link<Route> to={to.clone()}>{ link.clone() }</Link<Route>>
                } else { { link.clone() } }
            </span>
        }
    }
}

/// A card's text cut to fit a list, or words for an empty card.
pub fn short(text: &str) -> String {
    if text.chars().count() > SHORT {
        format!("{}…", text.chars().take(SHORT - 1).collect::<String>())
    } else if text.trim().is_empty() {
        "(empty card)".into()
    } else {
        text.to_string()
    }
}

/// What evidence can link to: the project's KPI figures, then its journey maps' cards,
/// pain points first.
pub fn link_choices(project: &Project) -> Vec<LinkChoice> {
    let mut out: Vec<LinkChoice> = project
        .datasets
        .iter()
        .map(|d| {
            let label = figure_text(&project.datasets, &d.id)
                .unwrap_or_else(|| d.scale_kpi_name().to_string());
            LinkChoice {
                group: "KPI figures",
                label: format!("{} · {}", label, d.name),
                link: EvidenceLink::Kpi {
                    dataset: d.id.clone(),
                    label,
                },
            }
        })
        .collect();
    for map in &project.journeys {
        let mut cards: Vec<&Card> = map.cards.iter().map(|c| c.as_ref()).collect();
        let pain = |c: &Card| map.lane_of(c).map(|l| &l.kind) == Some(&LaneKind::PainPoints);
        crate::domain::sort::sort_by_key(&mut cards, |c| !pain(c));
        out.extend(cards.into_iter().map(|c| {
            let lane = map.lane_of(c).map_or("", |l| l.kind.title());
            LinkChoice {
                group: "Journey map cards",
                label: format!("{} · {lane} · {}", short(&c.text), map.title),
                link: EvidenceLink::JourneyCard {
                    journey: map.id.to_string(),
                    card: c.id.to_string(),
                },
            }
        }));
    }
    out
}

/// A piece of evidence as the cause panel shows it.
pub fn evidence_view(project: &Project, e: &Evidence) -> EvidenceView {
    let (link, to) = match &e.link {
        EvidenceLink::None => (None, None),
        EvidenceLink::Kpi { dataset, label } => match project.dataset(dataset) {
            Some(d) => (Some(format!("{label} ({})", d.name)), None),
            None => (
                Some(format!("{label} (the KPI data is no longer there)")),
                None,
            ),
        },
        EvidenceLink::JourneyCard { journey, card } => match project.journey(journey) {
            Some(map) => match map.card(card) {
                Some(c) => (
                    Some(format!("“{}” on {}", short(&c.text), map.title)),
                    Some(Route::Journey {
                        id: project.id.to_string(),
                        map: map.id.to_string(),
                    }),
                ),
                None => (Some(format!("a card no longer on {}", map.title)), None),
            },
            None => (Some("a journey map no longer there".into()), None),
        },
        EvidenceLink::Complaint { entry } => (Some(format!("complaint {entry}")), None),
        EvidenceLink::Document { reference } => (Some(reference.clone()), None),
    };
    EvidenceView {
        note: e.note.clone(),
        link,
        to,
    }
}

/// What evidence in `project` can link to, made again only when the project's KPI data
/// or maps change (a big map's cards would otherwise be listed again on every keystroke).
#[hook]
pub fn use_link_choices(workspace: Rc<Workspace>, project: ProjectId) -> Rc<Vec<LinkChoice>> {
    let key: Vec<usize> = workspace
        .project(&project)
        .map(|p| {
            let datasets = p.datasets.iter().map(|d| Rc::as_ptr(d) as usize);
            datasets
                .chain(p.journeys.iter().map(|j| Rc::as_ptr(j) as usize))
                .collect()
        })
        .unwrap_or_default();
    use_memo(key, move |_| {
        workspace
            .project(&project)
            .map(link_choices)
            .unwrap_or_default()
    })
}
