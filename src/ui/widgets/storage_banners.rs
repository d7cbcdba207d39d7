//! Banners about storage: data that could not be read at start-up, a save that failed,
//! another tab's changes. Each says what happened, what is safe, and what to do.

use crate::domain::dates::show_bytes;
use crate::storage::repository::StartupProblem;
use crate::storage::StoreError;
use crate::ui::downloads::download_unreadable;
use crate::ui::hooks::use_storage;
use crate::ui::widgets::{Banner, BannerKind};
use yew::prelude::*;

/// Every storage banner that applies now.
#[component]
pub fn StorageBanners() -> Html {
    let (status, control) = use_storage();
    let download = |key: String| {
        let control = control.clone();
        Callback::from(move |_| {
            if let Some(text) = control.read_key(&key) {
                let _ = download_unreadable(&key, &text);
            }
        })
    };
    let startup = status.startup_problem.as_ref().map(|problem| match problem {
        StartupProblem::MovedAside { key, reason } => {
            let dismiss = { let c = control.clone(); Callback::from(move |_| c.dismiss_startup_problem()) };
            html! {
                <Banner kind={BannerKind::Error} title="The work stored in this browser could not be read">
                    <p>{ format!("Reason: {reason}.") }</p>
                    <p>{ "The stored data has been kept, untouched, as a separate copy, and nothing has been \
                          written over it. The app has started with an empty workspace. Download the copy to \
                          keep it or to send it for help; recovered copies are listed on the Backup page." }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={download(key.clone())}>
                            { "Download the unreadable data" }</button>
                        <button type="button" class="button button--secondary" onclick={dismiss}>{ "Dismiss" }</button>
                    </div>
                </Banner>
            }
        }
        StartupProblem::ProjectsMovedAside(moved) => {
            let dismiss = { let c = control.clone(); Callback::from(move |_| c.dismiss_startup_problem()) };
            html! {
                <Banner kind={BannerKind::Error} title={if moved.len() == 1 {
                    "One project stored in this browser could not be read".to_string()
                } else {
                    format!("{} projects stored in this browser could not be read", moved.len())
                }}>
                    <ul>
                        { for moved.iter().map(|m| html! {
                            <li>{ format!("\u{201c}{}\u{201d}: {}.", m.name, m.reason) }</li>
                        }) }
                    </ul>
                    <p>{ "Every other project opened as usual. What could be found of these was kept, untouched, \
                          as recovered copies (Backup page), and nothing has been written over it." }</p>
                    <div class="button-row">
                        { for moved.iter().filter_map(|m| {
                            let key = m.copy.clone()?;
                            Some(html! {
                                <button type="button" class="button" onclick={download(key)}>
                                    { format!("Download \u{201c}{}\u{201d}", m.name) }</button>
                            })
                        }) }
                        <button type="button" class="button button--secondary" onclick={dismiss}>{ "Dismiss" }</button>
                    </div>
                </Banner>
            }
        }
        StartupProblem::LeftInPlace { key, reason, error } => {
            let discard = { let c = control.clone(); Callback::from(move |_| c.discard_unreadable()) };
            html! {
                <Banner kind={BannerKind::Error} title="The work stored in this browser could not be read">
                    <p>{ format!("Reason: {reason}.") }</p>
                    <p>{ format!("It could not be copied aside either ({error}), so it has been left where it \
                          was and saving is paused: nothing you do now will be written over it.") }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={download(key.clone())}>
                            { "Download the unreadable data" }</button>
                        <button type="button" class="button button--warning" onclick={discard}>
                            { "Discard it and start saving again" }</button>
                    </div>
                </Banner>
            }
        }
        StartupProblem::Unavailable(e) => html! {
            <Banner kind={BannerKind::Error} title="This browser will not let CX Workbench store anything">
                <p>{ format!("Reason: {e}. Your work lives only in this tab until you download a backup \
                              (Backup page). Check that site data is allowed for this address.") }</p>
            </Banner>
        },
    });
    let save_error = status.save_error.as_ref().map(|e| {
        let retry = { let c = control.clone(); Callback::from(move |_| c.retry()) };
        let what_to_do = match e {
            StoreError::QuotaExceeded => format!(
                "Your work is safe in this tab, and you can still download a backup. To free space, \
                 download a backup, then delete projects you no longer need or remove recovered \
                 copies (Backup page). CX Workbench uses {} of the browser's storage for this site.",
                show_bytes(control.bytes_used() as u64)
            ),
            StoreError::Unavailable(_) => "Your work is safe in this tab. Download a backup from the Backup page \
                 so it is not lost when the tab closes.".to_string(),
        };
        html! {
            <Banner kind={BannerKind::Error} title={format!("Your latest changes could not be saved: {e}")}>
                <p>{ what_to_do }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={retry}>{ "Try saving again" }</button>
                </div>
            </Banner>
        }
    });
    let conflict = status.conflict.then(|| {
        let theirs = { let c = control.clone(); Callback::from(move |_| c.load_theirs()) };
        let mine = { let c = control.clone(); Callback::from(move |_| c.keep_mine()) };
        html! {
            <Banner kind={BannerKind::Warning} title="This workspace was changed in another tab">
                <p>{ "Another tab saved changes while this tab had changes of its own that were not yet \
                      saved. Nothing has been overwritten, and saving here is paused until you choose." }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={theirs}>
                        { "Load the other tab's version" }</button>
                    <button type="button" class="button button--secondary" onclick={mine}>
                        { "Keep this tab's version" }</button>
                </div>
                <p class="hint">{ "Loading the other version can be undone. Keeping this tab's version replaces \
                                   what the other tab saved." }</p>
            </Banner>
        }
    });
    let foreign = status.foreign_unreadable.as_ref().map(|e| {
        let mine = { let c = control.clone(); Callback::from(move |_| c.keep_mine()) };
        let download_stored = {
            let c = control.clone();
            Callback::from(move |_| {
                if let Some(text) = c.stored_for_download() {
                    let _ = download_unreadable("stored-data", &text);
                }
            })
        };
        html! {
            <Banner kind={BannerKind::Warning} title="Another tab saved data this tab cannot read">
                <p>{ format!("Reason: {e}. Saving here is paused so that nothing is overwritten.") }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={download_stored}>
                        { "Download what the other tab saved" }</button>
                    <button type="button" class="button button--warning" onclick={mine}>
                        { "Keep this tab's version" }</button>
                </div>
            </Banner>
        }
    });
    let copied = status.copied_aside.as_ref().map(|_| html! {
        <Banner kind={BannerKind::Info} title="What the other tab saved was kept as a recovered copy">
            <p>{ "This version could not read it, so it was copied aside before this tab's version was \
                  saved. It is listed under Recovered copies on the Backup page." }</p>
        </Banner>
    });
    let erased = status.erased_elsewhere.then(|| {
        html! {
            <Banner kind={BannerKind::Info} title="All data was erased in another tab">
                <p>{ "This tab has been emptied too." }</p>
            </Banner>
        }
    });
    html! {
        <div class="banners">
            { for startup }{ for save_error }{ for conflict }{ for foreign }{ for copied }{ for erased }
        </div>
    }
}
