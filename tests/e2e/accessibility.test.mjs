// WCAG 2.2 AA checks with axe-core on every view: zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, open, settled } from './support.mjs';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url)); // not import.meta.dirname: Node 18 lacks it

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const axePath = path.resolve(here, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const views = {
  overview: '',
  exceptions: '#/exceptions',
  indicators: '#/indicators?service=housing',
  detail: '#/indicator/council-tax-collected',
  service: '#/service/revenues-benefits',
  priority: '#/priority/homes-and-support',
  actions: '#/actions',
  'error page': '?src=fixtures/wrong-format.json',
  compare: '#/compare',
  'compare, in Welsh': '?src=data/sample-bilingual.json&lang=cy#/compare',
  'a linked indicator, in Welsh': '?src=data/sample-bilingual.json&lang=cy#/indicator/recycling-rate',
  'a pack on its own': '?pack=data/packs/unitaries/index.json&area=E06999002',
  'compare, a group chosen by name': '#/compare?peers=custom:E06999002,E06999003,E06999004,E06999005',
  'one chart alone, in Welsh (an embed)': '?src=data/sample-bilingual.json&lang=cy#/indicator/recycling-rate?chart=peers-field',
};
// Views whose figures arrive after the page: axe runs once they are there.
const ready = {
  compare: '#compare-table td:nth-child(6)',
  'compare, in Welsh': '#compare-table td:nth-child(6)',
  'a linked indicator, in Welsh': '#peers-history .chart svg',
  'compare, a group chosen by name': '#compare-table td:nth-child(6)',
  'one chart alone, in Welsh (an embed)': '#peers-field .chart svg',
  'a pack on its own': '#pack-table td:nth-child(4)',
};

for (const [name, url] of Object.entries(views)) {
  test(`axe finds no WCAG 2.2 AA violations: ${name}`, async () => {
    // axe is the test's instrument, not the app: it is let past the page's policy.
    const page = await open(browser, server.url + url, { bypassCSP: true });
    await page.locator('main[aria-busy="false"]').waitFor();
    if (ready[name]) {
      // A linked indicator's comparison is fetched as its place nears the screen.
      if (await page.locator('.compare-place').count()) await page.locator('.compare-place').first().scrollIntoViewIfNeeded();
      await page.locator(ready[name]).first().waitFor();
    }
    await settled(page);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`);
    assert.deepEqual(found, []);
  });
}
