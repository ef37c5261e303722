// Comparing councils (issue 19): the sample links 16 indicators to its bundled pack of 41
// fictional unitary councils. The compare view, a linked indicator's page, the overview's
// quartile count, a pack on its own, and what happens when a pack cannot be read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, shot, until } from './support.mjs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const bin = process.env.SCORECARD_BIN ?? path.join(root, 'target/debug/scorecard');
const pack = path.join(root, 'public/data/packs/unitaries/index.json');
/** What `scorecard compare` says for Wexcombe in a group: the browser must show the same. */
const cli = (group) => JSON.parse(execFileSync(bin, ['compare', pack, '--area', 'E06999001', '--group', group, '--json'], { encoding: 'utf8' }));

test('the compare view ranks every linked indicator as the CLI does, and the group picker changes the group', async () => {
  const page = await open(browser, `${server.url}#/compare`);
  const rows = page.locator('#compare-table tbody tr');
  await page.locator('#compare-table tbody tr td:nth-child(6)').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  assert.equal(await rows.count(), 16);
  assert.match(await page.locator('#compare-among').innerText(), /Wexcombe Borough Council among Nearest neighbours/);
  const expected = cli('nearest-neighbours');
  for (const m of expected.measures) {
    const text = await page.locator(`#compare-table tr[data-id="${m.measure}"]`).innerText();
    assert.match(text, new RegExp(`\\b${m.rank} of ${m.n}\\b`), `${m.measure}: ${text}`);
  }
  // Another group: the URL keeps it, and the ranks are the CLI's for that group.
  await page.selectOption('#peers-select', 'all-unitaries');
  await page.waitForFunction(() => location.hash.includes('peers=all-unitaries'));
  await page.waitForFunction(() => /among All 41 unitary councils/.test(document.querySelector('#compare-among')?.innerText ?? ''));
  const all = cli('all-unitaries').measures.find((m) => m.measure === 'recycling-rate');
  await page.waitForFunction((want) => new RegExp(want).test(document.querySelector('#compare-table tr[data-id="recycling-rate"]')?.innerText ?? ''), `\\b${all.rank} of ${all.n}\\b`);
  // Keyboard: the indicator's link opens its page, keeping the group.
  await page.waitForFunction(() => [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  await page.locator('#compare-table tr[data-id="recycling-rate"] a').focus();
  await page.keyboard.press('Enter');
  // The comparison sits below the history: it is fetched as it nears the screen.
  await page.locator('#observations-table').waitFor();
  await page.locator('.compare-place').scrollIntoViewIfNeeded();
  await page.locator('#peers-rank').waitFor();
  assert.match(page.url(), /#\/indicator\/recycling-rate\?.*peers=all-unitaries/);
  assert.match(await page.locator('#peers-rank').innerText(), new RegExp(`^${all.rank} of ${all.n}`));
  await shot(page, 'compare-view');
  assert.deepEqual(page.errors, []);
});

test('the compare view filters and sorts as the indicator list does, in the URL', async () => {
  const page = await open(browser, `${server.url}#/compare?status=red`);
  const rows = page.locator('#compare-table tbody tr');
  await page.waitForFunction(() => /Showing \d+ of 16/.test(document.querySelector('.compare')?.innerText ?? '')
    && document.querySelectorAll('#compare-table tbody tr').length > 0
    && [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  const red = await rows.count();
  assert.match(await page.locator('.compare').innerText(), new RegExp(`Showing ${red} of 16 indicators`));
  assert.ok(red > 0 && red < 16, `${red} red of 16`);
  for (const status of await page.locator('#compare-table tbody tr td:nth-child(4)').allInnerTexts()) assert.match(status, /Red/);
  // Rank, worst placed first, by keyboard; the order is the URL's.
  await page.goto(`${server.url}#/compare`);
  await page.waitForFunction(() => document.querySelectorAll('#compare-table tbody tr').length === 16
    && [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  const positions = async () => (await page.locator('#compare-table tbody tr td:nth-child(6)').allInnerTexts())
    .map((t) => t.match(/(\d+) of (\d+)/)).filter(Boolean).map((m) => Number(m[1]) / Number(m[2]));
  const best = await positions();
  const rank = page.locator('#compare-table th', { hasText: 'Rank' });
  for (let i = 0; i < 2; i++) {
    await rank.locator('button').focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => location.hash.includes('sort=-rank'));
  await page.waitForFunction(() => [...document.querySelectorAll('#compare-table th')].some((th) => /Rank/.test(th.innerText) && th.getAttribute('aria-sort') === 'descending'));
  assert.equal(await page.evaluate(() => document.activeElement?.closest('th')?.innerText), await rank.innerText(), 'the keyboard stays on the heading');
  const worst = await positions();
  assert.ok(worst[0] >= worst[worst.length - 1] && best[0] <= best[best.length - 1], `${best} / ${worst}`);
  // By title, as the list sorts titles.
  await page.locator('#compare-table th', { hasText: 'Indicator' }).locator('button').click();
  await page.waitForFunction(() => location.hash.includes('sort=title'));
  const titles = await page.locator('#compare-table tbody th').allInnerTexts();
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  assert.deepEqual(page.errors, []);
});

test('a group of councils chosen by name: added and removed by keyboard, kept in the URL, ranked as the CLI ranks it', async () => {
  const page = await open(browser, `${server.url}#/compare`);
  await page.locator('#peers-select').waitFor();
  await page.selectOption('#peers-select', { label: 'Councils you choose' });
  const input = page.locator('#custom-add-input');
  await input.waitFor();
  for (const name of ['Ashcombe', 'castlebridge', 'Dunmere', 'Eastwick', 'Fairhaven']) {
    await input.fill(name);
    await input.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#custom-members li').length === n, ['Ashcombe', 'castlebridge', 'Dunmere', 'Eastwick', 'Fairhaven'].indexOf(name) + 1);
  }
  // A name the pack does not have is refused, saying so; nothing is added.
  await input.fill('Atlantis');
  await input.press('Enter');
  await page.waitForFunction(() => /No council called "Atlantis"/.test(document.querySelector('#custom-problem')?.innerText ?? ''));
  assert.equal(await page.locator('#custom-members li').count(), 5);
  // Removed by keyboard: its button is named for the council.
  await page.getByRole('button', { name: 'Remove Fairhaven' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#custom-members li').length === 4);
  const codes = 'E06999002,E06999004,E06999005,E06999006';
  await page.waitForFunction((c) => decodeURIComponent(location.hash).includes(`peers=custom:${c}`), codes);
  await page.waitForFunction(() => /among Councils you chose \(5\)/.test(document.querySelector('#compare-among')?.innerText ?? ''));
  const expected = cli(`custom:${codes}`).measures.find((m) => m.measure === 'recycling-rate');
  await page.waitForFunction((want) => new RegExp(want).test(document.querySelector('#compare-table tr[data-id="recycling-rate"]')?.innerText ?? ''), `\\b${expected.rank} of ${expected.n}\\b`);
  // The address holds the group: opened afresh, it is there; a code no pack has is named.
  await page.goto(`${server.url}#/compare?peers=custom:${codes},E99999999`);
  await page.waitForFunction(() => /E99999999/.test(document.querySelector('.custom-group')?.innerText ?? ''));
  assert.equal(await page.locator('#custom-members li').count(), 4);
  assert.deepEqual(page.errors, []);
});

test("a linked indicator's page says where the council stands, lists every member and marks the council", async () => {
  const page = await open(browser, `${server.url}#/indicator/recycling-rate`, { acceptDownloads: true });
  await page.locator('#observations-table').waitFor();
  // Nothing of the comparison is fetched until its place nears the screen.
  assert.equal(await page.locator('#peers-table').count(), 0);
  await page.locator('.compare-place').scrollIntoViewIfNeeded();
  await page.locator('#peers-table tbody tr').first().waitFor();
  const expected = cli('nearest-neighbours').measures.find((m) => m.measure === 'recycling-rate');
  assert.equal(await page.locator('#peers-table tbody tr').count(), expected.n);
  const ours = page.locator('#peers-table tr.ours');
  assert.match(await ours.innerText(), /Wexcombe \(this council\)\s+41\.8%/);
  assert.equal(await ours.getAttribute('aria-current'), 'true');
  assert.match(await page.locator('#peers-gap').innerText(), /better than the median|worse than the median|level with the median/);
  assert.match(await page.locator('#peers-change').innerText(), /^Rank \d+ → \d+ of \d+ since /);
  // The field drawn by ECharts: every member a point, the council a labelled diamond, the
  // quartile bands named, the median and the council's target as lines; summarised for
  // screen readers with the same rank.
  const field = page.locator('#peers-field .chart');
  await field.locator('svg').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('#peers-field svg text')].some((t) => t.textContent === 'Wexcombe Borough Council'));
  const texts = await field.locator('svg text').allTextContents();
  for (const want of ['Q1', 'Q4', 'Councils in the group']) assert.ok(texts.includes(want), `${want} in ${texts}`);
  assert.ok(texts.some((t) => /^Median: \d/.test(t)) && texts.some((t) => /^Target: \d/.test(t)), texts.join(' | '));
  assert.match(await field.getAttribute('aria-label'), new RegExp(`Wexcombe Borough Council is ${expected.rank} of ${expected.n}\\b`));
  // The rank over time, with its table: one row per period, the last the rank above.
  const history = page.locator('#peers-history-table tbody tr');
  assert.ok(await history.count() > 1);
  assert.match(await history.last().innerText(), new RegExp(`\\b${expected.rank} of ${expected.n}$`));
  await page.locator('#peers-history .chart svg').waitFor();
  await page.locator('#peers-field').scrollIntoViewIfNeeded();
  await shot(page, 'peers-field');
  // The comparison's charts have menus too: the field's figures as CSV, a row per member.
  const box = page.locator('.chart-set:has(#peers-field)');
  await box.locator('.chart-menu summary').click();
  const [d] = await Promise.all([page.waitForEvent('download'), box.locator('.chart-menu button[data-kind="csv"]').click()]);
  const lines = fs.readFileSync(await d.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(lines[0], /^Rank,Council,Value\b/);
  assert.equal(lines.length - 1, expected.n);
  // An indicator that is not linked has no such section.
  await page.goto(`${server.url}#/indicator/council-tax-collected`);
  await page.locator('#observations-table').waitFor();
  assert.equal(await page.locator('.peers').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('in Welsh', async () => {
  const page = await open(browser, `${server.url}?src=data/sample-bilingual.json&lang=cy#/compare`);
  await page.waitForFunction(() => / o \d+/.test(document.querySelector('#compare-table tbody tr')?.innerText ?? ''));
  assert.match(await page.locator('#compare-title').innerText(), /Sut rydym yn cymharu/);
  assert.match(await page.locator('#compare-table tbody').innerText(), /chwartel/);
  assert.deepEqual(page.errors, []);
});

test("the overview counts the linked indicators by quartile once its card is near the screen, and links to the comparison", async () => {
  const page = await open(browser, server.url);
  await page.locator('#status-counts-table').waitFor();
  // The card's place: nothing of the comparison is fetched until it nears the screen.
  await page.locator('.compare-place').scrollIntoViewIfNeeded();
  const card = page.locator('#compare-card');
  await page.locator('#quartile-counts').waitFor();
  assert.match(await page.locator('#quartile-counts').innerText(), /^Compared with similar councils: \d+ in the /);
  await card.locator('a').click();
  await page.locator('#compare-table').waitFor();
  assert.deepEqual(page.errors, []);
});

test('a pack on its own: every measure for one area, with no scorecard', async () => {
  const page = await open(browser, `${server.url}?pack=data/packs/unitaries/index.json&area=E06999002`);
  await page.waitForFunction(() => [...document.querySelectorAll('#pack-table tbody tr')].length === 16
    && [...document.querySelectorAll('#pack-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  assert.match(await page.locator('#pack-title').innerText(), /^Ashcombe compared with similar areas/);
  const expected = JSON.parse(execFileSync(bin, ['compare', pack, '--area', 'E06999002', '--group', 'all-unitaries', '--json'], { encoding: 'utf8' }));
  const m = expected.measures.find((x) => x.measure === 'staff-turnover');
  assert.match(await page.locator('#pack-table tr[data-id="staff-turnover"]').innerText(), new RegExp(`\\b${m.rank} of ${m.n}\\b`));
  // A group chosen by name, here too: ranked as the CLI ranks it.
  await page.selectOption('#peers-select', { label: 'Councils you choose' });
  for (const [i, name] of ['Wexcombe', 'Castlebridge', 'Dunmere', 'Eastwick'].entries()) {
    await page.locator('#custom-add-input').fill(name);
    await page.locator('#custom-add-input').press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#custom-members li').length === n, i + 1);
  }
  const codes = 'E06999001,E06999004,E06999005,E06999006';
  await page.waitForFunction((c) => decodeURIComponent(location.hash).includes(`peers=custom:${c}`), codes);
  const mine = JSON.parse(execFileSync(bin, ['compare', pack, '--area', 'E06999002', '--group', `custom:${codes}`, '--measure', 'staff-turnover', '--json'], { encoding: 'utf8' })).measures[0];
  await page.waitForFunction((want) => new RegExp(want).test(document.querySelector('#pack-table tr[data-id="staff-turnover"]')?.innerText ?? ''), `\\b${mine.rank} of ${mine.n}\\b`);
  await page.goto(`${server.url}?pack=data/packs/unitaries/index.json&area=E99999999`);
  assert.match(await page.locator('.notice').innerText(), /no area with the code "E99999999"/);
  // A pack from another site is refused, not fetched.
  await page.goto(`${server.url}?pack=https://elsewhere.example/index.json&area=E06999002`);
  assert.match(await page.locator('.notice').innerText(), /could not be loaded/);
  assert.deepEqual(page.errors, []);
});

test("a measure whose shard is missing is named; the others still compare", async () => {
  // No service worker: its fetches would pass the page's routes by.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.route('**/packs/unitaries/measures/staff-turnover.json*', (r) => r.fulfill({ status: 404, body: 'gone' }));
  await page.route('**/packs/unitaries/measures/recycling-rate.json*', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "scorecard-pack-shard/1", "measure": "recycling-rate", "areas": ["E06999001"], "series": [{"period": "2023-07-01/P3M", "values": ["lots"]}]}' }));
  await page.goto(`${server.url}#/compare`);
  await page.locator('#compare-table [role="alert"], .notice[role="alert"]').first().waitFor();
  const alert = await page.locator('.notice[role="alert"]').innerText();
  assert.match(alert, /staff-turnover\.json/);
  await page.waitForFunction(() => / of \d+/.test(document.querySelector('#compare-table tr[data-id="rent-collected"]')?.innerText ?? ''));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a pack republished while its shards are kept: the new shard is fetched, the kept ones are read from the cache', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const address = `${server.url}?pack=data/packs/unitaries/index.json&area=E06999002`;
  const complete = () => [...document.querySelectorAll('#pack-table tbody tr')].length === 16
    && [...document.querySelectorAll('#pack-table tbody tr')].every((r) => / of \d+/.test(r.innerText));
  await page.goto(address);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(complete);
  await until(page, async () => (await (await caches.open('scorecard-data')).keys()).filter((r) => r.url.includes('/measures/')).length === 16);
  const before = await page.locator('#pack-table tr[data-id="recycling-rate"]').innerText();
  assert.doesNotMatch(before, /\b1 of \d+/);
  // Ashcombe's recycling is now the best of all: a new shard, named with a new version.
  const dir = path.join(root, 'public/data/packs/unitaries');
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
  const shard = JSON.parse(fs.readFileSync(path.join(dir, 'measures/recycling-rate.json'), 'utf8'));
  const at = shard.areas.indexOf('E06999002');
  for (const s of shard.series) s.values[at] = 99.9;
  index.measures.find((m) => m.id === 'recycling-rate').shard = 'measures/recycling-rate.json?v=0123456789abcdef';
  server.override('/data/packs/unitaries/index.json', JSON.stringify(index));
  server.override('/data/packs/unitaries/measures/recycling-rate.json', JSON.stringify(shard));
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/measures/')) asked.push(new URL(r.url()).pathname.replace(/^.*\//, '')); });
  try {
    await page.reload();
    await page.waitForFunction(complete);
    await page.waitForFunction(() => /\b1 of \d+/.test(document.querySelector('#pack-table tr[data-id="recycling-rate"]')?.innerText ?? ''));
    // The other 15 shards came from the cache, read by the page without a request.
    assert.deepEqual(asked, ['recycling-rate.json']);
  } finally {
    server.restore('/data/packs/unitaries/index.json');
    server.restore('/data/packs/unitaries/measures/recycling-rate.json');
    await context.close();
  }
});

test('offline after one visit: the comparison is there without the network', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}#/compare`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#compare-table tbody tr').length === 16
    && [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  // Each file is stored as the page reads it: wait until the scorecard, the pack's index and
  // all 16 shards are kept.
  await until(page, async () => {
    const kept = (await (await caches.open('scorecard-data')).keys()).map((r) => r.url);
    return kept.filter((u) => u.includes('/measures/')).length === 16
      && kept.some((u) => u.endsWith('/unitaries/index.json')) && kept.some((u) => u.endsWith('/sample.json'));
  });
  server.offline(true);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => [...document.querySelectorAll('#compare-table tbody tr')].length === 16
      && [...document.querySelectorAll('#compare-table tbody tr')].every((r) => / of \d+/.test(r.innerText)));
  } finally {
    server.offline(false);
    await context.setOffline(false);
    await context.close();
  }
});

test('comparison views are released when left: the heap after 50 visits is within 1.2× of after 5', async (t) => {
  const page = await open(browser, `${server.url}#/compare`);
  const cdp = await page.context().newCDPSession(page);
  const go = (hash) => page.evaluate((h) => { location.hash = h; }, hash);
  const visit = async () => {
    await go('#/compare');
    await page.locator('#compare-table td:nth-child(6)').first().waitFor();
    await go('#/indicator/recycling-rate');
    await page.locator('.compare-place').scrollIntoViewIfNeeded();
    await page.locator('#peers-table tbody tr').first().waitFor();
    await go('#/actions');
    await page.locator('table.actions tbody tr').first().waitFor();
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  for (let i = 0; i < 5; i++) await visit();
  const early = await heap();
  for (let i = 5; i < 50; i++) await visit();
  const late = await heap();
  t.diagnostic(`JS heap after 5 visits ${(early / 1e6).toFixed(1)} MB, after 50 ${(late / 1e6).toFixed(1)} MB`);
  assert.equal(await page.locator('.compare-module').count(), 0, 'no comparison drawn on a view without one');
  assert.ok(late <= early * 1.2, `the heap grew from ${(early / 1e6).toFixed(1)} MB after 5 visits to ${(late / 1e6).toFixed(1)} MB after 50`);
  assert.deepEqual(page.errors, []);
});
