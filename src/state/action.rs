//! Every change a user can make to the workspace.

use crate::domain::complaints::category_rename::logged_under;
use crate::domain::complaints::edit::ComplaintEdit;
use crate::domain::edit::PartEdit;
use crate::domain::fishbone::{Fishbone, FishboneEdit, FishboneId};
use crate::domain::journey::{CardId, JourneyEdit, JourneyId, JourneyMap};
use crate::domain::kpi::contacts::ContactDataset;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::edit::SurveyEdit;
use crate::domain::pdca::{PdcaCycle, PdcaEdit, PdcaId};
use crate::domain::whys::{WhysAnalysis, WhysEdit, WhysId};
use crate::domain::{Project, ProjectId, ProjectText, Settings, Workspace};
use chrono::{DateTime, Utc};

/// A change to the workspace. Actions carry their own ids and times so that applying
/// one is a pure function (the same action always gives the same workspace).
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds a new project.
    CreateProject {
        id: ProjectId,
        text: ProjectText,
        at: DateTime<Utc>,
    },
    /// Changes a project's name and description.
    EditProject {
        id: ProjectId,
        text: ProjectText,
        at: DateTime<Utc>,
    },
    /// Copies a project under a new id, placed just after the original.
    DuplicateProject {
        source: ProjectId,
        new_id: ProjectId,
        at: DateTime<Utc>,
    },
    /// Removes a project (undo brings it back).
    DeleteProject { id: ProjectId },
    /// Keeps imported or typed-in survey answers with a project.
    AddDataset {
        project: ProjectId,
        dataset: SurveyDataset,
        at: DateTime<Utc>,
    },
    /// A change to one survey dataset of a project (its target, its name, a month's
    /// figures typed in).
    Survey {
        project: ProjectId,
        dataset: String,
        edit: SurveyEdit,
        at: DateTime<Utc>,
    },
    /// Removes a dataset from a project (undo brings it back).
    RemoveDataset {
        project: ProjectId,
        dataset: String,
        at: DateTime<Utc>,
    },
    /// Keeps imported contact records with a project.
    AddContactDataset {
        project: ProjectId,
        dataset: ContactDataset,
        at: DateTime<Utc>,
    },
    /// Removes contact records from a project (undo brings them back).
    RemoveContactDataset {
        project: ProjectId,
        dataset: String,
        at: DateTime<Utc>,
    },
    /// Adds a journey map to a project.
    AddJourney {
        project: ProjectId,
        journey: JourneyMap,
        at: DateTime<Utc>,
    },
    /// One edit of a journey map: one undo step, named by the edit.
    Journey {
        project: ProjectId,
        map: JourneyId,
        edit: JourneyEdit,
        at: DateTime<Utc>,
    },
    /// Removes a journey map (undo brings it back).
    RemoveJourney {
        project: ProjectId,
        journey: String,
        at: DateTime<Utc>,
    },
    /// Adds a fishbone diagram to a project. Started from a journey pain point, the
    /// card is linked to it in the same step (the diagram's `source` names the card), so
    /// one undo takes both away.
    AddFishbone {
        project: ProjectId,
        fishbone: Fishbone,
        pain_point: Option<(JourneyId, CardId)>,
        at: DateTime<Utc>,
    },
    /// One edit of a fishbone diagram: one undo step, named by the edit.
    Fishbone {
        project: ProjectId,
        fishbone: FishboneId,
        edit: FishboneEdit,
        at: DateTime<Utc>,
    },
    /// Removes a fishbone diagram (undo brings it back); pain points that pointed at
    /// it say again that they have no analysis.
    RemoveFishbone {
        project: ProjectId,
        fishbone: FishboneId,
        at: DateTime<Utc>,
    },
    /// Adds a 5 Whys analysis to a project (on its own, or asked of a fishbone cause:
    /// its `origin` names the cause).
    AddWhys {
        project: ProjectId,
        whys: WhysAnalysis,
        at: DateTime<Utc>,
    },
    /// One edit of a 5 Whys analysis: one undo step, named by the edit.
    Whys {
        project: ProjectId,
        whys: WhysId,
        edit: WhysEdit,
        at: DateTime<Utc>,
    },
    /// Removes a 5 Whys analysis (undo brings it back).
    RemoveWhys {
        project: ProjectId,
        whys: WhysId,
        at: DateTime<Utc>,
    },
    /// Adds a PDCA cycle to a project.
    AddPdca {
        project: ProjectId,
        cycle: PdcaCycle,
        at: DateTime<Utc>,
    },
    /// "Adjust and run again": adds `cycle`, pre-filled from `from`, and links the two
    /// both ways in one undo step.
    StartNextPdca {
        project: ProjectId,
        from: PdcaId,
        cycle: PdcaCycle,
        at: DateTime<Utc>,
    },
    /// One edit of a PDCA cycle: one undo step, named by the edit.
    Pdca {
        project: ProjectId,
        cycle: PdcaId,
        edit: PdcaEdit,
        at: DateTime<Utc>,
    },
    /// Removes a PDCA cycle (undo brings it back); cycles linked to it forget it.
    RemovePdca {
        project: ProjectId,
        cycle: PdcaId,
        at: DateTime<Utc>,
    },
    /// One change to a project's complaint log: one undo step, named by the edit.
    Complaints {
        project: ProjectId,
        edit: ComplaintEdit,
        at: DateTime<Utc>,
    },
    /// "Erase a customer": every complaint with this customer reference, in every
    /// project, removed, and the reference blanked out of every other text.
    EraseCustomer {
        reference: String,
        at: DateTime<Utc>,
    },
    /// Renames the complaint category at `index` of the settings, and every complaint
    /// logged under it in every project (each entry's audit trail says so): one step.
    RenameComplaintCategory {
        index: usize,
        to: String,
        at: DateTime<Utc>,
    },
    /// Replaces the workspace settings.
    UpdateSettings(Settings),
    /// Adds projects read from a backup file; their ids are already fresh.
    AddImportedProjects(Vec<Project>),
    /// Replaces everything with a workspace read from a backup file.
    ReplaceWorkspace(Workspace),
}

impl Action {
    /// What the action does to `ws`, for the undo button and the status line
    /// ("Undone: delete project \"Billing errors\"").
    pub fn describe(&self, ws: &Workspace) -> String {
        let name = |id: &ProjectId| {
            ws.project(id)
                .map(|p| format!(" \"{}\"", p.name))
                .unwrap_or_default()
        };
        match self {
            Action::CreateProject { text, .. } => format!("create project \"{}\"", text.name),
            Action::EditProject { text, .. } => format!("edit project \"{}\"", text.name),
            Action::DuplicateProject { source, .. } => format!("duplicate project{}", name(source)),
            Action::DeleteProject { id } => format!("delete project{}", name(id)),
            Action::AddDataset { dataset, .. } => format!("add KPI data \"{}\"", dataset.name),
            Action::Survey {
                project,
                dataset,
                edit,
                ..
            } => match ws.project(project).and_then(|p| p.dataset(dataset)) {
                Some(d) => format!("{} \"{}\"", edit.label(), d.name),
                None => edit.label(),
            },
            Action::RemoveDataset { .. } => "remove KPI data".into(),
            Action::AddContactDataset { dataset, .. } => {
                format!("add contact records \"{}\"", dataset.name)
            }
            Action::RemoveContactDataset { .. } => "remove contact records".into(),
            Action::AddJourney { journey, .. } => format!("add journey map \"{}\"", journey.title),
            Action::Journey {
                project, map, edit, ..
            } => {
                let title = ws
                    .project(project)
                    .and_then(|p| p.journey(map))
                    .map(|m| m.title.as_str())
                    .unwrap_or_default();
                format!("{} in journey map \"{title}\"", edit.label())
            }
            Action::RemoveJourney { .. } => "remove journey map".into(),
            Action::AddFishbone { pain_point, .. } => match pain_point {
                Some(_) => "analyse the root cause of a pain point".into(),
                None => "add a fishbone diagram".into(),
            },
            Action::Fishbone { edit, .. } => format!("{} in the fishbone diagram", edit.label()),
            Action::RemoveFishbone { .. } => "remove a fishbone diagram".into(),
            Action::AddWhys { whys, .. } => match whys.origin {
                Some(_) => "ask why of a cause".into(),
                None => "add a 5 Whys analysis".into(),
            },
            Action::Whys { edit, .. } => format!("{} in the 5 Whys", edit.label()),
            Action::RemoveWhys { .. } => "remove a 5 Whys analysis".into(),
            Action::AddPdca { .. } => "add a PDCA plan".into(),
            Action::StartNextPdca { .. } => "adjust and run the plan again".into(),
            Action::Pdca { edit, .. } => format!("{} in the PDCA plan", edit.label()),
            Action::RemovePdca { .. } => "remove a PDCA plan".into(),
            Action::Complaints { edit, .. } => edit.label(),
            Action::EraseCustomer { .. } => "erase a customer's data".into(),
            Action::RenameComplaintCategory { index, to, .. } => {
                match ws.settings.complaints.categories.get(*index) {
                    Some(c) => {
                        let n = logged_under(ws, &c.name);
                        let on = match n {
                            0 => String::new(),
                            1 => " and the complaint logged under it".into(),
                            n => format!(" and the {n} complaints logged under it"),
                        };
                        format!(
                            "rename complaint category \"{}\" to \"{}\"{on}",
                            c.name,
                            to.trim()
                        )
                    }
                    None => "rename a complaint category".into(),
                }
            }
            Action::UpdateSettings(_) => "change settings".into(),
            Action::AddImportedProjects(list) => match list.len() {
                1 => "import 1 project".into(),
                n => format!("import {n} projects"),
            },
            Action::ReplaceWorkspace(_) => "replace workspace from backup".into(),
        }
    }
}
