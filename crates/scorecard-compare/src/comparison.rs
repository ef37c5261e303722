//! The scorecard's linked indicators among similar councils, as the views show them: which
//! pack, measure, group and period each is compared in, and its row once the shards are
//! here. Every figure and rule is the core's (`scorecard_core::pack`); this only gathers
//! what has been fetched.

use crate::packs::{Loading, Packs};
use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_app::state::AppState;
use scorecard_core::pack::compare::Row;
use scorecard_core::pack::{custom, linked, Group, Interval, Members, Pack};
use scorecard_core::text::Text;
use std::sync::Arc;

/// Where one linked indicator stands, or why it does not (yet).
#[derive(Clone)]
pub enum Outcome {
    Loading,
    Failed(String),
    /// No group of the pack contains the council for this measure.
    NoGroup,
    /// The pack has no period up to the one shown.
    NoPeriod,
    Row(Arc<Row>),
}

#[derive(Clone)]
pub struct Line {
    pub indicator: usize,
    /// The pack's index address, by which its shards are fetched.
    pub url: String,
    pub pack: Arc<Pack>,
    pub measure: String,
    pub group: Option<Group>,
    pub period: Option<Interval>,
    pub outcome: Outcome,
}

impl Line {
    /// The row, once its figures are here.
    pub fn row(&self) -> Option<&Row> {
        match &self.outcome {
            Outcome::Row(r) => Some(r),
            _ => None,
        }
    }
}

/// The council's code, where the scorecard gives one (`organisation.code`).
pub fn area(state: &AppState) -> Option<String> {
    state.with_scorecard(|sc| sc.organisation.code.clone())
}

/// The route's group, when it is one the reader made (`custom:CODE,…`).
fn asked_custom(state: &AppState) -> Option<String> {
    state.route.with(|r| r.param("peers").filter(|p| custom::is_custom(p)).map(str::to_string))
}

/// The custom group `id` in `pack`, titled in the reader's language, and the codes the pack
/// does not have.
pub fn custom_group(pack: &Pack, area: &str, id: &str) -> (Group, Vec<String>) {
    let title = |n| Text::plain(i18n::c().custom_group_title(n));
    custom::group(pack, area, id, title, Text::plain(i18n::c().custom_group_source()))
}

/// The councils the reader can add to a custom group: every area of the scorecard's packs,
/// `(code, name)` in the reader's language, each once.
pub fn areas(state: &AppState) -> Vec<(String, String)> {
    let lang = state.lang();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, l) in Packs::here().all() {
        let Some(pack) = l.ready() else { continue };
        for a in &pack.areas {
            if seen.insert(a.code.clone()) {
                out.push((a.code.clone(), a.name.get(&lang).to_string()));
            }
        }
    }
    out
}

/// The custom group's codes that no pack has: said to the reader, not dropped silently.
pub fn unknown_in_custom(state: &AppState) -> Vec<String> {
    let (Some(id), Some(area)) = (asked_custom(state), area(state)) else { return Vec::new() };
    let packs: Vec<Arc<Pack>> = Packs::here().all().iter().filter_map(|(_, l)| l.ready().cloned()).collect();
    let Some(first) = packs.first() else { return Vec::new() };
    custom_group(first, &area, &id)
        .1
        .into_iter()
        .filter(|c| !packs.iter().any(|p| p.area(c).is_some()))
        .collect()
}

/// The groups the council can be compared within: every group of the scorecard's packs that
/// contains it (a group kept in a shard of its own is offered without fetching it), then the
/// reader's own (as asked, or empty to start one).
pub fn groups(state: &AppState) -> Vec<Group> {
    let Some(area) = area(state) else { return Vec::new() };
    let mut out: Vec<Group> = Vec::new();
    for (_, l) in Packs::here().all() {
        let Some(pack) = l.ready() else { continue };
        for g in &pack.groups {
            if g.offered_to(&area) && !out.iter().any(|o| o.id == g.id) {
                out.push(g.clone());
            }
        }
    }
    if let Some((_, l)) = Packs::here().all().first() {
        if let Some(pack) = l.ready() {
            let id = asked_custom(state).unwrap_or_else(|| custom::PREFIX.to_string());
            out.push(custom_group(pack, &area, &id).0);
        }
    }
    out
}

/// The pack with the members of the groups `ids` in place, where they are kept in shards of
/// their own (fetching them).
fn with_members(url: &str, pack: &Arc<Pack>, ids: &[Option<&str>]) -> Result<Arc<Pack>, Option<String>> {
    let mut out = None;
    for id in ids.iter().flatten() {
        let Some(g) = pack.group(id).filter(|g| matches!(g.members, Members::Shard(..))) else { continue };
        match Packs::here().members(url, pack, &g.id) {
            Loading::Ready(m) => {
                let p: &mut Pack = out.get_or_insert_with(|| (**pack).clone());
                p.put_members(&g.id, (*m).clone());
            }
            Loading::Pending => return Err(None),
            Loading::Failed(e) => return Err(Some(e)),
        }
    }
    Ok(out.map_or_else(|| pack.clone(), Arc::new))
}

/// Every linked indicator's line for the period shown, within the group asked for (the
/// route's `peers`), else the scorecard's `peer_group`, else the pack's first that fits.
/// Reads the packs' signals: call it in a memo.
pub fn lines(state: &AppState) -> Vec<Line> {
    gather(state, None)
}

/// The line of one linked indicator alone: its page fetches and ranks only its own measure.
pub fn line(state: &AppState, indicator: usize) -> Option<Line> {
    gather(state, Some(indicator)).into_iter().next()
}

fn gather(state: &AppState, only: Option<usize>) -> Vec<Line> {
    let Some(area) = area(state) else { return Vec::new() };
    let asked = state.route.with(|r| r.param("peers").map(str::to_string));
    let shown = state.period.get();
    let mut out = Vec::new();
    for (url, l) in Packs::here().all() {
        let Some(pack) = l.ready().cloned() else { continue };
        let links: Vec<(usize, String)> = state.with_scorecard(|sc| {
            linked::linked(sc, &pack).into_iter().map(|(i, m)| (i, m.id.clone())).collect()
        });
        let default = state.with_scorecard(|sc| sc.peer_group.clone());
        // The groups the rule picks, whose members may be in shards to fetch: those asked
        // for, and each linked measure's default (a group in a shard can be one, where the
        // index lists its areas).
        let picks: Vec<String> = links
            .iter()
            .filter(|(i, _)| only.is_none_or(|o| o == *i))
            .filter_map(|(_, m)| linked::group_for(&pack, &area, m, &[asked.as_deref(), default.as_deref()]))
            .map(|g| g.id.clone())
            .collect();
        let mut ids = vec![asked.as_deref(), default.as_deref()];
        ids.extend(picks.iter().map(|id| Some(id.as_str())));
        let full = with_members(&url, &pack, &ids).map(|p| {
            // The reader's own group joins the pack's, so it is found as theirs are.
            match asked.as_deref().filter(|a| custom::is_custom(a)) {
                Some(id) => {
                    let mut p = (*p).clone();
                    p.groups.insert(0, custom_group(&p, &area, id).0);
                    Arc::new(p)
                }
                None => p,
            }
        });
        for (i, measure) in links.into_iter().filter(|(i, _)| only.is_none_or(|o| o == *i)) {
            let line = state.with_scorecard(|sc| {
                let ind = &sc.indicators[i];
                let m = pack.measure(&measure).expect("linked to one of its measures");
                let period = linked::period_for(sc, ind, m, shown);
                let group = full.as_ref().ok().and_then(|p| {
                    linked::group_for(p, &area, &measure, &[asked.as_deref(), default.as_deref()]).cloned()
                });
                Line {
                    indicator: i,
                    url: url.clone(),
                    pack: pack.clone(),
                    measure: measure.clone(),
                    group,
                    period,
                    outcome: Outcome::Loading,
                }
            });
            out.push(match &full {
                Err(None) => line,
                Err(Some(e)) => Line { outcome: Outcome::Failed(e.clone()), ..line },
                Ok(_) => with_outcome(state, &url, &area, line),
            });
        }
    }
    out
}

fn with_outcome(state: &AppState, url: &str, area: &str, mut line: Line) -> Line {
    let (Some(group), Some(period)) = (line.group.clone(), line.period) else {
        line.outcome = if line.group.is_none() { Outcome::NoGroup } else { Outcome::NoPeriod };
        return line;
    };
    let Some(members) = group.members_for(area) else {
        line.outcome = Outcome::NoGroup;
        return line;
    };
    line.outcome = match Packs::here().shard(url, &line.pack, &line.measure) {
        Loading::Pending => Outcome::Loading,
        Loading::Failed(e) => Outcome::Failed(e),
        Loading::Ready(shard) => {
            let key = format!(
                "{url}\u{1f}{}\u{1f}{}\u{1f}{period}\u{1f}{}",
                line.measure, group.id, line.indicator
            );
            let row = Packs::here().row(key, || {
                state.with_scorecard(|sc| {
                    let ind = &sc.indicators[line.indicator];
                    let m = line.pack.measure(&line.measure).expect("linked to one of its measures");
                    linked::row(sc, ind, m, &shard, &members, period)
                })
            });
            row.map_or(Outcome::NoGroup, Outcome::Row)
        }
    };
    line
}
