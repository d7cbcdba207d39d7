//! Geometry of the emotion curve: higher for better feelings; a stage's points spread
//! evenly across its column (one point sits at the centre); stages without an emotion
//! leave a gap.

/// A point of the curve.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    pub x: f64,
    pub y: f64,
    pub emotion: i8,
    /// The stage (column) the point belongs to.
    pub stage: usize,
}

/// Points for `emotions` (one per stage) in columns of `column_width`, in a band from
/// `top` (+2) to `top + height` (−2). `None` stages have no point.
pub fn curve(
    emotions: &[Option<i8>],
    column_width: f64,
    top: f64,
    height: f64,
) -> Vec<Option<CurvePoint>> {
    let stages: Vec<Vec<i8>> = emotions
        .iter()
        .map(|e| e.iter().copied().collect())
        .collect();
    through(&stages, column_width, top, height)
}

/// Points for any number of values a stage (see `JourneyMap::curve_values`), left to
/// right: a stage's `k` values sit at the centres of `k` equal slices of its column; a
/// stage without values is a `None` (a gap in the line).
pub fn through(
    stages: &[Vec<i8>],
    column_width: f64,
    top: f64,
    height: f64,
) -> Vec<Option<CurvePoint>> {
    let mut out = Vec::with_capacity(stages.len());
    for (i, values) in stages.iter().enumerate() {
        if values.is_empty() {
            out.push(None);
        }
        let k = values.len() as f64;
        for (j, e) in values.iter().enumerate() {
            let e = (*e).clamp(-2, 2);
            out.push(Some(CurvePoint {
                x: (i as f64 + (j as f64 + 0.5) / k) * column_width,
                y: top + (2.0 - f64::from(e)) / 4.0 * height,
                emotion: e,
                stage: i,
            }));
        }
    }
    out
}

/// The curve as SVG path segments: a separate run for each stretch without gaps.
pub fn runs(points: &[Option<CurvePoint>]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for p in points {
        match p {
            Some(p) => out.last_mut().expect("one run at least").push((p.x, p.y)),
            None if !out.last().is_some_and(Vec::is_empty) => out.push(Vec::new()),
            None => {}
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn better_feelings_sit_higher_and_gaps_split_the_line() {
        let pts = curve(
            &[Some(2), Some(-2), None, Some(0), Some(1)],
            100.0,
            10.0,
            80.0,
        );
        let p0 = pts[0].as_ref().unwrap();
        let p1 = pts[1].as_ref().unwrap();
        assert_eq!((p0.x, p0.y), (50.0, 10.0));
        assert_eq!((p1.x, p1.y), (150.0, 90.0));
        assert!(pts[2].is_none());
        assert_eq!(pts[3].as_ref().unwrap().y, 50.0);
        let r = runs(&pts);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].len(), 2);
        assert_eq!(r[1], vec![(350.0, 50.0), (450.0, 30.0)]);
        assert!(runs(&curve(&[None, None], 10.0, 0.0, 1.0)).is_empty());
    }

    #[test]
    fn a_stages_values_spread_across_its_column() {
        // Mermaid's "Go to work" (5, 3, 1) then "Go home" (5, 5).
        let pts = through(&[vec![2, 0, -2], vec![], vec![2, 2]], 300.0, 0.0, 100.0);
        let xy: Vec<(f64, f64, usize)> = pts
            .iter()
            .map(|p| p.as_ref().map_or((-1.0, -1.0, 9), |p| (p.x, p.y, p.stage)))
            .collect();
        assert_eq!(
            xy,
            [
                (50.0, 0.0, 0),
                (150.0, 50.0, 0),
                (250.0, 100.0, 0),
                (-1.0, -1.0, 9),
                (675.0, 0.0, 2),
                (825.0, 0.0, 2)
            ]
        );
        let r = runs(&pts);
        assert_eq!(r.len(), 2, "the empty stage splits the line");
        assert_eq!(r[0].len(), 3);
    }
}
