//! Controls shared by pages.

pub mod banner;
pub mod choice;
pub mod countdown_control;
pub mod csv_file;
pub mod csv_import_panel;
pub mod draft_input;
pub mod evidence;
pub mod history_bar;
pub mod kpi_figure_card;
pub mod margin_check;
pub mod presenter_tools;
pub mod project_form;
pub mod project_missing;
pub mod storage_banners;
pub mod text_file;

pub use banner::{Banner, BannerKind};
pub use countdown_control::CountdownControl;
pub use csv_import_panel::{CsvImportKind, CsvImportPanel};
pub use draft_input::{DraftInput, DraftTextarea};
pub use history_bar::HistoryBar;
pub use kpi_figure_card::KpiFigureCard;
pub use margin_check::MarginCheck;
pub use presenter_tools::PresenterTools;
pub use project_form::ProjectForm;
pub use project_missing::ProjectMissing;
pub use storage_banners::StorageBanners;
pub use text_file::{MermaidFileInput, TextFileInput};
