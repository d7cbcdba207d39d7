//! The voting board: every pain point and opportunity, most dots first, with a button
//! to place or take back a dot for the participant voting now. Its own component, so
//! the table redraws only when a votable card or the voter changes, not with every
//! keystroke elsewhere on a big map.

use super::edit::MapEdit;
use crate::domain::journey::{JourneyEdit, VoteRow};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`VotingTable`].
#[derive(Properties, PartialEq)]
pub struct VotingTableProps {
    pub board: Rc<Vec<VoteRow>>,
    /// The participant voting now ("" when nobody takes part yet).
    pub who: AttrValue,
    /// Dots the participant has left.
    pub left: u32,
    pub on_edit: Callback<MapEdit>,
}

/// The table of cards that take dots.
#[component]
pub fn VotingTable(props: &VotingTableProps) -> Html {
    let who = props.who.as_str();
    let left = props.left;
    html! {
        <table class="votes">
            <caption class="visually-hidden">{ "Pain points and opportunities, most dots first" }</caption>
            <thead><tr><th scope="col">{ "Card" }</th><th scope="col">{ "Stage" }</th><th scope="col">{ "Dots" }</th><th scope="col">{ "By participant" }</th><th scope="col"><span class="visually-hidden">{ "Vote" }</span></th></tr></thead>
            <tbody>
            { for props.board.iter().map(|row| {
                let card = &row.card;
                let vote = |take: bool| {
                    let (edit, id, who) = (props.on_edit.clone(), card.id.clone(), who.to_string());
                    Callback::from(move |_| {
                        let (card, participant) = (id.clone(), who.clone());
                        edit.emit(MapEdit::new(if take {
                            JourneyEdit::TakeDot { card, participant }
                        } else {
                            JourneyEdit::CastDot { card, participant }
                        }));
                    })
                };
                let kind = &row.lane;
                let text = if card.text.is_empty() { "(empty card)".to_string() } else { card.text.clone() };
                html! {
                    <tr key={card.id.clone()}>
                        <td>{ text.clone() }<span class="meta">{ format!(" · {kind}") }</span></td>
                        <td>{ row.stage.clone() }</td>
                        <td class="num">{ card.total_votes() }</td>
                        <td>{ card.votes.iter().map(|(p, n)| format!("{p} {n}")).collect::<Vec<_>>().join(", ") }</td>
                        <td class="votes__buttons">
                            <button type="button" class="button button--small" disabled={who.is_empty() || left == 0}
                                aria-label={format!("Place a dot for {who} on {text}")} onclick={vote(false)}>{ "+ dot" }</button>
                            <button type="button" class="button button--secondary button--small"
                                disabled={!card.votes.iter().any(|(p, _)| p.as_str() == who)}
                                aria-label={format!("Take back a dot of {who} from {text}")} onclick={vote(true)}>{ "− dot" }</button>
                        </td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}
