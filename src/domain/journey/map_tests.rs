//! Tests of the map's editing rules, across stages, cards, lanes, voting and checks.

use super::map::*;
use super::*;
use crate::domain::journey::test_ids;

fn sample() -> JourneyMap {
    let mut m = JourneyMap::blank("m1".into(), " Late delivery ", test_ids("x"));
    m.add_stage("s1".into(), "Notice delay", None).unwrap();
    m.add_stage("s2".into(), "Contact us", None).unwrap();
    m.add_stage("s3".into(), "Refund", None).unwrap();
    m
}

#[test]
fn stages_add_rename_move_delete() {
    let mut m = sample();
    assert_eq!(m.title, "Late delivery");
    assert_eq!(m.lanes.len(), 7);
    m.add_stage("s0".into(), "Order", Some(0)).unwrap();
    assert_eq!(m.stages[0].name, "Order");
    assert_eq!(
        m.add_stage("s9".into(), "  ", None),
        Err(EditError::EmptyName)
    );
    assert_eq!(
        m.add_stage("s1".into(), "Again", None),
        Err(EditError::IdInUse)
    );
    m.rename_stage("s2", "Call the contact centre").unwrap();
    m.move_stage("s3", -2).unwrap();
    let order: Vec<&str> = m.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["s0", "s3", "s1", "s2"]);
    m.move_stage("s0", -5).unwrap();
    assert_eq!(m.stages[0].id, "s0", "moving past the end stays at the end");
    let lane = m.lanes[0].id.clone();
    m.add_card("c1".into(), "s2", &lane, "Waited 20 minutes")
        .unwrap();
    m.delete_stage("s2").unwrap();
    assert!(m.cards.is_empty(), "a stage's cards go with it");
}

#[test]
fn cards_emotions_and_votes() {
    let mut m = sample();
    let pains = m
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::PainPoints)
        .unwrap()
        .id
        .clone();
    let touch = m.lanes[1].id.clone();
    m.add_card("c1".into(), "s2", &pains, "Hold music on loop")
        .unwrap();
    m.add_card("c2".into(), "s2", &pains, "Asked for order number twice")
        .unwrap();
    assert_eq!(
        m.add_card("c3".into(), "nope", &pains, "x"),
        Err(EditError::NoSuchStage)
    );
    m.vote("c2", "Ann").unwrap();
    m.vote("c2", "Ann").unwrap();
    m.vote("c1", "Bo").unwrap();
    let ranked: Vec<&str> = m
        .ranked(&LaneKind::PainPoints)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ranked, ["c2", "c1"]);
    m.move_card("c1", "s3", &touch).unwrap();
    assert_eq!(m.cell("s3", &touch).len(), 1);
    m.set_emotion("s2", Some(-2)).unwrap();
    assert_eq!(
        m.set_emotion("s2", Some(3)),
        Err(EditError::EmotionOutOfRange(3))
    );
    m.delete_card("c2").unwrap();
    assert_eq!(m.delete_card("c2"), Err(EditError::NoSuchCard));
}

#[test]
fn broken_references_are_problems() {
    let mut m = sample();
    assert!(m.problems().is_empty());
    let lane = m.lanes[0].id.clone();
    m.add_card("c1".into(), "s1", &lane, "ok").unwrap();
    std::rc::Rc::make_mut(&mut m.cards[0]).stage = "gone".into();
    m.stages[0].emotion = Some(7);
    let p: Vec<String> = m.problems().into_iter().map(|(f, _)| f).collect();
    assert_eq!(p, ["stages[0].emotion", "cards[0].stage"]);
}

#[test]
fn to_be_copies_under_new_ids() {
    let mut m = sample();
    let lane = m.lanes[3].id.clone();
    m.add_card("c1".into(), "s1", &lane, "No tracking link")
        .unwrap();
    m.vote("c1", "Ann").unwrap();
    let f = m.to_be("m2".into(), test_ids("x"));
    assert_eq!(f.state, JourneyState::Future);
    assert_eq!(f.title, "Late delivery (to-be)");
    assert_eq!(f.stages.len(), 3);
    assert!(f
        .stages
        .iter()
        .all(|s| !m.stages.iter().any(|o| o.id == s.id)));
    let c = &f.cards[0];
    assert_eq!(c.text, "No tracking link");
    assert_eq!(c.total_votes(), 0);
    assert!(f.stages.iter().any(|s| s.id == c.stage) && f.lanes.iter().any(|l| l.id == c.lane));
}

#[test]
fn dots_follow_the_allowance_and_can_be_taken_back() {
    let mut m = sample();
    let pains = m.lanes[3].id.clone();
    let actions = m.lanes[0].id.clone();
    let s = m.stages[0].id.clone();
    m.add_card("p1".into(), &s, &pains, "Long wait").unwrap();
    m.add_card("p2".into(), &s, &pains, "No update").unwrap();
    m.add_card("a1".into(), &s, &actions, "Calls").unwrap();
    m.workshop.dots_per_participant = 2;
    assert_eq!(m.cast_dot("a1", "Ann"), Err(EditError::NotVotable));
    m.cast_dot("p2", "Ann").unwrap();
    m.cast_dot("p2", "Ann").unwrap();
    assert_eq!(m.cast_dot("p1", "Ann"), Err(EditError::NoDotsLeft));
    m.cast_dot("p1", "Bob").unwrap();
    assert_eq!(m.dots_used("Ann"), 2);
    let ranked: Vec<&str> = m
        .ranked(&LaneKind::PainPoints)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ranked, vec!["p2", "p1"]);
    let all: Vec<&str> = m
        .votable_cards(false)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(all, vec!["p1", "p2"]);
    let top: Vec<&str> = m
        .votable_cards(true)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(top, vec!["p2", "p1"]);
    assert_eq!(m.stage_name(&s), "Notice delay");
    assert_eq!(m.stage_name("gone"), "");
    m.take_dot("p2", "Ann").unwrap();
    m.take_dot("p2", "Ann").unwrap();
    assert_eq!(m.take_dot("p2", "Ann"), Err(EditError::NoVoteToTake));
    assert!(m.card("p2").unwrap().votes.is_empty());
    m.clear_dots();
    assert_eq!(m.dots_used("Bob"), 0);
}

#[test]
fn lanes_cards_and_stages_move_and_go() {
    let mut m = sample();
    let ids: Vec<String> = m.stages.iter().map(|s| s.id.to_string()).collect();
    m.move_stage_to(&ids[0], 99).unwrap();
    assert_eq!(m.stages.last().unwrap().id, ids[0]);
    m.move_stage_to(&ids[0], 0).unwrap();
    assert_eq!(m.stages[0].id, ids[0]);
    m.add_lane("own".into(), " Legal ").unwrap();
    assert_eq!(m.lanes.last().unwrap().kind.title(), "Legal");
    assert_eq!(m.add_lane("own2".into(), " "), Err(EditError::EmptyName));
    m.rename_lane("own", "Compliance").unwrap();
    assert_eq!(m.lanes.last().unwrap().kind.title(), "Compliance");
    let actions = m.lanes[0].id.clone();
    m.add_card("c1".into(), &ids[0], &actions, "one").unwrap();
    m.add_card("c2".into(), &ids[0], &actions, "two").unwrap();
    m.add_card("c3".into(), &ids[1], "own", "three").unwrap();
    m.move_card_to("c3", &ids[0], &actions, Some(0)).unwrap();
    let cell: Vec<&str> = m
        .cell(&ids[0], &actions)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(cell, vec!["c3", "c1", "c2"]);
    m.move_card_to("c3", &ids[1], "own", None).unwrap();
    m.delete_lane("own").unwrap();
    assert!(m.card("c3").is_none());
    while m.lanes.len() > 1 {
        let id = m.lanes[0].id.clone();
        m.delete_lane(&id).unwrap();
    }
    let last = m.lanes[0].id.clone();
    assert_eq!(m.delete_lane(&last), Err(EditError::LastLane));
    m.set_card_text("c1", "x").unwrap_err();
}

#[test]
fn card_details_and_matched_curves() {
    let mut m = sample();
    let s = m.stages[0].id.clone();
    let tp = m.lanes[1].id.clone();
    m.add_card("t".into(), &s, &tp, "Call").unwrap();
    m.set_card_text("t", "  Call the helpline ").unwrap();
    m.set_channel("t", Some(Channel::Phone)).unwrap();
    m.set_moment_of_truth("t", true).unwrap();
    m.set_kpi("t", Some("d1".into())).unwrap();
    let c = m.card("t").unwrap();
    assert_eq!(c.text, "Call the helpline");
    assert_eq!((c.channel, c.moment_of_truth), (Some(Channel::Phone), true));
    assert_eq!(c.kpi.as_deref(), Some("d1"));
    m.set_emotion(&s, Some(-1)).unwrap();
    let mut n = 100;
    let mut future = m.to_be("f".into(), || {
        n += 1;
        format!("f{n}")
    });
    assert_eq!(future.based_on.as_deref(), Some(m.id.as_str()));
    future
        .set_emotion(&future.stages[0].id.clone(), Some(2))
        .unwrap();
    future.stages.reverse();
    let matched = future.emotions_matched(&m);
    assert_eq!(matched.last().copied().flatten(), Some(-1));
    assert_eq!(m.emotions_matched(&future)[0], Some(2));
}

#[test]
fn odd_data_from_outside_is_refused_not_trusted() {
    let mut m = sample();
    let pains = m.lanes[3].id.clone();
    let s = m.stages[0].id.clone();
    m.add_card("p".into(), &s, &pains, "Wait").unwrap();
    std::rc::Rc::make_mut(&mut m.cards[0]).votes = vec![("Ann".into(), 0)];
    assert_eq!(m.problems()[0].0, "cards[0].votes");
    std::rc::Rc::make_mut(&mut m.cards[0]).votes =
        vec![("Ann".into(), u32::MAX), ("Bob".into(), u32::MAX)];
    assert_eq!(m.cards[0].total_votes(), u32::MAX);
    assert!(!m.problems().is_empty());
    std::rc::Rc::make_mut(&mut m.cards[0]).votes = vec![("Ann".into(), 1)];
    assert!(m.problems().is_empty());
    m.take_dot("p", "Ann").unwrap();
    assert!(m.cards[0].votes.is_empty());
    std::rc::Rc::make_mut(&mut m.cards[0]).id = m.stages[1].id.as_str().into();
    assert_eq!(m.problems()[0].0, "id");
}

#[test]
fn moving_a_card_onto_its_own_cell_changes_nothing() {
    let mut m = sample();
    let actions = m.lanes[0].id.clone();
    let s = m.stages[0].id.clone();
    m.add_card("a".into(), &s, &actions, "one").unwrap();
    m.add_card("b".into(), &s, &actions, "two").unwrap();
    let before = m.clone();
    m.move_card_to("a", &s, &actions, None).unwrap();
    assert_eq!(m, before);
}

#[test]
fn a_full_map_refuses_more() {
    let mut m = sample();
    for i in m.stages.len()..MAX_STAGES {
        m.add_stage(format!("full{i}").into(), "S", None).unwrap();
    }
    assert_eq!(
        m.add_stage("one".into(), "S", None),
        Err(EditError::MapFull)
    );
    assert_eq!(
        EditError::MapFull.to_string(),
        "the map is full (200 stages or 10,000 cards)"
    );
}

#[test]
fn the_voting_board_lists_votable_cards_with_their_places_and_shares_them() {
    let mut m = sample();
    let (pains, ideas) = (m.lanes[3].id.clone(), m.lanes[4].id.clone());
    m.add_card("p1".into(), "s2", &pains, "On hold").unwrap();
    m.add_card("o1".into(), "s3", &ideas, "Call back").unwrap();
    m.add_card("a1".into(), "s1", "x1", "Orders").unwrap();
    m.workshop.participants = vec!["Ann".into(), "Bob".into()];
    m.cast_dot("o1", "Ann").unwrap();
    let board = m.voting_board();
    let rows: Vec<_> = board
        .iter()
        .map(|r| (r.card.id.as_str(), r.lane.as_str(), r.stage.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("o1", "Opportunities", "Refund"),
            ("p1", "Pain points", "Contact us")
        ]
    );
    assert!(std::rc::Rc::ptr_eq(&board[0].card, &m.cards[1]));
    assert_eq!(
        m.dots_by_participant(),
        [("Ann".to_string(), 1), ("Bob".to_string(), 0)]
    );
    // A text edit elsewhere leaves the board equal, so the page need not redraw it.
    let mut edited = m.clone();
    edited.set_card_text("a1", "Orders online").unwrap();
    assert_eq!(edited.voting_board(), board);
}
