//! "Erase all data on this device": offers a last backup first, then asks to confirm.
//! Erasing cannot be undone, by design: it is how a shared computer is cleared.

use crate::ui::browser::focus_by_id;
use crate::ui::downloads::download_workspace;
use crate::ui::hooks::{use_storage, use_workspace};
use crate::ui::widgets::{Banner, BannerKind};
use yew::prelude::*;

/// The erase section of Settings.
#[component]
pub fn ErasePanel() -> Html {
    let ws = use_workspace();
    let (_, control) = use_storage();
    let asking = use_state(|| false);
    let result = use_state(|| None::<Result<(), String>>);
    let on_start = {
        let (asking, result) = (asking.clone(), result.clone());
        Callback::from(move |_| {
            result.set(None);
            asking.set(true);
        })
    };
    use_effect_with(*asking, |asking| {
        if *asking {
            focus_by_id("erase-backup");
        }
    });
    use_effect_with(result.is_some(), |shown| {
        if *shown {
            focus_by_id("erase-result");
        }
    });
    let on_backup = {
        let (ws, result) = (ws.clone(), result.clone());
        Callback::from(move |_| {
            if let Err(e) = download_workspace(&ws.workspace()) {
                result.set(Some(Err(e)));
            }
        })
    };
    let on_cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let on_erase = {
        let (asking, result, control) = (asking.clone(), result.clone(), control.clone());
        Callback::from(move |_| {
            result.set(Some(control.erase_all().map_err(|e| e.to_string())));
            asking.set(false);
        })
    };
    let n = ws.workspace().projects.len();
    let outcome = match &*result {
        Some(Ok(())) => html! {
            <Banner id="erase-result" kind={BannerKind::Success} title="All CX Workbench data on this device was erased." />
        },
        Some(Err(e)) => {
            html! { <Banner id="erase-result" kind={BannerKind::Error} title={format!("Could not erase: {e}")} /> }
        }
        None => html! {},
    };
    html! {
        <section class="panel panel--danger" aria-labelledby="erase-heading">
            <h2 id="erase-heading">{ "Erase all data on this device" }</h2>
            <p>{ "Removes every project, setting and recovered copy CX Workbench keeps in this browser. \
                  Other sites' data is not touched. This cannot be undone." }</p>
            { outcome }
            if *asking {
                <div class="confirm" role="group" aria-labelledby="erase-confirm-title">
                    <p id="erase-confirm-title"><strong>{ format!("Erase {n} {} and all settings?",
                        if n == 1 { "project" } else { "projects" }) }</strong></p>
                    <p>{ "Download a backup first if you may need this work again." }</p>
                    <div class="button-row">
                        <button id="erase-backup" type="button" class="button" onclick={on_backup}>{ "Download a last backup" }</button>
                        <button type="button" class="button button--danger" onclick={on_erase}>{ "Erase everything" }</button>
                        <button type="button" class="button button--secondary" onclick={on_cancel}>{ "Cancel" }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="button button--danger" onclick={on_start}>{ "Erase all data on this device…" }</button>
            }
        </section>
    }
}
