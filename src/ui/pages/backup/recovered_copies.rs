//! Copies of stored data that could not be read, kept untouched on this device.

use crate::domain::dates::{show_bytes, show_iso_time};
use crate::ui::downloads::download_unreadable;
use crate::ui::hooks::{use_storage, use_workspace};
use yew::prelude::*;

/// Lists recovered copies, with download and remove.
#[component]
pub fn RecoveredCopies() -> Html {
    let (_, control) = use_storage();
    let style = use_workspace().workspace().settings.date_style;
    let refresh = use_force_update();
    let copies = control.recovered_copies();
    if copies.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel" aria-labelledby="recovered-heading">
            <h2 id="recovered-heading">{ "Recovered copies" }</h2>
            <p>{ "Stored data this version could not read was moved here untouched. Download a copy to keep \
                  it; remove it to free space." }</p>
            <ul class="plain-list">
                { for copies.into_iter().map(|c| {
                    let on_download = {
                        let (control, key) = (control.clone(), c.key.clone());
                        Callback::from(move |_| {
                            if let Some(text) = control.read_key(&key) {
                                let _ = download_unreadable(&key, &text);
                            }
                        })
                    };
                    let on_remove = {
                        let (control, key, refresh) = (control.clone(), c.key.clone(), refresh.clone());
                        Callback::from(move |_| {
                            let _ = control.remove_key(&key);
                            refresh.force_update();
                        })
                    };
                    let when = show_iso_time(&c.moved_at, style);
                    html! {
                        <li key={c.key.clone()} class="recovered">
                            <span>{ format!("Moved aside {when} ({})", show_bytes(2 * c.size as u64)) }</span>
                            <button type="button" class="button button--secondary" onclick={on_download}
                                aria-label={format!("Download the copy moved aside {when}")}>{ "Download" }</button>
                            <button type="button" class="button button--warning" onclick={on_remove}
                                aria-label={format!("Remove the copy moved aside {when}")}>{ "Remove" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
