//! A big workspace with varied, realistic text from a seeded word generator: projects
//! that each hold a 60-stage × 12-lane journey map of 1,000 cards, and a second map of
//! complaint-sized notes (about 250 characters each) as bulk data. The browser's e2e
//! test and the benchmark use the same word list and skew (tests/e2e/big-workspace.mjs).

use cx_workbench::domain::Workspace;
use serde_json::{json, Value};

const WORDS: &[&str] = &[
    "customer",
    "called",
    "about",
    "the",
    "late",
    "parcel",
    "and",
    "was",
    "transferred",
    "three",
    "times",
    "before",
    "anyone",
    "could",
    "help",
    "refund",
    "promised",
    "within",
    "five",
    "working",
    "days",
    "but",
    "never",
    "arrived",
    "adviser",
    "apologised",
    "offered",
    "voucher",
    "escalated",
    "to",
    "team",
    "leader",
    "who",
    "rang",
    "back",
    "next",
    "morning",
    "email",
    "chat",
    "queue",
    "hold",
    "music",
    "too",
    "loud",
    "wrong",
    "address",
    "on",
    "account",
    "courier",
    "left",
    "it",
    "with",
    "neighbour",
    "missing",
    "item",
    "damaged",
    "box",
    "replacement",
    "sent",
    "same",
    "day",
    "complaint",
    "logged",
    "under",
    "reference",
    "billing",
    "error",
    "charged",
    "twice",
    "direct",
    "debit",
    "cancelled",
    "without",
    "notice",
    "letter",
    "explained",
    "policy",
    "clearly",
    "felt",
    "ignored",
    "frustrated",
    "relieved",
    "happy",
    "outcome",
    "first",
    "contact",
    "resolution",
    "survey",
    "score",
    "low",
    "high",
    "waiting",
    "time",
    "minutes",
    "hours",
    "weeks",
    "store",
    "manager",
    "app",
    "notification",
    "password",
    "reset",
    "failed",
    "again",
    "website",
    "timed",
    "out",
    "payment",
    "page",
    "discount",
    "code",
    "did",
    "not",
    "work",
    "order",
    "number",
    "lost",
];

/// A xorshift generator: the same seed gives the same text everywhere.
pub struct Words(u64);

impl Words {
    pub fn new(seed: u64) -> Self {
        Words(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// About `chars` characters of words, with the odd number in them.
    pub fn text(&mut self, chars: usize) -> String {
        let mut out = String::with_capacity(chars + 12);
        while out.len() < chars {
            if !out.is_empty() {
                out.push(' ');
            }
            let r = self.next();
            // Skewed towards the first words, as real text is.
            let i = ((r % 1000) * (r % 1000) / 1000) as usize * WORDS.len() / 1000;
            out.push_str(WORDS[i]);
            if r % 23 == 0 {
                out.push_str(&format!(" {}", (r >> 20) % 10_000));
            }
        }
        out
    }
}

fn map(words: &mut Words, id: &str, title: &str, cards: usize, chars: usize) -> Value {
    let builtin = [
        "CustomerActions",
        "Touchpoints",
        "ThinkingAndFeeling",
        "PainPoints",
        "Opportunities",
        "Backstage",
        "Kpis",
    ];
    let lanes: Vec<Value> = (0..12)
        .map(|i| match builtin.get(i) {
            Some(kind) => json!({"id": format!("{id}l{i}"), "kind": kind}),
            None => {
                json!({"id": format!("{id}l{i}"), "kind": {"Custom": format!("Team lane {i}")}})
            }
        })
        .collect();
    let stages: Vec<Value> = (0..60)
        .map(|i| json!({"id": format!("{id}s{i}"), "name": words.text(14), "emotion": (i % 5) as i64 - 2}))
        .collect();
    let cards: Vec<Value> = (0..cards)
        .map(|i| {
            json!({
                "id": format!("{id}c{i}"), "stage": format!("{id}s{}", i % 60),
                "lane": format!("{id}l{}", (i / 60) % 12), "text": words.text(chars),
                "channel": null, "moment_of_truth": i % 37 == 0, "votes": [],
            })
        })
        .collect();
    json!({"id": id, "title": title, "scope": words.text(40), "personas": [], "state": "Current",
        "stages": stages, "lanes": lanes, "cards": cards})
}

/// `projects` projects; with `notes`, each also holds 1,400 notes of about 250 characters.
pub fn workspace(projects: usize, notes: bool) -> Workspace {
    let mut words = Words::new(0x9e37_79b9_7f4a_7c15);
    let list: Vec<Value> = (0..projects)
        .map(|p| {
            let mut journeys = vec![map(
                &mut words,
                &format!("j{p}"),
                "Complaint call",
                1000,
                60,
            )];
            if notes {
                journeys.push(map(
                    &mut words,
                    &format!("n{p}"),
                    "Complaint notes",
                    1300,
                    250,
                ));
            }
            json!({"id": format!("p{p}"), "name": format!("Project {p}: {}", words.text(20)),
                "description": words.text(300), "created_at": "2026-11-01T00:00:00Z",
                "updated_at": "2026-11-01T00:00:00Z", "journeys": journeys})
        })
        .collect();
    serde_json::from_value(json!({"settings": {"organisation": "Acme Retail"}, "projects": list}))
        .expect("a valid workspace")
}

/// Chromium's localStorage quota for an origin, in UTF-16 units of keys and values.
pub const QUOTA: usize = 5_242_880;

/// Saves a workspace whose plain JSON is at least three times [`QUOTA`] into `store`,
/// opens it again and checks it came back intact. Returns (plain JSON characters,
/// UTF-16 units stored).
pub fn assert_three_quotas_round_trip(
    store: &impl cx_workbench::storage::KeyValueStore,
) -> (usize, usize) {
    use cx_workbench::storage::envelope::Stamp;
    use cx_workbench::storage::repository;
    let ws = workspace(24, true);
    let plain = serde_json::to_string(&ws).unwrap().len();
    assert!(plain >= 3 * QUOTA, "plain JSON is {plain} characters");
    let stamp = Stamp {
        saved_at: "2026-12-01T09:00:00.000Z".into(),
        writer: "tbig".into(),
    };
    repository::save(store, &ws, None, &stamp).unwrap();
    let units = repository::bytes_used(store) / 2;
    assert!(units < QUOTA, "{units} units stored");
    let opened = repository::open(store, "2026-12-01T09:00:01.000Z");
    assert_eq!(opened.problem, None);
    assert!(opened.workspace == ws, "read back intact");
    (plain, units)
}
