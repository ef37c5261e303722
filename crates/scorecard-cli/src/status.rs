//! `scorecard status FILE [--period P] [--json]`

use crate::{args, read_input};
use scorecard_core::decimal::format_fixed;
use scorecard_core::messages as msg;
use scorecard_core::{
    read, report, ActionStatus, Counts, Direction, ExceptionKind, Period, Report, Scorecard, Status,
};
use serde_json::{json, Map, Value};

pub fn run(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &["period"])?;
    let [file] = a.positional.as_slice() else {
        return Err(msg::t().status_needs_file());
    };
    let loaded = read(&read_input(file)?);
    let Some(sc) = &loaded.scorecard else {
        let reason = loaded.diagnostics.first().map_or_else(|| msg::t().unreadable(), |d| d.message.clone());
        return Err(format!("{file}: {reason}"));
    };
    let period = match a.option("period") {
        Some(p) => Period::parse(p).map_err(|e| e.0)?,
        None => sc.current_period,
    };
    let r = report(sc, period);
    if a.json {
        outln!("{}", to_json(sc, &r));
    } else {
        print_table(sc, &r);
    }
    if loaded.errors().next().is_some() {
        eprintln!("{}", msg::t().status_left_out(file, loaded.left_out.total()));
    }
    Ok(loaded.exit_code() as u8)
}

fn counts_json(c: &Counts) -> Value {
    let map = |names: &mut dyn Iterator<Item = &'static str>, values: &[u32; 6]| -> Value {
        Value::Object(names.zip(values).map(|(n, v)| (n.to_string(), json!(v))).collect::<Map<_, _>>())
    };
    json!({
        "status": map(&mut Status::ALL.iter().map(|s| s.as_str()), &c.status),
        "direction": map(&mut Direction::ALL.iter().map(|d| d.as_str()), &c.direction),
        "actions": map(&mut ActionStatus::ALL.iter().map(|s| s.as_str()), &c.actions),
    })
}

fn to_json(sc: &Scorecard, r: &Report) -> Value {
    let indicators: Vec<Value> = r
        .indicators
        .iter()
        .map(|a| {
            let ind = &sc.indicators[a.indicator];
            let obs = a.observation(ind);
            json!({
                "id": ind.id,
                "period": a.period.to_string(),
                "value": obs.and_then(|o| o.value),
                "target": obs.and_then(|o| o.target),
                "calculated": a.calculated.as_str(),
                "reported": a.reported.map(|s| s.as_str()),
                "status": a.status.as_str(),
                "direction": a.travel.direction.as_str(),
                "compared_with": a.travel.compared_with.to_string(),
                "previous_value": a.travel.previous_value,
                "change": a.travel.change,
                "long_trend": a.long_trend.as_str(),
            })
        })
        .collect();
    let actions: Vec<Value> = r
        .actions
        .iter()
        .map(|s| json!({"id": sc.actions[s.action].id, "status": s.status.as_str()}))
        .collect();
    let groups = |list: &[(String, Counts)]| -> Value {
        Value::Object(list.iter().map(|(id, c)| (id.clone(), counts_json(c))).collect())
    };
    let exceptions: Vec<Value> = r
        .exceptions
        .iter()
        .map(|e| {
            let kind = if e.kind == ExceptionKind::Indicator { "indicator" } else { "action" };
            json!({"kind": kind, "id": e.id, "status": e.status, "explained": e.explained})
        })
        .collect();
    json!({
        "period": r.period.to_string(),
        "indicators": indicators,
        "actions": actions,
        "summary": {
            "overall": counts_json(&r.summary.overall),
            "services": groups(&r.summary.services),
            "priorities": groups(&r.summary.priorities),
        },
        "exceptions": exceptions,
    })
}

fn print_table(sc: &Scorecard, r: &Report) {
    let header = msg::t().status_headers();
    let word = |w: &'static str| msg::t().wire_word(w).to_string();
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    let dash = || "-".to_string();
    for a in &r.indicators {
        let ind = &sc.indicators[a.indicator];
        let obs = a.observation(ind);
        let num = |x: Option<f64>| x.map_or_else(dash, |x| format_fixed(x, ind.decimals));
        rows.push(vec![
            ind.id.clone(),
            a.period.to_string(),
            if obs.is_some_and(|o| o.suppressed) {
                msg::t().suppressed_cell().into()
            } else {
                num(obs.and_then(|o| o.value))
            },
            num(obs.and_then(|o| o.target)),
            word(a.calculated.as_str()),
            a.reported.map_or_else(dash, |s| word(s.as_str())),
            word(a.status.as_str()),
            word(a.travel.direction.as_str()),
            a.travel.compared_with.to_string(),
            word(a.long_trend.as_str()),
        ]);
    }
    outln!("{}", msg::t().status_period(&r.period.to_string()));
    print_aligned(&rows);
    if !r.actions.is_empty() {
        outln!("");
        let mut rows = vec![msg::t().action_headers().map(str::to_string).to_vec()];
        rows.extend(r.actions.iter().map(|s| vec![sc.actions[s.action].id.clone(), word(s.status.as_str())]));
        print_aligned(&rows);
    }
    let o = &r.summary.overall;
    let parts: Vec<String> =
        Status::ALL.iter().zip(o.status).map(|(s, n)| format!("{n} {}", word(s.as_str()))).collect();
    let unexplained = r.exceptions.iter().filter(|e| !e.explained).count();
    outln!(
        "\n{}",
        msg::t().status_summary(o.indicators(), &parts.join(", "), r.exceptions.len(), unexplained)
    );
}

fn print_aligned(rows: &[Vec<String>]) {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..cols).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in rows {
        let line: Vec<String> = row.iter().zip(&widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
        outln!("{}", line.join("  ").trim_end());
    }
}
