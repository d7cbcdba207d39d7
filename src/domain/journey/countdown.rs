//! The workshop countdown the facilitator sets. Times are milliseconds since 1970
//! (`Date.now()`), so two windows showing the same countdown agree.

use serde::{Deserialize, Serialize};

/// A countdown: its length, and either when it was last started or what was left when
/// it was paused.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Countdown {
    /// What it was set to.
    pub set_ms: f64,
    /// What was left when it last stopped (or its length, before it starts).
    pub left_ms: f64,
    /// When it was started, while it runs.
    pub running_since: Option<f64>,
}

/// Longest countdown offered: a half-day workshop block.
pub const MAX_MINUTES: u32 = 240;

impl Countdown {
    /// A stopped countdown of `minutes` (capped at [`MAX_MINUTES`]).
    pub fn minutes(minutes: u32) -> Self {
        let ms = f64::from(minutes.min(MAX_MINUTES)) * 60_000.0;
        Countdown {
            set_ms: ms,
            left_ms: ms,
            running_since: None,
        }
    }

    /// Milliseconds left at `now`, never below zero.
    pub fn remaining(&self, now: f64) -> f64 {
        match self.running_since {
            Some(since) => (self.left_ms - (now - since).max(0.0)).max(0.0),
            None => self.left_ms,
        }
    }

    /// True while counting down.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// True while it runs and has time left (a countdown that reached zero stops).
    pub fn is_ticking(&self, now: f64) -> bool {
        self.is_running() && !self.is_finished(now)
    }

    /// True once it has reached zero.
    pub fn is_finished(&self, now: f64) -> bool {
        self.set_ms > 0.0 && self.remaining(now) <= 0.0
    }

    /// Starts (or resumes) counting at `now`.
    pub fn start(self, now: f64) -> Self {
        if self.is_running() || self.left_ms <= 0.0 {
            return self;
        }
        Countdown {
            running_since: Some(now),
            ..self
        }
    }

    /// Pauses at `now`, keeping what is left.
    pub fn pause(self, now: f64) -> Self {
        Countdown {
            left_ms: self.remaining(now),
            running_since: None,
            ..self
        }
    }

    /// Back to its full length, stopped.
    pub fn reset(self) -> Self {
        Countdown {
            left_ms: self.set_ms,
            running_since: None,
            ..self
        }
    }
}

/// Milliseconds as "mm:ss", rounded up so "00:00" shows only when time is up.
pub fn clock_text(ms: f64) -> String {
    let secs = (ms.max(0.0) / 1000.0).ceil() as u64;
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_resets() {
        let c = Countdown::minutes(5);
        assert_eq!(clock_text(c.remaining(0.0)), "05:00");
        let c = c.start(1_000.0);
        assert!(c.is_running());
        assert_eq!(clock_text(c.remaining(1_000.0 + 61_500.0)), "03:59");
        let c = c.pause(1_000.0 + 120_000.0);
        assert_eq!(c.remaining(10_000_000.0), 180_000.0);
        let c = c.start(500_000.0);
        assert!(c.is_ticking(500_000.0 + 179_000.0));
        assert!(c.is_finished(500_000.0 + 180_000.0));
        assert!(!c.is_ticking(500_000.0 + 180_000.0));
        assert_eq!(clock_text(c.remaining(900_000.0)), "00:00");
        assert_eq!(c.reset().remaining(0.0), 300_000.0);
        assert!(!c.reset().is_running());
    }

    #[test]
    fn long_or_odd_inputs_are_bounded() {
        assert_eq!(Countdown::minutes(10_000).set_ms, 240.0 * 60_000.0);
        assert_eq!(clock_text(-5.0), "00:00");
        assert_eq!(clock_text(1.0), "00:01");
        // A clock that went backwards does not add time.
        let c = Countdown::minutes(1).start(10_000.0);
        assert_eq!(c.remaining(5_000.0), 60_000.0);
        // Starting a finished countdown does nothing.
        let done = Countdown::minutes(0);
        assert!(!done.start(0.0).is_running());
    }
}
