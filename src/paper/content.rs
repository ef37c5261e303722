//! What the appendix says, in the order the seed reports lay it out: the title, the summary,
//! the counts by status, priority and service, the exceptions with their explanations, the
//! flagship actions, the whole scorecard by service, and the notes. Every figure comes from the
//! core's report for the period (the figures `scorecard status --json` gives); every word from
//! the dashboard's catalogue.

use super::{Block, Cell, Paper, Section, Table};
use crate::{format, i18n, language};
use scorecard_core::{
    report, ActionStatus, Assessment, Counts, ExceptionKind, GroupKind, Indicator, Period, Report, Scope,
    Scorecard, Status,
};

pub fn paper(sc: &Scorecard, period: Period) -> Paper {
    let r = report(sc, period);
    let text = |t: &scorecard_core::Text| language::text_in(sc, t).0;
    let sections = vec![
        Section { landscape: false, blocks: [front(sc, &r), counts(sc, &r)].concat() },
        Section { landscape: true, blocks: exceptions(sc, &r) },
        Section { landscape: false, blocks: actions(sc, &r) },
        Section { landscape: true, blocks: full(sc, &r) },
        Section { landscape: false, blocks: notes(sc, &r) },
    ];
    Paper {
        title: text(&sc.title),
        author: text(&sc.organisation.name),
        lang: i18n::lang().code(),
        date: sc.published.to_string(),
        sections,
    }
}

/// The title, the organisation, the period in words, the date of the data, and the summary.
fn front(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let t = i18n::t();
    let text = |x: &scorecard_core::Text| language::text_in(sc, x).0;
    let mut blocks = vec![
        Block::Title(text(&sc.title)),
        Block::Text(text(&sc.organisation.name)),
        Block::Text(t.period_long(r.period, sc.calendar)),
        Block::Text(i18n::paper().paper_as_of(&t.date_long(sc.published))),
        Block::Heading(1, t.summary().into()),
    ];
    let comments: Vec<Block> = sc
        .comments_for(r.period, &Scope::Overall)
        .flat_map(|c| {
            let mut said = vec![Block::Text(text(&c.text))];
            said.extend(c.author.as_ref().map(|a| Block::Text(format!("— {}", text(a)))));
            said
        })
        .collect();
    if comments.is_empty() {
        blocks.push(Block::Text(t.no_commentary().into()));
    }
    blocks.extend(comments);
    blocks
}

/// How many indicators have each status: overall, then by priority and by service.
fn counts(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let t = i18n::t();
    let o = &r.summary.overall;
    let parts: Vec<(Status, u32)> = Status::ALL.iter().map(|s| (*s, o.of(*s))).collect();
    let period = format::period(r.period);
    let overall = Table {
        header: vec![t.status().into(), t.count().into()],
        rows: Status::ALL.iter().map(|s| vec![status_cell(*s), Cell::text(o.of(*s).to_string())]).collect(),
        widths: vec![3, 1],
    };
    let mut blocks = vec![
        Block::Heading(2, t.indicators_by_status().into()),
        Block::Text(t.chart_summary_statuses(&period, &parts)),
        Block::Table(overall),
    ];
    for (kind, heading, label) in [
        (GroupKind::Priority, t.by_priority(), t.priority()),
        (GroupKind::Service, t.by_service(), t.service()),
    ] {
        let rows: Vec<(String, &Counts)> = r
            .summary
            .groups(kind)
            .iter()
            .filter(|(_, c)| c.indicators() > 0)
            .map(|(id, c)| {
                (sc.group(kind, id).map_or_else(|| id.clone(), |g| language::text_in(sc, &g.name).0), c)
            })
            .collect();
        if !rows.is_empty() {
            blocks.push(Block::Heading(2, heading.into()));
            blocks.push(Block::Table(group_counts(label, &rows)));
        }
    }
    blocks
}

/// A row per group, a column per status, and the total.
fn group_counts(label: &str, rows: &[(String, &Counts)]) -> Table {
    let t = i18n::t();
    let mut header = vec![label.to_string()];
    header.extend(Status::ALL.iter().map(|s| t.status_short(*s).to_string()));
    header.push(t.total().into());
    let rows = rows
        .iter()
        .map(|(name, c)| {
            let mut row = vec![Cell::text(name.clone())];
            row.extend(Status::ALL.iter().map(|s| Cell::text(c.of(*s).to_string())));
            row.push(Cell::text(c.indicators().to_string()));
            row
        })
        .collect();
    let mut widths = vec![5];
    widths.extend([2; 7]);
    Table { header, rows, widths }
}

/// Every red and amber indicator and every action at risk or off track, by service, each with
/// its figures and the officer's explanation, or a line saying there is none.
fn exceptions(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let t = i18n::t();
    let indicators = r.exceptions.iter().filter(|e| e.kind == ExceptionKind::Indicator).count();
    let unexplained = r.exceptions.iter().filter(|e| !e.explained).count();
    let mut blocks = vec![
        Block::Heading(1, t.exceptions_title().into()),
        Block::Text(t.exceptions_summary(indicators, r.exceptions.len() - indicators, unexplained)),
    ];
    if r.exceptions.is_empty() {
        blocks.push(Block::Text(t.no_exceptions().into()));
    }
    for (service, name) in services(sc) {
        let of_service = |s: &Option<String>| s.as_deref() == service;
        let inds: Vec<&Assessment> = r
            .exceptions
            .iter()
            .filter(|e| e.kind == ExceptionKind::Indicator)
            .map(|e| &r.indicators[e.item])
            .filter(|a| of_service(&sc.indicators[a.indicator].service))
            .collect();
        let acts: Vec<usize> = r
            .exceptions
            .iter()
            .filter(|e| e.kind == ExceptionKind::Action)
            .map(|e| e.item)
            .filter(|i| of_service(&sc.actions[r.actions[*i].action].service))
            .collect();
        if inds.is_empty() && acts.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(2, name));
        if !inds.is_empty() {
            blocks.push(Block::Table(exception_table(sc, r, &inds)));
        }
        if !acts.is_empty() {
            blocks.push(Block::Table(action_table(sc, r, &acts, true)));
        }
    }
    blocks
}

fn exception_table(sc: &Scorecard, r: &Report, list: &[&Assessment]) -> Table {
    let t = i18n::t();
    let rows = list
        .iter()
        .map(|a| {
            let ind = &sc.indicators[a.indicator];
            let mut row = indicator_cells(sc, ind, a, r.period);
            row.push(explanation_cell(sc, a.explanation(ind)));
            row
        })
        .collect();
    let mut header = indicator_header();
    header.push(t.explanation().into());
    Table { header, rows, widths: vec![2, 5, 3, 3, 3, 3, 7] }
}

/// Flagship actions by priority, each with its status and the period's update.
fn actions(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let t = i18n::t();
    let mut blocks = vec![Block::Heading(1, t.actions_title().into())];
    if r.actions.is_empty() {
        blocks.push(Block::Text(t.no_actions().into()));
        return blocks;
    }
    let mut placed = vec![false; r.actions.len()];
    let mut groups: Vec<(String, Vec<usize>)> = sc
        .priorities
        .iter()
        .map(|p| {
            let items: Vec<usize> = (0..r.actions.len())
                .filter(|i| {
                    let a = &sc.actions[r.actions[*i].action];
                    report::priorities_of(sc, &a.priorities, a.service.as_deref()).contains(&p.id.as_str())
                })
                .collect();
            items.iter().for_each(|i| placed[*i] = true);
            (language::text_in(sc, &p.name).0, items)
        })
        .collect();
    groups.push((t.other().into(), (0..r.actions.len()).filter(|i| !placed[*i]).collect()));
    for (name, items) in groups.into_iter().filter(|(_, items)| !items.is_empty()) {
        blocks.push(Block::Heading(2, name));
        blocks.push(Block::Table(action_table(sc, r, &items, false)));
    }
    blocks
}

/// Actions (positions in the report's list): their status and update, and for exceptions
/// the explanation marked as missing where there is none.
fn action_table(sc: &Scorecard, r: &Report, items: &[usize], exceptions: bool) -> Table {
    let t = i18n::t();
    let rows = items
        .iter()
        .map(|i| {
            let state = &r.actions[*i];
            let action = &sc.actions[state.action];
            let update = state.explanation(action);
            let mut row = vec![
                Cell::text(language::text_in(sc, &action.title).0),
                action_status_cell(state.status),
                Cell::text(action.due.map(|d| t.date_long(d)).unwrap_or_default()),
                Cell::text(action.owner.as_ref().map(|o| language::text_in(sc, o).0).unwrap_or_default()),
            ];
            row.push(if exceptions {
                explanation_cell(sc, update)
            } else {
                Cell::text(update.map_or_else(|| t.no_update().to_string(), |u| language::text_in(sc, u).0))
            });
            row
        })
        .collect();
    let header = [t.action_word(), t.status(), t.due(), t.owner(), t.latest_update()];
    Table { header: header.map(str::to_string).to_vec(), rows, widths: vec![5, 2, 2, 3, 8] }
}

/// The whole scorecard, a table per service.
fn full(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(1, i18n::paper().paper_full().into())];
    for (service, name) in services(sc) {
        let rows: Vec<Vec<Cell>> = r
            .indicators
            .iter()
            .filter(|a| sc.indicators[a.indicator].service.as_deref() == service)
            .map(|a| indicator_cells(sc, &sc.indicators[a.indicator], a, r.period))
            .collect();
        if rows.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(2, name));
        blocks.push(Block::Table(Table { header: indicator_header(), rows, widths: vec![2, 8, 3, 3, 3, 3] }));
    }
    blocks
}

/// Who delivers what in partnership, what "Suppressed" means, and where a service reported
/// a status other than the rules'.
fn notes(sc: &Scorecard, r: &Report) -> Vec<Block> {
    let t = i18n::t();
    let mut blocks = vec![Block::Heading(1, i18n::paper().paper_notes().into())];
    let partners: Vec<Block> = sc
        .priorities
        .iter()
        .chain(&sc.services)
        .filter_map(|g| {
            let partner = g.partner.as_ref()?;
            let name = language::text_in(sc, &g.name).0;
            Some(Block::Text(i18n::paper().paper_partner(&name, &language::text_in(sc, partner).0)))
        })
        .collect();
    if !partners.is_empty() {
        blocks.push(Block::Heading(2, i18n::paper().paper_partnership().into()));
        blocks.extend(partners);
    }
    blocks.push(Block::Heading(2, i18n::paper().paper_data_notes().into()));
    blocks.push(Block::Text(i18n::paper().paper_suppressed()));
    let listed = |keep: &dyn Fn(&Assessment) -> bool| -> Vec<Block> {
        r.indicators
            .iter()
            .filter(|a| keep(a))
            .map(|a| Block::Text(name_of(sc, &sc.indicators[a.indicator])))
            .collect()
    };
    let suppressed = listed(&|a| a.status == Status::Suppressed);
    if !suppressed.is_empty() {
        blocks.push(Block::Text(i18n::paper().paper_suppressed_these()));
        blocks.extend(suppressed);
    }
    let differs = listed(&|a| a.differs());
    if !differs.is_empty() {
        blocks.push(Block::Text(t.reported_differs().into()));
        blocks.extend(differs);
    }
    let published = t.date_long(sc.published);
    let org = language::text_in(sc, &sc.organisation.name).0;
    blocks.push(Block::Text(i18n::paper().paper_source(
        &org,
        &language::text_in(sc, &sc.title).0,
        &published,
    )));
    blocks
}

/// The services in the scorecard's order, then indicators with none: (id, name).
fn services(sc: &Scorecard) -> Vec<(Option<&str>, String)> {
    let mut all: Vec<(Option<&str>, String)> =
        sc.services.iter().map(|g| (Some(g.id.as_str()), language::text_in(sc, &g.name).0)).collect();
    all.push((None, i18n::t().no_service().into()));
    all
}

fn indicator_header() -> Vec<String> {
    let t = i18n::t();
    [t.code(), t.title(), t.value(), t.target(), t.status(), t.direction()].map(str::to_string).to_vec()
}

/// Code, title, value, target, status in words (shaded), direction of travel. The value and
/// target are the reference period's; a period other than the paper's is named beside them.
fn indicator_cells(sc: &Scorecard, ind: &Indicator, a: &Assessment, period: Period) -> Vec<Cell> {
    let t = i18n::t();
    let obs = a.observation(ind);
    let value = match obs {
        Some(o) if o.suppressed => t.suppressed_value().to_string(),
        Some(o) => o.value.map_or_else(|| t.no_value().to_string(), |v| format::value(ind, v)),
        None => t.no_value().to_string(),
    };
    let target =
        obs.and_then(|o| o.target).map_or_else(|| t.no_target().to_string(), |v| format::value(ind, v));
    let value = if obs.is_some() && a.period != period {
        i18n::paper().paper_value_for(&value, &format::period(a.period))
    } else {
        value
    };
    vec![
        Cell::text(ind.code.clone().unwrap_or_default()),
        Cell::text(language::text_in(sc, &ind.title).0),
        Cell::text(value),
        Cell::text(target),
        status_cell(a.status),
        Cell::text(t.direction_label(a.travel.direction)),
    ]
}

fn name_of(sc: &Scorecard, ind: &Indicator) -> String {
    let title = language::text_in(sc, &ind.title).0;
    match &ind.code {
        Some(code) => format!("{code}: {title}"),
        None => title,
    }
}

fn status_cell(s: Status) -> Cell {
    Cell::status(i18n::t().status_label(s), s)
}

fn action_status_cell(s: ActionStatus) -> Cell {
    Cell { text: i18n::t().action_label(s).into(), status: s.rag().map(Into::into), warning: false }
}

fn explanation_cell(sc: &Scorecard, text: Option<&scorecard_core::Text>) -> Cell {
    match text {
        Some(x) => Cell::text(language::text_in(sc, x).0),
        None => Cell { text: i18n::t().no_explanation().into(), status: None, warning: true },
    }
}
