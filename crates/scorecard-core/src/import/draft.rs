//! What the rows say, before it becomes a scorecard: indicators keyed by their code (or
//! title), each with its settings and its figures by period, and actions with their updates.
//! Several sheets add to the same drafts (the template's `Indicators` and `Values`).

use super::grid::Place;
use crate::model::{ActionStatus, Rag};
use crate::period::Period;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Obs {
    pub value: Option<f64>,
    pub suppressed: bool,
    pub target: Option<f64>,
    pub reported: Option<Rag>,
    pub forecast: Option<Rag>,
    pub comment: Option<String>,
    /// Given only by a column relative to the report's period (`Previous quarter`): a
    /// reprint for comparison, which never restates a figure already published.
    pub context: bool,
}

#[derive(Clone, Debug, Default)]
pub struct IndicatorDraft {
    pub code: Option<String>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub service: Option<String>,
    pub priorities: Vec<String>,
    /// The unit column's word, where there is one, and where it is.
    pub unit: Option<(String, String)>,
    pub percent_seen: bool,
    pub currency_seen: bool,
    pub decimals: Option<u32>,
    pub polarity: Option<(String, String)>,
    pub frequency: Option<(String, String)>,
    pub measure: Option<String>,
    pub tolerance: Option<String>,
    pub compare: Option<String>,
    pub stable: Option<String>,
    pub sensitive: bool,
    pub tags: Vec<String>,
    /// Figures by period, each with the place of its row (for problems found later).
    pub obs: BTreeMap<Period, (Obs, Place)>,
    /// Periods whose rows disagreed: all of them are left out.
    pub conflicts: Vec<Period>,
    /// Where the indicator was first seen.
    pub at: String,
}

#[derive(Clone, Debug, Default)]
pub struct ActionDraft {
    pub code: Option<String>,
    pub title: Option<String>,
    pub service: Option<String>,
    pub priorities: Vec<String>,
    pub due: Option<String>,
    pub owner: Option<String>,
    /// (period, or none for "the latest"), status, comment.
    pub updates: Vec<(Option<Period>, ActionStatus, Option<String>)>,
    pub at: String,
}

/// Everything read from the sheets so far.
#[derive(Default)]
pub struct Drafts {
    /// Key (code, else title) → indicator, in first-seen order.
    pub indicators: Vec<(String, IndicatorDraft)>,
    pub actions: Vec<(String, ActionDraft)>,
    /// Positions in `indicators` and `actions` by key.
    by_key: std::collections::HashMap<String, usize>,
    action_by_key: std::collections::HashMap<String, usize>,
    pub left_out: usize,
    pub observations: usize,
}

impl Drafts {
    /// The indicator with this key, added (made by `new`) where it is not yet known.
    pub(super) fn indicator(&mut self, key: &str, new: impl FnOnce() -> IndicatorDraft) -> usize {
        if let Some(i) = self.by_key.get(key) {
            return *i;
        }
        self.indicators.push((key.to_string(), new()));
        self.by_key.insert(key.to_string(), self.indicators.len() - 1);
        self.indicators.len() - 1
    }

    pub(super) fn action(&mut self, key: &str, new: impl FnOnce() -> ActionDraft) -> usize {
        if let Some(i) = self.action_by_key.get(key) {
            return *i;
        }
        self.actions.push((key.to_string(), new()));
        self.action_by_key.insert(key.to_string(), self.actions.len() - 1);
        self.actions.len() - 1
    }
}

/// One row's figures by period, with whether only relative columns (`Previous quarter`) gave
/// them. A row holds one period (long) or a few (wide): a short list, not a map.
#[derive(Default)]
pub struct RowFigures(Vec<(Period, Option<Obs>, Option<bool>)>);

impl RowFigures {
    pub(super) fn slot(&mut self, p: Period) -> &mut (Period, Option<Obs>, Option<bool>) {
        let i = match self.0.iter().position(|s| s.0 == p) {
            Some(i) => i,
            None => {
                self.0.push((p, None, None));
                self.0.len() - 1
            }
        };
        &mut self.0[i]
    }

    pub(super) fn entry(&mut self, p: Period) -> &mut Obs {
        self.slot(p).1.get_or_insert_with(Obs::default)
    }

    /// A column for period `p` was read: a relative one leaves `p` a reprint unless a column
    /// of its own gives it too.
    pub(super) fn mark(&mut self, p: Period, relative: bool) {
        let given = &mut self.slot(p).2;
        if relative {
            given.get_or_insert(true);
        } else {
            *given = Some(false);
        }
    }

    pub(super) fn iter_mut(&mut self) -> impl Iterator<Item = (Period, &mut Obs)> {
        self.0.iter_mut().filter_map(|(p, o, _)| o.as_mut().map(|o| (*p, o)))
    }

    /// The figures in period order, each marked as context where only relative columns gave it.
    pub(super) fn into_sorted(mut self) -> impl Iterator<Item = (Period, Obs)> {
        self.0.sort_by_key(|s| s.0);
        self.0
            .into_iter()
            .filter_map(|(p, o, relative)| o.map(|o| (p, Obs { context: relative.unwrap_or(false), ..o })))
    }
}
