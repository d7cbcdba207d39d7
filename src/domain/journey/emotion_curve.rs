//! Geometry of the emotion curve: one point a stage at its column's centre, higher for
//! better feelings; stages without an emotion leave a gap.

/// A point of the curve.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    pub x: f64,
    pub y: f64,
    pub emotion: i8,
}

/// Points for `emotions` (one per stage) in columns of `column_width`, in a band from
/// `top` (+2) to `top + height` (−2). `None` stages have no point.
pub fn curve(
    emotions: &[Option<i8>],
    column_width: f64,
    top: f64,
    height: f64,
) -> Vec<Option<CurvePoint>> {
    emotions
        .iter()
        .enumerate()
        .map(|(i, e)| {
            e.map(|e| {
                let e = e.clamp(-2, 2);
                CurvePoint {
                    x: (i as f64 + 0.5) * column_width,
                    y: top + (2.0 - f64::from(e)) / 4.0 * height,
                    emotion: e,
                }
            })
        })
        .collect()
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
}
