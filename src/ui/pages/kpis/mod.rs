//! A project's KPIs: the quick calculator, survey imports and the figures they give.

mod calculator;
mod compare_datasets;
mod compare_periods;
mod contact_dataset_view;
mod contact_import_panel;
mod dataset_view;
mod date_format_select;
mod import_panel;
mod page;
mod typed_figures;

pub use page::KpisPage;
