//! Before and after: pick two periods of a dataset and see the change with its 95%
//! interval and whether it is significant.

use crate::domain::kpi::calendar::Granularity;
use crate::domain::kpi::compare::compare;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::series::histograms;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ComparePeriods`].
#[derive(Properties, PartialEq)]
pub struct ComparePeriodsProps {
    pub dataset: std::rc::Rc<SurveyDataset>,
    pub by: Granularity,
}

/// The comparison section of a dataset.
#[component]
pub fn ComparePeriods(props: &ComparePeriodsProps) -> Html {
    let d = &props.dataset;
    let by = props.by;
    let all = histograms(&d.counts, d.scale, by);
    let periods: Vec<i32> = all
        .keys()
        .filter(|(_, s)| s.is_none())
        .map(|(p, _)| *p)
        .collect();
    let chosen = use_state(|| None::<(i32, i32)>);
    // Default: the last two periods; a choice is dropped when the grouping changes.
    let (before, after) = match *chosen {
        Some((a, b)) if periods.contains(&a) && periods.contains(&b) => (a, b),
        _ => match periods.as_slice() {
            [.., a, b] => (*a, *b),
            _ => return html! {},
        },
    };
    let select = |id: String, label: &'static str, current: i32, is_before: bool| {
        let chosen = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Ok(p) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse::<i32>()
            {
                chosen.set(Some(if is_before { (p, after) } else { (before, p) }));
            }
        });
        html! {
            <div class="field field--compact">
                <label for={id.clone()}>{ label }</label>
                <select {id} {onchange}>
                    { for periods.iter().map(|p| html! {
                        <option value={p.to_string()} selected={*p == current}>{ by.label(*p) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let result = compare(&all[&(before, None)], &all[&(after, None)]);
    let kpi = d.scale_kpi_name();
    html! {
        <div class="compare">
            <h3>{ "Compare two periods" }</h3>
            <div class="mapping-fields">
                { select(format!("before-{}", d.id), "Before", before, true) }
                { select(format!("after-{}", d.id), "After", after, false) }
            </div>
            <p aria-live="polite" class="compare__result">
                { match result {
                    Some(c) => format!(
                        "{} compared with {}: {kpi} changed by {}, {}. Method: {}.",
                        by.label(after), by.label(before), c.change_text(), c.verdict(), c.method
                    ),
                    None => "These two periods cannot be compared (too few answers in one of them).".into(),
                } }
            </p>
        </div>
    }
}
