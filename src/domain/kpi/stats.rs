//! The distributions and intervals behind every KPI figure: normal and Student t
//! quantiles, the Wilson score interval, the adjusted-Wald NPS interval, t intervals
//! for means, and intervals for the difference between two periods.

use std::f64::consts::SQRT_2;

/// A confidence interval, in the units of the figure it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    /// Half the width: the "±" margin of error.
    pub fn margin(&self) -> f64 {
        (self.high - self.low) / 2.0
    }

    /// True when the interval holds `x`.
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }

    fn scaled(self, k: f64) -> Interval {
        Interval {
            low: self.low * k,
            high: self.high * k,
        }
    }
}

/// The two-sided critical value of the standard normal for a confidence level, e.g.
/// 1.95996 for 0.95.
pub fn z_for(confidence: f64) -> f64 {
    normal_quantile(1.0 - (1.0 - confidence) / 2.0)
}

/// Standard normal distribution function.
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / SQRT_2)
}

/// Inverse of [`normal_cdf`]: Acklam's rational approximation, refined by one Halley
/// step (relative error below 1e-12 over (0, 1)).
pub fn normal_quantile(p: f64) -> f64 {
    if p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    let x = if p < 0.024_25 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.024_25 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    };
    // One Halley step against the exact distribution function.
    let e = normal_cdf(x) - p;
    let u = e * (2.0 * std::f64::consts::PI).sqrt() * (x * x / 2.0).exp();
    x - u / (1.0 + x * u / 2.0)
}

/// Regularised incomplete beta function I_x(a, b), by its continued fraction
/// (modified Lentz), as in Press et al., Numerical Recipes, §6.4.
fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front =
        libm::lgamma(a + b) - libm::lgamma(a) - libm::lgamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// Student t distribution function with `df` degrees of freedom.
pub fn t_cdf(t: f64, df: f64) -> f64 {
    let tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t));
    if t > 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

/// Inverse of [`t_cdf`], by bisection (the function is monotone; 200 halvings reach
/// the precision of an f64).
pub fn t_quantile(p: f64, df: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) || df <= 0.0 {
        return f64::NAN;
    }
    if df > 1e7 {
        return normal_quantile(p);
    }
    if p < 0.5 {
        return -t_quantile(1.0 - p, df);
    }
    let mut hi = 1.0;
    while t_cdf(hi, df) < p && hi < 1e12 {
        hi *= 2.0;
    }
    let mut lo = 0.0;
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if t_cdf(mid, df) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

/// The two-sided critical value of Student's t, e.g. 2.262 for 0.95 with 9 df.
pub fn t_for(confidence: f64, df: f64) -> f64 {
    t_quantile(1.0 - (1.0 - confidence) / 2.0, df)
}

/// Wilson score interval for a proportion `successes / n` (as a fraction, 0..1);
/// `None` when n is 0. Wilson (1927); Newcombe (1998), method 3.
pub fn wilson(successes: u64, n: u64, confidence: f64) -> Option<Interval> {
    if n == 0 || successes > n {
        return None;
    }
    let (s, n) = (successes as f64, n as f64);
    let z = z_for(confidence);
    let p = s / n;
    let z2 = z * z;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    Some(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// The counts behind an NPS.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NpsCounts {
    pub promoters: u64,
    pub passives: u64,
    pub detractors: u64,
}

impl NpsCounts {
    /// Everyone who answered.
    pub fn n(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }

    /// %promoters − %detractors, on the −100..100 scale; `None` with no answers.
    pub fn score(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| 100.0 * (self.promoters as f64 - self.detractors as f64) / n as f64)
    }

    /// Adjusted proportions and variance (Rocks 2016): add 3 to n and 3/4 to promoters
    /// and to detractors.
    fn adjusted(&self) -> (f64, f64, f64) {
        let n = self.n() as f64 + 3.0;
        let pp = (self.promoters as f64 + 0.75) / n;
        let pd = (self.detractors as f64 + 0.75) / n;
        let var = pp + pd - (pp - pd).powi(2);
        (pp - pd, var, n)
    }

    /// Adjusted-Wald interval for the NPS, in NPS points (−100..100). Rocks (2016),
    /// "Interval estimation for the 'Net Promoter Score'", The American Statistician.
    pub fn interval(&self, confidence: f64) -> Option<Interval> {
        if self.n() == 0 {
            return None;
        }
        let (nps, var, n) = self.adjusted();
        let half = z_for(confidence) * (var / n).sqrt();
        // The adjusted interval is centred on the adjusted score; with very few answers
        // the plain score shown can fall outside it (1 promoter: +100, interval up to
        // +98), so the interval is widened to hold it rather than contradict it.
        let shown = self.score()? / 100.0;
        Some(
            Interval {
                low: (nps - half).max(-1.0).min(shown),
                high: (nps + half).min(1.0).max(shown),
            }
            .scaled(100.0),
        )
    }
}

/// Difference `after − before` of two NPS results with its interval (adjusted-Wald
/// variances added), in NPS points.
pub fn nps_difference(
    before: NpsCounts,
    after: NpsCounts,
    confidence: f64,
) -> Option<(f64, Interval)> {
    if before.n() == 0 || after.n() == 0 {
        return None;
    }
    let (b, vb, nb) = before.adjusted();
    let (a, va, na) = after.adjusted();
    let diff = a - b;
    let half = z_for(confidence) * (vb / nb + va / na).sqrt();
    let shown = after.score()? - before.score()?;
    Some((
        shown,
        Interval {
            low: (diff - half).max(-2.0).min(shown / 100.0),
            high: (diff + half).min(2.0).max(shown / 100.0),
        }
        .scaled(100.0),
    ))
}

/// Interval for the difference `p_after − p_before` of two independent proportions by
/// Newcombe's hybrid score method (Newcombe 1998, "Interval estimation for the
/// difference between independent proportions", method 10), as fractions.
pub fn proportion_difference(
    before: (u64, u64),
    after: (u64, u64),
    confidence: f64,
) -> Option<(f64, Interval)> {
    let (s1, n1) = after;
    let (s2, n2) = before;
    let w1 = wilson(s1, n1, confidence)?;
    let w2 = wilson(s2, n2, confidence)?;
    let (p1, p2) = (s1 as f64 / n1 as f64, s2 as f64 / n2 as f64);
    let d = p1 - p2;
    Some((
        d,
        Interval {
            low: d - ((p1 - w1.low).powi(2) + (w2.high - p2).powi(2)).sqrt(),
            high: d + ((w1.high - p1).powi(2) + (p2 - w2.low).powi(2)).sqrt(),
        },
    ))
}

/// Summary of a sample of numbers: enough for means, t intervals and Welch's test.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MeanSummary {
    pub n: u64,
    pub mean: f64,
    /// Sample standard deviation (n − 1 in the denominator).
    pub sd: f64,
}

impl MeanSummary {
    /// From a count, a sum and a sum of squares (what imports store per period).
    pub fn from_sums(n: u64, sum: f64, sum_sq: f64) -> Self {
        if n == 0 {
            return MeanSummary::default();
        }
        let nf = n as f64;
        let mean = sum / nf;
        let var = if n > 1 {
            ((sum_sq - sum * sum / nf) / (nf - 1.0)).max(0.0)
        } else {
            0.0
        };
        MeanSummary {
            n,
            mean,
            sd: var.sqrt(),
        }
    }

    /// t interval for the mean; `None` below two values.
    pub fn interval(&self, confidence: f64) -> Option<Interval> {
        // With fewer than two values, or all the same, the spread is unknown: no
        // interval rather than a falsely certain one.
        if self.n < 2 || self.sd == 0.0 {
            return None;
        }
        let half = t_for(confidence, self.n as f64 - 1.0) * self.sd / (self.n as f64).sqrt();
        Some(Interval {
            low: self.mean - half,
            high: self.mean + half,
        })
    }
}

/// Difference `after − before` of two means with Welch's t interval and its degrees of
/// freedom (Welch–Satterthwaite).
pub fn mean_difference(
    before: MeanSummary,
    after: MeanSummary,
    confidence: f64,
) -> Option<(f64, Interval, f64)> {
    if before.n < 2 || after.n < 2 {
        return None;
    }
    let (v1, v2) = (
        after.sd.powi(2) / after.n as f64,
        before.sd.powi(2) / before.n as f64,
    );
    let se = (v1 + v2).sqrt();
    let df = (v1 + v2).powi(2)
        / (v1.powi(2) / (after.n as f64 - 1.0) + v2.powi(2) / (before.n as f64 - 1.0));
    let d = after.mean - before.mean;
    if se == 0.0 {
        return None;
    }
    let half = t_for(confidence, df) * se;
    Some((
        d,
        Interval {
            low: d - half,
            high: d + half,
        },
        df,
    ))
}

/// Answers needed for a proportion to have at most `margin` (a fraction, e.g. 0.05)
/// either side, taking the worst case p = 0.5 unless an expected `p` is given.
pub fn sample_size_for_proportion(margin: f64, confidence: f64, p: Option<f64>) -> u64 {
    let p = p.unwrap_or(0.5).clamp(0.0, 1.0);
    let z = z_for(confidence);
    (z * z * p * (1.0 - p) / (margin * margin)).ceil() as u64
}

/// Answers needed for an NPS to have at most `margin_points` (e.g. 5 for ±5 points)
/// either side, with the worst-case variance of 1 (half promoters, half detractors)
/// unless an expected variance is given.
pub fn sample_size_for_nps(margin_points: f64, confidence: f64, variance: Option<f64>) -> u64 {
    let m = margin_points / 100.0;
    let z = z_for(confidence);
    let n = z * z * variance.unwrap_or(1.0) / (m * m) - 3.0;
    n.max(1.0).ceil() as u64
}
