// A portrait tablet (768 px) and a phone (390 px): nothing on any view scrolls sideways, and
// every indicator row still shows its title, value and status. A long list is drawn a page
// at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, shot, cliStatus } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const views = ['#/', '#/exceptions', '#/indicators', '#/indicator/recycling-rate', '#/service/housing', '#/priority/homes-and-support', '#/actions'];

for (const width of [768, 390]) {
  test(`nothing scrolls sideways at ${width} px`, async () => {
    const page = await open(browser, server.url, { viewport: { width, height: 900 } });
    await page.locator('main[aria-busy="false"]').waitFor();
    for (const view of views) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await page.locator('.view-title, #status-counts-table').first().waitFor();
      await page.waitForTimeout(300);
      const wide = await page.evaluate(() => {
        const doc = document.documentElement;
        const out = doc.scrollWidth > doc.clientWidth ? [`the page (${doc.scrollWidth} > ${doc.clientWidth})`] : [];
        for (const el of document.querySelectorAll('main *')) {
          if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) {
            out.push(`${el.firstElementChild?.id || el.className} (${el.scrollWidth} > ${el.clientWidth})`);
          }
        }
        return out;
      });
      assert.deepEqual(wide, [], `${view} at ${width} px`);
    }
    // The list keeps what matters on each row, visible without scrolling.
    await page.evaluate(() => { location.hash = '#/indicators?service=housing'; });
    const row = page.locator('#indicator-table tbody tr').first();
    await row.waitFor();
    for (const cell of [row.locator('th.title a'), row.locator('td.value'), row.locator('.tag')]) {
      const box = await cell.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `visible within ${width} px: ${JSON.stringify(box)}`);
    }
    await shot(page, `indicators-${width}`);
    assert.deepEqual(page.errors, []);
  });
}

test('a long list is drawn a page at a time, with its full size stated, and shows all on demand', async () => {
  const { execFileSync } = await import('node:child_process');
  const bin = process.env.SCORECARD_BIN ?? 'target/debug/scorecard';
  const file = 'test-results/long-list.json';
  execFileSync(bin, ['generate', '--indicators', '500', '--periods', '4', '--output', file]);
  server.override('/data/long.json', fs.readFileSync(file), 'application/json');
  const status = cliStatus(file);
  const page = await open(browser, `${server.url}?src=data/long.json#/indicators`);
  const rows = page.locator('#indicator-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 100, 'the first page');
  assert.equal(await page.getAttribute('#indicator-table', 'aria-rowcount'), '501');
  assert.equal(await rows.nth(99).getAttribute('aria-rowindex'), '101');
  assert.equal(await page.locator('#match-count').innerText(), 'Showing all 500 indicators');
  await page.getByRole('button', { name: 'Show all 500' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#indicator-table tbody tr').length === 500);
  // A filter starts again from the first page, and counts as the CLI does.
  const red = status.indicators.filter((i) => i.status === 'red').map((i) => i.id).sort();
  await page.selectOption('#filter-status', 'red');
  await page.waitForFunction((n) => document.querySelector('#match-count').textContent === `Showing ${n} of 500 indicators`, red.length);
  const drawn = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
  assert.equal(drawn.length, Math.min(red.length, 100));
  assert.ok(drawn.every((id) => red.includes(id)));
  // Sorted by value, descending: the first page's order is the CLI's figures' order.
  await page.locator('th button.sort').nth(3).click();
  await page.locator('th button.sort').nth(3).click();
  const values = new Map(status.indicators.map((i) => [i.id, i.value]));
  const shownValues = (await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id))).map((id) => values.get(id) ?? -Infinity);
  assert.deepEqual(shownValues, [...shownValues].sort((a, b) => b - a));
  // A new list starts again from its first page; printing puts every row on paper.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#indicator-table tbody tr').length === 100);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('#indicator-table tbody tr').length === 500);
  assert.deepEqual(page.errors, []);
});
