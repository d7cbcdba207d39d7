//! The Check quadrant: the KPI after the change, compared with the baseline (difference,
//! 95% interval, significant or not), the verdict and the target, and the run chart of
//! the KPI by period with the change marked.

use super::edit::PdcaChange;
use super::editor_page::QuadrantProps;
use super::plan_panel::kpi_select;
use crate::domain::pdca::PdcaEdit;
use yew::prelude::*;

/// The Check quadrant.
#[component]
pub fn CheckPanel(props: &QuadrantProps) -> Html {
    let (c, on_edit) = (&props.cycle, &props.on_edit);
    let on_after = {
        let on_edit = on_edit.clone();
        Callback::from(move |pick| on_edit.emit(PdcaChange::new(PdcaEdit::SetAfter { pick })))
    };
    let kpi = &props.kpi.0;
    let (result, chart) = (&kpi.check, &kpi.chart);
    html! {
        <section class="panel pdca-quadrant pdca-quadrant--check" aria-labelledby="pdca-check-heading">
            <h2 id="pdca-check-heading">{ "Check" }</h2>
            { kpi_select("pdca-after", "KPI after the change", c.after.as_ref(), &kpi.picks, on_after) }
            <div class="pdca-verdict" role="status">
                { match &result {
                    Ok(r) => html! {
                        <>
                            <p><strong>{ format!("Before: {} · After: {}",
                                crate::domain::kpi::format::with_unit(r.before.value, r.before.unit),
                                crate::domain::kpi::format::with_unit(r.after.value, r.after.unit)) }</strong></p>
                            <p>{ r.sentence(c.target) }</p>
                            <p class="meta">{ format!("Method: {}", r.comparison.method) }</p>
                        </>
                    },
                    Err(why) => html! { <p class="empty">{ why.clone() }</p> },
                } }
            </div>
            <h3>{ "Run chart" }</h3>
            { match chart {
                None => html! { <p class="empty">{ "Pick a baseline to see the KPI by month." }</p> },
                Some((Err(why), _)) => html! { <p class="empty">{ format!("No control limits yet: {why}.") }</p> },
                Some((Ok(rc), labels)) => html! {
                    <>
                        <div class="pdca-run-chart">{ Html::from_html_unchecked(AttrValue::from(rc.svg(labels, 900, 320))) }</div>
                        <p>{ rc.summary() }</p>
                    </>
                },
            } }
        </section>
    }
}
