//! Benchmark packs in the dashboard: each index fetched once (the scorecard's own origin or
//! an allowed one, refused before reading when too large), each measure's shard and each
//! long group list when a view first asks, all read by the core. A pack that cannot be read
//! is said where it would have been shown; the rest of the dashboard is unaffected.

use leptos::prelude::*;
use scorecard_core::pack::compare::Row;
use scorecard_core::pack::read::{self, MAX_INDEX_BYTES, MAX_SHARD_BYTES};
use scorecard_core::pack::write;
use scorecard_core::pack::{Members, Pack, Shard};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A file on its way: not yet here, here, or what went wrong.
#[derive(Clone)]
pub enum Loading<T> {
    Pending,
    Ready(Arc<T>),
    Failed(String),
}

impl<T> Loading<T> {
    pub fn ready(&self) -> Option<&Arc<T>> {
        match self {
            Loading::Ready(t) => Some(t),
            _ => None,
        }
    }
}

type Key = (String, String);

/// The packs a scorecard (or a `?pack=` link) names, and what has been fetched of them.
#[derive(Clone, Copy)]
pub struct Packs {
    /// The address pack links are resolved against (the scorecard's); empty in a preview.
    base: StoredValue<String>,
    allowed: StoredValue<Vec<String>>,
    urls: StoredValue<Vec<String>>,
    indexes: RwSignal<BTreeMap<String, Loading<Pack>>>,
    shards: RwSignal<BTreeMap<Key, Loading<Shard>>>,
    groups: RwSignal<BTreeMap<Key, Loading<Members>>>,
    /// Rows already worked out, by what they depend on: a view redrawn as each shard arrives
    /// works out only the new one's, not every row again (n² with many measures).
    rows: StoredValue<std::collections::HashMap<String, Arc<Row>>>,
    /// Shards arrived since the last frame, put in place together (`arrive`).
    arrived: StoredValue<Vec<(Key, Loading<Shard>)>>,
}

impl Packs {
    pub fn new(base: String, allowed: Vec<String>, urls: Vec<String>) -> Packs {
        Packs {
            base: StoredValue::new(base),
            allowed: StoredValue::new(allowed),
            urls: StoredValue::new(urls),
            indexes: RwSignal::new(BTreeMap::new()),
            shards: RwSignal::new(BTreeMap::new()),
            groups: RwSignal::new(BTreeMap::new()),
            rows: StoredValue::new(Default::default()),
            arrived: StoredValue::new(Vec::new()),
        }
    }

    /// The packs of the comparison being drawn (`main.rs` provides them beside the dashboard's
    /// state).
    pub fn here() -> Packs {
        expect_context::<Packs>()
    }

    /// The row `key` names, worked out by `compute` the first time.
    pub fn row(&self, key: String, compute: impl FnOnce() -> Option<Row>) -> Option<Arc<Row>> {
        if let Some(r) = self.rows.with_value(|m| m.get(&key).cloned()) {
            return Some(r);
        }
        let r = Arc::new(compute()?);
        self.rows.update_value(|m| {
            m.insert(key, r.clone());
        });
        Some(r)
    }

    pub fn any(&self) -> bool {
        self.urls.with_value(|u| !u.is_empty())
    }

    /// Every pack the scorecard names, fetching those not yet asked for.
    pub fn all(&self) -> Vec<(String, Loading<Pack>)> {
        self.urls.get_value().into_iter().map(|u| (u.clone(), self.index(&u))).collect()
    }

    /// A pack's index: fetched on the first ask, tracked after.
    pub fn index(&self, url: &str) -> Loading<Pack> {
        if let Some(l) = self.indexes.with(|m| m.get(url).cloned()) {
            return l;
        }
        self.indexes.update_untracked(|m| {
            m.insert(url.to_string(), Loading::Pending);
        });
        let (this, owned) = (*self, url.to_string());
        leptos::task::spawn_local(async move {
            let got = this.fetch(&owned, MAX_INDEX_BYTES).await.and_then(|bytes| {
                let loaded = read::index(&bytes);
                loaded.value.map(Arc::new).ok_or_else(|| first_problem(&owned, &loaded.diagnostics))
            });
            this.indexes.update(|m| {
                m.insert(owned, got.map_or_else(Loading::Failed, Loading::Ready));
            });
        });
        self.indexes.with(|m| m.get(url).cloned()).unwrap_or(Loading::Pending)
    }

    /// A measure's shard, beside its pack's index.
    pub fn shard(&self, url: &str, pack: &Arc<Pack>, measure: &str) -> Loading<Shard> {
        let key = (url.to_string(), measure.to_string());
        if let Some(l) = self.shards.with(|m| m.get(&key).cloned()) {
            return l;
        }
        let Some(m) = pack.measure(measure).cloned() else {
            return Loading::Failed(
                scorecard_core::messages::t()
                    .unknown_ref(scorecard_core::messages::RefKind::Measure, measure),
            );
        };
        self.shards.update_untracked(|s| {
            s.insert(key.clone(), Loading::Pending);
        });
        let (this, pack) = (*self, pack.clone());
        let at = beside(url, &m.shard);
        leptos::task::spawn_local(async move {
            let got = this.fetch(&at, MAX_SHARD_BYTES).await.and_then(|bytes| {
                let loaded = read::shard(&bytes, &pack, &m);
                loaded
                    .value
                    .map(Arc::new)
                    .ok_or_else(|| first_problem(write::file(&m.shard), &loaded.diagnostics))
            });
            this.arrive(key, got.map_or_else(Loading::Failed, Loading::Ready));
        });
        self.shards
            .with(|m| m.get(&(url.to_string(), measure.to_string())).cloned())
            .unwrap_or(Loading::Pending)
    }

    /// Puts an arrived shard in place. Shards arriving within a frame of each other are put
    /// in place together: a pack on its own asks for every measure at once, and each update
    /// redraws what reads the shards.
    fn arrive(&self, key: Key, shard: Loading<Shard>) {
        let first = self.arrived.try_update_value(|a| {
            a.push((key, shard));
            a.len() == 1
        });
        if first != Some(true) {
            return;
        }
        let this = *self;
        scorecard_app::tasks::run(scorecard_app::tasks::Phase::Gathered, move || {
            let arrived = this.arrived.try_update_value(std::mem::take).unwrap_or_default();
            let _ = this.shards.try_update(|s| s.extend(arrived));
        });
    }

    /// A group's members, fetched from the group's own shard where the index keeps them there.
    pub fn members(&self, url: &str, pack: &Arc<Pack>, group: &str) -> Loading<Members> {
        let Some(g) = pack.group(group) else { return Loading::Failed(String::new()) };
        let Members::Shard(path, _) = &g.members else { return Loading::Ready(Arc::new(g.members.clone())) };
        let key = (url.to_string(), group.to_string());
        if let Some(l) = self.groups.with(|m| m.get(&key).cloned()) {
            return l;
        }
        self.groups.update_untracked(|s| {
            s.insert(key.clone(), Loading::Pending);
        });
        let (this, pack, id, path) = (*self, pack.clone(), group.to_string(), path.clone());
        let at = beside(url, &path);
        leptos::task::spawn_local(async move {
            let got = this.fetch(&at, MAX_SHARD_BYTES).await.and_then(|bytes| {
                let loaded = read::group_members(&bytes, &pack, &id);
                loaded.value.map(Arc::new).ok_or_else(|| first_problem(&path, &loaded.diagnostics))
            });
            this.groups.update(|s| {
                s.insert(key, got.map_or_else(Loading::Failed, Loading::Ready));
            });
        });
        Loading::Pending
    }

    async fn fetch(&self, url: &str, limit: usize) -> Result<Vec<u8>, String> {
        let base = self.base.get_value();
        if base.is_empty() {
            return Err(scorecard_app::i18n::t().packs_not_in_preview().to_string());
        }
        let resolved = scorecard_app::load::resolve_against(url, &base, &self.allowed.get_value())?;
        // Named to the reader without a shard's version (`?v=`).
        scorecard_app::load::fetch_bytes(&resolved, write::file(url), limit).await
    }
}

/// A shard's path beside its index's address.
fn beside(index: &str, path: &str) -> String {
    match index.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{path}"),
        None => path.to_string(),
    }
}

fn first_problem(file: &str, d: &[scorecard_core::Diagnostic]) -> String {
    d.first().map_or_else(String::new, |d| format!("{file} {}: {}", d.pointer, d.message))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_shard_is_found_beside_its_index() {
        assert_eq!(super::beside("packs/uk/index.json", "measures/a.json"), "packs/uk/measures/a.json");
        assert_eq!(super::beside("index.json", "measures/a.json"), "measures/a.json");
    }
}
