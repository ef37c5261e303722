// Benchmark, not a test: the dashboard on a large scorecard (issue 11). From each action to
// the last DOM change (no change for 400 ms after), in headless Chromium, on the bundled
// sample and on `scorecard generate --indicators N --periods M`:
//   node tests/bench/scale.mjs [N] [M] [runs]     (defaults 5000 40 3; after a build)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, sample } from '../e2e/support.mjs';

const [n = '5000', m = '40', runs = '3'] = process.argv.slice(2);
const bin = process.env.SCORECARD_BIN ?? path.resolve('target/cli/scorecard');
const big = execFileSync(bin, ['generate', '--indicators', n, '--periods', m], { maxBuffer: 1 << 30 });
const server = await serve();
server.override('/data/big.json', big, 'application/json');
const browser = await launch();

/** Runs `act` and resolves with the ms from it to the last DOM change it caused. */
async function timed(page, act) {
  await page.evaluate(() => {
    window.__last = 0;
    window.__obs?.disconnect();
    window.__obs = new MutationObserver(() => { window.__last = performance.now(); });
    window.__obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.__start = performance.now();
  });
  await act();
  await page.waitForFunction(() => window.__last > 0 && performance.now() - window.__last > 400, null, { timeout: 120000, polling: 50 });
  return page.evaluate(() => Math.round(window.__last - window.__start));
}

async function measure(src) {
  const page = await (await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } })).newPage();
  const out = {};
  await page.goto(`${server.url}?src=${src}`);
  await page.locator('.bars rect').first().waitFor({ state: 'attached', timeout: 120000 });
  out['first chart'] = Math.round(await page.evaluate(() => performance.now()));
  await page.waitForTimeout(500);
  const nav = (name) => page.locator('nav a', { hasText: name }).first();
  out['indicator list'] = await timed(page, () => nav('Indicators').click());
  out['status filter'] = await timed(page, () => page.selectOption('#filter-status', 'red'));
  out['clear'] = await timed(page, () => page.getByRole('button', { name: 'Clear all filters' }).click());
  out['search keystroke'] = await timed(page, () => page.locator('#filter-q').press('7'));
  await timed(page, () => page.locator('#filter-q').press('Backspace'));
  out['sort'] = await timed(page, () => page.locator('th button.sort').nth(3).click());
  out['open an indicator'] = await timed(page, () => page.locator('#indicator-table tbody a').first().click());
  out['back'] = await timed(page, () => page.goBack());
  out['overview'] = await timed(page, () => nav('Overview').click());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  out['JS heap MB'] = Math.round((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
  await page.context().close();
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [label, src] of [['sample (63)', 'data/sample.json'], [`${n} × ${m}`, 'data/big.json']]) {
  const all = [];
  for (let i = 0; i < Number(runs); i++) all.push(await measure(src));
  results[label] = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
}
await browser.close();
await server.close();
const keys = Object.keys(Object.values(results)[0]);
console.log(`| action | ${Object.keys(results).join(' | ')} |`);
console.log(`|---|${Object.keys(results).map(() => '---').join('|')}|`);
for (const k of keys) console.log(`| ${k} | ${Object.values(results).map((r) => r[k]).join(' | ')} |`);
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/scale.json', JSON.stringify(results, null, 2));
