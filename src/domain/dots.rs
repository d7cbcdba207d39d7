//! Dot votes on one thing (a journey card, a fishbone cause): each participant's dots as
//! `(name, count)`, one entry a participant. Shared by every tool with dot voting, so a
//! dot is placed, taken back and counted the same way everywhere.

/// The dots on one thing, by participant.
pub type Votes = Vec<(String, u32)>;

/// All the dots on one thing (saturating: data read from outside may be extreme).
pub fn total(votes: &[(String, u32)]) -> u32 {
    votes
        .iter()
        .fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
}

/// Places one of `participant`'s dots.
pub fn add(votes: &mut Votes, participant: &str) {
    match votes.iter_mut().find(|(p, _)| p == participant) {
        Some((_, n)) => *n += 1,
        None => votes.push((participant.to_string(), 1)),
    }
}

/// Takes back one of `participant`'s dots; false when they have none there.
pub fn take(votes: &mut Votes, participant: &str) -> bool {
    let Some(i) = votes.iter().position(|(p, _)| p == participant) else {
        return false;
    };
    if votes[i].1 <= 1 {
        votes.remove(i);
    } else {
        votes[i].1 -= 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_placed_taken_back_and_counted_per_participant() {
        let mut v = Votes::new();
        add(&mut v, "Sam");
        add(&mut v, "Sam");
        add(&mut v, "Ana");
        assert_eq!(v, vec![("Sam".into(), 2), ("Ana".into(), 1)]);
        assert_eq!(total(&v), 3);
        assert!(take(&mut v, "Ana"));
        assert_eq!(
            v,
            vec![("Sam".into(), 2)],
            "the last dot takes the entry away"
        );
        assert!(!take(&mut v, "Ana"));
        assert_eq!(total(&[("x".into(), u32::MAX), ("y".into(), 1)]), u32::MAX);
    }
}
