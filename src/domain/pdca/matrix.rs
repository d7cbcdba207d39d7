//! The options matrix: each option scored per criterion, weighted, with "must"
//! constraints that rule an option out whatever its score; totals, a ranking, and how
//! robust the choice is (the smallest change of one weight that would put another option
//! first).

use super::ids::{ConstraintId, CriterionId, OptionId};
use super::model::{Criterion, PdcaCycle, MAX_WEIGHT};

/// One option's standing in the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub option: OptionId,
    /// The weighted mean score, 1 to 5; `None` until every weighted criterion is scored.
    pub total: Option<f64>,
    /// Weighted criteria not scored yet.
    pub unscored: usize,
    /// The constraints the option fails: any one rules it out.
    pub fails: Vec<ConstraintId>,
    /// 1 for the best of the options that can be ranked (all scored, none ruled out);
    /// options with equal totals share a rank.
    pub rank: Option<usize>,
}

impl Standing {
    /// Ruled out by a "must" constraint.
    pub fn ruled_out(&self) -> bool {
        !self.fails.is_empty()
    }
}

/// How much the first place depends on the weights.
#[derive(Clone, Debug, PartialEq)]
pub enum Robustness {
    /// Fewer than two options can be ranked: nothing to compare.
    TooFew,
    /// Two or more options share first place.
    Tied(Vec<OptionId>),
    /// Changing one weight from `from` to `to` would put `first` ahead; the smallest
    /// such change.
    Flips {
        criterion: CriterionId,
        from: u8,
        to: u8,
        first: OptionId,
    },
    /// No change of a single weight (0 to [`MAX_WEIGHT`]) puts another option first.
    Robust,
}

/// The matrix worked out: standings in rank order (ranked options best first, then
/// those not yet fully scored, then those ruled out), and robustness.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub standings: Vec<Standing>,
    pub robustness: Robustness,
}

impl Matrix {
    /// The option ranked first alone, if there is one.
    pub fn leader(&self) -> Option<&OptionId> {
        match self.robustness {
            Robustness::Tied(_) => None,
            _ => self
                .standings
                .first()
                .filter(|s| s.rank == Some(1))
                .map(|s| &s.option),
        }
    }

    /// The standing of `option`.
    pub fn standing(&self, option: &OptionId) -> Option<&Standing> {
        self.standings.iter().find(|s| &s.option == option)
    }
}

/// Weighted sums per option under `weights` (one per criterion, in order): the sum of
/// weight × score, or `None` when a weighted criterion is unscored.
fn sums(cycle: &PdcaCycle, weights: &[u8], eligible: &[usize]) -> Vec<Option<u32>> {
    eligible
        .iter()
        .map(|&i| {
            let option = &cycle.options[i];
            cycle
                .criteria
                .iter()
                .zip(weights)
                .filter(|(_, &w)| w > 0)
                .try_fold(0u32, |acc, (c, &w)| {
                    option
                        .scores
                        .get(&c.id)
                        .map(|&s| acc + u32::from(w) * u32::from(s))
                })
        })
        .collect()
}

/// The indexes (into `eligible`) of the options with the highest sum.
fn firsts(sums: &[Option<u32>]) -> Vec<usize> {
    let best = sums.iter().flatten().max();
    (0..sums.len())
        .filter(|&i| best.is_some() && sums[i].as_ref() == best)
        .collect()
}

fn unscored(cycle: &PdcaCycle, option: usize) -> usize {
    let o = &cycle.options[option];
    cycle
        .criteria
        .iter()
        .filter(|c| c.weight > 0 && !o.scores.contains_key(&c.id))
        .count()
}

fn total_weight(criteria: &[Criterion]) -> u32 {
    criteria.iter().map(|c| u32::from(c.weight)).sum()
}

/// Works out the matrix of `cycle`.
pub fn matrix(cycle: &PdcaCycle) -> Matrix {
    let weights: Vec<u8> = cycle.criteria.iter().map(|c| c.weight).collect();
    let fails = |i: usize| cycle.failed_musts(&cycle.options[i]);
    let w = total_weight(&cycle.criteria);
    // Ranked: not ruled out and fully scored, with something weighted.
    let eligible: Vec<usize> = (0..cycle.options.len())
        .filter(|&i| fails(i).is_empty() && unscored(cycle, i) == 0 && w > 0)
        .collect();
    let base = sums(cycle, &weights, &eligible);
    let mut order: Vec<usize> = (0..eligible.len()).collect();
    crate::domain::sort::sort_by(&mut order, |&a, &b| base[b].cmp(&base[a]));
    let mut standings: Vec<Standing> = Vec::with_capacity(cycle.options.len());
    for (place, &k) in order.iter().enumerate() {
        let i = eligible[k];
        let rank = match standings.last() {
            Some(prev) if base[order[place - 1]] == base[k] => prev.rank,
            _ => Some(place + 1),
        };
        standings.push(Standing {
            option: cycle.options[i].id.clone(),
            total: base[k].map(|s| f64::from(s) / f64::from(w)),
            unscored: 0,
            fails: Vec::new(),
            rank,
        });
    }
    let mut rest: Vec<usize> = (0..cycle.options.len())
        .filter(|i| !eligible.contains(i))
        .collect();
    crate::domain::sort::sort_by_key(&mut rest, |&i| !fails(i).is_empty());
    for i in rest {
        standings.push(Standing {
            option: cycle.options[i].id.clone(),
            total: None,
            unscored: unscored(cycle, i),
            fails: fails(i),
            rank: None,
        });
    }
    let robustness = robustness(cycle, &weights, &eligible, &base);
    Matrix {
        standings,
        robustness,
    }
}

fn robustness(
    cycle: &PdcaCycle,
    weights: &[u8],
    eligible: &[usize],
    base: &[Option<u32>],
) -> Robustness {
    if eligible.len() < 2 {
        return Robustness::TooFew;
    }
    let first = firsts(base);
    if first.len() > 1 {
        return Robustness::Tied(
            first
                .iter()
                .map(|&k| cycle.options[eligible[k]].id.clone())
                .collect(),
        );
    }
    let leader = first[0];
    // Every weight of every criterion tried: the matrix is small (at most 50 × 11
    // weightings of 50 options), and trying them all is plainly right where a formula
    // would need care with criteria that change from unweighted to weighted.
    let mut best: Option<(u8, usize, u8, usize)> = None; // (distance, criterion, to, new first)
    for (j, &from) in weights.iter().enumerate() {
        for to in 0..=MAX_WEIGHT {
            if to == from {
                continue;
            }
            let mut tried = weights.to_vec();
            tried[j] = to;
            if tried.iter().all(|&w| w == 0) {
                continue;
            }
            // Another option alone in first place.
            let now_first = firsts(&sums(cycle, &tried, eligible));
            if let [k] = now_first[..] {
                if k == leader {
                    continue;
                }
                let distance = from.abs_diff(to);
                if best.is_none_or(|(d, ..)| distance < d) {
                    best = Some((distance, j, to, k));
                }
            }
        }
    }
    match best {
        Some((_, j, to, k)) => Robustness::Flips {
            criterion: cycle.criteria[j].id.clone(),
            from: weights[j],
            to,
            first: cycle.options[eligible[k]].id.clone(),
        },
        None => Robustness::Robust,
    }
}

/// The robustness in words, naming criteria and options as the user did.
pub fn robustness_text(cycle: &PdcaCycle, m: &Matrix) -> String {
    let option = |id: &OptionId| {
        cycle
            .option(id)
            .map_or_else(|| "another option".to_string(), |o| o.name.clone())
    };
    match &m.robustness {
        Robustness::TooFew => {
            "Score at least two options on every weighted criterion to compare them.".into()
        }
        Robustness::Tied(ids) => format!(
            "{} share first place: change a weight or a score, or choose on what the matrix leaves out.",
            ids.iter().map(&option).collect::<Vec<_>>().join(" and ")
        ),
        Robustness::Flips {
            criterion,
            from,
            to,
            first,
        } => {
            let name = cycle
                .criteria
                .iter()
                .find(|c| &c.id == criterion)
                .map_or("a criterion", |c| c.name.as_str());
            format!(
                "Close call: changing the weight of {name} from {from} to {to} would put {} first.",
                option(first)
            )
        }
        Robustness::Robust => format!(
            "Robust: no change of a single weight (0 to {MAX_WEIGHT}) puts another option first."
        ),
    }
}

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod tests;
