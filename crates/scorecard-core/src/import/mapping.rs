//! The mapping file: what the officer chose once (sheet, header row, layout, the role of each
//! column, extra words), saved to reuse next quarter. Every key is optional.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The header row as the officer sees it (1 is the first row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_row: Option<usize>,
    /// `long`, `wide` or `report`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// The report's period, for relative columns (`This quarter`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Header → role (`"value"`, `"value@previous"`) or `{"role": …, "multiply": 100}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, Column>,
    /// Extra status words; `null` means "no status" (for information).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statuses: BTreeMap<String, Option<String>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub polarities: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<String>,
    /// Only rows whose column holds this text (a file of many councils, filtered to one).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rows: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Column {
    Role(String),
    Scaled {
        role: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        multiply: Option<f64>,
    },
}

impl Column {
    pub fn role(&self) -> &str {
        match self {
            Column::Role(r) => r,
            Column::Scaled { role, .. } => role,
        }
    }

    pub fn multiply(&self) -> Option<f64> {
        match self {
            Column::Role(_) => None,
            Column::Scaled { multiply, .. } => *multiply,
        }
    }
}

impl Mapping {
    /// Reads a mapping file, with a message naming what is wrong.
    pub fn from_json(bytes: &[u8]) -> Result<Mapping, String> {
        serde_json::from_slice(bytes).map_err(|e| crate::messages::t().bad_mapping(&e.to_string()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The mapping's column entry for a header, matched exactly, else ignoring case and
    /// spaces at the ends.
    pub fn column(&self, header: &str) -> Option<&Column> {
        self.columns.get(header).or_else(|| {
            let h = header.trim().to_lowercase();
            self.columns.iter().find(|(k, _)| k.trim().to_lowercase() == h).map(|(_, c)| c)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_example_reads_and_writes_back() {
        let text = r#"{"sheet": "PI Report", "header_row": 4, "layout": "wide", "period": "2014/15-Q2",
            "organisation": "Hart District Council", "title": "Key Performance Indicators",
            "columns": {"KPI ref": "code", "This quarter": "value", "Previous quarter": "value@previous",
                        "Status (page legend)": "reported_status", "Unit suffix": "unit",
                        "Previous year outturn": "ignore",
                        "Actual": {"role": "value", "multiply": 100}},
            "statuses": {"above target": "green", "close to target": "amber", "below target": "red",
                         "for info only": null},
            "polarities": {"Up is good": "higher"},
            "missing": ["No notes", "0 (not agreed)"], "suppressed": ["<3"]}"#;
        let m = Mapping::from_json(text.as_bytes()).unwrap();
        assert_eq!(m.header_row, Some(4));
        assert_eq!(m.column("kpi REF ").map(Column::role), Some("code"));
        assert_eq!(m.column("Actual").and_then(Column::multiply), Some(100.0));
        assert_eq!(m.statuses.get("for info only"), Some(&None));
        assert_eq!(Mapping::from_json(m.to_json().as_bytes()).unwrap(), m);
    }

    #[test]
    fn an_unknown_key_is_named() {
        let err = Mapping::from_json(br#"{"colums": {}}"#).unwrap_err();
        assert!(err.contains("colums"), "{err}");
    }
}
