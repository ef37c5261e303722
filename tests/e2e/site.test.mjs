// A published site (`scorecard publish`) as a council puts it on its website: in a folder
// (/performance/), a written page for every view, taken over by the app, readable without
// JavaScript, and offline there after one visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, cli, cliStatus, dist, until, artefacts } from './support.mjs';

// A real council's scorecard (Hart's, ../shared/data/real; PROVENANCE.md there).
const hart = path.resolve(dist, '..', '..', 'shared', 'data', 'real', 'hart-2014-15.json');
const folder = '/performance/';
let server, browser, site;

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-site-'));
  fs.cpSync(dist, site, { recursive: true });
  cli('publish', hart, '--site', site, '--url', 'https://www.hart.gov.uk/performance/');
  server = await serve({ site, prefix: folder });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(site, { recursive: true, force: true });
});

const status = () => cliStatus(hart);
const first = () => status().indicators.find((i) => i.value !== null);

/** A page that fails on any error, and records every request outside the site's folder. */
async function visit(context, address) {
  const page = await context.newPage();
  page.errors = [];
  page.outside = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) page.outside.push(r.url()); });
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(server.url + address);
  return page;
}

test('in a folder of the website: every view is drawn, its links are its pages, and it reloads offline there', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await visit(context, '');
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  await page.getByRole('heading', { level: 1, name: 'Key Performance Indicators (as published, 2014/15)' }).waitFor();
  // A link is the view's page, and following it draws the view without loading a page.
  await page.evaluate(() => { window.__same = true; });
  await page.locator('nav.sections a[href="indicators.html"]').click();
  await page.waitForURL(`${server.url}indicators.html`);
  const ind = first();
  const link = page.locator(`#indicator-table a[href="indicator-${ind.id}.html"]`);
  await link.click();
  await page.waitForURL(`${server.url}indicator-${ind.id}.html`);
  await page.locator('#headline').waitFor();
  assert.match(await page.locator('#headline .tag').first().getAttribute('class'), new RegExp(`tag-${ind.status}\\b`));
  assert.ok(await page.evaluate(() => window.__same), 'the app drew the view in the same page');
  // The skip link moves the keyboard to the view, and stays on this page.
  await page.locator('a.skip-link').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(page.url(), `${server.url}indicator-${ind.id}.html`);
  await page.goBack();
  await page.waitForURL(`${server.url}indicators.html`);
  await page.locator('#indicator-table').waitFor();
  // Every other kind of page, landed on: written, then the app's own view in its place.
  const hartFile = JSON.parse(fs.readFileSync(hart, 'utf8'));
  const kinds = ['exceptions.html', 'actions.html', `service-${hartFile.services[0].id}.html`];
  if (hartFile.priorities?.length) kinds.push(`priority-${hartFile.priorities[0].id}.html`);
  for (const kind of kinds) {
    await page.goto(server.url + kind);
    await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
    await page.locator('#view').getByRole('heading').first().waitFor();
    assert.equal(await page.locator('nav.sections a[aria-current="page"], #view h2, #view h1').count() > 0, true, kind);
  }

  // The offline worker, registered in the folder, keeps what this visit saw.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.url);
  await page.goto(`${server.url}indicator-${ind.id}.html`);
  await page.locator('#headline').waitFor();
  await until(page, async () => !!(await (await caches.open('scorecard-data')).match(new URL('data/scorecard.json', location.href).href)));
  server.offline(true);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('#headline').waitFor();
    // A page never visited: the worker answers with the overview's, whose app draws the view.
    const service = status().summary.services && Object.keys(status().summary.services)[0];
    await page.goto(`${server.url}service-${service}.html`);
    await page.locator('#view').getByRole('heading').first().waitFor();
    assert.equal(await page.evaluate(() => location.pathname.split('/').pop()), `service-${service}.html`);
    assert.equal(await page.locator('#scorecard-first-view').count(), 0);
  } finally {
    await context.setOffline(false);
    server.offline(false);
  }
  assert.deepEqual(page.outside, [], 'nothing fetched outside the folder');
  assert.deepEqual(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('without JavaScript an indicator\'s page is there to read: its figures, status in words, history, and links', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const ind = first();
  const page = await context.newPage();
  await page.goto(`${server.url}indicator-${ind.id}.html`);
  const headline = page.locator('#scorecard-first-view #headline');
  assert.ok(await headline.isVisible());
  assert.match(await headline.locator('.tag').first().getAttribute('class'), new RegExp(`tag-${ind.status}\\b`));
  assert.ok((await page.locator('#scorecard-first-view #observations-table tbody tr').count()) > 0);
  // The history drawn, hidden from screen readers (the table beside it says the same).
  const drawing = page.locator('#scorecard-first-view .chart .still');
  assert.ok(await drawing.isVisible());
  assert.equal(await drawing.getAttribute('aria-hidden'), 'true');
  assert.ok((await drawing.locator('line.value').count()) > 0);
  assert.match(await page.title(), /Hart District Council/);
  assert.equal(await page.getAttribute('link[rel="canonical"]', 'href'), `https://www.hart.gov.uk/performance/indicator-${ind.id}.html`);
  assert.ok(await page.locator('#scorecard-first-view a[href="exceptions.html"]').count() > 0);
  await context.close();
});

test("an indicator's page draws its history with the page, and starts the chart library only when the reader reaches for the chart", async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block' });
  const asked = [];
  await context.route(/\/echarts\//, (route) => { asked.push(route.request().url()); return route.continue(); });
  const ind = first();
  const page = await visit(context, `indicator-${ind.id}.html`);
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  // The app's own view keeps the written page's drawing: the line, a mark per period.
  const chart = page.locator('#view .indicator-detail .chart');
  await chart.locator('.still line.value').first().waitFor({ state: 'attached' });
  assert.ok(await chart.locator('.still').isVisible());
  assert.equal(await page.getByText('The chart could not be drawn; the table below has the same figures.').count(), 0);
  await page.waitForTimeout(500);
  assert.deepEqual(asked, [], 'the page asked for ECharts before the reader reached for the chart');
  // A pointer over it starts ECharts in its place, its tooltip open where the pointer is.
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await chart.locator('svg path[stroke="#1d4f91"]').first().waitFor({ state: 'attached' });
  await chart.locator('.still').waitFor({ state: 'detached' });
  assert.ok(asked.length > 0);
  await page.waitForFunction(() => [...document.querySelectorAll('#view .chart > div')].some((d) => /\d/.test(d.textContent) && getComputedStyle(d).display !== 'none'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a page edited to load another file never shows the file it was written from", async () => {
  // The build's page (the sample written in) set by hand to load the council's file.
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace('<meta name="scorecard-src" content="">', '<meta name="scorecard-src" content="data/scorecard.json">');
  assert.match(html, /scorecard-src" content="data\/scorecard\.json"/);
  server.override(`${folder}edited.html`, html, 'text/html');
  try {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shown = false;
      const look = () => {
        const el = document.getElementById('scorecard-first-view');
        if (el && getComputedStyle(el).display !== 'none') window.__shown = true;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${server.url}edited.html`);
    await page.getByRole('heading', { level: 1, name: 'Key Performance Indicators (as published, 2014/15)' }).waitFor();
    assert.equal(await page.evaluate(() => window.__shown), false, 'Wexcombe was painted');
    await context.close();
  } finally {
    server.restore(`${folder}edited.html`);
  }
});

test("the publish page's site files are the bytes `scorecard publish` writes for the same file", async () => {
  // The officer's template of the sample, read on the publish page of the published site.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-zip-'));
  try {
    const book = path.join(work, 'template.xlsx');
    cli('export', path.join(dist, 'data', 'sample.json'), '--xlsx', book);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await visit(context, 'publish.html');
    await page.setInputFiles('#sheet-file', book);
    await page.waitForFunction(() => /read;/.test(document.querySelector('#publish-status')?.textContent ?? ''));
    const [doc] = await Promise.all([page.waitForEvent('download'), page.click('#download-scorecard')]);
    const file = path.join(work, 'scorecard.json');
    fs.copyFileSync(await doc.path(), file);
    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.click('#download-site')]);
    assert.equal(zip.suggestedFilename(), 'scorecard-site.zip');
    const zipped = path.join(work, 'site.zip');
    fs.copyFileSync(await zip.path(), zipped);
    await page.locator('#site-status[role="status"]').waitFor();
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.outside, []);
    await context.close();

    // The same file published on the command line into a copy of the same site.
    const copy = path.join(work, 'site');
    fs.cpSync(site, copy, { recursive: true });
    const said = cli('publish', file, '--site', copy);
    const unzipped = path.join(work, 'unzipped');
    fs.mkdirSync(unzipped);
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zipped, unzipped]);
    const files = fs.readdirSync(unzipped, { recursive: true }).filter((f) => fs.statSync(path.join(unzipped, f)).isFile());
    const pages = files.filter((f) => f.endsWith('.html'));
    assert.match(said, new RegExp(`with ${pages.length} pages written`));
    for (const f of ['index.html', 'sitemap.xml', 'updates.xml', 'data/scorecard.json', 'data/scorecard.previous.json']) {
      assert.ok(files.includes(f), `${f} is in the zip`);
    }
    for (const f of files) {
      const [zipped, written] = [fs.readFileSync(path.join(unzipped, f)), fs.readFileSync(path.join(copy, f))];
      if (!zipped.equals(written)) {
        // Both kept, to read the difference.
        fs.writeFileSync(path.join(artefacts, 'site-zip-' + f.replaceAll('/', '-')), zipped);
        fs.writeFileSync(path.join(artefacts, 'site-cli-' + f.replaceAll('/', '-')), written);
      }
      assert.ok(zipped.equals(written), `${f} differs from publish's (both in test-results/)`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
