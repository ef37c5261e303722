// How the dashboard is used away from a desk: CSV for spreadsheets, print for committee
// papers, tablets and phones in the chamber.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, shot, cliStatus, sample, artefacts } from './support.mjs';

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
      await page.waitForTimeout(200);
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
