//! The live channel's one end per window: two parts of a page that listen (as an
//! editor's mirror and its workshop countdown do) do not hear each other, and a message
//! from another window reaches both.

use cx_workbench::domain::journey::live::{LiveMessage, CHANNEL};
use cx_workbench::ui::hooks::live_channel::{use_live_channel, LiveChannel};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

/// What each listener heard, by its name; and the channel of the first, to send on.
#[derive(Clone, Default)]
struct Ears {
    heard: Rc<RefCell<Vec<(String, LiveMessage)>>>,
    sender: Rc<RefCell<Option<LiveChannel>>>,
}

impl PartialEq for Ears {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.heard, &other.heard)
    }
}

#[derive(Properties, PartialEq)]
struct EarProps {
    name: AttrValue,
    ears: Ears,
}

#[component]
fn Ear(props: &EarProps) -> Html {
    let (name, heard) = (props.name.to_string(), props.ears.heard.clone());
    let channel = use_live_channel(Callback::from(
        move |(msg, _): (LiveMessage, LiveChannel)| heard.borrow_mut().push((name.clone(), msg)),
    ));
    if props.name == "mirror" {
        *props.ears.sender.borrow_mut() = Some(channel);
    }
    html! { <p>{ props.name.clone() }</p> }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    ears: Ears,
}

#[component]
fn Page(props: &PageProps) -> Html {
    html! {
        <>
            <Ear name="mirror" ears={props.ears.clone()} />
            <Ear name="countdown" ears={props.ears.clone()} />
        </>
    }
}

/// Every readable message `channel` hears, as it hears them.
pub fn hear(
    channel: &web_sys::BroadcastChannel,
) -> (Rc<RefCell<Vec<LiveMessage>>>, gloo::events::EventListener) {
    let heard: Rc<RefCell<Vec<LiveMessage>>> = Rc::default();
    let sink = heard.clone();
    let listener = gloo::events::EventListener::new(channel, "message", move |e| {
        let text = e
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|m| m.data().as_string())
            .unwrap_or_default();
        if let Some(msg) = LiveMessage::read(&text) {
            sink.borrow_mut().push(msg);
        }
    });
    (heard, listener)
}

fn hello(project: &str) -> LiveMessage {
    LiveMessage::Hello {
        project: project.into(),
        journey: "f".into(),
    }
}

async fn wait_for(ears: &Ears, n: usize) {
    for _ in 0..50 {
        if ears.heard.borrow().len() >= n {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    // Time for anything else to arrive.
    gloo_timers::future::TimeoutFuture::new(40).await;
}

#[wasm_bindgen_test]
async fn the_parts_of_a_page_share_one_end_of_the_live_channel() {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    let ears = Ears::default();
    let app =
        yew::Renderer::<Page>::with_root_and_props(div.clone(), PageProps { ears: ears.clone() })
            .render();
    super::settle().await;
    // The presenter window stands apart: a channel of its own.
    let presenter = web_sys::BroadcastChannel::new(CHANNEL).unwrap();
    let (at_presenter, _listener) = hear(&presenter);

    // Sent by one part of the page: the presenter hears it, the other part does not.
    let sender = ears.sender.borrow().clone().expect("the mirror's channel");
    sender.send(&hello("from the editor"));
    for _ in 0..50 {
        if !at_presenter.borrow().is_empty() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    wait_for(&ears, 1).await;
    assert_eq!(*at_presenter.borrow(), vec![hello("from the editor")]);
    assert_eq!(*ears.heard.borrow(), vec![]);

    // Sent by the presenter: both parts hear it, once each.
    presenter
        .post_message(&wasm_bindgen::JsValue::from_str(
            &hello("from the presenter").write(),
        ))
        .unwrap();
    wait_for(&ears, 2).await;
    let mut heard = ears.heard.borrow().clone();
    heard.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        heard,
        vec![
            ("countdown".to_string(), hello("from the presenter")),
            ("mirror".to_string(), hello("from the presenter")),
        ]
    );
    presenter.close();
    app.destroy();
    div.remove();
}
