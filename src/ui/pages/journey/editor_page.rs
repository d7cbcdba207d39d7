//! The map editor: title, scope and state; personas; the grid with its curve; the
//! workshop tools; exports. Every edit is one undo step. The presenter window hears
//! about each change (and each keystroke in a card) over the live channel.

use super::analysis_link::AnalysisLinks;
use super::edit::{event_value, new_map_id, new_part_id, use_map_edit, MapEdit};
use super::example_notice::ExampleNotice;
use super::export_bar::ExportBar;
use super::grid::MapGrid;
use super::personas::PersonaPanel;
use super::workshop_panel::WorkshopPanel;
use crate::domain::fishbone::{Fishbone, PainPointLink, Preset};
use crate::domain::journey::countdown::Countdown;
use crate::domain::journey::kpi_link::figure_text;
use crate::domain::journey::live::LiveMessage;
use crate::domain::journey::{CardId, JourneyEdit, JourneyId, JourneyMap, JourneyState};
use crate::domain::root_cause::findings;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u64};
use crate::ui::hooks::live_channel::use_live_channel;
use crate::ui::hooks::use_workspace;
use crate::ui::pages::fishbone::new_fishbone_id;
use crate::ui::route::Route;
use crate::ui::widgets::{Banner, BannerKind, DraftInput};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// How long after its hello a window takes up a presenter's countdown.
const ANSWER_WITHIN_MS: f64 = 2_000.0;

/// What a diagram found and, when a PDCA plan follows on from it, the plan and its
/// phase: the pain point's card shows the chain going on.
fn findings_and_plans(p: &crate::domain::Project, f: &Fishbone) -> String {
    let mut words = findings(p, f).words();
    let plans = crate::domain::pdca::links::plans_for_fishbone(p, &f.id);
    if let Some(first) = plans.first() {
        words.push_str(&format!(
            "; PDCA plan \u{201c}{}\u{201d} ({})",
            first.title,
            first.phase.name()
        ));
        if plans.len() > 1 {
            words.push_str(&format!(" and {} more", plans.len() - 1));
        }
    }
    words
}

/// Props of [`JourneyPage`].
#[derive(Properties, PartialEq)]
pub struct JourneyPageProps {
    pub id: AttrValue,
    pub map: AttrValue,
}

/// The editor page, remade for each map.
#[component]
pub fn JourneyPage(props: &JourneyPageProps) -> Html {
    html! { <Editor key={format!("{}/{}", props.id, props.map)} id={props.id.clone()} map={props.map.clone()} /> }
}

#[component]
fn Editor(props: &JourneyPageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let workspace = ws.workspace();
    let project_id = ProjectId(props.id.to_string());
    let project = workspace.project(&project_id);
    let map: Option<Rc<JourneyMap>> = project
        .and_then(|p| p.journeys.iter().find(|m| m.id == props.map.as_str()))
        .cloned();
    // Why the last edit asked for was refused, until the next change.
    let state = ws.state();
    let error = state.refusal().map(str::to_string);
    // The map as drawn (shared, not copied), with the revision it is at: hellos are
    // answered with it.
    let current = use_mut_ref(|| None::<(Rc<JourneyMap>, u64)>);
    *current.borrow_mut() = map.clone().map(|m| (m, state.revision));
    let on_edit = use_map_edit(
        ws.clone(),
        project_id.clone(),
        JourneyId(props.map.to_string()),
    );
    // Pain points lead to their root-cause analyses: what each diagram has found, and
    // "Analyse root cause", which starts a diagram on the card (one undo step) and opens it.
    let analyses = {
        // Plans by pointer: a plan (it holds a target, a number) has no `Eq`, so comparing
        // the list itself would compare every plan in full on every keystroke in a card.
        let keyed = project.map(|p| {
            let plans: Vec<usize> = p.pdca.iter().map(|c| Rc::as_ptr(c) as usize).collect();
            (p.fishbones.clone(), p.whys.clone(), plans)
        });
        let pid = props.id.clone();
        let on_analyse = {
            let (ws, navigator, current) = (ws.clone(), navigator.clone(), current.clone());
            let dispatcher = use_mut_ref(|| ws.clone());
            *dispatcher.borrow_mut() = ws;
            use_callback(pid.clone(), move |card: String, pid| {
                let Some((map, _)) = current.borrow().clone() else {
                    return;
                };
                let Some(c) = map.card(&card) else { return };
                let stage = map.stage_name(&c.stage).to_string();
                let fid = new_fishbone_id();
                let mut f = Fishbone::new(fid.clone(), &c.text, Preset::ContactCentre, random_u64);
                f.source = Some(PainPointLink {
                    journey: map.id.to_string(),
                    card: card.clone(),
                    stage,
                });
                dispatcher.borrow().apply(Action::AddFishbone {
                    project: ProjectId(pid.to_string()),
                    fishbone: f,
                    pain_point: Some((map.id.clone(), CardId::from(card))),
                    at: now(),
                });
                if let Some(n) = &navigator {
                    n.push(&Route::Fishbone {
                        id: pid.to_string(),
                        fishbone: fid.to_string(),
                    });
                }
            })
        };
        // The workspace is shared (`Rc`), not copied: the findings are worked out only
        // when the project's analyses change, not on every keystroke in a card.
        let (workspace, project_id) = (workspace.clone(), project_id.clone());
        use_memo((keyed, on_analyse), move |(_, on_analyse)| AnalysisLinks {
            project: pid.clone(),
            findings: workspace
                .project(&project_id)
                .into_iter()
                .flat_map(|p| {
                    p.fishbones
                        .iter()
                        .map(move |f| (f.id.to_string(), findings_and_plans(p, f)))
                })
                .collect(),
            on_analyse: on_analyse.clone(),
        })
    };
    let countdown = use_state(|| Countdown::minutes(10));
    let overlay_choice = use_state(|| None::<String>);

    // The live channel: answer a window that asks for this map.
    let latest_countdown = use_mut_ref(|| *countdown);
    *latest_countdown.borrow_mut() = *countdown;
    // When this window said hello, and whether its user has set the countdown here: a
    // presenter's countdown is taken up only as the answer to that hello.
    let hello_at = use_mut_ref(|| f64::NEG_INFINITY);
    let set_here = use_mut_ref(|| false);
    let live = {
        let (current, latest_countdown) = (current.clone(), latest_countdown.clone());
        let (pid, mid) = (props.id.to_string(), props.map.to_string());
        let countdown = countdown.setter();
        let (hello_at, set_here) = (hello_at.clone(), set_here.clone());
        use_live_channel(Callback::from(
            move |(msg, reply): (LiveMessage, crate::ui::hooks::live_channel::LiveChannel)| {
                // A presenter window answering this window's hello: its countdown is
                // the one the room sees.
                if let LiveMessage::Timer {
                    project,
                    journey,
                    countdown: c,
                } = &msg
                {
                    let answer = js_sys::Date::now() - *hello_at.borrow() < ANSWER_WITHIN_MS;
                    if *project == pid && *journey == mid && answer && !*set_here.borrow() {
                        countdown.set(*c);
                    }
                    return;
                }
                if msg
                    == (LiveMessage::Hello {
                        project: pid.clone(),
                        journey: mid.clone(),
                    })
                {
                    let (map, countdown) = (current.borrow().clone(), *latest_countdown.borrow());
                    if let Some((map, revision)) = map {
                        reply.send(&LiveMessage::Map {
                            project: pid.clone(),
                            map: (*map).clone(),
                            revision,
                        });
                    }
                    reply.send(&LiveMessage::Timer {
                        project: pid.clone(),
                        journey: mid.clone(),
                        countdown,
                    });
                }
            },
        ))
    };
    {
        let (live, pid, mid) = (live.clone(), props.id.to_string(), props.map.to_string());
        let hello_at = hello_at.clone();
        use_effect_with((), move |_| {
            *hello_at.borrow_mut() = js_sys::Date::now();
            live.send(&LiveMessage::Hello {
                project: pid,
                journey: mid,
            })
        });
    }
    // Tell the presenter window about each change of this map: the edit itself when the
    // change was one edit of it, else (undo, redo, another tab) the whole map.
    let mirrored = use_mut_ref(|| None::<(Rc<JourneyMap>, u64)>);
    {
        let (live, pid, mid) = (live.clone(), props.id.to_string(), props.map.to_string());
        let (revision, last_action) = (state.revision, state.last_action.clone());
        use_effect_with((map.clone(), revision), move |(map, revision)| {
            let Some(map) = map else { return };
            let mut sent = mirrored.borrow_mut();
            let message = match (&*sent, last_action.as_deref()) {
                (Some((before, _)), _) if Rc::ptr_eq(before, map) => None,
                (
                    Some((_, before)),
                    Some(Action::Journey {
                        project,
                        map: edited,
                        edit,
                        ..
                    }),
                ) if *project.as_str() == *pid && *edited == *mid && *before + 1 == *revision => {
                    Some(LiveMessage::Edit {
                        project: pid,
                        journey: mid,
                        edit: edit.clone(),
                        before: *before,
                        after: *revision,
                    })
                }
                _ => Some(LiveMessage::Map {
                    project: pid,
                    map: (**map).clone(),
                    revision: *revision,
                }),
            };
            if let Some(message) = message {
                live.send(&message);
            }
            *sent = Some((map.clone(), *revision));
        });
    }
    let on_draft = {
        let (live, pid, mid) = (live.clone(), props.id.to_string(), props.map.to_string());
        use_callback((), move |(card, text): (String, String), _| {
            live.send(&LiveMessage::Draft {
                project: pid.clone(),
                journey: mid.clone(),
                card,
                text,
            });
        })
    };
    let on_countdown = {
        let (live, countdown, pid, mid) = (
            live.clone(),
            countdown.clone(),
            props.id.to_string(),
            props.map.to_string(),
        );
        let set_here = set_here.clone();
        Callback::from(move |c: Countdown| {
            *set_here.borrow_mut() = true;
            live.send(&LiveMessage::Timer {
                project: pid.clone(),
                journey: mid.clone(),
                countdown: c,
            });
            countdown.set(c);
        })
    };

    let (Some(project), Some(map)) = (project, map) else {
        return html! {
            <>
                <h1>{ "Journey map not found" }</h1>
                <p>{ "There is no journey map at this address. It may have been removed: use Undo (Ctrl+Z) \
                      to bring it back." }</p>
                <p><Link<Route> to={Route::Journeys { id: props.id.to_string() }}>{ "Go to the project's journey maps" }</Link<Route>></p>
            </>
        };
    };

    let kpi_options: Rc<Vec<(String, String)>> = Rc::new(
        project
            .datasets
            .iter()
            .map(|d| (d.id.clone(), format!("{} · {}", d.scale_kpi_name(), d.name)))
            .collect(),
    );
    let kpi_texts: Rc<HashMap<String, String>> = {
        let linked: Vec<&str> = map.cards.iter().filter_map(|c| c.kpi.as_deref()).collect();
        Rc::new(
            project
                .datasets
                .iter()
                .filter(|d| linked.contains(&d.id.as_str()))
                .filter_map(|d| Some((d.id.clone(), figure_text(&project.datasets, &d.id)?)))
                .collect(),
        )
    };
    let others: Vec<&JourneyMap> = project
        .journeys
        .iter()
        .filter(|m| m.id != map.id)
        .map(|m| m.as_ref())
        .collect();
    let partner = overlay_choice.as_ref().map(|c| c.as_str()).or_else(|| {
        map.based_on.as_deref().or_else(|| {
            others
                .iter()
                .find(|m| m.based_on.as_deref() == Some(map.id.as_str()))
                .map(|m| m.id.as_str())
        })
    });
    let overlay = partner
        .and_then(|id| others.iter().find(|m| m.id == id))
        .map(|o| {
            let label = match o.state {
                JourneyState::Current => format!("As-is: {}", o.title),
                JourneyState::Future => format!("To-be: {}", o.title),
            };
            (AttrValue::from(label), map.emotions_matched(o))
        });

    let text_edit = |make: fn(String) -> JourneyEdit| {
        let edit = on_edit.clone();
        Callback::from(move |text: String| edit.emit(MapEdit::new(make(text))))
    };
    let on_title = text_edit(|title| JourneyEdit::SetTitle { title });
    let on_scope = text_edit(|scope| JourneyEdit::SetScope { scope });
    let on_state = text_edit(|v| JourneyEdit::SetState {
        state: if v == "future" {
            JourneyState::Future
        } else {
            JourneyState::Current
        },
    });
    let on_to_be = {
        let (ws, pid, map, navigator) = (
            ws.clone(),
            project_id.clone(),
            map.clone(),
            navigator.clone(),
        );
        Callback::from(move |_| {
            let id = new_map_id();
            ws.apply(Action::AddJourney {
                project: pid.clone(),
                journey: map.to_be(id.clone(), new_part_id),
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Journey {
                    id: pid.to_string(),
                    map: id.to_string(),
                });
            }
        })
    };
    let on_overlay = {
        let choice = overlay_choice.clone();
        Callback::from(move |e: Event| choice.set(Some(event_value(&e))))
    };
    let presenter = Route::Present {
        id: props.id.to_string(),
        map: map.id.to_string(),
    };
    let presenter_url = format!("#{}", yew_router::Routable::to_path(&presenter));

    html! {
        <div class="journey-editor">
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: props.id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::Journeys { id: props.id.to_string() }}>{ "Journey maps" }</Link<Route>>
            </p>
            <h1 class="visually-hidden">{ format!("Journey map: {}", map.title) }</h1>
            if let Some(e) = &error {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            <div class="map-head">
                <div class="field field--compact">
                    <label for="map-title">{ "Map title" }</label>
                    <DraftInput id="map-title" class="map-head__title" maxlength="200" value={map.title.clone()} on_commit={on_title} />
                </div>
                <div class="field field--compact map-head__scope">
                    <label for="map-scope">{ "Scope (from … to …)" }</label>
                    <DraftInput id="map-scope" maxlength="300" value={map.scope.clone()} on_commit={on_scope}
                        placeholder="from noticing a late delivery to refund received" />
                </div>
                <div class="field field--compact">
                    <label for="map-state">{ "State" }</label>
                    <select id="map-state" onchange={on_state.reform(|e: Event| event_value(&e))}>
                        <option value="current" selected={map.state == JourneyState::Current}>{ "Current (as-is)" }</option>
                        <option value="future" selected={map.state == JourneyState::Future}>{ "Future (to-be)" }</option>
                    </select>
                </div>
            </div>
            <div class="button-row">
                if map.state == JourneyState::Current {
                    <button type="button" class="button button--secondary button--small" onclick={on_to_be}>{ "Create to-be from this map" }</button>
                }
                if !others.is_empty() {
                    <label for="overlay">{ "Also show the curve of" }</label>
                    <select id="overlay" onchange={on_overlay}>
                        <option value="" selected={partner.is_none()}>{ "no other map" }</option>
                        { for others.iter().map(|o| html! {
                            <option value={o.id.clone()} selected={partner == Some(o.id.as_str())}>{ o.title.clone() }</option>
                        }) }
                    </select>
                }
                <Link<Route> to={presenter} classes="button button--small">{ "Presenter view" }</Link<Route>>
            </div>
            if map.example.is_some() {
                <ExampleNotice on_edit={on_edit.clone()} />
            }
            <MapGrid map={map.clone()} on_edit={on_edit.clone()} on_draft={on_draft}
                kpi_options={kpi_options} kpi_texts={kpi_texts.clone()} overlay={overlay.clone()}
                analyses={analyses} />
            <ExportBar map={map.clone()} kpi_texts={kpi_texts} overlay={overlay} />
            <PersonaPanel personas={map.personas.clone()} on_edit={on_edit.clone()} />
            <WorkshopPanel workshop={map.workshop.clone()} dots_used={Rc::new(map.dots_by_participant())}
                board={Rc::new(map.voting_board())} on_edit={on_edit} countdown={*countdown}
                on_countdown={on_countdown} presenter_url={presenter_url} />
        </div>
    }
}
