//! Writes `public/data/sample.json`: the bundled scorecard of a fictional council,
//! Wexcombe Borough Council, shaped like the quarterly reports real councils publish.
//! Deterministic; run `cargo run -p scorecard-cli --example make_sample > public/data/sample.json`,
//! and with `-- --bilingual > public/data/sample-bilingual.json` for the same scorecard in
//! Welsh and English (every text in both, Welsh first, as a Welsh council publishes), and
//! `-- --pack public/data/packs/unitaries` to write the benchmark pack it links to as well.
//!
//! Each indicator states its value now (2023/24-Q2) and at the start of the history; the
//! history in between is a trend with seeded noise, so the current RAG mix is chosen, not
//! left to chance. Statuses for comments come from the core, like everything else.

use scorecard_core::generate::Rng;
use scorecard_core::model::{Polarity, Tolerance};
use scorecard_core::period::{Calendar, Period};
use scorecard_core::rag::{judge, Status};
use serde_json::{json, Map, Value};

mod pack;
mod specs;
mod welsh;

use specs::{specs, Spec};

fn round(x: f64, dp: u32) -> f64 {
    let f = 10f64.powi(dp as i32);
    (x * f).round() / f
}

fn periods(cal: Calendar, frequency: &str) -> Vec<Period> {
    let (first, last) = match frequency {
        "monthly" => (Period::Month(2021, 4), Period::Month(2023, 9)),
        "annual" => (Period::Year(2021), Period::Year(2022)),
        _ => (Period::Quarter(2021, 1), Period::Quarter(2023, 2)),
    };
    let mut out = vec![first];
    while *out.last().unwrap() != last {
        out.push(cal.step(*out.last().unwrap(), 1));
    }
    out
}

fn polarity(s: &str) -> Polarity {
    match s {
        "lower" => Polarity::Lower,
        "target" => Polarity::Target,
        "neutral" => Polarity::Neutral,
        _ => Polarity::Higher,
    }
}

/// Month of the reporting year (1 = April) at which a period ends.
fn month_in_year(cal: Calendar, p: Period) -> usize {
    ((cal.end(p) - cal.start(cal.containing(scorecard_core::PeriodKind::Year, cal.end(p)))) + 1) as usize
}

fn indicator(s: &Spec, cal: Calendar, rng: &mut Rng) -> Value {
    let ps = periods(cal, s.frequency);
    let n = ps.len();
    let tolerance = s.tolerance.unwrap_or(Tolerance::Percent(5.0));
    let mut values = Vec::new();
    for (i, p) in ps.iter().enumerate() {
        let is_now = i + 1 == n;
        let level = s.from + (s.now - s.from) * i as f64 / (n - 1).max(1) as f64;
        let noisy = if is_now || i == 0 { level } else { level + s.noise * rng.signed() };
        let share = s.ytd.map_or(1.0, |profile| profile[month_in_year(cal, *p) - 1]);
        let value = round(noisy * share, s.decimals);
        let target = s.target.map(|t| round(t * share, s.decimals));
        let mut o = Map::new();
        o.insert("period".into(), json!(p.to_string()));
        if s.sensitive && (1.0..5.0).contains(&value) {
            o.insert("suppressed".into(), json!(true));
        } else {
            o.insert("value".into(), json!(value));
        }
        if let Some(t) = target {
            o.insert("target".into(), json!(t));
        }
        let status = match target {
            Some(t) if !o.contains_key("suppressed") => {
                judge(polarity(s.polarity), s.decimals, tolerance, value, t)
            }
            _ => Status::NoTarget,
        };
        let explain = if is_now { !s.silent_now } else { rng.signed() < 0.5 };
        if status.is_exception() && explain && !s.why.is_empty() {
            o.insert("comment".into(), json!(s.why));
        } else if is_now && status == Status::Green && s.target.is_some() && rng.signed() > 0.3 {
            o.insert("comment".into(), json!("On target."));
        }
        if is_now {
            if let Some(r) = s.reported_now {
                o.insert("reported_status".into(), json!(r));
            }
            if let Some(f) = s.forecast_now {
                o.insert("forecast_status".into(), json!(f));
            }
        }
        values.push(Value::Object(o));
    }
    // A historical case of a service reporting better than the rule says.
    if s.id == "complaints-stage1-in-time" {
        values[6]["reported_status"] = json!("amber");
        values[6]["comment"] =
            json!("Reported as amber: the figure excludes complaints passed to the housing ombudsman.");
    }
    let priority = SERVICES.iter().find(|x| x.0 == s.service).map(|x| x.2).unwrap_or("");
    let mut ind = json!({
        "id": s.id,
        "title": s.title,
        "description": s.description,
        "service": s.service,
        "priorities": [priority],
        "unit": s.unit,
        "decimals": s.decimals,
        "polarity": s.polarity,
        "frequency": s.frequency,
        "measure": if s.ytd.is_some() { "cumulative" } else { "snapshot" },
        "values": values,
    });
    if !s.code.is_empty() {
        ind["code"] = json!(s.code);
    }
    if !s.tags.is_empty() {
        ind["tags"] = json!(s.tags);
    }
    if s.sensitive {
        ind["sensitive"] = json!(true);
    }
    if let Some(Tolerance::Absolute(a)) = s.tolerance {
        ind["tolerance"] = json!({"absolute": a});
    }
    if pack::LINKED.contains(&s.id) {
        ind["peers"] = json!({"pack": pack::ID, "measure": s.id});
    }
    if let Some((v, q)) = s.benchmark {
        let mut b = json!({"label": "England median", "period": "2022/23", "value": v});
        if q > 0 {
            b["quartile"] = json!(q);
        }
        ind["benchmarks"] = json!([b]);
    }
    ind
}

/// id, name, priority, portfolio holder, partner.
const SERVICES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "revenues-benefits",
        "Revenues and Benefits",
        "residents-first",
        "Cllr Priya Nair, Portfolio Holder for Finance and Resources",
        "Wexcombe and Downs Shared Services",
    ),
    (
        "customer-digital",
        "Customer Services and Digital",
        "residents-first",
        "Cllr Tom Hale, Portfolio Holder for Customers and Digital",
        "",
    ),
    (
        "finance",
        "Finance",
        "residents-first",
        "Cllr Priya Nair, Portfolio Holder for Finance and Resources",
        "",
    ),
    (
        "people-hr",
        "People and Organisational Development",
        "residents-first",
        "Cllr Tom Hale, Portfolio Holder for Customers and Digital",
        "",
    ),
    (
        "waste-streets",
        "Waste and Street Scene",
        "clean-green-safe",
        "Cllr Grace Okafor, Portfolio Holder for Environment",
        "",
    ),
    (
        "planning",
        "Planning and Building Control",
        "homes-and-support",
        "Cllr Martin Lowe, Portfolio Holder for Planning and Regeneration",
        "",
    ),
    ("housing", "Housing", "homes-and-support", "Cllr Sian Evans, Portfolio Holder for Housing", ""),
    (
        "public-protection",
        "Public Protection",
        "clean-green-safe",
        "Cllr Grace Okafor, Portfolio Holder for Environment",
        "",
    ),
    (
        "adult-social-care",
        "Adult Social Care",
        "homes-and-support",
        "Cllr David Marsh, Portfolio Holder for Adults and Health",
        "",
    ),
    (
        "childrens-services",
        "Children's Services",
        "homes-and-support",
        "Cllr Helen Price, Portfolio Holder for Children and Education",
        "",
    ),
    (
        "climate-transport",
        "Climate and Transport",
        "clean-green-safe",
        "Cllr Grace Okafor, Portfolio Holder for Environment",
        "",
    ),
];

const HEADS: &[(&str, &str, &str)] = &[
    ("revenues-benefits", "Head of Revenues and Benefits (Wexcombe and Downs Shared Services)", "Council tax collection is 0.7 points behind profile as more residents spread payments over 12 months. Business rates collection is ahead of target. New claims are being processed faster than target after the backlog from the system upgrade was cleared; changes of circumstances remain above target because of high Universal Credit volumes."),
    ("customer-digital", "Head of Customer Services and Digital", "Online transactions passed 60% for the first time. Call answering improved but missed the target in the garden waste renewal peak. Stage 1 complaint handling is the main concern: a new complaints officer starts in November and weekly tracking has been introduced."),
    ("finance", "Chief Finance Officer (Section 151 Officer)", "The forecast overspend is 1.8% of the net budget, driven by temporary accommodation and home-to-school transport. Directors are agreeing recovery actions to bring the forecast back within 1%. £1.05m of savings have been delivered against a profiled £1.25m."),
    ("people-hr", "Head of People and Organisational Development", "Sickness absence continues to fall and is now close to target. Turnover is within target overall but remains high in planning and environmental health, where market supplements are being considered."),
    ("waste-streets", "Head of Environmental Services", "The recycling rate fell in the dry summer as garden waste tonnages dropped, and two loads were rejected for contamination. A 'right stuff, right bin' campaign starts in October. Missed collections are back within target after the contractor recruited additional drivers."),
    ("planning", "Head of Planning", "Major applications continue to be decided well within the national threshold. Minor applications are below target because of three vacancies; agency planners started in September and a backlog plan is in place."),
    ("housing", "Head of Housing", "Homelessness demand continues to rise: 142 households are in temporary accommodation, 38 of them in bed and breakfast. Preventions are ahead of target. Affordable housing completions are behind because two schemes slipped to Q4 after a contractor went into administration."),
    ("public-protection", "Head of Public Protection", "Food hygiene standards remain high, but two vacancies mean not every inspection was done when due; all high-risk premises were inspected. Licensing and noise response are within target."),
    ("adult-social-care", "Director of Adult Social Care", "Delayed discharges fell to 24 as homecare recruitment improves. Safeguarding enquiry timeliness improved but remains below target."),
    ("childrens-services", "Director of Children's Services", "EHC plan timeliness (48.7%) is below target but in line with the England median; requests for assessment are up 31%. The SEND recovery plan adds locum educational psychologists from October."),
    ("climate-transport", "Head of Climate and Transport", "Council emissions fell 8% in 2022/23 but remain above the trajectory to net zero by 2030, mainly because fleet electrification is behind plan. The public charge point network has exceeded its target."),
];

/// id, title, service, due, owner, updates (period, status, comment).
type ActionSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const ACTIONS: &[ActionSpec] = &[
    ("r1-customer-portal", "Launch a customer portal with one account for all council services", "customer-digital", "2024-03-31", "Head of Customer Services and Digital", &[("2022/23-Q3", "on-track", "Supplier appointed."), ("2023/24-Q1", "on-track", "Council tax and waste services built and in testing."), ("2023/24-Q2", "on-track", "Soft launch to 2,000 residents; full launch planned for January.")]),
    ("r2-savings-programme", "Deliver the 2023/24 savings programme of £2.5m", "finance", "2024-03-31", "Chief Finance Officer", &[("2023/24-Q1", "on-track", "Programme agreed by Cabinet."), ("2023/24-Q2", "at-risk", "Two proposals (£400k) will not deliver until 2024/25; alternatives are being identified.")]),
    ("r3-performance-framework", "Introduce a new performance management framework and public dashboard", "finance", "2023-09-30", "Head of Strategy and Performance", &[("2022/23-Q4", "on-track", "Indicators agreed with portfolio holders."), ("2023/24-Q2", "complete", "Dashboard published on the council website.")]),
    ("r4-revenues-system", "Move council tax and benefits to a new revenues system with the shared service", "revenues-benefits", "2023-12-31", "Head of Revenues and Benefits", &[("2022/23-Q4", "on-track", "Data migration rehearsals started."), ("2023/24-Q1", "at-risk", "Supplier delays to the benefits module."), ("2023/24-Q2", "off-track", "Go-live moved to May 2024 because the supplier's benefits module failed testing. The old system's support contract has been extended at no extra cost.")]),
    ("r5-apprenticeship-academy", "Launch an apprenticeship academy for council services", "people-hr", "2023-09-30", "Head of People and Organisational Development", &[("2022/23-Q4", "on-track", "Partner college agreed."), ("2023/24-Q2", "complete", "22 apprentices started in September.")]),
    ("c1-food-waste", "Introduce weekly food waste collections for every household", "waste-streets", "2024-10-01", "Head of Environmental Services", &[("2023/24-Q1", "on-track", "Vehicles ordered with government funding."), ("2023/24-Q2", "on-track", "Caddies procured; round planning under way.")]),
    ("c2-electric-fleet", "Replace the street cleansing fleet with electric vehicles", "waste-streets", "2024-06-30", "Head of Environmental Services", &[("2023/24-Q1", "on-track", "Depot charging designed."), ("2023/24-Q2", "at-risk", "The grid connection at the depot will not be ready until April 2024; vehicles will be delivered in stages.")]),
    ("c3-local-plan", "Submit the Local Plan for examination", "planning", "2024-06-30", "Head of Planning", &[("2023/24-Q1", "at-risk", "Changes to national planning policy may need further consultation.")]),
    ("c4-ev-charge-points", "Install 60 more public electric vehicle charge points", "climate-transport", "2023-09-30", "Head of Climate and Transport", &[("2022/23-Q4", "on-track", "Sites surveyed."), ("2023/24-Q2", "complete", "86 charge points installed, beating the target of 60.")]),
    ("c5-asb-plan", "Deliver the Community Safety Partnership's anti-social behaviour plan", "public-protection", "2024-03-31", "Head of Public Protection", &[("2023/24-Q1", "on-track", "Town centre patrols extended."), ("2023/24-Q2", "on-track", "Reports fell 10% on the previous quarter.")]),
    ("c6-climate-plan", "Publish an updated Climate Emergency Action Plan", "climate-transport", "2024-01-31", "Head of Climate and Transport", &[("2023/24-Q2", "on-track", "Consultation closed with 640 responses.")]),
    ("h1-marsh-lane-scheme", "Open a 40-unit temporary accommodation scheme at Marsh Lane to reduce bed and breakfast use", "housing", "2023-12-31", "Head of Housing", &[("2022/23-Q4", "on-track", "Building purchased."), ("2023/24-Q1", "at-risk", "Conversion works tender came in over budget."), ("2023/24-Q2", "off-track", "Opening moved to March 2024 after asbestos was found; 20 units will open in January.")]),
    ("h2-council-homebuilding", "Start building 120 council homes at Ashby Road", "housing", "2024-03-31", "Head of Housing", &[("2023/24-Q1", "on-track", "Planning permission granted."), ("2023/24-Q2", "at-risk", "Build cost inflation of 12%; the scheme's viability is being reviewed before contract award.")]),
    ("h3-charging-reform", "Implement adult social care charging reform", "adult-social-care", "2023-10-01", "Director of Adult Social Care", &[("2022/23-Q2", "on-track", "Project team set up."), ("2022/23-Q3", "cancelled", "The government has delayed the national reform to 2025.")]),
    ("h4-family-hubs", "Open two family hubs", "childrens-services", "2024-03-31", "Director of Children's Services", &[("2023/24-Q1", "on-track", "First hub site agreed."), ("2023/24-Q2", "on-track", "First hub opened in Wexcombe town centre in September.")]),
    ("h5-send-recovery", "Deliver the SEND recovery plan to issue EHC plans on time", "childrens-services", "2024-09-30", "Director of Children's Services", &[("2023/24-Q1", "on-track", "Plan agreed with the Department for Education."), ("2023/24-Q2", "at-risk", "Locum educational psychologists are hard to recruit; the first two start in October.")]),
    ("h6-cost-of-living-fund", "Launch a cost-of-living support fund", "revenues-benefits", "2023-06-30", "Head of Revenues and Benefits", &[("2022/23-Q3", "on-track", "Fund launched."), ("2023/24-Q1", "complete", "2,140 households supported with £412,000.")]),
    ("h7-homecare-framework", "Re-procure the homecare framework", "adult-social-care", "2024-12-31", "Director of Adult Social Care", &[]),
];

fn main() {
    let cal = Calendar::default();
    let mut rng = Rng::new(0x1234_5678_9abc_def1);
    let indicators: Vec<Value> = specs().iter().map(|s| indicator(s, cal, &mut rng)).collect();
    let services: Vec<Value> = SERVICES
        .iter()
        .map(|(id, name, priority, portfolio, partner)| {
            let mut g = json!({"id": id, "name": name, "priority": priority, "portfolio": portfolio});
            if !partner.is_empty() {
                g["partner"] = json!(partner);
            }
            g
        })
        .collect();
    let actions: Vec<Value> = ACTIONS
        .iter()
        .map(|(id, title, service, due, owner, updates)| {
            let priority = SERVICES.iter().find(|x| x.0 == *service).map(|x| x.2).unwrap_or("");
            json!({
                "id": id, "title": title, "service": service, "priorities": [priority], "due": due, "owner": owner,
                "updates": updates.iter().map(|(p, s, c)| json!({"period": p, "status": s, "comment": c})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut commentary = vec![
        json!({"period": "2023/24-Q2", "scope": "overall", "author": "Chief Executive", "text": "Most services are performing at or near target this quarter. The main pressures are homelessness and temporary accommodation, where demand has risen for the sixth quarter running, and the forecast budget overspend that this drives.\n\nRed indicators are concentrated in housing supply, planning (minor applications) and waste (recycling), each with a recovery plan explained below. Positive trends include faster benefit claim processing, online transactions passing 60% and sickness absence falling to close to target."}),
        json!({"period": "2023/24-Q1", "scope": "overall", "author": "Chief Executive", "text": "A steady start to the year. Temporary accommodation remains the council's greatest risk; benefit processing times are improving after the system upgrade."}),
        json!({"period": "2022/23-Q4", "scope": "overall", "author": "Chief Executive", "text": "The year ended with 68% of indicators on target. Council tax collection reached 97.1%."}),
        json!({"period": "2023/24-Q2", "scope": "homes-and-support", "author": "Cllr Sian Evans, Portfolio Holder for Housing", "text": "Tackling homelessness is our first priority: the Marsh Lane scheme will reduce our reliance on bed and breakfast from January."}),
    ];
    for (service, author, text) in HEADS {
        commentary.push(json!({"period": "2023/24-Q2", "scope": service, "author": author, "text": text}));
    }
    let doc = json!({
        "format": "scorecard/1",
        "organisation": {"name": "Wexcombe Borough Council", "code": pack::WEXCOMBE, "website": "https://www.example.org/wexcombe"},
        "title": "Strategic Performance Dashboard",
        "published": "2023-11-20",
        "current_period": "2023/24-Q2",
        "year_starts": 4,
        "defaults": {"tolerance": {"percent": 5}, "suppress_below": 5},
        "priorities": [
            {"id": "residents-first", "name": "A council that puts residents first"},
            {"id": "clean-green-safe", "name": "A clean, green and safe borough"},
            {"id": "homes-and-support", "name": "Good homes and support for those in need"},
        ],
        "services": services,
        "indicators": indicators,
        "actions": actions,
        "commentary": commentary,
        "packs": [pack::URL],
        "peer_group": "nearest-neighbours",
    });
    let args: Vec<String> = std::env::args().collect();
    if let Some(dir) = args.iter().position(|a| a == "--pack").and_then(|i| args.get(i + 1)) {
        let (p, shards) = pack::pack(doc["indicators"].as_array().expect("indicators"), cal);
        pack::write(std::path::Path::new(dir), &p, &shards);
    }
    let doc = if std::env::args().any(|a| a == "--bilingual") { bilingual(doc) } else { doc };
    println!("{}", serde_json::to_string_pretty(&doc).expect("serialisable"));
}

/// Every text of the document as `{"cy": …, "en": …}`, and `languages` saying so.
fn bilingual(mut doc: Value) -> Value {
    /// The text at `key`, where there is one, in both languages.
    fn both(v: &mut Value, key: &str) {
        if let Some(t) = v.get_mut(key) {
            if let Some(en) = t.as_str().filter(|s| !s.is_empty()) {
                *t = json!({"cy": welsh::welsh(en), "en": en});
            }
        }
    }
    fn each(v: &mut Value, key: &str, f: impl Fn(&mut Value)) {
        for item in v.get_mut(key).and_then(Value::as_array_mut).into_iter().flatten() {
            f(item);
        }
    }
    both(&mut doc["organisation"], "name");
    both(&mut doc, "title");
    each(&mut doc, "priorities", |p| both(p, "name"));
    each(&mut doc, "services", |s| {
        for k in ["name", "portfolio", "partner"] {
            both(s, k);
        }
    });
    each(&mut doc, "indicators", |i| {
        both(i, "title");
        both(i, "description");
        each(i, "values", |v| both(v, "comment"));
        each(i, "benchmarks", |b| both(b, "label"));
    });
    each(&mut doc, "actions", |a| {
        both(a, "title");
        both(a, "owner");
        each(a, "updates", |u| both(u, "comment"));
    });
    each(&mut doc, "commentary", |c| {
        both(c, "author");
        both(c, "text");
    });
    doc["languages"] = json!(["cy", "en"]);
    doc
}
