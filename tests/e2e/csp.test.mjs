// The page's Content-Security-Policy: every view works under it with no violation, and a
// script injected into the page (say through a hostile scorecard text that slipped past
// escaping) is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Collects violation reports from the first moment of the page.
const listen = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sample || ''}`.trim()));
};

test('every view, chart and tooltip runs under the policy with no violation', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1024, height: 900 } });
  await context.addInitScript(listen);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /base-uri 'none'/);
  assert.match(policy, /connect-src 'self'(;|$)/);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  for (const hash of ['#/exceptions', '#/indicators?sort=-value', '#/indicator/recycling-rate', '#/service/housing', '#/priority/homes-and-support', '#/actions']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.locator('#view > *').first().waitFor();
    if (hash.startsWith('#/indicator/')) {
      // A tooltip: ECharts writes its HTML with style attributes.
      const chart = page.locator('.indicator-detail .chart');
      await chart.locator('svg path[stroke="#1d4f91"]').first().waitFor();
      const box = await chart.boundingBox();
      await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
      await page.waitForFunction(() => [...document.querySelectorAll('.chart > div')].some((d) => /\d/.test(d.textContent) && getComputedStyle(d).display !== 'none'));
    }
  }
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the comparison, a pack on its own, the publish page and a chart taken out run under the policy', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
  await context.addInitScript(listen);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const violations = async (where) => assert.deepEqual(await page.evaluate(() => window.__violations), [], where);
  // The comparison module's view, with its charts.
  await page.goto(`${server.url}#/compare`);
  await page.locator('#compare-table tbody tr td:nth-child(6)').first().waitFor();
  await violations('#/compare');
  // A chart taken out: the export module, and ECharts for images drawing off the screen.
  await page.goto(server.url);
  const panel = page.locator('section[aria-labelledby="status-counts-table-title"]');
  // The written overview's menu works once the app has taken over from it.
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  await panel.locator('.chart-menu summary').click();
  for (const kind of ['png', 'svg']) {
    await Promise.all([page.waitForEvent('download'), panel.locator(`.chart-menu button[data-kind="${kind}"]`).click()]);
  }
  await violations('a chart taken out');
  // A pack on its own.
  await page.goto(`${server.url}?pack=data/packs/unitaries/index.json&area=E06999002`);
  await page.waitForFunction(() => [...document.querySelectorAll('#pack-table tbody tr')].length === 16);
  await violations('a pack on its own');
  // The publish page, with its own policy.
  await page.goto(`${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /script-src 'self'/);
  await violations('publish.html');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a script injected into the page is refused', async () => {
  const page = await open(browser, server.url);
  await page.addInitScript(listen);
  await page.reload();
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    const img = document.createElement('div');
    img.innerHTML = '<img src="x" onerror="window.__injected = true">';
    document.body.appendChild(img);
  });
  await page.waitForFunction(() => window.__violations.length >= 2);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(violations.some((v) => v.startsWith('script-src-elem inline')), violations.join('\n'));
  assert.ok(violations.some((v) => v.startsWith('script-src-attr inline')), violations.join('\n'));
});
