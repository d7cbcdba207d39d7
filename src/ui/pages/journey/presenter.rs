//! The presenter view for the projector: large type, no editing chrome. It shows the
//! map as the facilitator's window has it, including card text as it is typed (over
//! the live channel), the countdown, and the dot votes most-voted first. The type and
//! the stage columns grow with the screen (styles.css, in its own units: the page's
//! Content-Security-Policy allows no inline styles), so the map and its curve fill a
//! 1920×1080 or a 1280×720 projector and read from the back of the room.

use super::card_feeling::{card_actors, card_emotion};
use super::card_view::channel_icon;
use super::curve::{curve_stages, EmotionCurve};
use super::heading_fit;
use crate::domain::journey::countdown::clock_text;
use crate::domain::journey::live::{with_drafts, LiveMessage, LiveView};
use crate::domain::journey::{Card, JourneyState, LaneKind};
use crate::domain::ProjectId;
use crate::ui::hooks::live_channel::use_live_channel;
use crate::ui::hooks::ticker::use_ticker;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::PresenterTools;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// A stage heading's type size in em of the view's (styles.css, `.presenter__stage h2`).
const STAGE_HEADING_EM: f64 = 1.05;

/// Props of [`PresenterPage`].
#[derive(Properties, PartialEq)]
pub struct PresenterPageProps {
    pub id: AttrValue,
    pub map: AttrValue,
}

/// How the view is sized for a screen, in CSS pixels: the stylesheet's own rule (type
/// at 1/70 of the width, 20 to 40 px; columns sharing the width, at least 9em), worked
/// out here to draw the curve at about the size it is shown.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Fit {
    /// The type size of the whole view (headings and cards are sized from it).
    font: f64,
    /// The width of a stage column.
    column: f64,
    /// The height of the emotion curve.
    curve: f64,
}

impl Fit {
    /// For a screen of `width` × `height` showing `stages` stages: type at about 1/70
    /// of the width (27 px on 1920, 20 px on 1280), smaller (down to 16 px) when more
    /// stages than fit at that size would scroll off the projector; columns sharing the
    /// width left by the view's padding (1em each side) and never narrower than 9em
    /// (more stages than fit even at 16 px scroll sideways); a curve a quarter of the
    /// height.
    fn for_screen(width: f64, height: f64, stages: usize) -> Fit {
        let wide = (width / 70.0).clamp(20.0, 40.0);
        // n columns of 9em and the padding of 2em: the type at which they just fit.
        let fitting = (width / (9.0 * stages.max(1) as f64 + 2.0)).floor();
        let font = wide.min(fitting.max(16.0));
        let room = width - 2.0 * font;
        let column = (room / stages.max(1) as f64).max(9.0 * font).floor();
        Fit {
            font,
            column,
            curve: (height * 0.26).max(8.0 * font).round(),
        }
    }
}

/// The page's width without a scroll bar, and the window's height.
fn screen_size() -> (f64, f64) {
    let window = web_sys::window();
    let width = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| f64::from(e.client_width()))
        .unwrap_or(1280.0);
    let height = window
        .as_ref()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(720.0);
    (width, height)
}

/// The screen's size, taken again when the window is resized or goes full screen, and
/// when drawing brought a scroll bar (or took it away).
#[hook]
fn use_screen() -> (f64, f64) {
    let redraw = use_force_update();
    {
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| redraw.force_update())
            });
            move || drop(listener)
        });
    }
    let size = screen_size();
    use_effect(move || {
        if screen_size() != size {
            redraw.force_update();
        }
    });
    size
}

/// A lane of one stage and its cards, top to bottom.
type StageLane = (LaneKind, Vec<Rc<Card>>);

/// Props of [`PresenterStage`].
#[derive(Properties, PartialEq)]
struct PresenterStageProps {
    name: AttrValue,
    /// The stage's lanes that have cards, top to bottom.
    lanes: Vec<StageLane>,
}

/// One stage column, in large type.
#[component]
fn PresenterStage(props: &PresenterStageProps) -> Html {
    html! {
        <section class="presenter__stage" aria-label={props.name.clone()}>
            <h2>{ props.name.clone() }</h2>
            { for props.lanes.iter().map(|(kind, cards)| html! {
                <div class={classes!("presenter__lane", match kind {
                    LaneKind::PainPoints => Some("presenter__lane--pain"),
                    LaneKind::Opportunities => Some("presenter__lane--opportunities"),
                    LaneKind::Touchpoints => Some("presenter__lane--touchpoints"),
                    _ => None,
                })}>
                    <h3>{ kind.title() }</h3>
                    <ul>
                        { for cards.iter().map(|c| html! {
                            <li id={format!("present-{}", c.id)}>
                                if let Some(ch) = c.channel { <span class="presenter__channel">{ channel_icon(ch) }{ format!(" {} · ", ch.label()) }</span> }
                                { c.text.clone() }
                                { card_emotion(c) }
                                { card_actors(c) }
                                if c.moment_of_truth { <span class="presenter__truth">{ " ★ Moment of truth" }</span> }
                                if c.total_votes() > 0 { <span class="presenter__votes">{ format!(" ● {}", c.total_votes()) }</span> }
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

/// The presenter view.
#[component]
pub fn PresenterPage(props: &PresenterPageProps) -> Html {
    let ws = use_workspace();
    // What the facilitator's window has sent. Messages are taken in as they come, each
    // on top of the last (none lost between redraws), then the page redraws.
    let live = use_mut_ref(LiveView::default);
    let redraw = use_force_update();
    let (screen_w, screen_h) = use_screen();
    let by_votes = use_state(|| true);
    let (pid, mid) = (props.id.to_string(), props.map.to_string());
    let channel = {
        let (live, pid, mid) = (live.clone(), pid.clone(), mid.clone());
        use_live_channel(Callback::from(
            move |(msg, reply): (LiveMessage, crate::ui::hooks::live_channel::LiveChannel)| {
                if msg.about() != (pid.as_str(), mid.as_str()) {
                    return;
                }
                if let LiveMessage::Hello { .. } = msg {
                    // A facilitator's window opened (or reloaded): tell it the countdown
                    // the room is looking at.
                    let countdown = live.borrow().countdown;
                    if let Some(countdown) = countdown {
                        reply.send(&LiveMessage::Timer {
                            project: pid.clone(),
                            journey: mid.clone(),
                            countdown,
                        });
                    }
                    return;
                }
                let missed = live.borrow_mut().receive(msg);
                if missed {
                    // An edit that does not follow on from what this window has: ask for
                    // the whole map rather than guess.
                    reply.send(&LiveMessage::Hello {
                        project: pid.clone(),
                        journey: mid.clone(),
                    });
                }
                redraw.force_update();
            },
        ))
    };
    {
        let (channel, pid, mid) = (channel.clone(), pid.clone(), mid.clone());
        use_effect_with((), move |_| {
            channel.send(&LiveMessage::Hello {
                project: pid,
                journey: mid,
            })
        });
    }
    let live = live.borrow().clone();
    let countdown = live.countdown;
    let now = use_ticker(countdown.is_some_and(|c| c.is_ticking(js_sys::Date::now())));
    let workspace = ws.workspace();
    let stored = workspace
        .project(&ProjectId(pid.clone()))
        .and_then(|p| p.journey(&mid));
    let base = live.map.as_ref().map(|(m, _)| m).or(stored);
    // The view's type, set through the CSSOM (the content security policy refuses
    // inline styles): smaller than the stylesheet's when the stages would not fit.
    let view = use_node_ref();
    let fit = Fit::for_screen(screen_w, screen_h, base.map_or(0, |m| m.stages.len()));
    {
        let font = fit.font;
        let view = view.clone();
        use_effect_with(font.to_bits(), move |_| {
            if let Some(el) = view.cast::<web_sys::HtmlElement>() {
                let _ = el.style().set_property("font-size", &format!("{font}px"));
            }
        });
    }
    // Stage names whose longest word is wider than the column are set smaller, after
    // each drawing with other names or another type size.
    let stages_box = use_node_ref();
    {
        let names: Vec<String> = base.map_or_else(Vec::new, |m| {
            m.stages.iter().map(|s| s.name.to_string()).collect()
        });
        let stages_box = stages_box.clone();
        use_effect_with(
            (names, fit.font.to_bits(), fit.column.to_bits()),
            move |_| {
                if let Some(el) = stages_box.cast::<web_sys::Element>() {
                    heading_fit::fit_headings(&el, STAGE_HEADING_EM);
                }
            },
        );
    }
    let Some(base) = base else {
        return html! {
            <div class="presenter">
                <h1>{ "Journey map not found" }</h1>
                <p><Link<Route> to={Route::Journeys { id: pid.clone() }}>{ "Go to the project's journey maps" }</Link<Route>></p>
            </div>
        };
    };
    let map = with_drafts(base, &live.drafts);
    let stages = curve_stages(&map, |_| None);
    let votable = map.votable_cards(*by_votes);
    let shown_name = |stage: &str| {
        map.stages
            .iter()
            .position(|s| s.id == stage)
            .map_or("", |i| stages[i].name.as_str())
    };
    // Cards by stage, then lane, in one pass: each stage redraws only when its own
    // cards change (a keystroke in the facilitator's window changes one card).
    let mut by_stage: HashMap<&str, Vec<StageLane>> = HashMap::new();
    {
        let lane_index: HashMap<&str, usize> = map
            .lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let mut cells: HashMap<(&str, usize), Vec<Rc<Card>>> = HashMap::new();
        for c in &map.cards {
            if let Some(&li) = lane_index.get(c.lane.as_str()) {
                cells
                    .entry((c.stage.as_str(), li))
                    .or_default()
                    .push(c.clone());
            }
        }
        for s in &map.stages {
            let lanes = map
                .lanes
                .iter()
                .enumerate()
                .filter_map(|(li, l)| Some((l.kind.clone(), cells.remove(&(s.id.as_str(), li))?)))
                .collect();
            by_stage.insert(s.id.as_str(), lanes);
        }
    }
    let toggle = {
        let by_votes = by_votes.clone();
        Callback::from(move |_| by_votes.set(!*by_votes))
    };
    let state = match map.state {
        JourneyState::Current => "As-is",
        JourneyState::Future => "To-be",
    };
    // The curve's labels at three quarters of the view's type.
    let curve_text = (fit.font * 0.75).round();

    html! {
        <div class="presenter" ref={view}>
            <header class="presenter__head">
                <div>
                    <h1 class="presenter__title">{ map.title.clone() }</h1>
                    <p class="presenter__scope">{ format!("{state}{}{}", if map.scope.is_empty() { "" } else { " · " }, map.scope) }</p>
                    { for map.personas.iter().map(|p| html! {
                        <p class="presenter__persona">
                            <strong>{ p.name.clone() }</strong>
                            if !p.quote.is_empty() { { format!(" · “{}”", p.quote) } }
                            if !p.goals.is_empty() { { format!(" · wants: {}", p.goals) } }
                        </p>
                    }) }
                </div>
                if let Some(c) = countdown {
                    <p class={classes!("presenter__clock", c.is_finished(now).then_some("presenter__clock--done"))}
                        role="timer" aria-label="Time left">{ clock_text(c.remaining(now)) }</p>
                }
                <PresenterTools back={Route::Journey { id: pid.clone(), map: mid.clone() }} />
            </header>
            if map.stages.is_empty() {
                <p class="presenter__empty">{ "The map has no stages yet." }</p>
            } else {
                <div class="presenter__scroll" tabindex="0" role="region" aria-label="The map">
                    // The curve and the stage columns share one width (styles.css): the
                    // curve is drawn for the estimated columns and scaled to the real ones.
                    <div class="presenter__track">
                        <div class="presenter__curve">
                            <EmotionCurve stages={stages.clone()} column={fit.column} height={fit.curve} text={curve_text} />
                        </div>
                        <div class="presenter__stages" ref={stages_box}>
                            { for map.stages.iter().zip(&stages).map(|(s, shown)| html! {
                                <PresenterStage key={s.id.clone()} name={shown.name.clone()}
                                    lanes={by_stage.get(s.id.as_str()).cloned().unwrap_or_default()} />
                            }) }
                        </div>
                    </div>
                </div>
            }
            <section class="presenter__voting" aria-labelledby="present-votes">
                <h2 id="present-votes">{ "Dot votes" }</h2>
                <button type="button" class="button button--small button--secondary" aria-pressed={by_votes.to_string()} onclick={toggle}>
                    { "Sort by votes" }
                </button>
                if votable.is_empty() {
                    <p>{ "No pain points or opportunities yet." }</p>
                } else {
                    <ol class="presenter__ranking">
                        { for votable.iter().map(|c| html! {
                            <li key={c.id.clone()}>
                                <span class="presenter__total">{ format!("{} dot{}", c.total_votes(), if c.total_votes() == 1 { "" } else { "s" }) }</span>
                                { format!(" {} ", c.text) }
                                <span class="meta">{ format!("· {} · {}", map.lane_of(c).map(|l| l.kind.title()).unwrap_or_default(), shown_name(&c.stage)) }</span>
                                if !c.votes.is_empty() {
                                    <span class="meta">{ format!(" ({})", c.votes.iter().map(|(p, n)| format!("{p} {n}")).collect::<Vec<_>>().join(", ")) }</span>
                                }
                            </li>
                        }) }
                    </ol>
                }
            </section>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Fit;

    #[test]
    fn the_view_fills_a_projector_and_its_type_grows_with_it() {
        let big = Fit::for_screen(1920.0, 1080.0, 5);
        assert!(big.font >= 27.0);
        assert!(5.0 * big.column >= 0.95 * 1920.0 - 2.0 * big.font);
        assert_eq!(big.curve, 281.0);
        let small = Fit::for_screen(1280.0, 720.0, 5);
        assert_eq!(small.font, 20.0);
        assert!(5.0 * small.column >= 1280.0 - 2.0 * 20.0 - 5.0);
        // Eight stages on a projector: smaller type, and every stage on the screen.
        let eight = Fit::for_screen(1920.0, 1080.0, 8);
        assert!(eight.font < big.font && eight.font >= 25.0, "{eight:?}");
        assert!(8.0 * eight.column <= 1920.0 - 2.0 * eight.font, "{eight:?}");
        // Many stages: the type stops at 16 px, columns keep a readable width and the
        // map scrolls.
        let many = Fit::for_screen(1280.0, 720.0, 30);
        assert_eq!((many.font, many.column), (16.0, 144.0));
    }
}
