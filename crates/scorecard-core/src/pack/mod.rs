//! Benchmark packs (`scorecard-pack/1`, docs/packs.md): many areas' values for many measures,
//! the comparator groups they are compared within, and where every figure came from. An
//! index names everything and says where each measure's values are; each measure's values
//! live in a shard of their own, so a view fetches only the measures it shows.
//!
//! - [`read::index`] and [`read::shard`] turn bytes into a [`Pack`] and a [`Shard`], with
//!   every problem by JSON Pointer, as the scorecard's reader does.
//! - [`stats`] holds the statistics; [`compare`] puts them together for one area.
//! - [`write`] gives the JSON a pack is published as.

#[cfg(feature = "import")]
pub mod build;
pub mod compare;
pub mod custom;
pub mod interval;
pub mod linked;
pub mod read;
pub mod stats;
pub mod write;

pub use interval::Interval;

use crate::text::Text;

pub const FORMAT: &str = "scorecard-pack/1";
pub const SHARD_FORMAT: &str = "scorecard-pack-shard/1";

/// Which way is better.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Polarity {
    Higher,
    Lower,
    /// Nearest the midpoint is best (the LGBF's "Goldilocks" measures).
    Target(f64),
    /// No better or worse, only higher and lower.
    Neutral,
}

impl Polarity {
    /// Its word, the scorecard format's (a pack and a scorecard say polarity alike).
    pub fn word(self) -> crate::model::Polarity {
        match self {
            Polarity::Higher => crate::model::Polarity::Higher,
            Polarity::Lower => crate::model::Polarity::Lower,
            Polarity::Target(_) => crate::model::Polarity::Target,
            Polarity::Neutral => crate::model::Polarity::Neutral,
        }
    }

    /// The polarity a word names; a target's midpoint is given beside it.
    pub fn of(word: crate::model::Polarity, midpoint: f64) -> Polarity {
        match word {
            crate::model::Polarity::Higher => Polarity::Higher,
            crate::model::Polarity::Lower => Polarity::Lower,
            crate::model::Polarity::Target => Polarity::Target(midpoint),
            crate::model::Polarity::Neutral => Polarity::Neutral,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.word().as_str()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: Text,
    pub publisher: Text,
    pub source: String,
    pub licence: String,
    pub retrieved: String,
    pub published: String,
    pub languages: Vec<String>,
    pub files: Vec<SourceFile>,
    pub areas: Vec<Area>,
    pub groups: Vec<Group>,
    pub measures: Vec<Measure>,
}

/// A file that went into the pack, by name and SHA-256.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    /// The ONS GSS code where there is one (`E07000089`), any stable code otherwise.
    pub code: String,
    pub name: Text,
    /// `district`, `county`, `unitary`, `metropolitan`, `london-borough`,
    /// `scottish-council`, `welsh-principal-area`, `region`, `nation`…
    pub kind: String,
    pub parent: Option<String>,
}

crate::wire::wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum GroupKind {
        All = "all",
        Family = "family",
        Neighbours = "neighbours",
        Region = "region",
        Type = "type",
        Custom = "custom",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub title: Text,
    pub kind: GroupKind,
    /// Who defined the group, and how.
    pub source: Text,
    pub description: Option<Text>,
    pub members: Members,
    /// The measures the group is for; `None` for every measure.
    pub measures: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Members {
    /// The areas in the group.
    List(Vec<String>),
    /// Each area's nearest neighbours, nearest first: an area's group is itself and them.
    Neighbours(Vec<(String, Vec<String>)>),
    /// Held in a shard of its own (long lists), at this path beside the index; with the
    /// areas whose group it gives (`areas` in the index), where the index lists them, so a
    /// group can be chosen for an area before its shard is read.
    Shard(String, Vec<String>),
}

impl Group {
    /// The members of the group as seen from `area`: for a neighbours group the area and its
    /// neighbours, else the group's members. `None` when the group does not contain the area
    /// (or its members are in a shard not yet read).
    pub fn members_for(&self, area: &str) -> Option<Vec<&str>> {
        match &self.members {
            Members::List(m) => m.iter().any(|c| c == area).then(|| m.iter().map(String::as_str).collect()),
            Members::Neighbours(n) => n
                .iter()
                .find(|(a, _)| a == area)
                .map(|(a, ns)| std::iter::once(a.as_str()).chain(ns.iter().map(String::as_str)).collect()),
            Members::Shard(..) => None,
        }
    }

    /// Whether to offer the group to compare `area` within: it contains the area, or its
    /// members are in a shard of their own, not read until the group is chosen.
    pub fn offered_to(&self, area: &str) -> bool {
        self.contains(area) != Some(false)
    }

    /// Whether the group gives `area` a group: known from its members, or for a group in a
    /// shard from the areas the index lists; `None` for a shard that lists none.
    pub fn contains(&self, area: &str) -> Option<bool> {
        match &self.members {
            Members::Shard(_, areas) if areas.is_empty() => None,
            Members::Shard(_, areas) => Some(areas.iter().any(|a| a == area)),
            _ => Some(self.members_for(area).is_some()),
        }
    }

    pub fn applies_to(&self, measure: &str) -> bool {
        self.measures.as_ref().is_none_or(|m| m.iter().any(|x| x == measure))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub id: String,
    pub title: Text,
    pub code: Option<String>,
    pub unit: Option<String>,
    pub decimals: Option<u8>,
    pub polarity: Polarity,
    /// Each period is a multi-year aggregate.
    pub aggregate: bool,
    pub description: Option<Text>,
    pub caveats: Option<Text>,
    pub source: Option<String>,
    /// The periods the measure has values for, oldest first.
    pub periods: Vec<Interval>,
    /// Where its values are, beside the index.
    pub shard: String,
}

/// Why a value is absent, or what to know of one that is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueStatus {
    Suppressed,
    NotAvailable,
    /// The area does not provide the service: left out of the field and of the missing.
    NotApplicable,
    LowReliability,
    /// The source's own words.
    Other(String),
}

impl ValueStatus {
    pub const WORDS: [(&'static str, ValueStatus); 4] = [
        ("suppressed", ValueStatus::Suppressed),
        ("not-available", ValueStatus::NotAvailable),
        ("not-applicable", ValueStatus::NotApplicable),
        ("low-reliability", ValueStatus::LowReliability),
    ];

    pub fn of(word: &str) -> ValueStatus {
        Self::WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map_or_else(|| ValueStatus::Other(word.to_string()), |(_, s)| s.clone())
    }

    pub fn as_str(&self) -> &str {
        match self {
            ValueStatus::Other(s) => s,
            known => Self::WORDS.iter().find(|(_, s)| s == known).map_or("", |(w, _)| w),
        }
    }
}

/// One measure's values: a column of areas, and for each period a value per area.
#[derive(Clone, Debug, PartialEq)]
pub struct Shard {
    pub measure: String,
    pub areas: Vec<String>,
    pub series: Vec<Series>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub period: Interval,
    /// One per area of the shard, in its order.
    pub values: Vec<Option<f64>>,
    /// `(area index, status)`, for the few that have one.
    pub status: Vec<(usize, ValueStatus)>,
    /// 95 % confidence limits, where the source gives them.
    pub lower: Option<Vec<Option<f64>>>,
    pub upper: Option<Vec<Option<f64>>>,
}

/// One area's figure for a period.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Figure {
    pub value: Option<f64>,
    pub status: Option<ValueStatus>,
    pub lower: Option<f64>,
    pub upper: Option<f64>,
}

impl Shard {
    pub fn series(&self, period: Interval) -> Option<&Series> {
        self.series.iter().find(|s| s.period == period)
    }

    /// Every area's figure for `period`, by code.
    pub fn figures(&self, period: Interval) -> std::collections::HashMap<&str, Figure> {
        let Some(s) = self.series(period) else { return Default::default() };
        let at =
            |col: &Option<Vec<Option<f64>>>, i: usize| col.as_ref().and_then(|c| c.get(i).copied().flatten());
        let mut out: std::collections::HashMap<&str, Figure> = self
            .areas
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let figure = Figure {
                    value: s.values.get(i).copied().flatten(),
                    status: None,
                    lower: at(&s.lower, i),
                    upper: at(&s.upper, i),
                };
                (code.as_str(), figure)
            })
            .collect();
        for (i, status) in &s.status {
            if let Some(f) = self.areas.get(*i).and_then(|c| out.get_mut(c.as_str())) {
                f.status = Some(status.clone());
            }
        }
        out
    }
}

impl Pack {
    pub fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.code == code)
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Puts a group's members, read from the group's own shard (`read::group_members`), in
    /// the place its index kept for them. The one way members arrive from a shard, in the
    /// command line and in the browser.
    pub fn put_members(&mut self, group: &str, members: Members) {
        if let Some(g) = self.groups.iter_mut().find(|g| g.id == group) {
            g.members = members;
        }
    }

    /// The first group that contains the area (and applies to the measure, when one is given).
    pub fn first_group_for(&self, area: &str, measure: Option<&str>) -> Option<&Group> {
        self.group_for(area, measure, &[])
    }

    /// The group to compare `area` within (compare.md §5), the one rule the command line, a
    /// linked indicator and a pack on its own follow: the first of `asked` (the reader's
    /// choice, then the scorecard's `peer_group`) that contains the area and is for the
    /// measure, else the pack's first that does. A group in a shard contains the areas the
    /// index lists for it (`areas`).
    pub fn group_for(&self, area: &str, measure: Option<&str>, asked: &[Option<&str>]) -> Option<&Group> {
        let fits = |g: &&Group| g.contains(area) == Some(true) && measure.is_none_or(|m| g.applies_to(m));
        asked
            .iter()
            .flatten()
            .find_map(|id| self.group(id).filter(fits))
            .or_else(|| self.groups.iter().find(fits))
    }
}
