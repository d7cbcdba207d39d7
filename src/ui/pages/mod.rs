//! One folder a page.

pub mod backup;
pub mod journeys;
pub mod kpis;
pub mod not_found;
pub mod project;
pub mod projects;
pub mod settings;
