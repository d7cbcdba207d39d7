//! Applies an [`Action`] to a [`Workspace`]: a pure function, tested natively.

use super::action::Action;
use crate::domain::complaints::category_rename::rename_category;
use crate::domain::complaints::erasure::erase_customer;
use crate::domain::edit::PartEdit;
use crate::domain::fishbone::FishboneId;
use crate::domain::journey::{CardId, JourneyId, LaneKind};
use crate::domain::project::copy_name;
use crate::domain::project::{HasPart, HasParts, ProjectPart};
use crate::domain::{Project, ProjectId, Workspace};
use chrono::{DateTime, Utc};
use std::rc::Rc;

/// The workspace after `action`, or `None` when the action changes nothing (an unknown
/// id, a rename to the same text, an id already taken) or is refused. `None` keeps
/// no-op steps out of the undo history.
pub fn apply(ws: &Workspace, action: &Action) -> Option<Workspace> {
    try_apply(ws, action).ok().flatten()
}

/// Like [`apply`], but a part's refusal of an edit comes back as its reason in words
/// ("Could not add a card: the map is full."), for the page to show.
pub fn try_apply(ws: &Workspace, action: &Action) -> Result<Option<Workspace>, String> {
    // Edits of one part, whatever the tool: one arm each, all through `edit_part`.
    let mut next = ws.clone();
    let done = match action {
        Action::Journey {
            project,
            map,
            edit,
            at,
        } => edit_part(&mut next, project, map, *at, edit)?,
        Action::Survey {
            project,
            dataset,
            edit,
            at,
        } => edit_part(&mut next, project, dataset, *at, edit)?,
        Action::Fishbone {
            project,
            fishbone,
            edit,
            at,
        } => edit_part(&mut next, project, fishbone, *at, edit)?,
        Action::Whys {
            project,
            whys,
            edit,
            at,
        } => edit_part(&mut next, project, whys, *at, edit)?,
        Action::Pdca {
            project,
            cycle,
            edit,
            at,
        } => edit_part(&mut next, project, cycle, *at, edit)?,
        Action::Complaints { project, edit, at } => edit_one(&mut next, project, *at, edit)?,
        _ => return Ok(apply_action(ws, action)),
    };
    Ok(done.map(|()| next))
}

fn apply_action(ws: &Workspace, action: &Action) -> Option<Workspace> {
    // A shallow copy: the projects are shared, and only the one an action changes is
    // copied (by `Rc::make_mut` in `in_project`).
    let mut next = ws.clone();
    match action {
        Action::CreateProject { id, text, at } => {
            if !ws.id_is_free(id) {
                return None;
            }
            next.projects
                .push(Rc::new(Project::new(id.clone(), text.clone(), *at)));
        }
        Action::EditProject { id, text, at } => {
            let i = ws.position(id)?;
            let p = &ws.projects[i];
            if p.name == text.name && p.description == text.description {
                return None;
            }
            let p = Rc::make_mut(&mut next.projects[i]);
            p.name = text.name.clone();
            p.description = text.description.clone();
            p.updated_at = *at;
        }
        Action::DuplicateProject { source, new_id, at } => {
            let i = ws.position(source)?;
            if !ws.id_is_free(new_id) {
                return None;
            }
            let original = &ws.projects[i];
            let copy = Project {
                id: new_id.clone(),
                name: copy_name(&original.name, ws.projects.iter().map(|p| p.name.as_str())),
                description: original.description.clone(),
                created_at: *at,
                updated_at: *at,
                datasets: original.datasets.clone(),
                contact_datasets: original.contact_datasets.clone(),
                journeys: original.journeys.clone(),
                fishbones: original.fishbones.clone(),
                whys: original.whys.clone(),
                pdca: original.pdca.clone(),
                complaints: original.complaints.clone(),
            };
            next.projects.insert(i + 1, Rc::new(copy));
        }
        Action::AddDataset {
            project,
            dataset,
            at,
        } => in_project(&mut next, project, *at, |p| {
            add_new(&mut p.datasets, dataset)
        })?,
        Action::RemoveDataset {
            project,
            dataset,
            at,
        } => in_project(&mut next, project, *at, |p| {
            remove(&mut p.datasets, dataset)
        })?,
        Action::AddContactDataset {
            project,
            dataset,
            at,
        } => in_project(&mut next, project, *at, |p| {
            add_new(&mut p.contact_datasets, dataset)
        })?,
        Action::AddJourney {
            project,
            journey,
            at,
        } => in_project(&mut next, project, *at, |p| {
            add_new(&mut p.journeys, journey)
        })?,
        // Part edits are routed by `try_apply` before this.
        Action::Journey { .. } => return None,
        Action::RemoveJourney {
            project,
            journey,
            at,
        } => in_project(&mut next, project, *at, |p| {
            remove(&mut p.journeys, journey)
        })?,
        Action::RemoveContactDataset {
            project,
            dataset,
            at,
        } => in_project(&mut next, project, *at, |p| {
            remove(&mut p.contact_datasets, dataset)
        })?,
        Action::AddFishbone {
            project,
            fishbone,
            pain_point,
            at,
        } => in_project(&mut next, project, *at, |p| {
            add_new(&mut p.fishbones, fishbone)?;
            if let Some((journey, card)) = pain_point {
                link_pain_point(p, journey, card, Some(fishbone.id.to_string()))?;
            }
            Some(())
        })?,
        Action::RemoveFishbone {
            project,
            fishbone,
            at,
        } => in_project(&mut next, project, *at, |p| {
            remove(&mut p.fishbones, fishbone)?;
            unlink_pain_points(p, fishbone);
            Some(())
        })?,
        Action::AddWhys { project, whys, at } => {
            in_project(&mut next, project, *at, |p| add_new(&mut p.whys, whys))?
        }
        Action::RemoveWhys { project, whys, at } => {
            in_project(&mut next, project, *at, |p| remove(&mut p.whys, whys))?
        }
        Action::AddPdca { project, cycle, at } => {
            in_project(&mut next, project, *at, |p| add_new(&mut p.pdca, cycle))?
        }
        Action::StartNextPdca {
            project,
            from,
            cycle,
            at,
        } => in_project(&mut next, project, *at, |p| {
            let i = p.pdca.iter().position(|c| &c.id == from)?;
            if p.pdca[i].next.is_some() || cycle.previous.as_ref() != Some(from) {
                return None;
            }
            add_new(&mut p.pdca, cycle)?;
            Rc::make_mut(&mut p.pdca[i]).next = Some(cycle.id.clone());
            Some(())
        })?,
        Action::RemovePdca { project, cycle, at } => in_project(&mut next, project, *at, |p| {
            remove(&mut p.pdca, cycle)?;
            // The cycles it was linked to forget it.
            for c in p.pdca.iter_mut() {
                if c.next.as_ref() == Some(cycle) || c.previous.as_ref() == Some(cycle) {
                    let c = Rc::make_mut(c);
                    if c.next.as_ref() == Some(cycle) {
                        c.next = None;
                    }
                    if c.previous.as_ref() == Some(cycle) {
                        c.previous = None;
                    }
                }
            }
            Some(())
        })?,
        // Routed by `try_apply`.
        Action::Survey { .. }
        | Action::Fishbone { .. }
        | Action::Whys { .. }
        | Action::Pdca { .. }
        | Action::Complaints { .. } => return None,
        Action::EraseCustomer { reference, at } => {
            erase_customer(&mut next, reference, *at)?;
        }
        Action::DeleteProject { id } => {
            let i = ws.position(id)?;
            next.projects.remove(i);
        }
        Action::RenameComplaintCategory { index, to, at } => {
            rename_category(&mut next, *index, to, *at).ok()??;
        }
        Action::UpdateSettings(settings) => {
            if &ws.settings == settings {
                return None;
            }
            next.settings = settings.clone();
        }
        Action::AddImportedProjects(list) => {
            if list.is_empty() || list.iter().any(|p| !ws.id_is_free(&p.id)) {
                return None;
            }
            next.projects.extend(list.iter().cloned().map(Rc::new));
        }
        Action::ReplaceWorkspace(replacement) => {
            if replacement == ws {
                return None;
            }
            next = replacement.clone();
        }
    }
    Some(next)
}

/// Points a journey pain point at the analysis that looks into it. `None` when the map
/// or card is not there, or is not a pain point: the step is then refused whole.
fn link_pain_point(
    p: &mut Project,
    journey: &JourneyId,
    card: &CardId,
    analysis: Option<String>,
) -> Option<()> {
    let slot = p.journeys.iter_mut().find(|m| m.id == *journey)?;
    let map = &**slot;
    let c = map.card(card)?;
    if map.lane_of(c)?.kind != LaneKind::PainPoints {
        return None;
    }
    let map = Rc::make_mut(slot);
    let slot = map.cards.iter_mut().find(|c| c.id == *card)?;
    Rc::make_mut(slot).analysis = analysis;
    Some(())
}

/// Pain points that pointed at a removed diagram no longer do.
fn unlink_pain_points(p: &mut Project, fishbone: &FishboneId) {
    for slot in p.journeys.iter_mut() {
        if !slot
            .cards
            .iter()
            .any(|c| c.analysis.as_deref() == Some(fishbone.as_str()))
        {
            continue;
        }
        let map = Rc::make_mut(slot);
        for c in map.cards.iter_mut() {
            if c.analysis.as_deref() == Some(fishbone.as_str()) {
                Rc::make_mut(c).analysis = None;
            }
        }
    }
}

/// Applies `change` to one project and marks it changed at `at`; `None` when there is
/// no such project or the change does nothing.
fn in_project(
    ws: &mut Workspace,
    project: &ProjectId,
    at: DateTime<Utc>,
    change: impl FnOnce(&mut Project) -> Option<()>,
) -> Option<()> {
    let p = ws.project_mut(project)?;
    change(p)?;
    p.updated_at = at;
    Some(())
}

/// Applies `edit` to the part `part` of a project and marks the project changed at
/// `at`. Only that project and that part are copied (`Rc::make_mut`); everything else
/// stays shared with the state before, so an undo step costs what changed. `Ok(None)`
/// when there is no such project or part, or the edit would change nothing; `Err` with
/// the reason when the part refuses the edit. `ws` is the next state being built: on
/// `Err` the caller throws it away, so a half-made change is never kept.
pub fn edit_part<E>(
    ws: &mut Workspace,
    project: &ProjectId,
    part: &str,
    at: DateTime<Utc>,
    edit: &E,
) -> Result<Option<()>, String>
where
    E: PartEdit,
    E::Part: ProjectPart,
    Project: HasParts<E::Part>,
{
    let Some(current) = ws.project(project).and_then(|p| find_part(p.parts(), part)) else {
        return Ok(None);
    };
    if !edit.changes(current) {
        return Ok(None);
    }
    let Some(p) = ws.project_mut(project) else {
        return Ok(None);
    };
    let Some(slot) = p.parts_mut().iter_mut().find(|x| x.id() == part) else {
        return Ok(None);
    };
    edit.apply(Rc::make_mut(slot))
        .map_err(|e| format!("Could not {}: {e}.", edit.label()))?;
    p.updated_at = at;
    Ok(Some(()))
}

/// Applies `edit` to the one part of its kind a project holds (its complaint log), as
/// [`edit_part`] does for parts kept in lists: only what the edit touches is copied.
pub fn edit_one<E>(
    ws: &mut Workspace,
    project: &ProjectId,
    at: DateTime<Utc>,
    edit: &E,
) -> Result<Option<()>, String>
where
    E: PartEdit,
    Project: HasPart<E::Part>,
{
    let Some(current) = ws.project(project) else {
        return Ok(None);
    };
    if !edit.changes(current.part()) {
        return Ok(None);
    }
    let Some(p) = ws.project_mut(project) else {
        return Ok(None);
    };
    edit.apply(p.part_mut())
        .map_err(|e| format!("Could not {}: {e}.", edit.label()))?;
    p.updated_at = at;
    Ok(Some(()))
}

fn find_part<'a, T: ProjectPart>(list: &'a [Rc<T>], id: &str) -> Option<&'a T> {
    list.iter().find(|x| x.id() == id).map(|x| x.as_ref())
}

/// Adds `item` unless its id is taken or it would not pass the checks on loading
/// (nothing is stored that could make the workspace unreadable).
fn add_new<T: ProjectPart + Clone>(list: &mut Vec<Rc<T>>, item: &T) -> Option<()> {
    if !item.problems().is_empty() || list.iter().any(|x| x.id() == item.id()) {
        return None;
    }
    list.push(Rc::new(item.clone()));
    Some(())
}

/// Removes the part with this id; `None` when absent.
fn remove<T: ProjectPart>(list: &mut Vec<Rc<T>>, id: &str) -> Option<()> {
    let j = list.iter().position(|x| x.id() == id)?;
    list.remove(j);
    Some(())
}

#[cfg(test)]
#[path = "reducer_analysis_tests.rs"]
mod analysis_tests;

#[cfg(test)]
#[path = "reducer_pdca_tests.rs"]
mod pdca_tests;

#[cfg(test)]
#[path = "reducer_complaints_tests.rs"]
mod complaints_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ComplaintModel, ProjectId, ProjectText, Settings};
    use chrono::{DateTime, TimeZone, Utc};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }
    fn id(s: &str) -> ProjectId {
        ProjectId(s.into())
    }
    fn create(ws: &Workspace, i: &str, name: &str) -> Workspace {
        apply(
            ws,
            &Action::CreateProject {
                id: id(i),
                text: ProjectText::parse(name, "why").unwrap(),
                at: at(1),
            },
        )
        .unwrap()
    }

    #[test]
    fn create_edit_duplicate_delete() {
        let ws = create(&Workspace::default(), "a", "Late deliveries, Q3");
        assert_eq!(ws.projects.len(), 1);
        assert_eq!(ws.projects[0].created_at, at(1));

        let ws = apply(
            &ws,
            &Action::EditProject {
                id: id("a"),
                text: ProjectText::parse("Late deliveries, Q4", "new scope").unwrap(),
                at: at(2),
            },
        )
        .unwrap();
        assert_eq!(ws.projects[0].name, "Late deliveries, Q4");
        assert_eq!(ws.projects[0].description, "new scope");
        assert_eq!(ws.projects[0].updated_at, at(2));
        assert_eq!(ws.projects[0].created_at, at(1));

        let ws = create(&ws, "b", "Billing errors");
        let ws = apply(
            &ws,
            &Action::DuplicateProject {
                source: id("a"),
                new_id: id("c"),
                at: at(3),
            },
        )
        .unwrap();
        let names: Vec<_> = ws.projects.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Late deliveries, Q4",
                "Late deliveries, Q4 (copy)",
                "Billing errors"
            ]
        );
        assert_eq!(ws.projects[1].description, "new scope");

        let ws = apply(&ws, &Action::DeleteProject { id: id("a") }).unwrap();
        assert_eq!(ws.projects.len(), 2);
        assert!(ws.project(&id("a")).is_none());
    }

    #[test]
    fn a_change_shares_every_project_it_does_not_touch() {
        let ws = create(&create(&Workspace::default(), "a", "One"), "b", "Two");
        let next = apply(
            &ws,
            &Action::EditProject {
                id: id("b"),
                text: ProjectText::parse("Two, renamed", "").unwrap(),
                at: at(2),
            },
        )
        .unwrap();
        assert!(Rc::ptr_eq(&ws.projects[0], &next.projects[0]));
        assert!(!Rc::ptr_eq(&ws.projects[1], &next.projects[1]));
        assert_eq!(ws.projects[1].name, "Two", "the old state is untouched");
    }

    #[test]
    fn no_op_actions_give_none() {
        let ws = create(&Workspace::default(), "a", "One");
        // Same id twice.
        assert!(apply(
            &ws,
            &Action::CreateProject {
                id: id("a"),
                text: ProjectText::parse("Two", "").unwrap(),
                at: at(2)
            }
        )
        .is_none());
        // Unknown ids.
        assert!(apply(&ws, &Action::DeleteProject { id: id("zz") }).is_none());
        assert!(apply(
            &ws,
            &Action::DuplicateProject {
                source: id("zz"),
                new_id: id("b"),
                at: at(2)
            }
        )
        .is_none());
        // Same text.
        assert!(apply(
            &ws,
            &Action::EditProject {
                id: id("a"),
                text: ProjectText::parse("One", "why").unwrap(),
                at: at(2)
            }
        )
        .is_none());
        assert!(apply(&ws, &Action::UpdateSettings(Settings::default())).is_none());
        assert!(apply(&ws, &Action::ReplaceWorkspace(ws.clone())).is_none());
        assert!(apply(&ws, &Action::AddImportedProjects(vec![])).is_none());
    }

    #[test]
    fn settings_and_imports() {
        let ws = create(&Workspace::default(), "a", "One");
        let settings = Settings {
            organisation: "Acme Retail".into(),
            complaint_model: ComplaintModel::Lass,
            ..Default::default()
        };
        let ws = apply(&ws, &Action::UpdateSettings(settings.clone())).unwrap();
        assert_eq!(ws.settings, settings);

        let imported: Vec<Project> = create(&Workspace::default(), "x", "Imported")
            .projects
            .iter()
            .map(|p| p.as_ref().clone())
            .collect();
        let ws2 = apply(&ws, &Action::AddImportedProjects(imported.clone())).unwrap();
        assert_eq!(ws2.projects.len(), 2);
        // An id clash is refused whole rather than merged.
        assert!(apply(&ws2, &Action::AddImportedProjects(imported)).is_none());

        let replaced = apply(&ws2, &Action::ReplaceWorkspace(Workspace::default())).unwrap();
        assert!(replaced.projects.is_empty());
    }

    #[test]
    fn datasets_are_added_updated_targeted_and_removed() {
        use crate::domain::kpi::dataset::{parse_month, with_typed_month};
        use crate::domain::kpi::edit::SurveyEdit;
        use crate::domain::kpi::SurveyScale;
        let ws = create(&Workspace::default(), "a", "One");
        let month = parse_month("2026-11").unwrap();
        let mut counts = vec![0; 11];
        counts[10] = 3;
        let d = with_typed_month(
            None,
            "d1".into(),
            SurveyScale::ZeroToTen,
            month,
            counts,
            at(2),
        )
        .unwrap();
        let add = Action::AddDataset {
            project: id("a"),
            dataset: d.clone(),
            at: at(2),
        };
        let ws = apply(&ws, &add).unwrap();
        assert_eq!(ws.projects[0].datasets.len(), 1);
        assert_eq!(ws.projects[0].updated_at, at(2));
        assert!(apply(&ws, &add).is_none(), "the same id twice is refused");
        let survey = |edit: SurveyEdit| Action::Survey {
            project: id("a"),
            dataset: "d1".into(),
            edit,
            at: at(3),
        };
        assert!(apply(
            &ws,
            &survey(SurveyEdit::Rename {
                name: d.name.clone()
            })
        )
        .is_none());
        let ws = apply(
            &ws,
            &survey(SurveyEdit::Rename {
                name: "Renamed".into(),
            }),
        )
        .unwrap();
        assert_eq!(ws.projects[0].datasets[0].name, "Renamed");
        assert_eq!(ws.projects[0].updated_at, at(3));
        let ws = apply(&ws, &survey(SurveyEdit::SetTarget { target: Some(30.0) })).unwrap();
        assert_eq!(ws.projects[0].datasets[0].target, Some(30.0));
        assert!(apply(&ws, &survey(SurveyEdit::SetTarget { target: Some(30.0) })).is_none());
        assert_eq!(
            try_apply(&ws, &survey(SurveyEdit::Rename { name: " ".into() })),
            Err("Could not rename KPI data: the name cannot be empty.".into())
        );
        let ws = apply(
            &ws,
            &Action::RemoveDataset {
                project: id("a"),
                dataset: "d1".into(),
                at: at(4),
            },
        )
        .unwrap();
        assert!(ws.projects[0].datasets.is_empty());
        assert!(apply(
            &ws,
            &Action::RemoveDataset {
                project: id("a"),
                dataset: "d1".into(),
                at: at(4)
            }
        )
        .is_none());
        assert!(apply(
            &ws,
            &Action::AddDataset {
                project: id("zz"),
                dataset: d,
                at: at(2)
            }
        )
        .is_none());
    }

    #[test]
    fn journeys_are_added_edited_and_removed_with_undo_in_mind() {
        use crate::domain::journey::templates::Template;
        use crate::domain::journey::JourneyEdit;
        let ws = create(&Workspace::default(), "a", "One");
        let mut n = 0;
        let map = Template::ContactCentreComplaint.build("j1".into(), "Complaints", || {
            n += 1;
            format!("k{n}")
        });
        let ws = apply(
            &ws,
            &Action::AddJourney {
                project: id("a"),
                journey: map.clone(),
                at: at(2),
            },
        )
        .unwrap();
        assert_eq!(ws.projects[0].journeys[0].stages.len(), 6);
        let rename = |name: &str| Action::Journey {
            project: id("a"),
            map: "j1".into(),
            edit: JourneyEdit::RenameStage {
                stage: map.stages[0].id.clone(),
                name: name.into(),
            },
            at: at(3),
        };
        let before = ws.clone();
        let ws = apply(&ws, &rename("Spot the problem")).unwrap();
        assert_eq!(
            ws.projects[0].journeys[0].stages[0].name,
            "Spot the problem"
        );
        assert_eq!(
            rename("x").describe(&ws),
            "rename a stage in journey map \"Complaints\""
        );
        // Only the edited map was copied; its cards are still shared with the state
        // before (an undo step of a big map costs a list of pointers).
        let (old, new) = (&before.projects[0].journeys[0], &ws.projects[0].journeys[0]);
        assert!(!Rc::ptr_eq(old, new));
        assert!(Rc::ptr_eq(&old.cards[0], &new.cards[0]));
        // The same text again is no step at all; a refused edit says why.
        assert!(apply(&ws, &rename("Spot the problem")).is_none());
        assert_eq!(
            try_apply(&ws, &rename("  ")),
            Err("Could not rename a stage: a name is needed.".into())
        );
        let ws = apply(
            &ws,
            &Action::RemoveJourney {
                project: id("a"),
                journey: "j1".into(),
                at: at(4),
            },
        )
        .unwrap();
        assert!(ws.projects[0].journeys.is_empty());
    }
}
