//! A KPI figure as a card: value, 95% interval and how it was made, n (and for an NPS
//! the promoters, passives and detractors behind it), definition, status against the
//! target (in words and an icon, not colour alone) and "copy with definition".

use crate::domain::kpi::format::{
    copy_text_with, interval_with_method, nps_counts_text, one_minus, with_unit,
};
use crate::domain::kpi::status::TargetStatus;
use crate::domain::kpi::KpiFigure;
use crate::ui::charts::Sparkline;
use yew::prelude::*;

/// Props of [`KpiFigureCard`].
#[derive(Properties, PartialEq)]
pub struct KpiFigureCardProps {
    pub figure: KpiFigure,
    /// What the figure covers, e.g. "all channels, Jan 2025 – Dec 2026".
    #[prop_or_default]
    pub context: AttrValue,
    #[prop_or_default]
    pub target: Option<f64>,
    /// The definition stored with the data, when it has one.
    #[prop_or_default]
    pub definition: Option<AttrValue>,
    /// Recent values, oldest first, for a sparkline.
    #[prop_or_default]
    pub trend: Vec<f64>,
}

/// One KPI figure.
#[component]
pub fn KpiFigureCard(props: &KpiFigureCardProps) -> Html {
    let f = &props.figure;
    // None: not copied; Some(true): copied; Some(false): the browser refused.
    let copied = use_state(|| None::<bool>);
    {
        // A new figure has not been copied yet.
        let copied = copied.clone();
        use_effect_with(props.figure.clone(), move |_| copied.set(None));
    }
    let definition: AttrValue = one_minus(
        props
            .definition
            .as_deref()
            .unwrap_or_else(|| f.definition()),
    )
    .into();
    let on_copy = {
        let text = copy_text_with(f, &props.context, &definition);
        let copied = copied.clone();
        Callback::from(move |_| {
            let Some(w) = web_sys::window() else { return };
            let promise = w.navigator().clipboard().write_text(&text);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(ok));
            });
        })
    };
    let interval = interval_with_method(f);
    let counts = f.nps.map(|c| nps_counts_text(&c));
    let secondary = f
        .secondary
        .as_ref()
        .map(|s| format!("{} {}", s.label, with_unit(s.value, s.unit)));
    let target = props.target.map(|t| {
        let status = TargetStatus::of(f, t);
        let class = match status {
            TargetStatus::OnTarget => "status status--good",
            TargetStatus::TooCloseToCall => "status status--unsure",
            TargetStatus::OffTarget => "status status--bad",
        };
        html! {
            <p {class}><span aria-hidden="true">{ status.icon() }{ " " }</span>
                { format!("{}: target {}", status.words(), with_unit(t, f.unit)) }</p>
        }
    });
    html! {
        <article class="kpi-card" aria-label={format!("{} {}", f.kind.name(), with_unit(f.value, f.unit))}>
            <p class="kpi-card__name">{ f.kind.name() }
                if let Some(long) = f.kind.spelled_out() { <span class="kpi-card__long">{ format!(" · {long}") }</span> }
            </p>
            <p class="kpi-card__value">{ with_unit(f.value, f.unit) }
                <Sparkline values={props.trend.clone()} label={format!("{} over the last {} periods", f.kind.name(), props.trend.len())} />
            </p>
            if let Some(i) = interval { <p class="kpi-card__interval">{ i }</p> }
            if let Some(c) = counts { <p class="kpi-card__counts">{ c }</p> }
            <p class="kpi-card__n">{ format!("n = {}", f.n) }
                if let Some(s) = secondary { { format!(" · {s}") } }
                if !props.context.is_empty() { { format!(" · {}", props.context) } }
            </p>
            { for target }
            <p class="kpi-card__definition">{ definition.clone() }</p>
            <button type="button" class="button button--secondary button--small" onclick={on_copy}>
                { match *copied { Some(true) => "Copied", _ => "Copy with definition" } }</button>
            if *copied == Some(false) {
                <p class="field-error" role="alert">{ "The browser did not allow copying; select the text instead." }</p>
            }
        </article>
    }
}
