// The first view's size budget: a byte count, not a timed test. Every file the overview
// fetches before its figures are shown (and in the second after), compressed with brotli as
// the build's `.br` copy a host sends, must add up to at most BUDGET; a failure names each
// file's share, largest first, so whoever grew it sees where.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, dist } from './support.mjs';

/** Issue 18: the first view is at most 300 KB brotli (docs/benchmarks.md). */
const BUDGET = 300_000;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const brotli = (file) => {
  const br = `${file}.br`;
  if (fs.existsSync(br)) return fs.statSync(br).size;
  return zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
};

test(`the first view is at most ${BUDGET.toLocaleString('en-GB')} bytes brotli, and fetches no chart library`, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (r) => { if (r.status() === 200 && r.url().startsWith(server.url)) fetched.add(new URL(r.url()).pathname); });
  await page.goto(server.url);
  await page.locator('#status-counts-table tbody tr').first().waitFor();
  await page.waitForTimeout(1000);
  await context.close();
  const shares = [...fetched].map((p) => [p, brotli(path.join(dist, p === '/' ? 'index.html' : p))]).sort((a, b) => b[1] - a[1]);
  const total = shares.reduce((sum, [, n]) => sum + n, 0);
  const table = shares.map(([p, n]) => `  ${p.padEnd(48)} ${n.toLocaleString('en-GB').padStart(9)}`).join('\n');
  assert.ok(total <= BUDGET, `the first view is ${total.toLocaleString('en-GB')} bytes brotli, over the budget of ${BUDGET.toLocaleString('en-GB')}:\n${table}`);
  assert.deepEqual(shares.map(([p]) => p).filter((p) => p.includes('echarts')), [], `the first view fetched ECharts:\n${table}`);
});
