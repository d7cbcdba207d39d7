//! A KPI figure as a card: value, 95% interval, n, definition, status against the
//! target (in words and an icon, not colour alone) and "copy with definition".

use crate::domain::kpi::format::{copy_text_with, interval_text, with_unit};
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

/// Red/amber/green against a target, said in words: met; within the interval (amber:
/// the data cannot tell); missed.
fn status(f: &KpiFigure, target: f64) -> (&'static str, &'static str, &'static str) {
    let better = |a: f64, b: f64| {
        if f.kind.higher_is_better() {
            a >= b
        } else {
            a <= b
        }
    };
    let unsure = f.interval.is_some_and(|i| i.contains(target));
    if better(f.value, target) && !unsure {
        ("On target", "✔", "status status--good")
    } else if unsure {
        ("Too close to call", "◐", "status status--unsure")
    } else {
        ("Off target", "✖", "status status--bad")
    }
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
    let definition: AttrValue = props
        .definition
        .clone()
        .unwrap_or_else(|| f.definition().into());
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
    let interval = interval_text(f).map(|i| format!("95% CI {i}"));
    let secondary = f
        .secondary
        .as_ref()
        .map(|s| format!("{} {}", s.label, with_unit(s.value, s.unit)));
    let target = props.target.map(|t| {
        let (words, icon, class) = status(f, t);
        html! {
            <p class={class}><span aria-hidden="true">{ icon }{ " " }</span>
                { format!("{words}: target {}", with_unit(t, f.unit)) }</p>
        }
    });
    html! {
        <article class="kpi-card" aria-label={format!("{} {}", f.kind.name(), with_unit(f.value, f.unit))}>
            <p class="kpi-card__name">{ f.kind.name() }<span class="kpi-card__long">{ format!(" · {}", f.kind.long_name()) }</span></p>
            <p class="kpi-card__value">{ with_unit(f.value, f.unit) }
                <Sparkline values={props.trend.clone()} label={format!("{} over the last {} periods", f.kind.name(), props.trend.len())} />
            </p>
            if let Some(i) = interval { <p class="kpi-card__interval">{ i }</p> }
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
