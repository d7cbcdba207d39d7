//! Where keyboard focus goes in the grid: places are "stage,lane[,card]" positions
//! kept in each element's `data-pos`, and a wanted focus is applied after the redraw.

use crate::domain::journey::navigation::{clamp, GridPos};
use crate::domain::journey::JourneyMap;

/// Where focus should go once the grid has redrawn.
#[derive(Clone, Debug, PartialEq)]
pub enum FocusWanted {
    Pos(GridPos),
    /// An element about to be drawn (a new card's text box, a new stage's name).
    Element(String),
    /// An element that may have been removed meanwhile; then the focused place.
    ElementOrPlace(String),
}

/// The grid place an element stands for.
pub fn pos_of(el: &web_sys::Element) -> Option<GridPos> {
    let text = el.get_attribute("data-pos")?;
    let mut parts = text.split(',');
    let stage = parts.next()?.parse().ok()?;
    let lane = parts.next()?.parse().ok()?;
    let card = parts.next().and_then(|k| k.parse().ok());
    Some(GridPos { stage, lane, card })
}

/// The id of the element at a place (a card, or the cell), once clamped to the map.
pub fn element_id(map: &JourneyMap, pos: GridPos) -> Option<String> {
    let pos = clamp(map, pos);
    let (s, l) = (map.stages.get(pos.stage)?, map.lanes.get(pos.lane)?);
    Some(match pos.card {
        Some(k) => format!("card-{}", map.cell(&s.id, &l.id).get(k)?.id),
        None => format!("cell-{}-{}", s.id, l.id),
    })
}
