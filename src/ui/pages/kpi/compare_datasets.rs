//! Before and after across two data sets of the same KPI (e.g. the survey export from
//! before a change and the one from after it).

use crate::domain::kpi::compare::compare;
use crate::domain::kpi::dataset::SurveyDataset;
use crate::domain::kpi::dataset_name::distinct_names;
use crate::domain::kpi::series::total;
use crate::ui::hooks::use_workspace;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`CompareDatasets`].
#[derive(Properties, PartialEq)]
pub struct CompareDatasetsProps {
    pub datasets: Vec<std::rc::Rc<SurveyDataset>>,
}

/// The comparison of two data sets; nothing when there are not two of one KPI.
#[component]
pub fn CompareDatasets(props: &CompareDatasetsProps) -> Html {
    let chosen = use_state(|| None::<(String, String)>);
    let style = use_workspace().workspace().settings.date_style;
    let ds = &props.datasets;
    let names = distinct_names(ds, style);
    let name_of = |id: &str| {
        ds.iter()
            .zip(&names)
            .find(|(d, _)| d.id == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let pairs_exist = ds
        .iter()
        .any(|a| ds.iter().any(|b| a.id != b.id && a.scale == b.scale));
    if !pairs_exist {
        return html! {};
    }
    let first_pair = ds.iter().find_map(|a| {
        ds.iter()
            .find(|b| a.id != b.id && a.scale == b.scale)
            .map(|b| (a.id.clone(), b.id.clone()))
    });
    let (before_id, after_id) = match (*chosen).clone() {
        Some((a, b)) if ds.iter().any(|d| d.id == a) && ds.iter().any(|d| d.id == b) => (a, b),
        _ => first_pair.unwrap_or_default(),
    };
    let find = |id: &str| ds.iter().find(|d| d.id == id);
    let select = |id: &'static str, label: &'static str, current: String, is_before: bool| {
        let (chosen, other) = (
            chosen.clone(),
            if is_before {
                after_id.clone()
            } else {
                before_id.clone()
            },
        );
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set(Some(if is_before {
                (v, other.clone())
            } else {
                (other.clone(), v)
            }));
        });
        html! {
            <div class="field field--compact">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    { for ds.iter().zip(&names).map(|(d, name)| html! {
                        <option value={d.id.clone()} selected={d.id == current}>
                            { format!("{name} ({})", d.scale_kpi_name()) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let result = match (find(&before_id), find(&after_id)) {
        (Some(a), Some(b)) if a.scale != b.scale => {
            "These two data sets measure different KPIs and cannot be compared.".to_string()
        }
        (Some(a), Some(b)) => match compare(&total(&a.counts, a.scale), &total(&b.counts, b.scale))
        {
            Some(c) => format!(
                "{} compared with {}: {} changed by {}, {}. Method: {}.",
                name_of(&b.id),
                name_of(&a.id),
                a.scale_kpi_name(),
                c.change_text(),
                c.verdict(),
                c.method
            ),
            None => "These two data sets cannot be compared (too few answers).".into(),
        },
        _ => String::new(),
    };
    html! {
        <section class="panel" aria-labelledby="compare-datasets-heading">
            <h2 id="compare-datasets-heading">{ "Compare two data sets" }</h2>
            <div class="mapping-fields">
                { select("compare-before", "Before", before_id.clone(), true) }
                { select("compare-after", "After", after_id.clone(), false) }
            </div>
            <p class="compare__result" aria-live="polite">{ result }</p>
        </section>
    }
}
