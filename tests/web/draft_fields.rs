//! The draft fields (DraftInput, DraftTextarea) in a parent that redraws while they are
//! typed in: what is typed survives the redraw, a new saved value replaces it, and
//! leaving the field commits the raw text and then shows what was saved.

use super::settle;
use cx_workbench::ui::widgets::{DraftInput, DraftTextarea};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::prelude::*;

/// How the test drives the parent from outside: `Some(text)` saves `text`, `None` only
/// redraws; and every text the field committed.
#[derive(Clone, Default)]
struct Remote {
    drive: Rc<RefCell<Option<Callback<Option<String>>>>>,
    commits: Rc<RefCell<Vec<String>>>,
}

impl PartialEq for Remote {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.drive, &other.drive)
    }
}

#[derive(Properties, PartialEq)]
struct HostProps {
    remote: Remote,
    textarea: bool,
}

/// Holds the saved value, as a page holds the workspace: a commit is saved trimmed,
/// and an empty one is refused (nothing changes).
#[component]
fn Host(props: &HostProps) -> Html {
    let saved = use_state(|| "Acme".to_string());
    let redraws = use_state(|| 0u32);
    {
        let (saved, redraws) = (saved.clone(), redraws.clone());
        *props.remote.drive.borrow_mut() = Some(Callback::from(move |v| match v {
            Some(text) => saved.set(text),
            None => redraws.set(*redraws + 1),
        }));
    }
    // A fresh callback each redraw, as the pages make them: the field is redrawn too.
    let on_commit = {
        let (saved, commits) = (saved.clone(), props.remote.commits.clone());
        Callback::from(move |text: String| {
            commits.borrow_mut().push(text.clone());
            if !text.trim().is_empty() {
                saved.set(text.trim().to_string());
            }
        })
    };
    let value = AttrValue::from((*saved).clone());
    html! {
        <>
            <p id="redraws">{ *redraws }</p>
            if props.textarea {
                <DraftTextarea id="field" {value} {on_commit} rows={3} />
            } else {
                <DraftInput id="field" {value} {on_commit} maxlength="120" />
            }
        </>
    }
}

fn field(div: &web_sys::Element) -> web_sys::Element {
    div.query_selector("#field").unwrap().expect("the field")
}

fn shown(div: &web_sys::Element) -> String {
    js_sys::Reflect::get(&field(div), &"value".into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Types `text` into the field as a user would: the value, then an `input` event.
async fn type_text(div: &web_sys::Element, text: &str) {
    let f = field(div);
    js_sys::Reflect::set(&f, &"value".into(), &text.into()).unwrap();
    f.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
}

/// Leaves the field: a `change` event.
async fn leave(div: &web_sys::Element) {
    field(div)
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}

async fn drive(remote: &Remote, v: Option<&str>) {
    let cb = remote.drive.borrow().clone().expect("the host is drawn");
    cb.emit(v.map(str::to_string));
    settle().await;
}

async fn keeps_the_draft_through_redraws(textarea: bool) {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    let remote = Remote::default();
    let app = yew::Renderer::<Host>::with_root_and_props(
        div.clone(),
        HostProps {
            remote: remote.clone(),
            textarea,
        },
    )
    .render();
    settle().await;
    assert_eq!(shown(&div), "Acme");

    // A redraw of the parent (a save finishing, a clock) while typing keeps the typing.
    type_text(&div, "Acme Retail").await;
    drive(&remote, None).await;
    drive(&remote, None).await;
    assert_eq!(
        div.query_selector("#redraws")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "2"
    );
    assert_eq!(shown(&div), "Acme Retail");
    assert!(
        remote.commits.borrow().is_empty(),
        "nothing is saved while typing"
    );

    // A new saved value (undo, another tab) replaces the draft.
    drive(&remote, Some("Acme Ltd")).await;
    assert_eq!(shown(&div), "Acme Ltd");

    // Leaving the field hands over the raw text; the field then shows what was saved.
    type_text(&div, "  Acme Group ").await;
    drive(&remote, None).await;
    assert_eq!(shown(&div), "  Acme Group ");
    leave(&div).await;
    assert_eq!(*remote.commits.borrow(), vec!["  Acme Group ".to_string()]);
    assert_eq!(shown(&div), "Acme Group");

    // A refused commit changes nothing upstream: the saved value comes back.
    type_text(&div, "   ").await;
    leave(&div).await;
    assert_eq!(
        remote.commits.borrow().last().map(String::as_str),
        Some("   ")
    );
    assert_eq!(shown(&div), "Acme Group");

    app.destroy();
    div.remove();
}

#[wasm_bindgen_test]
async fn a_draft_input_keeps_what_is_typed_until_it_is_left() {
    keeps_the_draft_through_redraws(false).await;
}

#[wasm_bindgen_test]
async fn a_draft_textarea_keeps_what_is_typed_until_it_is_left() {
    keeps_the_draft_through_redraws(true).await;
}
