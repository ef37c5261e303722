//! Synthetic scorecards of any size, for benchmarks (`scorecard generate`). Deterministic:
//! the same arguments give the same file, so anyone can reproduce a measurement.

use crate::model::Polarity;
use crate::period::{Calendar, Period};
use serde_json::{json, Value};

mod pack;
pub use pack::{linked_scorecard, made_up, pack};

/// The last quarter of every generated file.
const LAST: Period = Period::Quarter(2023, 2);

/// `periods` quarters ending at [`LAST`], oldest first.
fn quarters(periods: usize) -> Vec<Period> {
    let cal = Calendar::default();
    (0..periods as i64).rev().map(|back| cal.step(LAST, -back)).collect()
}

/// A small xorshift generator: no dependency, same numbers on every platform. The bundled
/// sample (`examples/make_sample.rs`) uses it too.
pub struct Rng(u64);

impl Rng {
    /// A generator from a non-zero seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [-1, 1) (exactly twice `unit`, less one).
    pub fn signed(&mut self) -> f64 {
        2.0 * self.unit() - 1.0
    }
}

/// A valid scorecard with `indicators` quarterly indicators over `periods` quarters ending
/// at 2023/24-Q2, spread over 10 services and 3 priorities, with some actions and comments.
pub fn scorecard(indicators: usize, periods: usize) -> Value {
    let last = LAST;
    let quarters: Vec<String> = quarters(periods).iter().map(Period::to_string).collect();
    let mut rng = Rng::new(0x5eed_cafe_f00d);
    let polarities = Polarity::ALL;
    let inds: Vec<Value> = (0..indicators)
        .map(|i| {
            let polarity = polarities[i % 4];
            let base = 20.0 + 60.0 * rng.unit();
            let values: Vec<Value> = quarters
                .iter()
                .map(|q| {
                    let v = ((base + 10.0 * (rng.unit() - 0.5)) * 10.0).round() / 10.0;
                    let mut o = json!({"period": q, "value": v});
                    if polarity != Polarity::Neutral {
                        o["target"] = json!(if polarity == Polarity::Target {
                            base.round()
                        } else {
                            (base * 10.0).round() / 10.0
                        });
                    }
                    if rng.unit() < 0.2 {
                        o["comment"] = json!("Performance affected by seasonal demand.");
                    }
                    o
                })
                .collect();
            json!({
                "id": format!("ind-{i}"),
                "code": format!("GEN {i}"),
                "title": format!("Generated indicator {i}"),
                "service": format!("service-{}", i % 10),
                "priorities": [format!("priority-{}", i % 3)],
                "unit": "percent",
                "polarity": polarity.as_str(),
                "frequency": "quarterly",
                "values": values,
            })
        })
        .collect();
    let actions: Vec<Value> = (0..(indicators / 10).max(1))
        .map(|i| {
            let status = ["on-track", "at-risk", "off-track", "complete"][i % 4];
            json!({
                "id": format!("action-{i}"),
                "title": format!("Generated action {i}"),
                "service": format!("service-{}", i % 10),
                "updates": [{"period": last.to_string(), "status": status, "comment": "Update."}],
            })
        })
        .collect();
    json!({
        "format": "scorecard/1",
        "organisation": {"name": "Generated Borough Council"},
        "title": "Generated scorecard",
        "published": "2023-11-20",
        "current_period": last.to_string(),
        "priorities": (0..3).map(|i| json!({"id": format!("priority-{i}"), "name": format!("Priority {i}")})).collect::<Vec<_>>(),
        "services": (0..10).map(|i| json!({"id": format!("service-{i}"), "name": format!("Service {i}"), "priority": format!("priority-{}", i % 3)})).collect::<Vec<_>>(),
        "indicators": inds,
        "actions": actions,
        "commentary": [{"period": last.to_string(), "scope": "overall", "text": "Generated summary."}],
    })
}
