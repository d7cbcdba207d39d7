//! Importing contact records (a telephony or ticketing report): the contacts' part of
//! the generic import panel (date, breakdown, resolved, handling-time and escalation
//! columns, how FCR was decided) and the dataset it keeps.

use super::date_format_select::date_format_select;
use crate::domain::csv_import::{
    choose_breakdown_column, guess_by_name, CsvPreview, ImportOutcome,
};
use crate::domain::kpi::calendar::DateFormat;
use crate::domain::kpi::contacts::{ContactCounts, ContactDataset, ContactMapping, ContactRows};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::{now, random_u32};
use crate::ui::hooks::WorkspaceHandle;
use crate::ui::widgets::csv_file::LoadedCsv;
use crate::ui::widgets::csv_import_panel::{column_select, CsvImportKind, CsvImportPanel};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The choices beyond the columns.
#[derive(Clone, PartialEq)]
pub struct ContactChoices {
    mapping: ContactMapping,
    /// Repeat-contact window in days, or `None` when FCR was asked of customers.
    window: Option<u32>,
    /// Talk, hold and after-contact-work columns (added up into the handling time).
    handle: [Option<usize>; 3],
}

/// Contact records: one contact a row.
#[derive(PartialEq)]
pub struct ContactImport {
    pub project: ProjectId,
}

impl CsvImportKind for ContactImport {
    type Reader = ContactRows;
    type Choices = ContactChoices;
    const ID: &'static str = "contact";
    const HEADING: &'static str = "Import contact records (CSV)";
    const INTRO: &'static str = "A telephony or ticketing report with one contact per row: a date and any of resolved-first-time, \
        talk, hold and after-contact work times, escalated. Only sums per day are kept.";
    const FILE_LABEL: &'static str = "Contact report (.csv)";
    const IMPORT_LABEL: &'static str = "Import contacts";

    fn preselect(&self, preview: &CsvPreview, header_rows: usize) -> ContactChoices {
        let h = &preview.headers;
        let date_column = guess_by_name(h, &["date", "time"]).unwrap_or(0);
        ContactChoices {
            mapping: ContactMapping {
                delimiter: preview.delimiter,
                date_column,
                date_format: DateFormat::YearMonthDay,
                segment_column: choose_breakdown_column(preview, header_rows, &[date_column]),
                resolved_column: guess_by_name(h, &["resolved", "fcr", "first"]),
                handle_columns: Vec::new(),
                escalated_column: guess_by_name(h, &["escalat"]),
            },
            window: Some(7),
            handle: [
                guess_by_name(h, &["talk", "handl"]),
                guess_by_name(h, &["hold"]),
                guess_by_name(h, &["wrap", "after"]),
            ],
        }
    }

    fn mapping(&self, c: &ContactChoices) -> ContactMapping {
        ContactMapping {
            handle_columns: c.handle.iter().flatten().copied().collect(),
            ..c.mapping.clone()
        }
    }

    fn fields(
        &self,
        preview: &CsvPreview,
        header_rows: usize,
        c: &ContactChoices,
        on_change: Callback<ContactChoices>,
    ) -> Html {
        let column = |id: &str,
                      label: &str,
                      current: Option<usize>,
                      set: fn(&mut ContactChoices, Option<usize>)| {
            let (c, on_change) = (c.clone(), on_change.clone());
            let on_pick = Callback::from(move |v: Option<usize>| {
                let mut next = c.clone();
                set(&mut next, v);
                on_change.emit(next);
            });
            column_select(id, label, preview, header_rows, current, true, on_pick)
        };
        let m = &c.mapping;
        let on_format = {
            let (c, on_change) = (c.clone(), on_change.clone());
            Callback::from(move |f: DateFormat| {
                let mut next = c.clone();
                next.mapping.date_format = f;
                on_change.emit(next);
            })
        };
        let on_window = {
            let (c, on_change) = (c.clone(), on_change.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                let mut next = c.clone();
                next.window = v.parse().ok();
                on_change.emit(next);
            })
        };
        html! {
            <div class="mapping-fields">
                { column("contact-date", "Date column", Some(m.date_column), |c, v| c.mapping.date_column = v.unwrap_or(0)) }
                { date_format_select("contact-date-format", m.date_format, on_format) }
                { column("contact-segment", "Break down by (team, channel…)", m.segment_column, |c, v| c.mapping.segment_column = v) }
                { column("contact-resolved", "Resolved at first contact (yes/no)", m.resolved_column, |c, v| c.mapping.resolved_column = v) }
                { column("contact-talk", "Talk time", c.handle[0], |c, v| c.handle[0] = v) }
                { column("contact-hold", "Hold time", c.handle[1], |c, v| c.handle[1] = v) }
                { column("contact-wrap", "After-contact work", c.handle[2], |c, v| c.handle[2] = v) }
                { column("contact-escalated", "Escalated (yes/no)", m.escalated_column, |c, v| c.mapping.escalated_column = v) }
                <div class="field field--compact">
                    <label for="contact-fcr-method">{ "First contact resolution was decided" }</label>
                    <select id="contact-fcr-method" onchange={on_window}>
                        <option value="survey" selected={c.window.is_none()}>{ "by asking customers (survey)" }</option>
                        { for [3u32, 7, 14, 30].into_iter().map(|d| html! {
                            <option value={d.to_string()} selected={c.window == Some(d)}>
                                { format!("by no repeat contact within {d} days") }</option>
                        }) }
                    </select>
                </div>
            </div>
        }
    }

    fn keep(
        &self,
        ws: &WorkspaceHandle,
        loaded: &LoadedCsv,
        c: &ContactChoices,
        outcome: &ImportOutcome<ContactCounts>,
    ) -> String {
        let dataset = ContactDataset {
            id: format!(
                "c{:08x}{:08x}",
                js_sys::Date::now() as u64 & 0xffff_ffff,
                random_u32()
            ),
            name: loaded.file.clone(),
            imported_at: now(),
            segment_label: c
                .mapping
                .segment_column
                .and_then(|i| loaded.preview.headers.get(i).cloned())
                .unwrap_or_default(),
            fcr_window_days: c.window,
            counts: outcome.counts.clone(),
            skipped_rows: outcome.problem_count,
            definitions: ContactDataset::current_definitions(),
        };
        ws.apply(Action::AddContactDataset {
            project: self.project.clone(),
            dataset,
            at: now(),
        });
        format!(
            "Imported {} contacts from {}.{}",
            outcome.rows_counted,
            loaded.file,
            outcome
                .footer_note()
                .map(|n| format!(" {n}"))
                .unwrap_or_default()
        )
    }
}

/// Props of [`ContactImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ContactImportPanelProps {
    pub project: ProjectId,
}

/// The contact import section.
#[component]
pub fn ContactImportPanel(props: &ContactImportPanelProps) -> Html {
    let kind = Rc::new(ContactImport {
        project: props.project.clone(),
    });
    html! { <CsvImportPanel<ContactImport> {kind} /> }
}
