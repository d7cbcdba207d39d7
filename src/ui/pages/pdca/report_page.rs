//! A cycle's evidence report (STAR), printable on A4, with its Markdown to download.
//! The domain builds the report as blocks; this page draws them, with the fishbone
//! picture and the run chart where the report names them.

use crate::domain::file_stem::file_stem;
use crate::domain::pdca::report::{report, to_markdown, Block, Picture};
use crate::domain::ProjectId;
use crate::ui::browser::{download_text, now};
use crate::ui::hooks::use_workspace;
use crate::ui::pages::fishbone::picture_svg;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ReportPage`].
#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub id: AttrValue,
    pub cycle: AttrValue,
}

/// The report page.
#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let error = use_state(|| None::<String>);
    let project = workspace.project(&ProjectId(props.id.to_string()));
    let Some((project, cycle)) = project.and_then(|p| p.pdca_cycle(&props.cycle).map(|c| (p, c)))
    else {
        return html! {
            <>
                <h1>{ "PDCA plan not found" }</h1>
                <p><Link<Route> to={Route::PdcaList { id: props.id.to_string() }}>{ "Go to the project's PDCA plans" }</Link<Route>></p>
            </>
        };
    };
    let r = report(project, cycle, now().date_naive());
    let on_markdown = {
        let (text, name, error) = (
            to_markdown(&r),
            file_stem(&r.title, 10, "evidence-report"),
            error.clone(),
        );
        Callback::from(move |_| {
            error.set(download_text(&format!("{name}.md"), &text, "text/markdown").err())
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let block = |b: &Block| -> Html {
        match b {
            Block::Heading(2, t) => html! { <h2>{ t.clone() }</h2> },
            Block::Heading(_, t) => html! { <h3>{ t.clone() }</h3> },
            Block::Para(t) => html! { <p>{ t.clone() }</p> },
            Block::List(items) => {
                html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> }
            }
            Block::Table { headers, rows } => html! {
                <div class="table-scroll"><table class="report-table">
                    <thead><tr>{ for headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().map(|row| html! {
                        <tr>{ for row.iter().enumerate().map(|(i, c)| if i == 0 {
                            html! { <th scope="row">{ c.clone() }</th> }
                        } else {
                            html! { <td>{ c.clone() }</td> }
                        }) }</tr>
                    }) }</tbody>
                </table></div>
            },
            // Both SVGs come from the domain, which escapes every piece of user text.
            Block::Picture(Picture::Fishbone(id)) => match project.fishbone(id) {
                Some(f) => {
                    html! { <div class="report-picture">{ Html::from_html_unchecked(AttrValue::from(picture_svg(project, f, true))) }</div> }
                }
                None => html! { <p>{ "(The fishbone diagram is no longer in the project.)" }</p> },
            },
            Block::Picture(Picture::RunChart(svg)) => html! {
                <div class="report-picture">{ Html::from_html_unchecked(AttrValue::from(svg.clone())) }</div>
            },
        }
    };
    html! {
        <div class="pdca-report">
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: props.id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::PdcaList { id: props.id.to_string() }}>{ "PDCA plans" }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::Pdca { id: props.id.to_string(), cycle: props.cycle.to_string() }}>{ cycle.title.clone() }</Link<Route>>
            </p>
            <h1>{ r.title.clone() }</h1>
            <div class="export-bar">
                <button type="button" class="button button--secondary button--small" onclick={on_markdown}>{ "Download Markdown" }</button>
                <button type="button" class="button button--secondary button--small" onclick={on_print}>{ "Print (A4)" }</button>
                if let Some(e) = &*error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
            </div>
            { for r.blocks.iter().map(block) }
        </div>
    }
}
