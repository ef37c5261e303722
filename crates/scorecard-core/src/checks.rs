//! Warnings that need the rules, not just the shape: exceptions without an explanation,
//! reported statuses that differ from the calculated ones, an empty current period.

use crate::diag::{Diagnostic, Severity};
use crate::messages as msg;
use crate::model::Scorecard;
use crate::rag;
use crate::report::{action_state, assess};

pub fn warnings(sc: &Scorecard) -> Vec<Diagnostic> {
    let cal = sc.calendar;
    let p = sc.current_period;
    let mut out = Vec::new();
    let mut warn = |pointer: String, message: String| {
        out.push(Diagnostic { severity: Severity::Warning, pointer, message })
    };
    let mut any_current = false;
    for (i, ind) in sc.indicators.iter().enumerate() {
        let base = format!("/indicators/{}/values", ind.index);
        for obs in &ind.values {
            any_current |= cal.overlaps(obs.period, p);
            let Some(reported) = obs.reported_status else { continue };
            let calculated = rag::calculated(ind, Some(obs));
            if rag::differs(Some(reported), calculated) {
                warn(
                    format!("{base}/{}/reported_status", obs.index),
                    msg::t().status_differs(reported.as_str(), calculated.as_str(), &obs.period.to_string()),
                );
            }
        }
        // Exceptions need an explanation in the period being published.
        let a = assess(ind, i, cal, p);
        if a.status.is_exception() && !a.explained(ind) {
            let pointer = match a.observation(ind) {
                Some(o) => format!("{base}/{}", o.index),
                None => format!("/indicators/{}", ind.index),
            };
            warn(pointer, msg::t().no_explanation(a.status.as_str(), &a.period.to_string()));
        }
    }
    for (i, action) in sc.actions.iter().enumerate() {
        let st = action_state(action, i, cal, p);
        if st.status.is_exception() && !st.explained(action) {
            let pointer = match st.update.filter(|_| st.current) {
                Some(u) => format!("/actions/{}/updates/{}", action.index, action.updates[u].index),
                None => format!("/actions/{}", action.index),
            };
            warn(pointer, msg::t().no_explanation(st.status.as_str(), &p.to_string()));
        }
    }
    if !any_current {
        warn("/current_period".into(), msg::t().current_period_empty(&p.to_string()));
    }
    out
}
