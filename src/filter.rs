//! Filters for lists of indicators and actions, read from and written to the URL.

use crate::casefold;
use crate::route::Route;
use scorecard_core::report::{priorities_of, ActionState};
use scorecard_core::{Action, Assessment, Indicator, Report, Scorecard};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub priority: Option<String>,
    pub service: Option<String>,
    pub portfolio: Option<String>,
    pub partner: Option<String>,
    pub status: Option<String>,
    pub direction: Option<String>,
    pub tag: Option<String>,
    /// The search text, lower-cased once here: matching ignores case.
    pub q: Option<String>,
}

/// The URL keys, in the order the filter panel shows them.
pub const KEYS: [&str; 8] =
    ["q", "priority", "service", "portfolio", "partner", "status", "direction", "tag"];

impl Filter {
    pub fn from_route(r: &Route) -> Filter {
        let p = |k: &str| r.param(k).map(str::to_string);
        Filter {
            priority: p("priority"),
            service: p("service"),
            portfolio: p("portfolio"),
            partner: p("partner"),
            status: p("status"),
            direction: p("direction"),
            tag: p("tag"),
            q: p("q").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).map(|s| casefold::lower(&s)),
        }
    }

    fn groups_match(&self, sc: &Scorecard, own_priorities: &[String], service: Option<&str>) -> bool {
        let lang = lang(sc);
        let group = service.and_then(|s| sc.service(s));
        let text_is = |want: &Option<String>, got: Option<&scorecard_core::Text>| {
            want.as_ref().is_none_or(|w| got.is_some_and(|t| t.get(lang) == w))
        };
        self.priority
            .as_ref()
            .is_none_or(|p| priorities_of(sc, own_priorities, service).contains(&p.as_str()))
            && self.service.as_ref().is_none_or(|s| service == Some(s.as_str()))
            && text_is(&self.portfolio, group.and_then(|g| g.portfolio.as_ref()))
            && text_is(&self.partner, group.and_then(|g| g.partner.as_ref()))
    }

    fn text_matches(&self, parts: &[&str]) -> bool {
        let Some(q) = &self.q else { return true };
        parts.iter().any(|p| casefold::lower(p).contains(q.as_str()))
    }

    pub fn matches(&self, sc: &Scorecard, ind: &Indicator, a: &Assessment) -> bool {
        let lang = lang(sc);
        self.groups_match(sc, &ind.priorities, ind.service.as_deref())
            && self.status.as_ref().is_none_or(|s| a.status.as_str() == s)
            && self.direction.as_ref().is_none_or(|d| a.travel.direction.as_str() == d)
            && self.tag.as_ref().is_none_or(|t| ind.tags.contains(t))
            && self.text_matches(&[
                ind.title.get(lang),
                ind.code.as_deref().unwrap_or(""),
                &ind.id,
                ind.description.as_ref().map_or("", |d| d.get(lang)),
            ])
    }

    /// Positions in the report's `indicators` that match.
    pub fn indicators(&self, sc: &Scorecard, r: &Report) -> Vec<usize> {
        r.indicators
            .iter()
            .enumerate()
            .filter(|(_, a)| self.matches(sc, &sc.indicators[a.indicator], a))
            .map(|(i, _)| i)
            .collect()
    }

    /// Positions in the report's `actions` that match.
    pub fn actions(&self, sc: &Scorecard, r: &Report) -> Vec<usize> {
        r.actions
            .iter()
            .enumerate()
            .filter(|(_, st)| self.matches_action(sc, &sc.actions[st.action], st))
            .map(|(i, _)| i)
            .collect()
    }

    /// Actions have their own statuses; a RAG status filter matches the status they read as.
    pub fn matches_action(&self, sc: &Scorecard, action: &Action, st: &ActionState) -> bool {
        let lang = lang(sc);
        self.groups_match(sc, &action.priorities, action.service.as_deref())
            && self
                .status
                .as_ref()
                .is_none_or(|s| st.status.as_str() == s || st.status.rag().is_some_and(|r| r.as_str() == s))
            && self.direction.is_none()
            && self.tag.is_none()
            && self.text_matches(&[action.title.get(lang), &action.id])
    }
}

pub fn lang(sc: &Scorecard) -> &str {
    sc.languages.first().map_or("en", String::as_str)
}
