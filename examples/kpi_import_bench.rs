//! Native timing of the survey import: a generated 1,000,000-row CSV (date, 0–10
//! score, channel) imported and reduced to NPS by month and channel with intervals.
//! Run by scripts/bench-kpi (the in-page figures come from the same code in wasm).
//! `cargo run --release --example kpi_import_bench [rows] [out.csv]`

use cx_workbench::domain::kpi::calendar::Granularity;
use cx_workbench::domain::kpi::import::{SurveyImporter, SurveyMapping};
use cx_workbench::domain::kpi::series::figures;
use cx_workbench::domain::kpi::SurveyScale;
use std::rc::Rc;
use std::time::Instant;

/// The benchmark file: deterministic, so every run and every tool gets the same bytes.
pub fn generate(rows: usize) -> Vec<u8> {
    let channels = ["phone", "email", "chat", "web"];
    let mut out = Vec::with_capacity(rows * 20 + 32);
    out.extend_from_slice(b"date,score,channel\n");
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..rows {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let day = i * 730 / rows; // two years, in date order
        let (y, m, d) = civil(20_089 + day as i32); // from 2025-01-01
        let score = [0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10][(x % 16) as usize];
        let ch = channels[((x >> 8) % 4) as usize];
        out.extend_from_slice(format!("{y:04}-{m:02}-{d:02},{score},{ch}\n").as_bytes());
    }
    out
}

fn civil(z: i32) -> (i32, u32, u32) {
    cx_workbench::domain::kpi::calendar::civil_from_days(z)
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let data = generate(rows);
    if let Some(path) = std::env::args().nth(2) {
        std::fs::write(&path, &data).expect("write the CSV");
    }
    let data: Rc<Vec<u8>> = Rc::new(data);
    let mapping = SurveyMapping::date_score_segment(SurveyScale::ZeroToTen);
    let mut times = Vec::new();
    let mut result = None;
    for _ in 0..7 {
        let start = Instant::now();
        let outcome = SurveyImporter::new(data.clone(), mapping)
            .unwrap()
            .finish()
            .unwrap();
        let by_month = figures(&outcome.counts, SurveyScale::ZeroToTen, Granularity::Month);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        result = Some((
            outcome.rows_counted,
            by_month.len(),
            by_month.last().cloned(),
        ));
    }
    times.sort_by(f64::total_cmp);
    let (counted, figures, last) = result.unwrap();
    println!(
        "native: {} rows, {:.1} MB: import + NPS by month and channel: median {:.1} ms (min {:.1}); {} rows counted, {} figures; last: {:?}",
        rows,
        data.len() as f64 / 1e6,
        times[times.len() / 2],
        times[0],
        counted,
        figures,
        last.map(|f| (f.figure.value, f.figure.interval))
    );
}
