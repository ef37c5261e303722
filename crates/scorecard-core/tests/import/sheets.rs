//! CSV sheets: each layout, the spellings officers use, mappings, and bad input.

use super::*;

#[test]
fn long_layout_with_the_spellings_officers_use() {
    let csv = "Performance report, Q2\n\
               ,\n\
               PI Ref,Indicator,Service,Quarter,Actual,Target,RAG,Comments\n\
               CT1,Council tax collected,Revenues,Q1 2023/24,\"28.1%\",28%,G,\n\
               CT1,Council tax collected,Revenues,2023/24 Q2,55.2%,56%,A,Slightly behind\n\
               HB2,Days to process benefit claims,Benefits,Qtr 1 2023/24,21.5,20,Red,Staff shortage\n\
               HB2,Days to process benefit claims,Benefits,Jul-Sep 2023,19.2,20,Green,\n\
               FT3,Fly-tipping incidents,Streets,2023-24;Q1,n/a,,,\n\
               FT3,Fly-tipping incidents,Streets,2023/24-Q2,*,,,\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("long"));
    assert_eq!(i.mapping.header_row, Some(3), "title rows above the header are skipped");
    assert_eq!(
        figures(&i, "CT1"),
        [
            ("2023/24-Q1".into(), Some(28.1), Some(28.0), Some("green".into())),
            ("2023/24-Q2".into(), Some(55.2), Some(56.0), Some("amber".into()))
        ]
    );
    assert_eq!(indicator(&i, "CT1")["unit"], "percent", "a % in the cells marks the unit");
    assert_eq!(indicator(&i, "HB2")["polarity"], "lower", "red above target, green below: lower is better");
    assert!(problems(&i, Level::Info).iter().any(|p| p.contains("HB2: polarity \"lower\" inferred from 2")));
    assert_eq!(indicator(&i, "FT3")["values"][0]["value"], Value::Null);
    assert_eq!(indicator(&i, "FT3")["values"][1]["suppressed"], true);
    assert_eq!(doc(&i)["current_period"], "2023/24-Q2");
    assert_eq!(doc(&i)["services"].as_array().unwrap().len(), 3);
    assert_eq!(indicator(&i, "HB2")["values"][0]["comment"], "Staff shortage");
    assert_eq!(i.exit_code(), 0);
}

#[test]
fn wide_layout_with_period_headers_and_an_annual_target() {
    let csv = "Code,Title,Q1 2024/25,Q2 2024/25,Q3 2024/25,Annual Target,Status,Polarity\n\
               W1,Missed bins per 100k,52,61,,60,Amber,Lower is better\n\
               W2,Recycling rate,40.1,41.5,39.9,45,,Higher is better\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("wide"));
    assert_eq!(
        figures(&i, "W1"),
        [
            ("2024/25-Q1".into(), Some(52.0), Some(60.0), None),
            ("2024/25-Q2".into(), Some(61.0), Some(60.0), Some("amber".into()))
        ],
        "the status belongs to the latest period of the row; the target to every period"
    );
    assert_eq!(indicator(&i, "W2")["polarity"], "higher");
    assert_eq!(figures(&i, "W2").len(), 3);
    assert_eq!(doc(&i)["current_period"], "2024/25-Q3");
}

#[test]
fn wide_layout_with_value_and_target_pairs() {
    let csv = "Code,Title,Q1 2024/25 Value,Q1 2024/25 Target,Q2 2024/25 Value,Q2 2024/25 Target\n\
               P1,Pay within 30 days,95,97,98,97\n";
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(
        figures(&i, "P1"),
        [
            ("2024/25-Q1".into(), Some(95.0), Some(97.0), None),
            ("2024/25-Q2".into(), Some(98.0), Some(97.0), None)
        ]
    );
}

#[test]
fn report_layout_needs_the_period_and_then_reads_relative_columns() {
    let csv = "KPI ref,Description,Previous quarter,This quarter,Target,Status,Notes\n\
               CS01,Calls answered,79.6,78.5,80,close to target,No notes\n";
    let fatal = import(csv.as_bytes(), &opts());
    assert!(fatal.fatal.as_deref().unwrap().contains("--period"), "{:?}", fatal.fatal);
    assert_eq!(fatal.exit_code(), 2);
    let i = import(csv.as_bytes(), &with_period("2014/15-Q2"));
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("report"));
    assert_eq!(
        figures(&i, "CS01"),
        [
            ("2014/15-Q1".into(), Some(79.6), None, None),
            ("2014/15-Q2".into(), Some(78.5), Some(80.0), Some("amber".into()))
        ]
    );
    assert_eq!(indicator(&i, "CS01")["values"][1].get("comment"), None, "\"No notes\" is no comment");
}

#[test]
fn contradicting_rows_are_all_left_out_and_named() {
    let csv = "Code,Title,Period,Value\nA,Alpha,2023/24-Q1,5\nA,Alpha,2023/24-Q1,6\nA,Alpha,2023/24-Q2,7\nA,Alpha,2023/24-Q2,7\n";
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(figures(&i, "A"), [("2023/24-Q2".into(), Some(7.0), None, None)]);
    let errors = problems(&i, Level::Error);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("row 3: A 2023/24-Q1 is given again with different figures (first at row 2)"),
        "{errors:?}"
    );
    assert!(problems(&i, Level::Warning)
        .iter()
        .any(|w| w.starts_with("row 5: A 2023/24-Q2 is given again with the same figures")));
    assert_eq!(i.left_out, 2);
    assert_eq!(i.exit_code(), 1);
}

#[test]
fn bad_cells_are_named_and_leave_out_only_their_row() {
    let csv = "Code,Title,Period,Value\nA,Alpha,2023/24-Q1,lots\nA,Alpha,2014-17,5\nA,Alpha,2023/24-Q2,6\n";
    let i = import(csv.as_bytes(), &opts());
    let errors = problems(&i, Level::Error);
    assert!(
        errors.iter().any(|e| e.starts_with("row 2, column \"Value\": \"lots\" is not a number")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("row 3, column \"Period\": \"2014-17\" spans several years")),
        "{errors:?}"
    );
    assert_eq!(figures(&i, "A"), [("2023/24-Q2".into(), Some(6.0), None, None)]);
    assert_eq!(i.left_out, 2);
}

#[test]
fn every_column_without_a_role_is_listed() {
    let csv = "Code,Title,Period,Value,Owner's favourite colour\nA,Alpha,2023/24-Q1,5,blue\n";
    let i = import(csv.as_bytes(), &opts());
    let infos = problems(&i, Level::Info);
    assert!(
        infos.iter().any(|p| p.starts_with("row 1, column \"Owner's favourite colour\": not imported")),
        "{infos:?}"
    );
}

#[test]
fn fatal_inputs_say_why_in_one_line() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "no sheet has a column"),
        (b"Code,Title,Period,Value\n", "no values were found"),
        (b"Colour,Size\nred,5\n", "no sheet has a column"),
        (b"PK\x03\x04 truncated zip", "could not be read"),
        (&[0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3], "(.xls) is damaged"),
        (b"\x00\x01\x02\xff\xfe\x00garbage", "not a spreadsheet"),
    ];
    for (bytes, want) in cases {
        let i = import(bytes, &opts());
        let reason = i.fatal.clone().unwrap_or_else(|| panic!("{bytes:?} was not fatal"));
        assert!(reason.contains(want), "{bytes:?}: {reason}");
        assert!(!reason.contains('\n'));
        assert!(i.text.is_none());
    }
}

#[test]
fn huge_cells_and_wide_sheets_do_not_break_it() {
    let big = "x".repeat(5 * 1024 * 1024);
    let csv = format!("Code,Title,Period,Value,Comment\nA,Alpha,2023/24-Q1,5,{big}\n");
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(figures(&i, "A").len(), 1);
    let header: Vec<String> = (0..2000).map(|c| format!("Extra {c}")).collect();
    let row: Vec<String> = (0..2000).map(|c| c.to_string()).collect();
    let wide =
        format!("Code,Title,Period,Value,{}\nA,Alpha,2023/24-Q1,5,{}\n", header.join(","), row.join(","));
    let i = import(wide.as_bytes(), &opts());
    assert_eq!(figures(&i, "A").len(), 1);
    assert!(problems(&i, Level::Info).iter().any(|p| p.contains("2000 columns not imported")));
}

#[test]
fn windows_1252_money_is_currency() {
    let csv = b"Code,Title,Period,Value\nS1,Savings delivered,2023/24,\xA31,050,000\n";
    // The comma in the money splits the field unless quoted: officers' CSVs quote it.
    let quoted = b"Code,Title,Period,Value\nS1,Savings delivered,2023/24,\"\xA31,050,000\"\n";
    let misaligned = import(csv, &opts());
    assert!(problems(&misaligned, Level::Error)
        .iter()
        .any(|e| e.starts_with("row 2: this row has 2 more cells")));
    let i = import(quoted, &opts());
    assert_eq!(figures(&i, "S1"), [("2023/24".into(), Some(1_050_000.0), None, None)]);
    assert_eq!(indicator(&i, "S1")["unit"], "currency");
}

#[test]
fn a_mapping_names_roles_scales_and_words() {
    let csv = "Ref,Name,When,Score,Colour\nA1,Alpha,2023/24-Q1,0.925,above target\nA1,Alpha,2023/24-Q2,0.95,for info only\n";
    let mapping = Mapping::from_json(
        br#"{"columns": {"Ref": "code", "Name": "title", "When": "period", "Score": {"role": "value", "multiply": 100},
                          "Colour": "reported_status"},
             "statuses": {"above target": "green", "for info only": null}, "organisation": "Hart District Council"}"#,
    )
    .unwrap();
    let i = import(csv.as_bytes(), &Options { mapping, ..opts() });
    assert_eq!(
        figures(&i, "A1"),
        [
            ("2023/24-Q1".into(), Some(92.5), None, Some("green".into())),
            ("2023/24-Q2".into(), Some(95.0), None, None)
        ]
    );
    assert_eq!(i.mapping.columns.get("Score").map(|c| c.role()), Some("value"));
    let missing = Mapping::from_json(br#"{"columns": {"Actual": "value"}}"#).unwrap();
    let i = import(csv.as_bytes(), &Options { mapping: missing, ..opts() });
    assert!(i.fatal.as_deref().unwrap().contains("\"Actual\""));
}

#[test]
fn the_mapping_used_imports_the_same_again() {
    let csv = "Notes above\nPI Code,PI Name,Period,Outturn,Target,Status\nA,Alpha,2023/24-Q1,5,6,R\n";
    let first = import(csv.as_bytes(), &opts());
    let again = import(csv.as_bytes(), &Options { mapping: first.mapping.clone(), ..opts() });
    assert_eq!(doc(&first), doc(&again));
    assert_eq!(first.mapping.header_row, Some(2));
    assert_eq!(first.mapping.columns.get("Outturn").map(|c| c.role()), Some("value"));
}

#[test]
fn actions_come_from_an_actions_sheet() {
    // Two files are one import only in a workbook; an actions CSV imports alone.
    let csv = "Ref,Action,Status,Lead Officer,Due Date,Period,Update\n\
               C2,SEND recovery plan,At Risk,Head of SEND,2024-03-31,2023/24-Q2,Locum psychologists start in October\n\
               C2,SEND recovery plan,on track,Head of SEND,2024-03-31,2023/24-Q1,\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    let a = &doc(&i)["actions"][0];
    assert_eq!(a["id"], "c2");
    assert_eq!(a["updates"][0]["period"], "2023/24-Q1");
    assert_eq!(a["updates"][1]["status"], "at-risk");
    assert_eq!(a["due"], "2024-03-31");
}

#[test]
fn many_councils_need_one_chosen() {
    let csv = "Code,Measure,Financial year,Local authority name,Value\nA1,Alpha,2022-23,Hart,5\nA1,Alpha,2022-23,Rushmoor,6\n";
    let i = import(csv.as_bytes(), &Options { organisation: None, ..opts() });
    assert!(i.fatal.as_deref().unwrap().contains("2 organisations"), "{:?}", i.fatal);
    let i = import(csv.as_bytes(), &Options { organisation: Some("rushmoor".into()), ..opts() });
    assert_eq!(figures(&i, "A1"), [("2022/23".into(), Some(6.0), None, None)]);
}

/// A sheet an officer of a Welsh council writes: Welsh headers, Welsh quarters and months,
/// Welsh status words.
#[test]
fn a_welsh_sheet_is_read_as_its_english_twin() {
    let cy = "Cod,Teitl,Gwasanaeth,Cyfnod,Gwerth,Targed,Statws,Sylw\n\
              GW1,Ailgylchu,Gwastraff,Ch1 2023/24,44,50,Coch,Is na'r targed\n\
              GW1,Ailgylchu,Gwastraff,Ch2 2023/24,47,50,Oren,\n\
              GW2,Biniau a gollwyd,Gwastraff,Gorff-Medi 2023,12,15,Gwyrdd,\n";
    let en = "Code,Title,Service,Period,Value,Target,Status,Comment\n\
              GW1,Ailgylchu,Gwastraff,Q1 2023/24,44,50,Red,Is na'r targed\n\
              GW1,Ailgylchu,Gwastraff,Q2 2023/24,47,50,Amber,\n\
              GW2,Biniau a gollwyd,Gwastraff,Jul-Sep 2023,12,15,Green,\n";
    let (a, b) = (import(cy.as_bytes(), &opts()), import(en.as_bytes(), &opts()));
    assert_eq!(doc(&a), doc(&b));
    assert_eq!(
        figures(&a, "GW1")[1],
        ("2023/24-Q2".to_string(), Some(47.0), Some(50.0), Some("amber".to_string()))
    );
}

#[test]
fn welsh_this_quarter_and_previous_quarter_columns_take_the_report_period() {
    let sheet = "Cod,Teitl,Chwarter blaenorol,Y chwarter hwn,Targed\nGW1,Ailgylchu,44,47,50\n";
    let i = import(sheet.as_bytes(), &with_period("2023/24-Q2"));
    let f = figures(&i, "GW1");
    assert_eq!(
        f.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
        [("2023/24-Q1", Some(44.0)), ("2023/24-Q2", Some(47.0))]
    );
}

/// ONS Explore Local Statistics as published: ISO 8601 interval periods, the figure in
/// `observation`, status codes for figures that are missing or withheld, every council in one
/// file.
#[test]
fn an_open_data_file_imports_for_one_council() {
    let els = "areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes\n\
               E07000089,Hart,Lower tier,Children in relative poverty,2022-04-01/P1Y,6.3,Percentage,%,,,,\n\
               E07000089,Hart,Lower tier,Children in relative poverty,2023-04-01/P1Y,,Percentage,%,,,x,\n\
               E07000089,Hart,Lower tier,Children in relative poverty,2024-04-01/P1Y,,Percentage,%,,,c,\n\
               E07000090,Havant,Lower tier,Children in relative poverty,2022-04-01/P1Y,9.1,Percentage,%,,,,\n";
    let i = import(els.as_bytes(), &Options { organisation: Some("Hart".into()), ..opts() });
    let ind = &doc(&i)["indicators"][0];
    let values = ind["values"].as_array().unwrap();
    assert_eq!(values.len(), 3, "{values:?}");
    assert_eq!((values[0]["period"].as_str(), values[0]["value"].as_f64()), (Some("2022/23"), Some(6.3)));
    assert_eq!(values[1]["value"], serde_json::Value::Null);
    assert!(values[1]["comment"].as_str().unwrap().contains("not available"), "{}", values[1]);
    assert_eq!(values[2]["suppressed"], true);
    assert!(values[2]["comment"].as_str().unwrap().contains("confidential"), "{}", values[2]);
}

/// Nothing read: the first reason is given at its cell, not "no values were found".
#[test]
fn a_file_with_nothing_readable_says_why_at_the_first_cell() {
    let trafford = "Indicator,Period,Value\nSmoking,2014 - 16,15.1\nSmoking,2015 - 17,NA\n";
    let i = import(trafford.as_bytes(), &opts());
    let reason = i.fatal.expect("nothing to import");
    assert!(reason.contains("column \"Period\""), "{reason}");
    assert!(reason.contains("\"2014 - 16\" spans several years"), "{reason}");
}
