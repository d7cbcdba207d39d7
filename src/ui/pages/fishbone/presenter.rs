//! The presenter view for the projector: the diagram as large as the screen allows, the
//! dot-vote ranking beside it, no editing chrome. It follows the facilitator's window
//! through the stored workspace (each edit is saved within a third of a second, and
//! other windows of the browser read it at once), so it needs nothing but the address.

use super::picture::picture_svg;
use crate::domain::ProjectId;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

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
    let workspace = ws.workspace();
    let project = workspace.project(&ProjectId(props.id.to_string()));
    let Some((project, f)) = project.and_then(|p| p.fishbone(&props.fishbone).map(|f| (p, f)))
    else {
        return html! {
            <main class="presenter" id="main">
                <h1>{ "Fishbone diagram not found" }</h1>
                <p>{ "It may have been removed in the facilitator's window." }</p>
            </main>
        };
    };
    let svg = picture_svg(project, f, false);
    let ranking = f.ranking();
    html! {
        <main class="presenter fishbone-present" id="main">
            <h1 class="presenter__title">{ if f.effect.is_empty() { "Fishbone diagram".to_string() } else { f.effect.clone() } }</h1>
            <div class="fishbone-present__body">
                <div class="fishbone-present__picture">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
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
            <p class="presenter__back">
                <Link<Route> to={Route::Fishbone { id: props.id.to_string(), fishbone: props.fishbone.to_string() }}>
                    { "Back to the editor" }
                </Link<Route>>
            </p>
        </main>
    }
}
