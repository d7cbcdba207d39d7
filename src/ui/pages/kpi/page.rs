//! The KPI page of a project.

use super::calculator::QuickCalculator;
use super::compare_datasets::CompareDatasets;
use super::contact_dataset_view::ContactDatasetView;
use super::contact_import_panel::ContactImportPanel;
use super::dataset_view::DatasetView;
use super::import_panel::SurveyImportPanel;
use super::typed_figures::TypedFigures;
use crate::domain::kpi::dataset_name::distinct_names;
use crate::domain::ProjectId;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectMissing;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`KpisPage`].
#[derive(Properties, PartialEq)]
pub struct KpisPageProps {
    pub id: AttrValue,
}

/// KPIs of one project.
#[component]
pub fn KpisPage(props: &KpisPageProps) -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };
    let titles = distinct_names(&project.datasets, workspace.settings.date_style);
    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "KPIs" }</h1>
            <p class="lead">{ "Every figure states its definition, its 95% confidence interval and how many \
                               answers it rests on, so figures stay comparable." }</p>
            if project.datasets.is_empty() && project.contact_datasets.is_empty() {
                <p class="empty">{ "No survey data yet. Import a CSV export of survey answers below, or use \
                                    the quick calculator for figures you already have." }</p>
            }
            { for project.datasets.iter().zip(titles).map(|(d, title)| html! {
                <DatasetView key={d.id.clone()} project={id.clone()} dataset={d.clone()} {title} />
            }) }
            { for project.contact_datasets.iter().map(|d| html! {
                <ContactDatasetView key={d.id.clone()} project={id.clone()} dataset={d.clone()} />
            }) }
            if let Some(p) = workspace.project_rc(&id) {
                <crate::ui::pages::complaints::ComplaintKpis project={p.clone()} />
            }
            <CompareDatasets datasets={project.datasets.clone()} />
            <SurveyImportPanel project={id.clone()} />
            <ContactImportPanel project={id.clone()} />
            <TypedFigures project={id.clone()} />
            <QuickCalculator />
        </>
    }
}
