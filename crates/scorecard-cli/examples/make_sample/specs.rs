//! The sample's 63 indicators: each one's settings, its value at the start of the history
//! and now, and what an officer says when it is off track.

use scorecard_core::model::Tolerance;

#[derive(Clone, Copy)]
pub struct Spec {
    pub id: &'static str,
    pub code: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub service: &'static str,
    pub unit: &'static str,
    pub decimals: u32,
    pub polarity: &'static str,
    pub frequency: &'static str,
    /// Cumulative (year to date): `Some(profile)` where the profile says which share of the
    /// year-end figure is reached by each month of the year (all 1.0 for YTD averages).
    pub ytd: Option<&'static [f64; 12]>,
    /// Year-end level at the start of the history and now (for YTD), or plain values.
    pub from: f64,
    pub now: f64,
    pub noise: f64,
    pub target: Option<f64>,
    pub tolerance: Option<Tolerance>,
    pub tags: &'static [&'static str],
    pub sensitive: bool,
    /// Why it is off track, used on red and amber periods.
    pub why: &'static str,
    /// Leave the current period's explanation out (an exception with none given).
    pub silent_now: bool,
    pub reported_now: Option<&'static str>,
    pub forecast_now: Option<&'static str>,
    pub benchmark: Option<(f64, u8)>,
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

pub fn specs() -> Vec<Spec> {
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
