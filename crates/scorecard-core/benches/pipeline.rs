//! The whole pipeline on a large scorecard: read + validate + every status, trend, roll-up
//! and exception for the current period. Run with `cargo bench -p scorecard-core`; set
//! BENCH_INDICATORS / BENCH_PERIODS / BENCH_RUNS to change the size. Not a timed test:
//! it reports, it never fails.

use std::time::{Duration, Instant};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let (n, m, runs) = (env("BENCH_INDICATORS", 5000), env("BENCH_PERIODS", 40), env("BENCH_RUNS", 15));
    let bytes = serde_json::to_vec(&scorecard_core::generate::scorecard(n, m)).expect("serialisable");
    println!(
        "scorecard: {n} indicators x {m} quarters = {} observations, {:.1} MB",
        n * m,
        bytes.len() as f64 / 1e6
    );
    let mut parse_times = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
        parse_times.push(t0.elapsed());
        std::hint::black_box(v);
    }
    let mut read_times = Vec::new();
    let mut total_times = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        let loaded = scorecard_core::read(&bytes);
        let t1 = Instant::now();
        let sc = loaded.scorecard.expect("the generated file is valid");
        let report = scorecard_core::report(&sc, sc.current_period);
        let t2 = Instant::now();
        assert_eq!(report.indicators.len(), n);
        std::hint::black_box(&report);
        read_times.push(t1 - t0);
        total_times.push(t2 - t0);
    }
    let show = |label: &str, mut v: Vec<Duration>| {
        v.sort();
        println!(
            "{label:<38} median {:>7.1} ms   min {:>7.1} ms   max {:>7.1} ms   ({runs} runs)",
            v[v.len() / 2].as_secs_f64() * 1e3,
            v[0].as_secs_f64() * 1e3,
            v[v.len() - 1].as_secs_f64() * 1e3
        );
    };
    show("JSON parse alone (serde_json::Value)", parse_times);
    show("read + validate (incl. warnings)", read_times);
    show("read + validate + report (everything)", total_times);
}
