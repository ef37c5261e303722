// A long list (240 generated indicators): drawn a page at a time with its whole size stated,
// counted as the CLI counts, sorted row by row as the core ranks (top, middle and end), and
// walked by keyboard from the first row to the last across "Show more".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve, launch, open, cliStatus } from './support.mjs';

const TOTAL = 240;
const PAGE = 50;
let server, browser, status, generated;
before(async () => {
  const bin = process.env.SCORECARD_BIN ?? 'target/debug/scorecard';
  const file = 'test-results/long-list.json';
  execFileSync(bin, ['generate', '--indicators', String(TOTAL), '--periods', '4', '--output', file]);
  status = cliStatus(file);
  generated = JSON.parse(fs.readFileSync(file, 'utf8')).indicators;
  server = await serve();
  server.override('/data/long.json', fs.readFileSync(file), 'application/json');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const listAt = (hash) => `${server.url}?src=data/long.json#/indicators${hash}`;
const drawn = (page) => page.locator('#indicator-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
const rowsDrawn = (page, n) => page.waitForFunction((n) => document.querySelectorAll('#indicator-table tbody tr').length === n, n);

test('a long list is drawn a page at a time, states its full size, and counts as the CLI does', async () => {
  const page = await open(browser, listAt(''));
  await rowsDrawn(page, PAGE);
  assert.equal(await page.getAttribute('#indicator-table', 'aria-rowcount'), String(TOTAL + 1));
  const rows = page.locator('#indicator-table tbody tr');
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('aria-rowindex'))),
    Array.from({ length: PAGE }, (_, i) => String(i + 2)));
  assert.equal(await page.locator('#match-count').innerText(), `Showing all ${TOTAL} indicators`);
  assert.match(await page.locator('.more-rows [role=status]').innerText(), new RegExp(`${PAGE}\\D+${TOTAL}`));
  await page.getByRole('button', { name: `Show all ${TOTAL}` }).click();
  await rowsDrawn(page, TOTAL);
  assert.equal(await page.locator('.more-rows').count(), 0, 'no "Show more" once all are drawn');

  // Each filter starts again from the first page, and keeps exactly the CLI's indicators.
  const byService = new Map(generated.map((i) => [i.id, i.service]));
  for (const [select, value, keep] of [
    ['#filter-status', 'red', (i) => i.status === 'red'],
    ['#filter-status', 'green', (i) => i.status === 'green'],
    ['#filter-service', 'service-3', (i) => byService.get(i.id) === 'service-3'],
  ]) {
    const clear = page.getByRole('button', { name: 'Clear all filters' });
    if (await clear.isEnabled()) await clear.click();
    await page.selectOption(select, value);
    const want = status.indicators.filter(keep).map((i) => i.id);
    await page.waitForFunction((n) => document.querySelector('#match-count').textContent === `Showing ${n} of 240 indicators`, want.length);
    if (want.length > PAGE) await page.getByRole('button', { name: `Show all ${want.length}` }).click();
    await rowsDrawn(page, want.length);
    assert.deepEqual(await drawn(page), want, `${select} = ${value}`);
  }

  // Printing puts every row on paper, not only the page drawn.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await rowsDrawn(page, PAGE);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await rowsDrawn(page, TOTAL);
  assert.deepEqual(page.errors, []);
});

/** The CLI's indicators in the order the core's ranking gives: stable, equal items in file order either way. */
function ranked(key, descending) {
  const worstFirst = ['red', 'amber', 'green', 'no-target', 'no-data', 'suppressed'];
  const rank = {
    value: (i) => i.value ?? -Infinity,
    status: (i) => worstFirst.indexOf(i.status),
  }[key];
  const cmp = (a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0);
  return [...status.indicators].sort((a, b) => (descending ? cmp(b, a) : cmp(a, b))).map((i) => i.id);
}

test('a sorted long list is in the core\'s order row by row, at the top, the middle and the end', async () => {
  const page = await open(browser, listAt(''));
  await rowsDrawn(page, PAGE);
  for (const [column, clicks, key, descending] of [[3, 2, 'value', true], [5, 1, 'status', false]]) {
    for (let c = 0; c < clicks; c++) await page.locator('th button.sort').nth(column).click();
    const want = ranked(key, descending);
    await page.waitForFunction((first) => document.querySelector('#indicator-table tbody tr')?.dataset.id === first, want[0]);
    assert.deepEqual(await drawn(page), want.slice(0, PAGE), `${key}: the top`);
    await page.getByRole('button', { name: `Show ${PAGE} more` }).click();
    await page.getByRole('button', { name: `Show ${PAGE} more` }).click();
    await rowsDrawn(page, 3 * PAGE);
    assert.deepEqual((await drawn(page)).slice(2 * PAGE), want.slice(2 * PAGE, 3 * PAGE), `${key}: the middle`);
    await page.getByRole('button', { name: `Show all ${TOTAL}` }).click();
    await rowsDrawn(page, TOTAL);
    assert.deepEqual((await drawn(page)).slice(TOTAL - PAGE), want.slice(TOTAL - PAGE), `${key}: the end`);
    const mark = await page.locator('th[aria-sort]:not([aria-sort=none])').getAttribute('aria-sort');
    assert.equal(mark, descending ? 'descending' : 'ascending');
  }
  assert.deepEqual(page.errors, []);
});

test('the keyboard reaches every row of a long list, on through "Show more"', async () => {
  const page = await open(browser, listAt('?status=green'));
  const want = status.indicators.filter((i) => i.status === 'green').map((i) => i.id);
  assert.ok(want.length > PAGE, 'the list is longer than a page');
  await rowsDrawn(page, PAGE);
  await page.locator('#indicator-table tbody tr th a').first().focus();
  const reached = [];
  for (let presses = 0; presses < 10 * want.length; presses++) {
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const row = el.closest('#indicator-table tbody tr');
      if (row) return { row: row.dataset.id, title: !!el.closest('th'), index: row.getAttribute('aria-rowindex') };
      return { more: el.closest('.more-rows') ? el.textContent : null };
    });
    if (at.row && at.title) {
      reached.push(at.row);
      assert.equal(at.index, String(reached.length + 1), 'each row says its place in the whole list');
    } else if (at.more?.startsWith('Show') && !at.more.startsWith('Show all')) {
      await page.keyboard.press('Enter');
      // Focus goes on to the first new row, not back to the top or to a vanished button.
      await page.waitForFunction((n) => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') === String(n), reached.length + 2);
      continue;
    } else if (!at.row && reached.length > 0) {
      break;
    }
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(reached, want);
  assert.deepEqual(page.errors, []);
});
