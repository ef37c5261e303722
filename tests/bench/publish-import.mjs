// Benchmark, not a test: importing a spreadsheet on publish.html, from choosing the file to
// the page saying what it read, in headless Chromium. Run after a build:
//   node tests/bench/publish-import.mjs FILE [runs] [ORIGINAL.json]
// FILE: for example a long CSV of 5,000 indicators × 40 quarters, made with
//   scorecard generate --indicators 5000 --periods 40 --output big.json
//   scorecard export big.json --csv big.csv        (or --xlsx big.xlsx, --ods big.ods)
// With ORIGINAL.json, the scorecard the page writes is saved and each indicator's status and
// direction (`scorecard status --json`, SCORECARD_BIN or target/cli/scorecard) compared with
// the original's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch } from '../e2e/support.mjs';

const file = process.argv[2];
if (!file) throw new Error('usage: node tests/bench/publish-import.mjs FILE [runs] [ORIGINAL.json]');
const runs = Number(process.argv[3] ?? 3);
const original = process.argv[4];
const bin = process.env.SCORECARD_BIN ?? 'target/cli/scorecard';
const statuses = (f) => JSON.parse(spawnSync(bin, ['status', f, '--json'], { maxBuffer: 1 << 30 }).stdout)
  .indicators.map((i) => `${i.id} ${i.status} ${i.direction}`).join('\n');
const server = await serve();
const browser = await launch();
const times = [];
let progress = 0;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}publish.html`);
  await page.locator('#sheet-file').waitFor();
  const t0 = Date.now();
  await page.setInputFiles('#sheet-file', file);
  // The status says "Reading…" while the file is read: seen at least once per run?
  const sawProgress = await page.waitForFunction(() => /Reading/.test(document.querySelector('#publish-status').textContent), null, { timeout: 5000 }).then(() => true, () => false);
  if (sawProgress) progress++;
  await page.waitForFunction(() => /read;|could not be imported/.test(document.querySelector('#publish-status').textContent), null, { timeout: 120000 });
  const read = Date.now() - t0;
  // The preview: the dashboard on the result.
  await page.getByRole('region', { name: 'Preview' }).locator('#status-counts-table tbody tr').first().waitFor({ timeout: 120000 });
  const previewed = Date.now() - t0;
  times.push([read, previewed]);
  console.log(`run ${i + 1}: read ${read} ms, preview ${previewed} ms — ${await page.locator('#publish-status').innerText()}`);
  if (original && i === 0) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scorecard')]);
    const saved = path.join(os.tmpdir(), `publish-import-${process.pid}.json`);
    await download.saveAs(saved);
    const same = statuses(saved) === statuses(original);
    console.log(`statuses against ${path.basename(original)}: ${same ? 'identical' : 'DIFFERENT'}`);
    fs.rmSync(saved, { force: true });
  }
  await context.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median: read ${median(times.map((t) => t[0]))} ms, preview ${median(times.map((t) => t[1]))} ms; "Reading…" shown in ${progress} of ${runs} runs`);
await browser.close();
await server.close();
