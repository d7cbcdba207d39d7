//! The live workshop channel between windows of this browser (`BroadcastChannel`):
//! the facilitator's edits reach the presenter window as they are typed, without
//! waiting for storage.
//!
//! A window has one end of the channel, shared by every part of the page that listens
//! (an editor's mirror, its workshop countdown): a `BroadcastChannel` hears the other
//! channels of its own window too, so with one end each, every edit sent for the
//! presenter was read again by the page that sent it, and the hello of a countdown had
//! the mirror send the whole diagram to its own window.

use crate::domain::journey::live::{LiveMessage, CHANNEL};
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use yew::prelude::*;

type Listener = Callback<(LiveMessage, LiveChannel)>;

/// This window's end of the channel and who listens on it.
struct Hub {
    channel: web_sys::BroadcastChannel,
    listeners: RefCell<Vec<(usize, Rc<RefCell<Listener>>)>>,
    next: Cell<usize>,
    /// Set once the hub is in its `Rc` (the message listener holds it weakly).
    heard: RefCell<Option<EventListener>>,
}

impl Drop for Hub {
    fn drop(&mut self) {
        self.heard.borrow_mut().take();
        self.channel.close();
    }
}

thread_local! {
    /// The window's hub while anything listens.
    static HUB: RefCell<Weak<Hub>> = const { RefCell::new(Weak::new()) };
}

/// The window's hub, opened when nothing has it open; none where the browser has no
/// `BroadcastChannel`.
fn hub() -> Option<Rc<Hub>> {
    if let Some(h) = HUB.with(|h| h.borrow().upgrade()) {
        return Some(h);
    }
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
    let hub = Rc::new(Hub {
        channel,
        listeners: RefCell::default(),
        next: Cell::new(0),
        heard: RefCell::default(),
    });
    let weak = Rc::downgrade(&hub);
    let listener = EventListener::new(&hub.channel, "message", move |e| {
        let Some(hub) = weak.upgrade() else { return };
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        // Read once, whoever listens.
        let Some(msg) = e.data().as_string().and_then(|t| LiveMessage::read(&t)) else {
            return;
        };
        let reply = LiveChannel {
            hub: Some(hub.clone()),
        };
        let listeners: Vec<Listener> = hub
            .listeners
            .borrow()
            .iter()
            .map(|(_, l)| l.borrow().clone())
            .collect();
        for l in listeners {
            l.emit((msg.clone(), reply.clone()));
        }
    });
    *hub.heard.borrow_mut() = Some(listener);
    HUB.with(|h| *h.borrow_mut() = Rc::downgrade(&hub));
    Some(hub)
}

/// This window's end of the channel; sending does nothing where the browser has no
/// `BroadcastChannel`.
#[derive(Clone)]
pub struct LiveChannel {
    hub: Option<Rc<Hub>>,
}

impl PartialEq for LiveChannel {
    fn eq(&self, other: &Self) -> bool {
        match (&self.hub, &other.hub) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl LiveChannel {
    /// Sends a message to the other windows (never to this one).
    pub fn send(&self, msg: &LiveMessage) {
        if let Some(h) = &self.hub {
            let _ = h
                .channel
                .post_message(&wasm_bindgen::JsValue::from_str(&msg.write()));
        }
    }
}

/// This window's end of the channel for as long as the component lives; `on_message`
/// gets every readable message from other windows, with the channel to answer on.
#[hook]
pub fn use_live_channel(on_message: Listener) -> LiveChannel {
    let latest = use_mut_ref(|| on_message.clone());
    *latest.borrow_mut() = on_message;
    let hub = use_memo((), |_| hub());
    {
        let hub = hub.clone();
        use_effect_with((), move |_| {
            let id = (*hub).as_ref().map(|h| {
                let id = h.next.get();
                h.next.set(id + 1);
                h.listeners.borrow_mut().push((id, latest.clone()));
                id
            });
            move || {
                if let (Some(h), Some(id)) = (&*hub, id) {
                    h.listeners.borrow_mut().retain(|(i, _)| *i != id);
                }
            }
        });
    }
    LiveChannel {
        hub: (*hub).clone(),
    }
}
