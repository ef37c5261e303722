// The first view, end to end: fetch, validate, roll up, draw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, shot, cliStatus, sample } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the overview shows the council, the period and status counts equal to the core roll-up', async () => {
  const page = await open(browser, server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Strategic Performance Dashboard' }).waitFor());
  assert.match(await page.locator('.masthead').innerText(), /Wexcombe Borough Council/);
  assert.match(await page.locator('.masthead').innerText(), /Quarter 2, 2023\/24 \(July to September 2023\)/);
  assert.match(await page.locator('.masthead').innerText(), /Data as of 20 November 2023/);

  const expected = cliStatus(sample).summary.overall.status;
  const rows = await page.locator('#status-counts-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.dataset.status, Number(tr.querySelector('td').textContent)]));
  assert.deepEqual(Object.fromEntries(rows), expected);

  // The chart is really drawn, with the figures and without ECharts: one bar per status, in
  // that status's colour, each as long as its count, its name and count beside it.
  const panel = page.locator('section:has(#status-counts-table)');
  const colours = { green: '#00703c', amber: '#b35c00', red: '#c2261a', 'no-target': '#505a5f', 'no-data': '#6f777b', suppressed: '#4c2c92' };
  const widths = await panel.locator('.bars').evaluate((chart, colours) => {
    const out = {};
    for (const [status, fill] of Object.entries(colours)) {
      const sizes = [...chart.querySelectorAll(`rect[fill="${fill}"]`)].map((r) => r.getBoundingClientRect().width);
      out[status] = sizes.length ? Math.max(...sizes) : 0;
    }
    return out;
  }, colours);
  const words = { green: 'Green', amber: 'Amber', red: 'Red', 'no-target': 'No target', 'no-data': 'No data', suppressed: 'Suppressed' };
  assert.deepEqual(await panel.locator('.bar-row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim())),
    Object.keys(words).map((s) => `${words[s]} ${expected[s]}`));
  const drawn = Object.keys(widths).filter((s) => widths[s] > 0.5).sort();
  assert.deepEqual(drawn, Object.keys(expected).filter((s) => expected[s] > 0).sort());
  for (const s of drawn) {
    const ratio = (widths[s] / widths.green) / (expected[s] / expected.green);
    assert.ok(Math.abs(ratio - 1) < 0.05, `${s}: bar ${widths[s]} for ${expected[s]}, green ${widths.green} for ${expected.green}`);
  }
  assert.match(await panel.locator('.bars').getAttribute('aria-label'), /63 indicators in Q2 2023\/24/);
  assert.equal(await page.locator('.chart').count(), 0, 'the overview has no ECharts chart');
  await shot(page, 'overview');
  assert.deepEqual(page.errors, []);
});

test('the scorecard file is fetched once: the early start in the page is the request the app uses', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/data/sample.json') fetched.push(r.url()); });
  await page.goto(server.url);
  // The app's own view, not the one written into the page.
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  assert.deepEqual(fetched, [`${server.url}data/sample.json`]);
  await context.close();
  // A file named in the address is started early too, and still fetched only once.
  const other = await browser.newContext({ reducedMotion: 'reduce' });
  const named = await other.newPage();
  const requests = [];
  named.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('.json')) requests.push(new URL(r.url()).pathname); });
  await named.goto(`${server.url}?src=fixtures/hostile-text.json`);
  await named.locator('#status-counts-table tbody tr').first().waitFor();
  assert.deepEqual(requests, ['/fixtures/hostile-text.json']);
  await other.close();
});

test('status is never colour alone: every tag has words', async () => {
  const page = await open(browser, server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  const tags = await page.locator('.tag').allInnerTexts();
  assert.ok(tags.some((t) => t.includes('Red – off target')));
  assert.ok(tags.every((t) => /[A-Za-z]{2,}/.test(t)));
});

test('a missing data file gives an error page that says so', async () => {
  const page = await open(browser, `${server.url}?src=data/missing.json`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /was not found \(HTTP 404\)/);
  await shot(page, 'error-missing');
});

test('an invalid file gives an error page naming where the problem is', async () => {
  const page = await open(browser, `${server.url}?src=fixtures/wrong-format.json`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /not a valid scorecard/);
  assert.match(text, /\/format/);
  assert.match(text, /scorecard\/2/);
  await shot(page, 'error-invalid');
});

test('a data file on another origin is refused', async () => {
  const page = await open(browser, `${server.url}?src=https://elsewhere.example/fake.json`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /on another website/);
});

test('items with problems are left out and listed; script in text never runs', async () => {
  const page = await open(browser, `${server.url}?src=fixtures/hostile-text.json`);
  await page.locator('.left-out').waitFor();
  const panel = await page.locator('.left-out').innerText();
  assert.match(panel, /1 item in the file has a problem/);
  assert.match(panel, /\/indicators\/1\/values\/0\/value/);
  assert.match(panel, /expected a number, found the string "96.2%"/);
  // The organisation's name is markup; it must show as text and never run.
  assert.match(await page.locator('.masthead .org').innerText(), /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.masthead img').count(), 0);
});
