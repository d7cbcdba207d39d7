//! The complaint log's figures in the project's KPI set: on the KPI page, the log's
//! first-contact resolution, escalation and upheld rates, days to close, the share
//! closed within the deadline and the complaint rate, by month, with a link to the
//! log's own analysis for other periods, channels and dates.

use super::analysis_page::LogKpis;
use crate::domain::complaints::analysis::{contacts_by_period, figures_by_period};
use crate::domain::complaints::clocks::final_deadline;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::Project;
use crate::ui::by_ptr::ByPtr;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ComplaintKpis`].
#[derive(Properties, Clone)]
pub struct ComplaintKpisProps {
    pub project: Rc<Project>,
}

impl PartialEq for ComplaintKpisProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.project, &other.project)
    }
}

/// The log's figures by month, for the KPI page; nothing when the log is empty.
#[component]
pub fn ComplaintKpis(props: &ComplaintKpisProps) -> Html {
    let ws = use_workspace();
    let settings = ws.workspace().settings.complaints.clone();
    let figures = {
        let key = (ByPtr(props.project.clone()), settings.clone());
        use_memo(key, |(p, s)| {
            let p = &p.0;
            let contacts = contacts_by_period(&p.contact_datasets, Granularity::Month);
            figures_by_period(
                p.complaints.iter(),
                Granularity::Month,
                &|c| final_deadline(c, &s.scheme, &s.holidays),
                &contacts,
            )
        })
    };
    if props.project.complaints.is_empty() {
        return html! {};
    }
    let id = props.project.id.to_string();
    html! {
        <section class="panel" aria-labelledby="complaint-kpis-heading">
            <h2 id="complaint-kpis-heading">{ "From the complaint log" }</h2>
            <p>
                { format!("{} complaints in the log. ", props.project.complaints.len()) }
                <Link<Route> to={Route::ComplaintAnalysis { id: id.clone() }}>{ "Other periods, channels and dates" }</Link<Route>>
            </p>
            <LogKpis project={AttrValue::from(id)} figures={(*figures).clone()} by={Granularity::Month}
                has_contacts={!props.project.contact_datasets.is_empty()} scheme={settings.scheme.name.clone()} />
        </section>
    }
}
