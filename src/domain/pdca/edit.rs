//! Every change to a PDCA cycle as a value: what the page sends, what undo names, and
//! what another window receives.

use super::error::EditError;
use super::ids::{ActionId, ConstraintId, CriterionId, OptionId, StakeholderId};
use super::model::{
    ActDecision, ActionStatus, ComplianceCheck, Criterion, KpiPick, Law, MustConstraint,
    PainPointRef, PdcaCycle, PlanAction, RootCauseRef, SolutionOption, Stakeholder, MAX_ITEMS,
    MAX_LINE_CHARS, MAX_SCORE, MAX_TEXT_CHARS, MAX_WEIGHT,
};
use super::phase::{why_not_next, Phase};
use crate::domain::edit::PartEdit;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A free-text field of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanText {
    Problem,
    Objective,
    Justification,
    Resources,
    Contingency,
    Lessons,
}

impl PlanText {
    fn words(self) -> &'static str {
        match self {
            PlanText::Problem => "the problem statement",
            PlanText::Objective => "the objective",
            PlanText::Justification => "the justification",
            PlanText::Resources => "the resources",
            PlanText::Contingency => "the contingency",
            PlanText::Lessons => "the lessons learned",
        }
    }
}

/// A text field of an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionText {
    Name,
    Description,
    Pros,
    Cons,
}

/// A change to one field of an action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionField {
    What(String),
    Owner(String),
    Due(Option<NaiveDate>),
    Status(ActionStatus),
    Notes(String),
}

/// One change to a PDCA cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PdcaEdit {
    SetTitle {
        title: String,
    },
    SetText {
        field: PlanText,
        text: String,
    },
    SetTarget {
        target: Option<f64>,
    },
    LinkPainPoint {
        link: PainPointRef,
    },
    UnlinkPainPoint {
        link: PainPointRef,
    },
    LinkRootCause {
        link: RootCauseRef,
    },
    UnlinkRootCause {
        link: RootCauseRef,
    },
    SetBaseline {
        pick: Option<KpiPick>,
    },
    SetAfter {
        pick: Option<KpiPick>,
    },
    AddCriterion {
        id: CriterionId,
        name: String,
        weight: u8,
    },
    RenameCriterion {
        criterion: CriterionId,
        name: String,
    },
    SetWeight {
        criterion: CriterionId,
        weight: u8,
    },
    /// Removes a criterion and every option's score on it.
    RemoveCriterion {
        criterion: CriterionId,
    },
    AddConstraint {
        id: ConstraintId,
        text: String,
    },
    EditConstraint {
        constraint: ConstraintId,
        text: String,
    },
    /// Removes a constraint; options it ruled out are ruled back in.
    RemoveConstraint {
        constraint: ConstraintId,
    },
    AddOption {
        id: OptionId,
        name: String,
    },
    SetOptionText {
        option: OptionId,
        field: OptionText,
        text: String,
    },
    /// Removes an option (and the choice, if it was chosen).
    RemoveOption {
        option: OptionId,
    },
    /// Scores an option on a criterion (1 to 5), or clears the score.
    SetScore {
        option: OptionId,
        criterion: CriterionId,
        score: Option<u8>,
    },
    /// Whether an option fails a "must" constraint.
    SetFails {
        option: OptionId,
        constraint: ConstraintId,
        fails: bool,
    },
    Choose {
        option: Option<OptionId>,
    },
    AddStakeholder {
        id: StakeholderId,
        who: String,
        how: String,
        when: String,
    },
    EditStakeholder {
        stakeholder: StakeholderId,
        who: String,
        how: String,
        when: String,
    },
    RemoveStakeholder {
        stakeholder: StakeholderId,
    },
    SetCompliance {
        law: Law,
        check: ComplianceCheck,
    },
    AddAction {
        id: ActionId,
        what: String,
        owner: String,
        due: Option<NaiveDate>,
    },
    EditAction {
        action: ActionId,
        change: ActionField,
    },
    RemoveAction {
        action: ActionId,
    },
    /// Moves a phase on (only when its essentials are there) or back.
    SetPhase {
        phase: Phase,
    },
    Decide {
        decision: Option<ActDecision>,
    },
    SetFollowUp {
        due: Option<NaiveDate>,
        result: String,
        done: bool,
    },
}

fn line(text: &str) -> Result<String, EditError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(EditError::EmptyText);
    }
    limit(t, MAX_LINE_CHARS)
}

fn limit(text: &str, max: usize) -> Result<String, EditError> {
    if text.chars().count() > max {
        Err(EditError::TooLong(max))
    } else {
        Ok(text.to_string())
    }
}

fn room<T>(list: &[T]) -> Result<(), EditError> {
    if list.len() >= MAX_ITEMS {
        Err(EditError::TooMany)
    } else {
        Ok(())
    }
}

fn find<'a, T, I: PartialEq + ?Sized>(
    list: &'a mut [T],
    id: &I,
    key: impl Fn(&T) -> &I,
    missing: EditError,
) -> Result<&'a mut T, EditError> {
    list.iter_mut().find(|x| key(x) == id).ok_or(missing)
}

fn remove<T, I: PartialEq + ?Sized>(
    list: &mut Vec<T>,
    id: &I,
    key: impl Fn(&T) -> &I,
    missing: EditError,
) -> Result<(), EditError> {
    let before = list.len();
    list.retain(|x| key(x) != id);
    if list.len() == before {
        Err(missing)
    } else {
        Ok(())
    }
}

fn link<T: PartialEq + Clone>(list: &mut Vec<T>, item: &T) -> Result<(), EditError> {
    if list.contains(item) {
        return Err(EditError::AlreadyLinked);
    }
    room(list)?;
    list.push(item.clone());
    Ok(())
}

impl PartEdit for PdcaEdit {
    type Part = PdcaCycle;
    type Error = EditError;

    fn apply(&self, c: &mut PdcaCycle) -> Result<(), EditError> {
        use PdcaEdit::*;
        match self {
            SetTitle { title } => c.title = line(title)?,
            SetText { field, text } => {
                let text = limit(text.trim(), MAX_TEXT_CHARS)?;
                *match field {
                    PlanText::Problem => &mut c.problem,
                    PlanText::Objective => &mut c.objective,
                    PlanText::Justification => &mut c.justification,
                    PlanText::Resources => &mut c.resources,
                    PlanText::Contingency => &mut c.contingency,
                    PlanText::Lessons => &mut c.lessons,
                } = text;
            }
            SetTarget { target } => {
                if target.is_some_and(|t| !t.is_finite()) {
                    return Err(EditError::BadTarget);
                }
                c.target = *target;
            }
            LinkPainPoint { link: l } => link(&mut c.pain_points, l)?,
            UnlinkPainPoint { link: l } => {
                remove(&mut c.pain_points, l, |x| x, EditError::NotLinked)?
            }
            LinkRootCause { link: l } => link(&mut c.root_causes, l)?,
            UnlinkRootCause { link: l } => {
                remove(&mut c.root_causes, l, |x| x, EditError::NotLinked)?
            }
            SetBaseline { pick } => c.baseline = pick.clone(),
            SetAfter { pick } => c.after = pick.clone(),
            AddCriterion { id, name, weight } => {
                room(&c.criteria)?;
                if c.criteria.iter().any(|k| &k.id == id) {
                    return Err(EditError::IdInUse);
                }
                if *weight > MAX_WEIGHT {
                    return Err(EditError::BadWeight);
                }
                c.criteria.push(Criterion {
                    id: id.clone(),
                    name: line(name)?,
                    weight: *weight,
                });
            }
            RenameCriterion { criterion, name } => {
                find(
                    &mut c.criteria,
                    criterion,
                    |k| &k.id,
                    EditError::NoSuchCriterion,
                )?
                .name = line(name)?
            }
            SetWeight { criterion, weight } => {
                if *weight > MAX_WEIGHT {
                    return Err(EditError::BadWeight);
                }
                find(
                    &mut c.criteria,
                    criterion,
                    |k| &k.id,
                    EditError::NoSuchCriterion,
                )?
                .weight = *weight
            }
            RemoveCriterion { criterion } => {
                remove(
                    &mut c.criteria,
                    criterion,
                    |k| &k.id,
                    EditError::NoSuchCriterion,
                )?;
                for o in &mut c.options {
                    o.scores.remove(criterion);
                }
            }
            AddConstraint { id, text } => {
                room(&c.constraints)?;
                if c.constraints.iter().any(|k| &k.id == id) {
                    return Err(EditError::IdInUse);
                }
                c.constraints.push(MustConstraint {
                    id: id.clone(),
                    text: line(text)?,
                });
            }
            EditConstraint { constraint, text } => {
                find(
                    &mut c.constraints,
                    constraint,
                    |k| &k.id,
                    EditError::NoSuchConstraint,
                )?
                .text = line(text)?
            }
            RemoveConstraint { constraint } => {
                remove(
                    &mut c.constraints,
                    constraint,
                    |k| &k.id,
                    EditError::NoSuchConstraint,
                )?;
                for o in &mut c.options {
                    o.fails.retain(|f| f != constraint);
                }
            }
            AddOption { id, name } => {
                room(&c.options)?;
                if c.options.iter().any(|o| &o.id == id) {
                    return Err(EditError::IdInUse);
                }
                c.options.push(SolutionOption {
                    id: id.clone(),
                    name: line(name)?,
                    description: String::new(),
                    pros: String::new(),
                    cons: String::new(),
                    scores: Default::default(),
                    fails: Vec::new(),
                });
            }
            SetOptionText {
                option,
                field,
                text,
            } => {
                let o = find(&mut c.options, option, |o| &o.id, EditError::NoSuchOption)?;
                match field {
                    OptionText::Name => o.name = line(text)?,
                    OptionText::Description => o.description = limit(text.trim(), MAX_TEXT_CHARS)?,
                    OptionText::Pros => o.pros = limit(text.trim(), MAX_TEXT_CHARS)?,
                    OptionText::Cons => o.cons = limit(text.trim(), MAX_TEXT_CHARS)?,
                }
            }
            RemoveOption { option } => {
                remove(&mut c.options, option, |o| &o.id, EditError::NoSuchOption)?;
                if c.chosen.as_ref() == Some(option) {
                    c.chosen = None;
                }
            }
            SetScore {
                option,
                criterion,
                score,
            } => {
                if !c.criteria.iter().any(|k| &k.id == criterion) {
                    return Err(EditError::NoSuchCriterion);
                }
                let o = find(&mut c.options, option, |o| &o.id, EditError::NoSuchOption)?;
                match score {
                    Some(s) if (1..=MAX_SCORE).contains(s) => {
                        o.scores.insert(criterion.clone(), *s);
                    }
                    Some(_) => return Err(EditError::BadScore),
                    None => {
                        o.scores.remove(criterion);
                    }
                }
            }
            SetFails {
                option,
                constraint,
                fails,
            } => {
                if !c.constraints.iter().any(|k| &k.id == constraint) {
                    return Err(EditError::NoSuchConstraint);
                }
                let o = find(&mut c.options, option, |o| &o.id, EditError::NoSuchOption)?;
                o.fails.retain(|f| f != constraint);
                if *fails {
                    o.fails.push(constraint.clone());
                }
            }
            Choose { option } => {
                if let Some(id) = option {
                    if c.option(id).is_none() {
                        return Err(EditError::NoSuchOption);
                    }
                }
                c.chosen = option.clone();
            }
            AddStakeholder { id, who, how, when } => {
                room(&c.stakeholders)?;
                if c.stakeholders.iter().any(|s| &s.id == id) {
                    return Err(EditError::IdInUse);
                }
                c.stakeholders.push(Stakeholder {
                    id: id.clone(),
                    who: line(who)?,
                    how: limit(how.trim(), MAX_LINE_CHARS)?,
                    when: limit(when.trim(), MAX_LINE_CHARS)?,
                });
            }
            EditStakeholder {
                stakeholder,
                who,
                how,
                when,
            } => {
                let (who, how, when) = (
                    line(who)?,
                    limit(how.trim(), MAX_LINE_CHARS)?,
                    limit(when.trim(), MAX_LINE_CHARS)?,
                );
                let s = find(
                    &mut c.stakeholders,
                    stakeholder,
                    |s| &s.id,
                    EditError::NoSuchStakeholder,
                )?;
                (s.who, s.how, s.when) = (who, how, when);
            }
            RemoveStakeholder { stakeholder } => remove(
                &mut c.stakeholders,
                stakeholder,
                |s| &s.id,
                EditError::NoSuchStakeholder,
            )?,
            SetCompliance { law, check } => {
                let check = ComplianceCheck {
                    checked: check.checked,
                    notes: limit(check.notes.trim(), MAX_TEXT_CHARS)?,
                };
                c.compliance.insert(*law, check);
            }
            AddAction {
                id,
                what,
                owner,
                due,
            } => {
                room(&c.actions)?;
                if c.actions.iter().any(|a| &a.id == id) {
                    return Err(EditError::IdInUse);
                }
                c.actions.push(PlanAction {
                    id: id.clone(),
                    what: line(what)?,
                    owner: limit(owner.trim(), MAX_LINE_CHARS)?,
                    due: *due,
                    status: ActionStatus::NotStarted,
                    notes: String::new(),
                });
            }
            EditAction { action, change } => {
                let a = find(&mut c.actions, action, |a| &a.id, EditError::NoSuchAction)?;
                match change {
                    ActionField::What(t) => a.what = line(t)?,
                    ActionField::Owner(t) => a.owner = limit(t.trim(), MAX_LINE_CHARS)?,
                    ActionField::Due(d) => a.due = *d,
                    ActionField::Status(s) => a.status = *s,
                    ActionField::Notes(t) => a.notes = limit(t.trim(), MAX_TEXT_CHARS)?,
                }
            }
            RemoveAction { action } => {
                remove(&mut c.actions, action, |a| &a.id, EditError::NoSuchAction)?
            }
            SetPhase { phase } => {
                if *phase > c.phase {
                    if c.phase.next() != Some(*phase) {
                        return Err(EditError::SkipsAPhase);
                    }
                    if let Some(why) = why_not_next(c) {
                        return Err(EditError::NotReady(why));
                    }
                }
                c.phase = *phase;
            }
            Decide { decision } => {
                if let Some(d) = decision {
                    let text = match d {
                        ActDecision::Standardise { what, told } => {
                            limit(told, MAX_TEXT_CHARS)?;
                            what
                        }
                        ActDecision::Adjust { what } => what,
                        ActDecision::Abandon { reason } => reason,
                    };
                    limit(text, MAX_TEXT_CHARS)?;
                }
                c.decision = decision.clone();
            }
            SetFollowUp { due, result, done } => {
                c.follow_up.due = *due;
                c.follow_up.result = limit(result.trim(), MAX_TEXT_CHARS)?;
                c.follow_up.done = *done;
            }
        }
        Ok(())
    }

    fn label(&self) -> String {
        use PdcaEdit::*;
        match self {
            SetTitle { .. } => "rename the plan".into(),
            SetText { field, .. } => format!("edit {}", field.words()),
            SetTarget { .. } => "set the target".into(),
            LinkPainPoint { .. } => "link a pain point".into(),
            UnlinkPainPoint { .. } => "unlink a pain point".into(),
            LinkRootCause { .. } => "link a root cause".into(),
            UnlinkRootCause { .. } => "unlink a root cause".into(),
            SetBaseline { .. } => "pick the baseline".into(),
            SetAfter { .. } => "pick the after figure".into(),
            AddCriterion { .. } => "add a criterion".into(),
            RenameCriterion { .. } => "rename a criterion".into(),
            SetWeight { .. } => "change a weight".into(),
            RemoveCriterion { .. } => "remove a criterion".into(),
            AddConstraint { .. } => "add a \"must\"".into(),
            EditConstraint { .. } => "edit a \"must\"".into(),
            RemoveConstraint { .. } => "remove a \"must\"".into(),
            AddOption { .. } => "add an option".into(),
            SetOptionText { .. } => "edit an option".into(),
            RemoveOption { .. } => "remove an option".into(),
            SetScore { .. } => "score an option".into(),
            SetFails { .. } => "mark a \"must\" met or failed".into(),
            Choose { option: Some(_) } => "choose an option".into(),
            Choose { option: None } => "clear the choice".into(),
            AddStakeholder { .. } => "add a stakeholder".into(),
            EditStakeholder { .. } => "edit a stakeholder".into(),
            RemoveStakeholder { .. } => "remove a stakeholder".into(),
            SetCompliance { .. } => "record a compliance check".into(),
            AddAction { .. } => "add an action".into(),
            EditAction {
                change: ActionField::Status(_),
                ..
            } => "change an action's status".into(),
            EditAction { .. } => "edit an action".into(),
            RemoveAction { .. } => "remove an action".into(),
            SetPhase { phase } => format!("move to {}", phase.name()),
            Decide { .. } => "record the decision".into(),
            SetFollowUp { .. } => "record the follow-up".into(),
        }
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
