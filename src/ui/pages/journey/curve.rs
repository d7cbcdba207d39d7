//! The emotion curve across the stages, drawn from the domain's geometry: a marker for
//! each card's own emotion (or the stage's, where its cards have none), moments of
//! truth (★) and pain points (▲) marked under it, a linked KPI's figure beside its
//! stage, and optionally a second map's curve dashed.

use crate::domain::journey::emotion_curve::{curve, runs, through};
use crate::domain::journey::marks::StageMarks;
use crate::domain::journey::{CurveValue, JourneyMap};
use yew::prelude::*;

/// What the curve shows at one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveStage {
    /// The stage's name as the page says it (unique: "Go home (2)").
    pub name: String,
    /// What the curve goes through here (see `JourneyMap::curve_values`).
    pub values: Vec<CurveValue>,
    pub marks: StageMarks,
    pub kpi: Option<String>,
}

/// The curve's stages for a map: names as the page says them, values, marks; the KPI
/// figure of each stage from `kpi`.
pub fn curve_stages(map: &JourneyMap, kpi: impl Fn(&str) -> Option<String>) -> Vec<CurveStage> {
    map.stage_display_names()
        .into_iter()
        .zip(map.curve_values())
        .zip(crate::domain::journey::marks::stage_marks(map))
        .zip(&map.stages)
        .map(|(((name, values), marks), s)| CurveStage {
            name,
            values,
            marks,
            kpi: kpi(&s.id),
        })
        .collect()
}

/// "Contact us -2", or with cards "Go to work (Make tea +2; Do work -2)".
fn said(stage: &CurveStage) -> String {
    match stage.values.as_slice() {
        [] => format!("{} not set", stage.name),
        [CurveValue {
            emotion,
            card: None,
        }] => format!("{} {}", stage.name, sign(*emotion)),
        values => format!(
            "{} ({})",
            stage.name,
            values
                .iter()
                .map(|v| format!("{} {}", v.card.as_deref().unwrap_or(""), sign(v.emotion)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// Props of [`EmotionCurve`].
#[derive(Properties, PartialEq)]
pub struct EmotionCurveProps {
    pub stages: Vec<CurveStage>,
    /// Width of a stage column, in CSS pixels (the grid's column width).
    pub column: f64,
    /// Another map's emotions lined up with these stages, and what to call it.
    #[prop_or_default]
    pub overlay: Option<(AttrValue, Vec<Option<i8>>)>,
    #[prop_or(140.0)]
    pub height: f64,
    /// The size of the curve's text in pixels of its drawing (the editor's stylesheet
    /// sets 12; the presenter's takes this one): the labels are placed for it.
    #[prop_or(12.0)]
    pub text: f64,
}

fn path(points: Vec<Vec<(f64, f64)>>) -> String {
    let mut d = String::new();
    for run in points {
        for (k, (x, y)) in run.iter().enumerate() {
            d.push_str(if k == 0 { " M" } else { " L" });
            d.push_str(&format!("{} {}", x.round() as i64, y.round() as i64));
        }
    }
    d
}

/// Whole pixels as attribute text (integer formatting keeps float printing out of the
/// download).
trait AsInt {
    fn to_int_text(self) -> String;
}

impl AsInt for f64 {
    fn to_int_text(self) -> String {
        (self.round() as i64).to_string()
    }
}

fn sign(e: i8) -> String {
    if e > 0 {
        format!("+{e}")
    } else {
        e.to_string()
    }
}

/// The curve, as wide as the stage columns.
#[component]
pub fn EmotionCurve(props: &EmotionCurveProps) -> Html {
    let n = props.stages.len().max(1) as f64;
    let (w, h) = (n * props.column, props.height);
    // Spacing grows with the text (1 at the editor's 12 px).
    let t = props.text / 12.0;
    let band = (16.0 * t, h - 46.0 * t);
    let values: Vec<Vec<i8>> = props
        .stages
        .iter()
        .map(|s| s.values.iter().map(|v| v.emotion).collect())
        .collect();
    let pts = through(&values, props.column, band.0, band.1);
    let summary = props.stages.iter().map(said).collect::<Vec<_>>().join(", ");
    let overlay = props.overlay.as_ref().map(|(label, em)| {
        let d = path(runs(&curve(em, props.column, band.0, band.1)));
        html! { <path class="curve__overlay" d={d}><title>{ label.clone() }</title></path> }
    });
    html! {
        <svg class="curve" width={w.to_int_text()} height={h.to_int_text()} viewBox={format!("0 0 {} {}", w.to_int_text(), h.to_int_text())}
            font-size={props.text.to_int_text()}
            role="img" aria-label={format!("Emotion curve: {summary}")}>
            <line class="curve__zero" x1="0" x2={w.to_int_text()} y1={(band.0 + band.1 / 2.0).to_int_text()} y2={(band.0 + band.1 / 2.0).to_int_text()} />
            { for overlay }
            <path class="curve__line" d={path(runs(&pts))} />
            { for pts.iter().flatten().map(|p| html! {
                <g>
                    <circle class={classes!("curve__dot", (p.emotion < 0).then_some("curve__dot--low"))}
                        cx={p.x.round().to_int_text()} cy={p.y.round().to_int_text()} r={(7.0 * t.sqrt()).to_int_text()} />
                    <text class="curve__value" x={(p.x + 10.0 * t).round().to_int_text()} y={(p.y + 4.0 * t).round().to_int_text()}>{ sign(p.emotion) }</text>
                </g>
            }) }
            { for props.stages.iter().enumerate().map(|(i, s)| {
                let cx = (i as f64 + 0.5) * props.column;
                let (base, left) = (h - 24.0 * t, (cx - 60.0 * t).round().to_int_text());
                html! {
                    <g>
                        if let Some(words) = s.marks.truth_text() {
                            <text class="curve__truth" x={left.clone()} y={base.to_int_text()}>{ words }</text>
                        }
                        if let Some(words) = s.marks.pain_text() {
                            <text class="curve__pain" x={left.clone()} y={(base + 16.0 * t).to_int_text()}>{ words }</text>
                        }
                        if let Some(k) = &s.kpi {
                            <text class="curve__kpi" x={left.clone()} y={(12.0 * t).to_int_text()}>{ k.clone() }</text>
                        }
                    </g>
                }
            }) }
        </svg>
    }
}
