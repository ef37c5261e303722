// publish.html: a spreadsheet to a scorecard in the browser, the same as the CLI gives,
// with nothing sent anywhere, accessible, and available offline once opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { serve, launch, open, shot, sample, artefacts, until } from './support.mjs';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url)); // not import.meta.dirname: Node 18 lacks it

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const bin = process.env.SCORECARD_BIN ?? path.resolve(here, '..', '..', 'target', 'debug', 'scorecard');
const axePath = path.resolve(here, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

async function choose(page, file) {
  await page.setInputFiles('#sheet-file', file);
  await page.waitForFunction(() => /read;|could not be imported/.test(document.querySelector('#publish-status')?.textContent ?? ''));
}

test('a workbook chosen on the page gives the scorecard the CLI gives, and nothing leaves the browser', async () => {
  const book = path.join(artefacts, 'template.xlsx');
  execFileSync(bin, ['export', sample, '--xlsx', book]);
  const cli = path.join(artefacts, 'template-cli.json');
  execFileSync(bin, ['import', book, '-o', cli]);

  const page = await open(browser, `${server.url}publish.html`, { acceptDownloads: true });
  const requests = [];
  page.on('request', (r) => requests.push([r.method(), r.url()]));
  await page.locator('#sheet-file').waitFor();
  await choose(page, book);
  assert.match(await page.locator('#publish-status').innerText(), /63 indicators, 794 values and 18 actions read; 0 rows left out/);
  assert.match(await page.locator('#layout').innerText(), /long/);
  // The preview is the dashboard itself, on the imported file.
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.locator('#status-counts-table tbody tr').first().waitFor();
  assert.match(await preview.locator('h1').innerText(), /Strategic Performance Dashboard/);
  await shot(page, 'publish-workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scorecard')]);
  assert.equal(download.suggestedFilename(), 'scorecard.json');
  const fromPage = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(fromPage, JSON.parse(fs.readFileSync(cli, 'utf8')));
  const [mapping] = await Promise.all([page.waitForEvent('download'), page.click('#download-mapping')]);
  assert.equal(mapping.suggestedFilename(), 'mapping.json');
  assert.equal(JSON.parse(fs.readFileSync(await mapping.path(), 'utf8')).columns['Indicator ID'], 'id');
  // Nothing but the page's own files, fetched.
  const foreign = requests.filter(([method, url]) => method !== 'GET' || new URL(url).origin !== new URL(server.url).origin || /\/data\//.test(url));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.errors, []);
});

test('a column given another role is read again, and problems are named by cell', async () => {
  const csv = path.join(artefacts, 'publish-roles.csv');
  fs.writeFileSync(csv, 'Ref,Name,When,Score,Colour\nA1,Alpha,2023/24-Q1,5,blue\nA1,Alpha,2023/24-Q2,lots,\n');
  const page = await open(browser, `${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  await choose(page, csv);
  const row = (h) => page.locator(`tr[data-header="${h}"]`);
  assert.match(await page.locator('#publish-status').innerText(), /could not be imported: no values/);
  assert.equal(await row('Score').getAttribute('data-role'), 'ignore');
  await row('When').locator('select').selectOption('period');
  await page.waitForFunction(() => document.querySelector('tr[data-header="When"]')?.dataset.role === 'period');
  await row('Score').locator('select').selectOption('value');
  await page.waitForFunction(() => document.querySelector('tr[data-header="Score"]')?.dataset.role === 'value');
  await page.waitForFunction(() => /1 row left out/.test(document.querySelector('#publish-status').textContent));
  const error = page.locator('#problems-table tr[data-severity="error"]').first();
  assert.match(await error.innerText(), /row 3, column "Score"\s+"lots" is not a number/);
  // The choice is in the mapping the page offers to save.
  assert.equal(await row('Colour').getAttribute('data-role'), 'ignore');
  assert.deepEqual(page.errors, []);
});

test('a sheet of relative columns asks for its period, and last quarter\'s scorecard is kept', async () => {
  const real = path.resolve(here, '..', '..', '..', 'shared', 'data', 'real', 'hart-dc-kpis');
  if (!fs.existsSync(real)) {
    // In CI the files must be there: a test that did not run must not pass.
    assert.notEqual(process.env.CI, 'true', `${real} is not here under CI=true`);
    console.log(`skipped: ${real} is not here`);
    return;
  }
  const q1 = path.join(artefacts, 'hart-q1.json');
  execFileSync(bin, ['import', path.join(real, 'hart_kpis_snapshot_2014-08-10.csv'), '--period', '2014/15-Q1', '--organisation', 'Hart District Council', '-o', q1]);
  const page = await open(browser, `${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  await page.setInputFiles('#old-file', q1);
  await choose(page, path.join(real, 'hart_kpis_snapshot_2014-11-07.csv'));
  assert.match(await page.locator('#publish-status').innerText(), /could not be imported: .*Period this report is for/);
  await page.fill('#report-period', '2014/15-Q2');
  await page.locator('#report-period').press('Tab');
  await page.waitForFunction(() => /45 indicators/.test(document.querySelector('#publish-status').textContent));
  assert.match(await page.locator('#problems-table').innerText(), /FI06 2014\/15-Q1 is 97.9 in this sheet's relative column but was published as 97.4/);
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.locator('.masthead').waitFor();
  assert.match(await preview.locator('.masthead').innerText(), /Hart District Council/);
  assert.match(await preview.locator('.masthead').innerText(), /Quarter 2, 2014\/15/);
  // The page's merge is the command line's: the same file, byte for byte.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scorecard')]);
  const q2 = path.join(artefacts, 'hart-q2.json');
  spawnSync(bin, ['import', path.join(real, 'hart_kpis_snapshot_2014-11-07.csv'), '--period', '2014/15-Q2', '--into', q1, '-o', q2]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), fs.readFileSync(q2, 'utf8'));
  assert.deepEqual(page.errors, []);
});

test('the publish page is accessible and works by keyboard', async () => {
  const page = await open(browser, `${server.url}publish.html`, { bypassCSP: true });
  await page.locator('#sheet-file').waitFor();
  // The language switch comes first (top of the page, as GOV.UK places it), then the file
  // chooser, which is labelled.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('lang')), 'cy');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sheet-file');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Spreadsheet to publish');
  const book = path.join(artefacts, 'template.xlsx');
  if (!fs.existsSync(book)) execFileSync(bin, ['export', sample, '--xlsx', book]);
  await choose(page, book);
  await page.getByRole('region', { name: 'Preview' }).locator('#status-counts-table tbody tr').first().waitFor();
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`), []);
  // In Welsh, by the switch: the page, what was read and the preview, with the file kept.
  await page.getByRole('button', { name: /Cymraeg/ }).click();
  await page.getByRole('heading', { name: 'Cyhoeddi cerdyn sgorio o daenlen' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await page.waitForFunction(() => /Darllenwyd 63 dangosydd/.test(document.querySelector('#publish-status').textContent));
  await page.getByRole('region', { name: 'Rhagolwg' }).getByText('Dangosyddion yn ôl statws').first().waitFor();
});

test('the dashboard never loads the importer; the publish page works offline once opened', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  assert.deepEqual(loaded.filter((p) => /publish/.test(p)), [], 'the dashboard fetches nothing of the publish page');
  // The worker does not keep the publish page until it is opened.
  await until(page, async () => (await navigator.serviceWorker.ready).active !== null);
  assert.equal(await page.evaluate(async () => !!(await caches.match('publish.html'))), false);
  await page.goto(`${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  await until(page, async () => {
    const keys = await caches.keys();
    for (const k of keys) {
      const c = await caches.open(k);
      const reqs = await c.keys();
      if (reqs.some((r) => /publish-[0-9a-f]+\/scorecard-publish_bg\.wasm$/.test(r.url))) return true;
    }
    return false;
  }, null, { timeout: 20000 });
  server.offline(true);
  try {
    await page.reload();
    await page.locator('#sheet-file').waitFor();
    assert.match(await page.locator('h1').innerText(), /Publish a scorecard/);
  } finally {
    server.offline(false);
    await context.close();
  }
});

test('a file dropped on the page is read like a chosen one', async () => {
  const page = await open(browser, `${server.url}publish.html`, { hasTouch: true });
  await page.locator('#sheet-file').waitFor();
  const dropped = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['Code,Title,Period,Value\nA,Alpha,2023/24-Q1,5\n'], 'dropped.csv', { type: 'text/csv' }));
    return d;
  });
  const zone = page.locator('.drop-zone').first();
  await zone.dispatchEvent('dragover', { dataTransfer: dropped });
  assert.match(await zone.getAttribute('class'), /\bover\b/, 'the zone shows it will take the file');
  await zone.dispatchEvent('drop', { dataTransfer: dropped });
  await page.waitForFunction(() => /dropped\.csv: 1 indicator, 1 value/.test(document.querySelector('#publish-status').textContent));
  assert.doesNotMatch(await zone.getAttribute('class'), /\bover\b/);
  assert.deepEqual(page.errors, []);
});

test('hostile workbooks are refused on the page with their reason, and the page stays usable', async () => {
  const page = await open(browser, `${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  const hostile = path.resolve(here, '..', 'fixtures', 'hostile');
  for (const [file, reason] of [
    ['far-cell.xlsx', /"Data" has cells from A1 to XFD1048576.*at most 7,000,000/],
    ['repeated.ods', /"Data" has cells from A1 to XFD1048576/],
    ['inflated.xlsx', /unpacks to more than 128 MB/],
    ['far-cell.xls', /"Data" has cells from A1 to IV65536/],
    ['looped.xls', /\(\.xls\) is damaged/],
  ]) {
    await page.setInputFiles('#sheet-file', path.join(hostile, file));
    await page.waitForFunction((f) => { const t = document.querySelector('#publish-status')?.textContent ?? ''; return t.includes(f) && /read;|could not be imported/.test(t); }, file);
    const status = await page.locator('#publish-status').textContent();
    assert.match(status, /could not be imported/, file);
    assert.match(status, reason, file);
    // Still answering: the next file is read as usual.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
  }
  const plain = path.join(artefacts, 'after-hostile.csv');
  fs.writeFileSync(plain, 'Code,Title,Period,Value\nA,Alpha,2023/24-Q1,5\n');
  await page.setInputFiles('#sheet-file', plain);
  await page.waitForFunction(() => /after-hostile\.csv: 1 indicator/.test(document.querySelector('#publish-status').textContent));
  assert.doesNotMatch(await page.locator('#publish-status').textContent(), /could not be imported/);
  assert.deepEqual(page.errors, []);
});
