//! A comparator group the reader makes by naming councils (compare spec §6): kept in the URL
//! as `custom:CODE,CODE…`, the council itself always a member.

use super::{Group, GroupKind, Members, Pack};
use crate::text::Text;

/// How a custom group's id begins.
pub const PREFIX: &str = "custom:";

/// Whether a group id (the route's `peers`) names a custom group.
pub fn is_custom(id: &str) -> bool {
    id.starts_with(PREFIX)
}

/// The codes a custom group's id names, in order, each once, empty entries dropped.
pub fn codes(id: &str) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    id.strip_prefix(PREFIX)
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty() && seen.insert(*c))
        .collect()
}

/// The id for a set of codes.
pub fn id(codes: &[&str]) -> String {
    format!("{PREFIX}{}", codes.join(","))
}

/// The group `id` names, as seen from `area`: the area and the named areas the pack has,
/// titled by `title` from their number. Also the codes the pack does not have, to be named to
/// the reader, never dropped silently. Work is bounded by the pack's areas, however long the id.
pub fn group(
    pack: &Pack,
    area: &str,
    id: &str,
    title: impl FnOnce(usize) -> Text,
    source: Text,
) -> (Group, Vec<String>) {
    let mut members = vec![area.to_string()];
    let mut unknown = Vec::new();
    for code in codes(id) {
        if code == area {
            continue;
        }
        if pack.area(code).is_some() {
            if members.len() <= pack.areas.len() {
                members.push(code.to_string());
            }
        } else if unknown.len() < 10 {
            unknown.push(code.to_string());
        }
    }
    let group = Group {
        id: id.to_string(),
        title: title(members.len()),
        kind: GroupKind::Custom,
        source,
        description: None,
        members: Members::List(members),
        measures: None,
    };
    (group, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Area;

    fn pack() -> Pack {
        let area = |code: &str| Area {
            code: code.into(),
            name: Text::plain(code),
            kind: "unitary".into(),
            parent: None,
        };
        Pack {
            id: "p".into(),
            title: Text::plain("p"),
            publisher: Text::plain("p"),
            source: String::new(),
            licence: String::new(),
            retrieved: String::new(),
            published: String::new(),
            languages: vec!["en".into()],
            files: Vec::new(),
            areas: vec![area("A"), area("B"), area("C")],
            groups: Vec::new(),
            measures: Vec::new(),
        }
    }

    #[test]
    fn the_council_is_always_a_member_and_unknown_codes_are_named() {
        let (g, unknown) = group(&pack(), "A", "custom:C,,B,Z9,C,A", |_| Text::plain("t"), Text::plain("s"));
        assert_eq!(g.members_for("A"), Some(vec!["A", "C", "B"]));
        assert_eq!(unknown, ["Z9"]);
        assert_eq!(g.kind, GroupKind::Custom);
        assert!(g.applies_to("any-measure"));
        let (g, _) = group(&pack(), "A", "custom:C,A,Z9", |n| Text::plain(n.to_string()), Text::plain("s"));
        assert_eq!(g.title.get("en"), "2", "titled by its members: the area and C");
    }

    #[test]
    fn ids_round_trip() {
        assert!(is_custom("custom:") && !is_custom("family-1"));
        assert_eq!(codes(&id(&["B", "C"])), ["B", "C"]);
        assert_eq!(codes("custom:"), Vec::<&str>::new());
    }

    #[test]
    fn a_long_id_costs_no_more_than_the_pack_holds() {
        let long = format!("custom:{}", vec!["B"; 100_000].join(","));
        let (g, unknown) = group(&pack(), "A", &long, |_| Text::plain("t"), Text::plain("s"));
        assert_eq!(g.members_for("A").map(|m| m.len()), Some(2));
        assert!(unknown.is_empty());
        let junk = format!("custom:{}", (0..50_000).map(|i| format!("X{i}")).collect::<Vec<_>>().join(","));
        let (_, unknown) = group(&pack(), "A", &junk, |_| Text::plain("t"), Text::plain("s"));
        assert_eq!(unknown.len(), 10);
    }
}
