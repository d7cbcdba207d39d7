//! A map started from a template says that its emotions, pain points and moments of
//! truth are a worked example, and offers to clear them in one undoable step.

use super::edit::MapEdit;
use crate::domain::journey::JourneyEdit;
use crate::ui::browser::focus_soon;
use yew::prelude::*;

/// Props of [`ExampleNotice`].
#[derive(Properties, PartialEq)]
pub struct ExampleNoticeProps {
    pub on_edit: Callback<MapEdit>,
}

/// The notice and its "Clear example content" button.
#[component]
pub fn ExampleNotice(props: &ExampleNoticeProps) -> Html {
    let onclick = {
        let edit = props.on_edit.clone();
        Callback::from(move |_| {
            edit.emit(MapEdit::new(JourneyEdit::ClearExample));
            // The button goes with the example: the focus goes to the map's title.
            focus_soon("map-title");
        })
    };
    html! {
        <div class="example-notice" role="group" aria-labelledby="example-notice-text">
            <p id="example-notice-text">{ "The emotions, pain points and moments of truth on this map are a worked \
                example from its template. Keep what fits, change the rest, or clear them all \
                (Undo brings them back); what you have changed is kept." }</p>
            <button type="button" class="button button--secondary button--small" {onclick}>{ "Clear example content" }</button>
        </div>
    }
}
