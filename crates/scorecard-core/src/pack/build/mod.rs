//! `scorecard pack build`: the multi-area files national bodies publish, read with the
//! importer's readers, into a pack. A recipe (`scorecard-pack-recipe/1`, docs/packs.md) says
//! what the files do not: which column is which, polarity where the source states none, how
//! the files name their areas, and which comparator groups to make from which file. The
//! build is pure: files come through [`Files`], so the CLI reads them and tests can too.

use super::{
    Area, Group, Interval, Measure, Members, Pack, Polarity, Series, Shard, SourceFile, ValueStatus,
};
use crate::decimal::Dec;
use crate::import::grid::Cell;
use crate::import::words::{Figure, Words};
use crate::messages as msg;
use crate::period::Calendar;
use crate::text::Text;
use std::collections::{BTreeMap, HashMap};

pub const RECIPE_FORMAT: &str = "scorecard-pack-recipe/1";

mod groups;
mod recipe;
mod source;
pub use recipe::{GroupRecipe, MeasureFile, Recipe, RecipeText, ValueFiles};
pub use source::{code_key, interval_of, kind_of_code, matches};
use source::{is_code, sha256_hex, Table};

/// Where the build's files come from.
pub trait Files {
    fn read(&self, path: &str) -> Result<Vec<u8>, String>;
    /// The files matching `pattern` (`*` stands for one path segment or part of one), sorted.
    fn list(&self, pattern: &str) -> Vec<String>;
}

/// A problem, by file and cell, and whether it is an error (exit 1) or a warning.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub at: String,
    pub message: String,
    pub error: bool,
}

/// Group members kept in a shard of their own: `(path, JSON)`.
pub type GroupShard = (String, String);

pub struct Built {
    pub pack: Pack,
    pub shards: Vec<Shard>,
    pub group_shards: Vec<GroupShard>,
    pub problems: Vec<Problem>,
}

#[derive(Default)]
struct MeasureDraft {
    title: Option<String>,
    code: Option<String>,
    unit: Option<String>,
    decimals: Option<u8>,
    polarity: Option<Polarity>,
    aggregate: bool,
    percent: bool,
    /// Its values came as fractions (to be scaled where the unit is a percentage).
    fractions: bool,
    /// A measure file has given its title.
    described: bool,
    family: Option<String>,
    description: Option<String>,
    caveats: Option<String>,
    source: Option<String>,
    /// (period, area) → figure.
    values: BTreeMap<(Interval, String), super::Figure>,
}

struct Builder<'a> {
    recipe: &'a Recipe,
    files: &'a dyn Files,
    cal: Calendar,
    words: Words,
    problems: Vec<Problem>,
    sources: Vec<SourceFile>,
    areas: BTreeMap<String, (Text, String)>,
    measures: BTreeMap<String, MeasureDraft>,
}

/// A polarity a source's word gives: a target without a midpoint to rank by is neutral.
fn without_midpoint(word: crate::model::Polarity) -> Polarity {
    match word {
        crate::model::Polarity::Target => Polarity::Neutral,
        w => Polarity::of(w, f64::NAN),
    }
}

impl Builder<'_> {
    fn warn(&mut self, at: String, message: String) {
        self.problems.push(Problem { at, message, error: false });
    }

    fn error(&mut self, at: String, message: String) {
        self.problems.push(Problem { at, message, error: true });
    }

    fn note_file(&mut self, path: &str) {
        if self.sources.iter().any(|s| s.name == path) {
            return;
        }
        if let Ok(bytes) = self.files.read(path) {
            self.sources.push(SourceFile { name: path.to_string(), sha256: sha256_hex(&bytes) });
        }
    }

    fn table(&mut self, path: &str, sheet: Option<&str>, anchor: Option<&str>) -> Result<Table, String> {
        let t = Table::read(self.files, path, sheet, anchor)?;
        self.note_file(path);
        Ok(t)
    }

    /// The area's code for what a file wrote: a name the recipe maps, or a code (a word
    /// with a digit in it, `E07000089`, or in capitals, `TLK`; "na" or a council's name is
    /// not one).
    fn area_code(&self, raw: &str) -> Option<String> {
        let raw = raw.trim();
        if let Some(code) = self.recipe.area_codes.get(raw) {
            return Some(code.clone());
        }
        // ITL regions are letters only (`TLK`), in capitals.
        let capitals = raw.len() >= 3 && raw.bytes().all(|b| b.is_ascii_uppercase());
        let code_like = (raw.bytes().any(|b| b.is_ascii_digit()) || capitals)
            && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        code_like.then(|| raw.to_string())
    }

    fn values(&mut self, spec: &ValueFiles) -> Result<(), String> {
        let paths = self.files.list(&spec.files);
        if paths.is_empty() {
            return Err(msg::p().pack_no_files(&spec.files));
        }
        for path in paths {
            let folder = path.rsplit('/').nth(1).unwrap_or_default().to_string();
            // Beside an indicator's own file a folder may hold lookups: only `folder/folder.csv`.
            let stem = path.rsplit('/').next().unwrap_or_default().rsplit_once('.').map_or("", |(s, _)| s);
            if spec.measure_from_folder && stem != folder {
                continue;
            }
            let anchor = spec.columns.get("area").or(spec.columns.get("area_name")).map(String::as_str);
            let t = self.table(&path, spec.sheet.as_deref(), anchor)?;
            match spec.layout.as_deref() {
                Some("wide") => {
                    self.wide(&t, spec)?;
                    continue;
                }
                Some("measures") => {
                    self.measure_columns(&t, spec)?;
                    continue;
                }
                _ => {}
            }
            let role = |r: &str| t.role(&spec.columns, r);
            // Columns a file may lack (one of ONS's files has only the area, period and value).
            let optional = |r: &str| role(r).ok().flatten();
            let (area, area_name, period, value) =
                (role("area").ok().flatten(), optional("area_name"), role("period")?, role("value")?);
            if area.is_none() && area_name.is_none() {
                role("area")?;
            }
            let measure = if spec.measure_from_folder { optional("measure") } else { role("measure")? };
            let (lower, upper, status, polarity, title) = (
                optional("lower"),
                optional("upper"),
                optional("status"),
                optional("polarity"),
                optional("title"),
            );
            let Some(value) = value else { return Err(msg::p().pack_no_column(&path, "value")) };
            let Some(period) = period else { return Err(msg::p().pack_no_column(&path, "period")) };
            let sidecar = spec.sidecar.then(|| format!("{}.json", path.trim_end_matches(".csv")));
            // A folder whose file holds several indicators (ONS's healthy life expectancy,
            // female and male) gives each its own measure: `folder-indicator`.
            let several = spec.measure_from_folder && {
                let mut seen = t.rows().map(|(row, _)| t.text(row, measure));
                let first = seen.next().unwrap_or_default();
                seen.any(|x| x != first)
            };
            let mut from_file: std::collections::BTreeSet<String> = Default::default();
            for (row, _) in t.rows() {
                let Some(id) = t.measure_of(row, measure, (spec.measure_from_folder, &folder), several)
                else {
                    continue;
                };
                let code_raw = t.text(row, area.or(area_name));
                let Some(code) = self.area_code(&code_raw) else {
                    let col = area.or(area_name).unwrap_or(0);
                    self.warn(t.at(row, col), msg::p().pack_unknown_area(&code_raw));
                    continue;
                };
                if !self.areas.contains_key(&code) {
                    let name = match area_name {
                        Some(c) => t.text(row, Some(c)),
                        None => code_raw.clone(),
                    };
                    self.areas.insert(code.clone(), (Text::plain(name), kind_of_code(&code).to_string()));
                }
                let period_raw = t.text(row, Some(period));
                let Some((interval, aggregate)) = interval_of(&period_raw, self.cal) else {
                    self.error(t.at(row, period), msg::p().pack_not_a_period(&period_raw));
                    continue;
                };
                let figure = self.figure(&t, row, value, status, (lower, upper));
                let Some(figure) = figure else { continue };
                from_file.insert(id.clone());
                let draft = self.measures.entry(id.clone()).or_default();
                draft.aggregate |= aggregate;
                draft.fractions |= spec.fractions;
                if draft.title.is_none() {
                    if let Some(c) =
                        title.or(if spec.measure_from_folder && !several { None } else { measure })
                    {
                        draft.title = Some(t.text(row, Some(c)));
                        if !spec.measure_from_folder {
                            draft.code = measure.map(|c| t.text(row, Some(c)));
                        }
                    }
                }
                if draft.polarity.is_none() {
                    let word = t.text(row, polarity);
                    if !word.is_empty() {
                        draft.polarity = self.words.polarity(&word).map(without_midpoint);
                    }
                }
                let key = (interval, code);
                match draft.values.get(&key) {
                    Some(first) if first.value != figure.value => {
                        let message = msg::p().pack_conflicting_value(&id, &key.0.to_string(), &key.1);
                        self.warn(t.at(row, value), message);
                    }
                    Some(_) => {}
                    None => {
                        draft.values.insert(key, figure);
                    }
                }
            }
            if let Some(json_path) = sidecar {
                for id in std::mem::take(&mut from_file) {
                    self.sidecar(&id, &json_path, several);
                }
            }
        }
        Ok(())
    }

    /// A table with a row per area and a column per measure and period (`CHN1 2019-20`,
    /// `CHN1 2019-20 Real`); other columns (numerators, denominators) are not measures.
    fn wide(&mut self, t: &Table, spec: &ValueFiles) -> Result<(), String> {
        let area = t.role(&spec.columns, "area")?.ok_or_else(|| msg::p().pack_no_column(&t.path, "area"))?;
        let mut columns: BTreeMap<(String, Interval), (usize, bool)> = BTreeMap::new();
        let mut aggregates = std::collections::BTreeSet::new();
        for (col, header) in t.header.iter().enumerate() {
            let (head, real) = match header.trim().strip_suffix(" Real") {
                Some(h) => (h, true),
                None => (header.trim(), false),
            };
            let Some((code, period)) = head.rsplit_once(' ') else { continue };
            if !is_code(code) {
                continue;
            }
            let Some((interval, aggregate)) = interval_of(period, self.cal) else { continue };
            let id = crate::import::ids::slug(code);
            if aggregate {
                aggregates.insert(id.clone());
            }
            let slot = columns.entry((id, interval)).or_insert((col, real));
            if real && !slot.1 {
                *slot = (col, true);
            }
        }
        for ((id, period), (col, _)) in columns {
            for (row, _) in t.rows() {
                let raw = t.text(row, Some(area));
                if raw.is_empty() {
                    continue;
                }
                let Some(code) = self.area_code(&raw) else {
                    self.warn(t.at(row, area), msg::p().pack_unknown_area(&raw));
                    continue;
                };
                self.areas
                    .entry(code.clone())
                    .or_insert_with(|| (Text::plain(raw.clone()), kind_of_code(&code).to_string()));
                let Some(figure) = self.figure(t, row, col, None, (None, None)) else { continue };
                let draft = self.measures.entry(id.clone()).or_default();
                draft.aggregate |= aggregates.contains(&id);
                draft.values.entry((period, code)).or_insert(figure);
            }
        }
        Ok(())
    }

    /// A table with a row per area (and period), each other column of figures a measure
    /// titled by its header. Totals (a nation's or a region's row, by its code) are not areas
    /// to rank councils among, and rows with no figure and no area (footnotes) are passed over.
    fn measure_columns(&mut self, t: &Table, spec: &ValueFiles) -> Result<(), String> {
        let area = t.role(&spec.columns, "area")?;
        let area_name = t.role(&spec.columns, "area_name")?;
        let Some(area_col) = area.or(area_name) else { return Err(msg::p().pack_no_column(&t.path, "area")) };
        let period = t.role(&spec.columns, "period")?;
        if period.is_none() && spec.period.is_none() {
            return Err(msg::p().pack_no_column(&t.path, "period"));
        }
        let named: Vec<usize> = spec.columns.values().filter_map(|name| t.column(name).ok()).collect();
        let free: Vec<(usize, String)> = t
            .header
            .iter()
            .enumerate()
            .filter(|(i, _)| !named.contains(i))
            .map(|(i, h)| (i, h.clone()))
            .collect();
        let measures = crate::import::table::measure_columns(&t.sheet, t.first, &free);
        for (row, cells) in t.rows() {
            let raw = t.text(row, Some(area_col));
            let Some(code) = self.area_code(&raw) else {
                if !raw.is_empty()
                    && measures.iter().any(|(c, _)| cells.get(*c).is_some_and(|x| !x.is_empty()))
                {
                    self.warn(t.at(row, area_col), msg::p().pack_unknown_area(&raw));
                }
                continue;
            };
            if matches!(kind_of_code(&code), "nation" | "region") {
                continue;
            }
            let name = area_name.map_or_else(|| raw.clone(), |c| t.text(row, Some(c)));
            self.areas
                .entry(code.clone())
                .or_insert_with(|| (Text::plain(name), kind_of_code(&code).to_string()));
            let period_raw =
                period.map_or_else(|| spec.period.clone().unwrap_or_default(), |c| t.text(row, Some(c)));
            let Some((interval, aggregate)) = interval_of(&period_raw, self.cal) else {
                self.error(t.at(row, period.unwrap_or(area_col)), msg::p().pack_not_a_period(&period_raw));
                continue;
            };
            for (col, series) in &measures {
                let Some(figure) = self.figure(t, row, *col, None, (None, None)) else { continue };
                let draft = self.measures.entry(crate::import::ids::slug(&series.name)).or_default();
                draft.aggregate |= aggregate;
                if series.percent {
                    draft.percent = true;
                    draft.unit.get_or_insert_with(|| "percent".into());
                }
                draft.title.get_or_insert_with(|| series.name.clone());
                draft.values.entry((interval, code.clone())).or_insert(figure);
            }
        }
        Ok(())
    }

    /// A row's figure: the value (or why there is none) and its limits.
    fn figure(
        &mut self,
        t: &Table,
        row: usize,
        value: usize,
        status: Option<usize>,
        limits: (Option<usize>, Option<usize>),
    ) -> Option<super::Figure> {
        let number = |b: &mut Builder, col: Option<usize>| -> Option<f64> {
            let col = col?;
            match t.sheet.cell(row, col) {
                Cell::Number { value, .. } => Some(*value),
                Cell::Empty => None,
                c => match b.words.figure(&c.text()) {
                    Figure::Number { value, .. } => Some(value),
                    _ => None,
                },
            }
        };
        let mut figure = super::Figure {
            lower: number(self, limits.0),
            upper: number(self, limits.1),
            ..Default::default()
        };
        let status_raw = t.text(row, status);
        if let Some((code, _)) = crate::import::words::open_data_status(&status_raw) {
            figure.status = Some(match code {
                'c' => ValueStatus::Suppressed,
                'z' => ValueStatus::NotApplicable,
                'u' => ValueStatus::LowReliability,
                _ => ValueStatus::NotAvailable,
            });
        } else if !status_raw.is_empty() {
            figure.status = Some(ValueStatus::Other(status_raw));
        }
        match t.sheet.cell(row, value) {
            Cell::Number { value, .. } => figure.value = Some(*value),
            Cell::Empty => {}
            c => match self.words.figure(&c.text()) {
                Figure::Number { value, .. } => figure.value = Some(value),
                Figure::Missing => figure.status = figure.status.or(Some(ValueStatus::NotAvailable)),
                Figure::Suppressed => figure.status = figure.status.or(Some(ValueStatus::Suppressed)),
                Figure::Unreadable => {
                    let text = c.text();
                    self.error(t.at(row, value), msg::p().pack_not_a_number(&text));
                    return None;
                }
            },
        }
        if figure.value.is_some() && figure.status == Some(ValueStatus::Suppressed) {
            figure.value = None;
        }
        Some(figure)
    }

    /// ONS's metadata beside an indicator's CSV.
    fn sidecar(&mut self, id: &str, path: &str, several: bool) {
        let Ok(bytes) = self.files.read(path) else { return };
        self.note_file(path);
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(
            bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes),
        ) else {
            self.warn(path.to_string(), msg::t().not_json(""));
            return;
        };
        let all = &v["ess-beta-metadata"];
        // A file of several indicators keeps each one's metadata under its name, and what
        // they share (the source) under "shared".
        let named = self.measures.get(id).and_then(|d| d.title.clone());
        let m = named.as_deref().map(|t| &all[t]).filter(|o| o.is_object()).unwrap_or(all);
        let shared = &all["shared"];
        let s = |k: &str| {
            m[k].as_str().or_else(|| shared[k].as_str()).map(str::to_string).filter(|s| !s.trim().is_empty())
        };
        let draft = self.measures.entry(id.to_string()).or_default();
        // Where a file holds several indicators, each keeps its own name.
        if !several || draft.title.is_none() {
            draft.title = s("label").or(draft.title.take());
        }
        draft.description = s("subtitle");
        draft.caveats = s("caveats");
        draft.decimals =
            m["decimalPlaces"].as_u64().or_else(|| shared["decimalPlaces"].as_u64()).map(|d| d.min(6) as u8);
        draft.unit = match s("suffix").as_deref() {
            Some("%") => Some("percent".into()),
            _ => None,
        };
        draft.source = match (s("sourceOrg"), s("sourceURL")) {
            (Some(org), Some(url)) => Some(format!("{org}: {url}")),
            (org, url) => org.or(url),
        };
    }

    fn measure_file(&mut self, spec: &MeasureFile) -> Result<(), String> {
        let t = self.table(&spec.file, spec.sheet.as_deref(), None)?;
        let role = |r: &str| t.role(&spec.columns, r);
        let Some(id) = role("id")? else { return Err(msg::p().pack_no_column(&spec.file, "id")) };
        let (title, polarity, midpoint, format) =
            (role("title")?, role("polarity")?, role("midpoint")?, role("format")?);
        let (family, description, source) = (role("family")?, role("description")?, role("source")?);
        let by_code: HashMap<String, Vec<String>> = self.measures.keys().fold(HashMap::new(), |mut m, k| {
            m.entry(code_key(k)).or_default().push(k.clone());
            m
        });
        for (row, _) in t.rows() {
            let Some(ids) = by_code.get(&code_key(&t.text(row, Some(id)))) else { continue };
            let text = |c: Option<usize>| Some(t.text(row, c)).filter(|s| !s.is_empty());
            let percent = text(format).is_some_and(|f| f.contains('%'));
            let word = t.text(row, polarity);
            let word = spec.words.get(word.trim()).cloned().unwrap_or(word);
            // A target's midpoint is written as a fraction where the format is a percentage.
            let scale = if percent { 100.0 } else { 1.0 };
            let mid =
                text(midpoint).and_then(|m| m.parse::<f64>().ok()).map(|m| (m * scale * 1e9).round() / 1e9);
            let found = match (self.words.polarity(&word), mid) {
                (Some(crate::model::Polarity::Target), Some(mid)) => Some(Polarity::Target(mid)),
                (Some(crate::model::Polarity::Higher), _) => Some(Polarity::Higher),
                (Some(crate::model::Polarity::Lower), _) => Some(Polarity::Lower),
                (Some(crate::model::Polarity::Neutral), _) => Some(Polarity::Neutral),
                (Some(crate::model::Polarity::Target), None) => {
                    let at = t.at(row, polarity.unwrap_or(0));
                    self.error(at, msg::p().midpoint_missing());
                    None
                }
                (None, _) => None,
            };
            for key in ids {
                let Some(draft) = self.measures.get_mut(key) else { continue };
                // The first file to give a field gives it.
                // The first measure file's title wins over the values file's (often the code).
                if !draft.described {
                    draft.title = text(title).or(draft.title.take());
                    draft.described = true;
                }
                if draft.code.is_none() {
                    draft.code = text(Some(id));
                }
                draft.family = draft.family.take().or(text(family));
                draft.description = draft.description.take().or(text(description));
                draft.source = draft.source.take().or(text(source));
                if percent {
                    draft.percent = true;
                    draft.unit = Some("percent".into());
                }
                draft.polarity = draft.polarity.or(found);
            }
        }
        Ok(())
    }
}

/// Builds a pack from a recipe and its files. `Err` for a problem that stops the build (a
/// recipe in another format, a file or column that is not there); the rest are problems.
pub fn build(recipe: &Recipe, files: &dyn Files, retrieved: &str) -> Result<Built, String> {
    if recipe.format != RECIPE_FORMAT {
        return Err(msg::p().pack_wrong_format(
            &crate::read::json::Json::String(recipe.format.as_str().into()),
            RECIPE_FORMAT,
        ));
    }
    let mut b = Builder {
        recipe,
        files,
        cal: Calendar::new(recipe.year_starts.clamp(1, 12)),
        words: Words::default(),
        problems: Vec::new(),
        sources: Vec::new(),
        areas: BTreeMap::new(),
        measures: BTreeMap::new(),
    };
    for v in &recipe.values {
        b.values(v)?;
    }
    for m in &recipe.measures {
        b.measure_file(m)?;
    }
    b.recipe_polarity();
    b.recipe_area_names();
    let (measures, shards) = b.measures_and_shards();
    let (groups, group_shards) = b.groups(&measures)?;
    let pack = Pack {
        id: recipe.id.clone(),
        title: Text::plain(recipe.title.clone()),
        publisher: Text::plain(recipe.publisher.clone()),
        source: recipe.source.clone(),
        licence: recipe.licence.clone(),
        retrieved: retrieved.to_string(),
        published: recipe.published.clone(),
        languages: if b.bilingual() { vec!["en".into(), "cy".into()] } else { vec!["en".into()] },
        files: std::mem::take(&mut b.sources),
        areas: b
            .areas
            .iter()
            .map(|(code, (name, kind))| Area {
                code: code.clone(),
                name: name.clone(),
                kind: kind.clone(),
                parent: None,
            })
            .collect(),
        groups,
        measures,
    };
    Ok(Built { pack, shards, group_shards, problems: b.problems })
}

impl Builder<'_> {
    /// The recipe's polarity for a measure, where the source states none or states it
    /// otherwise: the recipe's wins.
    fn recipe_polarity(&mut self) {
        let recipe = self.recipe;
        for (id, p) in &recipe.polarity {
            if !self.measures.contains_key(id) {
                self.warn(format!("polarity.{id}"), msg::t().unknown_ref(msg::RefKind::Measure, id));
                continue;
            }
            let found = match p {
                serde_json::Value::Number(n) => n.as_f64().map(Polarity::Target),
                serde_json::Value::String(s) if s == "higher" => Some(Polarity::Higher),
                serde_json::Value::String(s) if s == "lower" => Some(Polarity::Lower),
                serde_json::Value::String(s) if s == "neutral" => Some(Polarity::Neutral),
                other => {
                    let allowed = ["higher", "lower", "neutral", "a number (a target's midpoint)"];
                    self.error(
                        format!("polarity.{id}"),
                        msg::t().one_of(&allowed, &crate::read::json::Json::String(other.to_string().into())),
                    );
                    None
                }
            };
            if let Some(d) = self.measures.get_mut(id) {
                d.polarity = found;
            }
        }
    }

    /// The recipe's names for the areas (English first), in place of the files'.
    fn recipe_area_names(&mut self) {
        for (code, names) in &self.recipe.area_names {
            if let Some((name, _)) = self.areas.get_mut(code) {
                *name = Text { versions: names.iter().map(|(l, s)| (l.clone(), s.clone())).collect() };
                name.versions.sort_by_key(|(l, _)| (l != "en", l.clone()));
            }
        }
    }

    /// Each measure as the index lists it, with its shard of figures.
    fn measures_and_shards(&mut self) -> (Vec<Measure>, Vec<Shard>) {
        let mut measures = Vec::new();
        let mut shards = Vec::new();
        let drafts = std::mem::take(&mut self.measures);
        for (id, d) in &drafts {
            let polarity = d.polarity.unwrap_or_else(|| {
                self.warn(id.clone(), msg::p().pack_no_polarity(id));
                Polarity::Neutral
            });
            let mut periods: Vec<Interval> = d.values.keys().map(|(p, _)| *p).collect();
            periods.dedup();
            periods.sort();
            periods.dedup();
            let mut areas: Vec<String> = d.values.keys().map(|(_, a)| a.clone()).collect();
            areas.sort();
            areas.dedup();
            let series = d.series(&periods, &areas);
            measures.push(Measure {
                id: id.clone(),
                title: Text::plain(d.title.clone().unwrap_or_else(|| id.clone())),
                code: d.code.clone(),
                unit: d.unit.clone(),
                decimals: d.decimals,
                polarity,
                aggregate: d.aggregate,
                description: d.description.clone().map(Text::plain),
                caveats: d.caveats.clone().map(Text::plain),
                source: d.source.clone(),
                periods,
                shard: format!("measures/{id}.json"),
            });
            shards.push(Shard { measure: id.clone(), areas, series });
        }
        self.measures = drafts;
        (measures, shards)
    }

    /// The recipe's groups, with the shards of those kept in a shard of their own (path and
    /// text).
    fn groups(&mut self, measures: &[Measure]) -> Result<(Vec<Group>, Vec<GroupShard>), String> {
        let mut groups = Vec::new();
        let mut group_shards = Vec::new();
        for g in &self.recipe.groups {
            for (mut group, own_shard) in self.group(g, measures)? {
                if own_shard {
                    let path = format!("groups/{}.json", group.id);
                    group_shards.push((path.clone(), super::write::group_members(&group.id, &group.members)));
                    // The areas it gives a group, listed in the index: it can then be an area's
                    // first group (the default) before its shard is read.
                    let areas = match &group.members {
                        Members::List(codes) => codes.clone(),
                        Members::Neighbours(lists) => lists.iter().map(|(a, _)| a.clone()).collect(),
                        Members::Shard(_, areas) => areas.clone(),
                    };
                    group.members = Members::Shard(path, areas);
                }
                groups.push(group);
            }
        }
        Ok((groups, group_shards))
    }
}

impl MeasureDraft {
    /// A figure as the pack shows it: a fraction shown as a percentage is scaled in decimals,
    /// so 0.98 is 98, not 98.00000000000001.
    fn shown(&self, x: Option<f64>) -> Option<f64> {
        match (x, self.percent && self.fractions) {
            (Some(v), true) => Some(
                Dec::from_f64(v)
                    .zip(Dec::from_f64(100.0))
                    .and_then(|(d, h)| d.checked_mul(h))
                    .map_or(v * 100.0, Dec::to_f64),
            ),
            (v, _) => v,
        }
    }

    /// The figures by period, each period's in the order of `areas`.
    fn series(&self, periods: &[Interval], areas: &[String]) -> Vec<Series> {
        let column: HashMap<&str, usize> = areas.iter().enumerate().map(|(i, a)| (a.as_str(), i)).collect();
        periods
            .iter()
            .map(|p| {
                let mut s = Series {
                    period: *p,
                    values: vec![None; areas.len()],
                    status: Vec::new(),
                    lower: None,
                    upper: None,
                };
                for ((_, area), f) in
                    self.values.range((*p, String::new())..).take_while(|((q, _), _)| q == p)
                {
                    let i = column[area.as_str()];
                    s.values[i] = self.shown(f.value);
                    if let Some(st) = &f.status {
                        s.status.push((i, st.clone()));
                    }
                    if f.lower.is_some() {
                        s.lower.get_or_insert_with(|| vec![None; areas.len()])[i] = self.shown(f.lower);
                    }
                    if f.upper.is_some() {
                        s.upper.get_or_insert_with(|| vec![None; areas.len()])[i] = self.shown(f.upper);
                    }
                }
                s
            })
            .collect()
    }
}
