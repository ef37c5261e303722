//! The scorecard as the rest of the program sees it, after validation: every field
//! checked, every default applied. The wire format is described in `scorecard-format.md`;
//! `read` turns JSON into these types.

use crate::period::{Calendar, Period, PeriodKind};
use crate::text::Text;
use crate::wire::wire_enum;

#[derive(Clone, Debug)]
pub struct Scorecard {
    pub organisation: Organisation,
    pub title: Text,
    pub published: Date,
    pub current_period: Period,
    pub calendar: Calendar,
    pub languages: Vec<String>,
    pub defaults: Defaults,
    pub priorities: Vec<Group>,
    pub services: Vec<Group>,
    pub indicators: Vec<Indicator>,
    pub actions: Vec<Action>,
    pub commentary: Vec<Comment>,
    /// Benchmark packs' index addresses (`packs`), same-origin as the scorecard.
    pub packs: Vec<String>,
    /// The comparator group the dashboard opens with (`peer_group`), by id.
    pub peer_group: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Organisation {
    pub name: Text,
    pub code: Option<String>,
    pub website: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Clone, Debug)]
pub struct Defaults {
    pub tolerance: Tolerance,
    pub trend: TrendSettings,
    pub suppress_below: u32,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults { tolerance: Tolerance::Percent(5.0), trend: TrendSettings::default(), suppress_below: 5 }
    }
}

wire_enum! {
    /// The two kinds of group: what an item belongs to, a page, a roll-up, a filter.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum GroupKind {
        Service = "service",
        Priority = "priority",
    }
}

/// A corporate priority or a service area.
#[derive(Clone, Debug)]
pub struct Group {
    pub id: String,
    pub name: Text,
    pub priority: Option<String>,
    pub portfolio: Option<Text>,
    pub partner: Option<Text>,
}

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Unit {
        Percent = "percent",
        Number = "number",
        Currency = "currency",
        Days = "days",
        Weeks = "weeks",
        Ratio = "ratio",
        Tonnes = "tonnes",
        Kg = "kg",
        Rate = "rate",
    }
}

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Polarity {
        Higher = "higher",
        Lower = "lower",
        Target = "target",
        Neutral = "neutral",
    }
}

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Measure {
        Snapshot = "snapshot",
        Cumulative = "cumulative",
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tolerance {
    Percent(f64),
    Absolute(f64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Compare {
    Previous,
    LastYear,
    #[default]
    Auto,
}

#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TrendSettings {
    pub compare: Compare,
    pub stable: Option<Tolerance>,
}

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Rag {
        Green = "green",
        Amber = "amber",
        Red = "red",
    }
}

#[derive(Clone, Debug)]
pub struct Indicator {
    /// Position in the file's `indicators` array, for pointers and file order.
    pub index: usize,
    pub id: String,
    pub code: Option<String>,
    pub title: Text,
    pub description: Option<Text>,
    pub service: Option<String>,
    pub priorities: Vec<String>,
    pub tags: Vec<String>,
    pub unit: Unit,
    pub currency_code: Option<String>,
    pub decimals: u32,
    pub polarity: Polarity,
    pub frequency: PeriodKind,
    pub measure: Measure,
    /// The tolerance in force: the indicator's own, else the scorecard default.
    pub tolerance: Tolerance,
    pub trend: TrendSettings,
    pub sensitive: bool,
    /// Sorted by period; at most one per period.
    pub values: Vec<Observation>,
    pub benchmarks: Vec<Benchmark>,
    /// The benchmark pack's measure this indicator is compared on (`peers`).
    pub peers: Option<Peers>,
}

/// An indicator's link to a pack's measure: the pack supplies every other area's values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peers {
    pub pack: String,
    pub measure: String,
}

impl Indicator {
    pub fn observation(&self, cal: Calendar, p: Period) -> Option<&Observation> {
        let key = cal.start(p);
        self.values.binary_search_by_key(&key, |o| cal.start(o.period)).ok().map(|i| &self.values[i])
    }
}

#[derive(Clone, Debug)]
pub struct Observation {
    /// Position in the indicator's `values` array.
    pub index: usize,
    pub period: Period,
    pub value: Option<f64>,
    pub target: Option<f64>,
    pub suppressed: bool,
    pub reported_status: Option<Rag>,
    pub forecast_status: Option<Rag>,
    pub comment: Option<Text>,
}

impl Observation {
    /// A value that can be compared: present and not withheld.
    pub fn present_value(&self) -> Option<f64> {
        if self.suppressed {
            None
        } else {
            self.value
        }
    }
}

#[derive(Clone, Debug)]
pub struct Benchmark {
    pub label: Text,
    pub period: Period,
    pub value: f64,
    pub quartile: Option<u8>,
}

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ActionStatus {
        NotStarted = "not-started",
        OnTrack = "on-track",
        AtRisk = "at-risk",
        OffTrack = "off-track",
        Complete = "complete",
        Cancelled = "cancelled",
    }
}

impl ActionStatus {
    /// At risk and off track need an explanation, and are exceptions.
    pub fn is_exception(self) -> bool {
        matches!(self, ActionStatus::AtRisk | ActionStatus::OffTrack)
    }

    /// How the status reads on a RAG display: at-risk amber, off-track red, on-track and
    /// complete green; not started and cancelled have no colour.
    pub fn rag(self) -> Option<Rag> {
        match self {
            ActionStatus::OnTrack | ActionStatus::Complete => Some(Rag::Green),
            ActionStatus::AtRisk => Some(Rag::Amber),
            ActionStatus::OffTrack => Some(Rag::Red),
            ActionStatus::NotStarted | ActionStatus::Cancelled => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Action {
    pub index: usize,
    pub id: String,
    pub title: Text,
    pub service: Option<String>,
    pub priorities: Vec<String>,
    pub due: Option<Date>,
    pub owner: Option<Text>,
    /// Sorted by period.
    pub updates: Vec<ActionUpdate>,
}

#[derive(Clone, Debug)]
pub struct ActionUpdate {
    /// Position in the action's `updates` array.
    pub index: usize,
    pub period: Period,
    pub status: ActionStatus,
    pub comment: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Overall,
    Service(String),
    Priority(String),
}

impl Scope {
    pub fn group(kind: GroupKind, id: &str) -> Scope {
        match kind {
            GroupKind::Service => Scope::Service(id.into()),
            GroupKind::Priority => Scope::Priority(id.into()),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Comment {
    pub index: usize,
    pub period: Period,
    pub scope: Scope,
    pub author: Option<Text>,
    pub text: Text,
}

impl Scorecard {
    /// The language a text is shown in when nobody chose one: the file's first, else English.
    pub fn language(&self) -> &str {
        self.languages.first().map_or("en", String::as_str)
    }

    pub fn service(&self, id: &str) -> Option<&Group> {
        self.services.iter().find(|g| g.id == id)
    }

    pub fn priority(&self, id: &str) -> Option<&Group> {
        self.priorities.iter().find(|g| g.id == id)
    }

    pub fn groups(&self, kind: GroupKind) -> &[Group] {
        match kind {
            GroupKind::Service => &self.services,
            GroupKind::Priority => &self.priorities,
        }
    }

    pub fn group(&self, kind: GroupKind, id: &str) -> Option<&Group> {
        self.groups(kind).iter().find(|g| g.id == id)
    }

    /// Every period that any indicator or action reports, of every form, in order.
    pub fn periods(&self) -> Vec<Period> {
        let cal = self.calendar;
        let mut all: Vec<Period> = self
            .indicators
            .iter()
            .flat_map(|i| i.values.iter().map(|o| o.period))
            .chain(self.actions.iter().flat_map(|a| a.updates.iter().map(|u| u.period)))
            .chain(std::iter::once(self.current_period))
            .collect();
        crate::order::sort_by(&mut all, &|a, b| cal.cmp(*a, *b));
        all.dedup();
        all
    }

    /// Commentary for a period and scope, in file order.
    pub fn comments_for<'a>(
        &'a self,
        period: Period,
        scope: &'a Scope,
    ) -> impl Iterator<Item = &'a Comment> + 'a {
        self.commentary.iter().filter(move |c| c.period == period && &c.scope == scope)
    }
}
