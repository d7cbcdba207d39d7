//! A project's complaint log: the figures that matter today (open, overdue, due soon,
//! breaches), the form to log a complaint, the list with its search, filters and sort,
//! and the entry open beside it. Deadlines are worked out chunk by chunk and kept
//! (`DueCache`), and the list is filtered once per change of the log or the filters,
//! so a log of 50,000 entries stays quick.

use super::edit::use_log_edit;
use super::entry_list::{EntryList, Shown};
use super::entry_panel::EntryPanel;
use super::export_button::ExportCsvButton;
use super::filters::Filters;
use super::log_form::LogForm;
use crate::domain::complaints::clocks::Standing;
use crate::domain::complaints::due_cache::DueCache;
use crate::domain::complaints::model::ComplaintId;
use crate::domain::complaints::query::Query;
use crate::domain::ProjectId;
use crate::ui::browser::local_now;
use crate::ui::by_ptr::ByPtr;
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::ProjectMissing;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`ComplaintLogPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintLogPageProps {
    pub id: AttrValue,
    /// The entry open beside the list, if any.
    #[prop_or_default]
    pub entry: Option<AttrValue>,
}

/// The complaint log of one project.
#[component]
pub fn ComplaintLogPage(props: &ComplaintLogPageProps) -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let on_edit = use_log_edit(ws.clone(), id.clone());
    let settings = {
        let s = workspace.settings.complaints.clone();
        use_memo(s, |s| s.clone())
    };
    let query = use_state(Query::default);
    let cache = use_mut_ref(DueCache::default);
    let today = local_now().date();
    let project = workspace.project_rc(&id).cloned();
    let due = project.as_ref().map(|p| {
        cache
            .borrow_mut()
            .refresh(&p.complaints, &settings.scheme, &settings.holidays, today)
    });
    // Sorted once per change of the log or of the order; filtered on every keypress in
    // the search box (filtering keeps that order).
    let ordered = {
        let key = (
            project.clone().map(ByPtr),
            query.sort,
            query.descending,
            today,
            settings.clone(),
        );
        let (project, due, q) = (project.clone(), due.clone(), (*query).clone());
        use_memo(key, move |_| match (project, due) {
            (Some(p), Some(due)) => q.order(&p.complaints, &due),
            _ => Vec::new(),
        })
    };
    let shown: Rc<Shown> = {
        let key = (ByPtr(ordered.clone()), (*query).clone());
        let ordered = ordered.clone();
        use_memo(key, move |(_, q)| Rc::new(q.keep(&ordered)))
    };
    let (Some(project), Some(due)) = (project, due) else {
        return html! { <ProjectMissing /> };
    };
    let log = &project.complaints;
    let entry = props.entry.as_ref().map(|e| ComplaintId(e.to_string()));
    let open_entry = entry
        .as_ref()
        .and_then(|e| log.shared().find(|c| c.id == *e).cloned());
    let quick = |standing: Standing| {
        let query = query.clone();
        Callback::from(move |_| {
            query.set(Query {
                standing: Some(standing),
                open_only: true,
                ..(*query).clone()
            })
        })
    };
    let scheme = use_memo(settings.scheme.clone(), |s| s.clone());
    let refused = ws.state().refusal().map(str::to_string);
    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
            </p>
            <h1>{ "Complaint log" }</h1>
            <p class="lead">{ format!(
                "Complaints and feedback with their deadlines under {}. Tell one-off problems from recurring ones, and keep personal data out.",
                if settings.scheme.name.is_empty() { "the team's scheme" } else { settings.scheme.name.as_str() }
            ) }</p>
            <nav class="button-row" aria-label="Complaint log">
                <Link<Route> to={Route::ComplaintAnalysis { id: id.to_string() }} classes="button button--secondary">{ "Recurring issues" }</Link<Route>>
                <Link<Route> to={Route::ComplaintImport { id: id.to_string() }} classes="button button--secondary">{ "Import from CSV" }</Link<Route>>
                <ExportCsvButton id={props.id.clone()} />
                <Link<Route> to={Route::DataProtection} classes="button button--secondary">{ "Data protection" }</Link<Route>>
                <Link<Route> to={Route::Settings} classes="button button--quiet">{ "Scheme and categories" }</Link<Route>>
            </nav>
            if let Some(why) = refused {
                <p class="field-error" role="alert">{ why }</p>
            }
            <dl class="log-figures" aria-label="Where the log stands today">
                <div><dt>{ "Open" }</dt><dd>{ due.open }</dd></div>
                <div class="log-figures__bad"><dt><span aria-hidden="true">{ "✗ " }</span>{ "Overdue" }</dt><dd>{ due.overdue }</dd></div>
                <div><dt><span aria-hidden="true">{ "◔ " }</span>{ "Due soon" }</dt><dd>{ due.due_soon }</dd></div>
                <div><dt>{ "Deadlines missed" }</dt><dd>{ due.breaches }</dd></div>
                <div><dt>{ "In the log" }</dt><dd>{ log.len() }</dd></div>
            </dl>
            if due.overdue + due.due_soon > 0 {
                <p class="button-row">
                    if due.overdue > 0 {
                        <button type="button" class="button button--small button--secondary" onclick={quick(Standing::Overdue)}>{ "Show overdue" }</button>
                    }
                    if due.due_soon > 0 {
                        <button type="button" class="button button--small button--secondary" onclick={quick(Standing::DueSoon)}>{ "Show due soon" }</button>
                    }
                </p>
            }
            <LogForm settings={settings.clone()} on_edit={on_edit.clone()} folded={open_entry.is_some()} />
            <div class={classes!("log-columns", open_entry.is_some().then_some("log-columns--open"))}>
                <section class="log-list" aria-labelledby="list-heading">
                    <h2 id="list-heading">{ "Complaints" }</h2>
                    if log.is_empty() {
                        <p class="empty">{ "No complaints logged yet. Log one above, or import a CSV file from your ticketing tool." }</p>
                    } else {
                        <Filters query={query.clone()} categories={settings.categories.iter().map(|c| c.name.clone()).collect::<Vec<_>>()} />
                        <p class="meta" role="status">{ format!("{} of {} shown", shown.len(), log.len()) }</p>
                        if shown.is_empty() {
                            <p class="empty">{ "No complaint matches these filters." }</p>
                        } else {
                            <EntryList project={props.id.clone()} shown={(*shown).clone()} total={log.len()}
                                scheme={scheme.clone()} selected={props.entry.clone()} />
                        }
                    }
                </section>
                if let Some(c) = open_entry {
                    <EntryPanel key={c.id.to_string()} project={props.id.clone()} entry={c.clone()} settings={settings.clone()}
                        steps={workspace.settings.complaint_model.checklist()} style={workspace.settings.date_style}
                        today={today} on_edit={on_edit.clone()} />
                } else if entry.is_some() {
                    <section class="panel">
                        <p class="empty">{ "That complaint is no longer in the log (removed, erased or past its retention)." }</p>
                    </section>
                }
            </div>
        </>
    }
}
