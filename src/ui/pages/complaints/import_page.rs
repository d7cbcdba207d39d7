//! Importing complaints from a CSV file (another tool's export, or this log's own): the
//! complaints' part of the generic import panel (which column holds what, how dates are
//! written), then a review of what was read, with the personal data found shown in
//! place, before anything is kept.

#[path = "import_review.rs"]
mod review;

use crate::domain::complaints::csv::{
    guess_columns, guess_date_format, ComplaintMapping, ComplaintOutcome, ComplaintRows, Field,
};
use crate::domain::complaints::model::ComplaintId;
use crate::domain::csv_import::{CsvPreview, ImportOutcome};
use crate::domain::kpi::calendar::DateFormat;
use crate::domain::ProjectId;
use crate::ui::browser::random_u64;
use crate::ui::hooks::{use_workspace, WorkspaceHandle};
use crate::ui::route::Route;
use crate::ui::widgets::csv_file::LoadedCsv;
use crate::ui::widgets::csv_import_panel::{column_select, CsvImportKind, CsvImportPanel};
use crate::ui::widgets::ProjectMissing;
use review::{ImportReview, ReadFile};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::Link;

/// What the user chose: the columns and how dates are written.
#[derive(Clone, PartialEq)]
pub struct ComplaintChoices {
    delimiter: u8,
    columns: crate::domain::complaints::csv::ComplaintColumns,
    date_format: DateFormat,
}

/// Complaints: one a row. Reading a file keeps nothing: what was read goes to the
/// page's review (`on_read`), where the user keeps it.
#[derive(PartialEq)]
pub struct ComplaintImport {
    /// The team's categories, spelled as the team spells them.
    pub categories: Vec<String>,
    pub on_read: Callback<ReadFile>,
}

/// The label of a field's column choice.
fn label(field: Field) -> &'static str {
    match field {
        Field::Received => "Date received (date, or date and time; required)",
        Field::ReceivedTime => "Time received, when in a column of its own",
        Field::Summary => "Summary of the complaint (required)",
        Field::Severity => "Severity (low, medium, high, critical)",
        Field::FirstContact => "Resolved at first contact (yes/no)",
        Field::Upheld => "Upheld (yes/no)",
        Field::Closed => "Date closed",
        other => other.header(),
    }
}

/// The fields shown at once; the rest are under "More columns".
const MAIN: [Field; 11] = [
    Field::Received,
    Field::ReceivedTime,
    Field::Channel,
    Field::Category,
    Field::Summary,
    Field::Customer,
    Field::Severity,
    Field::FirstContact,
    Field::Upheld,
    Field::Closed,
    Field::Resolution,
];

impl CsvImportKind for ComplaintImport {
    type Reader = ComplaintRows;
    type Choices = ComplaintChoices;
    const ID: &'static str = "complaint";
    const HEADING: &'static str = "Import complaints (CSV)";
    const INTRO: &'static str = "A complaint or ticket export with one complaint per row: at least the date received \
        and a summary; any of channel, category, customer reference, severity, first-contact resolution, upheld, \
        closing date and resolution. Nothing is kept until you have checked what was read.";
    const FILE_LABEL: &'static str = "Complaint file (.csv)";
    const IMPORT_LABEL: &'static str = "Read complaints";

    fn preselect(&self, preview: &CsvPreview, header_rows: usize) -> ComplaintChoices {
        let columns = guess_columns(&preview.headers);
        let received = columns.get(Field::Received).unwrap_or(0);
        ComplaintChoices {
            delimiter: preview.delimiter,
            date_format: guess_date_format(preview.data_sample(header_rows), received),
            columns,
        }
    }

    fn mapping(&self, c: &ComplaintChoices) -> ComplaintMapping {
        ComplaintMapping {
            delimiter: c.delimiter,
            columns: c.columns.clone(),
            date_format: c.date_format,
            categories: self.categories.clone(),
            ids: Rc::new(|| ComplaintId::fresh(random_u64())),
        }
    }

    fn fields(
        &self,
        preview: &CsvPreview,
        header_rows: usize,
        c: &ComplaintChoices,
        on_change: Callback<ComplaintChoices>,
    ) -> Html {
        let column = |field: Field| {
            let current = c.columns.get(field);
            let (c, on_change) = (c.clone(), on_change.clone());
            let on_pick = Callback::from(move |v: Option<usize>| {
                let mut next = c.clone();
                next.columns.set(field, v.or(field.required().then_some(0)));
                on_change.emit(next);
            });
            let id = format!("complaint-column-{}", field as usize);
            column_select(
                &id,
                label(field),
                preview,
                header_rows,
                current,
                !field.required(),
                on_pick,
            )
        };
        let on_format = {
            let (c, on_change) = (c.clone(), on_change.clone());
            Callback::from(move |e: Event| {
                let i: usize = e
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .parse()
                    .unwrap_or(0);
                let mut next = c.clone();
                next.date_format = DateFormat::ALL[i.min(DateFormat::ALL.len() - 1)];
                on_change.emit(next);
            })
        };
        let more = Field::ALL.into_iter().filter(|f| !MAIN.contains(f));
        html! {
            <div class="mapping-fields">
                { for MAIN.into_iter().map(column) }
                <div class="field field--compact">
                    <label for="complaint-date-format">{ "Dates are written as" }</label>
                    <select id="complaint-date-format" onchange={on_format}>
                        { for DateFormat::ALL.iter().enumerate().map(|(i, f)| html! {
                            <option value={i.to_string()} selected={*f == c.date_format}>{ f.label() }</option>
                        }) }
                    </select>
                    <p class="hint">{ "Dates written 2026-11-03 are read whatever is chosen." }</p>
                </div>
                <details>
                    <summary>{ "More columns (escalation, remedies, handling steps, follow-up, deadlines met)" }</summary>
                    { for more.map(column) }
                </details>
            </div>
        }
    }

    fn keep(
        &self,
        _ws: &WorkspaceHandle,
        loaded: &LoadedCsv,
        _c: &ComplaintChoices,
        outcome: &ImportOutcome<crate::domain::complaints::csv::Imported>,
    ) -> String {
        let outcome: ComplaintOutcome = outcome.clone();
        let n = outcome.counts.complaints.len();
        self.on_read.emit(ReadFile {
            file: loaded.file.clone(),
            outcome: Rc::new(outcome),
        });
        let read = match n {
            1 => "1 complaint".to_string(),
            n => format!("{n} complaints"),
        };
        format!(
            "Read {read} from {}. Nothing is kept yet: check them below, then keep them.",
            loaded.file
        )
    }
}

/// Props of [`ComplaintImportPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintImportPageProps {
    pub id: AttrValue,
}

/// Import complaints into one project's log.
#[component]
pub fn ComplaintImportPage(props: &ComplaintImportPageProps) -> Html {
    let ws = use_workspace();
    // What was read, and how many files have been, so a new file's review starts afresh.
    let read = use_state(|| None::<(u32, ReadFile)>);
    let workspace = ws.workspace();
    let id = ProjectId(props.id.to_string());
    let Some(project) = workspace.project(&id) else {
        return html! { <ProjectMissing /> };
    };
    let on_read = {
        let read = read.clone();
        Callback::from(move |file: ReadFile| {
            let serial = read.as_ref().map_or(0, |(n, _)| n + 1);
            read.set(Some((serial, file)));
        })
    };
    let settings = &workspace.settings.complaints;
    let kind = Rc::new(ComplaintImport {
        categories: settings.categories.iter().map(|c| c.name.clone()).collect(),
        on_read,
    });
    let log = Route::Complaints { id: id.to_string() };
    html! {
        <>
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={log.clone()}>{ "Complaint log" }</Link<Route>>
            </p>
            <h1>{ "Import complaints" }</h1>
            <p class="lead">{ "Bring in complaints logged in another tool. Personal data found in what was read is \
                               shown before anything is kept, and can be redacted in the same step." }</p>
            <CsvImportPanel<ComplaintImport> {kind} />
            if let Some((serial, file)) = &*read {
                <ImportReview key={serial.to_string()} project={id.clone()} read={file.clone()} />
            }
            <p><Link<Route> to={log}>{ "Back to the complaint log" }</Link<Route>></p>
        </>
    }
}
