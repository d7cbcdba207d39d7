//! The headers of the grid: a stage's name, moves, delete and emotion; a lane's title
//! (editable for lanes of the team's own) and delete.

use super::edit::{event_value, MapEdit};
use crate::domain::journey::feelings::{emotion_text, EMOTIONS};
use crate::domain::journey::{JourneyEdit, LaneKind};
use crate::ui::browser::{focus_by_id, focus_soon};
use crate::ui::widgets::DraftInput;
use yew::prelude::*;

/// Props of [`StageHead`].
#[derive(Properties, PartialEq)]
pub struct StageHeadProps {
    pub id: AttrValue,
    pub name: AttrValue,
    /// The name the stage's controls say, unique on the page ("Go home (2)").
    pub label: AttrValue,
    pub index: usize,
    pub count: usize,
    pub emotion: Option<i8>,
    pub on_edit: Callback<MapEdit>,
    pub on_moved: Callback<(usize, isize)>,
}

fn stage_move(id: &AttrValue, by: isize) -> MapEdit {
    MapEdit::new(JourneyEdit::MoveStage {
        stage: id.as_str().into(),
        by,
    })
}

#[component]
pub fn StageHead(props: &StageHeadProps) -> Html {
    let id = props.id.clone();
    let on_rename = {
        let (edit, id) = (props.on_edit.clone(), id.clone());
        Callback::from(move |name: String| {
            edit.emit(MapEdit::new(JourneyEdit::RenameStage {
                stage: id.as_str().into(),
                name,
            }));
        })
    };
    let on_key = {
        let (edit, id, moved, index) = (
            props.on_edit.clone(),
            id.clone(),
            props.on_moved.clone(),
            props.index,
        );
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !e.is_composing() {
                // Enter keeps the name and goes back to "Add stage": a workshop can
                // type stage after stage.
                e.prevent_default();
                edit.emit(MapEdit::new(JourneyEdit::RenameStage {
                    stage: id.as_str().into(),
                    name: event_value(&e),
                }));
                focus_by_id("add-stage");
                return;
            }
            let by = match (e.alt_key(), e.key().as_str()) {
                (true, "ArrowLeft") => -1,
                (true, "ArrowRight") => 1,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            edit.emit(stage_move(&id, by));
            moved.emit((index, by));
        })
    };
    let mover = |by: isize| {
        let (edit, id, moved, index) = (
            props.on_edit.clone(),
            id.clone(),
            props.on_moved.clone(),
            props.index,
        );
        Callback::from(move |_| {
            edit.emit(stage_move(&id, by));
            moved.emit((index, by));
        })
    };
    let on_delete = {
        let (edit, id) = (props.on_edit.clone(), id.clone());
        Callback::from(move |_| {
            edit.emit(MapEdit::new(JourneyEdit::DeleteStage {
                stage: id.as_str().into(),
            }));
            focus_soon("add-stage");
        })
    };
    let on_emotion = {
        let (edit, id) = (props.on_edit.clone(), id.clone());
        Callback::from(move |e: Event| {
            edit.emit(MapEdit::new(JourneyEdit::SetEmotion {
                stage: id.as_str().into(),
                emotion: event_value(&e).parse::<i8>().ok(),
            }));
        })
    };
    let name = props.label.clone();
    html! {
        <div class="stage-head" data-stage-drag={props.id.clone()} draggable="true">
            <DraftInput class="stage-head__name" id={format!("stage-{}", props.id)} maxlength="120"
                value={props.name.clone()} label={format!("Stage {} name (Alt+←/→ moves it)", props.index + 1)}
                on_commit={on_rename} onkeydown={on_key} />
            <div class="stage-head__tools">
                <button type="button" class="icon-button" aria-label={format!("Move stage {name} left")}
                    disabled={props.index == 0} onclick={mover(-1)}>{ "←" }</button>
                <button type="button" class="icon-button" aria-label={format!("Move stage {name} right")}
                    disabled={props.index + 1 >= props.count} onclick={mover(1)}>{ "→" }</button>
                <button type="button" class="icon-button icon-button--danger" aria-label={format!("Delete stage {name}")}
                    onclick={on_delete}>{ "✕" }</button>
            </div>
            <label class="stage-head__emotion">{ "Emotion " }
                <select aria-label={format!("Emotion at {name}")} onchange={on_emotion}>
                    <option value="" selected={props.emotion.is_none()}>{ "not set" }</option>
                    { for EMOTIONS.iter().map(|(v, _)| html! {
                        <option value={v.to_string()} selected={props.emotion == Some(*v)}>{ emotion_text(*v) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

/// Props of [`LaneHead`].
#[derive(Properties, PartialEq)]
pub struct LaneHeadProps {
    pub id: AttrValue,
    pub kind: LaneKind,
    pub on_edit: Callback<MapEdit>,
}

#[component]
pub fn LaneHead(props: &LaneHeadProps) -> Html {
    let title = props.kind.title().to_string();
    let on_delete = {
        let (edit, id) = (props.on_edit.clone(), props.id.to_string());
        Callback::from(move |_| {
            edit.emit(MapEdit::new(JourneyEdit::DeleteLane {
                lane: id.as_str().into(),
            }));
            focus_soon("new-lane");
        })
    };
    let custom = matches!(props.kind, LaneKind::Custom(_));
    let on_rename = {
        let (edit, id) = (props.on_edit.clone(), props.id.to_string());
        Callback::from(move |title: String| {
            edit.emit(MapEdit::new(JourneyEdit::RenameLane {
                lane: id.as_str().into(),
                title,
            }));
        })
    };
    html! {
        <>
            if custom {
                <DraftInput class="lane-head__name" maxlength="80" value={title.clone()}
                    label={format!("Lane name: {title}")} on_commit={on_rename} />
            } else {
                <span class="lane-head__name">{ title.clone() }</span>
            }
            <button type="button" class="icon-button icon-button--danger" aria-label={format!("Delete lane {title}")}
                onclick={on_delete}>{ "✕" }</button>
        </>
    }
}
