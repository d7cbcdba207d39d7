//! The presenter view for the projector: the diagram as large as the screen allows, the
//! dot-vote ranking beside it, no editing chrome. It follows the facilitator's window
//! over the live channel, edit by edit as they are made (see `mirror.rs`), with the
//! workshop countdown; before it has heard from the editor, and with no editor open, it
//! shows the stored workspace (which other windows of the browser read at once).

use super::picture::use_picture;
use crate::domain::fishbone::live::FishboneLiveView;
use crate::domain::fishbone::Fishbone;
use crate::domain::journey::countdown::{clock_text, Countdown};
use crate::domain::journey::live::LiveMessage;
use crate::domain::ProjectId;
use crate::ui::hooks::live_channel::{use_live_channel, LiveChannel};
use crate::ui::hooks::ticker::use_ticker;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::PresenterTools;
use std::rc::Rc;
use yew::prelude::*;

/// How long after the editor's last message a stored change is taken to come from
/// elsewhere.
const QUIET_MS: f64 = 1_500.0;

/// Props of [`FishbonePresenter`].
#[derive(Properties, PartialEq)]
pub struct FishbonePresenterProps {
    pub id: AttrValue,
    pub fishbone: AttrValue,
}

/// The diagram for a projector.
#[component]
pub fn FishbonePresenter(props: &FishbonePresenterProps) -> Html {
    let ws = use_workspace();
    let countdown = use_state(|| None::<Countdown>);
    // The diagram as heard from the editor, shown as soon as it changes.
    let live = use_mut_ref(FishboneLiveView::default);
    let heard = use_state(|| None::<Rc<Fishbone>>);
    let heard_at = use_mut_ref(|| f64::NEG_INFINITY);
    let (pid, fid) = (props.id.to_string(), props.fishbone.to_string());
    let channel = {
        let (countdown, pid, fid) = (countdown.clone(), pid.clone(), fid.clone());
        let (live, heard, heard_at) = (live.clone(), heard.setter(), heard_at.clone());
        use_live_channel(Callback::from(
            move |(msg, reply): (LiveMessage, LiveChannel)| {
                if msg.about() != (pid.as_str(), fid.as_str()) {
                    return;
                }
                match msg {
                    LiveMessage::Diagram { .. } | LiveMessage::DiagramEdit { .. } => {
                        *heard_at.borrow_mut() = js_sys::Date::now();
                        let mut view = live.borrow_mut();
                        if view.receive(msg) {
                            reply.send(&LiveMessage::Hello {
                                project: pid.clone(),
                                journey: fid.clone(),
                            });
                        } else if let Some((d, _)) = &view.diagram {
                            heard.set(Some(Rc::new(d.clone())));
                        }
                    }
                    LiveMessage::Timer { countdown: c, .. } => countdown.set(Some(c)),
                    // A facilitator's window opened: tell it the countdown the room sees.
                    LiveMessage::Hello { .. } => {
                        if let Some(c) = *countdown {
                            reply.send(&LiveMessage::Timer {
                                project: pid.clone(),
                                journey: fid.clone(),
                                countdown: c,
                            });
                        }
                    }
                    _ => {}
                }
            },
        ))
    };
    {
        let (channel, pid, fid) = (channel.clone(), pid.clone(), fid.clone());
        use_effect_with((), move |_| {
            channel.send(&LiveMessage::Hello {
                project: pid,
                journey: fid,
            })
        });
    }
    let now = use_ticker(countdown.is_some_and(|c| c.is_ticking(js_sys::Date::now())));
    let workspace = ws.workspace();
    let project_id = ProjectId(props.id.to_string());
    let stored: Option<Rc<Fishbone>> = workspace
        .project(&project_id)
        .and_then(|p| p.fishbones.iter().find(|f| f.id == props.fishbone.as_str()))
        .cloned();
    // A stored change long after the editor last spoke came from elsewhere (another tab,
    // with no editor open to pass it on): the stored diagram is the newer one then, and
    // the next edit heard asks for the whole diagram again. (The editor's own saves land
    // within a third of a second of its messages.)
    {
        let (heard, live, heard_at) = (heard.clone(), live.clone(), heard_at.clone());
        let key = stored.as_ref().map(|f| Rc::as_ptr(f) as usize);
        use_effect_with(key, move |_| {
            if heard.is_some() && js_sys::Date::now() - *heard_at.borrow() > QUIET_MS {
                *live.borrow_mut() = FishboneLiveView::default();
                heard.set(None);
            }
        });
    }
    // What the editor said, while the diagram is still there.
    let found = stored.as_ref().and((*heard).clone()).or(stored);
    let picture = use_picture(workspace.clone(), project_id, found.clone());
    // The document once per drawing, not on each tick of the countdown.
    let svg = use_memo(picture, |p| AttrValue::from(p.0.to_svg()));
    let Some(f) = found else {
        return html! {
            <main class="presenter" id="main">
                <h1>{ "Fishbone diagram not found" }</h1>
                <p>{ "It may have been removed in the facilitator's window." }</p>
            </main>
        };
    };
    let ranking = f.ranking();
    html! {
        <main class="presenter fishbone-present" id="main">
            <header class="presenter__head">
                <h1 class="presenter__title">{ if f.effect.is_empty() { "Fishbone diagram".to_string() } else { f.effect.clone() } }</h1>
                if let Some(c) = *countdown {
                    <p class={classes!("presenter__clock", c.is_finished(now).then_some("presenter__clock--done"))}
                        role="timer" aria-label="Time left">{ clock_text(c.remaining(now)) }</p>
                }
                <PresenterTools back={Route::Fishbone { id: props.id.to_string(), fishbone: props.fishbone.to_string() }} />
            </header>
            <div class="fishbone-present__body">
                <div class="fishbone-present__picture">{ Html::from_html_unchecked((*svg).clone()) }</div>
                if !ranking.is_empty() {
                    <section class="fishbone-present__votes" aria-labelledby="present-votes">
                        <h2 id="present-votes">{ "Most dots" }</h2>
                        <ol>
                            { for ranking.iter().take(10).map(|r| html! {
                                <li key={r.cause.to_string()}>
                                    { r.text.clone() }
                                    <span class="meta">{ format!(" · {} · ● {}", r.category, r.dots) }</span>
                                </li>
                            }) }
                        </ol>
                    </section>
                }
            </div>
        </main>
    }
}
