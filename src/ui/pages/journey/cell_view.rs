//! One cell of the map (a lane at a stage) and its cards. Plain markup: the grid
//! handles its keys, clicks and drags, so a cell redraws only when its cards change.

use super::analysis_link::Analyses;
use super::card_view::CardView;
use super::edit::MapEdit;
use crate::domain::journey::{Card, LaneKind};
use crate::ui::type_ahead::Drafts;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CellView`].
#[derive(Properties, PartialEq)]
pub struct CellViewProps {
    pub stage: AttrValue,
    pub lane: AttrValue,
    pub lane_kind: LaneKind,
    pub place: AttrValue,
    pub pos: (usize, usize),
    pub cards: Vec<Rc<Card>>,
    /// `Some(None)`: the cell has the focus stop; `Some(Some(k))`: its k-th card has.
    pub active: Option<Option<usize>>,
    pub editing: Option<AttrValue>,
    pub kpi_options: Rc<Vec<(String, String)>>,
    pub kpi_texts: Rc<HashMap<String, String>>,
    pub analyses: Analyses,
    pub on_edit: Callback<MapEdit>,
    pub on_draft: Callback<(String, String)>,
    /// What the cards' text boxes hold that is not in the map yet.
    pub drafts: Drafts,
    pub on_done: Callback<(String, bool)>,
    pub on_add: Callback<(AttrValue, AttrValue)>,
}

#[component]
pub fn CellView(props: &CellViewProps) -> Html {
    let n = props.cards.len();
    let label = format!(
        "{}: {} card{}",
        props.place,
        n,
        if n == 1 { "" } else { "s" }
    );
    let active_cell = props.active == Some(None);
    let add = {
        let (on_add, s, l) = (
            props.on_add.clone(),
            props.stage.clone(),
            props.lane.clone(),
        );
        Callback::from(move |_| on_add.emit((s.clone(), l.clone())))
    };
    html! {
        <div class={classes!("cell", active_cell.then_some("cell--active"))}
            id={format!("cell-{}-{}", props.stage, props.lane)}
            data-pos={format!("{},{}", props.pos.0, props.pos.1)}
            data-cell={format!("{}|{}", props.stage, props.lane)}
            role="group" aria-label={label} tabindex={if active_cell { "0" } else { "-1" }}>
            { for props.cards.iter().enumerate().map(|(k, c)| {
                let kpi_text = c.kpi.as_ref().and_then(|id| props.kpi_texts.get(id)).map(|t| AttrValue::from(t.clone()));
                html! {
                    <CardView key={c.id.clone()} card={c.clone()} lane={props.lane_kind.clone()}
                        place={props.place.clone()}
                        pos={AttrValue::from(format!("{},{},{k}", props.pos.0, props.pos.1))}
                        focusable={props.active == Some(Some(k))}
                        editing={props.editing.as_deref() == Some(c.id.as_str())}
                        kpi_options={props.kpi_options.clone()} kpi_text={kpi_text}
                        analyses={(props.lane_kind == LaneKind::PainPoints).then(|| props.analyses.clone())}
                        on_edit={props.on_edit.clone()} on_draft={props.on_draft.clone()} drafts={props.drafts.clone()}
                        on_done={props.on_done.clone()} />
                }
            }) }
            if active_cell {
                <button type="button" class="cell__add" tabindex="-1" onclick={add}>{ "+ Add card (Enter)" }</button>
            }
        </div>
    }
}
