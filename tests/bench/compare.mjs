// Benchmark, not a test: comparing councils (issue 19), in headless Chromium on this machine
// (no throttling: the goals are for a desktop), the built site served as the browser
// tests serve it. Run after a build:
//   node tests/bench/compare.mjs [runs]       (default 3; medians printed as Markdown)
// It writes into dist/bench/ (removed at the end): the three real packs (scripts/build-packs),
// a scorecard of Hartlepool linked to 20 of the UK pack's measures, and two generated packs of
// 1,000 measures × 10 periods, of 40 and of 400 areas (`scorecard generate --pack`), each with
// its first area's scorecard linked to 40 of them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, dist } from '../e2e/support.mjs';

const runs = Number(process.argv[2] ?? 3);
const bin = process.env.SCORECARD_BIN ?? path.resolve('target/cli/scorecard');
const bench = path.join(dist, 'bench');
fs.rmSync(bench, { recursive: true, force: true });
fs.mkdirSync(bench, { recursive: true });

execFileSync('scripts/build-packs', [path.join(bench, 'real')], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const areas of [40, 400]) {
  execFileSync(bin, ['generate', '--pack', path.join(bench, `g${areas}`), '--areas', String(areas), '--measures', '1000', '--periods', '10']);
}
// Hartlepool's scorecard, linked to the UK pack's first 20 measures that have Hartlepool.
const els = JSON.parse(fs.readFileSync(path.join(bench, 'real/uk-els/index.json'), 'utf8'));
const linked = els.measures.slice(0, 20);
fs.writeFileSync(path.join(bench, 'real/scorecard.json'), JSON.stringify({
  format: 'scorecard/1',
  organisation: { name: 'Hartlepool Borough Council', code: 'E06000001' },
  title: 'Benchmark: Hartlepool against the UK pack',
  published: '2025-11-01',
  current_period: '2025/26',
  packs: ['uk-els/index.json'],
  indicators: linked.map((m, i) => ({
    id: `els-${i}`, title: m.title.en ?? m.title ?? m.id, unit: 'number', polarity: 'neutral', frequency: 'annual',
    values: [{ period: '2025/26', value: null }], peers: { pack: 'uk-els', measure: m.id },
  })),
}));

const server = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** ms from `act` until `done` holds in the page, timed by the page's own clock. */
async function timed(page, act, done, arg) {
  await page.evaluate(() => { window.__start = performance.now(); });
  await act();
  await page.waitForFunction(done, arg, { timeout: 120000, polling: 'raf' });
  return Math.round(await page.evaluate(() => performance.now() - window.__start));
}

const ranked = () => !!document.querySelector('#peers-rank');
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => performance.memory?.totalJSHeapSize ?? 0);
  return { js: Math.round(usedSize / 1e6), total: Math.round(wasm / 1e6) };
}

/** A linked indicator's comparison: the first (the comparison module, the pack's index and one
 * shard fetched) and the next (one more shard), then the JS heap. */
async function linkedComparison(src, first, next) {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const out = {};
  for (const [label, id] of [['first comparison', first], ['next comparison', next]]) {
    await page.goto(`${server.url}?src=${src}#/indicator/${id}`);
    await page.locator('#observations-table').waitFor({ timeout: 120000 });
    await page.waitForTimeout(300);
    out[label] = await timed(page, () => page.locator('.compare-place').scrollIntoViewIfNeeded(), ranked);
  }
  const h = await heap(page);
  out['JS heap MB'] = h.js;
  await context.close();
  return out;
}

/** A pack on its own: every measure for one area, first visit and again from the cache. */
async function packOnly(pack, area, measures) {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const done = (n) => document.querySelectorAll('#pack-table tbody tr').length === n
    && ![...document.querySelectorAll('#pack-table tbody tr')].some((r) => /Loading/.test(r.innerText));
  const out = {};
  await page.goto(`${server.url}?pack=${pack}&area=${area}`);
  await page.waitForFunction(done, measures, { timeout: 120000, polling: 'raf' });
  out['pack on its own, first'] = Math.round(await page.evaluate(() => performance.now()));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1500); // the worker stores what the first visit fetched
  await page.reload();
  await page.waitForFunction(done, measures, { timeout: 120000, polling: 'raf' });
  out['pack on its own, from cache'] = Math.round(await page.evaluate(() => performance.now()));
  out['JS heap MB (pack on its own)'] = (await heap(page)).js;
  await context.close();
  return out;
}

const cases = [
  ['UK ELS (846 areas)', () => linkedComparison('bench/real/scorecard.json', 'els-0', 'els-1'), () => packOnly('bench/real/uk-els/index.json', 'E06000001', els.measures.length)],
  ['generated, 40 areas × 1,000 × 10', () => linkedComparison('bench/g40/scorecard.json', 'ind-0', 'ind-1')],
  ['generated, 400 areas × 1,000 × 10', () => linkedComparison('bench/g400/scorecard.json', 'ind-0', 'ind-1')],
];
const results = {};
for (const [label, ...steps] of cases) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const one = {};
    for (const step of steps) Object.assign(one, await step());
    all.push(one);
  }
  results[label] = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
}
const sizes = {};
for (const p of ['real/uk-els', 'g40', 'g400']) {
  const index = path.join(bench, p, 'index.json');
  const bytes = fs.readFileSync(index);
  const brotli = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[p] = { index: bytes.length, brotli };
}
await browser.close();
await server.close();
fs.rmSync(bench, { recursive: true, force: true });

const keys = [...new Set(Object.values(results).flatMap(Object.keys))];
console.log(`| | ${keys.join(' | ')} |`);
console.log(`|---|${keys.map(() => '---').join('|')}|`);
for (const [label, r] of Object.entries(results)) console.log(`| ${label} | ${keys.map((k) => r[k] ?? '').join(' | ')} |`);
console.log(JSON.stringify(sizes));
