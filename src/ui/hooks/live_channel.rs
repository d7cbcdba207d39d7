//! The live workshop channel between windows of this browser (`BroadcastChannel`):
//! the facilitator's edits reach the presenter window as they are typed, without
//! waiting for storage.

use crate::domain::journey::live::{LiveMessage, CHANNEL};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// This window's end of the channel; sending does nothing where the browser has no
/// `BroadcastChannel`.
#[derive(Clone)]
pub struct LiveChannel {
    channel: Rc<Option<web_sys::BroadcastChannel>>,
}

impl PartialEq for LiveChannel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.channel, &other.channel)
    }
}

impl LiveChannel {
    /// Sends a message to the other windows (never to this one).
    pub fn send(&self, msg: &LiveMessage) {
        if let Some(c) = &*self.channel {
            let _ = c.post_message(&wasm_bindgen::JsValue::from_str(&msg.write()));
        }
    }
}

/// Opens the channel for as long as the component lives; `on_message` gets every
/// readable message from other windows, with this end of the channel to answer on.
#[hook]
pub fn use_live_channel(on_message: Callback<(LiveMessage, LiveChannel)>) -> LiveChannel {
    let latest = use_mut_ref(|| on_message.clone());
    *latest.borrow_mut() = on_message;
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(CHANNEL).ok());
    {
        let channel = channel.clone();
        use_effect_with((), move |_| {
            let reply = LiveChannel {
                channel: channel.clone(),
            };
            let listener: Rc<RefCell<Option<EventListener>>> = Rc::default();
            if let Some(c) = &*channel {
                *listener.borrow_mut() = Some(EventListener::new(c, "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    if let Some(msg) = e.data().as_string().and_then(|t| LiveMessage::read(&t)) {
                        let cb = latest.borrow().clone();
                        cb.emit((msg, reply.clone()));
                    }
                }));
            }
            move || {
                listener.borrow_mut().take();
                if let Some(c) = &*channel {
                    c.close();
                }
            }
        });
    }
    LiveChannel { channel }
}
