//! Ids made from a sheet's text: slugs, kept unique, and groups (services, priorities) found
//! by id or name, added where new.

use super::assemble::GroupRow;

/// A slug from text: `NI 192` → `ni-192`, `Council Tax collected (%)` → `council-tax-collected`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "item".into()
    } else {
        out.chars().take(60).collect::<String>().trim_end_matches('-').to_string()
    }
}

/// A slug not yet in `used` (`-2`, `-3`… added where needed).
pub(super) fn unique(base: String, used: &mut Vec<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.push(id.clone());
    id
}

/// Resolves a group cell (an id or a name) to an id, adding the group where it is new.
pub(super) fn group_id(cell: &str, groups: &mut Vec<GroupRow>) -> String {
    let t = cell.trim();
    if let Some(g) = groups.iter().find(|g| g.id == t || g.name.trim().eq_ignore_ascii_case(t)) {
        return g.id.clone();
    }
    let mut used: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let id = unique(slug(t), &mut used);
    groups.push(GroupRow { id: id.clone(), name: t.to_string(), ..GroupRow::default() });
    id
}

/// A cell naming one or more groups (`Housing; Waste`): the whole cell where it names a
/// group already known (a name may hold a comma), else each part.
pub(super) fn group_ids(cell: &str, groups: &mut Vec<GroupRow>) -> Vec<String> {
    let t = cell.trim();
    if groups.iter().any(|g| g.id == t || g.name.trim().eq_ignore_ascii_case(t)) {
        return vec![group_id(t, groups)];
    }
    t.split([';', ',', '\n']).map(str::trim).filter(|p| !p.is_empty()).map(|p| group_id(p, groups)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("NI 192"), "ni-192");
        assert_eq!(slug("Council Tax collected (%)"), "council-tax-collected");
        assert_eq!(slug("  "), "item");
        assert_eq!(slug("C&L1"), "c-l1");
    }
}
