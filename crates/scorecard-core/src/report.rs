//! Everything the dashboard and `scorecard status` show for one period: each indicator's
//! status and trend at its reference period, each action's status, the roll-ups (section 4)
//! and the exceptions.

use crate::model::{Action, ActionStatus, GroupKind, Indicator, Observation, Rag, Scorecard};
use crate::period::{Calendar, Period};
use crate::rag::{self, Status};
use crate::reference::reference_period;
use crate::text::Text;
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

    /// The comment that explains the period's figure: the observation's, when not blank.
    pub fn explanation<'a>(&self, ind: &'a Indicator) -> Option<&'a Text> {
        self.observation(ind).and_then(|o| o.comment.as_ref()).filter(|c| !c.is_blank())
    }

    /// Has a comment for the period (what a red or amber status needs).
    pub fn explained(&self, ind: &Indicator) -> bool {
        self.explanation(ind).is_some()
    }

    /// The service reported a status other than the one the rules calculate.
    pub fn differs(&self) -> bool {
        rag::differs(self.reported, self.calculated)
    }
}

/// One period of an indicator's history, as the detail page charts and tabulates it.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryPoint {
    pub period: Period,
    /// The value that can be compared: none when missing or suppressed.
    pub value: Option<f64>,
    pub target: Option<f64>,
    /// The status shown: reported where given, else calculated.
    pub status: Status,
    pub calculated: Status,
}

impl HistoryPoint {
    pub fn differs(&self) -> bool {
        self.status != self.calculated
    }
}

/// Every observation of an indicator up to and including `upto` (all of them when `None`),
/// oldest first, each with its displayed and calculated status.
pub fn history(ind: &Indicator, cal: Calendar, upto: Option<Period>) -> Vec<HistoryPoint> {
    let last = upto.map_or(i64::MAX, |p| cal.start(p));
    ind.values
        .iter()
        .filter(|o| cal.start(o.period) <= last)
        .map(|o| {
            let calculated = rag::calculated(ind, Some(o));
            HistoryPoint {
                period: o.period,
                value: o.present_value(),
                target: o.target,
                status: rag::displayed(calculated, Some(o)),
                calculated,
            }
        })
        .collect()
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
    /// The comment of an update made for this period, when not blank (a carried-forward
    /// update does not explain this period).
    pub fn explanation<'a>(&self, action: &'a Action) -> Option<&'a Text> {
        let update = self.update.filter(|_| self.current)?;
        action.updates[update].comment.as_ref().filter(|c| !c.is_blank())
    }

    pub fn explained(&self, action: &Action) -> bool {
        self.explanation(action).is_some()
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

impl Summary {
    /// The roll-ups of one kind of group, in the scorecard's order.
    pub fn groups(&self, kind: GroupKind) -> &[(String, Counts)] {
        match kind {
            GroupKind::Service => &self.services,
            GroupKind::Priority => &self.priorities,
        }
    }

    /// One group's counts (zero for a group with nothing in it).
    pub fn group(&self, kind: GroupKind, id: &str) -> Counts {
        self.groups(kind).iter().find(|(g, _)| g == id).map(|(_, c)| c.clone()).unwrap_or_default()
    }
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
    let mut add = |kind, item, id: &str, status, explained| {
        exceptions.push(Exception { kind, item, id: id.to_string(), status, explained });
    };
    for (i, a) in indicators.iter().enumerate().filter(|(_, a)| a.status.is_exception()) {
        let ind = &sc.indicators[a.indicator];
        add(ExceptionKind::Indicator, i, &ind.id, a.status.as_str(), a.explained(ind));
    }
    for (i, st) in actions.iter().enumerate().filter(|(_, st)| st.status.is_exception()) {
        let action = &sc.actions[st.action];
        add(ExceptionKind::Action, i, &action.id, st.status.as_str(), st.explained(action));
    }
    Report { period: p, indicators, actions, summary, exceptions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionUpdate, Rag};
    use crate::testing::{figures, scorecard_with};

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    #[test]
    fn a_reported_status_differs_only_when_it_is_not_the_calculated_one() {
        let mut ind =
            figures("x", &[("2023/24-Q1", Some(50.0), Some(100.0)), ("2023/24-Q2", Some(50.0), Some(100.0))]);
        ind.values[0].reported_status = Some(Rag::Red);
        ind.values[1].reported_status = Some(Rag::Green);
        let cal = Calendar::default();
        assert!(!assess(&ind, 0, cal, p("2023/24-Q1")).differs());
        let a = assess(&ind, 0, cal, p("2023/24-Q2"));
        assert!(a.differs());
        assert_eq!((a.status, a.calculated), (Status::Green, Status::Red));
        assert!(!assess(&figures("y", &[("2023/24-Q2", Some(1.0), Some(2.0))]), 0, cal, p("2023/24-Q2"))
            .differs());
    }

    #[test]
    fn history_stops_at_the_period_shown_and_keeps_both_statuses() {
        let mut ind = figures(
            "x",
            &[
                ("2023/24-Q1", Some(120.0), Some(100.0)),
                ("2023/24-Q2", Some(50.0), Some(100.0)),
                ("2023/24-Q3", Some(99.0), Some(100.0)),
            ],
        );
        ind.values[1].reported_status = Some(Rag::Amber);
        ind.values[1].suppressed = true;
        let h = history(&ind, Calendar::default(), Some(p("2023/24-Q2")));
        assert_eq!(h.len(), 2);
        assert_eq!((h[0].status, h[0].differs()), (Status::Green, false));
        assert_eq!((h[1].status, h[1].calculated, h[1].value), (Status::Amber, Status::Suppressed, None));
        assert!(h[1].differs());
        assert_eq!(history(&ind, Calendar::default(), None).len(), 3);
    }

    #[test]
    fn a_blank_comment_explains_nothing() {
        let mut ind = figures("x", &[("2023/24-Q2", Some(50.0), Some(100.0))]);
        let cal = Calendar::default();
        ind.values[0].comment = Some(Text::plain("  "));
        assert_eq!(assess(&ind, 0, cal, p("2023/24-Q2")).explanation(&ind), None);
        ind.values[0].comment = Some(Text::plain("Staff shortage"));
        assert_eq!(
            assess(&ind, 0, cal, p("2023/24-Q2")).explanation(&ind).map(|t| t.get("en")),
            Some("Staff shortage")
        );
    }

    #[test]
    fn an_action_update_carried_forward_explains_nothing_now() {
        let action = Action {
            index: 0,
            id: "a".into(),
            title: Text::plain("Build"),
            service: None,
            priorities: vec![],
            due: None,
            owner: None,
            updates: vec![ActionUpdate {
                index: 0,
                period: p("2023/24-Q1"),
                status: ActionStatus::AtRisk,
                comment: Some(Text::plain("Contractor late")),
            }],
        };
        let cal = Calendar::default();
        let now = action_state(&action, 0, cal, p("2023/24-Q1"));
        assert!(now.status.is_exception() && now.explained(&action));
        let later = action_state(&action, 0, cal, p("2023/24-Q2"));
        assert_eq!(later.status, ActionStatus::AtRisk);
        assert!(!later.explained(&action), "a Q1 comment does not explain Q2");
        assert!(!ActionStatus::OnTrack.is_exception() && ActionStatus::OffTrack.is_exception());
    }

    #[test]
    fn exceptions_are_red_and_amber_indicators_and_troubled_actions() {
        let sc = scorecard_with(vec![
            figures("red", &[("2023/24-Q2", Some(50.0), Some(100.0))]),
            figures("green", &[("2023/24-Q2", Some(150.0), Some(100.0))]),
        ]);
        let r = report(&sc, p("2023/24-Q2"));
        let ids: Vec<(&str, &str, bool)> =
            r.exceptions.iter().map(|e| (e.id.as_str(), e.status, e.explained)).collect();
        assert_eq!(ids, [("red", "red", false)]);
        assert_eq!(sc.language(), "en");
    }

    #[test]
    fn wire_words_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for d in Direction::ALL {
            assert_eq!(Direction::parse(d.as_str()), Some(d));
        }
        for a in ActionStatus::ALL {
            assert_eq!(ActionStatus::parse(a.as_str()), Some(a));
        }
        assert_eq!(Rag::parse("amber"), Some(Rag::Amber));
        assert_eq!(Rag::parse("Amber"), None, "the file format's words are exact");
    }
}
