//! Everything the dashboard and `scorecard status` show for one period: each indicator's
//! status and trend at its reference period, each action's status, the roll-ups (section 4)
//! and the exceptions.

use crate::model::{Action, ActionStatus, Indicator, Observation, Rag, Scorecard};
use crate::period::{Calendar, Period};
use crate::rag::{self, Status};
use crate::reference::reference_period;
use crate::trend::{self, Direction, Travel};

/// One indicator in one dashboard period.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Position in `Scorecard::indicators`.
    pub indicator: usize,
    /// The reference period shown (section 0).
    pub period: Period,
    /// Position in the indicator's `values`, where it has an observation for `period`.
    pub observation: Option<usize>,
    pub calculated: Status,
    pub reported: Option<Rag>,
    pub status: Status,
    pub forecast: Option<Rag>,
    pub travel: Travel,
    pub long_trend: Direction,
}

impl Assessment {
    pub fn observation<'a>(&self, ind: &'a Indicator) -> Option<&'a Observation> {
        self.observation.map(|i| &ind.values[i])
    }

    /// Red or amber with a comment for the period.
    pub fn explained(&self, ind: &Indicator) -> bool {
        self.observation(ind).and_then(|o| o.comment.as_ref()).is_some_and(|c| !c.is_blank())
    }
}

pub fn assess(ind: &Indicator, index: usize, cal: Calendar, p: Period) -> Assessment {
    let period = reference_period(ind, cal, p);
    let key = cal.start(period);
    let observation = ind.values.binary_search_by_key(&key, |o| cal.start(o.period)).ok();
    let obs = observation.map(|i| &ind.values[i]);
    let calculated = rag::calculated(ind, obs);
    Assessment {
        indicator: index,
        period,
        observation,
        calculated,
        reported: obs.and_then(|o| o.reported_status),
        status: rag::displayed(calculated, obs),
        forecast: obs.and_then(|o| o.forecast_status),
        travel: trend::travel(ind, cal, period),
        long_trend: trend::long_trend(ind, cal, period),
    }
}

/// An action's status in a period: its update for the period, else the latest earlier one,
/// else not started.
#[derive(Clone, Copy, Debug)]
pub struct ActionState {
    pub action: usize,
    pub status: ActionStatus,
    /// Position in the action's `updates` of the update that gives the status.
    pub update: Option<usize>,
    /// That update was made for this period (or a part of it), not carried forward.
    pub current: bool,
}

impl ActionState {
    pub fn explained(&self, action: &Action) -> bool {
        self.current
            && self.update.and_then(|u| action.updates[u].comment.as_ref()).is_some_and(|c| !c.is_blank())
    }
}

pub fn action_state(action: &Action, index: usize, cal: Calendar, p: Period) -> ActionState {
    // "Earlier" is by when an update's period ends, so a monthly update inside a quarter
    // counts for that quarter.
    let end = cal.end(p);
    let update = action
        .updates
        .iter()
        .enumerate()
        .filter(|(_, u)| cal.end(u.period) <= end)
        .max_by_key(|(_, u)| (cal.end(u.period), -cal.start(u.period)))
        .map(|(i, _)| i);
    let status = update.map_or(ActionStatus::NotStarted, |i| action.updates[i].status);
    let current = update.is_some_and(|i| cal.end(action.updates[i].period) >= cal.start(p));
    ActionState { action: index, status, update, current }
}

/// Counts by displayed status, by direction of travel, and of actions by status, each in the
/// order of `Status::ALL`, `Direction::ALL` and `ActionStatus::ALL`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub status: [u32; 6],
    pub direction: [u32; 6],
    pub actions: [u32; 6],
}

impl Counts {
    fn add_indicator(&mut self, a: &Assessment) {
        self.status[Status::ALL.iter().position(|s| *s == a.status).unwrap_or(0)] += 1;
        self.direction[Direction::ALL.iter().position(|d| *d == a.travel.direction).unwrap_or(0)] += 1;
    }

    fn add_action(&mut self, s: ActionStatus) {
        self.actions[ActionStatus::ALL.iter().position(|x| *x == s).unwrap_or(0)] += 1;
    }

    pub fn of(&self, s: Status) -> u32 {
        self.status[Status::ALL.iter().position(|x| *x == s).unwrap_or(0)]
    }

    pub fn indicators(&self) -> u32 {
        self.status.iter().sum()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub overall: Counts,
    /// In the order of `Scorecard::services`.
    pub services: Vec<(String, Counts)>,
    /// In the order of `Scorecard::priorities`.
    pub priorities: Vec<(String, Counts)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionKind {
    Indicator,
    Action,
}

#[derive(Clone, Debug)]
pub struct Exception {
    pub kind: ExceptionKind,
    /// Position in `Report::indicators` or `Report::actions`.
    pub item: usize,
    pub id: String,
    /// `red`/`amber` for indicators, `at-risk`/`off-track` for actions.
    pub status: &'static str,
    pub explained: bool,
}

#[derive(Clone, Debug)]
pub struct Report {
    pub period: Period,
    pub indicators: Vec<Assessment>,
    pub actions: Vec<ActionState>,
    pub summary: Summary,
    pub exceptions: Vec<Exception>,
}

/// The priorities an item counts under: its own, else its service's.
pub fn priorities_of<'a>(sc: &'a Scorecard, own: &'a [String], service: Option<&'a str>) -> Vec<&'a str> {
    if !own.is_empty() {
        return own.iter().map(String::as_str).collect();
    }
    service.and_then(|s| sc.service(s)).and_then(|g| g.priority.as_deref()).into_iter().collect()
}

pub fn report(sc: &Scorecard, p: Period) -> Report {
    let cal = sc.calendar;
    let indicators: Vec<Assessment> =
        sc.indicators.iter().enumerate().map(|(i, ind)| assess(ind, i, cal, p)).collect();
    let actions: Vec<ActionState> =
        sc.actions.iter().enumerate().map(|(i, a)| action_state(a, i, cal, p)).collect();

    let mut summary = Summary {
        overall: Counts::default(),
        services: sc.services.iter().map(|g| (g.id.clone(), Counts::default())).collect(),
        priorities: sc.priorities.iter().map(|g| (g.id.clone(), Counts::default())).collect(),
    };
    let find = |list: &[(String, Counts)], id: &str| list.iter().position(|(g, _)| g == id);
    for a in &indicators {
        let ind = &sc.indicators[a.indicator];
        summary.overall.add_indicator(a);
        if let Some(i) = ind.service.as_deref().and_then(|s| find(&summary.services, s)) {
            summary.services[i].1.add_indicator(a);
        }
        for pr in priorities_of(sc, &ind.priorities, ind.service.as_deref()) {
            if let Some(i) = find(&summary.priorities, pr) {
                summary.priorities[i].1.add_indicator(a);
            }
        }
    }
    for st in &actions {
        let action = &sc.actions[st.action];
        summary.overall.add_action(st.status);
        if let Some(i) = action.service.as_deref().and_then(|s| find(&summary.services, s)) {
            summary.services[i].1.add_action(st.status);
        }
        for pr in priorities_of(sc, &action.priorities, action.service.as_deref()) {
            if let Some(i) = find(&summary.priorities, pr) {
                summary.priorities[i].1.add_action(st.status);
            }
        }
    }

    let mut exceptions = Vec::new();
    for (i, a) in indicators.iter().enumerate() {
        if a.status.is_exception() {
            let ind = &sc.indicators[a.indicator];
            exceptions.push(Exception {
                kind: ExceptionKind::Indicator,
                item: i,
                id: ind.id.clone(),
                status: a.status.as_str(),
                explained: a.explained(ind),
            });
        }
    }
    for (i, st) in actions.iter().enumerate() {
        if matches!(st.status, ActionStatus::AtRisk | ActionStatus::OffTrack) {
            let action = &sc.actions[st.action];
            exceptions.push(Exception {
                kind: ExceptionKind::Action,
                item: i,
                id: action.id.clone(),
                status: st.status.as_str(),
                explained: st.explained(action),
            });
        }
    }
    Report { period: p, indicators, actions, summary, exceptions }
}
