//! Imported contact records: FCR (with its method), AHT and escalation rate, overall
//! and by period, each with its 95% interval.

use crate::domain::dates::show_date;
use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::compare::compare_contacts;
use crate::domain::kpi::contacts::{ContactCounts, ContactDataset};
use crate::domain::kpi::format::{interval_text, with_unit};
use crate::domain::kpi::{KpiFigure, KpiKind};
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::browser::now;
use crate::ui::hooks::use_workspace;
use crate::ui::widgets::KpiFigureCard;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ContactDatasetView`].
#[derive(Properties, PartialEq)]
pub struct ContactDatasetViewProps {
    pub project: ProjectId,
    pub dataset: std::rc::Rc<ContactDataset>,
}

const GRANULARITIES: [(Granularity, &str); 4] = [
    (Granularity::Day, "Day"),
    (Granularity::Week, "Week"),
    (Granularity::Month, "Month"),
    (Granularity::Quarter, "Quarter"),
];

fn cell(figures: &[KpiFigure], kind: KpiKind) -> Html {
    match figures.iter().find(|f| f.kind == kind) {
        Some(f) => html! {
            <td class="num">{ with_unit(f.value, f.unit) }<br />
                <span class="hint">{ interval_text(f).unwrap_or_default() }</span></td>
        },
        None => html! { <td class="num">{ "–" }</td> },
    }
}

/// A contact dataset's figures.
#[component]
pub fn ContactDatasetView(props: &ContactDatasetViewProps) -> Html {
    let ws = use_workspace();
    let by = use_state(|| Granularity::Month);
    let d = &props.dataset;
    let method = d.fcr_method().describe();
    let total = d.counts.total();
    let on_by = {
        let by = by.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some((g, _)) = GRANULARITIES.iter().find(|(_, name)| *name == v) {
                by.set(*g);
            }
        })
    };
    let on_remove = {
        let (ws, project, id) = (ws.clone(), props.project.clone(), d.id.clone());
        Callback::from(move |_| {
            ws.apply(Action::RemoveContactDataset {
                project: project.clone(),
                dataset: id.clone(),
                at: now(),
            })
        })
    };
    let by_name = GRANULARITIES
        .iter()
        .find(|(g, _)| g == &*by)
        .map(|(_, n)| *n)
        .unwrap_or("Month");
    let periods = d.counts.by_period(*by);
    let starts: Vec<i32> = periods
        .keys()
        .filter(|(_, s)| s.is_none())
        .map(|(p, _)| *p)
        .collect();
    let chosen = use_state(|| None::<(i32, i32)>);
    let pair = match *chosen {
        Some((a, b)) if starts.contains(&a) && starts.contains(&b) => Some((a, b)),
        _ => match starts.as_slice() {
            [.., a, b] => Some((*a, *b)),
            _ => None,
        },
    };
    let comparison = pair.map(|(before, after)| {
        let select = |id: String, label: &'static str, current: i32, is_before: bool| {
            let chosen = chosen.clone();
            let onchange = Callback::from(move |e: Event| {
                if let Ok(p) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<i32>() {
                    chosen.set(Some(if is_before { (p, after) } else { (before, p) }));
                }
            });
            html! {
                <div class="field field--compact">
                    <label for={id.clone()}>{ label }</label>
                    <select {id} {onchange}>
                        { for starts.iter().map(|p| html! { <option value={p.to_string()} selected={*p == current}>{ by.label(*p) }</option> }) }
                    </select>
                </div>
            }
        };
        let results = compare_contacts(&periods[&(before, None)], &periods[&(after, None)]);
        html! {
            <div class="compare">
                <h3>{ "Compare two periods" }</h3>
                <div class="mapping-fields">
                    { select(format!("contacts-before-{}", d.id), "Before", before, true) }
                    { select(format!("contacts-after-{}", d.id), "After", after, false) }
                </div>
                <ul class="compare__result" aria-live="polite">
                    { for results.iter().map(|(kind, c)| html! {
                        <li>{ format!("{}: changed by {}, {}.", kind.name(), c.change_text(), c.verdict()) }</li>
                    }) }
                </ul>
            </div>
        }
    });
    html! {
        <section class="dataset" aria-labelledby={format!("contacts-{}", d.id)}>
            <h2 id={format!("contacts-{}", d.id)}>{ &d.name }</h2>
            <p class="meta">{ format!("{} contacts · imported {}", total.contacts, show_date(d.imported_at, ws.workspace().settings.date_style)) }</p>
            <div class="card-row">
                { for total.figures().into_iter().map(|f| {
                    let context = if f.kind == KpiKind::Fcr { method.clone() } else { String::new() };
                    let definition = AttrValue::from(d.definition(f.kind).to_string());
                    html! { <KpiFigureCard figure={f} {context} {definition} /> }
                }) }
            </div>
            <div class="field field--inline">
                <label for={format!("contacts-by-{}", d.id)}>{ "Group by" }</label>
                <select id={format!("contacts-by-{}", d.id)} onchange={on_by}>
                    { for GRANULARITIES.iter().map(|(g, name)| html! { <option value={*name} selected={g == &*by}>{ *name }</option> }) }
                </select>
            </div>
            <table class="figures">
                <caption>{ format!("Contacts by {}", by_name.to_lowercase()) }</caption>
                <thead><tr>
                    <th scope="col">{ by_name }</th><th scope="col">{ "FCR" }<br /><span class="hint">{ "95% CI (Wilson)" }</span></th>
                    <th scope="col">{ "AHT" }<br /><span class="hint">{ "95% CI (t)" }</span></th>
                    <th scope="col">{ "Escalation" }<br /><span class="hint">{ "95% CI (Wilson)" }</span></th><th scope="col">{ "Contacts" }</th>
                </tr></thead>
                <tbody>
                    { for periods.iter().filter(|((_, s), _)| s.is_none()).map(|((p, _), c)| {
                        let figures = c.figures();
                        html! {
                            <tr>
                                <th scope="row">{ by.label(*p) }</th>
                                { cell(&figures, KpiKind::Fcr) }{ cell(&figures, KpiKind::Aht) }{ cell(&figures, KpiKind::EscalationRate) }
                                <td class="num">{ c.contacts }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            { for comparison }
            if d.counts.segments.len() > 1 {
                <table class="figures">
                    <caption>{ format!("Contacts by {}", if d.segment_label.is_empty() { "segment" } else { &d.segment_label }) }</caption>
                    <thead><tr>
                        <th scope="col">{ d.segment_label.clone() }</th><th scope="col">{ "FCR" }<br /><span class="hint">{ "95% CI (Wilson)" }</span></th>
                    <th scope="col">{ "AHT" }<br /><span class="hint">{ "95% CI (t)" }</span></th>
                        <th scope="col">{ "Escalation" }<br /><span class="hint">{ "95% CI (Wilson)" }</span></th><th scope="col">{ "Contacts" }</th>
                    </tr></thead>
                    <tbody>
                        { for d.counts.segments.iter().enumerate().map(|(i, name)| {
                            let cells: Vec<_> = d.counts.cells.iter().filter(|c| usize::from(c.segment) == i).cloned().collect();
                            let sum = ContactCounts { segments: vec![], cells }.total();
                            let figures = sum.figures();
                            html! {
                                <tr>
                                    <th scope="row">{ name }</th>
                                    { cell(&figures, KpiKind::Fcr) }{ cell(&figures, KpiKind::Aht) }{ cell(&figures, KpiKind::EscalationRate) }
                                    <td class="num">{ sum.contacts }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
            <button type="button" class="button button--warning" onclick={on_remove}
                aria-label={format!("Remove these contacts: {}", d.name)}>{ "Remove these contacts" }</button>
        </section>
    }
}
