//! One folder a page; a tool's folder carries the same name as its domain folder and
//! registers the tool in [`tools`].

pub mod backup;
pub mod complaints;
pub mod fishbone;
pub mod journey;
pub mod kpi;
pub mod not_found;
pub mod pdca;
pub mod project;
pub mod projects;
pub mod settings;
pub mod tools;
pub mod whys;
