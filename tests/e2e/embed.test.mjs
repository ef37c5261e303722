// Embedding on a council's site: an iframe that sizes itself, and a mount into an element
// of the host page, served from another origin, with styles and links kept apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, shot, until } from './support.mjs';

let app, host, other, browser;
before(async () => { app = await serve(); host = await serve(); other = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); for (const s of [app, host, other]) await s?.close(); });

const origin = (s) => new URL(s.url).origin;
const hostPage = (body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>h1 { color: rgb(128, 0, 64); } table { border: 3px dashed rgb(128, 0, 64); } a { color: rgb(0, 128, 0); }</style></head>
<body><h1>Council page</h1><a id="host-link" href="#host-section">Host link</a>${body}<table id="host-table"><tr><td>Host</td></tr></table>
<h2 id="host-section">Host section</h2></body></html>`;

test('iframe: the frame takes the height of its content, at the configured parent only', async () => {
  host.override('/frame.html', hostPage(`
    <iframe id="good" title="Scorecard" style="width:100%;border:0;height:300px" src="${app.url}?parent=${encodeURIComponent(origin(host))}"></iframe>
    <iframe id="elsewhere" title="Scorecard elsewhere" style="width:100%;border:0;height:300px" src="${app.url}?parent=${encodeURIComponent('https://elsewhere.example')}"></iframe>
    <script>window.heights = []; addEventListener('message', (e) => { if (e.data?.type === 'scorecard:height') heights.push(e.data.height); });</script>
    <script src="${app.url}embed.js"></script>`));
  const page = await open(browser, `${host.url}frame.html`, { viewport: { width: 1200, height: 900 } });
  const good = page.locator('#good');
  await page.waitForFunction(() => parseInt(document.getElementById('good').style.height) > 1500);
  const tall = parseInt(await good.evaluate((f) => f.style.height));
  // While the first view arrives, part by part, the frame only grows: a height reported for
  // the header alone would shrink it and move the host page twice (layout shift).
  const heights = await page.evaluate(() => window.heights);
  assert.ok(heights.length > 0 && heights[0] > 900, `first height reported: ${heights[0]}`);
  assert.deepEqual(heights, [...heights].sort((a, b) => a - b), `heights reported while loading: ${heights}`);
  // A message from any other origin is ignored, even one claiming to be a height.
  await page.evaluate(() => window.postMessage({ type: 'scorecard:height', height: 10 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(parseInt(await good.evaluate((f) => f.style.height)), tall);
  // The frame that was told another parent never reaches this page.
  assert.equal(await page.locator('#elsewhere').evaluate((f) => f.style.height), '300px');
  // A shorter view shrinks the frame.
  await page.frameLocator('#good').locator('nav.sections >> text=Actions').click();
  await page.frameLocator('#good').locator('#filter-status').selectOption('cancelled');
  await page.waitForFunction((t) => parseInt(document.getElementById('good').style.height) < t - 500, tall);
  await shot(page, 'embed-iframe');
});

test('mount: the dashboard renders in the host page with styles and links kept apart', async () => {
  host.override('/mount.html', hostPage(`
    <div id="board" data-scorecard-src="${app.url}data/sample.json" data-allowed-origins="${origin(app)}" data-brand="#ffdd00"></div>
    <div id="refused" data-scorecard-src="${other.url}data/sample.json"></div>
    <script type="module" src="${app.url}mount.js"></script>`));
  const page = await open(browser, `${host.url}mount.html`, { viewport: { width: 1200, height: 900 } });
  const board = page.locator('#board');
  await board.locator('#status-counts-table tbody tr').first().waitFor();
  await board.locator('.bars rect[fill="#c2261a"]').first().waitFor();
  // Our styles inside, the host's outside.
  assert.equal(await board.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(11, 12, 12)');
  assert.equal(await page.locator('body > h1').evaluate((h) => getComputedStyle(h).color), 'rgb(128, 0, 64)');
  assert.equal(await board.locator('#status-counts-table').evaluate((t) => getComputedStyle(t).borderTopStyle), 'none');
  assert.equal(await page.locator('#host-table').evaluate((t) => getComputedStyle(t).borderTopStyle), 'dashed');
  // Brand colour from the embed, darkened until white text on it has 4.5:1.
  const bg = await board.locator('nav.sections a[aria-current="page"]').evaluate((a) => getComputedStyle(a).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number).map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  const contrast = 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  assert.ok(contrast >= 4.5, `brand ${bg} has contrast ${contrast.toFixed(2)} with white`);
  assert.notEqual(bg, 'rgb(29, 79, 145)', 'the council brand replaces the default');
  // Our links change our view and leave the host's URL alone.
  await board.locator('nav.sections >> text=Exceptions').click();
  await board.locator('li.exception').first().waitFor();
  assert.equal(await page.evaluate(() => location.hash), '');
  await board.locator('li.exception a').first().click();
  await board.locator('#observations-table').waitFor();
  // The history's line chart: ECharts is fetched from the app's site on first use.
  await board.locator('.chart svg path[stroke="#1d4f91"][d^="M"]').first().waitFor();
  assert.equal(await page.evaluate(() => location.hash), '');
  // The host's links are the host's.
  await page.click('#host-link');
  assert.equal(await page.evaluate(() => location.hash), '#host-section');
  assert.ok(await board.locator('#observations-table').isVisible());
  // A data file from an origin the embed did not allow is refused.
  const refused = page.locator('#refused');
  await refused.getByRole('alert').waitFor();
  assert.match(await refused.getByRole('alert').innerText(), /on another website/);
  assert.deepEqual(page.errors, []);
  await shot(page, 'embed-mount');
});

test('the example host page in dist shows both ways', async () => {
  const page = await open(browser, `${app.url}embed.html`, { viewport: { width: 1200, height: 900 } });
  await page.waitForFunction(() => parseInt(document.getElementById('scorecard-frame').style.height) > 1000);
  await page.locator('#scorecard-mount #status-counts-table').waitFor();
  assert.deepEqual(page.errors, []);
});

test('"Embed this chart": its snippets, pasted into a host page, show that chart alone at its height', async () => {
  const page = await open(browser, `${app.url}#/indicator/budget-variance?period=2023/24-Q1`);
  const history = page.locator('section[aria-labelledby="history-title"]');
  await history.locator('#observations-table tbody tr').first().waitFor();
  await history.locator('.chart-menu summary').click();
  await history.locator('.chart-menu button[data-kind="embed"]').click();
  const snippets = history.locator('.chart-menu textarea');
  await snippets.first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'the reader is put in the first snippet');
  const [frameSnippet, mountSnippet] = [await snippets.nth(0).inputValue(), await snippets.nth(1).inputValue()];
  for (const s of [frameSnippet, mountSnippet]) assert.match(s, /indicator\/budget-variance\?chart=history&amp;lang=en&amp;period=2023\/24-Q1/);
  assert.match(frameSnippet, /^<iframe src="[^"]+" title="Forecast revenue budget variance: History, Wexcombe Borough Council"/);

  host.override('/chart.html', hostPage(`${frameSnippet}\n<h2>Mounted</h2>\n${mountSnippet}`));
  const hosted = await open(browser, `${host.url}chart.html`, { viewport: { width: 1000, height: 900 } });
  const frame = hosted.frameLocator('iframe');
  await frame.locator('#observations-table tbody tr').first().waitFor();
  await frame.locator('.chart svg').first().waitFor();
  for (const [where, board] of [['frame', frame], ['mount', hosted.locator('[data-scorecard-view]')]]) {
    await board.locator('.only-here').waitFor();
    assert.equal(await board.locator('nav.sections').isVisible(), false, `${where}: no navigation`);
    assert.equal(await board.locator('.masthead').isVisible(), false, `${where}: no header`);
    assert.equal(await board.locator('#definition-title').isVisible(), false, `${where}: nothing of the view but the chart`);
    assert.match(await board.locator('.view-title').innerText(), /Forecast revenue budget variance/);
    assert.match(await board.locator('.only-here').innerText(), /Wexcombe Borough Council · Q1 2023\/24/);
  }
  // The frame is as tall as the chart and its table, told by the page that framed it.
  const inner = hosted.frames().find((f) => f !== hosted.mainFrame());
  await until(hosted, () => { const f = document.querySelector('iframe'); return f.style.height !== '480px' && f.style.height; });
  const told = parseInt(await hosted.locator('iframe').evaluate((f) => f.style.height));
  const body = await inner.evaluate(() => document.body.offsetHeight);
  await shot(hosted, 'embed-one-chart');
  assert.ok(Math.abs(told - body) <= 1 && told > 480, `frame ${told}px for content ${body}px`);
  assert.deepEqual([...page.errors, ...hosted.errors], []);
});
