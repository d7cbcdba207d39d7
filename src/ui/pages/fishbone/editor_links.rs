//! What the editor links to elsewhere in the project, in words: the journey pain point
//! a diagram analyses, what evidence can link to, and a piece of evidence's link (or
//! that what it pointed at is no longer there).

use super::evidence_form::LinkChoice;
use crate::domain::evidence::{Evidence, EvidenceLink};
use crate::domain::fishbone::PainPointLink;
use crate::domain::journey::kpi_link::figure_text;
use crate::domain::journey::{Card, LaneKind};
use crate::domain::Project;
use crate::ui::pages::fishbone::cause_panel::EvidenceView;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Longest card text shown in a list, in characters.
const SHORT: usize = 60;

fn short(text: &str) -> String {
    if text.chars().count() > SHORT {
        format!("{}…", text.chars().take(SHORT - 1).collect::<String>())
    } else if text.trim().is_empty() {
        "(empty card)".into()
    } else {
        text.to_string()
    }
}

/// The line under the problem statement when the diagram started from a pain point.
pub fn source_line(project: &Project, id: &str, source: Option<&PainPointLink>) -> Html {
    let Some(s) = source else {
        return Html::default();
    };
    let Some(map) = project.journey(&s.journey) else {
        let stage = if s.stage.is_empty() {
            String::new()
        } else {
            format!(" at stage {}", s.stage)
        };
        return html! {
            <p class="fb-source">{ format!("Analyses a pain point{stage}: the map is no longer there.") }</p>
        };
    };
    let card = map.card(&s.card);
    let stage = card.map_or(s.stage.clone(), |c| map.stage_name(&c.stage).to_string());
    let to = Route::Journey {
        id: id.to_string(),
        map: map.id.to_string(),
    };
    html! {
        <p class="fb-source">
            { match card {
                Some(c) => format!("Analyses the pain point “{}” at stage {stage} on map ", short(&c.text)),
                None => format!("Analyses a pain point (no longer on the map) at stage {stage} on map "),
            } }
            <Link<Route> to={to}>{ map.title.clone() }</Link<Route>>
            { "." }
        </p>
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
        cards.sort_by_key(|c| !pain(c));
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
