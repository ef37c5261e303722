// Benchmark, not a test: bytes of the first view (each file gzip -9, as a server would send
// it) and the time from navigation to the first chart drawn, over several cold loads.
// Run after a build: node tests/bench/first-load.mjs [runs] [--slow]
// --slow loads over a throttled connection like Lighthouse's mobile profile (1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trip, CPU slowed 4×), with the files sent gzip-compressed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, dist } from '../e2e/support.mjs';

const slow = process.argv.includes('--slow');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const server = await serve();
const browser = await launch();
const times = [];
const numbers = [];
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
  await page.goto(server.url);
  // The RAG summary's figures: readable before the charts are drawn?
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  numbers.push(await page.evaluate(() => performance.now()));
  await page.locator('#status-counts-table').locator('xpath=..').locator('.chart svg path[fill="#c2261a"]').first().waitFor();
  times.push(await page.evaluate(() => performance.now()));
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
