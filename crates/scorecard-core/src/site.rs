//! A published site (`scorecard publish`): which pages a scorecard has and what each is
//! called, the version a page was written from, and what a publish changed (the feed). The
//! pages themselves are the dashboard's components written as HTML (the dashboard crate's
//! `site` module); these rules are here so the dashboard, the CLI and the publish page agree.

use crate::model::Scorecard;
use crate::period::Period;
use crate::rag::Status;
use crate::report::{report, ExceptionKind};

/// A file's version: a hash of its bytes (FNV-1a, 64 bits, as hex). A page names the version
/// it was written from; the app, having read the file, compares. A cache key, not a checksum.
pub fn version(bytes: &[u8]) -> String {
    let hash = bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// A view a reader can land on, as a page of its own. Every page sits in the site's folder
/// (no sub-folders), so one page's relative addresses hold for all of them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Page {
    Overview,
    Exceptions,
    Indicators,
    Actions,
    Indicator(String),
    Service(String),
    Priority(String),
}

impl Page {
    /// The view's name and item as the dashboard's links name them (`indicator`, `rent`).
    pub fn view(&self) -> (&'static str, Option<&str>) {
        match self {
            Page::Overview => ("overview", None),
            Page::Exceptions => ("exceptions", None),
            Page::Indicators => ("indicators", None),
            Page::Actions => ("actions", None),
            Page::Indicator(id) => ("indicator", Some(id)),
            Page::Service(id) => ("service", Some(id)),
            Page::Priority(id) => ("priority", Some(id)),
        }
    }

    /// The page for a view and item, where the view has pages (an item's id is a slug, so it
    /// is safe in a file name; anything else has none).
    pub fn of(view: &str, id: Option<&str>) -> Option<Page> {
        let item = |f: fn(String) -> Page| id.filter(|i| is_slug(i)).map(|i| f(i.to_string()));
        match view {
            "" | "overview" => Some(Page::Overview),
            "exceptions" => Some(Page::Exceptions),
            "indicators" => Some(Page::Indicators),
            "actions" => Some(Page::Actions),
            "indicator" => item(Page::Indicator),
            "service" => item(Page::Service),
            "priority" => item(Page::Priority),
            _ => None,
        }
    }

    /// Its file in the site's folder.
    pub fn file(&self) -> String {
        match self.view() {
            ("overview", _) => "index.html".into(),
            (view, Some(id)) => format!("{view}-{id}.html"),
            (view, None) => format!("{view}.html"),
        }
    }

    /// Its address relative to any page of the site: the folder itself for the overview.
    pub fn href(&self) -> String {
        match self {
            Page::Overview => "./".into(),
            _ => self.file(),
        }
    }

    /// Its address: under the site's own address where known (`https://…/performance/x.html`),
    /// else relative to any page of the site.
    pub fn at(&self, site: Option<&str>) -> String {
        match site {
            Some(base) => format!("{}/{}", base.trim_end_matches('/'), self.href().trim_start_matches("./")),
            None => self.href(),
        }
    }

    /// The page a file name is (the last part of an address's path): the folder, `index.html`
    /// or any other name of the dashboard's page is the overview.
    pub fn from_file(name: &str) -> Page {
        let stem = name.strip_suffix(".html").unwrap_or("");
        let named = ["exceptions", "indicators", "actions"].into_iter().find(|v| *v == stem);
        if let Some(view) = named {
            return Page::of(view, None).unwrap_or(Page::Overview);
        }
        ["indicator", "service", "priority"]
            .into_iter()
            .find_map(|view| {
                Page::of(view, stem.strip_prefix(view)?.strip_prefix('-').filter(|id| is_slug(id)))
            })
            .unwrap_or(Page::Overview)
    }
}

fn is_slug(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every page a reader can land on: the overview first, then the lists, then each
/// indicator, service and priority in the file's order.
pub fn pages(sc: &Scorecard) -> Vec<Page> {
    // The actions page too where there are none: every view's navigation links to it.
    let mut out = vec![Page::Overview, Page::Indicators, Page::Exceptions, Page::Actions];
    out.extend(sc.indicators.iter().map(|i| Page::Indicator(i.id.clone())));
    out.extend(sc.services.iter().map(|g| Page::Service(g.id.clone())));
    out.extend(sc.priorities.iter().map(|g| Page::Priority(g.id.clone())));
    out
}

/// An indicator whose status moved between two publishes.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusChange {
    pub indicator: usize,
    pub from: Option<Status>,
    pub to: Status,
}

/// A figure published before and now different.
#[derive(Clone, Debug, PartialEq)]
pub struct Restated {
    pub indicator: usize,
    pub period: Period,
    pub from: Option<f64>,
    pub to: Option<f64>,
}

/// What a publish changed, for the feed. Indices are into the new file's lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// The period the dashboard opens on, where it moved (or on a first publish).
    pub period: Option<Period>,
    /// Every indicator whose status changed, in the file's order.
    pub status: Vec<StatusChange>,
    pub restated: Vec<Restated>,
    /// Exceptions (Red or Amber indicators, actions off track) not in the last publish.
    pub new_exceptions: Vec<(ExceptionKind, usize)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// Indicators whose status is now Red and was not.
    pub fn turned_red(&self) -> impl Iterator<Item = usize> + '_ {
        self.status.iter().filter(|c| c.to == Status::Red).map(|c| c.indicator)
    }
}

/// What publishing `new` over `old` (the file the site showed, if any) changes: each
/// indicator's status at each file's current period, figures for the same period that
/// differ, and exceptions that are new.
pub fn changes(old: Option<&Scorecard>, new: &Scorecard) -> Changes {
    let now = report(new, new.current_period);
    let Some(old) = old else {
        return Changes { period: Some(new.current_period), ..Changes::default() };
    };
    let before = report(old, old.current_period);
    let old_index = |id: &str| old.indicators.iter().position(|i| i.id == id);
    let mut out = Changes {
        period: (old.current_period != new.current_period).then_some(new.current_period),
        ..Changes::default()
    };
    for (at, ind) in new.indicators.iter().enumerate() {
        let was = old_index(&ind.id);
        let from = was.map(|w| before.indicators[w].status);
        let to = now.indicators[at].status;
        if from != Some(to) && (from.is_some() || to != Status::NoData) {
            out.status.push(StatusChange { indicator: at, from, to });
        }
        let Some(w) = was else { continue };
        for obs in &ind.values {
            let Some(prev) = old.indicators[w].values.iter().find(|o| o.period == obs.period) else {
                continue;
            };
            if prev.value != obs.value || prev.suppressed != obs.suppressed {
                out.restated.push(Restated {
                    indicator: at,
                    period: obs.period,
                    from: prev.value,
                    to: obs.value,
                });
            }
        }
    }
    let had = |kind: ExceptionKind, id: &str| before.exceptions.iter().any(|e| e.kind == kind && e.id == id);
    out.new_exceptions =
        now.exceptions.iter().filter(|e| !had(e.kind, &e.id)).map(|e| (e.kind, e.item)).collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Scorecard {
        crate::read(include_bytes!("../../../public/data/sample.json")).scorecard.unwrap()
    }

    #[test]
    fn a_version_changes_with_the_bytes() {
        assert_eq!(version(b"{}"), version(b"{}"));
        assert_ne!(version(b"{}"), version(b"{ }"));
        assert_eq!(version(b"").len(), 16);
    }

    #[test]
    fn every_page_has_a_file_that_names_it_again() {
        let sc = sample();
        let all = pages(&sc);
        assert_eq!(all[0], Page::Overview);
        assert_eq!(all.len(), 4 + sc.indicators.len() + sc.services.len() + sc.priorities.len());
        for p in &all {
            assert_eq!(Page::from_file(&p.file()), *p, "{}", p.file());
            let (view, id) = p.view();
            assert_eq!(Page::of(view, id).as_ref(), Some(p));
        }
        assert_eq!(Page::Overview.href(), "./");
        assert_eq!(Page::Indicator("rent".into()).href(), "indicator-rent.html");
        assert_eq!(Page::Overview.at(Some("https://x.gov.uk/p")), "https://x.gov.uk/p/");
    }

    #[test]
    fn any_other_name_is_the_overview() {
        for name in
            ["", "index.html", "performance.html", "indicator-.html", "indicator-Bad.html", "service.html"]
        {
            assert_eq!(Page::from_file(name), Page::Overview, "{name}");
        }
        assert_eq!(Page::of("indicator", Some("../x")), None, "never a path");
        assert_eq!(Page::of("compare", None), None, "no page of its own");
    }

    #[test]
    fn a_first_publish_is_its_period_only() {
        let sc = sample();
        let c = changes(None, &sc);
        assert_eq!(c.period, Some(sc.current_period));
        assert!(c.status.is_empty() && c.restated.is_empty());
        assert!(changes(Some(&sc), &sc).is_empty(), "the same file again changes nothing");
    }

    #[test]
    fn a_new_quarter_names_what_moved() {
        let old = sample();
        let mut new = sample();
        // One indicator's current figure restated so far off target that it turns Red.
        let now = report(&new, new.current_period);
        let at = now.indicators.iter().position(|a| a.status == Status::Green).unwrap();
        let shown = now.indicators[at].observation.unwrap();
        let ind = &mut new.indicators[at];
        let obs = &mut ind.values[shown];
        let target = obs.target.unwrap();
        let bad = match ind.polarity {
            crate::model::Polarity::Higher => target - target.abs() * 10.0 - 100.0,
            _ => target + target.abs() * 10.0 + 100.0,
        };
        let was = obs.value;
        obs.value = Some(bad);
        let c = changes(Some(&old), &new);
        assert_eq!(c.period, None);
        assert_eq!(c.turned_red().collect::<Vec<_>>(), vec![at]);
        assert_eq!(
            c.status,
            vec![StatusChange { indicator: at, from: Some(Status::Green), to: Status::Red }]
        );
        assert_eq!(
            c.restated,
            vec![Restated {
                indicator: at,
                period: new.indicators[at].values[shown].period,
                from: was,
                to: Some(bad)
            }]
        );
        assert!(c.new_exceptions.contains(&(ExceptionKind::Indicator, at)));
    }
}
