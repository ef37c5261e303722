// How the dashboard is used away from a desk: CSV for spreadsheets, print for committee
// papers, tablets and phones in the chamber.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, shot, cli, cliStatus, sample, artefacts, settled } from './support.mjs';

let server, browser, status;
before(async () => { server = await serve(); browser = await launch(); status = cliStatus(sample); });
after(async () => { await browser?.close(); await server?.close(); });

/** A minimal CSV reader for the file we write (quoted fields, CRLF). */
function parseCsv(text) {
  const rows = []; let row = []; let field = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

test('Download CSV gives the filtered indicators with words for status, UTF-8 with BOM', async () => {
  const page = await open(browser, `${server.url}#/indicators?status=amber&period=2023/24-Q2`, { acceptDownloads: true });
  await page.locator('#indicator-table tbody tr').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  assert.equal(download.suggestedFilename(), 'wexcombe-borough-council-indicators-2023-24-q2.csv');
  const file = path.join(artefacts, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte-order mark for Excel');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0].slice(0, 8), ['Code', 'Indicator', 'Service area', 'Period', 'Value', 'Target', 'Unit', 'Status']);
  const amber = status.indicators.filter((i) => i.status === 'amber');
  assert.equal(rows.length - 1, amber.length);
  assert.ok(rows.slice(1).every((r) => r[7] === 'Amber – near target'));
  const ct = rows.find((r) => r[1] === 'Council tax collected');
  assert.deepEqual([ct[0], ct[3], ct[4], ct[5], ct[9]], ['BV 9', '2023-09', '54.9', '55.6', 'Worsening']);
  assert.match(ct[13], /cost-of-living pressures/);
  assert.equal(rows[0][14], 'Year-end forecast');
  assert.equal(ct[14], 'Amber – near target', 'the forecast beside the status');
});

test('the committee report downloads as the Word document scorecard report writes, its writer fetched only when asked', async () => {
  const page = await open(browser, `${server.url}#/exceptions?period=2023/24-Q1`, { acceptDownloads: true });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.locator('#download-report').waitFor();
  assert.ok(!fetched.some((p) => p.includes('/report-')), 'no report writer before it is asked for');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  assert.equal(download.suggestedFilename(), 'wexcombe-borough-council-committee-report-2023-24-q1.docx');
  const got = fs.readFileSync(await download.path());
  const want = path.join(artefacts, 'committee-report-q1.docx');
  cli('report', sample, '--docx', want, '--period', '2023/24-Q1');
  assert.ok(got.equals(fs.readFileSync(want)), 'the same bytes as the command line');
  assert.match(await page.locator('#report-status').innerText(), /Saved as wexcombe-borough-council-committee-report-2023-24-q1\.docx/);
  assert.deepEqual(page.errors, []);
});

/** A PNG's width and height, from its header. */
const pngSize = (b) => [b.readUInt32BE(16), b.readUInt32BE(20)];

test('each chart\'s menu saves it as a PNG twice its size, an SVG with its title drawn in, and its figures as CSV', async () => {
  const page = await open(browser, server.url, { acceptDownloads: true });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const panel = page.locator('section[aria-labelledby="status-counts-table-title"]');
  await panel.locator('#status-counts-table tbody tr').first().waitFor();
  // The written overview's menu works once the app has taken over from it.
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  assert.ok(!fetched.some((p) => p.includes('/export-') || p.includes('echarts')), 'nothing fetched for a menu before it is used');
  // The menu is a disclosure a keyboard opens.
  await panel.locator('.chart-menu summary').focus();
  await page.keyboard.press('Enter');
  const save = async (kind) => {
    const [d] = await Promise.all([page.waitForEvent('download'), panel.locator(`.chart-menu button[data-kind="${kind}"]`).click()]);
    return [d.suggestedFilename(), fs.readFileSync(await d.path())];
  };
  const [csvName, csvBytes] = await save('csv');
  assert.equal(csvName, 'wexcombe-borough-council-indicators-by-status-2023-24-q2.csv');
  const rows = parseCsv(csvBytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0], ['Status', 'Number of indicators']);
  assert.equal(rows.length - 1, 6, 'a row per status');
  assert.equal(rows.find((r) => /^Red/.test(r[0]))[1], String(status.summary.overall.status.red));
  const [pngName, png] = await save('png');
  assert.match(pngName, /\.png$/);
  fs.writeFileSync(path.join(artefacts, 'status-counts.png'), png);
  assert.ok(pngSize(png)[0] >= 1200, `the PNG is ${pngSize(png)[0]} px wide`);
  const [, svg] = await save('svg');
  const text = svg.toString('utf8');
  for (const want of ['Indicators by status', 'Quarter 2, 2023/24 (July to September 2023) · Wexcombe Borough Council', 'Source: Wexcombe Borough Council']) assert.ok(text.includes(want), `${want} drawn in`);
  assert.match(await panel.locator('.chart-menu [role="status"]').innerText(), /Saved as .*\.svg/);

  // A history drawn by ECharts: its own option, its periods in words.
  await page.evaluate(() => { location.hash = '#/indicator/budget-variance'; });
  const history = page.locator('section[aria-labelledby="history-title"]');
  await history.locator('#observations-table tbody tr').first().waitFor();
  await history.locator('.chart-menu summary').click();
  const [d] = await Promise.all([page.waitForEvent('download'), history.locator('.chart-menu button[data-kind="svg"]').click()]);
  const drawn = fs.readFileSync(await d.path(), 'utf8');
  fs.writeFileSync(path.join(artefacts, 'history.svg'), drawn);
  assert.match(drawn, />Aug 2023</, 'months in words on the image');
  assert.doesNotMatch(drawn, /\b20\d\d-(0[1-9]|1[0-2])\b/, 'no month written as the file writes it');
  assert.ok(drawn.includes('Forecast revenue budget variance') && drawn.includes(': History') && drawn.includes('Source: Wexcombe Borough Council'), 'the indicator, the chart and the source drawn in');
  const [p2] = await Promise.all([page.waitForEvent('download'), history.locator('.chart-menu button[data-kind="png"]').click()]);
  const historyPng = fs.readFileSync(await p2.path());
  fs.writeFileSync(path.join(artefacts, 'history.png'), historyPng);
  assert.ok(pngSize(historyPng)[0] >= 1200);
  assert.deepEqual(page.errors, []);
});

test('printing turns a view into a clean A4 appendix', async () => {
  const page = await open(browser, server.url);
  await page.locator('#service-table tbody tr').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.sections').isVisible(), false, 'no navigation on paper');
  assert.equal(await page.locator('#status-counts-table').isVisible(), true);
  const header = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-header'));
  assert.match(header, /Wexcombe Borough Council – Strategic Performance Dashboard · Quarter 2, 2023\/24 .* Data as of 20 November 2023/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(artefacts, 'overview.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2 && pages <= 8, `overview prints on ${pages} pages`);

  const exceptions = await open(browser, `${server.url}#/exceptions`);
  await exceptions.locator('li.exception').first().waitFor();
  const pdf2 = await exceptions.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(artefacts, 'exceptions.pdf'), pdf2);
  const pages2 = (pdf2.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages2 >= 2 && pages2 <= 12, `exceptions print on ${pages2} pages`);
});

for (const [name, viewport] of [['tablet', { width: 768, height: 1024 }], ['phone', { width: 390, height: 844 }], ['narrow', { width: 320, height: 640 }]]) {
  test(`on a ${name} (${viewport.width}×${viewport.height}, touch): no sideways scrolling, 44 px targets, charts fit`, async () => {
    for (const view of ['', '#/indicators', '#/exceptions', '#/indicator/recycling-rate', '#/actions']) {
      const page = await open(browser, server.url + view, { viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
      await page.locator('main[aria-busy="false"]').waitFor();
      // Charts are drawn after the figures, one at a time.
      await page.waitForFunction(() => [...document.querySelectorAll('.chart')].every((c) => c.querySelector('svg')));
      await settled(page);
      const overflow = await page.evaluate((w) => document.documentElement.scrollWidth - w, viewport.width);
      assert.ok(overflow <= 0, `${name} ${view || 'overview'}: page scrolls sideways by ${overflow}px`);
      const small = await page.evaluate(() => [...document.querySelectorAll('nav a, button, select, input, td a, th a, figcaption a')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => { const r = el.getBoundingClientRect(); return { t: el.textContent.trim().slice(0, 30), h: r.height, w: r.width }; })
        .filter((r) => r.h < 44 || r.w < 44));
      assert.deepEqual(small, [], `${name} ${view || 'overview'}: touch targets under 44px`);
      const charts = await page.evaluate(() => [...document.querySelectorAll('.chart')].map((c) => [c.clientWidth, c.querySelector('svg')?.getAttribute('width')]));
      for (const [w, svgW] of charts) assert.ok(Number(svgW) <= w + 1, `${name}: chart drawn ${svgW}px wide in a ${w}px box`);
      const drawn = await page.evaluate(() => [...document.querySelectorAll('.drawn')].map((c) => [c.scrollWidth, c.clientWidth]));
      for (const [scroll, w] of drawn) assert.ok(scroll <= w + 1, `${name}: a drawn chart is ${scroll}px wide in a ${w}px box`);
      if (view === '') await shot(page, `${name}-overview`);
    }
  });
}

test('a tooltip opens on tap and closes on Escape; charts follow rotation', async () => {
  const page = await open(browser, `${server.url}#/indicator/recycling-rate`, { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  const chart = page.locator('.indicator-detail .chart').first();
  const line = chart.locator('svg path[stroke="#1d4f91"]').first();
  await line.waitFor();
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  // The tooltip is ECharts' second layer in the chart's box; it shows the period's figures.
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.waitForFunction(() => {
    const t = document.querySelector('.indicator-detail .chart > div:nth-of-type(2)');
    return t && getComputedStyle(t).display !== 'none' && getComputedStyle(t).opacity !== '0' && /Value/.test(t.textContent);
  });
  await shot(page, 'tablet-tooltip');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => {
    const t = document.querySelector('.indicator-detail .chart > div:nth-of-type(2)');
    return !t || getComputedStyle(t).display === 'none' || getComputedStyle(t).opacity === '0' || getComputedStyle(t).visibility === 'hidden';
  });
  // Open it again, then tap somewhere else on the page: it closes.
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.waitForFunction(() => {
    const t = document.querySelector('.indicator-detail .chart > div:nth-of-type(2)');
    return t && getComputedStyle(t).display !== 'none' && getComputedStyle(t).opacity !== '0' && /Value/.test(t.textContent);
  });
  // Just below the chart: the table's caption, on screen.
  await page.touchscreen.tap(box.x + 20, box.y + box.height + 20);
  await page.waitForFunction(() => {
    const t = document.querySelector('.indicator-detail .chart > div:nth-of-type(2)');
    return !t || getComputedStyle(t).display === 'none' || getComputedStyle(t).opacity === '0' || getComputedStyle(t).visibility === 'hidden';
  });
  // Rotate: the chart redraws to its new width.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForFunction(() => {
    const c = document.querySelector('.indicator-detail .chart');
    return Math.abs(Number(c.querySelector('svg').getAttribute('width')) - c.clientWidth) <= 1 && c.clientWidth > 900;
  });
  const turned = await chart.boundingBox();
  assert.ok(turned.width > box.width + 200, `the chart widened from ${box.width} to ${turned.width}`);
});
