// A portrait tablet (768 px) and a phone (390 px): nothing on any view scrolls sideways, and
// every indicator row still shows its title, value and status. (A long list: long-list.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, shot } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const views = ['#/', '#/exceptions', '#/indicators', '#/indicator/recycling-rate', '#/service/housing', '#/priority/homes-and-support', '#/actions', '#/compare'];

for (const width of [768, 390]) {
  test(`nothing scrolls sideways at ${width} px`, async () => {
    const page = await open(browser, server.url, { viewport: { width, height: 900 } });
    await page.locator('main[aria-busy="false"]').waitFor();
    for (const view of views) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await page.locator('.view-title, #status-counts-table').first().waitFor();
      // What is drawn after the first screen, waited for: the overview's last part, the
      // comparison module's table.
      if (view === '#/') await page.locator('#service-table tbody tr').first().waitFor();
      if (view === '#/compare') await page.locator('#compare-table tbody tr').first().waitFor();
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
