//! The diagram editor: the problem statement with its hint, the outline beside the
//! picture, the selected cause's panel, exports and the workshop's dot voting. Every
//! edit is one undo step; a refused one says why.

use super::cause_panel::{CausePanel, WhysView};
use super::edit::{use_fishbone_edit, FishboneChange};
use super::effect_field::EffectField;
use super::export_bar::ExportBar;
use super::mirror::use_fishbone_mirror;
use super::outline::Outline;
use super::outline_keys::cause_field_id;
use super::picture::{picture_svg, use_picture};
use super::picture_box::PictureBox;
use super::workshop_panel::WorkshopPanel;
use crate::domain::fishbone::{Fishbone, FishboneId};
use crate::domain::root_cause::whys_for_cause;
use crate::domain::whys::{CauseLink, WhysAnalysis};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{focus_by_id, now};
use crate::ui::hooks::use_workspace;
use crate::ui::pages::whys::new_whys_id;
use crate::ui::route::Route;
use crate::ui::widgets::evidence::{evidence_view, use_link_choices, EvidenceView};
use crate::ui::widgets::{Banner, BannerKind};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::{use_navigator, Link};

/// Props of [`FishbonePage`].
#[derive(Properties, PartialEq)]
pub struct FishbonePageProps {
    pub id: AttrValue,
    pub fishbone: AttrValue,
}

/// The editor page, remade for each diagram.
#[component]
pub fn FishbonePage(props: &FishbonePageProps) -> Html {
    html! {
        <Editor key={format!("{}/{}", props.id, props.fishbone)} id={props.id.clone()} fishbone={props.fishbone.clone()} />
    }
}

#[component]
fn Editor(props: &FishbonePageProps) -> Html {
    let ws = use_workspace();
    let navigator = use_navigator();
    let workspace = ws.workspace();
    let project_id = ProjectId(props.id.to_string());
    let project = workspace.project(&project_id);
    let f: Option<Rc<Fishbone>> = project
        .and_then(|p| p.fishbones.iter().find(|f| f.id == props.fishbone.as_str()))
        .cloned();
    let state = ws.state();
    let refused: Option<AttrValue> = state.refusal().map(|why| AttrValue::from(why.to_string()));
    let on_edit = use_fishbone_edit(
        ws.clone(),
        project_id.clone(),
        FishboneId(props.fishbone.to_string()),
    );
    let choices = use_link_choices(workspace.clone(), project_id.clone());
    use_fishbone_mirror(project_id.clone(), f.clone());
    // Set again to the same cause when its field gets focus: no redraw then.
    let selected = use_state_eq(|| None::<AttrValue>);
    let picture = use_picture(workspace.clone(), project_id.clone(), f.clone());
    let on_select = {
        let selected = selected.clone();
        use_callback((), move |id: AttrValue, _| selected.set(Some(id)))
    };
    let on_pick = {
        let selected = selected.clone();
        use_callback((), move |id: AttrValue, _| {
            focus_by_id(&cause_field_id(&id));
            selected.set(Some(id));
        })
    };

    let (Some(project), Some(f)) = (project, f) else {
        return html! {
            <>
                <h1>{ "Fishbone diagram not found" }</h1>
                <p>{ "There is no fishbone diagram at this address. It may have been removed: use Undo (Ctrl+Z) \
                      to bring it back." }</p>
                <p><Link<Route> to={Route::Fishbones { id: props.id.to_string() }}>{ "Go to the project's fishbone diagrams" }</Link<Route>></p>
            </>
        };
    };

    let chosen = selected
        .as_ref()
        .and_then(|id| f.place(id).map(|p| (id, p)))
        .and_then(|(id, p)| {
            Some((
                f.cause(id)?.clone(),
                f.categories.get(p.category)?.name.clone(),
            ))
        });
    let evidence: Vec<EvidenceView> = chosen
        .as_ref()
        .map(|(c, _)| {
            c.evidence
                .iter()
                .map(|e| evidence_view(project, e))
                .collect()
        })
        .unwrap_or_default();
    let whys = chosen.as_ref().and_then(|(c, _)| {
        whys_for_cause(project, &f.id, &c.id).map(|w| WhysView {
            to: Route::Whys {
                id: props.id.to_string(),
                whys: w.id.to_string(),
            },
            verdict: w.verdict().words(),
        })
    });
    let on_ask_why = {
        let (ws, pid, fid, navigator) = (ws.clone(), project_id.clone(), f.id.clone(), navigator);
        let cause = chosen.as_ref().map(|(c, _)| (c.id.clone(), c.text.clone()));
        Callback::from(move |_| {
            let Some((cause, text)) = &cause else { return };
            let id = new_whys_id();
            let mut whys = WhysAnalysis::new(id.clone(), text);
            whys.origin = Some(CauseLink {
                fishbone: fid.to_string(),
                cause: cause.to_string(),
            });
            ws.apply(Action::AddWhys {
                project: pid.clone(),
                whys,
                at: now(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Whys {
                    id: pid.to_string(),
                    whys: id.to_string(),
                });
            }
        })
    };
    let print_svg = {
        let (workspace, pid, f) = (workspace.clone(), project_id.clone(), f.clone());
        Callback::from(move |_| {
            workspace
                .project(&pid)
                .map(|p| picture_svg(p, &f, true))
                .unwrap_or_default()
        })
    };
    let selected_for_votes = chosen.as_ref().map(|(c, _)| {
        let text = if c.text.is_empty() {
            "(no text yet)"
        } else {
            c.text.as_str()
        };
        (
            AttrValue::from(c.id.to_string()),
            AttrValue::from(text.to_string()),
        )
    });
    let presenter = Route::PresentFishbone {
        id: props.id.to_string(),
        fishbone: f.id.to_string(),
    };
    let edit: Callback<FishboneChange> = on_edit;

    html! {
        <div class="fishbone-editor">
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: props.id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::Fishbones { id: props.id.to_string() }}>{ "Fishbone diagrams" }</Link<Route>>
            </p>
            <h1>{ "Fishbone diagram" }</h1>
            if let Some(e) = &refused {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            <EffectField effect={AttrValue::from(f.effect.clone())} on_edit={edit.clone()}
                source={super::editor_links::source_line(project, &props.id, f.source.as_ref())} />
            <div class="fb-columns">
                <Outline fishbone={f.clone()} on_edit={edit.clone()} selected={(*selected).clone()}
                    on_select={on_select} refused={refused.clone()} />
                <PictureBox picture={picture.clone()} selected={(*selected).clone()} on_pick={on_pick} />
            </div>
            <div class="fb-panels">
                <CausePanel cause={chosen.map(|(c, g)| (c, AttrValue::from(g)))} evidence={evidence} whys={whys}
                    choices={choices} on_edit={edit.clone()} on_ask_why={on_ask_why}
                    project={project_id.clone()} fishbone={props.fishbone.clone()} />
                <WorkshopPanel fishbone={f.clone()} selected={selected_for_votes} on_edit={edit.clone()} presenter={presenter}
                    project={props.id.clone()} />
            </div>
            <ExportBar fishbone={f.clone()} picture={picture} print_svg={print_svg} />
        </div>
    }
}
