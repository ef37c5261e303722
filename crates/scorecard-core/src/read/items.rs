//! Groups (priorities and services), actions and commentary.

use super::fields::Reporter;
use super::json::{get, Json as Value};
use crate::diag::Path;
use crate::messages as msg;
use crate::model::{Action, ActionStatus, ActionUpdate, Comment, Group, Scope};
use std::collections::HashMap;

/// The ids that items may refer to.
pub struct Refs<'a> {
    pub services: Vec<&'a str>,
    pub priorities: Vec<&'a str>,
}

impl Refs<'_> {
    pub fn check_service(&self, r: &mut Reporter, id: &str, at: &Path) -> bool {
        let ok = self.services.contains(&id);
        if !ok {
            r.error(at, msg::t().unknown_ref(msg::RefKind::Service, id));
        }
        ok
    }

    pub fn check_priority(&self, r: &mut Reporter, id: &str, at: &Path) -> bool {
        let ok = self.priorities.contains(&id);
        if !ok {
            r.error(at, msg::t().unknown_ref(msg::RefKind::Priority, id));
        }
        ok
    }
}

/// Reads each element of `items` with `read_one`; an element that reports an error is left
/// out and counted, and an id already used by an earlier element is an error.
fn read_each<T>(
    r: &mut Reporter,
    items: &[Value<'_>],
    at: &Path,
    left_out: &mut usize,
    id_of: impl Fn(&T) -> Option<&str>,
    mut read_one: impl FnMut(&mut Reporter, &Value<'_>, &Path, usize) -> Option<T>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, v) in items.iter().enumerate() {
        let here = at.index(i);
        let before = r.errors;
        let item = read_one(r, v, &here, i);
        if let Some(id) = item.as_ref().and_then(&id_of) {
            if let Some(first) = seen.get(id) {
                r.error(&here.key("id"), msg::t().duplicate_id(id, &format!("{}/{first}", at.pointer())));
            } else {
                seen.insert(id.to_string(), i);
            }
        }
        match item {
            Some(item) if r.errors == before => out.push(item),
            _ => *left_out += 1,
        }
    }
    out
}

pub fn read_groups(
    r: &mut Reporter,
    items: &[Value<'_>],
    at: &Path,
    priorities: &[String],
    left_out: &mut usize,
) -> Vec<Group> {
    read_each(
        r,
        items,
        at,
        left_out,
        |g: &Group| Some(&g.id),
        |r, v, here, _| {
            let o = r.object(v, here)?;
            r.unknown_fields(o, here, &["id", "name", "priority", "portfolio", "partner"]);
            let id = r.required(o, "id", here).and_then(|v| r.slug(v, &here.key("id")));
            let name = r.required(o, "name", here).and_then(|v| r.text(v, &here.key("name")));
            let priority = get(o, "priority").and_then(|v| {
                let at = here.key("priority");
                let p = r.slug(v, &at)?;
                if priorities.contains(&p) {
                    Some(p)
                } else {
                    r.error(&at, msg::t().unknown_ref(msg::RefKind::Priority, &p));
                    None
                }
            });
            let portfolio = get(o, "portfolio").and_then(|v| r.text(v, &here.key("portfolio")));
            let partner = get(o, "partner").and_then(|v| r.text(v, &here.key("partner")));
            Some(Group { id: id?, name: name?, priority, portfolio, partner })
        },
    )
}

pub fn read_actions(
    r: &mut Reporter,
    items: &[Value<'_>],
    at: &Path,
    refs: &Refs,
    left_out: &mut usize,
) -> Vec<Action> {
    read_each(
        r,
        items,
        at,
        left_out,
        |a: &Action| Some(&a.id),
        |r, v, here, index| {
            let o = r.object(v, here)?;
            r.unknown_fields(o, here, &["id", "title", "service", "priorities", "due", "owner", "updates"]);
            let id = r.required(o, "id", here).and_then(|v| r.slug(v, &here.key("id")));
            let title = r.required(o, "title", here).and_then(|v| r.text(v, &here.key("title")));
            let service = get(o, "service").and_then(|v| {
                let at = here.key("service");
                let s = r.slug(v, &at)?;
                refs.check_service(r, &s, &at).then_some(s)
            });
            let priorities = match get(o, "priorities") {
                Some(v) => r.slug_list(v, &here.key("priorities"), |r, s, at| refs.check_priority(r, s, at)),
                None => Some(Vec::new()),
            };
            let due = get(o, "due").and_then(|v| r.date(v, &here.key("due")));
            let owner = get(o, "owner").and_then(|v| r.text(v, &here.key("owner")));
            let updates = match get(o, "updates") {
                Some(v) => read_updates(r, v, &here.key("updates")),
                None => Some(Vec::new()),
            };
            Some(Action {
                index,
                id: id?,
                title: title?,
                service,
                priorities: priorities?,
                due,
                owner,
                updates: updates?,
            })
        },
    )
}

fn read_updates(r: &mut Reporter, v: &Value<'_>, at: &Path) -> Option<Vec<ActionUpdate>> {
    let items = r.array(v, at)?;
    let before = r.errors;
    let mut out: Vec<ActionUpdate> = Vec::with_capacity(items.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, v) in items.iter().enumerate() {
        let here = at.index(i);
        let Some(o) = r.object(v, &here) else { continue };
        r.unknown_fields(o, &here, &["period", "status", "comment"]);
        let period = r.required(o, "period", &here).and_then(|v| r.period(v, &here.key("period")));
        let status =
            r.required(o, "status", &here).and_then(|v| r.word(v, &here.key("status"), ActionStatus::WORDS));
        let comment = match get(o, "comment") {
            None | Some(Value::Null) => Some(None),
            Some(v) => r.text(v, &here.key("comment")).map(Some),
        };
        let (Some(period), Some(status), Some(comment)) = (period, status, comment) else { continue };
        if let Some(first) = seen.insert(period.to_string(), i) {
            r.error(
                &here.key("period"),
                msg::t().duplicate_period(&period.to_string(), &format!("{}/{first}", at.pointer())),
            );
            continue;
        }
        out.push(ActionUpdate { index: i, period, status, comment });
    }
    (r.errors == before).then_some(out)
}

pub fn read_comments(
    r: &mut Reporter,
    items: &[Value<'_>],
    at: &Path,
    refs: &Refs,
    left_out: &mut usize,
) -> Vec<Comment> {
    read_each(
        r,
        items,
        at,
        left_out,
        |_: &Comment| None,
        |r, v, here, index| {
            let o = r.object(v, here)?;
            r.unknown_fields(o, here, &["period", "scope", "author", "text"]);
            let period = r.required(o, "period", here).and_then(|v| r.period(v, &here.key("period")));
            let scope = r.required(o, "scope", here).and_then(|v| {
                let at = here.key("scope");
                let s = r.string(v, &at)?;
                if s == "overall" {
                    Some(Scope::Overall)
                } else if refs.services.contains(&s) {
                    Some(Scope::Service(s.to_string()))
                } else if refs.priorities.contains(&s) {
                    Some(Scope::Priority(s.to_string()))
                } else {
                    r.error(&at, msg::t().unknown_ref(msg::RefKind::ServiceOrPriority, s));
                    None
                }
            });
            let author = get(o, "author").and_then(|v| r.text(v, &here.key("author")));
            let text = r.required(o, "text", here).and_then(|v| r.text(v, &here.key("text")));
            Some(Comment { index, period: period?, scope: scope?, author, text: text? })
        },
    )
}
