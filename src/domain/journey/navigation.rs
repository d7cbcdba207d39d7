//! Moving the keyboard focus around the map grid. Each stage column reads top to
//! bottom as a list: a lane's cell, then the cards in it, then the next lane's cell.
//! Up and Down walk that list; Left and Right go to the same lane in the next stage.

use super::map::JourneyMap;

/// Where the keyboard focus is: a cell, or a card in it (by its place in the cell).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GridPos {
    pub stage: usize,
    pub lane: usize,
    pub card: Option<usize>,
}

/// An arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    /// The direction of a `KeyboardEvent.key`, if it is an arrow.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            _ => None,
        }
    }
}

/// Number of cards in a cell (by positions).
pub fn cell_len(map: &JourneyMap, stage: usize, lane: usize) -> usize {
    match (map.stages.get(stage), map.lanes.get(lane)) {
        (Some(s), Some(l)) => map
            .cards
            .iter()
            .filter(|c| c.stage == s.id && c.lane == l.id)
            .count(),
        _ => 0,
    }
}

/// `pos` moved into the map: a stage or lane that is gone is replaced by the nearest
/// one, a card that is gone by the cell's last card (or the cell).
pub fn clamp(map: &JourneyMap, pos: GridPos) -> GridPos {
    let stage = pos.stage.min(map.stages.len().saturating_sub(1));
    let lane = pos.lane.min(map.lanes.len().saturating_sub(1));
    let len = cell_len(map, stage, lane);
    let card = pos.card.and_then(|k| (len > 0).then(|| k.min(len - 1)));
    GridPos { stage, lane, card }
}

/// Where an arrow key takes the focus from `pos`; stays put at the edges.
pub fn step(map: &JourneyMap, pos: GridPos, dir: Direction) -> GridPos {
    if map.stages.is_empty() || map.lanes.is_empty() {
        return GridPos::default();
    }
    let pos = clamp(map, pos);
    match dir {
        Direction::Left | Direction::Right => {
            let stage = if dir == Direction::Left {
                pos.stage.saturating_sub(1)
            } else {
                (pos.stage + 1).min(map.stages.len() - 1)
            };
            GridPos {
                stage,
                lane: pos.lane,
                card: None,
            }
        }
        Direction::Down => {
            let len = cell_len(map, pos.stage, pos.lane);
            let next_card = pos.card.map_or(0, |k| k + 1);
            if next_card < len {
                GridPos {
                    card: Some(next_card),
                    ..pos
                }
            } else if pos.lane + 1 < map.lanes.len() {
                GridPos {
                    stage: pos.stage,
                    lane: pos.lane + 1,
                    card: None,
                }
            } else {
                pos
            }
        }
        Direction::Up => match pos.card {
            Some(0) => GridPos { card: None, ..pos },
            Some(k) => GridPos {
                card: Some(k - 1),
                ..pos
            },
            None if pos.lane > 0 => {
                let lane = pos.lane - 1;
                let len = cell_len(map, pos.stage, lane);
                GridPos {
                    stage: pos.stage,
                    lane,
                    card: len.checked_sub(1),
                }
            }
            None => pos,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> JourneyMap {
        let mut n = 0;
        let mut m = JourneyMap::blank("m".into(), "Map", || {
            n += 1;
            format!("l{n}")
        });
        m.lanes.truncate(3);
        for s in ["a", "b", "c"] {
            m.add_stage(s.into(), s, None).unwrap();
        }
        m.add_card("k1".into(), "a", "l1", "one").unwrap();
        m.add_card("k2".into(), "a", "l1", "two").unwrap();
        m.add_card("k3".into(), "a", "l3", "three").unwrap();
        m
    }

    #[test]
    fn down_walks_cells_and_their_cards_then_stops() {
        let m = map();
        let mut p = GridPos::default();
        let mut seen = Vec::new();
        for _ in 0..8 {
            p = step(&m, p, Direction::Down);
            seen.push((p.lane, p.card));
        }
        assert_eq!(
            seen,
            vec![
                (0, Some(0)),
                (0, Some(1)),
                (1, None),
                (2, None),
                (2, Some(0)),
                (2, Some(0)),
                (2, Some(0)),
                (2, Some(0))
            ]
        );
    }

    #[test]
    fn up_is_the_reverse_of_down() {
        let m = map();
        let mut p = GridPos {
            stage: 0,
            lane: 2,
            card: Some(0),
        };
        let mut seen = Vec::new();
        for _ in 0..6 {
            p = step(&m, p, Direction::Up);
            seen.push((p.lane, p.card));
        }
        assert_eq!(
            seen,
            vec![
                (2, None),
                (1, None),
                (0, Some(1)),
                (0, Some(0)),
                (0, None),
                (0, None)
            ]
        );
    }

    #[test]
    fn left_and_right_keep_the_lane_and_stop_at_the_ends() {
        let m = map();
        let p = GridPos {
            stage: 0,
            lane: 0,
            card: Some(1),
        };
        let r = step(&m, p, Direction::Right);
        assert_eq!((r.stage, r.lane, r.card), (1, 0, None));
        assert_eq!(step(&m, r, Direction::Right).stage, 2);
        assert_eq!(
            step(&m, step(&m, r, Direction::Right), Direction::Right).stage,
            2
        );
        assert_eq!(step(&m, p, Direction::Left).stage, 0);
    }

    #[test]
    fn positions_left_behind_by_deletes_are_clamped() {
        let mut m = map();
        let p = GridPos {
            stage: 2,
            lane: 0,
            card: Some(1),
        };
        m.delete_stage("c").unwrap();
        assert_eq!(
            clamp(&m, p),
            GridPos {
                stage: 1,
                lane: 0,
                card: None
            }
        );
        m.delete_card("k2").unwrap();
        let q = clamp(
            &m,
            GridPos {
                stage: 0,
                lane: 0,
                card: Some(1),
            },
        );
        assert_eq!(q.card, Some(0));
        let empty = JourneyMap::blank("e".into(), "E", || "x".into());
        assert_eq!(step(&empty, p, Direction::Down), GridPos::default());
    }
}
