//! The parts of a scorecard file that `--into` reads or changes, typed; every other field
//! is carried in `rest` and written back as it was. The earlier file may have been published
//! with errors (`check` reads past an item it cannot use), so a part shaped otherwise than
//! the format says is kept as it was ([`Part::Other`]) rather than refused or lost.

use crate::period::Calendar;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Number, Value};

/// One field or list item of the file: absent, shaped as the format says, or something else.
#[derive(Clone, Debug, Default)]
pub(super) enum Part<T> {
    #[default]
    Absent,
    Fits(T),
    Other(Value),
}

impl<T> Part<T> {
    pub(super) fn get(&self) -> Option<&T> {
        match self {
            Part::Fits(t) => Some(t),
            _ => None,
        }
    }

    pub(super) fn get_mut(&mut self) -> Option<&mut T> {
        match self {
            Part::Fits(t) => Some(t),
            _ => None,
        }
    }

    pub(super) fn is_absent(&self) -> bool {
        matches!(self, Part::Absent)
    }

    /// The earlier file's own stays; where it has none, the sheet's.
    pub(super) fn fill_from(&mut self, new: &Part<T>)
    where
        T: Clone,
    {
        if self.is_absent() {
            *self = new.clone();
        }
    }

    /// The sheet's wins wherever it has one.
    pub(super) fn replace_with(&mut self, new: Part<T>) {
        if !new.is_absent() {
            *self = new;
        }
    }
}

impl<E> Part<Vec<E>> {
    /// The list, made empty where the file has none or something else in its place.
    pub(super) fn list(&mut self) -> &mut Vec<E> {
        if !matches!(self, Part::Fits(_)) {
            *self = Part::Fits(Vec::new());
        }
        match self {
            Part::Fits(list) => list,
            _ => unreachable!("just made a list"),
        }
    }

    pub(super) fn into_list(self) -> Vec<E> {
        match self {
            Part::Fits(list) => list,
            _ => Vec::new(),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Part<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        Ok(match T::deserialize(&value) {
            Ok(t) => Part::Fits(t),
            Err(_) => Part::Other(value),
        })
    }
}

impl<T: Serialize> Serialize for Part<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // Fields skip it (`skip_serializing_if`); no list holds one.
            Part::Absent => s.serialize_none(),
            Part::Fits(t) => t.serialize(s),
            Part::Other(v) => v.serialize(s),
        }
    }
}

/// Fields the earlier file lacks come from the sheet: the typed ones by [`Part::fill_from`],
/// these by name.
fn fill_rest(rest: &mut Map<String, Value>, new: &Map<String, Value>) {
    for (k, v) in new {
        if !rest.contains_key(k) {
            rest.insert(k.clone(), v.clone());
        }
    }
}

pub(super) type List<T> = Part<Vec<Part<T>>>;

#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct File {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub year_starts: Part<u64>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub current_period: Part<String>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub published: Part<String>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub priorities: List<Group>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub services: List<Group>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub indicators: List<Indicator>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub actions: List<Action>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub commentary: Part<Vec<Value>>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl File {
    /// A document that is not a JSON object has none of the parts.
    pub(super) fn read(document: &Value) -> File {
        File::deserialize(document).unwrap_or_default()
    }

    pub(super) fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("a file read from JSON is written as JSON")
    }

    pub(super) fn calendar(&self) -> Calendar {
        self.year_starts.get().map_or_else(Calendar::default, |m| Calendar::new(*m as u8))
    }
}

/// A priority or a service.
#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Group {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub id: Part<String>,
    /// A text: one string, or one per language.
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub name: Part<Value>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// The groups an indicator or an action belongs to, by id.
#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Links {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub service: Part<String>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub priorities: List<String>,
}

#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Indicator {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub id: Part<String>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub code: Part<String>,
    #[serde(flatten)]
    pub links: Links,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub values: List<Observation>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl Indicator {
    /// Settings the earlier file lacks come from the sheet; its own stay. Figures are merged
    /// one by one, not here.
    pub(super) fn fill_settings(&mut self, new: &Indicator) {
        self.id.fill_from(&new.id);
        self.code.fill_from(&new.code);
        self.links.service.fill_from(&new.links.service);
        self.links.priorities.fill_from(&new.links.priorities);
        fill_rest(&mut self.rest, &new.rest);
    }
}

/// One period's figures for an indicator.
#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Observation {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub period: Part<String>,
    /// Numbers as written: 98 stays 98, never 98.0.
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub value: Part<Number>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub target: Part<Number>,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub suppressed: Part<bool>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl Observation {
    /// A reprint: the published figures stay, only what they lack comes from the sheet.
    pub(super) fn fill_from(&mut self, new: &Observation) {
        self.period.fill_from(&new.period);
        self.value.fill_from(&new.value);
        self.target.fill_from(&new.target);
        self.suppressed.fill_from(&new.suppressed);
        fill_rest(&mut self.rest, &new.rest);
    }

    /// A restatement: the sheet's figures and notes win; a suppressed figure has no value.
    pub(super) fn restate(&mut self, new: Observation) {
        self.period.replace_with(new.period);
        self.value.replace_with(new.value);
        self.target.replace_with(new.target);
        self.suppressed.replace_with(new.suppressed);
        self.rest.extend(new.rest);
        if !self.suppressed.is_absent() {
            self.value = Part::Absent;
        }
    }
}

#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Action {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub id: Part<String>,
    #[serde(flatten)]
    pub links: Links,
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub updates: List<Update>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// One period's update of an action, replaced whole by the sheet's for the same period.
#[derive(Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Update {
    #[serde(skip_serializing_if = "Part::is_absent")]
    pub period: Part<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_field_is_written_back_as_it_was() {
        let sample: Value = serde_json::from_slice(include_bytes!("../../../../../public/data/sample.json"))
            .expect("the sample is JSON");
        assert_eq!(File::read(&sample).to_value(), sample);
        let odd = json!({"year_starts": 4.0, "current_period": 7, "published": null, "priorities": "none",
            "services": [1, {"id": 2, "name": {"cy": "Gwasanaeth", "en": "Service"}, "extra": [null]}],
            "indicators": [["a"], null, {"id": "a", "service": ["x"], "priorities": ["p", 3], "values": [
                {"period": "2024/25-Q1", "value": 98, "target": 98.5, "suppressed": "yes", "note": {}},
                {"period": null, "value": "n/a"}, 5]},
                {"code": "C", "priorities": {"p": 1}, "values": {}}],
            "actions": [{"id": "x", "service": null, "updates": [{"period": 1}, "u"]}, []],
            "commentary": {}, "unknown": [1, 2.5, -3]});
        assert_eq!(File::read(&odd).to_value(), odd);
    }

    #[test]
    fn a_part_not_shaped_as_the_format_says_is_kept_aside() {
        let f = File::read(&json!({"indicators": [["a", "b"], {"id": 1}]}));
        let inds = f.indicators.get().expect("a list");
        assert!(matches!(inds[0], Part::Other(_)), "an array is not an indicator");
        assert!(matches!(inds[1].get().map(|i| &i.id), Some(Part::Other(_))));
        assert!(File::read(&json!([1])).to_value() == json!({}));
    }
}
