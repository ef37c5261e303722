//! Filters for lists of indicators and actions, read from and written to the URL.

use crate::casefold;
use crate::route::Route;
use scorecard_core::report::{priorities_of, ActionState};
use scorecard_core::{Action, Assessment, GroupKind, Indicator, Report, Scorecard};

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

    /// The items of one service or priority.
    pub fn of_group(kind: GroupKind, id: &str) -> Filter {
        match kind {
            GroupKind::Service => Filter { service: Some(id.into()), ..Filter::default() },
            GroupKind::Priority => Filter { priority: Some(id.into()), ..Filter::default() },
        }
    }

    fn groups_match(&self, sc: &Scorecard, own_priorities: &[String], service: Option<&str>) -> bool {
        let group = service.and_then(|s| sc.service(s));
        // In any of the file's languages: a link made on the Welsh page works on the English.
        let text_is = |want: &Option<String>, got: Option<&scorecard_core::Text>| {
            want.as_ref().is_none_or(|w| got.is_some_and(|t| t.versions.iter().any(|(_, s)| s == w)))
        };
        self.priority
            .as_ref()
            .is_none_or(|p| priorities_of(sc, own_priorities, service).contains(&p.as_str()))
            && self.service.as_ref().is_none_or(|s| service == Some(s.as_str()))
            && text_is(&self.portfolio, group.and_then(|g| g.portfolio.as_ref()))
            && text_is(&self.partner, group.and_then(|g| g.partner.as_ref()))
    }

    /// The search text in an item's key (see [`SearchKeys`]).
    fn text_matches(&self, key: &str) -> bool {
        self.q.as_ref().is_none_or(|q| key.contains(q.as_str()))
    }

    /// `key`: the indicator's search key, `keys.indicator(a.indicator)`.
    pub fn matches(&self, sc: &Scorecard, ind: &Indicator, a: &Assessment, key: &str) -> bool {
        self.groups_match(sc, &ind.priorities, ind.service.as_deref())
            && self.status.as_ref().is_none_or(|s| a.status.as_str() == s)
            && self.direction.as_ref().is_none_or(|d| a.travel.direction.as_str() == d)
            && self.tag.as_ref().is_none_or(|t| ind.tags.contains(t))
            && self.text_matches(key)
    }

    /// Positions in the report's `indicators` that match.
    pub fn indicators(&self, sc: &Scorecard, r: &Report, keys: &SearchKeys) -> Vec<usize> {
        r.indicators
            .iter()
            .enumerate()
            .filter(|(_, a)| self.matches(sc, &sc.indicators[a.indicator], a, keys.indicator(a.indicator)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Positions in the report's `actions` that match.
    pub fn actions(&self, sc: &Scorecard, r: &Report, keys: &SearchKeys) -> Vec<usize> {
        r.actions
            .iter()
            .enumerate()
            .filter(|(_, st)| self.matches_action(sc, &sc.actions[st.action], st, keys.action(st.action)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Actions have their own statuses; a RAG status filter matches the status they read as.
    pub fn matches_action(&self, sc: &Scorecard, action: &Action, st: &ActionState, key: &str) -> bool {
        self.groups_match(sc, &action.priorities, action.service.as_deref())
            && self
                .status
                .as_ref()
                .is_none_or(|s| st.status.as_str() == s || st.status.rag().is_some_and(|r| r.as_str() == s))
            && self.direction.is_none()
            && self.tag.is_none()
            && self.text_matches(key)
    }
}

/// What search looks in, for each indicator and action: every language's title (a Welsh
/// reader may type an English title), the code, the id and the description, lower-cased once
/// per scorecard. A keystroke is then a pass over these, with no call into the browser.
pub struct SearchKeys {
    indicators: Vec<String>,
    actions: Vec<String>,
}

impl SearchKeys {
    pub fn of(sc: &Scorecard) -> SearchKeys {
        // Parts are kept apart by a character no query holds, so no match spans two.
        let key = |parts: Vec<&str>| parts.join("\u{1F}");
        let mut all: Vec<String> = sc
            .indicators
            .iter()
            .map(|i| {
                key(versions(&i.title)
                    .chain([i.code.as_deref().unwrap_or(""), i.id.as_str()])
                    .chain(i.description.iter().flat_map(versions))
                    .collect())
            })
            .collect();
        all.extend(sc.actions.iter().map(|a| key(versions(&a.title).chain([a.id.as_str()]).collect())));
        let mut lowered = casefold::lower_all(&all);
        let actions = lowered.split_off(sc.indicators.len().min(lowered.len()));
        SearchKeys { indicators: lowered, actions }
    }

    pub fn indicator(&self, i: usize) -> &str {
        self.indicators.get(i).map_or("", String::as_str)
    }

    pub fn action(&self, i: usize) -> &str {
        self.actions.get(i).map_or("", String::as_str)
    }
}

/// Every language's version of a text.
fn versions(t: &scorecard_core::Text) -> impl Iterator<Item = &str> {
    t.versions.iter().map(|(_, s)| s.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_report;

    fn filter(hash: &str) -> Filter {
        Filter::from_route(&Route::parse(hash))
    }

    fn ids(sc: &Scorecard, r: &Report, f: &Filter) -> Vec<String> {
        f.indicators(sc, r, &SearchKeys::of(sc))
            .into_iter()
            .map(|i| sc.indicators[r.indicators[i].indicator].id.clone())
            .collect()
    }

    #[test]
    fn no_filter_shows_everything() {
        let (sc, r) = sample_report();
        assert_eq!(
            filter("#/indicators").indicators(&sc, &r, &SearchKeys::of(&sc)).len(),
            sc.indicators.len()
        );
        assert_eq!(filter("#/actions").actions(&sc, &r, &SearchKeys::of(&sc)).len(), sc.actions.len());
    }

    #[test]
    fn a_status_filter_keeps_exactly_that_status() {
        let (sc, r) = sample_report();
        let red = filter("#/indicators?status=red").indicators(&sc, &r, &SearchKeys::of(&sc));
        assert!(!red.is_empty());
        assert!(red.iter().all(|&i| r.indicators[i].status == scorecard_core::Status::Red));
        assert_eq!(red.len() as u32, r.summary.overall.of(scorecard_core::Status::Red));
    }

    #[test]
    fn search_ignores_case_and_looks_at_titles_and_codes() {
        let (sc, r) = sample_report();
        let found = ids(&sc, &r, &filter("#/indicators?q=RECYCLING"));
        assert!(found.contains(&"recycling-rate".to_string()), "{found:?}");
        let by_code = ids(&sc, &r, &filter("#/indicators?q=ni%20184"));
        assert_eq!(by_code, ["food-broadly-compliant"]);
        assert!(ids(&sc, &r, &filter("#/indicators?q=zzzz-nothing")).is_empty());
    }

    #[test]
    fn a_blank_search_is_no_search() {
        assert_eq!(filter("#/indicators?q=%20%20").q, None);
    }

    #[test]
    fn filters_combine_with_and() {
        let (sc, r) = sample_report();
        let housing = filter("#/indicators?service=housing").indicators(&sc, &r, &SearchKeys::of(&sc));
        let housing_red =
            filter("#/indicators?service=housing&status=red").indicators(&sc, &r, &SearchKeys::of(&sc));
        assert!(housing_red.len() < housing.len());
        assert!(housing_red.iter().all(|i| housing.contains(i)));
    }

    #[test]
    fn a_priority_filter_counts_indicators_through_their_service() {
        let (sc, r) = sample_report();
        let p = &sc.priorities[0].id;
        let f = Filter::of_group(GroupKind::Priority, p);
        let n = f.indicators(&sc, &r, &SearchKeys::of(&sc)).len() as u32;
        assert_eq!(n, r.summary.group(GroupKind::Priority, p).indicators());
        assert!(n > 0);
    }

    #[test]
    fn an_action_status_filter_matches_the_rag_it_reads_as() {
        let (sc, r) = sample_report();
        let amber = filter("#/actions?status=amber").actions(&sc, &r, &SearchKeys::of(&sc));
        let at_risk = filter("#/actions?status=at-risk").actions(&sc, &r, &SearchKeys::of(&sc));
        assert_eq!(amber, at_risk);
        assert!(!amber.is_empty());
        assert!(
            filter("#/actions?direction=improving").actions(&sc, &r, &SearchKeys::of(&sc)).is_empty(),
            "actions have no direction"
        );
    }
}
