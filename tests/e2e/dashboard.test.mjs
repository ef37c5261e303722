// The dashboard's views and interactions, driven as a councillor would: click, filter,
// deep link, keyboard. Every figure is checked against the CLI's answer for the same file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, shot, cliStatus, sample } from './support.mjs';

const sampleData = JSON.parse(fs.readFileSync(sample, 'utf8'));

let server, browser, status;
before(async () => { server = await serve(); browser = await launch(); status = cliStatus(sample); });
after(async () => { await browser?.close(); await server?.close(); });

const rowsOf = (page, table) => page.locator(`#${table} tbody tr`);
const ids = (page, table) => rowsOf(page, table).evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
const countText = (page) => page.locator('#match-count').innerText();

test('clicking a RAG bar opens the list of exactly those indicators', async () => {
  const page = await open(browser, server.url);
  const red = page.locator('#status-counts-table').locator('xpath=..').locator('.bars rect[fill="#c2261a"]').first();
  await red.waitFor();
  await red.scrollIntoViewIfNeeded();
  // A real pointer click where the bar is drawn.
  const box = await red.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForURL(/#\/indicators\?.*status=red/);
  const expected = status.indicators.filter((i) => i.status === 'red').map((i) => i.id).sort();
  await page.locator('#indicator-table tbody tr').first().waitFor();
  assert.deepEqual((await ids(page, 'indicator-table')).sort(), expected);
  assert.equal(await countText(page), `Showing ${expected.length} of 63 indicators`);
  await shot(page, 'indicators-red');
  assert.deepEqual(page.errors, []);
});

test('a service bar segment and its table cell open that service and status', async () => {
  const page = await open(browser, server.url);
  const cell = page.locator('#service-table tr[data-group="housing"] td[data-status="red"] a');
  const n = Number(await cell.innerText());
  assert.equal(n, status.summary.services.housing.status.red);
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/indicators\?.*service=housing.*status=red|#\/indicators\?.*status=red.*service=housing/);
  await page.locator('#indicator-table tbody tr').first().waitFor();
  assert.equal(await rowsOf(page, 'indicator-table').count(), n);
});

test('filters combine, show the count, live in the URL, and Back and clear-all work', async () => {
  const page = await open(browser, `${server.url}#/indicators`);
  await page.locator('#indicator-table tbody tr').first().waitFor();
  assert.equal(await countText(page), 'Showing all 63 indicators');
  await page.selectOption('#filter-service', 'housing');
  await page.waitForURL(/service=housing/);
  assert.equal(await countText(page), 'Showing 11 of 63 indicators');
  await page.selectOption('#filter-direction', 'worsening');
  await page.waitForURL(/direction=worsening/);
  const housing = new Set(sampleData.indicators.filter((i) => i.service === 'housing').map((i) => i.id));
  const expected = status.indicators.filter((i) => i.direction === 'worsening' && housing.has(i.id)).length;
  assert.equal(await rowsOf(page, 'indicator-table').count(), expected);
  // Search ignores case: "TEMPORARY Accommodation" finds "Households in temporary accommodation".
  await page.fill('#filter-q', 'TEMPORARY Accommodation');
  await page.waitForURL(/q=TEMPORARY/);
  assert.deepEqual(await ids(page, 'indicator-table'), ['temporary-accommodation']);
  assert.equal(await page.locator('#filter-q').evaluate((el) => el === document.activeElement), true, 'typing keeps focus');
  await page.goBack();
  await page.waitForURL((u) => !/direction=/.test(u.hash));
  assert.equal(await countText(page), 'Showing 11 of 63 indicators');
  await page.click('text=Clear all filters');
  await page.waitForURL((u) => !/service=/.test(u.hash));
  assert.equal(await countText(page), 'Showing all 63 indicators');
});

test('a deep link opens the same view, period and filters', async () => {
  const q1 = cliStatus(sample, '--period', '2023/24-Q1');
  const page = await open(browser, `${server.url}#/indicators?period=2023/24-Q1&service=waste-streets&sort=-value`);
  await page.locator('#indicator-table tbody tr').first().waitFor();
  assert.equal(await page.locator('#period-select').inputValue(), '2023/24-Q1');
  assert.match(await page.locator('.masthead').innerText(), /Quarter 1, 2023\/24/);
  const waste = new Set(sampleData.indicators.filter((i) => i.service === 'waste-streets').map((i) => i.id));
  const rows = await rowsOf(page, 'indicator-table').evaluateAll((trs) => trs.map((tr) => [tr.dataset.id, tr.dataset.status]));
  assert.deepEqual(Object.fromEntries(rows), Object.fromEntries(q1.indicators.filter((i) => waste.has(i.id)).map((i) => [i.id, i.status])));
  assert.equal(await page.locator('th[aria-sort="descending"]').innerText().then((t) => t.startsWith('Value')), true);
  // And the rows really are in descending order of value (no value last).
  const valueOf = Object.fromEntries(q1.indicators.map((i) => [i.id, i.value]));
  const values = rows.map(([id]) => valueOf[id]);
  const present = values.filter((v) => v !== null);
  assert.deepEqual(values, [...present.slice().sort((a, b) => b - a), ...values.filter((v) => v === null)]);
  assert.ok(present.length > 3);
  // Sorting by title is alphabetical whatever the case of the first letters.
  await page.goto(`${server.url}#/indicators?sort=title`);
  await page.locator('th[aria-sort="ascending"]').waitFor();
  await page.getByRole('button', { name: 'Show all 63' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#indicator-table tbody tr').length === 63);
  const titles = await page.locator('#indicator-table tbody th.title a').allInnerTexts();
  assert.equal(titles.length, 63);
  const folded = titles.map((t) => t.toLowerCase());
  assert.deepEqual(folded, [...folded].sort());
});

test('the period picker changes every figure to that period', async () => {
  const q4 = cliStatus(sample, '--period', '2022/23-Q4');
  const page = await open(browser, server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  await page.selectOption('#period-select', '2022/23-Q4');
  await page.waitForURL(/period=2022\/23-Q4/);
  await page.waitForFunction(() => document.querySelector('.masthead').innerText.includes('Quarter 4, 2022/23'));
  const rows = await page.locator('#status-counts-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.status, Number(tr.querySelector('td').textContent)]));
  assert.deepEqual(Object.fromEntries(rows), q4.summary.overall.status);
});

test('exceptions list every red and amber indicator and flag the unexplained', async () => {
  const page = await open(browser, `${server.url}#/exceptions`);
  await page.locator('li.exception').first().waitFor();
  const shown = await page.locator('li.exception').evaluateAll((lis) => lis.map((li) => [li.dataset.kind, li.dataset.id, li.dataset.explained === 'true']));
  const expected = status.exceptions.map((e) => [e.kind, e.id, e.explained]);
  assert.deepEqual(shown.slice().sort(), expected.slice().sort());
  const complaints = page.locator('li.exception[data-id="complaints-stage1-in-time"]');
  assert.match(await complaints.innerText(), /No explanation given/);
  assert.match(await page.locator('li.exception[data-id="c3-local-plan"]').innerText(), /No explanation given/);
  assert.match(await page.locator('li.exception[data-id="temporary-accommodation"]').innerText(), /38 households are in bed and breakfast/);
  // The section link counts every exception of the period, as the core does.
  const nav = await page.locator('nav.sections a[href*="exceptions"]').innerText();
  assert.equal(nav.trim(), `Exceptions (${status.exceptions.length})`);
  await shot(page, 'exceptions');
});

test('indicator detail: status, rule, history chart and table, comments, reported vs calculated', async () => {
  const page = await open(browser, `${server.url}#/indicator/budget-variance`);
  await page.locator('#observations-table tbody tr').first().waitFor();
  assert.match(await page.locator('#headline').innerText(), /Amber – near target/);
  assert.match(await page.locator('#tolerance-rule').innerText(), /Green within 1\.0 percentage points of the target either way; amber within twice that/);
  assert.equal(await page.locator('#observations-table tbody tr').count(), 30, 'April 2021 to September 2023');
  assert.match(await page.locator('#observations-table tr[data-period="2023-09"]').innerText(), /1\.8%.*Amber.*Pressures from temporary accommodation/s);
  await page.locator('.chart svg path[stroke="#1d4f91"]').first().waitFor();
  // Periods in words wherever a person reads them; the file's own forms only in attributes.
  assert.match(await page.locator('.chart').first().getAttribute('aria-label'), /History: Apr 2021 0\.4% \(Green\)/);
  assert.match(await page.locator('#observations-table tr[data-period="2023-09"] th').innerText(), /^Sep 2023$/);
  assert.doesNotMatch(await page.locator('article.indicator-detail').innerText(), /\b20\d\d-(0[1-9]|1[0-2])\b/);
  await shot(page, 'detail-budget-variance');

  const gas = await open(browser, `${server.url}#/indicator/gas-safety-certificates`);
  const headline = gas.locator('#headline');
  await headline.waitFor();
  assert.match(await headline.innerText(), /Green – on target/);
  assert.match(await headline.innerText(), /Calculated status\s*!\s*Amber – near target/);
});

test('the year-end forecast shows beside the status in the list', async () => {
  const page = await open(browser, `${server.url}#/indicators?q=recycled`);
  const row = page.locator('#indicator-table tr[data-id="recycling-rate"]');
  await row.waitFor();
  assert.match(await row.innerText(), /Red – off target\s*Year-end forecast: Red/);
});

test('trend-only indicators show their trend, never a false green', async () => {
  const page = await open(browser, `${server.url}#/indicators?q=website`);
  const row = page.locator('#indicator-table tr[data-id="website-satisfaction"]');
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /No target – trend only/);
  assert.doesNotMatch(text, /Green/);
  assert.match(text, /Worsening|Improving|No change/);
});

test('a service page names its delivery partner, commentary and indicators', async () => {
  const page = await open(browser, `${server.url}#/service/revenues-benefits`);
  await page.locator('#group-indicator-table tbody tr').first().waitFor();
  assert.match(await page.locator('.group-facts').innerText(), /Delivered by\s*Wexcombe and Downs Shared Services/);
  assert.match(await page.locator('.commentary').innerText(), /Council tax collection is 0\.7 points behind profile/);
  assert.equal(await rowsOf(page, 'group-indicator-table').count(), 5);
  const rows = await page.locator('#group-status-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.status, Number(tr.querySelector('td').textContent)]));
  assert.deepEqual(Object.fromEntries(rows), status.summary.services['revenues-benefits'].status);
  await shot(page, 'service-revenues-benefits');
});

test('actions by priority, filtered by status', async () => {
  const page = await open(browser, `${server.url}#/actions?status=at-risk`);
  await page.locator('table.actions tbody tr').first().waitFor();
  const shown = await page.locator('table.actions tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
  const expected = status.actions.filter((a) => a.status === 'at-risk').map((a) => a.id);
  assert.deepEqual(shown.sort(), expected.sort());
  assert.equal(await countText(page), `Showing ${expected.length} of 18 actions`);
});

test('keyboard only: skip link, sections, and a list opened with Enter', async () => {
  const page = await open(browser, server.url);
  await page.locator('#status-counts-table').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Tab to the Exceptions section link and open it.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.textContent)).startsWith('Exceptions')) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/exceptions/);
  await page.locator('li.exception').first().waitFor();
  // Focus is visible: the outline is drawn.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
});

test('addresses that name nothing get a clear message', async () => {
  const page = await open(browser, `${server.url}#/indicator/no-such-indicator`);
  assert.match(await page.getByRole('alert').innerText(), /no such page/);
  const p2 = await open(browser, `${server.url}#/overview?period=2031/32-Q1`);
  assert.match(await p2.getByRole('alert').innerText(), /not one this scorecard reports.*2031\/32-Q1/s);
  assert.match(await p2.locator('.masthead').innerText(), /Quarter 2, 2023\/24/);
});

test('exceptions can be filtered, e.g. to one portfolio holder', async () => {
  const page = await open(browser, `${server.url}#/exceptions`);
  await page.locator('li.exception').first().waitFor();
  const portfolio = 'Cllr Sian Evans, Portfolio Holder for Housing';
  await page.selectOption('#filter-portfolio', portfolio);
  await page.waitForURL(/portfolio=/);
  const housing = new Set(sampleData.indicators.filter((i) => i.service === 'housing').map((i) => i.id));
  const housingActions = new Set(sampleData.actions.filter((a) => a.service === 'housing').map((a) => a.id));
  const expected = status.exceptions.filter((e) => (e.kind === 'indicator' ? housing : housingActions).has(e.id)).map((e) => e.id).sort();
  await page.waitForFunction((n) => document.querySelectorAll('li.exception').length === n, expected.length);
  const shown = await page.locator('li.exception').evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.deepEqual(shown.sort(), expected);
  assert.equal(await countText(page), `Showing ${expected.length} of ${status.exceptions.length} exceptions`);
});

test('the overview counts flagship actions per priority, each number opening those actions', async () => {
  const page = await open(browser, server.url);
  const table = page.locator('#priority-actions-table');
  await table.locator('tbody tr').first().waitFor();
  for (const [id, counts] of Object.entries(status.summary.priorities)) {
    const cells = await table.locator(`tr[data-group="${id}"] td[data-status]`).evaluateAll((tds) => tds.map((td) => [td.dataset.status, Number(td.textContent)]));
    assert.deepEqual(Object.fromEntries(cells), counts.actions, id);
  }
  await table.locator('tr[data-group="homes-and-support"] td[data-status="at-risk"] a').click();
  await page.waitForURL(/#\/actions\?.*priority=homes-and-support/);
  await page.locator('table.actions tbody tr').first().waitFor();
  assert.equal(await page.locator('table.actions tbody tr').count(), status.summary.priorities['homes-and-support'].actions['at-risk']);
});

test('a filter value the scorecard does not have is named, not silently empty', async () => {
  const page = await open(browser, `${server.url}#/indicators?service=parks&status=purple`);
  const alert = page.locator('.filters [role="alert"]');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Service area "parks", which this scorecard does not have/);
  assert.match(text, /Status "purple"/);
  assert.equal(await countText(page), 'Showing 0 of 63 indicators');
});

test('changing the period redraws the table rows with that period\'s figures', async () => {
  const q1 = cliStatus(sample, '--period', '2023/24-Q1');
  const page = await open(browser, `${server.url}#/indicators?q=temporary`);
  const row = page.locator('#indicator-table tr[data-id="temporary-accommodation"]');
  await row.waitFor();
  assert.match(await row.locator('td.value').innerText(), /^142$/);
  await page.selectOption('#period-select', '2023/24-Q1');
  const expected = String(q1.indicators.find((i) => i.id === 'temporary-accommodation').value);
  await page.waitForFunction((v) => document.querySelector('#indicator-table tr[data-id="temporary-accommodation"] td.value')?.textContent === v, expected);
  assert.match(await row.getAttribute('data-status'), new RegExp(q1.indicators.find((i) => i.id === 'temporary-accommodation').status));
});
