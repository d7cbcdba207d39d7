//! The journey pain point a diagram analyses, in words, with a link to its map.

use crate::domain::fishbone::PainPointLink;
use crate::domain::Project;
use crate::ui::route::Route;
use crate::ui::widgets::evidence::short;
use yew::prelude::*;
use yew_router::prelude::Link;

/// The line under the problem statement when the diagram started from a pain point.
pub fn source_line(project: &Project, id: &str, source: Option<&PainPointLink>) -> Html {
    let Some(s) = source else {
        return Html::default();
    };
    let Some(map) = project.journey(&s.journey) else {
        let stage = if s.stage.is_empty() {
            String::new()
        } else {
            format!(" at stage {}", s.stage)
        };
        return html! {
            <p class="fb-source">{ format!("Analyses a pain point{stage}: the map is no longer there.") }</p>
        };
    };
    let card = map.card(&s.card);
    let stage = card.map_or(s.stage.clone(), |c| map.stage_name(&c.stage).to_string());
    let to = Route::Journey {
        id: id.to_string(),
        map: map.id.to_string(),
    };
    html! {
        <p class="fb-source">
            { match card {
                Some(c) => format!("Analyses the pain point “{}” at stage {stage} on map ", short(&c.text)),
                None => format!("Analyses a pain point (no longer on the map) at stage {stage} on map "),
            } }
            <Link<Route> to={to}>{ map.title.clone() }</Link<Route>>
            { "." }
        </p>
    }
}
