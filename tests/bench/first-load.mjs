// Benchmark, not a test: bytes of the first view (each file gzip -9, as a server would send
// it) and the time from navigation to the first chart drawn, over several cold loads.
// Run after a build: node tests/bench/first-load.mjs [runs] [--slow] [--repeat]
// --repeat also loads the page a second time in the same browser (a repeat visit: the service
// worker serves the app).
// --slow loads over a throttled connection like Lighthouse's mobile profile (1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trip, CPU slowed 4×), with the files sent as the build's
// brotli copies (the test server sends those where the browser takes brotli, as Chromium does).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, dist, until } from '../e2e/support.mjs';

const slow = process.argv.includes('--slow');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const server = await serve();
const browser = await launch();
const times = [];
const numbers = [];
const arrivals = [];
const repeats = [];
const repeat = process.argv.includes('--repeat');
let files = new Set();
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const seen = new Set();
  page.on('response', (r) => { const u = new URL(r.url()); if (r.status() === 200) seen.add(u.pathname); });
  const visit = async () => {
    await page.goto(server.url);
    // The RAG summary's figures: readable before the charts are drawn?
    await page.locator('#status-counts-table tbody tr').first().waitFor();
    const figures = await page.evaluate(() => performance.now());
    await page.locator('#status-counts-table').locator('xpath=..').locator('.bars rect[fill="#c2261a"]').first().waitFor();
    const chart = await page.evaluate(() => performance.now());
    // When each file had arrived: what the first paint waited for.
    const arrived = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
      .map((e) => [new URL(e.name).pathname.replace(/-[0-9a-f]{16}/, '-HASH'), Math.round(e.responseEnd)])));
    return { figures, chart, arrived };
  };
  const first = await visit();
  numbers.push(first.figures);
  times.push(first.chart);
  arrivals.push(first.arrived);
  if (repeat) {
    // The same visitor again, once the service worker holds the app: the shell comes from its
    // cache, the scorecard from the network (network-first), on the same slow line.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await until(page, async () => (await caches.keys()).length > 0 && !!navigator.serviceWorker.controller, null, { every: 200 }).catch(() => {});
    await page.waitForTimeout(1000);
    const again = await visit();
    repeats.push(again);
  }
  files = seen;
  await context.close();
}
await browser.close();
await server.close();

let raw = 0, gz = 0, br = 0;
const rows = [];
for (const p of [...files].sort()) {
  const file = path.join(dist, p === '/' ? 'index.html' : p);
  const body = fs.readFileSync(file);
  const g = zlib.gzipSync(body, { level: 9 }).length;
  const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += body.length; gz += g; br += b;
  rows.push(`| ${p.replace(/-[0-9a-f]{16}/, '-HASH')} | ${body.length.toLocaleString('en-GB')} | ${g.toLocaleString('en-GB')} | ${b.toLocaleString('en-GB')} |`);
}
times.sort((a, b) => a - b);
numbers.sort((a, b) => a - b);
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`| **first view in all** | ${raw.toLocaleString('en-GB')} | **${gz.toLocaleString('en-GB')}** | ${br.toLocaleString('en-GB')} |`);
console.log(`\ntime to first chart over ${runs} loads (${slow ? 'throttled: 1.6 Mbit/s, 150 ms, CPU 4×' : 'localhost, no throttling'}): median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms`);
console.log(`time to the RAG summary's figures: median ${numbers[Math.floor(runs / 2)].toFixed(0)} ms, min ${numbers[0].toFixed(0)} ms, max ${numbers[runs - 1].toFixed(0)} ms`);
const arrivedFiles = [...new Set(arrivals.flatMap(Object.keys))].sort();
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`arrived (median ms): ${arrivedFiles.map((f) => `${f} ${med(arrivals.map((a) => a[f] ?? NaN))}`).join(', ')}`);
if (repeat) {
  console.log(`repeat visit: first chart median ${med(repeats.map((r) => r.chart)).toFixed(0)} ms, figures median ${med(repeats.map((r) => r.figures)).toFixed(0)} ms (${repeats.map((r) => r.chart.toFixed(0)).join(', ')})`);
  const seenAgain = [...new Set(repeats.flatMap((r) => Object.keys(r.arrived)))].sort();
  console.log(`  arrived (median ms): ${seenAgain.map((f) => `${f} ${med(repeats.map((r) => r.arrived[f] ?? NaN))}`).join(', ')}`);
}
