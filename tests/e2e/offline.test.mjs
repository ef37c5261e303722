// Offline after the first load, and updates that never break an open page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, shot, sample, dist, until } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function controlledPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url);
  await page.locator('#status-counts-table').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.locator('#status-counts-table').waitFor();
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  // The data file is kept for offline use after the first load.
  await until(page, async () => !!(await (await caches.open('scorecard-data')).match(new URL('data/sample.json', location.href).href)));
  return page;
}

const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

test('load once, cut the network, reload: every view renders from cache and says so', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await controlledPage(context);
  server.offline(true);
  await context.setOffline(true);
  try {
    await page.reload();
    const notice = page.locator('.offline-notice');
    await notice.waitFor();
    assert.equal(await notice.innerText(), `You are offline — showing data saved on ${today} (published 20 November 2023).`);
    for (const [hash, ready] of [['#/exceptions', 'li.exception'], ['#/indicators', '#indicator-table tbody tr'],
      ['#/indicator/recycling-rate', '#observations-table tbody tr'], ['#/service/housing', '#group-indicator-table tbody tr'], ['#/actions', 'table.actions tbody tr']]) {
      await page.goto(server.url + hash);
      await page.locator(ready).first().waitFor();
    }
    // The history's line chart needs ECharts, which the first view never loaded: the worker
    // must have kept it for offline use too.
    await page.goto(server.url + '#/indicator/recycling-rate');
    await page.locator('.chart svg path[stroke="#1d4f91"][d^="M"]').first().waitFor();
    await page.goto(server.url);
    await page.locator('.bars rect[fill="#c2261a"]').first().waitFor();
    await shot(page, 'offline-overview');
  } finally {
    server.offline(false);
    await context.setOffline(false);
  }
  // Back online with a newly published scorecard: the new data appears at once.
  const revised = JSON.parse(fs.readFileSync(sample, 'utf8'));
  revised.title = 'Strategic Performance Dashboard (revised)';
  revised.published = '2023-11-27';
  server.override('/data/sample.json', JSON.stringify(revised));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Strategic Performance Dashboard (revised)' }).waitFor();
  assert.match(await page.locator('.masthead').innerText(), /Data as of 27 November 2023/);
  assert.equal(await page.locator('.offline-notice').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the overview fetches no chart library; when ECharts cannot be fetched, the history says so and keeps its table', async () => {
  // No service worker, so the failed fetch is not rescued from its cache.
  const context = await browser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block' });
  const asked = [];
  await context.route(/\/echarts\//, (route) => { asked.push(route.request().url()); return route.abort(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  await page.locator('.bars rect[fill="#c2261a"]').first().waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(asked, [], 'the overview asked for ECharts');
  await page.goto(server.url + '#/indicator/recycling-rate');
  await page.getByText('The chart could not be drawn; the table below has the same figures.').waitFor();
  assert.equal(asked.length, 1);
  assert.ok(await page.locator('#observations-table tbody tr').count() > 5);
  // Leaving the page before or after the failure breaks nothing.
  await page.goto(server.url + '#/indicator/council-tax-collected');
  await page.getByText('The chart could not be drawn; the table below has the same figures.').waitFor();
  await page.goto(server.url + '#/overview');
  await page.locator('.bars rect[fill="#c2261a"]').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new deployment is offered, not forced, and old caches are deleted', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await controlledPage(context);
  const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('scorecard-shell-')));
  assert.equal(before.length, 1);
  // Deploy: a service worker of a new version (same files, new version string).
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'next-deployment'");
  server.override('/sw.js', sw, 'text/javascript');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.locator('.update-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /A new version of this dashboard is ready/);
  // The open page still works on its own version meanwhile.
  await page.click('nav.sections >> text=Exceptions');
  await page.locator('li.exception').first().waitFor();
  await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
  await page.locator('main[aria-busy="false"]').waitFor();
  const after = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('scorecard-shell-')));
  assert.deepEqual(after, ['scorecard-shell-next-deployment']);
  assert.equal(await page.locator('.update-banner').count(), 0);
  server.override('/sw.js', fs.readFileSync(path.join(dist, 'sw.js')), 'text/javascript');
  await context.close();
});

test('the web app manifest lets a councillor add the dashboard to a home screen', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.icons) {
    const ok = await page.evaluate(async (src) => (await fetch(src)).ok, icon.src);
    assert.ok(ok, icon.src);
  }
  await context.close();
});
