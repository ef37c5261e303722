//! A pack's comparator groups, made from the files a recipe names (an area list, a lookup of
//! neighbours, families or regions) once the pack's areas are known: which areas belong, in
//! the order the file gives, and which measures a group is for.

use super::{msg, Builder, GroupRecipe, RecipeText, Table};
use crate::messages::{Lang, PackMessages};
use crate::pack::{Group, GroupKind, Measure, Members};
use crate::text::Text;
use std::collections::BTreeMap;

/// What every group a recipe makes shares: its kind, source and shard.
struct Maker<'r> {
    recipe: &'r GroupRecipe,
    kind: GroupKind,
    source: Text,
}

impl Maker<'_> {
    fn make(
        &self,
        id: String,
        title: Text,
        members: Members,
        description: Option<String>,
        for_measures: Option<Vec<String>>,
    ) -> (Group, bool) {
        (
            Group {
                id,
                title,
                kind: self.kind,
                source: self.source.clone(),
                description: description.map(Text::plain),
                members,
                measures: for_measures,
            },
            self.recipe.shard,
        )
    }

    /// A recipe's one group, under its own id or `default_id`, with its own title.
    fn one(&self, default_id: &str, members: Members) -> Vec<(Group, bool)> {
        let g = self.recipe;
        let id = g.id.clone().unwrap_or_else(|| default_id.into());
        vec![self.make(
            id,
            g.title.as_ref().map(RecipeText::text).unwrap_or_default(),
            members,
            g.description.clone(),
            None,
        )]
    }
}

impl Builder<'_> {
    pub(super) fn group(
        &mut self,
        g: &GroupRecipe,
        measures: &[Measure],
    ) -> Result<Vec<(Group, bool)>, String> {
        let Some(kind) = GroupKind::parse(&g.kind) else {
            return Err(msg::t().one_of(
                &GroupKind::WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
                &crate::read::json::Json::String(g.kind.as_str().into()),
            ));
        };
        let maker = Maker { recipe: g, kind, source: Text::plain(g.source.clone()) };
        let Some(file) = &g.file else { return Ok(self.area_groups(&maker)) };
        let t = self.table(file, None, None)?;
        if kind == GroupKind::Neighbours {
            let area = t.role(&g.columns, "area")?.unwrap_or(0);
            return Ok(maker.one("neighbours", Members::Neighbours(self.neighbours(&t, area))));
        }
        let area = t.role(&g.columns, "area")?.ok_or_else(|| msg::p().pack_no_column(file, "area"))?;
        if !g.clusters.is_empty() {
            return self.cluster_groups(&maker, &t, area);
        }
        self.listed_groups(&maker, (file, &t, area), measures)
    }

    /// Groups made from the areas themselves: everyone (of some kinds), or one group per kind.
    fn area_groups(&self, maker: &Maker) -> Vec<(Group, bool)> {
        let g = maker.recipe;
        let take = |k: &str| g.area_kinds.is_empty() || g.area_kinds.iter().any(|x| x == k);
        if maker.kind != GroupKind::Type {
            let members = self.areas.iter().filter(|(_, (_, k))| take(k)).map(|(c, _)| c.clone()).collect();
            return maker.one("all", Members::List(members));
        }
        let mut kinds: Vec<&str> = self.areas.values().map(|(_, k)| k.as_str()).filter(|k| take(k)).collect();
        kinds.sort();
        kinds.dedup();
        kinds
            .into_iter()
            .map(|k| {
                let members =
                    self.areas.iter().filter(|(_, (_, kk))| kk == k).map(|(c, _)| c.clone()).collect();
                maker.make(
                    format!("type-{k}"),
                    self.words(|m, _| m.pack_type_group(k)),
                    Members::List(members),
                    g.description.clone(),
                    None,
                )
            })
            .collect()
    }

    /// Each area's neighbours in order: a row per area, the area in column `area`.
    fn neighbours(&self, t: &Table, area: usize) -> Vec<(String, Vec<String>)> {
        let mut lists = Vec::new();
        for (row, cells) in t.rows() {
            let Some(code) = self.known(&t.text(row, Some(area))) else { continue };
            let neighbours = (0..cells.len())
                .filter(|&c| c != area)
                .filter_map(|c| self.known(&t.text(row, Some(c))))
                .collect();
            lists.push((code, neighbours));
        }
        lists
    }

    /// One group per letter in each cluster column, described from the recipe's descriptions
    /// file where it has one.
    fn cluster_groups(
        &mut self,
        maker: &Maker,
        t: &Table,
        area: usize,
    ) -> Result<Vec<(Group, bool)>, String> {
        let g = maker.recipe;
        let descriptions: serde_json::Value = g
            .descriptions
            .as_ref()
            .and_then(|p| {
                self.note_file(p);
                self.files.read(p).ok()
            })
            .and_then(|b| serde_json::from_slice(b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&b)).ok())
            .unwrap_or_default();
        let mut out = Vec::new();
        for name in &g.clusters {
            let col = t.column(name)?;
            let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (row, _) in t.rows() {
                if let Some(code) = self.known(&t.text(row, Some(area))) {
                    by.entry(t.text(row, Some(col)).to_lowercase()).or_default().push(code);
                }
            }
            // ONS writes `[x]` for an area in no cluster.
            let letters =
                by.into_iter().filter(|(l, _)| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric()));
            for (letter, members) in letters {
                let slug = crate::import::ids::slug(name);
                let description = descriptions[slug.as_str()][letter.as_str()].as_str().map(str::to_string);
                let named = g.cluster_names.get(name).map(RecipeText::text);
                let title = self.words(|m, lang| {
                    let name = named.as_ref().map_or(name.as_str(), |t| t.get(lang));
                    m.pack_cluster_group(name, &letter.to_uppercase())
                });
                out.push(maker.make(
                    format!("{slug}-cluster-{letter}"),
                    title,
                    Members::List(members),
                    description,
                    None,
                ));
            }
        }
        Ok(out)
    }

    /// Groups listed in a file's `group` column (within a `family` grouping where it has one,
    /// the group then for that family's measures); an area the pack has no values for is
    /// warned of and left out.
    fn listed_groups(
        &mut self,
        maker: &Maker,
        (file, t, area): (&str, &Table, usize),
        measures: &[Measure],
    ) -> Result<Vec<(Group, bool)>, String> {
        let g = maker.recipe;
        let group = t.role(&g.columns, "group")?.ok_or_else(|| msg::p().pack_no_column(file, "group"))?;
        let family = t.role(&g.columns, "family")?;
        let mut by: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        for (row, _) in t.rows() {
            let raw = t.text(row, Some(area));
            let Some(code) = self.known(&raw) else {
                self.warn(t.at(row, area), msg::p().pack_unknown_area(&raw));
                continue;
            };
            let members = by.entry((t.text(row, family), t.text(row, Some(group)))).or_default();
            if !members.contains(&code) {
                members.push(code);
            }
        }
        let prefix = g.id.clone().unwrap_or_else(|| g.kind.clone());
        Ok(by
            .into_iter()
            .filter(|((_, name), _)| !name.is_empty())
            .map(|((fam, name), members)| {
                let for_measures = family.map(|_| {
                    measures
                        .iter()
                        .filter(|m| {
                            self.measures.get(&m.id).and_then(|d| d.family.as_deref()) == Some(fam.as_str())
                        })
                        .map(|m| m.id.clone())
                        .collect()
                });
                let title = if fam.is_empty() { name.clone() } else { format!("{name}: {fam}") };
                let id = listed_group_id(&prefix, &fam, &name);
                maker.make(
                    id,
                    Text::plain(title),
                    Members::List(members),
                    g.description.clone(),
                    for_measures,
                )
            })
            .collect())
    }

    /// Whether the pack is written in Welsh too: the recipe names its areas in Welsh.
    pub(super) fn bilingual(&self) -> bool {
        self.recipe.area_names.values().any(|n| n.contains_key("cy"))
    }

    /// Words the build makes (a group's title), in the pack's languages: English, and Welsh
    /// where the pack is bilingual.
    fn words(&self, say: impl Fn(&dyn PackMessages, &str) -> String) -> Text {
        let mut versions = vec![("en".to_string(), say(msg::p_in(Lang::En), "en"))];
        if self.bilingual() {
            versions.push(("cy".to_string(), say(msg::p_in(Lang::Cy), "cy")));
        }
        Text { versions }
    }

    /// The code of an area the pack has values for, as a file writes it (code or name).
    fn known(&self, raw: &str) -> Option<String> {
        self.area_code(raw).filter(|c| self.areas.contains_key(c))
    }
}

/// "Family Group 2" in the family grouping "Children, Social Work…" is `family-children-2`.
fn listed_group_id(prefix: &str, fam: &str, name: &str) -> String {
    let name_slug = crate::import::ids::slug(name);
    let short = name_slug.strip_prefix(&format!("{prefix}-group-")).unwrap_or(&name_slug);
    if fam.is_empty() {
        format!("{prefix}-{short}")
    } else {
        let fam_slug = crate::import::ids::slug(fam);
        format!("{prefix}-{}-{short}", fam_slug.split('-').next().unwrap_or_default())
    }
}
