//! A 5 Whys analysis: the problem and, if it was asked of a fishbone cause, which; the
//! verdict in words; the tree of why → because steps with hints, evidence and
//! countermeasures; ruling it out; exports. Every edit is one undo step, and a refused
//! one says why above the analysis.

use super::answer_view::{StepView, TreeProps};
use super::edit::{use_whys_edit, WhysChange};
use super::evidence_form::AnswerEvidence;
use super::export_bar::ExportBar;
use super::new_answer::DraftState;
use super::rule_out::RuleOut;
use super::text_keys::{KEYS_HINT, KEYS_HINT_ID};
use crate::domain::whys::{Verdict, WhysAnalysis, WhysEdit, WhysId};
use crate::domain::{Project, ProjectId};
use crate::ui::hooks::use_workspace;
use crate::ui::route::Route;
use crate::ui::widgets::evidence::{evidence_view, use_link_choices};
use crate::ui::widgets::{Banner, BannerKind, DraftInput};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::Link;

/// Props of [`WhysPage`].
#[derive(Properties, PartialEq)]
pub struct WhysPageProps {
    pub id: AttrValue,
    pub whys: AttrValue,
}

/// The analysis page, remade for each analysis (the open new-answer box is its own).
#[component]
pub fn WhysPage(props: &WhysPageProps) -> Html {
    html! { <Editor key={format!("{}/{}", props.id, props.whys)} id={props.id.clone()} whys={props.whys.clone()} /> }
}

/// "Asked of the cause “…” in the fishbone diagram “…”", with a link to it.
fn origin_line(project: &Project, w: &WhysAnalysis) -> Html {
    let Some(o) = &w.origin else {
        return Html::default();
    };
    let cause = project
        .fishbone(&o.fishbone)
        .map(|f| (f, f.cause(&o.cause).map(|c| c.text.clone())));
    match cause {
        Some((f, text)) => html! {
            <p class="whys-origin">
                { match text {
                    Some(t) => format!("Asked of the cause \u{201c}{t}\u{201d} in the fishbone diagram "),
                    None => "Asked of a cause (no longer there) in the fishbone diagram ".to_string(),
                } }
                <Link<Route> to={Route::Fishbone { id: project.id.to_string(), fishbone: o.fishbone.clone() }}>
                    { format!("\u{201c}{}\u{201d}", f.effect) }
                </Link<Route>>
            </p>
        },
        None => html! {
            <p class="whys-origin">{ "Asked of a cause in a fishbone diagram that is no longer there." }</p>
        },
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Open => "whys-verdict--open",
        Verdict::RootCauseFound { confirmed: true } => "whys-verdict--confirmed",
        Verdict::RootCauseFound { confirmed: false } => "whys-verdict--suspected",
        Verdict::RuledOut => "whys-verdict--ruled-out",
    }
}

#[component]
fn Editor(props: &WhysPageProps) -> Html {
    let ws = use_workspace();
    let workspace = ws.workspace();
    let project_id = ProjectId(props.id.to_string());
    let project = workspace.project(&project_id);
    let whys: Option<Rc<WhysAnalysis>> = project
        .and_then(|p| p.whys.iter().find(|w| w.id == props.whys.as_str()))
        .cloned();
    let state = ws.state();
    let error = state.refusal().map(str::to_string);
    let on_edit = use_whys_edit(
        ws.clone(),
        project_id.clone(),
        WhysId(props.whys.to_string()),
    );
    let choices = use_link_choices(workspace.clone(), project_id.clone());
    let draft = use_reducer(DraftState::default);
    let on_draft = {
        let draft = draft.dispatcher();
        Callback::from(move |c| draft.dispatch(c))
    };
    let (Some(project), Some(w)) = (project, whys) else {
        return html! {
            <>
                <h1>{ "5 Whys not found" }</h1>
                <p>{ "There is no 5 Whys analysis at this address. It may have been removed: use Undo (Ctrl+Z) \
                      to bring it back." }</p>
                <p><Link<Route> to={Route::WhysList { id: props.id.to_string() }}>{ "Go to the project's 5 Whys" }</Link<Route>></p>
            </>
        };
    };
    let on_problem = {
        // Refused when empty (the problem is needed): the box then shows the kept words
        // again, as a draft field does once it is left.
        let on_edit = on_edit.clone();
        Callback::from(move |problem: String| {
            on_edit.emit(WhysChange::new(WhysEdit::SetProblem { problem }))
        })
    };
    let verdict = w.verdict();
    let views = w
        .walk()
        .iter()
        .filter(|v| !v.answer.evidence.is_empty())
        .map(|v| {
            let shown = v.answer.evidence.iter().map(|e| evidence_view(project, e));
            (v.answer.id.to_string(), shown.collect())
        })
        .collect();
    let tree = TreeProps {
        project: project_id.clone(),
        whys: w.clone(),
        on_edit: on_edit.clone(),
        draft: Rc::new((*draft).clone()),
        on_draft,
        evidence: AnswerEvidence {
            choices,
            views: Rc::new(views),
        },
    };
    html! {
        <div class="whys-page">
            <p class="breadcrumb">
                <Link<Route> to={Route::Project { id: props.id.to_string() }}>{ project.name.clone() }</Link<Route>>
                { " › " }
                <Link<Route> to={Route::WhysList { id: props.id.to_string() }}>{ "5 Whys" }</Link<Route>>
            </p>
            <h1 class="whys-title">{ format!("5 Whys: {}", w.problem) }</h1>
            if let Some(e) = &error {
                <Banner kind={BannerKind::Error} title={e.clone()} />
            }
            { origin_line(project, &w) }
            <div class="whys-head">
                // Printed in the heading above, in full (a text box prints one line).
                <div class="field whys-problem no-print">
                    <label for="whys-problem">{ "Problem" }</label>
                    <DraftInput id="whys-problem" maxlength="300" value={w.problem.clone()} on_commit={on_problem} />
                </div>
                <div class={classes!("whys-verdict", verdict_class(verdict))} role="status">
                    <p class="whys-verdict__words">{ "Verdict: " }<strong>{ verdict.words() }</strong></p>
                    <p class="meta">{ w.summary().words() }</p>
                </div>
            </div>
            <section class="whys-tree" aria-labelledby="whys-tree-heading">
                <h2 id="whys-tree-heading">{ "Why → because" }</h2>
                if w.answers.is_empty() {
                    <p class="empty">{ format!("Start with the first answer to: {}", w.first_question()) }</p>
                }
                <p class="hint" id={KEYS_HINT_ID}>{ KEYS_HINT }</p>
                <StepView depth={1} {tree} />
            </section>
            <RuleOut ruled_out={w.ruled_out.clone()} has_root_cause={!w.root_causes().is_empty()} on_edit={on_edit} />
            <ExportBar whys={w.clone()} />
        </div>
    }
}
