//! Writes `public/data/sample.json`: the bundled scorecard of a fictional council,
//! Wexcombe Borough Council, shaped like the quarterly reports real councils publish.
//! Deterministic; run `cargo run -p scorecard-cli --example make_sample > public/data/sample.json`,
//! and with `-- --bilingual > public/data/sample-bilingual.json` for the same scorecard in
//! Welsh and English (every text in both, Welsh first, as a Welsh council publishes).
//!
//! Each indicator states its value now (2023/24-Q2) and at the start of the history; the
//! history in between is a trend with seeded noise, so the current RAG mix is chosen, not
//! left to chance. Statuses for comments come from the core, like everything else.

use scorecard_core::generate::Rng;
use scorecard_core::model::{Polarity, Tolerance};
use scorecard_core::period::{Calendar, Period};
use scorecard_core::rag::{judge, Status};
use serde_json::{json, Map, Value};

mod welsh;

#[derive(Clone, Copy)]
struct Spec {
    id: &'static str,
    code: &'static str,
    title: &'static str,
    description: &'static str,
    service: &'static str,
    unit: &'static str,
    decimals: u32,
    polarity: &'static str,
    frequency: &'static str,
    /// Cumulative (year to date): `Some(profile)` where the profile says which share of the
    /// year-end figure is reached by each month of the year (all 1.0 for YTD averages).
    ytd: Option<&'static [f64; 12]>,
    /// Year-end level at the start of the history and now (for YTD), or plain values.
    from: f64,
    now: f64,
    noise: f64,
    target: Option<f64>,
    tolerance: Option<Tolerance>,
    tags: &'static [&'static str],
    sensitive: bool,
    /// Why it is off track, used on red and amber periods.
    why: &'static str,
    /// Leave the current period's explanation out (an exception with none given).
    silent_now: bool,
    reported_now: Option<&'static str>,
    forecast_now: Option<&'static str>,
    benchmark: Option<(f64, u8)>,
}

const D: Spec = Spec {
    id: "",
    code: "",
    title: "",
    description: "",
    service: "",
    unit: "percent",
    decimals: 1,
    polarity: "higher",
    frequency: "quarterly",
    ytd: None,
    from: 0.0,
    now: 0.0,
    noise: 0.0,
    target: None,
    tolerance: None,
    tags: &[],
    sensitive: false,
    why: "",
    silent_now: false,
    reported_now: None,
    forecast_now: None,
    benchmark: None,
};

/// Share of the year's council tax or business rates collected by the end of each month.
const COLLECTION: [f64; 12] = [0.105, 0.2, 0.29, 0.385, 0.48, 0.57, 0.665, 0.76, 0.85, 0.92, 0.965, 1.0];
/// Counts that build evenly through the year.
const EVEN: [f64; 12] = [
    1. / 12.,
    2. / 12.,
    3. / 12.,
    4. / 12.,
    5. / 12.,
    6. / 12.,
    7. / 12.,
    8. / 12.,
    9. / 12.,
    10. / 12.,
    11. / 12.,
    1.0,
];
/// Year-to-date averages and rates: the level does not build up.
const FLAT: [f64; 12] = [1.0; 12];

fn specs() -> Vec<Spec> {
    vec![
        // Revenues and Benefits (delivered by the shared service)
        Spec { id: "council-tax-collected", code: "BV 9", title: "Council tax collected", description: "Percentage of council tax due for the year that has been collected, year to date.", service: "revenues-benefits", frequency: "monthly", ytd: Some(&COLLECTION), from: 97.1, now: 96.4, noise: 0.2, target: Some(97.5), tags: &["statutory"], why: "Collection is behind profile: more residents are paying by smaller instalments over 12 months because of cost-of-living pressures. Reminder and recovery action restarted in August.", forecast_now: Some("amber"), ..D },
        Spec { id: "business-rates-collected", code: "BV 10", title: "Business rates (NNDR) collected", description: "Percentage of non-domestic rates due for the year that has been collected, year to date.", service: "revenues-benefits", frequency: "monthly", ytd: Some(&COLLECTION), from: 97.6, now: 98.4, noise: 0.2, target: Some(98.0), tags: &["statutory"], why: "Several large ratepayers moved to later instalment dates.", ..D },
        Spec { id: "benefit-new-claims-days", code: "BV 78a", title: "Average days to process new Housing Benefit and Council Tax Support claims", description: "Average number of calendar days from receipt of a new claim to the decision, year to date.", service: "revenues-benefits", unit: "days", polarity: "lower", frequency: "monthly", ytd: Some(&FLAT), from: 24.3, now: 19.2, noise: 1.2, target: Some(20.0), why: "A backlog built up during the system upgrade; overtime is clearing it.", ..D },
        Spec { id: "benefit-changes-days", code: "BV 78b", title: "Average days to process changes of circumstances", description: "Average number of calendar days to process a change in a claimant's circumstances, year to date.", service: "revenues-benefits", unit: "days", polarity: "lower", frequency: "monthly", ytd: Some(&FLAT), from: 9.6, now: 8.9, noise: 0.5, target: Some(8.0), why: "A large volume of Universal Credit notifications arrived in July and August; two vacant assessor posts were filled in September.", ..D },
        Spec { id: "council-tax-support-claimants", title: "Households receiving Council Tax Support", description: "Context: the number of households receiving Council Tax Support at the end of the quarter.", service: "revenues-benefits", unit: "number", decimals: 0, polarity: "neutral", from: 7810.0, now: 8355.0, noise: 60.0, ..D },
        // Customer Services and Digital
        Spec { id: "calls-answered-30s", title: "Calls answered within 30 seconds", description: "Percentage of calls to the main customer contact number answered within 30 seconds.", service: "customer-digital", frequency: "monthly", from: 71.5, now: 78.5, noise: 3.0, target: Some(80.0), why: "Call volumes rose by 18% after annual garden waste renewals opened; a call-back option was added in September.", ..D },
        Spec { id: "foi-in-time", title: "Freedom of Information requests answered within 20 working days", description: "Percentage of FOI and EIR requests answered within the statutory 20 working days.", service: "customer-digital", from: 85.9, now: 91.3, noise: 2.5, target: Some(90.0), tags: &["statutory"], why: "Complex requests about the Local Plan took longer to collate.", ..D },
        Spec { id: "complaints-stage1-in-time", title: "Stage 1 complaints answered in time", description: "Percentage of stage 1 complaints answered within 10 working days.", service: "customer-digital", from: 74.0, now: 68.2, noise: 3.0, target: Some(85.0), why: "Complaints about missed garden waste collections peaked in the summer.", silent_now: true, ..D },
        Spec { id: "online-transactions", title: "Transactions completed online", description: "Percentage of customer transactions completed through the website or portal without staff help.", service: "customer-digital", from: 47.8, now: 61.2, noise: 1.5, target: Some(60.0), why: "The new portal launch slipped by a quarter.", ..D },
        Spec { id: "website-satisfaction", title: "Website visitors who found what they needed", description: "Percentage of visitors answering yes to the on-page survey. No target is set: the trend is monitored.", service: "customer-digital", from: 61.0, now: 66.4, noise: 2.0, ..D },
        // Finance
        Spec { id: "invoices-paid-30-days", code: "BV 8", title: "Undisputed invoices paid within 30 days", description: "Percentage of undisputed invoices from suppliers paid within 30 days of receipt.", service: "finance", from: 93.2, now: 95.1, noise: 1.0, target: Some(97.0), why: "Invoice approvals slowed while the new purchasing system was introduced; reminders to approvers now go out weekly.", ..D },
        Spec { id: "budget-variance", title: "Forecast revenue budget variance", description: "Forecast year-end over- (+) or under- (-) spend as a percentage of the net revenue budget. On budget (0%) is best; the tolerance is 1 percentage point either way.", service: "finance", frequency: "monthly", polarity: "target", from: 0.4, now: 1.8, noise: 0.4, target: Some(0.0), tolerance: Some(Tolerance::Absolute(1.0)), why: "Pressures from temporary accommodation and home-to-school transport; recovery actions are being agreed with directors.", forecast_now: Some("amber"), ..D },
        Spec { id: "savings-delivered", title: "Savings delivered against the annual programme", description: "Value of agreed savings delivered, year to date (£).", service: "finance", unit: "currency", decimals: 0, ytd: Some(&EVEN), from: 2_350_000.0, now: 2_100_000.0, noise: 40_000.0, target: Some(2_500_000.0), why: "Two savings proposals (the office move and the leisure contract) will not deliver until 2024/25.", ..D },
        Spec { id: "sundry-debt-over-90-days", title: "Sundry debt over 90 days old", description: "Value of invoiced sundry debt more than 90 days overdue at the end of the quarter (£).", service: "finance", unit: "currency", decimals: 0, polarity: "lower", from: 820_000.0, now: 760_000.0, noise: 25_000.0, target: Some(700_000.0), why: "Two commercial tenants in arrears; payment plans have been agreed.", ..D },
        // People and Organisational Development
        Spec { id: "sickness-days-per-fte", code: "BV 12", title: "Working days lost to sickness per FTE", description: "Working days lost to sickness absence per full-time equivalent employee, rolling 12 months.", service: "people-hr", unit: "days", polarity: "lower", from: 9.8, now: 8.7, noise: 0.3, target: Some(8.5), why: "Long-term absence (mostly musculoskeletal and stress) accounts for 62% of days lost; occupational health referrals are now made at four weeks.", ..D },
        Spec { id: "staff-turnover", title: "Staff turnover", description: "Leavers in the last 12 months as a percentage of average headcount.", service: "people-hr", polarity: "lower", from: 14.1, now: 12.9, noise: 0.4, target: Some(13.0), why: "Turnover in planning and environmental health remains high in a tight labour market.", ..D },
        Spec { id: "apprenticeship-starts", title: "Apprenticeship starts", description: "Number of new apprentices starting in the year, including existing staff.", service: "people-hr", unit: "number", decimals: 0, frequency: "annual", from: 14.0, now: 22.0, target: Some(20.0), why: "Fewer starts than planned.", ..D },
        Spec { id: "gender-pay-gap", title: "Gender pay gap (median)", description: "Median hourly pay gap between men and women, from the annual statutory return. Trend only.", service: "people-hr", polarity: "lower", frequency: "annual", from: 8.4, now: 7.1, ..D },
        // Waste and Street Scene
        Spec { id: "recycling-rate", code: "NI 192", title: "Household waste reused, recycled or composted", description: "Percentage of household waste sent for reuse, recycling or composting, year to date. Reported one quarter in arrears.", service: "waste-streets", ytd: Some(&FLAT), from: 44.6, now: 41.8, noise: 0.6, target: Some(46.0), tags: &["statutory"], why: "A dry summer cut garden waste tonnages and contamination led to two rejected loads at the materials recovery facility.", forecast_now: Some("red"), benchmark: Some((41.7, 2)), ..D },
        Spec { id: "residual-waste-per-household", code: "NI 191", title: "Residual household waste per household", description: "Kilograms of non-recycled household waste collected per household, year to date.", service: "waste-streets", unit: "kg", decimals: 0, polarity: "lower", ytd: Some(&EVEN), from: 482.0, now: 455.0, noise: 4.0, target: Some(470.0), benchmark: Some((506.0, 2)), why: "Residual tonnages rose over the holiday period.", ..D },
        Spec { id: "missed-bins", code: "BV 88", title: "Missed bin collections per 100,000 collections", description: "Missed collections reported and confirmed, per 100,000 scheduled collections.", service: "waste-streets", unit: "rate", decimals: 0, polarity: "lower", frequency: "monthly", from: 72.0, now: 58.0, noise: 6.0, target: Some(60.0), tags: &["contractual"], why: "Driver shortages at the contractor led to rounds being completed late.", ..D },
        Spec { id: "litter-below-standard", code: "NI 195", title: "Land below standard for litter and detritus", description: "Percentage of surveyed land and highways below an acceptable standard for litter and detritus.", service: "waste-streets", polarity: "lower", from: 6.1, now: 7.9, noise: 0.5, target: Some(6.0), tags: &["contractual"], why: "Survey results worsened in the town centre after the summer events; the contractor has added an evening sweep.", ..D },
        Spec { id: "fly-tipping-rate", code: "NI 196", title: "Fly-tipping incidents per 1,000 people", description: "Fly-tipping incidents on public land reported per 1,000 residents, year to date.", service: "waste-streets", unit: "rate", polarity: "lower", ytd: Some(&EVEN), from: 14.2, now: 12.6, noise: 0.4, target: Some(13.0), why: "Incidents rose in two rural lanes; cameras have been installed.", ..D },
        Spec { id: "fly-tipping-fpns", title: "Fixed penalty notices issued for fly-tipping", description: "Number of fixed penalty notices issued for fly-tipping, year to date. No target: enforcement activity is monitored.", service: "waste-streets", unit: "number", decimals: 0, ytd: Some(&EVEN), from: 38.0, now: 64.0, noise: 2.0, ..D },
        Spec { id: "graffiti-removed-5-days", title: "Offensive graffiti removed within 5 working days", description: "Percentage of reports of offensive graffiti on public land removed within 5 working days.", service: "waste-streets", from: 88.0, now: 92.4, noise: 2.0, target: Some(90.0), tags: &["contractual"], why: "Access to private walls delayed some removals.", ..D },
        Spec { id: "garden-waste-subscribers", title: "Garden waste subscribers", description: "Households subscribing to the paid garden waste service at the end of the quarter.", service: "waste-streets", unit: "number", decimals: 0, from: 19_850.0, now: 21_840.0, noise: 150.0, target: Some(21_000.0), why: "Renewals were lower than expected after the price rise.", ..D },
        Spec { id: "street-lights-repair-days", code: "BV 215a", title: "Average days to repair a street light", description: "Average working days to repair a street light fault under the council's control, year to date.", service: "waste-streets", unit: "days", polarity: "lower", ytd: Some(&FLAT), from: 5.6, now: 3.8, noise: 0.4, target: Some(5.0), why: "Parts shortages delayed column replacements.", ..D },
        // Planning and Building Control
        Spec { id: "major-applications-in-time", code: "NI 157a", title: "Major planning applications decided in time", description: "Percentage of major applications decided within 13 weeks or an agreed extension.", service: "planning", from: 78.0, now: 88.9, noise: 5.0, target: Some(80.0), tags: &["statutory"], benchmark: Some((88.0, 3)), why: "Two large schemes needed extra time for highways advice.", ..D },
        Spec { id: "minor-applications-in-time", code: "NI 157b", title: "Minor planning applications decided in 8 weeks", description: "Percentage of minor applications decided within 8 weeks or an agreed extension.", service: "planning", from: 72.5, now: 66.0, noise: 3.0, target: Some(70.0), tags: &["statutory"], benchmark: Some((84.0, 4)), why: "Three planning officer vacancies; agency staff started in September and a backlog plan is in place.", ..D },
        Spec { id: "other-applications-in-time", code: "NI 157c", title: "Other planning applications decided in 8 weeks", description: "Percentage of other applications (householder, advertisements, listed buildings) decided in 8 weeks or an agreed extension.", service: "planning", from: 81.0, now: 84.2, noise: 2.5, target: Some(80.0), tags: &["statutory"], benchmark: Some((88.0, 3)), why: "Householder applications increased sharply in spring.", ..D },
        Spec { id: "appeals-allowed", title: "Planning appeals allowed", description: "Percentage of appeals against the council's planning decisions that the Planning Inspectorate allowed, rolling 12 months.", service: "planning", polarity: "lower", from: 9.0, now: 10.4, noise: 1.5, target: Some(10.0), why: "Two appeals on housing schemes were allowed.", silent_now: true, ..D },
        Spec { id: "householder-decision-weeks", title: "Average weeks to decide householder applications", description: "Average weeks from a valid householder application to the decision.", service: "planning", unit: "weeks", polarity: "lower", from: 8.6, now: 7.2, noise: 0.4, target: Some(8.0), why: "Validation backlog after the portal outage.", ..D },
        Spec { id: "building-control-share", title: "Building control market share", description: "Percentage of building regulations applications in the borough handled by the council rather than private approved inspectors. Trend only.", service: "planning", from: 64.0, now: 58.5, noise: 1.5, ..D },
        // Housing
        Spec { id: "temporary-accommodation", code: "NI 156", title: "Households in temporary accommodation", description: "Households in temporary accommodation arranged by the council on the last night of the quarter.", service: "housing", unit: "number", decimals: 0, polarity: "lower", from: 96.0, now: 142.0, noise: 4.0, target: Some(110.0), tags: &["statutory"], why: "Demand continues to rise as private rents increase and landlords leave the market; 38 households are in bed and breakfast. The Marsh Lane scheme (action H1) will add 40 self-contained units.", forecast_now: Some("red"), ..D },
        Spec { id: "homelessness-preventions", title: "Households prevented from becoming homeless", description: "Households whose homelessness was prevented or relieved, year to date.", service: "housing", unit: "number", decimals: 0, ytd: Some(&EVEN), from: 262.0, now: 300.0, noise: 6.0, target: Some(280.0), why: "Fewer preventions as landlords sold up.", ..D },
        Spec { id: "rough-sleepers", title: "People sleeping rough on a single night", description: "People found sleeping rough on the night of the quarterly street count. Counts from 1 to 4 are suppressed to protect individuals.", service: "housing", unit: "number", decimals: 0, polarity: "lower", from: 9.0, now: 3.0, noise: 1.5, target: Some(5.0), sensitive: true, why: "Numbers rose after two supported housing schemes closed.", ..D },
        Spec { id: "affordable-homes", code: "NI 155", title: "Affordable homes delivered (gross)", description: "Affordable homes completed, year to date, by the council and housing associations.", service: "housing", unit: "number", decimals: 0, ytd: Some(&EVEN), from: 141.0, now: 96.0, noise: 4.0, target: Some(150.0), why: "Two housing association schemes (48 homes) slipped to Q4 because of contractor insolvency.", forecast_now: Some("red"), ..D },
        Spec { id: "relet-days", code: "BV 212", title: "Average days to re-let council homes", description: "Average calendar days from a council home becoming empty to the new tenancy, year to date (excluding major works).", service: "housing", unit: "days", polarity: "lower", frequency: "monthly", ytd: Some(&FLAT), from: 38.0, now: 31.4, noise: 1.5, target: Some(30.0), why: "Void repairs contractor capacity was reduced in July; a second contractor has been appointed.", ..D },
        Spec { id: "rent-collected", code: "BV 66a", title: "Rent collected from council tenants", description: "Rent collected as a percentage of rent due, year to date, including arrears brought forward.", service: "housing", decimals: 2, ytd: Some(&FLAT), from: 97.9, now: 98.6, noise: 0.2, target: Some(98.5), why: "Universal Credit migration has delayed some payments.", ..D },
        Spec { id: "gas-safety-certificates", title: "Council homes with a valid gas safety certificate", description: "Percentage of council homes with gas appliances that have a valid landlord gas safety record.", service: "housing", decimals: 2, from: 99.7, now: 99.87, noise: 0.05, target: Some(100.0), tags: &["statutory"], why: "16 homes where tenants have refused access; legal action for access is under way in each case.", reported_now: Some("green"), ..D },
        Spec { id: "repairs-right-first-time", title: "Repairs completed right first time", description: "Percentage of responsive repairs completed at the first visit.", service: "housing", frequency: "monthly", from: 82.0, now: 86.3, noise: 2.0, target: Some(85.0), why: "Parts availability reduced first-time fixes.", ..D },
        Spec { id: "dfg-days", title: "Average days to complete a Disabled Facilities Grant adaptation", description: "Average calendar days from approval to completion of adaptations funded by Disabled Facilities Grants.", service: "housing", unit: "days", decimals: 0, polarity: "lower", from: 128.0, now: 151.0, noise: 6.0, target: Some(120.0), why: "Contractor shortages for stairlifts and level-access showers; a new framework starts in January.", ..D },
        Spec { id: "empty-homes-back-in-use", title: "Long-term empty homes brought back into use", description: "Private homes empty for more than six months brought back into use through council action, year to date.", service: "housing", unit: "number", decimals: 0, ytd: Some(&EVEN), from: 36.0, now: 46.0, noise: 2.0, target: Some(40.0), why: "Fewer owners engaged with the loans scheme.", ..D },
        Spec { id: "house-price-ratio", title: "House price to earnings ratio", description: "Median house price divided by median residence-based earnings (ONS). Context only.", service: "housing", unit: "ratio", decimals: 2, polarity: "neutral", frequency: "annual", from: 9.82, now: 10.21, ..D },
        // Public Protection
        Spec { id: "food-broadly-compliant", code: "NI 184", title: "Food premises broadly compliant", description: "Percentage of food premises rated broadly compliant with food hygiene law.", service: "public-protection", from: 93.2, now: 95.6, noise: 0.5, target: Some(95.0), benchmark: Some((96.1, 3)), why: "New businesses awaiting a first inspection count as not compliant.", ..D },
        Spec { id: "food-inspections-done", title: "Food hygiene inspections completed when due", description: "Percentage of programmed food hygiene interventions completed by their due date.", service: "public-protection", from: 90.0, now: 82.0, noise: 3.0, target: Some(100.0), tags: &["statutory"], why: "Two of five environmental health officer posts are vacant; high-risk premises are prioritised and all category A inspections were done.", ..D },
        Spec { id: "noise-response-days", title: "Average days to first response to a noise complaint", description: "Average working days from a noise complaint to the first contact by an officer.", service: "public-protection", unit: "days", polarity: "lower", from: 5.5, now: 4.0, noise: 0.4, target: Some(5.0), why: "Summer peak in complaints.", ..D },
        Spec { id: "licences-in-time", title: "Licensing applications decided in time", description: "Percentage of premises, taxi and other licence applications decided within the service standard.", service: "public-protection", from: 94.0, now: 97.3, noise: 1.2, target: Some(95.0), why: "Taxi driver applications rose after the fee freeze.", ..D },
        Spec { id: "asb-reports", title: "Anti-social behaviour reports", description: "Context: reports of anti-social behaviour received by the council in the quarter.", service: "public-protection", unit: "number", decimals: 0, polarity: "neutral", from: 612.0, now: 548.0, noise: 40.0, ..D },
        // Adult Social Care
        Spec { id: "reablement-at-home-91-days", code: "ASCOF 2B", title: "Older people still at home 91 days after reablement", description: "Percentage of people aged 65 and over still at home 91 days after discharge from hospital into reablement.", service: "adult-social-care", frequency: "annual", from: 79.4, now: 83.1, target: Some(82.0), benchmark: Some((82.5, 2)), why: "Hospital discharges increased in winter.", ..D },
        Spec { id: "care-home-admissions-65", code: "ASCOF 2A", title: "Permanent admissions to care homes, aged 65+, per 100,000", description: "Permanent admissions of people aged 65 and over to residential and nursing care per 100,000 population, year to date.", service: "adult-social-care", unit: "rate", polarity: "lower", ytd: Some(&EVEN), from: 622.0, now: 540.0, noise: 10.0, target: Some(560.0), benchmark: Some((560.8, 2)), why: "Admissions rose in winter as hospital discharge pressures peaked.", ..D },
        Spec { id: "delayed-discharges", title: "People delayed in hospital awaiting social care", description: "People medically fit for discharge but delayed awaiting adult social care support, at the month-end snapshot.", service: "adult-social-care", unit: "number", decimals: 0, polarity: "lower", frequency: "monthly", from: 31.0, now: 24.0, noise: 2.0, target: Some(20.0), why: "Homecare capacity remains short in rural areas; 12 new carers started in September.", reported_now: Some("amber"), ..D },
        Spec { id: "safeguarding-in-time", title: "Safeguarding enquiries concluded within 28 days", description: "Percentage of section 42 safeguarding enquiries concluded within 28 days.", service: "adult-social-care", from: 84.0, now: 86.4, noise: 2.0, target: Some(90.0), why: "Complex multi-agency enquiries took longer; all cases are risk-assessed weekly.", ..D },
        Spec { id: "direct-payments", title: "Adults receiving direct payments", description: "Percentage of people receiving long-term community support who get it through direct payments.", service: "adult-social-care", from: 25.5, now: 27.2, noise: 0.5, target: Some(28.0), why: "Fewer personal assistants available to employ.", ..D },
        // Children's Services
        Spec { id: "cp-plans-second-time", code: "NI 65", title: "Child protection plans starting for a second or later time", description: "Percentage of child protection plans starting in the year that were for a child previously on a plan, year to date.", service: "childrens-services", polarity: "lower", ytd: Some(&FLAT), from: 21.0, now: 23.5, noise: 1.0, target: Some(20.0), benchmark: Some((23.3, 3)), why: "A review of all repeat plans found most followed new incidents of domestic abuse; step-down support is being strengthened.", ..D },
        Spec { id: "ehcp-20-weeks", code: "SEN2", title: "Education, health and care plans issued within 20 weeks", description: "Percentage of new EHC plans issued within 20 weeks (excluding exceptions), year to date.", service: "childrens-services", frequency: "monthly", ytd: Some(&FLAT), from: 58.0, now: 48.7, noise: 2.5, target: Some(60.0), tags: &["statutory"], benchmark: Some((49.2, 2)), why: "Requests for assessment are up 31% on last year and educational psychologist capacity is short; the SEND recovery plan (action C2) adds locum capacity from October.", forecast_now: Some("red"), ..D },
        Spec { id: "children-looked-after-rate", title: "Children looked after per 10,000 children", description: "Context: children in the council's care per 10,000 children aged under 18.", service: "childrens-services", unit: "rate", polarity: "neutral", from: 62.0, now: 67.4, noise: 0.8, benchmark: Some((71.0, 0)), ..D },
        Spec { id: "neet-16-17", code: "NI 117", title: "16 and 17 year olds not in education, employment or training", description: "Percentage of 16 and 17 year olds who are NEET or whose activity is not known (December to February average).", service: "childrens-services", polarity: "lower", frequency: "annual", from: 5.1, now: 4.7, target: Some(4.5), why: "Tracking of young people's activity improved, which moved some from 'not known' to NEET; targeted support is in place.", ..D },
        Spec { id: "care-leavers-in-education", title: "Care leavers in education, employment or training", description: "Percentage of care leavers aged 19 to 21 in education, employment or training.", service: "childrens-services", from: 52.0, now: 58.1, noise: 2.0, target: Some(55.0), why: "Apprenticeship places fell through.", ..D },
        Spec { id: "early-help-in-time", title: "Early help assessments completed within 45 days", description: "Percentage of early help assessments completed within 45 working days. Trend only while the new service beds in.", service: "childrens-services", from: 71.0, now: 79.5, noise: 2.5, ..D },
        // Climate and Transport
        Spec { id: "council-emissions", title: "Greenhouse gas emissions from council operations", description: "Tonnes of CO2 equivalent from council buildings, fleet and street lighting (scopes 1 and 2).", service: "climate-transport", unit: "tonnes", decimals: 0, polarity: "lower", frequency: "annual", from: 7420.0, now: 6810.0, target: Some(6500.0), why: "Fleet electrification is behind plan (action S2); building emissions fell 11% after the leisure centre heat pump went in.", ..D },
        Spec { id: "public-ev-chargers", title: "Public electric vehicle charge points", description: "Public charge points in council car parks and on-street, at the end of the quarter.", service: "climate-transport", unit: "number", decimals: 0, from: 48.0, now: 134.0, noise: 2.0, target: Some(120.0), why: "Grid connections delayed two sites.", ..D },
        Spec { id: "principal-roads-maintenance", code: "NI 168", title: "Principal roads where maintenance should be considered", description: "Percentage of the principal road network where maintenance should be considered (annual survey).", service: "climate-transport", polarity: "lower", frequency: "annual", from: 4.3, now: 4.0, target: Some(4.0), why: "Winter damage.", ..D },
    ]
}

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
        "organisation": {"name": "Wexcombe Borough Council", "website": "https://www.example.org/wexcombe"},
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
    });
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
