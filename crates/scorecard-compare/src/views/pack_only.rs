//! A benchmark pack on its own (`?pack=URL&area=CODE`): every measure of the pack for one
//! area, ranked among a group the reader picks, with no scorecard — so any council can link
//! to it the day a national body publishes. The figures and rules are the core's.

use crate::packs::{Loading, Packs};
use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_app::route::Route;
use scorecard_core::decimal::{format_fixed, group_thousands};
use scorecard_core::pack::compare::{self, Row};
use scorecard_core::pack::{custom, Group, GroupKind, Measure, Pack};
use std::sync::Arc;

/// A measure's figure as its pack gives it: its decimals, and a percent sign where it is one.
fn figure(m: &Measure, v: f64) -> String {
    let n = group_thousands(&format_fixed(v, m.decimals.unwrap_or(2) as u32));
    match m.unit.as_deref() {
        Some("percent") => format!("{n}%"),
        _ => n,
    }
}

#[component]
pub fn PackOnly(url: String, area: String, route: RwSignal<Route>, allowed: Vec<String>) -> impl IntoView {
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let packs = Packs::new(page, allowed, vec![url.clone()]);
    let url = StoredValue::new(url);
    let area = StoredValue::new(area);
    let index = Signal::derive(move || packs.index(&url.get_value()));
    view! {
        {move || match index.get() {
            Loading::Pending => view! { <p class="loading" role="status">{i18n::t().loading()}</p> }.into_any(),
            Loading::Failed(e) => view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> }.into_any(),
            Loading::Ready(pack) => {
                let code = area.get_value();
                match pack.area(&code) {
                    None => view! { <p class="notice" role="alert">{i18n::c().pack_area_unknown(&code)}</p> }.into_any(),
                    Some(_) => view! { <PackView pack=pack packs=packs url=url.get_value() area=code route=route /> }.into_any(),
                }
            }
        }}
    }
}

#[component]
fn PackView(
    pack: Arc<Pack>,
    packs: Packs,
    url: String,
    area: String,
    route: RwSignal<Route>,
) -> impl IntoView {
    let lang = i18n::lang().code();
    let name = pack.area(&area).map_or(area.clone(), |a| a.name.get(lang).to_string());
    let name_for_notice = name.clone();
    let groups: Vec<Group> = pack.groups.iter().filter(|g| g.offered_to(&area)).cloned().collect();
    let (pack, url, area) = (StoredValue::new(pack), StoredValue::new(url), StoredValue::new(area));
    // A group of the reader's own (`custom:CODE,…`), and the codes in it the pack lacks.
    let custom_group =
        move |id: &str| pack.with_value(|p| crate::comparison::custom_group(p, &area.get_value(), id));
    let chosen = Memo::new(move |_| {
        let asked = route.with(|r| r.param("peers").map(str::to_string));
        if let Some(id) = asked.as_deref().filter(|id| custom::is_custom(id)) {
            return Some(custom_group(id).0);
        }
        pack.with_value(|p| {
            asked
                .and_then(|id| p.group(&id).cloned())
                // The core's rule (the first group containing the area); else, where no group
                // is known to, the first that may (its members not yet read).
                .or_else(|| p.first_group_for(&area.get_value(), None).cloned())
                .or_else(|| p.groups.iter().find(|g| g.offered_to(&area.get_value())).cloned())
        })
    });
    // The chosen group's members, once known: `Some(None)` where it does not contain the area.
    let members = Memo::new(move |_| {
        let g = chosen.get()?;
        let of = |g: Group| {
            g.members_for(&area.get_value())
                .map(|m| m.into_iter().map(str::to_string).collect::<Vec<String>>())
        };
        if g.kind == GroupKind::Custom {
            return Some(of(g));
        }
        let p = pack.get_value();
        match packs.members(&url.get_value(), &p, &g.id) {
            Loading::Ready(m) => Some(of(Group { members: (*m).clone(), ..g })),
            _ => None,
        }
    });
    let outside = move || {
        (members.get() == Some(None)).then(|| {
            let group = chosen.get().map(|g| g.title.get(lang).to_string()).unwrap_or_default();
            view! { <p class="notice" role="alert">{i18n::c().pack_area_not_in_group(&name_for_notice, &group)}</p> }
        })
    };
    let rows = Signal::derive(move || {
        let Some(Some(members)) = members.get() else { return Vec::new() };
        let at = (url.get_value(), area.get_value());
        pack.with_value(|p| measure_rows(p, packs, &at, chosen.get().as_ref(), &members))
    });
    let unknown = Callback::new(move |id: String| custom_group(&id).1);
    let (publisher, licence) = pack.with_value(|p| (p.publisher.get(lang).to_string(), p.licence.clone()));
    view! {
        <section class="compare pack-only" aria-labelledby="pack-title">
            <h2 class="view-title" id="pack-title">{i18n::c().pack_only_title(&name)}</h2>
            <p class="hint">{pack.with_value(|p| p.title.get(lang).to_string())} " · " {i18n::c().pack_source(&publisher, &licence)}</p>
            <Picker pack=pack.get_value() groups=groups chosen=chosen route=route own=area.get_value() unknown=unknown />
            {move || chosen.get().map(|g| view! { <p class="hint">{i18n::c().peers_source()} ": " {g.source.get(lang).to_string()}</p> })}
            {outside}
            <div class="table-scroll">
                <table class="data" id="pack-table">
                    <caption>{i18n::c().pack_only_title(&name)}</caption>
                    <thead><tr>
                        <th scope="col">{i18n::t().title()}</th>
                        <th scope="col">{i18n::t().period()}</th>
                        <th scope="col" class="num">{i18n::t().value()}</th>
                        <th scope="col">{i18n::c().rank()}</th>
                        <th scope="col">{i18n::t().quartile()}</th>
                        <th scope="col">{i18n::c().gap_to_median()}</th>
                        <th scope="col">{i18n::c().significance()}</th>
                    </tr></thead>
                    <tbody>
                        // Keyed: a shard arriving draws its own row, not every row again.
                        <For each=move || rows.get() key=|(i, row)| (*i, drawn(row)) let((i, row))>
                            <MeasureRow m=pack.with_value(|p| p.measures[i].clone()) row=row />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A measure's row: here, loading (`Err(None)`), or why it could not be read.
type Shown = Result<Arc<Row>, Option<String>>;

/// Each measure's row for the group's `members` (or why not yet), by the measure's place in
/// the pack, for the pack at `at.0` and the area `at.1`. The measures the area has a figure for
/// come first; those it has none for (another nation's) after, each saying why.
fn measure_rows(
    p: &Arc<Pack>,
    packs: Packs,
    (url, area): &(String, String),
    g: Option<&Group>,
    members: &[String],
) -> Vec<(usize, Shown)> {
    let refs: Vec<&str> = members.iter().map(String::as_str).collect();
    let mut rows = p
        .measures
        .iter()
        .enumerate()
        .filter(|(_, m)| g.is_none_or(|g| g.applies_to(&m.id)))
        .map(|(i, m)| {
            let row = match (m.periods.last(), packs.shard(url, p, &m.id)) {
                (Some(period), Loading::Ready(shard)) => {
                    let group = g.map_or("", |g| g.id.as_str());
                    let key = format!("{url}\u{1f}{}\u{1f}{group}\u{1f}{period}", m.id);
                    packs.row(key, || Some(compare::row(m, &shard, &refs, area, *period))).ok_or(None)
                }
                (_, Loading::Failed(e)) => Err(Some(e)),
                _ => Err(None),
            };
            (i, row)
        })
        .collect::<Vec<_>>();
    let without = |r: &Shown| r.as_ref().is_ok_and(|r| r.figure.value.is_none());
    scorecard_core::order::sort_by(&mut rows, &|a, b| without(&a.1).cmp(&without(&b.1)));
    rows
}

/// The group picker: the pack's groups offered to the area (`own`), and one of the reader's
/// own, whose codes the pack lacks `unknown` gives. A choice goes into the address (`peers=`).
#[component]
fn Picker(
    pack: Arc<Pack>,
    groups: Vec<Group>,
    chosen: Memo<Option<Group>>,
    route: RwSignal<Route>,
    own: String,
    unknown: Callback<String, Vec<String>>,
) -> impl IntoView {
    let lang = i18n::lang().code();
    let go = move |value: String| {
        let next = route.get_untracked().with("peers", &value);
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&next.to_hash());
        }
        route.set(next);
    };
    let on_change = move |ev: leptos::ev::Event| go(event_target_value(&ev));
    let asked = Signal::derive(move || route.with(|r| r.param("peers").unwrap_or_default().to_string()));
    let is_custom = move || custom::is_custom(&asked.get());
    let areas: Vec<(String, String)> =
        pack.areas.iter().map(|a| (a.code.clone(), a.name.get(lang).to_string())).collect();
    view! {
        <div class="group-picker">
            <label for="peers-select">{i18n::c().compare_with()}</label>
            <select id="peers-select" on:change=on_change prop:value=move || chosen.get().map(|g| g.id).unwrap_or_default()>
                {groups.into_iter().map(|g| view! { <option value=g.id.clone()>{g.title.get(lang).to_string()}</option> }).collect_view()}
                <option value=move || if is_custom() { asked.get() } else { custom::PREFIX.to_string() }>
                    {move || if is_custom() { chosen.get().map(|g| g.title.get(lang).to_string()).unwrap_or_default() } else { i18n::c().custom_group_start().to_string() }}
                </option>
            </select>
            <Show when=is_custom>
                <crate::views::custom_group::CustomGroup
                    areas=Signal::stored(areas.clone())
                    asked=asked
                    own=own.clone()
                    unknown=Signal::derive(move || if is_custom() { unknown.run(asked.get()) } else { Vec::new() })
                    on_set=Callback::new(go) />
            </Show>
        </div>
    }
}

/// What a row shows, for its key: the row itself (by address), loading, or failed.
fn drawn(row: &Shown) -> usize {
    match row {
        Ok(r) => Arc::as_ptr(r) as usize,
        Err(None) => 0,
        Err(Some(_)) => 1,
    }
}

#[component]
fn MeasureRow(m: Measure, row: Result<Arc<Row>, Option<String>>) -> impl IntoView {
    let lang = i18n::lang().code();
    let title = m.title.get(lang).to_string();
    let cells = match row {
        Ok(r) => {
            let (rank, quartile, gap, sig) =
                crate::views::compare::standing_words(&r, &|x| figure(&m, x).replace('%', ""));
            view! {
                <td>{i18n::interval_words(r.period)}</td>
                <td class="num">{r.figure.value.map_or_else(|| i18n::t().no_value().to_string(), |v| figure(&m, v))}</td>
                <td>{rank}</td><td>{quartile}</td><td>{gap}</td><td>{sig}</td>
            }
            .into_any()
        }
        Err(Some(e)) => view! { <td colspan="6" class="hint">{i18n::t().compare_failed(&e)}</td> }.into_any(),
        Err(None) => view! { <td colspan="6" class="hint">{i18n::t().compare_loading()}</td> }.into_any(),
    };
    view! { <tr data-id=m.id.clone()><th scope="row">{title}</th>{cells}</tr> }
}
