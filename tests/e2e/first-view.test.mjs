// The overview written into the page (`scorecard page`; the build writes the sample's into
// index.html): on screen before the app's code has arrived, readable without JavaScript, set
// aside for any other address, and replaced by the app's own view without anything moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, shot, cli, cliStatus, sample, dist } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };
const written = '#scorecard-first-view';

/** A phone's page whose wasm is held back until `release()`. */
async function held(url, options = {}) {
  const context = await browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__shifts = 0;
    window.__largest = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__largest.push(e.element?.closest('#scorecard-first-view') ? 'written' : 'app');
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  let release;
  const gate = new Promise((r) => { release = r; });
  let asked = false;
  await page.route(/_bg\.wasm$/, async (route) => { asked = true; await gate; await route.continue(); });
  await page.goto(url);
  return { page, release, asked: () => asked };
}

const counts = (page, scope) => page.locator(`${scope} #status-counts-table tbody tr`).evaluateAll((trs) =>
  Object.fromEntries(trs.map((tr) => [tr.dataset.status, Number(tr.querySelector('td').textContent)])));

test('the figures are painted from the page before the app, which then takes their place without moving anything', async () => {
  const { page, release } = await held(server.url);
  const expected = cliStatus(sample).summary.overall.status;
  await page.locator(`${written} #status-counts-table`).waitFor();
  assert.ok(await page.locator(written).isVisible());
  assert.deepEqual(await counts(page, written), expected);
  assert.equal(await page.title(), 'Strategic Performance Dashboard – Wexcombe Borough Council');
  // Painted, and the largest paint, with the app's code still on its way.
  await page.waitForFunction(() => window.__largest.length > 0);
  await shot(page, 'first-view-written');

  // From here: a full-page screenshot resizes the viewport, which moves things itself.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => { window.__shifts = 0; });
  release();
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  assert.deepEqual(await counts(page, 'body'), expected);
  await page.waitForTimeout(300);
  const { shifts, largest } = await page.evaluate(() => ({ shifts: window.__shifts, largest: window.__largest }));
  assert.ok(shifts < 0.01, `layout shift ${shifts}`);
  // The app's identical view is no larger paint: the page's largest paint stays the written one.
  assert.deepEqual([...new Set(largest)], ['written'], `largest paints: ${largest}`);
  // The app is live: a count opens the list it counts.
  await page.locator('#status-counts-table tbody tr[data-status="red"] a').click();
  await page.waitForURL(/#\/indicators\?status=red/);
  assert.equal(await page.locator('#indicator-table tbody tr').count(), expected.red);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without JavaScript the written overview is there to read', async () => {
  const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.ok(await page.locator(written).isVisible());
  assert.deepEqual(await counts(page, written), cliStatus(sample).summary.overall.status);
  await context.close();
});

test('another file or view never shows the written figures, and a link followed early opens its view', async () => {
  for (const address of ['?src=data/sample-bilingual.json', '#/exceptions', '#/?period=2023/24-Q1']) {
    const { page, release } = await held(`${server.url}${address}`);
    await page.waitForTimeout(200);
    assert.equal(await page.locator(written).isVisible(), false, address);
    release();
    await page.context().close();
  }
  // A count followed before the app has arrived: the written view goes, the list comes.
  const { page, release, asked } = await held(server.url);
  await page.locator(`${written} #status-counts-table tbody tr[data-status="amber"] a`).click();
  assert.equal(await page.locator(written).isVisible(), false);
  while (!asked()) await page.waitForTimeout(50);
  release();
  await page.locator('#indicator-table tbody tr').first().waitFor();
  assert.equal(await page.locator('#indicator-table tbody tr').count(), cliStatus(sample).summary.overall.status.amber);
  assert.equal(await page.locator(written).count(), 0);
  await page.context().close();
});

test("a Welsh council's page, written in Welsh, is set aside for a reader whose browser asks for English", async () => {
  const bilingual = path.join(path.dirname(sample), 'sample-bilingual.json');
  server.override('/cyngor.html', cli('page', bilingual, '--shell', path.join(dist, 'index.html'), '--src', 'data/sample-bilingual.json'), 'text/html');
  try {
    const welsh = await held(`${server.url}cyngor.html`, { locale: 'cy-GB' });
    await welsh.page.locator(`${written} #status-counts-table`).waitFor();
    assert.ok(await welsh.page.locator(written).isVisible());
    assert.equal(await welsh.page.getAttribute('html', 'lang'), 'cy');
    assert.equal(await welsh.page.title(), 'Dangosfwrdd Perfformiad Strategol – Cyngor Bwrdeistref Wexcombe');
    welsh.release();
    await welsh.page.context().close();

    const english = await held(`${server.url}cyngor.html`, { locale: 'en-GB' });
    await english.page.waitForTimeout(200);
    assert.equal(await english.page.locator(written).isVisible(), false);
    english.release();
    await english.page.getByRole('heading', { level: 1, name: 'Strategic Performance Dashboard' }).waitFor();
    assert.deepEqual(english.page.errors, []);
    await english.page.context().close();
  } finally {
    server.restore('/cyngor.html');
  }
});

/** Whether the written view is on screen in any frame painted from here on. */
function watchWritten() {
  window.__writtenShown = false;
  const look = () => {
    const el = document.getElementById('scorecard-first-view');
    if (el && getComputedStyle(el).display !== 'none') window.__writtenShown = true;
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test('a repeat visit shows the written view when it is of the file last read; a file replaced without publishing is shown at once, and said so', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.addInitScript(watchWritten);
  await page.reload();
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the worker serves this visit');
  // The app read this version last time: the page written from it is shown, as on a first visit.
  await page.waitForFunction(() => window.__writtenShown);
  await page.locator('#status-counts-table tbody tr').first().waitFor();

  // The council replaces the file without publishing the page again.
  const text = fs.readFileSync(sample, 'utf8').replace('"Strategic Performance Dashboard"', '"Strategic Performance Dashboard (restated)"');
  assert.ok(text.includes('(restated)'));
  server.override('/data/sample.json', text, 'application/json');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await page.reload();
    // The app, once it has read the file, shows it at once and says so.
    await page.getByRole('heading', { level: 1, name: 'Strategic Performance Dashboard (restated)' }).waitFor();
    assert.equal(await page.locator(written).count(), 0);
    assert.match(await page.locator('p.notice[role="status"]').first().innerText(), /written for another version of the scorecard file/);
    assert.ok(warnings.some((w) => /written from version [0-9a-f]{16} of data\/sample\.json/.test(w)), warnings.join('\n'));
    // The next visit never paints the page's old figures.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Strategic Performance Dashboard (restated)' }).waitFor();
    assert.equal(await page.evaluate(() => window.__writtenShown), false);
    assert.deepEqual(page.errors, []);
  } finally {
    server.restore('/data/sample.json');
  }
  await context.close();
});
