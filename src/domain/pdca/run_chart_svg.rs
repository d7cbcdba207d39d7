//! The run chart drawn: where every point and line goes (plain numbers, tested), and a
//! standalone SVG of it. Every label is escaped, so a period named `<script>` stays
//! text; signal points differ by shape as well as colour.

use super::{Direction, RunChart};
use crate::domain::journey::svg::escape;
use std::fmt::Write;

impl RunChart {
    /// The direction of the signal(s) covering period `i`: None when none do, and
    /// `Some(None)` when signals of both directions do.
    fn signal_at(&self, i: usize) -> Option<Option<Direction>> {
        let mut dirs = self
            .signals
            .iter()
            .filter(|s| (s.first..=s.last).contains(&i));
        let first = dirs.next()?.direction;
        Some(dirs.all(|s| s.direction == first).then_some(first))
    }
}

/// Where everything on the chart goes, in px from the top left.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// The plotting area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    /// One (x, y) per value.
    pub points: Vec<(f64, f64)>,
    pub mean_y: f64,
    pub upper_y: f64,
    pub lower_y: f64,
    /// Halfway between the last baseline period and the first judged one.
    pub change_x: Option<f64>,
}

impl RunChart {
    /// The chart's geometry for a `width` × `height` px drawing (0 is taken as 1).
    pub fn geometry(&self, width: u32, height: u32) -> ChartGeometry {
        let (w, h) = (f64::from(width.max(1)), f64::from(height.max(1)));
        // Margins shrink with a small drawing so the plot never turns inside out.
        // The right margin holds the names of the mean and limit lines and half the last
        // period's label.
        let (left, right) = ((48f64).min(w * 0.2), w - (44f64).min(w * 0.12));
        let (top, bottom) = ((24f64).min(h * 0.15), h - (28f64).min(h * 0.15));
        let l = &self.limits;
        let lo = self
            .values
            .iter()
            .fold(l.lower.min(l.mean), |a, &v| a.min(v));
        let hi = self
            .values
            .iter()
            .fold(l.upper.max(l.mean), |a, &v| a.max(v));
        // A flat series has no span: centre it in a band of ±1 (or ±10% of the value).
        let pad = if hi > lo {
            (hi - lo) * 0.05
        } else {
            (lo.abs() * 0.1).max(1.0)
        };
        let (lo, hi) = (lo - pad, hi + pad);
        let y = |v: f64| (bottom - (v - lo) / (hi - lo) * (bottom - top)).clamp(top, bottom);
        let n = self.values.len();
        let x = |i: f64| match n {
            0 | 1 => (left + right) / 2.0,
            _ => left + i * (right - left) / (n - 1) as f64,
        };
        let points = self
            .values
            .iter()
            .enumerate()
            .map(|(i, &v)| (x(i as f64), y(v)))
            .collect();
        let change_x = self.change_at.map(|c| x(c as f64 - 0.5).clamp(left, right));
        ChartGeometry {
            width: w,
            height: h,
            plot: (left, top, right, bottom),
            points,
            mean_y: y(l.mean),
            upper_y: y(l.upper),
            lower_y: y(l.lower),
            change_x,
        }
    }

    /// The run chart as a standalone SVG. `labels` name the periods (missing ones are
    /// numbered); every label is escaped. Signal points are triangles pointing their
    /// way (diamonds when signals disagree), not only a different colour.
    pub fn svg(&self, labels: &[String], width: u32, height: u32) -> String {
        let g = self.geometry(width, height);
        let (left, top, right, bottom) = g.plot;
        let label = |i: usize| {
            labels
                .get(i)
                .cloned()
                .unwrap_or_else(|| (i + 1).to_string())
        };
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="rc-title rc-desc" font-family="sans-serif" font-size="11">"#,
            w = g.width,
            h = g.height
        );
        let _ = write!(
            s,
            r#"<title id="rc-title">Run chart of {} periods</title><desc id="rc-desc">{}</desc>"#,
            self.values.len(),
            escape(&self.description(labels))
        );
        let _ = write!(
            s,
            r##"<path d="M{left:.1},{top:.1}V{bottom:.1}H{right:.1}" fill="none" stroke="#444"/>"##
        );
        for (y, name, dash, value) in [
            (g.upper_y, "upper limit", "6 4", self.limits.upper),
            (g.mean_y, "mean", "", self.limits.mean),
            (g.lower_y, "lower limit", "6 4", self.limits.lower),
        ] {
            let dash = if dash.is_empty() {
                String::new()
            } else {
                format!(r#" stroke-dasharray="{dash}""#)
            };
            let _ = write!(
                s,
                r##"<line x1="{left:.1}" y1="{y:.1}" x2="{right:.1}" y2="{y:.1}" stroke="#777"{dash}><title>{name}</title></line>"##
            );
            // The line's value on the axis, and its name at its end.
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text><text x="{:.1}" y="{:.1}">{}</text>"#,
                left - 4.0,
                y + 4.0,
                number(value),
                right + 3.0,
                y + 4.0,
                name.split(' ').next().unwrap_or(name)
            );
        }
        if let Some(cx) = g.change_x {
            let _ = write!(
                s,
                r##"<line x1="{cx:.1}" y1="{top:.1}" x2="{cx:.1}" y2="{bottom:.1}" stroke="#222" stroke-dasharray="2 3"/><text x="{cx:.1}" y="{:.1}" text-anchor="middle">change</text>"##,
                (top - 4.0).max(10.0)
            );
        }
        let path: Vec<String> = g
            .points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            s,
            r##"<polyline points="{}" fill="none" stroke="#1f5fa8"/>"##,
            path.join(" ")
        );
        for (i, &(x, y)) in g.points.iter().enumerate() {
            let tip = format!("{}: {}", escape(&label(i)), number(self.values[i]));
            let _ = match self.signal_at(i) {
                None => write!(
                    s,
                    r##"<circle cx="{x:.1}" cy="{y:.1}" r="3" fill="#1f5fa8"><title>{tip}</title></circle>"##
                ),
                Some(dir) => {
                    let (d, word) = match dir {
                        Some(Direction::Up) => {
                            (format!("M{x:.1},{:.1}l5,9h-10z", y - 6.0), "signal, up")
                        }
                        Some(Direction::Down) => {
                            (format!("M{x:.1},{:.1}l5,-9h-10z", y + 6.0), "signal, down")
                        }
                        None => (
                            format!("M{x:.1},{:.1}l6,6l-6,6l-6,-6z", y - 6.0),
                            "signals both ways",
                        ),
                    };
                    write!(
                        s,
                        r##"<path d="{d}" fill="#d4351c" stroke="#000"><title>{tip} ({word})</title></path>"##
                    )
                }
            };
        }
        let every = (self.values.len() as f64 * 60.0 / (right - left).max(1.0))
            .ceil()
            .max(1.0) as usize;
        for (i, &(x, _)) in g.points.iter().enumerate().step_by(every) {
            let _ = write!(
                s,
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                (bottom + 14.0).min(g.height),
                escape(&label(i))
            );
        }
        s.push_str("</svg>");
        s
    }

    /// The chart in words, for the SVG's description.
    fn description(&self, labels: &[String]) -> String {
        let l = &self.limits;
        let base = match self.change_at {
            Some(c) => format!("the {c} periods before the change"),
            None => "all periods".into(),
        };
        let span = match (
            labels.first(),
            labels.get(self.values.len().saturating_sub(1)),
        ) {
            (Some(a), Some(b)) => format!(" from {a} to {b}"),
            _ => String::new(),
        };
        format!(
            "{} periods{span}. Mean {}, upper limit {}, lower limit {}, from {base}. {}",
            self.values.len(),
            number(l.mean),
            number(l.upper),
            number(l.lower),
            self.summary()
        )
    }
}

/// A value with at most 2 decimals, trailing zeros dropped.
fn number(v: f64) -> String {
    let t = format!("{v:.2}");
    let t = t.trim_end_matches('0').trim_end_matches('.');
    if t == "-0" {
        "0".into()
    } else {
        t.into()
    }
}
