//! `scorecard pack build|check|info`: benchmark packs on the command line (compare spec §4–5;
//! `compare.rs` is `scorecard compare`). A pack is its `index.json` with its shards beside it.

use crate::{args, read_input, Failure};
use scorecard_core::messages as msg;
use scorecard_core::pack::build::{self, Files, Recipe};
use scorecard_core::pack::read::{self as pack_read, Loaded};
use scorecard_core::pack::{write, Interval, Members, Pack, Shard};
use scorecard_core::{Diagnostic, Severity};
use serde_json::json;
use std::path::{Path, PathBuf};

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    match argv.first().map(String::as_str) {
        Some("build") => build_pack(&argv[1..]),
        Some("check") => check(&argv[1..]).map_err(Failure::Usage),
        Some("info") => info(&argv[1..]),
        Some(other) => Err(Failure::Usage(msg::t().unknown_command(&format!("pack {other}")))),
        None => Err(Failure::Usage(msg::t().no_command())),
    }
}

/// A folder of source files, read as the recipe names them.
struct Dir(PathBuf);

impl Files for Dir {
    fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        std::fs::read(self.0.join(path))
            .map_err(|e| format!("{path}: {}", msg::t().cannot_read_file(&e.to_string())))
    }

    fn list(&self, pattern: &str) -> Vec<String> {
        let mut found = vec![String::new()];
        for part in pattern.split('/') {
            let mut next = Vec::new();
            for base in &found {
                let Ok(entries) = std::fs::read_dir(self.0.join(base)) else { continue };
                for e in entries.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    if build::matches(part, &name) {
                        next.push(if base.is_empty() { name } else { format!("{base}/{name}") });
                    }
                }
            }
            found = next;
        }
        found.sort();
        found
    }
}

/// `scorecard pack build RECIPE --from DIR -o OUT/index.json`
fn build_pack(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["from", "o", "output"])?;
    let [recipe_path] = a.positional.as_slice() else {
        return Err(Failure::Usage(msg::p().pack_build_needs_recipe()));
    };
    let out =
        a.option("o").or(a.option("output")).ok_or_else(|| Failure::Usage(msg::t().option_required("o")))?;
    let from = a.option("from").map_or_else(
        || Path::new(recipe_path).parent().unwrap_or(Path::new(".")).to_path_buf(),
        PathBuf::from,
    );
    let bytes = read_input(recipe_path).map_err(Failure::Fatal)?;
    let recipe: Recipe = serde_json::from_slice(&bytes)
        .map_err(|e| Failure::Fatal(format!("{recipe_path}: {}", msg::t().not_json(&e.to_string()))))?;
    let built = build::build(&recipe, &Dir(from), &crate::import::today()).map_err(Failure::Fatal)?;
    let out = Path::new(out);
    write_pack(out, &built.pack, &built.shards, &built.group_shards).map_err(Failure::Fatal)?;
    let mut worst = 0;
    for p in &built.problems {
        eprintln!(
            "{}: {} {}",
            p.at,
            msg::t().severity(if p.error { Severity::Error } else { Severity::Warning }),
            p.message
        );
        if p.error {
            worst = 1;
        }
    }
    let pack = &built.pack;
    eprintln!(
        "{}",
        msg::p().pack_built(
            &out.display().to_string(),
            pack.measures.len(),
            pack.areas.len(),
            pack.groups.len()
        )
    );
    Ok(worst)
}

/// Writes a pack's index at `out`, and its measure and group shards at the paths the index
/// gives, beside it, then says what it wrote on stderr.
pub(crate) fn write_pack(
    out: &Path,
    pack: &Pack,
    shards: &[Shard],
    group_shards: &[(String, String)],
) -> Result<(), String> {
    let folder = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let (index, beside) = write::files(pack, shards, group_shards);
    for (path, text) in &beside {
        write_file(&folder.join(path), text)?;
    }
    write_file(out, &index)
}

/// Writes a file, making its folder first.
pub(crate) fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let fail = |e: std::io::Error| msg::t().cannot_write(&path.display().to_string(), &e.to_string());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(path, text).map_err(fail)
}

/// A pack read from its index and, as asked, its shards.
pub(crate) struct Opened {
    folder: PathBuf,
    pub(crate) pack: Pack,
    diagnostics: Vec<(String, Diagnostic)>,
}

pub(crate) fn open(path: &str) -> Result<Opened, Failure> {
    let bytes = read_input(path).map_err(|e| Failure::Fatal(format!("{path}: {e}")))?;
    let loaded = pack_read::index(&bytes);
    let folder = Path::new(path).parent().unwrap_or(Path::new(".")).to_path_buf();
    let diagnostics = loaded.diagnostics.iter().map(|d| (path.to_string(), d.clone())).collect();
    match loaded.value {
        Some(pack) => Ok(Opened { folder, pack, diagnostics }),
        None => {
            let d = &loaded.diagnostics[0];
            Err(Failure::Fatal(format!("{path}: {} {}", d.pointer, d.message).replace(":  ", ": ")))
        }
    }
}

impl Opened {
    fn file(&self, rel: &str) -> (String, Result<Vec<u8>, String>) {
        let p = self.folder.join(write::file(rel));
        let name = p.display().to_string();
        let bytes = std::fs::read(&p).map_err(|e| msg::t().cannot_read_file(&e.to_string()));
        (name, bytes)
    }

    pub(crate) fn shard(&mut self, measure: &str) -> Result<Shard, String> {
        let m = self
            .pack
            .measure(measure)
            .cloned()
            .ok_or_else(|| msg::t().unknown_ref(msg::RefKind::Measure, measure))?;
        let (name, bytes) = self.file(&m.shard);
        let loaded = pack_read::shard(&bytes.map_err(|e| format!("{name}: {e}"))?, &self.pack, &m);
        self.diagnostics.extend(loaded.diagnostics.iter().map(|d| (name.clone(), d.clone())));
        loaded.value.ok_or_else(|| format!("{name}: {}", loaded.diagnostics[0].message))
    }

    /// Reads the members of every group kept in a shard of its own into the pack.
    pub(crate) fn group_shards(&mut self) -> Result<(), String> {
        for i in 0..self.pack.groups.len() {
            let Members::Shard(rel, _) = &self.pack.groups[i].members else { continue };
            let (name, bytes) = self.file(&rel.clone());
            let id = self.pack.groups[i].id.clone();
            let loaded: Loaded<Members> =
                pack_read::group_members(&bytes.map_err(|e| format!("{name}: {e}"))?, &self.pack, &id);
            self.diagnostics.extend(loaded.diagnostics.iter().map(|d| (name.clone(), d.clone())));
            let members = loaded.value.ok_or_else(|| format!("{name}: {}", loaded.diagnostics[0].message))?;
            self.pack.put_members(&id, members);
        }
        Ok(())
    }
}

/// `scorecard pack check PACK...`: the index, every shard and every group's shard.
fn check(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &[])?;
    if a.positional.is_empty() {
        return Err(msg::t().check_needs_file());
    }
    let mut worst = 0u8;
    for path in &a.positional {
        let mut opened = match open(path) {
            Ok(o) => o,
            Err(Failure::Fatal(m) | Failure::Usage(m)) => {
                outln!("{m}");
                worst = 2;
                continue;
            }
        };
        let mut unread = Vec::new();
        if let Err(e) = opened.group_shards() {
            unread.push(e);
        }
        let ids: Vec<String> = opened.pack.measures.iter().map(|m| m.id.clone()).collect();
        for id in &ids {
            if let Err(e) = opened.shard(id) {
                unread.push(e);
            }
        }
        for (file, d) in &opened.diagnostics {
            outln!("{file}: {} {}: {}", msg::t().severity(d.severity), d.pointer, d.message);
        }
        for e in &unread {
            outln!("{e}");
        }
        let errors =
            opened.diagnostics.iter().filter(|(_, d)| d.severity == Severity::Error).count() + unread.len();
        let p = &opened.pack;
        outln!("{path}: {}", msg::p().pack_summary(p.measures.len(), p.areas.len(), p.groups.len(), errors));
        worst = worst.max(u8::from(errors > 0));
    }
    Ok(worst)
}

/// `scorecard pack info PACK [--json]`
fn info(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &[])?;
    let [path] = a.positional.as_slice() else { return Err(Failure::Usage(msg::t().check_needs_file())) };
    let mut opened = open(path)?;
    opened.group_shards().map_err(Failure::Fatal)?;
    let p = &opened.pack;
    let lang = p.languages.first().map_or("en", String::as_str);
    let size = |g: &scorecard_core::pack::Group| match &g.members {
        Members::List(m) => m.len(),
        Members::Neighbours(n) => n.first().map_or(0, |(_, ns)| ns.len() + 1),
        Members::Shard(..) => 0,
    };
    if a.json {
        let doc = json!({
            "id": p.id,
            "title": p.title.get(lang),
            "measures": p.measures.iter().map(|m| json!({
                "id": m.id, "title": m.title.get(lang), "polarity": m.polarity.as_str(),
                "periods": m.periods.iter().map(Interval::to_string).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "groups": p.groups.iter().map(|g| json!({
                "id": g.id, "kind": g.kind.as_str(), "title": g.title.get(lang), "measures": g.measures,
            })).collect::<Vec<_>>(),
            "areas": p.areas.iter().map(|a| json!({"code": a.code, "name": a.name.get(lang), "kind": a.kind})).collect::<Vec<_>>(),
        });
        outln!("{doc}");
        return Ok(0);
    }
    outln!("{} ({})", p.title.get(lang), p.id);
    outln!("{}", msg::p().pack_summary(p.measures.len(), p.areas.len(), p.groups.len(), 0));
    for m in &p.measures {
        let (first, last) = (m.periods.first(), m.periods.last());
        let span = match (first, last) {
            (Some(f), Some(l)) if f != l => format!("{f} … {l}"),
            (Some(f), _) => f.to_string(),
            _ => String::new(),
        };
        outln!("{}\t{}\t{}\t{}", m.id, m.polarity.as_str(), span, m.title.get(lang));
    }
    for g in &p.groups {
        outln!("{}\t{}\t{}\t{}", g.id, g.kind.as_str(), size(g), g.title.get(lang));
    }
    for a in &p.areas {
        outln!("{}\t{}\t{}", a.code, a.kind, a.name.get(lang));
    }
    Ok(0)
}
