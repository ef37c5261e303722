//! The Welsh catalogue (Cymraeg). Terms as Welsh Government and council sites write them
//! (`../shared/reference/welsh.md`): *Oren* for amber, singular nouns after numerals, and
//! "Label: value" where a value would otherwise follow a mutating word. docs/welsh.md lists
//! the entries a council's translation unit should check before release.

use super::Catalogue;
use scorecard_core::messages::numerals::{count, of, Gender};
use scorecard_core::period::Period;
use scorecard_core::{ActionStatus, Direction, Measure, PeriodKind, Polarity, Status, Tolerance, Unit};

pub struct Welsh;

impl Catalogue for Welsh {
    fn language_name(&self) -> &'static str {
        "Cymraeg"
    }
    fn switch_to(&self) -> &'static str {
        "Newid yr iaith i'r Gymraeg"
    }
    fn language_label(&self) -> &'static str {
        "Iaith"
    }
    /// "Ch2 2023/24" (as Welsh councils and StatsWales label quarters), "Medi 2023".
    fn period_short(&self, p: Period) -> String {
        match p {
            Period::Year(_) => p.to_string(),
            Period::Quarter(y, q) => format!("Ch{q} {}", Period::Year(y)),
            Period::Month(y, m) => format!("{} {y}", self.months()[(m as usize).saturating_sub(1).min(11)]),
        }
    }
    fn loading(&self) -> &'static str {
        "Yn llwytho'r cerdyn sgorio…"
    }
    fn skip_to_content(&self) -> &'static str {
        "Neidio i'r prif gynnwys"
    }
    fn data_as_of(&self) -> &'static str {
        "Data ar"
    }
    fn period(&self) -> &'static str {
        "Cyfnod"
    }
    fn status(&self) -> &'static str {
        "Statws"
    }
    fn count(&self) -> &'static str {
        "Nifer y dangosyddion"
    }
    fn indicators_by_status(&self) -> &'static str {
        "Dangosyddion yn ôl statws"
    }
    fn chart_unavailable(&self) -> &'static str {
        "Nid oedd modd llunio'r siart; mae'r un ffigurau yn y tabl isod."
    }
    fn error_title(&self) -> &'static str {
        "Nid oes modd dangos y cerdyn sgorio hwn"
    }
    fn error_where(&self) -> &'static str {
        "Ble"
    }
    fn error_what(&self) -> &'static str {
        "Problem"
    }
    fn whole_file(&self) -> &'static str {
        "y ffeil gyfan"
    }
    fn left_out_title(&self) -> &'static str {
        "Eitemau a hepgorwyd o'r cerdyn sgorio hwn"
    }
    fn unexpected(&self) -> &'static str {
        "Aeth rhywbeth o'i le yn y dangosfwrdd. Ail-lwythwch y dudalen; os bydd yn digwydd eto, rhowch wybod i dîm perfformiad y cyngor."
    }
    fn left_out_summary(&self, n: usize) -> String {
        format!("Eitemau yn y ffeil sydd â phroblem, nad ydynt yn cael eu dangos: {n}")
    }
    fn fetch_failed(&self, src: &str, detail: &str) -> String {
        format!("Nid oedd modd nôl y ffeil cerdyn sgorio \"{src}\" ({detail}). Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.")
    }
    fn http_status(&self, src: &str, status: u16) -> String {
        match status {
            404 => format!(
                "Ni chafwyd hyd i'r ffeil cerdyn sgorio \"{src}\" (HTTP 404). Gwiriwch gyfeiriad y ffeil ddata."
            ),
            s => format!("Gwrthododd y gweinydd y ffeil cerdyn sgorio \"{src}\" (HTTP {s})."),
        }
    }
    fn src_refused(&self, src: &str) -> String {
        format!("Mae'r cyfeiriad data \"{src}\" ar wefan arall, felly nid yw'n cael ei lwytho: dim ond o ffeiliau'r wefan hon y dangosir cerdyn sgorio.")
    }
    fn src_invalid(&self, src: &str) -> String {
        format!("Nid yw \"{src}\" yn gyfeiriad dilys ar gyfer ffeil ddata.")
    }
    fn invalid_file(&self, src: &str) -> String {
        format!("Nid yw'r ffeil \"{src}\" yn gerdyn sgorio dilys:")
    }
    fn status_label(&self, s: Status) -> &'static str {
        match s {
            Status::Green => "Gwyrdd – ar y targed",
            Status::Amber => "Oren – bron â chyrraedd y targed",
            Status::Red => "Coch – heb gyrraedd y targed",
            Status::NoTarget => "Dim targed – tuedd yn unig",
            Status::NoData => "Dim data",
            Status::Suppressed => "Wedi'i atal – i ddiogelu unigolion",
        }
    }
    fn status_short(&self, s: Status) -> &'static str {
        match s {
            Status::Green => "Gwyrdd",
            Status::Amber => "Oren",
            Status::Red => "Coch",
            Status::NoTarget => "Dim targed",
            Status::NoData => "Dim data",
            Status::Suppressed => "Wedi'i atal",
        }
    }
    fn direction_label(&self, d: Direction) -> &'static str {
        match d {
            Direction::Improving => "Yn gwella",
            Direction::NoChange => "Dim newid",
            Direction::Worsening => "Yn gwaethygu",
            Direction::Up => "I fyny",
            Direction::Down => "I lawr",
            Direction::Unknown => "Anhysbys",
        }
    }
    fn action_label(&self, s: ActionStatus) -> &'static str {
        match s {
            ActionStatus::NotStarted => "Heb ddechrau",
            ActionStatus::OnTrack => "Ar y trywydd iawn",
            ActionStatus::AtRisk => "Mewn perygl",
            ActionStatus::OffTrack => "Ddim ar y trywydd iawn",
            ActionStatus::Complete => "Wedi cwblhau",
            ActionStatus::Cancelled => "Wedi'i ganslo",
        }
    }
    fn months(&self) -> [&'static str; 12] {
        [
            "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
            "Hydref", "Tachwedd", "Rhagfyr",
        ]
    }

    // Navigation and views.
    fn nav_label(&self) -> &'static str {
        "Adrannau'r cerdyn sgorio"
    }
    fn nav_overview(&self) -> &'static str {
        "Trosolwg"
    }
    fn nav_exceptions(&self) -> &'static str {
        "Eithriadau"
    }
    fn nav_indicators(&self) -> &'static str {
        "Dangosyddion"
    }
    fn nav_actions(&self) -> &'static str {
        "Camau gweithredu"
    }
    fn period_picker(&self) -> &'static str {
        "Cyfnod a ddangosir"
    }
    fn periods_quarters(&self) -> &'static str {
        "Chwarteri"
    }
    fn periods_months(&self) -> &'static str {
        "Misoedd"
    }
    fn periods_years(&self) -> &'static str {
        "Blynyddoedd adrodd"
    }
    fn not_found(&self) -> &'static str {
        "Nid oes tudalen o'r fath yn y cerdyn sgorio hwn."
    }
    fn back_to_overview(&self) -> &'static str {
        "Mynd i'r trosolwg"
    }
    fn period_not_in_file(&self) -> &'static str {
        "Nid yw'r cerdyn sgorio hwn yn adrodd ar y cyfnod yn y cyfeiriad, felly mae'n dangos y cyfnod presennol yn lle hynny:"
    }

    // Overview.
    fn summary(&self) -> &'static str {
        "Crynodeb"
    }
    fn actions_by_status(&self) -> &'static str {
        "Camau gweithredu blaenllaw yn ôl statws"
    }
    fn action_count(&self) -> &'static str {
        "Nifer y camau gweithredu"
    }
    fn by_priority(&self) -> &'static str {
        "Dangosyddion yn ôl blaenoriaeth gorfforaethol"
    }
    fn by_service(&self) -> &'static str {
        "Dangosyddion yn ôl maes gwasanaeth"
    }
    fn actions_by_priority(&self) -> &'static str {
        "Camau gweithredu blaenllaw yn ôl blaenoriaeth gorfforaethol"
    }
    fn priority(&self) -> &'static str {
        "Blaenoriaeth"
    }
    fn service(&self) -> &'static str {
        "Maes gwasanaeth"
    }
    fn total(&self) -> &'static str {
        "Cyfanswm"
    }
    fn open_list_hint(&self) -> &'static str {
        "Dewiswch far neu rif i restru'r dangosyddion hynny."
    }
    fn chart_summary_groups(&self, what: &str, period: &str, rows: &[(String, u32, u32, u32)]) -> String {
        let parts: Vec<String> = rows
            .iter()
            .map(|(name, g, a, r)| {
                format!("{name}: {}, {}, {}", of(g, "gwyrdd"), of(a, "oren"), of(r, "coch"))
            })
            .collect();
        format!("{what}, {period}. {}.", parts.join("; "))
    }

    // Lists and filters.
    fn filters(&self) -> &'static str {
        "Hidlo"
    }
    fn search(&self) -> &'static str {
        "Chwilio teitlau a chodau"
    }
    fn any(&self) -> &'static str {
        "Unrhyw un"
    }
    fn clear_filters(&self) -> &'static str {
        "Clirio pob hidlwr"
    }
    fn tag(&self) -> &'static str {
        "Tag"
    }
    fn portfolio(&self) -> &'static str {
        "Portffolio"
    }
    fn partner(&self) -> &'static str {
        "Partner cyflawni"
    }
    fn direction(&self) -> &'static str {
        "Cyfeiriad y newid"
    }
    fn unknown_filter(&self, label: &str, value: &str) -> String {
        format!("Nid yw'r hyn y mae'r cyfeiriad yn gofyn amdano yn y cerdyn sgorio hwn ({label}: \"{value}\"). Dewiswch un arall isod neu cliriwch yr hidlwyr.")
    }
    /// "Yn dangos 12 o 48 dangosydd": the singular noun after a numeral.
    fn matches(&self, shown: usize, total: usize, what: &str) -> String {
        if shown == total {
            format!("Yn dangos pob un o'r {}", of(total, what))
        } else {
            format!("Yn dangos {shown} o {}", of(total, what))
        }
    }
    fn indicators_word(&self) -> &'static str {
        "dangosydd"
    }
    fn actions_word(&self) -> &'static str {
        "cam gweithredu"
    }
    fn exceptions_word(&self) -> &'static str {
        "eithriad"
    }
    fn code(&self) -> &'static str {
        "Cod"
    }
    fn title(&self) -> &'static str {
        "Dangosydd"
    }
    fn value(&self) -> &'static str {
        "Gwerth"
    }
    fn target(&self) -> &'static str {
        "Targed"
    }
    fn trend(&self) -> &'static str {
        "Tuedd ddiweddar"
    }
    fn no_value(&self) -> &'static str {
        "–"
    }
    fn suppressed_value(&self) -> &'static str {
        "Wedi'i atal"
    }
    fn no_target(&self) -> &'static str {
        "Dim targed"
    }
    fn none_match(&self) -> &'static str {
        "Nid oes dangosyddion yn cyfateb i'r hidlwyr hyn."
    }
    fn rows_shown(&self, shown: usize, total: usize) -> String {
        format!("Rhesi a ddangosir: 1 i {shown} o {total}.")
    }
    fn show_more(&self, n: usize) -> String {
        format!("Dangos {n} yn rhagor")
    }
    fn show_all(&self, n: usize) -> String {
        format!("Dangos y cyfan ({n})")
    }
    fn figure_for(&self, period: &str) -> String {
        format!("ar gyfer {period}")
    }
    fn sparkline_label(&self, values: &[String]) -> String {
        if values.is_empty() {
            "Dim gwerthoedd diweddar".into()
        } else {
            format!("Gwerthoedd diweddar: {}", values.join(", "))
        }
    }

    // Exceptions.
    fn exceptions_title(&self) -> &'static str {
        "Eithriadau: dangosyddion coch ac oren, camau gweithredu mewn perygl neu ddim ar y trywydd iawn"
    }
    fn no_explanation(&self) -> &'static str {
        "Dim esboniad wedi'i roi"
    }
    fn explanation(&self) -> &'static str {
        "Esboniad"
    }
    fn no_exceptions(&self) -> &'static str {
        "Nid oes eithriadau ar gyfer y cyfnod hwn."
    }
    fn no_service(&self) -> &'static str {
        "Heb ei neilltuo i wasanaeth"
    }
    fn action_word(&self) -> &'static str {
        "Cam gweithredu"
    }
    fn exception_figures(&self, value: &str, target: &str, period: &str) -> String {
        format!("Gwerth {value} · Targed {target} ({period})")
    }
    fn exceptions_summary(&self, indicators: usize, actions: usize, unexplained: usize) -> String {
        format!(
            "Angen sylw: {} a {}. Heb esboniad: {unexplained}.",
            of(indicators, "dangosydd"),
            of(actions, "cam gweithredu")
        )
    }

    // Indicator detail.
    fn definition(&self) -> &'static str {
        "Diffiniad"
    }
    fn history(&self) -> &'static str {
        "Hanes"
    }
    fn observations(&self) -> &'static str {
        "Gwerthoedd fesul cyfnod"
    }
    fn comment(&self) -> &'static str {
        "Sylw"
    }
    fn calculated(&self) -> &'static str {
        "Statws wedi'i gyfrifo"
    }
    fn forecast(&self) -> &'static str {
        "Rhagamcan diwedd blwyddyn"
    }
    fn unit(&self) -> &'static str {
        "Uned"
    }
    fn polarity(&self) -> &'static str {
        "Pa ffordd sy'n well"
    }
    fn frequency(&self) -> &'static str {
        "Amlder adrodd"
    }
    fn measure(&self) -> &'static str {
        "Mesur"
    }
    fn tolerance(&self) -> &'static str {
        "Goddefiant"
    }
    fn decimals(&self) -> &'static str {
        "Manwl gywirdeb"
    }
    fn benchmarks(&self) -> &'static str {
        "Meincnodau"
    }
    fn quartile(&self) -> &'static str {
        "Chwartel"
    }

    fn nav_compare(&self) -> &'static str {
        "Cymharu cynghorau"
    }
    fn compare_loading(&self) -> &'static str {
        "Wrthi'n llwytho ffigurau cynghorau eraill…"
    }
    fn compare_failed(&self, detail: &str) -> String {
        format!("Nid oedd modd llwytho ffigurau cynghorau eraill: {detail}")
    }
    fn packs_not_in_preview(&self) -> &'static str {
        "ni chaiff ffigurau cynghorau eraill eu nôl yn y rhagolwg"
    }
    fn long_trend(&self) -> &'static str {
        "Tuedd hirach"
    }
    fn reported_differs(&self) -> &'static str {
        "Nododd y gwasanaeth statws gwahanol i'r un y mae'r rheolau'n ei roi. Dangosir y ddau; defnyddir yr un a nodwyd yn y cyfansymiau."
    }
    fn tags(&self) -> &'static str {
        "Tagiau"
    }
    fn decimals_text(&self, d: u32) -> String {
        match d {
            0 => "Rhifau cyfan".into(),
            d => of(d, "lle degol"),
        }
    }
    fn unit_name(&self, u: Unit) -> &'static str {
        match u {
            Unit::Percent => "Canran",
            Unit::Number => "Nifer",
            Unit::Currency => "Arian",
            Unit::Days => "Diwrnodau",
            Unit::Weeks => "Wythnosau",
            Unit::Ratio => "Cymhareb",
            Unit::Tonnes => "Tunelli",
            Unit::Kg => "Cilogramau",
            Unit::Rate => "Cyfradd",
        }
    }
    fn polarity_text(&self, p: Polarity) -> &'static str {
        match p {
            Polarity::Higher => "Gorau po uchaf",
            Polarity::Lower => "Gorau po isaf",
            Polarity::Target => "Gorau po agosaf at y targed",
            Polarity::Neutral => "Dim un: fe'i dangosir ar gyfer cyd-destun, heb statws RAG",
        }
    }
    fn frequency_text(&self, k: PeriodKind) -> &'static str {
        match k {
            PeriodKind::Month => "Misol",
            PeriodKind::Quarter => "Chwarterol",
            PeriodKind::Year => "Blynyddol",
        }
    }
    fn measure_text(&self, m: Measure) -> &'static str {
        match m {
            Measure::Snapshot => "Cipolwg: y ffigur ar gyfer y cyfnod",
            Measure::Cumulative => "Y flwyddyn hyd yma: yn cronni drwy'r flwyddyn adrodd",
        }
    }
    fn tolerance_text(&self, p: Polarity, t: Tolerance, unit_of: &dyn Fn(f64) -> String) -> String {
        let band = match t {
            Tolerance::Percent(x) => format!("{}% o'r targed", scorecard_core::decimal::shortest(x)),
            Tolerance::Absolute(x) => unit_of(x),
        };
        match p {
            Polarity::Target => format!(
                "Gwyrdd o fewn {band} i'r targed y naill ffordd neu'r llall; oren o fewn dwywaith hynny; coch y tu hwnt i hynny."
            ),
            Polarity::Neutral => "Dim statws RAG: cyd-destun yn unig.".into(),
            _ => format!(
                "Gwyrdd pan gyrhaeddir y targed; oren pan fydd yn brin ohono o ddim mwy na {band}; coch y tu hwnt i hynny."
            ),
        }
    }
    fn percentage_points(&self, n: &str) -> String {
        count(n, "pwynt canran", Gender::Masculine)
    }
    fn trend_compare_text(&self, p: Period) -> String {
        format!("O'i gymharu â: {}", self.period_short(p))
    }

    // Groups and actions.
    fn delivered_by(&self) -> &'static str {
        "Cyflawnir gan"
    }
    fn portfolio_holder(&self) -> &'static str {
        "Deiliad portffolio"
    }
    fn commentary(&self) -> &'static str {
        "Sylwebaeth"
    }
    fn no_commentary(&self) -> &'static str {
        "Dim sylwebaeth ar gyfer y cyfnod hwn."
    }
    fn actions_title(&self) -> &'static str {
        "Camau gweithredu blaenllaw"
    }
    fn due(&self) -> &'static str {
        "Dyddiad targed"
    }
    fn owner(&self) -> &'static str {
        "Perchennog"
    }
    fn latest_update(&self) -> &'static str {
        "Diweddariad diweddaraf"
    }
    fn no_update(&self) -> &'static str {
        "Dim diweddariad eto"
    }
    fn no_actions(&self) -> &'static str {
        "Nid oes camau gweithredu'n cyfateb."
    }
    fn services_list(&self) -> &'static str {
        "Meysydd gwasanaeth"
    }
    fn other(&self) -> &'static str {
        "Arall"
    }
    fn update_for(&self, period: &str) -> String {
        format!("Diweddariad ar gyfer {period}")
    }
    fn status_counts_for(&self, name: &str) -> String {
        format!("Dangosyddion yn ôl statws: {name}")
    }

    // CSV export.
    fn download_csv(&self) -> &'static str {
        "Lawrlwytho fel CSV"
    }
    fn csv_header(&self) -> [&'static str; 15] {
        [
            "Cod",
            "Dangosydd",
            "Maes gwasanaeth",
            "Cyfnod",
            "Gwerth",
            "Targed",
            "Uned",
            "Statws",
            "Statws wedi'i gyfrifo",
            "Cyfeiriad y newid",
            "O'i gymharu â",
            "Newid",
            "Tuedd hirach",
            "Sylw",
            "Rhagamcan diwedd blwyddyn",
        ]
    }

    fn print_page(&self) -> &'static str {
        "Tudalen"
    }
    fn print_of(&self) -> &'static str {
        "o"
    }

    // Offline and updates.
    fn update_ready(&self) -> &'static str {
        "Mae fersiwn newydd o'r dangosfwrdd hwn yn barod."
    }
    fn reload(&self) -> &'static str {
        "Ail-lwytho i ddiweddaru"
    }
    fn offline_notice(&self, saved: &str, published: &str) -> String {
        format!("Rydych all-lein – yn dangos data a gadwyd ar {saved} (cyhoeddwyd {published}).")
    }
    fn stale_page(&self) -> &'static str {
        "Ysgrifennwyd y dudalen hon ar gyfer fersiwn arall o ffeil y cerdyn sgorio. Mae bellach yn dangos y ffeil fel y'i cyhoeddwyd."
    }
    fn stale_page_console(&self, src: &str, written: &str, read: &str) -> String {
        format!("Scorecard: ysgrifennwyd y dudalen hon o fersiwn {written} o {src}, ond fersiwn {read} yw'r ffeil bellach. Cyhoeddwch y ffeil eto (scorecard publish, neu'r dudalen gyhoeddi) fel bod y dudalen yn cario ei ffigurau.")
    }

    /// A dash, not "i", which would mutate the month after it.
    fn month_range(&self, first: &str, y1: i64, last: &str, y2: i64) -> String {
        if y1 == y2 {
            format!("{first} – {last} {y2}")
        } else {
            format!("{first} {y1} – {last} {y2}")
        }
    }
    fn year_long(&self, year: Period, range: &str) -> String {
        format!("Blwyddyn {year} ({range})")
    }
    fn quarter_long(&self, q: u8, year: Period, range: &str) -> String {
        format!("Chwarter {q}, {year} ({range})")
    }
    /// A one-word status softens after 2 ("2 goch", "2 wyrdd"); a phrase ("dim targed") keeps
    /// its first word.
    fn counted(&self, n: u32, label: &str) -> String {
        if label.contains(' ') {
            format!("{n} {label}")
        } else {
            of(n, label)
        }
    }
    /// "Label: value" and the singular after the numeral: "Ch2 2023/24: 63 dangosydd – …".
    fn statuses_sentence(&self, period: &str, total: u32, list: &str) -> String {
        format!("{period}: {} – {list}.", of(total, "dangosydd"))
    }
    fn actions_sentence(&self, period: &str, total: u32, list: &str) -> String {
        format!("{period}: {} blaenllaw – {list}.", of(total, "cam gweithredu"))
    }
    /// "133 diwrnod", "6 wythnos": the singular after a numeral.
    fn measured(&self, u: Unit, n: &str) -> String {
        match u {
            Unit::Days => of(n, "diwrnod"),
            Unit::Weeks => count(n, "wythnos", Gender::Feminine),
            Unit::Tonnes => count(n, "tunnell", Gender::Feminine),
            _ => format!("{n} kg"),
        }
    }
    fn report_file_word(&self) -> &'static str {
        "adroddiad pwyllgor"
    }
    fn report_download(&self) -> &'static str {
        "Lawrlwytho adroddiad y pwyllgor (Word)"
    }
    fn report_writing(&self) -> &'static str {
        "Yn ysgrifennu'r adroddiad…"
    }
    fn saved_as(&self, name: &str) -> String {
        format!("Wedi'i gadw fel {name}.")
    }
    fn chart_menu(&self) -> &'static str {
        "Lawrlwytho neu fewnosod y siart hwn"
    }
    fn chart_not_in_view(&self) -> &'static str {
        "Nid oes siart o'r enw yn y cyfeiriad yn y wedd hon, felly dangosir y wedd gyfan:"
    }
    fn report_failed(&self, why: &str) -> String {
        format!("Nid oedd modd ysgrifennu'r adroddiad: {why}")
    }
    fn report_unavailable(&self) -> &'static str {
        "nid yw'r dudalen hon yn gallu ysgrifennu'r adroddiad: agorwch y dangosfwrdd cyhoeddedig"
    }
}

impl super::PublishText for Welsh {
    fn page_description(&self, what: &str, org: &str, period: &str) -> String {
        format!("{what}: perfformiad {org}, {period}.")
    }
    fn publish_download_site(&self) -> &'static str {
        "Lawrlwytho ffeiliau'r wefan"
    }
    fn publish_site_hint(&self) -> &'static str {
        "Ffeil zip o'r wefan hon gyda'r cerdyn sgorio wedi'i gyhoeddi ynddi: pob tudalen wedi'i hysgrifennu, y map safle a'r ffrwd diweddariadau. Dadsipiwch hi dros ffolder y wefan a lanlwythwch y ffolder."
    }
    fn publish_site_writing(&self) -> &'static str {
        "Yn ysgrifennu tudalennau'r wefan…"
    }
    fn publish_site_written(&self, name: &str) -> String {
        format!("Mae ffeiliau'r wefan yn {name}.")
    }
    fn publish_site_no_page(&self) -> &'static str {
        "Nid yw'r dudalen hon mewn gwefan Scorecard a adeiladwyd, felly ni ellir ysgrifennu ffeiliau'r wefan yma."
    }
    fn publish_site_failed(&self, why: &str) -> String {
        format!("Nid oedd modd ysgrifennu tudalennau'r wefan: {why}")
    }
    fn publish_site_other_build(&self) -> &'static str {
        "Mae ysgrifennwr y wefan o fersiwn arall o Scorecard na'r dudalen hon. Ail-lwythwch y dudalen a rhowch gynnig arall arni."
    }
    fn publish_site_unwritable(&self, why: &str) -> String {
        format!("Nid oedd modd ysgrifennu ffeiliau'r wefan: {why}")
    }
    fn feed_title(&self, title: &str, org: &str) -> String {
        format!("{title} – {org}: diweddariadau")
    }
    fn feed_new_period(&self, period: &str) -> String {
        format!("Cyhoeddwyd ffigurau {period}")
    }
    fn feed_updated(&self, period: &str) -> String {
        format!("Diweddarwyd ffigurau {period}")
    }
    fn feed_turned_red(&self) -> &'static str {
        "Coch bellach"
    }
    fn feed_status_changed(&self) -> &'static str {
        "Statws wedi newid"
    }
    fn feed_new_indicator(&self) -> &'static str {
        "dangosydd newydd"
    }
    fn feed_new_exceptions(&self) -> &'static str {
        "Eithriadau newydd"
    }
    fn feed_restated(&self) -> &'static str {
        "Ffigurau wedi'u hailddatgan"
    }
    fn feed_summary(&self, red: usize, changed: usize, restated: usize) -> String {
        format!("Coch bellach: {red}. Statws wedi newid: {changed}. Ffigurau wedi'u hailddatgan: {restated}.")
    }
    // The publish page.
    fn publish_title(&self) -> &'static str {
        "Cyhoeddi cerdyn sgorio o daenlen"
    }
    fn publish_intro(&self) -> &'static str {
        "Dewiswch eich taenlen: caiff ei darllen yma, yn eich porwr, ac ni chaiff ei huwchlwytho. Gwiriwch beth a ganfuwyd, cywirwch unrhyw broblemau, edrychwch ar y rhagolwg, yna lawrlwythwch scorecard.json a'i roi ar eich gwefan."
    }
    fn publish_file(&self) -> &'static str {
        "Eich ffeiliau"
    }
    fn publish_choose_label(&self) -> &'static str {
        "Taenlen i'w chyhoeddi"
    }
    fn publish_choose_hint(&self) -> &'static str {
        "CSV, XLSX, XLS neu ODS: templed y swyddog, neu eich allforyn eich hun o Pentana, InPhase, Power BI neu Excel. Dewiswch hi, neu ei chollwng yma."
    }
    fn publish_old_label(&self) -> &'static str {
        "Dechrau o gerdyn sgorio'r chwarter diwethaf (dewisol)"
    }
    fn publish_old_hint(&self) -> &'static str {
        "Y scorecard.json a gyhoeddwyd gennych y tro diwethaf: ychwanegir ffigurau'r chwarter hwn ato, ac ni chollir dim ohono."
    }
    fn publish_old_bad(&self) -> &'static str {
        "Nid oedd modd darllen cerdyn sgorio'r chwarter diwethaf:"
    }
    fn publish_no_file(&self) -> &'static str {
        "Dim taenlen wedi'i dewis eto."
    }
    fn publish_reading(&self) -> &'static str {
        "Yn darllen y daenlen…"
    }
    fn publish_settings(&self) -> &'static str {
        "Beth a ganfuwyd"
    }
    fn publish_sheet(&self) -> &'static str {
        "Dalen"
    }
    fn publish_all_sheets(&self) -> &'static str {
        "Pob dalen sydd â dangosyddion neu gamau gweithredu"
    }
    fn publish_header_row(&self) -> &'static str {
        "Rhes y penawdau"
    }
    fn publish_period(&self) -> &'static str {
        "Y cyfnod y mae'r adroddiad hwn ar ei gyfer"
    }
    fn publish_period_hint(&self) -> &'static str {
        "Mae ei angen ar gyfer colofnau fel \"Y chwarter hwn\" a \"Chwarter blaenorol\", er enghraifft 2024/25-Q2."
    }
    fn publish_organisation(&self) -> &'static str {
        "Cyngor"
    }
    fn publish_scorecard_title(&self) -> &'static str {
        "Teitl y cerdyn sgorio"
    }
    fn publish_download_scorecard(&self) -> &'static str {
        "Lawrlwytho scorecard.json"
    }
    fn publish_download_mapping(&self) -> &'static str {
        "Lawrlwytho'r mapio"
    }
    fn publish_columns(&self) -> &'static str {
        "Colofnau"
    }
    fn publish_columns_hint(&self) -> &'static str {
        "Rôl pob colofn. Newidiwch un a chaiff y ddalen ei darllen eto; mae'r mapio a lawrlwythwch yn cadw eich dewisiadau ar gyfer y chwarter nesaf."
    }
    fn publish_header(&self) -> &'static str {
        "Pennawd y golofn"
    }
    fn publish_role_heading(&self) -> &'static str {
        "Rôl"
    }
    fn publish_not_imported(&self) -> &'static str {
        "(heb ei mewnforio)"
    }
    fn publish_problems(&self) -> &'static str {
        "Problemau"
    }
    fn publish_kind_heading(&self) -> &'static str {
        "Math"
    }
    fn publish_cell(&self) -> &'static str {
        "Ble"
    }
    fn publish_message(&self) -> &'static str {
        "Beth"
    }
    fn publish_preview(&self) -> &'static str {
        // The year-end forecast is "Rhagamcan", so that this word means only the preview.
        "Rhagolwg"
    }
    fn publish_preview_empty(&self) -> &'static str {
        "Bydd y dangosfwrdd yn ymddangos yma ar ôl darllen taenlen."
    }
    fn publish_no_preview(&self) -> &'static str {
        "Nid oes modd dangos y cerdyn sgorio: gweler y problemau uchod."
    }
    fn publish_columns_of(&self, sheet: &str) -> String {
        format!("Colofnau: {sheet}")
    }
    fn publish_summary(&self, indicators: usize, values: usize, actions: usize, left_out: usize) -> String {
        format!(
            "Darllenwyd {}, {} a {}; rhesi a hepgorwyd: {left_out}",
            of(indicators, "dangosydd"),
            of(values, "gwerth"),
            of(actions, "cam gweithredu")
        )
    }
    fn publish_fatal(&self, file: &str, reason: &str) -> String {
        format!("Nid oedd modd mewnforio {file}: {reason}")
    }
    fn publish_problem_counts(&self, errors: usize, warnings: usize, notes: usize) -> String {
        if errors + warnings + notes == 0 {
            return "Dim problemau.".into();
        }
        format!("Gwallau: {errors}, rhybuddion: {warnings}, nodiadau: {notes}.")
    }
    fn publish_severity(&self, severity: &str) -> &'static str {
        match severity {
            "error" => "Gwall",
            "warning" => "Rhybudd",
            _ => "Nodyn",
        }
    }
    fn publish_layout(&self, layout: &str) -> String {
        let what = match layout {
            "long" => "hir: un rhes i bob dangosydd ym mhob cyfnod",
            "wide" => "llydan: un rhes i bob dangosydd, colofn i bob cyfnod",
            "report" => {
                "adroddiad: un rhes i bob dangosydd, gyda cholofnau'r cyfnod hwn a chyfnodau cynharach"
            }
            "organisations" => "meincnodi: un rhes i bob cyngor, colofn i bob dangosydd a chyfnod",
            "actions" => "camau gweithredu: un rhes i bob diweddariad ar gam gweithredu blaenllaw",
            _ => "gosodiadau dangosyddion yn unig",
        };
        format!("Cynllun: {what}")
    }
    fn role_when(&self, name: &str, when: &str) -> String {
        match when {
            "previous" => format!("{name}, y cyfnod blaenorol"),
            "last-year" => format!("{name}, yr un cyfnod y llynedd"),
            p => format!("{name}, {p}"),
        }
    }
    fn role_name(&self, base: &str) -> Option<&'static str> {
        Some(match base {
            "ignore" => "Heb ei mewnforio",
            "code" => "Cod",
            "id" => "ID y dangosydd",
            "title" => "Teitl",
            "description" => "Disgrifiad",
            "service" => "Gwasanaeth",
            "priority" => "Blaenoriaeth",
            "period" => "Cyfnod",
            "value" => "Gwerth",
            "target" => "Targed",
            "reported_status" => "Statws a nodwyd",
            "forecast_status" => "Rhagamcan diwedd blwyddyn",
            "comment" => "Sylw",
            "unit" => "Uned",
            "decimals" => "Lleoedd degol",
            "polarity" => "Polaredd (pa ffordd sy'n well)",
            "frequency" => "Amlder",
            "measure" => "Cipolwg neu gronnus",
            "tolerance" => "Goddefiant",
            "compare" => "Cymharu'r duedd â",
            "stable" => "Dim newid o fewn",
            "sensitive" => "Sensitif",
            "tags" => "Tagiau",
            "suppressed" => "Wedi'i atal",
            "benchmark" => "Meincnod",
            "organisation" => "Cyngor",
            "organisation_code" => "Cod y cyngor",
            "action_code" => "Cyfeirnod y cam gweithredu",
            "action_title" => "Cam gweithredu",
            "action_status" => "Statws y cam gweithredu",
            "due" => "Dyddiad targed",
            "owner" => "Perchennog",
            _ => return None,
        })
    }
}

impl super::PaperText for Welsh {
    fn chart_of(&self, view: &str, chart: &str) -> String {
        format!("{view}: {chart}")
    }
    fn chart_unreadable(&self) -> &'static str {
        "nid oedd modd darllen ffigurau'r siart o'r dudalen"
    }
    fn chart_png(&self) -> &'static str {
        "Delwedd (PNG)"
    }
    fn chart_svg(&self) -> &'static str {
        "Delwedd (SVG)"
    }
    fn chart_csv(&self) -> &'static str {
        "Data (CSV)"
    }
    fn chart_embed(&self) -> &'static str {
        "Mewnosod y siart hwn"
    }
    fn embed_frame(&self) -> &'static str {
        "Mewn ffrâm (mae'n addasu ei maint i'r siart)"
    }
    fn embed_mount(&self) -> &'static str {
        "Mewn elfen o'ch tudalen (mount.js)"
    }
    fn embed_hint(&self) -> &'static str {
        "Gludwch y naill neu'r llall i HTML eich tudalen. Mae'n dangos y siart hwn ar ei ben ei hun, ar gyfer y cyfnod hwn ac yn yr iaith hon, ac mae'n gweithio heb y rhyngrwyd fel y dangosfwrdd."
    }
    fn embed_copy(&self) -> &'static str {
        "Copïo"
    }
    fn embed_copied(&self) -> &'static str {
        "Wedi'i gopïo."
    }
    fn embed_title(&self, chart: &str, org: &str) -> String {
        format!("{chart}, {org}")
    }
    fn paper_as_of(&self, date: &str) -> String {
        format!("Data ar {date}")
    }
    fn paper_full(&self) -> &'static str {
        "Y cerdyn sgorio yn llawn"
    }
    fn paper_notes(&self) -> &'static str {
        "Nodiadau"
    }
    fn paper_partnership(&self) -> &'static str {
        "Cyflawni mewn partneriaeth"
    }
    fn paper_partner(&self, group: &str, partner: &str) -> String {
        format!("{group}: cyflawnir gyda {partner}.")
    }
    fn paper_data_notes(&self) -> &'static str {
        "Am y ffigurau"
    }
    fn paper_suppressed(&self) -> String {
        format!(
            "Dangosir ffigurau a ataliwyd i ddiogelu preifatrwydd pobl fel “{}”.",
            self.suppressed_value()
        )
    }
    fn paper_suppressed_these(&self) -> String {
        "Mae ffigurau'r dangosyddion hyn wedi'u hatal ar gyfer y cyfnod hwn:".into()
    }
    fn paper_source(&self, org: &str, title: &str, published: &str) -> String {
        format!("Ffynhonnell: {org}, {title}, cyhoeddwyd {published}.")
    }
    fn paper_value_for(&self, value: &str, period: &str) -> String {
        format!("{value} ({period})")
    }
    fn report_other_build(&self) -> &'static str {
        "Mae ysgrifennwr yr adroddiad o fersiwn arall o Scorecard na'r dudalen hon. Ail-lwythwch y dudalen a rhowch gynnig arall arni."
    }
}

impl super::CompareText for Welsh {
    fn compare_title(&self) -> &'static str {
        "Sut rydym yn cymharu â chynghorau tebyg"
    }
    fn compare_among(&self, area: &str, group: &str, members: usize) -> String {
        format!("{area} ymhlith {group} ({})", of(members, "cyngor"))
    }
    fn compare_with(&self) -> &'static str {
        "Cymharu â"
    }
    fn compare_no_group(&self) -> &'static str {
        "Nid oes grŵp cymharu yn y pecyn sy'n cynnwys y cyngor hwn ar gyfer y mesur hwn."
    }
    fn compare_no_period(&self) -> &'static str {
        "Nid oes gan y pecyn ffigurau ar gyfer y cyfnod hwn eto."
    }
    fn compare_no_area(&self) -> &'static str {
        "Nid yw'r cerdyn sgorio hwn yn rhoi cod ardal ei gyngor (organisation.code), felly ni ellir ei osod ymhlith cynghorau eraill."
    }
    fn compare_none_linked(&self) -> &'static str {
        "Nid oes dangosydd yn y cerdyn sgorio hwn wedi'i gysylltu â mesur mewn pecyn meincnodi."
    }
    fn rank(&self) -> &'static str {
        "Safle"
    }
    fn rank_of(&self, rank: usize, n: usize, neutral: bool) -> String {
        if neutral {
            return scorecard_core::messages::p_in(super::Lang::Cy).highest_of(rank, n);
        }
        format!("{rank} o {n}")
    }
    fn median(&self) -> &'static str {
        "Canolrif"
    }
    fn gap_to_median(&self) -> &'static str {
        "Bwlch i'r canolrif"
    }
    fn gap_words(&self, gap: &str, better: Option<bool>, above: bool) -> String {
        if gap.trim_start_matches(['0', '.', ',']).is_empty() {
            return "yn gyfartal â'r canolrif".into();
        }
        match better {
            Some(true) => format!("{gap} yn well na'r canolrif"),
            Some(false) => format!("{gap} yn waeth na'r canolrif"),
            None if above => format!("{gap} uwchlaw'r canolrif"),
            None => format!("{gap} islaw'r canolrif"),
        }
    }
    fn significance(&self) -> &'static str {
        "Arwyddocâd"
    }
    fn not_ranked(&self, n: usize) -> String {
        format!(
            "heb ei restru: dim ond {} â ffigurau, llai na {}",
            of(n, "cyngor"),
            scorecard_core::pack::stats::MIN_FIELD
        )
    }
    // "Label: value", not a count before its noun: no mutation to get wrong.
    fn no_figure_to_rank(&self, n: usize, nations: &[&str]) -> String {
        match nations.is_empty() {
            true => format!("heb ei restru: dim ffigur i'r cyngor hwn (cynghorau â ffigurau: {n})"),
            false => format!(
                "heb ei restru: dim ffigur i'r cyngor hwn (cynghorau â ffigurau: {n}, yn: {})",
                nations.join(", ")
            ),
        }
    }
    fn rank_change(
        &self,
        was: usize,
        is: usize,
        n: usize,
        since: &str,
        overtook: usize,
        overtaken_by: usize,
    ) -> String {
        let mut out = format!("Safle {was} → {is} o {n} ers {since}");
        if overtook > 0 {
            out.push_str(&format!("; y tu ôl i ni bellach, wedi bod ar y blaen: {}", of(overtook, "cyngor")));
        }
        if overtaken_by > 0 {
            out.push_str(&format!(
                "; ar y blaen i ni bellach, wedi bod y tu ôl: {}",
                of(overtaken_by, "cyngor")
            ));
        }
        out.push('.');
        out
    }
    fn compared_period(&self, period: &str) -> String {
        format!("Cymharwyd ar gyfer {period}")
    }
    fn span(&self, from: &str, to: &str) -> String {
        format!("{from} i {to}")
    }
    fn peers_title(&self) -> &'static str {
        "O'i gymharu â chynghorau tebyg"
    }
    fn peers_members(&self) -> &'static str {
        "Cynghorau yn y grŵp"
    }
    fn peers_source(&self) -> &'static str {
        "Ffynhonnell"
    }
    fn area(&self) -> &'static str {
        "Cyngor"
    }
    fn this_council(&self) -> &'static str {
        "y cyngor hwn"
    }
    fn quartile_short(&self, q: u8) -> String {
        format!("Chwartel {q}")
    }
    fn in_rank_order(&self) -> &'static str {
        "Cynghorau yn ôl eu safle, y gorau'n gyntaf"
    }
    fn interval(&self) -> &'static str {
        "Cyfwng hyder 95%"
    }
    fn field_chart_summary(&self, area: &str, rank: &str, median: &str) -> String {
        format!("Gwerth pob cyngor yn ôl ei safle, y gorau'n gyntaf: mae {area} yn safle {rank}; y canolrif yw {median}.")
    }
    fn reference_line(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
    }
    fn between(&self, lower: &str, upper: &str) -> String {
        format!("{lower} i {upper}")
    }
    fn custom_group_start(&self) -> &'static str {
        "Cynghorau rydych chi'n eu dewis"
    }
    fn custom_group_title(&self, members: usize) -> String {
        format!("Cynghorau a ddewiswyd gennych ({members})")
    }
    fn custom_group_source(&self) -> &'static str {
        "Wedi'u dewis gennych chi ar y dudalen hon"
    }
    fn custom_add_label(&self) -> &'static str {
        "Ychwanegu cyngor yn ôl ei enw"
    }
    fn custom_add(&self) -> &'static str {
        "Ychwanegu"
    }
    fn custom_remove(&self, name: &str) -> String {
        format!("Tynnu {name}")
    }
    fn custom_no_such(&self, name: &str) -> String {
        format!("Nid oes cyngor o'r enw \"{name}\" yn y data meincnodi. Dewiswch enw o'r rhestr.")
    }
    fn custom_unknown(&self, codes: &str) -> String {
        format!("Wedi'u gadael allan o'ch grŵp: {codes} (nid ydynt yn y data meincnodi).")
    }
    fn rank_over_time(&self) -> &'static str {
        "Safle dros amser"
    }
    fn rank_history_summary(&self, first: &str, last: &str) -> String {
        format!("Safle dros amser, o {first} i {last}.")
    }
    fn rank_at(&self, rank: &str, period: &str) -> String {
        format!("{period}: {rank}")
    }
    fn not_provided(&self, count: usize) -> String {
        format!("Cynghorau nad ydynt yn darparu'r gwasanaeth hwn: {count}")
    }
    fn quartile_counts(&self, counts: &[(u8, usize)]) -> String {
        let parts: Vec<String> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(q, n)| {
                format!("{n} yn {}", scorecard_core::messages::p_in(super::Lang::Cy).quartile_name(*q))
            })
            .collect();
        format!("O'u cymharu â chynghorau tebyg: {}", parts.join(", "))
    }
    fn see_comparison(&self) -> &'static str {
        "Gweld sut rydym yn cymharu"
    }
    fn pack_only_title(&self, area: &str) -> String {
        format!("{area} o'i chymharu ag ardaloedd tebyg")
    }
    fn pack_source(&self, publisher: &str, licence: &str) -> String {
        format!("Ffigurau: {publisher}. Trwydded: {licence}.")
    }
    fn pack_area_not_in_group(&self, area: &str, group: &str) -> String {
        format!("Nid yw {area} yn y grŵp \"{group}\": dewiswch grŵp arall i gymharu ag ef.")
    }
    fn pack_area_unknown(&self, code: &str) -> String {
        format!("Nid oes gan y pecyn ardal gyda'r cod \"{code}\".")
    }
}
