//! How much this device stores for the app, against what the browser allows.

use crate::domain::dates::{show_bytes, show_percent};
use crate::storage::local::estimate;
use crate::ui::hooks::{use_storage, use_workspace};
use yew::prelude::*;

/// localStorage is limited to 5,242,880 UTF-16 code units of keys and values per site
/// in Chromium and Firefox: 10 MiB at the two bytes a unit that `bytes_used` counts.
/// (What is stored is compressed, so that holds several times as much plain JSON.)
const LOCAL_STORAGE_LIMIT_BYTES: u64 = 2 * 5_242_880;

/// The storage section of Settings.
#[component]
pub fn StorageUsage() -> Html {
    let (_, control) = use_storage();
    let ws = use_workspace();
    let estimate_state = use_state(|| None::<(f64, f64)>);
    {
        let estimate_state = estimate_state.clone();
        use_effect_with(ws.state().revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                estimate_state.set(estimate().await);
            });
        });
    }
    let used = control.bytes_used() as u64;
    html! {
        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{ "Storage on this device" }</h2>
            <p>{ format!("Your workspace takes {} of browser storage, about {} of the roughly {} a \
                          browser allows each site.", show_bytes(used), show_percent(used, LOCAL_STORAGE_LIMIT_BYTES),
                          show_bytes(LOCAL_STORAGE_LIMIT_BYTES)) }</p>
            <meter min="0" max={LOCAL_STORAGE_LIMIT_BYTES.to_string()} value={used.to_string()}
                aria-label="Share of browser storage used" />
            if let Some((usage, quota)) = *estimate_state {
                <p class="hint">{ format!("The browser reports {} stored for this site in all (including the \
                                          offline copy of the app) out of {} it may use.", show_bytes(usage as u64), show_bytes(quota as u64)) }</p>
            }
        </section>
    }
}
