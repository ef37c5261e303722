//! The Welsh messages (Cymraeg). Terms as Welsh Government, StatsWales and GOV.UK write them
//! (`../shared/reference/welsh.md`): *Gwall*, *Rhybudd*, *Rhes*, *Colofn*, "Rhaid i'r … fod yn
//! …". Quoted values stay as the file writes them.

use super::numerals::of;
use super::{example, some_names, Expected, Messages, RefKind};
use crate::read::json::Json as Value;
use crate::text::clip;
use crate::{PeriodKind, Severity};

pub struct Welsh;

impl Messages for Welsh {
    fn describe(&self, v: &Value<'_>) -> String {
        match v {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("y gwerth Boole {b}"),
            Value::Number(n) => format!("y rhif {n}"),
            Value::String(s) => format!("y testun \"{}\"", clip(s, 40)),
            Value::Array(_) => "rhestr [...]".into(),
            Value::Object(_) => "gwrthrych {...}".into(),
        }
    }
    fn expected(&self, what: Expected, found: &Value<'_>) -> String {
        format!("disgwyliwyd {}, ond cafwyd {}", self.expected_what(what), self.describe(found))
    }
    fn expected_what(&self, what: Expected) -> &'static str {
        match what {
            Expected::List => "rhestr [...]",
            Expected::Number => "rhif",
            Expected::Object => "gwrthrych {...}",
            Expected::LanguageTags => "o leiaf un tag iaith",
            Expected::Text => "testun mewn dyfynodau",
            Expected::TextOrVersions => "testun, neu wrthrych o iaith i destun",
            Expected::Boolean => "true neu false",
        }
    }
    fn missing(&self, field: &str) -> String {
        format!("mae'r maes gofynnol \"{field}\" ar goll")
    }
    fn one_of(&self, allowed: &[&str], found: &Value<'_>) -> String {
        let list = allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
        format!("disgwyliwyd un o {list}, ond cafwyd {}", self.describe(found))
    }
    fn repeated_field(&self, name: &str) -> String {
        format!("rhoddir y maes \"{}\" fwy nag unwaith; defnyddir yr un olaf", clip(name, 40))
    }
    fn unknown_field(&self, name: &str) -> String {
        format!("anwybyddir y maes anhysbys \"{}\"", clip(name, 40))
    }
    fn too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "maint y ffeil yw {} MB; ni chaiff cerdyn sgorio fod yn fwy na {} MB",
            crate::decimal::format_fixed(bytes as f64 / 1_048_576.0, 1),
            limit / 1_048_576
        )
    }
    fn not_utf8(&self, offset: usize, line: usize) -> String {
        format!("nid yw'r ffeil yn destun UTF-8 (beit annilys ar linell {line}, beit {offset}); cadwch hi fel \"CSV UTF-8\" neu \"UTF-8\" o'ch taenlen neu'ch golygydd")
    }
    fn too_deep(&self, limit: usize, line: usize) -> String {
        format!("mae'r data wedi'i nythu'n ddyfnach na {limit} lefel (ar linell {line})")
    }
    fn not_json(&self, err: &str) -> String {
        format!("nid yw'r ffeil yn JSON dilys: {err}")
    }
    fn top_level_not_object(&self, found: &Value<'_>) -> String {
        format!(
            "rhaid i lefel uchaf cerdyn sgorio fod yn wrthrych {{...}}, ond cafwyd {}",
            self.describe(found)
        )
    }
    fn format_missing(&self) -> String {
        "mae'r maes \"format\" ar goll: mae cerdyn sgorio'n dechrau gyda \"format\": \"scorecard/1\"".into()
    }
    fn wrong_format(&self, found: &Value<'_>) -> String {
        format!(
            "mae'r ffeil hon yn y fformat {}; mae'r fersiwn hon o Scorecard yn darllen \"scorecard/1\"",
            self.describe(found).trim_start_matches("y testun ")
        )
    }
    fn bad_slug(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn ID dilys: defnyddiwch lythrennau bach, digidau a chysylltnodau, gan ddechrau gyda llythyren neu ddigid", clip(found, 40))
    }
    fn duplicate_id(&self, id: &str, first: &str) -> String {
        format!("defnyddir yr ID \"{id}\" eisoes yn {first}")
    }
    fn duplicate_period(&self, period: &str, first: &str) -> String {
        format!("rhoddir {period} eisoes yn {first}")
    }
    fn unknown_ref(&self, kind: RefKind, id: &str) -> String {
        let kind = match kind {
            RefKind::Service => "gwasanaeth",
            RefKind::Priority => "blaenoriaeth",
            RefKind::ServiceOrPriority => "gwasanaeth na blaenoriaeth",
            RefKind::Area => return format!("nid oes ardal gyda'r cod \"{}\" yn y pecyn", clip(id, 40)),
            RefKind::Measure => "mesur",
            RefKind::Group => "grŵp",
        };
        format!("nid oes {kind} gyda'r ID \"{}\"", clip(id, 40))
    }
    fn frequency_mismatch(&self, period: &str, kind: PeriodKind, frequency: PeriodKind) -> String {
        let form = |k: PeriodKind| match k {
            PeriodKind::Month => "mis",
            PeriodKind::Quarter => "chwarter",
            PeriodKind::Year => "blwyddyn adrodd",
        };
        let how = match frequency {
            // After "yn" the adjective softens: "yn fisol", "yn flynyddol".
            PeriodKind::Month => "fisol",
            PeriodKind::Quarter => "chwarterol",
            PeriodKind::Year => "flynyddol",
        };
        format!(
            "{period}: {} yw hwn, ond mae'r dangosydd hwn yn {how}: defnyddiwch gyfnodau fel \"{}\"",
            form(kind),
            example(frequency)
        )
    }
    fn suppressed_with_value(&self) -> String {
        "rhaid i gofnod sydd wedi'i atal beidio â chynnwys gwerth: byddai'r rhif yn gyhoeddus yn y ffeil; tynnwch ef neu ei osod yn null".into()
    }
    fn sensitive_count(&self, value: f64, below: u32) -> String {
        format!(
            "mae cyfrif sensitif o {} yn is na {below} a rhaid ei gyhoeddi fel un wedi'i atal (\"suppressed\": true, dim gwerth)",
            crate::decimal::shortest(value)
        )
    }
    fn bad_date(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn ddyddiad: defnyddiwch BBBB-MM-DD, fel \"2023-11-20\"", clip(found, 40))
    }
    fn out_of_range(&self, what: &str, lo: i64, hi: i64, found: &Value<'_>) -> String {
        format!("rhaid i {what} fod yn rhif cyfan o {lo} i {hi}, ond cafwyd {}", self.describe(found))
    }
    fn not_https(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn gyfeiriad https://", clip(found, 60))
    }
    fn bad_gss_code(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn god GSS y SYG fel \"W06000001\"", clip(found, 20))
    }
    fn bad_currency(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn god arian tair llythyren fel \"GBP\"", clip(found, 20))
    }
    fn tolerance_shape(&self) -> String {
        "goddefiant yw {\"percent\": p} neu {\"absolute\": a}, gydag un rhif nad yw'n negatif".into()
    }
    fn empty_text(&self) -> String {
        "mae'r testun yn wag".into()
    }
    fn unknown_language(&self, lang: &str) -> String {
        format!("nid yw'r iaith \"{}\" wedi'i rhestru yn \"languages\"", clip(lang, 20))
    }
    fn no_explanation(&self, status: &str, period: &str) -> String {
        format!("{period}: {} heb esboniad", wire(status).unwrap_or(status))
    }
    fn status_differs(&self, reported: &str, calculated: &str, period: &str) -> String {
        format!(
            "{period}: mae'r statws a nodwyd ({}) yn wahanol i'r statws a gyfrifwyd ({})",
            wire(reported).unwrap_or(reported),
            wire(calculated).unwrap_or(calculated)
        )
    }
    fn current_period_empty(&self, period: &str) -> String {
        format!("nid oes arsylwadau ar gyfer y cyfnod presennol, {period}")
    }
    fn not_finite(&self) -> String {
        "disgwyliwyd rhif meidraidd".into()
    }

    // The importer.
    fn csv_cell(&self, row: usize, header: &str) -> String {
        format!("rhes {row}, colofn \"{}\"", clip(header, 40))
    }
    fn csv_row(&self, row: usize) -> String {
        format!("rhes {row}")
    }
    fn import_too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "maint y ffeil yw {:.1} MB; ni chaiff taenlen i'w mewnforio fod yn fwy na {} MB",
            bytes as f64 / 1_048_576.0,
            limit / 1_048_576
        )
    }
    fn workbook_inflates(&self, part: &str, limit: u64) -> String {
        format!(
            "mae'r llyfr gwaith yn dadbacio i fwy na {} MB (yn ei ran \"{}\"), mwy nag y caiff taenlen i'w mewnforio ei ddal: cadwch y ddalen sydd ei hangen arnoch fel llyfr gwaith newydd neu fel CSV a mewnforiwch honno",
            limit / 1_048_576,
            clip(part, 60)
        )
    }
    fn sheet_too_large(&self, sheet: &str, first: &str, last: &str, cells: u64, limit: u64) -> String {
        format!(
            "mae gan y ddalen \"{}\" gelloedd o {first} i {last}, bloc o {} o gelloedd; ni chaiff dalen rychwantu mwy na {}: dilëwch yr hyn sydd y tu hwnt i'ch tabl (y gell yn {last}) neu copïwch y tabl i ddalen newydd",
            clip(sheet, 40),
            crate::decimal::group_thousands(&cells.to_string()),
            crate::decimal::group_thousands(&limit.to_string())
        )
    }
    fn csv_too_many_rows(&self, line: usize, limit: u64) -> String {
        format!(
            "mae gan y ffeil fwy na {} o resi (ar linell {}), mwy nag y gall taenlen ei ddal: cadwch y rhesi sydd eu hangen arnoch a mewnforiwch y rheini",
            crate::decimal::group_thousands(&limit.to_string()),
            crate::decimal::group_thousands(&line.to_string())
        )
    }
    fn sheet_too_many_rows(&self, sheet: &str, first: u64, last: u64, limit: u64) -> String {
        format!(
            "mae gan y ddalen \"{}\" resi o {} i {}, {} o resi; caiff dalen fod ag uchafswm o {} o resi: dilëwch yr hyn sydd y tu hwnt i'ch tabl neu rannwch ef yn ddalennau",
            clip(sheet, 40),
            crate::decimal::group_thousands(&first.to_string()),
            crate::decimal::group_thousands(&last.to_string()),
            crate::decimal::group_thousands(&(last + 1 - first).to_string()),
            crate::decimal::group_thousands(&limit.to_string())
        )
    }
    fn shared_text_too_large(&self, limit: u64) -> String {
        format!(
            "mae testun y llyfr gwaith (ei ran \"xl/sharedStrings.xml\") yn dadbacio i fwy na {} MB, mwy nag y caiff taenlen i'w mewnforio ei ddal: cadwch y ddalen sydd ei hangen arnoch fel CSV a mewnforiwch honno",
            limit / 1_048_576
        )
    }
    fn csv_too_large(&self, line: usize, limit: u64) -> String {
        format!(
            "mae'r ffeil yn dal mwy na {} o gelloedd (ar linell {}), mwy nag y caiff taenlen i'w mewnforio ei ddal: cadwch y rhesi a'r colofnau sydd eu hangen arnoch a mewnforiwch y rheini",
            crate::decimal::group_thousands(&limit.to_string()),
            crate::decimal::group_thousands(&line.to_string())
        )
    }
    fn sheet_unreadable(&self, sheet: &str, detail: &str) -> String {
        format!("nid oedd modd darllen y ddalen \"{}\" ({detail})", clip(sheet, 40))
    }
    fn password_protected(&self) -> String {
        "mae'r llyfr gwaith wedi'i ddiogelu gyda chyfrinair: agorwch ef yn Excel, tynnwch y cyfrinair (Ffeil > Gwybodaeth > Diogelu'r Llyfr Gwaith), cadwch gopi a mewnforiwch hwnnw".into()
    }
    fn xls_damaged(&self, at: Option<usize>) -> String {
        let place = match at {
            Some(at) => {
                format!("ym meit {} o'i llyfr gwaith", crate::decimal::group_thousands(&at.to_string()))
            }
            None => "nid yw sectorau ei chynhwysydd yn gyson".to_string(),
        };
        format!("mae'r hen ffeil Excel hon (.xls) wedi'i difrodi ({place}): agorwch hi yn Excel neu LibreOffice a'i chadw eto fel .xlsx")
    }
    fn xls_no_workbook(&self) -> String {
        "nid oes llyfr gwaith y gellir ei ddarllen yn yr hen ffeil Excel hon (.xls): agorwch hi yn Excel neu LibreOffice a'i chadw eto fel .xlsx".into()
    }
    fn pack_elsewhere(&self, url: &str) -> String {
        format!("mae \"{}\" ar wefan arall: cyhoeddir pecyn meincnodi wrth ymyl ei gerdyn sgorio (cyfeiriad cymharol fel packs/uk/index.json), fel bod y dudalen yn gweithio all-lein heb ofyn i neb arall", clip(url, 60))
    }
    fn workbook_unreadable(&self, detail: &str) -> String {
        format!("mae hwn yn edrych fel llyfr gwaith ond nid oedd modd ei ddarllen; cadwch ef eto o Excel neu LibreOffice fel .xlsx ({detail})")
    }
    fn not_a_spreadsheet(&self) -> String {
        "nid taenlen yw hon: mae mewnforio'n darllen ffeiliau CSV, XLSX, XLSM, XLS ac ODS".into()
    }
    fn csv_unreadable(&self, detail: &str) -> String {
        format!("nid oedd modd darllen y ffeil CSV ({detail})")
    }
    fn bad_mapping(&self, detail: &str) -> String {
        format!("nid yw'r ffeil fapio'n ddilys: {detail}")
    }
    fn no_such_header_row(&self, row: usize, sheet: &str) -> String {
        format!(
            "mae'r mapio'n dweud mai rhes {row} yw'r pennawd, ond nid oes gan y ddalen \"{}\" res {row}",
            clip(sheet, 40)
        )
    }
    fn mapped_column_missing(&self, header: &str, sheet: &str) -> String {
        format!(
            "mae'r mapio'n enwi'r golofn \"{}\", ond nid yw yn y ddalen \"{}\"",
            clip(header, 60),
            clip(sheet, 40)
        )
    }
    fn unknown_role(&self, role: &str, header: &str) -> String {
        format!("mae'r mapio'n rhoi'r rôl \"{}\" i'r golofn \"{}\", ond nid yw honno'n rôl (er enghraifft code, title, value, value@previous, target, reported_status, ignore)", clip(role, 40), clip(header, 60))
    }
    fn unknown_layout(&self, layout: &str) -> String {
        format!(
            "nid yw cynllun y mapio, \"{}\", yn long (hir), wide (llydan) na report (adroddiad)",
            clip(layout, 40)
        )
    }
    fn no_such_sheet(&self, name: &str, names: &[&str]) -> String {
        format!(
            "nid oes dalen \"{}\"; mae gan y llyfr gwaith {}",
            clip(name, 40),
            names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
        )
    }
    fn no_indicator_columns(&self) -> String {
        "nid oes gan unrhyw ddalen golofn a allai fod yn god neu'n deitl dangosydd (fel \"Code\", \"PI Ref\", \"Indicator\" neu \"Title\"): enwch y colofnau gyda ffeil fapio".into()
    }
    fn measures_need_period(&self, header: &str, sheet: Option<&str>) -> String {
        format!(
            "mae'r golofn \"{}\"{} yn fesur gyda ffigur ar gyfer pob cyngor, ac nid oes colofn cyfnod yn y tabl (megis \"time_period\" neu \"Blwyddyn\"): dywedwch ar gyfer pa gyfnod y mae'r ffigurau (--period 2023/24 ar y llinell orchymyn, \"Y cyfnod y mae'r adroddiad hwn ar ei gyfer\" ar y dudalen gyhoeddi)",
            clip(header, 60),
            sheet.map(|s| format!(" yn \"{}\"", clip(s, 40))).unwrap_or_default()
        )
    }
    fn report_needs_period(&self, header: &str, sheet: Option<&str>) -> String {
        format!(
            "mae'r golofn \"{}\"{} yn berthynol i gyfnod yr adroddiad: dywedwch pa gyfnod y mae'r ddalen yn adrodd arno (--period 2024/25-Q2 ar y llinell orchymyn, \"Y cyfnod y mae'r adroddiad hwn ar ei gyfer\" ar y dudalen gyhoeddi)",
            clip(header, 60),
            sheet.map(|s| format!(" yn \"{}\"", clip(s, 40))).unwrap_or_default()
        )
    }
    fn column_not_imported(&self, _header: &str) -> String {
        "heb ei mewnforio: nid oes rôl gan y golofn hon (rhowch un iddi yn y mapio i'w mewnforio)".into()
    }
    fn columns_not_imported(&self, headers: &[String]) -> String {
        let shown: Vec<String> = headers.iter().take(8).map(|h| format!("\"{}\"", clip(h, 40))).collect();
        format!(
            "colofnau heb eu mewnforio (dim rôl; rhowch un iddynt yn y mapio i'w mewnforio): {}. {}{}",
            headers.len(),
            shown.join(", "),
            if headers.len() > 8 { ", …" } else { "" }
        )
    }
    fn date_for_number(&self) -> String {
        "dyddiad lle disgwyliwyd rhif".into()
    }
    fn error_cell(&self, error: &str) -> String {
        format!("mae'r gell yn cynnwys gwall taenlen, {error}: fe'i darllenir fel dim data")
    }
    fn not_a_number(&self, text: &str) -> String {
        format!("nid yw \"{}\" yn rhif, yn nod data coll (gwag, n/a, -) nac yn nod data wedi'i atal (*, c, <5); hepgorir y rhes hon", clip(text, 40))
    }
    fn unknown_status_word(&self, text: &str) -> String {
        format!("nid yw \"{}\" yn statws y mae'r mewnforiwr yn ei adnabod (red, amber, green, coch, oren, gwyrdd…): ni ddarllenwyd statws a nodwyd; ychwanegwch ef at \"statuses\" y mapio", clip(text, 40))
    }
    fn period_range(&self, text: &str) -> String {
        format!(
            "mae \"{}\" yn ymestyn dros sawl blwyddyn, na all un cyfnod ei ddal; hepgorir y rhes hon",
            clip(text, 40)
        )
    }
    fn not_a_period_cell(&self, text: &str) -> String {
        format!(
            "nid yw \"{}\" yn gyfnod (er enghraifft Q2 2023/24, 2023/24, Sep 2023 neu ddyddiad); hepgorir y rhes hon",
            clip(text, 40)
        )
    }
    fn row_without_name(&self) -> String {
        "ffigurau heb god na theitl i ddweud i ba ddangosydd y maent yn perthyn; hepgorir y rhes hon".into()
    }
    fn repeated_row(&self, key: &str, period: &str) -> String {
        format!("{} {period}: rhoddir eto gyda'r un ffigurau; fe'i darllenir unwaith", clip(key, 40))
    }
    fn conflicting_rows(&self, key: &str, period: &str, first: &str) -> String {
        format!(
            "{} {period}: rhoddir eto gyda ffigurau gwahanol (yn gyntaf yn {first}); hepgorir y ddwy res",
            clip(key, 40)
        )
    }
    fn unknown_action_status(&self, text: &str) -> String {
        format!("nid yw \"{}\" yn statws cam gweithredu (Heb ddechrau, Ar y trywydd iawn, Mewn perygl, Ddim ar y trywydd iawn, Wedi cwblhau, Wedi'i ganslo, neu'r geiriau Saesneg); hepgorir y rhes hon", clip(text, 40))
    }
    fn action_without_period(&self, key: &str) -> String {
        format!(
            "mae gan y cam gweithredu {} ddiweddariad heb gyfnod, ac nid oes dangosydd yn rhoi un: defnyddiwch --period",
            clip(key, 40)
        )
    }
    fn action_update_repeated(&self, key: &str, period: &str) -> String {
        format!(
            "mae gan y cam gweithredu {} ddau ddiweddariad ar gyfer {period}: cedwir y rhes ddiweddarach",
            clip(key, 40)
        )
    }
    fn no_organisation(&self) -> String {
        "ni enwyd cyngor: rhowch ei enw (--organisation \"Eich Cyngor\" ar y llinell orchymyn, \"Cyngor\" ar y dudalen gyhoeddi, neu \"organisation\" yn y mapio)".into()
    }
    fn unnamed_organisation(&self) -> String {
        "Sefydliad heb ei enwi".into()
    }
    fn default_scorecard_title(&self) -> String {
        "Cerdyn sgorio perfformiad".into()
    }
    fn open_data_status(&self, code: char) -> String {
        match code {
            'x' => "dim ar gael (statws x yn y ffynhonnell)",
            'c' => "wedi'i atal fel gwybodaeth gyfrinachol (statws c yn y ffynhonnell)",
            'z' => "amherthnasol (statws z yn y ffynhonnell)",
            _ => "dibynadwyedd isel (statws u yn y ffynhonnell)",
        }
        .into()
    }
    fn period_interval(&self, text: &str) -> String {
        format!(
            "mae \"{}\" yn gyfwng nad yw'n flwyddyn adrodd, yn chwarter nac yn fis yn y cerdyn sgorio hwn (mae blynyddoedd yn dechrau yn y mis a osodir gan year_starts; rhaid i gyfwng ddechrau lle mae cyfnod o'r fath yn dechrau a pharhau P1Y, P3M neu P1M); hepgorir y rhes hon",
            clip(text, 40)
        )
    }
    fn no_values_because(&self, cell: &str, reason: &str) -> String {
        if cell.is_empty() {
            format!("ni ddarllenwyd unrhyw werthoedd; y rheswm cyntaf: {reason}")
        } else {
            format!("ni ddarllenwyd unrhyw werthoedd; y rheswm cyntaf, yn {cell}: {reason}")
        }
    }
    fn no_values_at_all(&self) -> String {
        "ni chafwyd gwerthoedd mewn unrhyw ddalen: gwiriwch res y penawdau a rolau'r colofnau".into()
    }
    fn unknown_frequency(&self, word: &str) -> String {
        format!(
            "nid yw \"{}\" yn amlder (misol, chwarterol, blynyddol: monthly, quarterly, annual yn y ffeil): fe'i cymerir o'r cyfnodau yn lle hynny",
            clip(word, 40)
        )
    }
    fn mixed_frequencies(&self, key: &str) -> String {
        format!("{}: mae cyfnodau o fwy nag un math (misoedd, chwarteri, blynyddoedd) a dim colofn amlder; fe'i hepgorir", clip(key, 40))
    }
    fn periods_not_of_frequency(&self, key: &str, frequency: &str, found: &str) -> String {
        format!(
            "{}: yr amlder yw {}, ond nid yw'r cyfnodau hyn: {}; fe'i hepgorir",
            clip(key, 40),
            match frequency {
                "monthly" => "misol",
                "quarterly" => "chwarterol",
                "annual" => "blynyddol",
                other => other,
            },
            clip(found, 200)
        )
    }
    fn unknown_unit_word(&self, word: &str) -> String {
        format!(
            "nid yw \"{}\" yn uned y mae'r mewnforiwr yn ei hadnabod (%, £, canran, diwrnodau, nifer, cymhareb, cyfradd…): fe'i darllenir fel rhif",
            clip(word, 40)
        )
    }
    fn unknown_polarity_word(&self, word: &str) -> String {
        format!("nid yw \"{}\" yn dweud pa gyfeiriad sy'n well (gorau po uchaf, gorau po isaf, agosaf at y targed, data yn unig): fe'i darllenir fel niwtral, felly ni chyfrifir RAG", clip(word, 40))
    }
    fn polarity_inferred(&self, key: &str, polarity: &str, n: usize) -> String {
        format!(
            "{}: casglwyd y polaredd \"{polarity}\" o'r statysau a nodwyd yn erbyn y targed (nifer: {n})",
            clip(key, 40)
        )
    }
    fn polarity_unknown(&self, key: &str) -> String {
        format!("{}: nid oes dim yn dweud ai uwch neu is sy'n well, felly mae'n niwtral (dim RAG): ychwanegwch golofn polaredd neu ei osod yn y cerdyn sgorio", clip(key, 40))
    }
    fn imported_file_problem(&self, pointer: &str, message: &str) -> String {
        match pointer {
            "" => format!("mae problem yn y cerdyn sgorio a fewnforiwyd: {message}"),
            _ => format!("mae problem yn y cerdyn sgorio a fewnforiwyd yn {pointer}: {message}"),
        }
    }
    fn template_failed(&self, detail: &str) -> String {
        format!("nid oedd modd ysgrifennu'r templed ({detail})")
    }
    fn no_figure(&self) -> String {
        "dim".into()
    }
    /// The English line is the spec's exact words; this is its Welsh for `--lang cy`.
    fn restated(&self, code: &str, period: &str, old: &str, new: &str) -> String {
        format!("ailddatganwyd {code} {period}: {old} → {new}")
    }
    fn template_readme_title(&self) -> &'static str {
        "Sut i lenwi'r llyfr gwaith hwn"
    }
    fn template_readme(&self) -> Vec<String> {
        [
            "Y llyfr gwaith hwn yw cerdyn sgorio eich cyngor. Llenwch ef bob chwarter, yna mewnforiwch ef: ar y dudalen gyhoeddi (publish.html) dewiswch y ffeil hon, neu rhedwch scorecard import y-ffeil-hon.xlsx -o scorecard.json.",
            "Scorecard: enw'r cyngor, teitl y cerdyn sgorio, y dyddiad y caiff ei gyhoeddi (BBBB-MM-DD), y cyfnod y mae'r dangosfwrdd yn agor arno, y mis y mae'r flwyddyn adrodd yn dechrau (4 = Ebrill) a'r rhagosodiadau.",
            "Priorities a Services: un rhes yr un. Enw byr mewn llythrennau bach gyda chysylltnodau yw ID (cyflenwad-tai); Name yw'r hyn y mae trigolion yn ei ddarllen. Gall gwasanaeth berthyn i flaenoriaeth (ei henw neu ei ID).",
            "Indicators: un rhes i bob dangosydd. Mae gan Unit, Polarity (pa gyfeiriad sy'n well), Frequency a Measure kind restrau i ddewis ohonynt. Tolerance yw pa mor agos at y targed sy'n cyfrif fel oren, fel 5% (o'r targed) neu 1.5 absolute; gadewch ef yn wag i ddefnyddio rhagosodiad y cerdyn sgorio.",
            "Values: un rhes i bob dangosydd ym mhob cyfnod. Indicator ID fel ar y ddalen Indicators; Period fel 2024/25-Q1, 2024/25 neu 2024-06 (mae Q1 2024/25 a Jun 2024 yn gweithio hefyd). Gadewch Value yn wag os nad oes data, ysgrifennwch yes o dan Suppressed i atal cyfrif bach. Status yw'r statws y mae'r gwasanaeth yn ei nodi, dim ond lle mae'n wahanol i'r un a gyfrifir; mae angen Comment ar goch ac oren.",
            "Actions: un rhes i bob diweddariad ar gam gweithredu blaenllaw: yr un Ref ar bob rhes, Period a Status y diweddariad, a Comment ar gyfer mewn perygl neu ddim ar y trywydd iawn.",
            "Commentary: y naratif ar gyfer cyfnod: Scope yw overall, neu wasanaeth neu flaenoriaeth (enw neu ID).",
            "Cadwch enwau'r dalennau a rhes y penawdau fel y maent. Rhestrir colofnau a ychwanegwch fel rhai heb eu mewnforio; ni chânt eu colli'n dawel.",
        ]
        .map(String::from)
        .to_vec()
    }
    fn reprint_differs(&self, code: &str, period: &str, published: &str, reprinted: &str) -> String {
        format!(
            "{code} {period}: {reprinted} yng ngholofn berthynol y ddalen hon, ond fe'i cyhoeddwyd fel {published}: cedwir y ffigur a gyhoeddwyd (i'w ailddatgan, mewnforiwch ddalen sy'n rhoi {period} fel ei chyfnod ei hun)"
        )
    }
    fn many_organisations(&self, column: &str, names: &[String]) -> String {
        format!(
            "mae'r ffeil hon yn cynnwys ffigurau ar gyfer sawl sefydliad ({}; colofn \"{}\": {}): dewiswch eich un chi (--organisation \"ENW\" ar y llinell orchymyn, \"Cyngor\" ar y dudalen gyhoeddi, neu \"organisation\" yn y mapio)",
            names.len(),
            clip(column, 40),
            some_names(names)
        )
    }
    fn organisation_not_in_file(&self, want: &str, column: &str, names: &[String]) -> String {
        format!(
            "nid oes rhesi ar gyfer \"{}\" yn y golofn \"{}\", sy'n cynnwys {}",
            clip(want, 40),
            clip(column, 40),
            some_names(names)
        )
    }
    fn row_too_wide(&self, extra: usize) -> String {
        format!(
            "mae gan y rhes hon fwy o gelloedd nag sydd o golofnau yn y pennawd ({extra} yn ychwanegol), felly byddai ei ffigurau o dan y penawdau anghywir (mae angen dyfynodau ar rif fel 1,234 mewn CSV); hepgorir hi"
        )
    }

    fn not_a_period(&self, text: &str) -> String {
        format!(
            "nid yw \"{}\" yn gyfnod: defnyddiwch flwyddyn adrodd fel \"2023/24\", chwarter fel \"2023/24-Q2\" neu fis fel \"2023-09\"",
            clip(text, 40)
        )
    }
    fn quarter_out_of_range(&self, text: &str) -> String {
        format!("\"{}\": mae chwarter o Q1 i Q4", clip(text, 40))
    }
    fn month_out_of_range(&self, text: &str) -> String {
        format!("\"{}\": mae mis o 01 i 12", clip(text, 40))
    }
    fn years_not_consecutive(&self, text: &str, expected: &str) -> String {
        format!(
            "\"{}\": rhaid i ail flwyddyn blwyddyn adrodd ddilyn y gyntaf (\"{expected}\")",
            clip(text, 40)
        )
    }

    // The command line.
    fn usage_word(&self) -> &'static str {
        "defnydd"
    }
    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Error => "gwall",
            Severity::Warning => "rhybudd",
        }
    }
    fn import_severity(&self, level: &str) -> &'static str {
        match level {
            "error" => "gwall",
            "warning" => "rhybudd",
            _ => "nodyn",
        }
    }
    fn unknown_option(&self, name: &str) -> String {
        format!("dewis anhysbys \"--{name}\"")
    }
    fn not_whole_number(&self, name: &str, value: &str) -> String {
        format!("rhaid i --{name} fod yn rhif cyfan, nid \"{value}\"")
    }
    fn option_required(&self, name: &str) -> String {
        format!("mae angen --{name}")
    }
    fn lang_option_note(&self) -> &'static str {
        "--lang en gydag unrhyw orchymyn: allbwn i bobl yn Saesneg (mae allbwn --json yr un fath ym mhob iaith)"
    }
    fn unknown_language_option(&self, value: &str) -> String {
        format!("rhaid i --lang fod yn en neu cy, nid \"{}\"", clip(value, 20))
    }
    fn unknown_command(&self, name: &str) -> String {
        format!("gorchymyn anhysbys \"{}\"", clip(name, 40))
    }
    fn no_command(&self) -> String {
        "ni roddwyd gorchymyn".into()
    }
    fn unexpected_argument(&self, arg: &str) -> String {
        format!("ni ddisgwyliwyd y ddadl \"{}\"", clip(arg, 40))
    }
    fn cannot_read_stdin(&self, detail: &str) -> String {
        format!("nid oes modd darllen y mewnbwn safonol: {detail}")
    }
    fn cannot_read_file(&self, detail: &str) -> String {
        format!("nid oes modd darllen y ffeil: {detail}")
    }
    fn cannot_write(&self, path: &str, detail: &str) -> String {
        format!("nid oes modd ysgrifennu {path}: {detail}")
    }
    fn check_needs_file(&self) -> String {
        "mae angen o leiaf un FFEIL ar check (neu - ar gyfer y mewnbwn safonol)".into()
    }
    fn status_needs_file(&self) -> String {
        "mae angen un FFEIL yn union ar status (neu - ar gyfer y mewnbwn safonol)".into()
    }
    fn import_needs_file(&self) -> String {
        "mae angen un FFEIL ar import (taenlen CSV, XLSX, XLS neu ODS)".into()
    }
    fn export_needs_file(&self) -> String {
        "mae angen un FFEIL cerdyn sgorio ar export".into()
    }
    fn page_needs_file(&self) -> String {
        "mae angen un FFEIL cerdyn sgorio a --shell, index.html yr adeiladwaith, ar page".into()
    }
    fn page_without_room(&self, path: &str, mark: &str) -> String {
        format!("nid oes {mark} yn {path}: rhowch index.html adeiladwaith y fersiwn hon")
    }
    fn page_summary(&self, file: &str, lang: &str, path: &str) -> String {
        format!("{file}: ysgrifennwyd ei drosolwg i {path}, yn yr iaith {lang}")
    }
    fn report_needs_docx(&self) -> String {
        "mae angen un FFEIL cerdyn sgorio a --docx ALLAN.docx ar report".into()
    }
    fn report_summary(&self, file: &str, period: &str, lang: &str, path: &str) -> String {
        format!("{file}: ysgrifennwyd adroddiad y pwyllgor ar gyfer {period} i {path}, yn yr iaith {lang}")
    }
    fn report_no_period(&self, period: &str) -> String {
        format!("nid oes gan y ffeil ffigurau ar gyfer y cyfnod {period}")
    }
    fn publish_needs_site(&self) -> String {
        "mae angen un FFEIL cerdyn sgorio a --site FFOLDER, ffolder y wefan a adeiladwyd, ar publish".into()
    }
    fn not_a_site(&self, dir: &str) -> String {
        format!("nid yw {dir} yn wefan Scorecard: nid oes ganddi index.html o adeiladwaith y fersiwn hon")
    }
    fn publish_src_elsewhere(&self, src: &str) -> String {
        format!("mae tudalen y wefan yn llwytho ei ffeil o {src}, y tu allan i ffolder y wefan: gosodwch ei scorecard-src i gyfeiriad yn y ffolder")
    }
    fn publish_refused(&self, file: &str) -> String {
        format!("{file}: heb ei chyhoeddi; ni newidiwyd dim yn y wefan")
    }
    fn publish_summary(&self, file: &str, at: &str, pages: usize, lang: &str) -> String {
        format!("{file}: cyhoeddwyd fel {at}; tudalennau a ysgrifennwyd: {pages}, yn yr iaith {lang}")
    }
    fn publish_kept(&self, previous: &str) -> String {
        format!("cedwir y ffeil a ddisodlwyd fel {previous}")
    }
    fn publish_news(&self, feed: &str, changed: bool) -> String {
        if changed {
            format!("{feed}: mae cofnod newydd yn dweud beth a newidiodd")
        } else {
            format!("{feed}: dim wedi newid ers y cyhoeddi diwethaf")
        }
    }
    fn publish_no_url(&self) -> String {
        "rhowch gyfeiriad y wefan gyda --url https://… fel bod y map safle, y dolenni canonaidd a'r ffrwd yn cario cyfeiriadau llawn".into()
    }
    fn site_stale(&self, page: &str, src: &str) -> String {
        format!("ysgrifennwyd {page} o fersiwn arall o {src}: cyhoeddwch eto")
    }
    fn site_missing(&self, page: &str, src: &str) -> String {
        format!("mae {page} yn llwytho {src}, nad yw yn y wefan")
    }
    fn site_other_file(&self, page: &str, written: &str, loads: &str) -> String {
        format!("ysgrifennwyd {page} o {written} ond mae'n llwytho {loads}: cyhoeddwch eto")
    }
    fn site_copy_differs(&self, copy: &str, file: &str) -> String {
        format!("nid yw {copy} yn dal {file} fel y mae nawr: mae gwesteiwr sy'n gweini copïau cywasgedig yn anfon yr hen feitiau; cyhoeddwch eto neu dilëwch ef")
    }
    fn site_summary(&self, dir: &str, pages: usize, copies: usize, warnings: usize) -> String {
        format!("{dir}: tudalennau ysgrifenedig a wiriwyd: {pages}; copïau cywasgedig a wiriwyd: {copies}; rhybuddion: {warnings}")
    }
    fn export_needs_one_of(&self) -> String {
        "mae angen un yn union o --xlsx ALLAN.xlsx, --ods ALLAN.ods neu --csv ALLAN.csv ar export".into()
    }
    fn json_needs_output(&self) -> String {
        "gyda --json, yr adroddiad yw'r allbwn: rhowch -o ALLAN.json ar gyfer y cerdyn sgorio".into()
    }
    fn option_needs_value(&self, name: &str) -> String {
        format!("mae angen gwerth ar --{name}")
    }
    fn option_out_of_range(&self, name: &str, min: usize, max: usize) -> String {
        format!("rhaid i --{name} fod o {min} i {max}")
    }
    fn unreadable(&self) -> String {
        "annarllenadwy".into()
    }
    /// "Label: number" throughout, so no noun needs its plural or mutation after a numeral.
    fn check_summary(&self, indicators: usize, actions: usize, left_out: usize, warnings: usize) -> String {
        format!(
            "darllenwyd: {}, {}; hepgorwyd: {left_out}; rhybuddion: {warnings}",
            of(indicators, "dangosydd"),
            of(actions, "cam gweithredu")
        )
    }
    fn nothing_read(&self) -> String {
        "gwall angheuol: ni ddarllenwyd dim".into()
    }
    fn status_left_out(&self, file: &str, n: usize) -> String {
        format!("{file}: eitemau a hepgorwyd: {n}; rhedwch \"scorecard check {file}\" i weld pam")
    }
    fn status_period(&self, period: &str) -> String {
        format!("Cyfnod {period}")
    }
    fn status_headers(&self) -> [&'static str; 10] {
        [
            "id", "cyfnod", "gwerth", "targed", "cyfrifwyd", "nodwyd", "statws", "cyfeiriad",
            "o'i gymharu â", "tuedd hir",
        ]
    }
    fn action_headers(&self) -> [&'static str; 2] {
        ["cam gweithredu", "statws"]
    }
    fn wire_word(&self, word: &'static str) -> &'static str {
        wire(word).unwrap_or(word)
    }
    fn suppressed_cell(&self) -> &'static str {
        "wedi'i atal"
    }
    fn status_summary(&self, indicators: u32, parts: &str, exceptions: usize, unexplained: usize) -> String {
        format!("dangosyddion: {indicators} ({parts}); eithriadau: {exceptions}; heb esboniad: {unexplained}")
    }
    fn export_summary(&self, file: &str, indicators: usize, actions: usize, path: &str) -> String {
        format!(
            "{file}: ysgrifennwyd {} a {} i {path}",
            of(indicators, "dangosydd"),
            of(actions, "cam gweithredu")
        )
    }
    fn import_summary(
        &self,
        file: &str,
        (indicators, values, actions): (usize, usize, usize),
        layout: Option<&str>,
        left_out: usize,
        warnings: usize,
    ) -> String {
        format!(
            "{file}: darllenwyd {}, {} a {} ({}); hepgorwyd: {left_out}; rhybuddion: {warnings}",
            of(indicators, "dangosydd"),
            of(values, "gwerth"),
            of(actions, "cam gweithredu"),
            layout.map_or("dim cynllun", layout_cy)
        )
    }
}

/// The importer's layout names in Welsh (the mapping file keeps the English words).
fn layout_cy(layout: &str) -> &str {
    match layout {
        "long" => "hir",
        "wide" => "llydan",
        "report" => "adroddiad",
        "organisations" => "meincnodi",
        "actions" => "camau gweithredu",
        other => other,
    }
}

/// The format's status, direction and action words in Welsh.
fn wire(word: &str) -> Option<&'static str> {
    Some(match word {
        "green" => "gwyrdd",
        "amber" => "oren",
        "red" => "coch",
        "no-target" => "dim targed",
        "no-data" => "dim data",
        "suppressed" => "wedi'i atal",
        "improving" => "yn gwella",
        "no-change" => "dim newid",
        "worsening" => "yn gwaethygu",
        "up" => "i fyny",
        "down" => "i lawr",
        "unknown" => "anhysbys",
        "not-started" => "heb ddechrau",
        "on-track" => "ar y trywydd iawn",
        "at-risk" => "mewn perygl",
        "off-track" => "ddim ar y trywydd iawn",
        "complete" => "wedi cwblhau",
        "cancelled" => "wedi'i ganslo",
        _ => return None,
    })
}

impl super::PackMessages for Welsh {
    fn pack_format_missing(&self, wanted: &str) -> String {
        format!("mae'r maes \"format\" ar goll: mae ffeil pecyn meincnodi'n dechrau gyda \"format\": \"{wanted}\"")
    }
    fn pack_wrong_format(&self, found: &Value<'_>, wanted: &str) -> String {
        format!(
            "mae'r ffeil hon yn y fformat {}; \"{wanted}\" yw ffeil pecyn meincnodi yma",
            self.describe(found).trim_start_matches("y testun ")
        )
    }
    fn pack_too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "mae ffeil y pecyn yn {} MB; caiff mynegai neu ddarn o becyn fod yn {} MB ar y mwyaf",
            crate::decimal::format_fixed(bytes as f64 / 1_048_576.0, 1),
            limit / 1_048_576
        )
    }
    fn not_a_sha256(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn SHA-256: 64 digid hecsadegol", clip(found, 70))
    }
    fn duplicate_code(&self, code: &str, first: &str) -> String {
        format!("rhoddir cod yr ardal \"{}\" eisoes yn {first}", clip(code, 40))
    }
    fn midpoint_missing(&self) -> String {
        "mae ar fesur â'r polaredd \"target\" angen ei \"midpoint\", y gwerth y mae bod agosaf ato orau"
            .into()
    }
    fn shard_not_beside(&self, path: &str) -> String {
        format!("nid yw \"{}\" yn llwybr wrth ymyl y mynegai: enwir darn yn berthynol i ffolder y mynegai, fel measures/id.json", clip(path, 60))
    }
    fn not_an_interval(&self, found: &str) -> String {
        format!("nid yw \"{}\" yn gyfnod fel yr ysgrifenna pecyn un: cyfwng ISO 8601 fel 2023-04-01/P1Y neu 2023-07-01/P3M", clip(found, 40))
    }
    fn group_members_shape(&self) -> String {
        "mae grŵp yn rhoi un yn union o \"members\" (ei ardaloedd), \"neighbours\" (y rhai agosaf at bob ardal, mewn trefn) neu \"shard\" (ffeil o'r naill neu'r llall)".into()
    }
    fn shard_for_another(&self, expected: &str) -> String {
        format!("nid hwn yw'r darn ar gyfer \"{}\"", clip(expected, 40))
    }
    fn period_not_in_measure(&self, period: &str, measure: &str) -> String {
        format!(
            "nid oes gan y mesur \"{}\" gyfnod {period} (rhestrir ei gyfnodau yn y mynegai)",
            clip(measure, 40)
        )
    }
    fn column_length(&self, found: usize, expected: usize) -> String {
        format!(
            "gwerthoedd: {found}, ardaloedd: {expected}; mae colofn yn dal un gwerth (neu null) i bob ardal yn y darn"
        )
    }
    fn status_pair(&self, found: &Value<'_>) -> String {
        format!("disgwyliwyd pâr [lle'r ardal, statws], ond cafwyd {}", self.describe(found))
    }
    fn pack_file_empty(&self, path: &str) -> String {
        format!("{path}: nid oes rhesi yn y ffeil")
    }
    fn pack_no_column(&self, path: &str, column: &str) -> String {
        format!("{path}: nid oes colofn \"{}\" (mae'r rysáit yn ei henwi)", clip(column, 40))
    }
    fn pack_no_files(&self, pattern: &str) -> String {
        format!("nid oes ffeil yn cyfateb i \"{}\"", clip(pattern, 80))
    }
    fn pack_unknown_area(&self, raw: &str) -> String {
        format!("nid yw \"{}\" yn god ardal, nac yn enw y mae \"area_codes\" y rysáit yn rhoi cod iddo: hepgorir y rhes", clip(raw, 40))
    }
    fn pack_not_a_period(&self, raw: &str) -> String {
        format!("nid yw \"{}\" yn gyfnod: hepgorir y rhes", clip(raw, 40))
    }
    fn pack_not_a_number(&self, raw: &str) -> String {
        format!(
            "nid yw \"{}\" yn rhif nac yn air am werth coll neu wedi'i atal: hepgorir y rhes",
            clip(raw, 40)
        )
    }
    fn pack_conflicting_value(&self, measure: &str, period: &str, area: &str) -> String {
        format!("rhoddir {measure} {period} {area} eto gyda gwerth arall: cedwir y cyntaf")
    }
    fn pack_no_polarity(&self, measure: &str) -> String {
        format!("nid yw'r ffynhonnell yn nodi polaredd ar gyfer \"{measure}\": mae'n niwtral (wedi'i restru o'r uchaf, byth yn cael ei alw'n orau) nes bod \"polarity\" y rysáit yn rhoi un")
    }
    fn pack_type_group(&self, kind: &str) -> String {
        let kind = match kind {
            "district" => "Cynghorau dosbarth",
            "unitary" => "Awdurdodau unedol",
            "metropolitan" => "Dosbarthau metropolitan",
            "london-borough" => "Bwrdeistrefi Llundain",
            "county" => "Cynghorau sir",
            "welsh-principal-area" => "Prif ardaloedd Cymru",
            "scottish-council" => "Cynghorau'r Alban",
            "ni-district" => "Dosbarthau Gogledd Iwerddon",
            "region" => "Rhanbarthau",
            "nation" => "Gwledydd",
            "combined-authority" => "Awdurdodau cyfun",
            other => return format!("Ardaloedd o'r math {other}"),
        };
        kind.to_string()
    }
    fn pack_cluster_group(&self, clustering: &str, letter: &str) -> String {
        format!("Clwstwr {letter} ({clustering})")
    }
    fn pack_build_needs_recipe(&self) -> String {
        "mae ar pack build angen un ffeil rysáit (scorecard-pack-recipe/1)".into()
    }
    fn custom_group_title(&self, members: usize) -> String {
        format!("Cynghorau a ddewiswyd ({members})")
    }
    fn custom_group_source(&self) -> String {
        "Wedi'u dewis gyda --group custom:COD,…".into()
    }
    fn differs_from_pack(&self, period: &str, theirs: &str, measure: &str) -> String {
        format!("{period}: mae gan fesur \"{measure}\" y pecyn meincnodi {theirs} ar gyfer y cyngor hwn; ffigur y cerdyn sgorio y mae'r dangosfwrdd yn ei gymharu")
    }
    fn pack_not_checked(&self, pack: &str, reason: &str) -> String {
        format!("ni chafodd y ffigurau eu gwirio yn erbyn y pecyn meincnodi \"{pack}\": {reason}")
    }
    fn pack_built(&self, path: &str, measures: usize, areas: usize, groups: usize) -> String {
        format!("{path}: mesurau: {measures}, ardaloedd: {areas}, grwpiau: {groups}")
    }
    fn pack_summary(&self, measures: usize, areas: usize, groups: usize, errors: usize) -> String {
        format!("mesurau: {measures}, ardaloedd: {areas}, grwpiau: {groups}; gwallau: {errors}")
    }
    fn area_not_in_group(&self, area: &str, group: &str) -> String {
        format!("nid yw'r grŵp \"{}\" yn cynnwys yr ardal \"{}\"", clip(group, 40), clip(area, 40))
    }
    fn area_in_no_group(&self, area: &str) -> String {
        format!("nid oes grŵp yn y pecyn yn cynnwys yr ardal \"{}\"", clip(area, 40))
    }
    fn group_not_for_measure(&self, group: &str, measure: &str) -> String {
        format!("{measure}: wedi'i hepgor, nid yw'r grŵp \"{group}\" ar gyfer y mesur hwn")
    }
    fn compare_heading(&self, area: &str, group: &str, members: usize) -> String {
        format!("{area} ymhlith {group} (ardaloedd: {members})")
    }
    fn no_value_word(&self) -> String {
        "dim gwerth".into()
    }
    fn rank_of(&self, rank: usize, n: usize, quartile: u8, neutral: bool) -> String {
        if neutral {
            return format!("safle {}", self.highest_of(rank, n));
        }
        format!("safle {rank} o {n} ({})", self.quartile_name(quartile))
    }
    fn too_few_to_rank(&self, n: usize) -> String {
        format!("heb ei restru: dim ond {} sydd, llai na {}", of(n, "gwerth"), crate::pack::stats::MIN_FIELD)
    }
    // "Label: value", not a count before its noun: no mutation to get wrong.
    fn no_value_to_rank(&self, n: usize, nations: &[crate::pack::compare::Nation]) -> String {
        let names: Vec<&str> = nations.iter().map(|x| self.nation(*x)).collect();
        match names.is_empty() {
            true => format!("heb ei restru: dim gwerth i'r ardal hon (gwerthoedd: {n})"),
            false => format!(
                "heb ei restru: dim gwerth i'r ardal hon (gwerthoedd: {n}, ar gyfer: {})",
                names.join(", ")
            ),
        }
    }
    fn nation(&self, nation: crate::pack::compare::Nation) -> &'static str {
        use crate::pack::compare::Nation::*;
        match nation {
            England => "Lloegr",
            Wales => "Cymru",
            Scotland => "yr Alban",
            NorthernIreland => "Gogledd Iwerddon",
        }
    }
    fn without_data(&self, missing: usize) -> String {
        format!("{missing} heb ddata")
    }
    fn median_gap(&self, median: &str, gap: &str) -> String {
        format!("canolrif {median}, bwlch {gap}")
    }
    fn significance(&self, which: crate::pack::stats::Significance) -> String {
        match which {
            crate::pack::stats::Significance::Better => "yn sylweddol well na'r canolrif".into(),
            crate::pack::stats::Significance::Worse => "yn sylweddol waeth na'r canolrif".into(),
            crate::pack::stats::Significance::Similar => "heb fod yn sylweddol wahanol i'r canolrif".into(),
        }
    }
    fn rank_change(&self, was: usize, is: usize, n: usize, overtook: usize, overtaken_by: usize) -> String {
        let ahead = match overtaken_by {
            0 => String::new(),
            n => format!("; ar y blaen bellach, wedi bod y tu ôl: {}", of(n, "cyngor")),
        };
        let behind = match overtook {
            0 => String::new(),
            n => format!("; y tu ôl bellach, wedi bod ar y blaen: {}", of(n, "cyngor")),
        };
        format!("safle {was} → {is} o {n}{behind}{ahead}")
    }
    fn highest_of(&self, rank: usize, n: usize) -> String {
        // Welsh says a rank as its number ("3 o 32 o'r uchaf").
        format!("{rank} o {n} o'r uchaf")
    }
    fn quartile_name(&self, q: u8) -> &'static str {
        match q {
            1 => "y chwartel uchaf",
            2 => "yr ail chwartel",
            3 => "y trydydd chwartel",
            _ => "y chwartel isaf",
        }
    }
}
