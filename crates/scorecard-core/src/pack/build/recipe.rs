//! The recipe `scorecard pack build` reads (`scorecard-pack-recipe/1`, docs/packs.md §2):
//! what a pack's files do not say.

use crate::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    pub format: String,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub licence: String,
    #[serde(default)]
    pub published: String,
    /// A calendar for periods written as years and quarters: the month years start in.
    #[serde(default = "april")]
    pub year_starts: u8,
    /// Area codes by the names the files use, where they name areas (`"Stirling": "S12000030"`).
    #[serde(default)]
    pub area_codes: BTreeMap<String, String>,
    /// Area names by code, where the files give none (or to give Welsh ones: `{"en", "cy"}`).
    #[serde(default)]
    pub area_names: BTreeMap<String, BTreeMap<String, String>>,
    pub values: Vec<ValueFiles>,
    /// Tables of the measures' metadata, joined to the values by code (ignoring case,
    /// spaces and leading zeros: `CORP 09`, `CORP09` and `corp-9` are one code).
    #[serde(default)]
    pub measures: Vec<MeasureFile>,
    /// Polarity by measure id, where the source states none: `higher`, `lower`, `neutral`,
    /// or a number (the midpoint of a target measure).
    #[serde(default)]
    pub polarity: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub groups: Vec<GroupRecipe>,
}

fn april() -> u8 {
    4
}

/// Long tables of values: one row per area, period and measure.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueFiles {
    /// A path or pattern (`ons-els/indicators/*/*.csv`).
    pub files: String,
    /// Column names by role: `area` (a code), `area_name`, `period`, `measure`, `value`,
    /// `lower`, `upper`, `status`, `polarity`, `title`.
    pub columns: BTreeMap<String, String>,
    /// The measure's id is its file's folder (ONS's indicator folders), not a column.
    #[serde(default)]
    pub measure_from_folder: bool,
    /// Each file has a JSON beside it with ONS's metadata (`ess-beta-metadata`).
    #[serde(default)]
    pub sidecar: bool,
    /// `long` (a row per area, period and measure; the default), `wide` (a row per area,
    /// a column per measure and period headed `CODE PERIOD`, as the LGBF workbook; where a
    /// `CODE PERIOD Real` column is there too, its inflation-adjusted figure is taken) or
    /// `measures` (a row per area, and per period where a `period` column is named; every
    /// other column of figures a measure titled by its header, as DfE's and Ofsted's tables).
    #[serde(default)]
    pub layout: Option<String>,
    /// The period of every figure, for a `measures` table with no period column (Ofsted's
    /// "as at 31 March 2024": `2023/24`).
    #[serde(default)]
    pub period: Option<String>,
    /// The values are fractions where the measure's format is a percentage (0.98 is 98 %).
    #[serde(default)]
    pub fractions: bool,
    /// A workbook's sheet (default: the first with anything in it).
    #[serde(default)]
    pub sheet: Option<String>,
}

/// A table of measures' metadata.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureFile {
    pub file: String,
    /// Column names by role: `id`, `title`, `polarity`, `midpoint`, `format` (a number
    /// format: `%` makes the unit a percentage), `family` (the family grouping it is
    /// compared within), `description`, `source`.
    pub columns: BTreeMap<String, String>,
    /// Polarity words this file uses that Scorecard does not know (`"Yes": "higher"`).
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    /// A workbook's sheet (default: the first with anything in it).
    #[serde(default)]
    pub sheet: Option<String>,
}

/// A recipe's text: a string, or one per language.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum RecipeText {
    Plain(String),
    Languages(BTreeMap<String, String>),
}

impl RecipeText {
    /// As a pack's text: English first (the fallback), then the rest in order.
    pub fn text(&self) -> Text {
        match self {
            RecipeText::Plain(s) => Text::plain(s.clone()),
            RecipeText::Languages(m) => {
                let mut versions: Vec<(String, String)> =
                    m.iter().map(|(l, s)| (l.clone(), s.clone())).collect();
                versions.sort_by_key(|(l, _)| l != "en");
                Text { versions }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupRecipe {
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    /// A string, or one per language (`{"en": "…", "cy": "…"}`).
    #[serde(default)]
    pub title: Option<RecipeText>,
    pub source: String,
    #[serde(default)]
    pub description: Option<String>,
    /// For clusters: each clustering's name in the groups' titles, by its column (`{"Global":
    /// {"en": "overall", "cy": "cyffredinol"}}`); the column's own name where not given.
    #[serde(default)]
    pub cluster_names: BTreeMap<String, RecipeText>,
    /// For `all` and `type`: the area kinds it takes (default: every area).
    #[serde(default)]
    pub area_kinds: Vec<String>,
    /// A file of members: `area` and `group` columns (and `family` for family groups that
    /// apply to the measures of one family grouping), or for `neighbours` a row per area
    /// with its neighbours in order; for clusters, the columns whose letters are groups.
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    /// Cluster columns: one group per letter in each (`Global`, `Economic`…).
    #[serde(default)]
    pub clusters: Vec<String>,
    /// Descriptions of clusters, by column and letter: a JSON file.
    #[serde(default)]
    pub descriptions: Option<String>,
    /// Keep the members in a shard of their own (long neighbour lists).
    #[serde(default)]
    pub shard: bool,
}
