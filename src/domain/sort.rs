//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` and friends build a new copy of the whole sort (some 4 KB of wasm)
//! for every item type and every comparison; the app sorts in a few dozen places, so
//! that was over 100 KB of the download. These functions sort positions instead, with
//! the comparison behind a reference, so there is one copy of the sort for all of them.
//! The results are the same as the standard library's: stable, equal items kept in the
//! order they came.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in the order they came (as
/// `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    for (a, b) in swaps(order) {
        items.swap(a, b);
    }
}

/// Sorts `items` by the key `key` gives each, keeping items with equal keys in the
/// order they came (as `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order (as `slice::sort` does).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions of `n` items in sorted order (the one instance of the standard sort).
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// The swaps that put item `order[i]` at position `i` for every `i`, done in turn.
fn swaps(order: Vec<usize>) -> Vec<(usize, usize)> {
    // Where each item that started at position p is now, and which item is at each place.
    let mut at: Vec<usize> = (0..order.len()).collect();
    let mut holds: Vec<usize> = at.clone();
    let mut out = Vec::new();
    for (i, &wanted) in order.iter().enumerate() {
        let from = at[wanted];
        if from != i {
            out.push((i, from));
            let moved = holds[i];
            holds.swap(i, from);
            at[wanted] = i;
            at[moved] = from;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_the_order_they_came_in() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut none: Vec<String> = vec![];
        sort(&mut none);
        assert!(none.is_empty());
        let mut one = vec!["x".to_string()];
        sort(&mut one);
        assert_eq!(one, ["x"]);
    }

    proptest! {
        #[test]
        fn the_same_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std_sorted = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std_sorted);
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort(&mut ours);
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
