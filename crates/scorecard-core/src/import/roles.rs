//! What each column holds (its role), from its header or from the mapping file. A value,
//! target, status, forecast or comment column may carry a period: its own (`Q1 2024/25`), or
//! one relative to the report's period (`Previous quarter`).

use super::periods;
use super::words::fold;
use crate::period::{Calendar, Period};

/// Which period a figure column speaks of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// The row's period column, else the report's period (`--period`), else the latest.
    Row,
    At(Period),
    /// The period before the report's period.
    Previous,
    /// The same period a year before the report's period.
    LastYear,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Code,
    /// The indicator's own id, as the officer's template writes it.
    Id,
    Title,
    Description,
    Service,
    Priority,
    Unit,
    Decimals,
    Polarity,
    Frequency,
    Measure,
    Tolerance,
    Compare,
    /// The trend's "no change" band (`trend.stable`).
    Stable,
    Sensitive,
    Tags,
    Period,
    Value(When),
    Target(When),
    ReportedStatus(When),
    ForecastStatus(When),
    Comment(When),
    Suppressed(When),
    Benchmark,
    /// The council a row is about, in a file of many (LGBF, Oflog).
    Organisation,
    /// The code of the council a row is about (`new_la_code`, a GSS code such as E06000047):
    /// `--organisation` may name the council by it.
    OrganisationCode,
    Ignore,
    ActionCode,
    ActionTitle,
    ActionStatus,
    Due,
    Owner,
}

/// The headers `import.md` names for each role, folded, and their Welsh (the publish page's
/// own Welsh names for the roles among them), so a sheet headed in either language is read.
/// Order matters where a header could be two things: the first match wins.
const HEADERS: &[(Role, &[&str])] = &[
    (
        Role::Code,
        &[
            "code", "ref", "reference", "pi code", "pi ref", "kpi ref", "measure ref", "measure id",
            "indicator code", "id", "kpi code", "pi", "cod", "cyfeirnod", "cod y dangosydd",
        ],
    ),
    (Role::Id, &["indicator id", "id y dangosydd"]),
    (
        Role::Title,
        &[
            "title", "name", "short name", "indicator", "indicator name", "measure", "measure name",
            "pi name", "kpi", "kpi name", "indicator title", "teitl", "enw", "dangosydd", "enw r dangosydd",
        ],
    ),
    (
        Role::Service,
        &[
            "service", "service area", "directorate", "department", "division", "team", "gwasanaeth",
            "maes gwasanaeth", "cyfarwyddiaeth", "adran",
        ],
    ),
    (
        Role::Priority,
        &[
            "priority",
            "corporate priority",
            "theme",
            "outcome",
            "objective",
            "priorities",
            "blaenoriaeth",
            "blaenoriaethau",
            "blaenoriaeth gorfforaethol",
            "thema",
            "amcan",
        ],
    ),
    (
        Role::Period,
        &[
            "period", "quarter", "month", "date", "year", "financial year", "reporting period",
            "time period", "academic year", "cyfnod", "chwarter", "mis", "dyddiad", "blwyddyn",
            "blwyddyn ariannol", "cyfnod adrodd",
        ],
    ),
    (
        Role::Value(When::Row),
        &[
            "value", "actual", "result", "outturn", "performance", "current value", "this quarter", "latest",
            "observation", "obs value", "obs_value", "this month", "this year", "gwerth", "canlyniad",
            "perfformiad", "y chwarter hwn", "chwarter hwn", "y mis hwn", "eleni", "diweddaraf",
        ],
    ),
    (
        Role::Value(When::Previous),
        &[
            "previous quarter",
            "last quarter",
            "previous month",
            "last month",
            "previous value",
            "previous year",
            "last year",
            "chwarter blaenorol",
            "y chwarter blaenorol",
            "y chwarter diwethaf",
            "mis blaenorol",
            "y mis blaenorol",
            "y flwyddyn flaenorol",
            "y llynedd",
        ],
    ),
    (
        Role::Value(When::LastYear),
        &[
            "same quarter last year",
            "same period last year",
            "same month last year",
            "yr un chwarter y llynedd",
            "yr un cyfnod y llynedd",
            "yr un mis y llynedd",
        ],
    ),
    (
        Role::Target(When::Row),
        &[
            "target", "current target", "annual target", "goal", "targed", "targed blynyddol",
            "targed presennol",
        ],
    ),
    (
        Role::ReportedStatus(When::Row),
        &[
            "status", "rag", "rag status", "rating", "traffic light", "performance status", "statws",
            "statws rag", "statws a nodwyd", "sgôr",
        ],
    ),
    (
        Role::Polarity,
        &[
            "polarity",
            "aim",
            "good performance is",
            "better is",
            "direction",
            "ranking type",
            "rank order",
            "rank_order",
            "polaredd",
        ],
    ),
    (
        Role::Unit,
        &[
            "unit", "units", "unit suffix", "data type", "measure type", "format", "datatype", "uned",
            "unedau",
        ],
    ),
    (
        Role::Comment(When::Row),
        &[
            "comment", "comments", "commentary", "notes", "note", "latest note", "narrative", "explanation",
            "update", "sylw", "sylwadau", "nodiadau", "nodyn", "esboniad", "diweddariad",
        ],
    ),
    (Role::Frequency, &["frequency", "reporting frequency", "collection frequency", "amlder"]),
    (
        Role::ForecastStatus(When::Row),
        &[
            "forecast",
            "year end forecast",
            "forecast status",
            "rhagamcan",
            "rhagamcan diwedd blwyddyn",
            "rhagolwg",
        ],
    ),
    (Role::Suppressed(When::Row), &["suppressed", "wedi i atal", "ataliwyd"]),
    (Role::Decimals, &["decimals", "decimal places", "lleoedd degol", "degolion"]),
    (Role::Measure, &["measure kind", "cumulative or snapshot", "math o fesur", "cipolwg neu gronnus"]),
    (Role::Tolerance, &["tolerance", "goddefiant"]),
    (Role::Compare, &["trend compares with", "compare with", "cymharu r duedd â", "cymharu â"]),
    (Role::Stable, &["no change within", "dim newid o fewn"]),
    (Role::Sensitive, &["sensitive", "sensitif"]),
    (Role::Tags, &["tags", "tagiau"]),
    (Role::Benchmark, &["benchmark", "meincnod"]),
    (
        Role::Organisation,
        &[
            "local authority",
            "localauthority",
            "local authority name",
            "authority",
            "council",
            "organisation",
            "organisation name",
            "la name",
            "la",
            "areanm",
            "area name",
            "awdurdod lleol",
            "cyngor",
            "sefydliad",
            "enw r awdurdod lleol",
        ],
    ),
    (
        Role::OrganisationCode,
        &[
            "new la code",
            "la code",
            "local authority code",
            "la ons code",
            "ons code",
            "gss code",
            "area code",
            "areacd",
            "lad code",
            "authority code",
            "organisation code",
            "council code",
            "cod yr awdurdod lleol",
            "cod ardal",
            "cod y sefydliad",
        ],
    ),
    (Role::Description, &["description", "definition", "disgrifiad", "diffiniad"]),
];

const ACTION_HEADERS: &[(Role, &[&str])] = &[
    (
        Role::ActionCode,
        &[
            "ref",
            "action ref",
            "action code",
            "milestone ref",
            "code",
            "id",
            "action id",
            "cyf",
            "cyfeirnod",
            "cyfeirnod y cam gweithredu",
            "cod",
        ],
    ),
    (
        Role::ActionTitle,
        &[
            "action", "action title", "milestone", "project", "title", "cam gweithredu", "gweithred",
            "prosiect", "teitl",
        ],
    ),
    (Role::ActionStatus, &["status", "progress", "rag", "statws", "cynnydd", "statws y cam gweithredu"]),
    (Role::Due, &["due", "due date", "deadline", "target date", "dyddiad cau", "erbyn", "dyddiad targed"]),
    (
        Role::Owner,
        &[
            "owner",
            "lead",
            "lead officer",
            "responsible officer",
            "perchennog",
            "arweinydd",
            "swyddog arweiniol",
            "swyddog cyfrifol",
        ],
    ),
    (
        Role::Service,
        &["service", "service area", "directorate", "department", "gwasanaeth", "maes gwasanaeth"],
    ),
    (
        Role::Priority,
        &["priority", "corporate priority", "theme", "priorities", "blaenoriaeth", "blaenoriaethau", "thema"],
    ),
    (Role::Period, &["period", "quarter", "month", "reporting period", "cyfnod", "chwarter", "mis"]),
    (
        Role::Comment(When::Row),
        &[
            "comment", "comments", "commentary", "notes", "update", "latest update", "sylw", "sylwadau",
            "nodiadau", "diweddariad",
        ],
    ),
];

/// A header without what is in brackets: `Status (page legend)` → `status`.
fn without_brackets(h: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in h.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn lookup(table: &[(Role, &[&str])], folded: &str) -> Option<Role> {
    table.iter().find(|(_, hs)| hs.contains(&folded)).map(|(r, _)| *r)
}

/// Whether a sheet's header row makes it an actions sheet: an action title column and no
/// value column.
pub fn is_action_header(headers: &[String]) -> bool {
    let has = |words: &[&str]| headers.iter().any(|h| words.contains(&fold(&without_brackets(h)).as_str()));
    has(&["action", "action title", "milestone", "project", "cam gweithredu", "gweithred", "prosiect"])
        && !has(&[
            "value", "actual", "result", "outturn", "this quarter", "gwerth", "canlyniad", "y chwarter hwn",
        ])
}

/// The role a header names, if any. `actions`: the sheet is an actions sheet.
pub fn detect(header: &str, actions: bool, cal: Calendar) -> Option<Role> {
    let table = if actions { ACTION_HEADERS } else { HEADERS };
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    if let Some(r) = lookup(table, &folded) {
        return Some(r);
    }
    let plain = fold(&without_brackets(header));
    if let Some(r) = lookup(table, &plain) {
        return Some(r);
    }
    if actions {
        return None;
    }
    // A period, alone (a value) or with a figure word: `Q1 2024/25 Target`, `2024/25 Q1 Value`.
    if let Ok(p) = periods::parse(header, None, cal) {
        return Some(Role::Value(When::At(p)));
    }
    let words: Vec<&str> = header.split_whitespace().collect();
    for cut in 1..words.len() {
        let (head, tail) = (words[..cut].join(" "), words[cut..].join(" "));
        for (period_part, role_part) in [(&head, &tail), (&tail, &head)] {
            if let Ok(p) = periods::parse(period_part, None, cal) {
                if let Some(r) = lookup(HEADERS, &fold(role_part)).and_then(|r| at(r, When::At(p))) {
                    return Some(r);
                }
            }
        }
    }
    None
}

/// The role with its period changed, where the role carries one.
fn at(role: Role, when: When) -> Option<Role> {
    Some(match role {
        Role::Value(_) => Role::Value(when),
        Role::Target(_) => Role::Target(when),
        Role::ReportedStatus(_) => Role::ReportedStatus(when),
        Role::ForecastStatus(_) => Role::ForecastStatus(when),
        Role::Comment(_) => Role::Comment(when),
        Role::Suppressed(_) => Role::Suppressed(when),
        _ => return None,
    })
}

const NAMES: &[(&str, Role)] = &[
    ("code", Role::Code),
    ("id", Role::Id),
    ("title", Role::Title),
    ("description", Role::Description),
    ("service", Role::Service),
    ("priority", Role::Priority),
    ("unit", Role::Unit),
    ("decimals", Role::Decimals),
    ("polarity", Role::Polarity),
    ("frequency", Role::Frequency),
    ("measure", Role::Measure),
    ("tolerance", Role::Tolerance),
    ("compare", Role::Compare),
    ("stable", Role::Stable),
    ("sensitive", Role::Sensitive),
    ("tags", Role::Tags),
    ("period", Role::Period),
    ("value", Role::Value(When::Row)),
    ("target", Role::Target(When::Row)),
    ("reported_status", Role::ReportedStatus(When::Row)),
    ("forecast_status", Role::ForecastStatus(When::Row)),
    ("comment", Role::Comment(When::Row)),
    ("suppressed", Role::Suppressed(When::Row)),
    ("benchmark", Role::Benchmark),
    ("organisation", Role::Organisation),
    ("organisation_code", Role::OrganisationCode),
    ("ignore", Role::Ignore),
    ("action_code", Role::ActionCode),
    ("action_title", Role::ActionTitle),
    ("action_status", Role::ActionStatus),
    ("due", Role::Due),
    ("owner", Role::Owner),
];

/// A role's name in the mapping file's words split into its base and its period:
/// `value@previous` → (`value`, `previous`), `code` → (`code`, none).
pub fn split_name(name: &str) -> (&str, Option<&str>) {
    match name.split_once('@') {
        Some((n, w)) => (n.trim(), Some(w.trim())),
        None => (name.trim(), None),
    }
}

/// The roles an officer can give a column (the publish page's choices), in the mapping
/// file's words: "ignore" first, then every role the importer reads, with the previous
/// period's and last year's figures beside this period's value and target.
pub fn offered() -> Vec<String> {
    let mut out = vec!["ignore".to_string()];
    for (name, role) in NAMES.iter().filter(|(n, _)| *n != "ignore") {
        out.push(name.to_string());
        if matches!(role, Role::Value(_) | Role::Target(_)) {
            out.push(format!("{name}@previous"));
            out.push(format!("{name}@last-year"));
        }
    }
    out
}

impl Role {
    /// A role as the mapping file writes it: `value`, `value@2024/25-Q1`, `value@previous`.
    pub fn parse(s: &str) -> Option<Role> {
        let (name, when) = split_name(s);
        let role = NAMES.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)?;
        match when {
            None => Some(role),
            Some("previous") => at(role, When::Previous),
            Some("last-year") => at(role, When::LastYear),
            Some(p) => at(role, When::At(Period::parse(p).ok()?)),
        }
    }

    /// The mapping file's name for the role.
    pub fn name(self) -> String {
        let (base, when) = match self {
            Role::Value(w)
            | Role::Target(w)
            | Role::ReportedStatus(w)
            | Role::ForecastStatus(w)
            | Role::Comment(w)
            | Role::Suppressed(w) => (at(self, When::Row).unwrap_or(self), Some(w)),
            _ => (self, None),
        };
        let name = NAMES.iter().find(|(_, r)| *r == base).map_or("ignore", |(n, _)| n);
        match when {
            Some(When::At(p)) => format!("{name}@{p}"),
            Some(When::Previous) => format!("{name}@previous"),
            Some(When::LastYear) => format!("{name}@last-year"),
            _ => name.to_string(),
        }
    }

    /// The period a figure column carries, if it is a figure column.
    pub fn when(self) -> Option<When> {
        match self {
            Role::Value(w)
            | Role::Target(w)
            | Role::ReportedStatus(w)
            | Role::ForecastStatus(w)
            | Role::Comment(w)
            | Role::Suppressed(w) => Some(w),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(h: &str) -> Option<Role> {
        detect(h, false, Calendar::default())
    }

    #[test]
    fn headers_from_the_spec() {
        assert_eq!(d("KPI Ref"), Some(Role::Code));
        assert_eq!(d("PI  code"), Some(Role::Code));
        assert_eq!(d("Measure Name"), Some(Role::Title));
        assert_eq!(d("Directorate"), Some(Role::Service));
        assert_eq!(d("Financial Year"), Some(Role::Period));
        assert_eq!(d("time_period"), Some(Role::Period));
        assert_eq!(d("new_la_code"), Some(Role::OrganisationCode));
        assert_eq!(d("LA code"), Some(Role::OrganisationCode));
        assert_eq!(d("la_name"), Some(Role::Organisation));
        assert_eq!(d("region_code"), None, "a region is not the council");
        assert_eq!(d("Outturn"), Some(Role::Value(When::Row)));
        assert_eq!(d("This quarter"), Some(Role::Value(When::Row)));
        assert_eq!(d("Previous quarter"), Some(Role::Value(When::Previous)));
        assert_eq!(d("Same quarter last year"), Some(Role::Value(When::LastYear)));
        assert_eq!(d("RAG Status"), Some(Role::ReportedStatus(When::Row)));
        assert_eq!(d("Status (page legend)"), Some(Role::ReportedStatus(When::Row)));
        assert_eq!(d("Good performance is"), Some(Role::Polarity));
        assert_eq!(d("Unit suffix"), Some(Role::Unit));
        assert_eq!(d("Latest Note"), Some(Role::Comment(When::Row)));
        assert_eq!(d("Year End Forecast"), Some(Role::ForecastStatus(When::Row)));
        assert_eq!(d("Status code"), None);
        assert_eq!(d(""), None);
    }

    #[test]
    fn period_headers_carry_their_period() {
        let q1 = Period::parse("2024/25-Q1").unwrap();
        assert_eq!(d("Q1 2024/25"), Some(Role::Value(When::At(q1))));
        assert_eq!(d("2024/25 Q1"), Some(Role::Value(When::At(q1))));
        assert_eq!(d("Q1 2024/25 Value"), Some(Role::Value(When::At(q1))));
        assert_eq!(d("Q1 2024/25 Target"), Some(Role::Target(When::At(q1))));
        assert_eq!(d("Jun-24"), Some(Role::Value(When::At(Period::parse("2024-06").unwrap()))));
    }

    #[test]
    fn action_sheets_read_their_own_words() {
        let headers: Vec<String> = ["Ref", "Action", "Status", "Lead Officer"].map(String::from).to_vec();
        assert!(is_action_header(&headers));
        let cal = Calendar::default();
        assert_eq!(detect("Ref", true, cal), Some(Role::ActionCode));
        assert_eq!(detect("Status", true, cal), Some(Role::ActionStatus));
        assert_eq!(detect("Lead Officer", true, cal), Some(Role::Owner));
    }

    #[test]
    fn mapping_names_round_trip() {
        for s in [
            "code", "value", "value@2024/25-Q1", "value@previous", "target@last-year", "reported_status",
            "ignore", "action_title",
        ] {
            assert_eq!(Role::parse(s).map(Role::name).as_deref(), Some(s), "{s}");
        }
        assert_eq!(Role::parse("colour"), None);
        assert_eq!(Role::parse("code@previous"), None);
    }
}
