// Benchmark, not a test, and never shipped: FINOS Perspective's engine on the same rows as
// tests/bench/scale.mjs, in the same headless Chromium, for issue 11's comparison. Perspective
// comes from the npm registry at benchmark time only (into test-results/perspective):
//   node tests/bench/perspective.mjs [N] [M] [runs]     (defaults 5000 40 5)
// It times the engine (a view with the filter, search or sort, then its rows read out); the
// dashboard's figures in scale.mjs include drawing the rows, so this is Perspective's floor.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch } from '../e2e/support.mjs';

const [n = '5000', m = '40', runs = '5'] = process.argv.slice(2);
const bin = process.env.SCORECARD_BIN ?? path.resolve('target/cli/scorecard');
const prefix = path.resolve('test-results/perspective');
const module = path.join(prefix, 'node_modules/@finos/perspective/dist/esm/perspective.inline.js');
if (!fs.existsSync(module)) {
  fs.mkdirSync(prefix, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, '@finos/perspective@3.8.0'], { stdio: 'inherit' });
}
const file = path.resolve('test-results/perspective/big.json');
execFileSync(bin, ['generate', '--indicators', n, '--periods', m, '--output', file]);
const status = JSON.parse(execFileSync(bin, ['status', file, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8' }));
const rows = status.indicators.map((i) => ({ id: i.id, status: i.status, value: i.value ?? null, target: i.target ?? null, direction: i.direction }));

const server = await serve();
server.override('/perspective.js', fs.readFileSync(module), 'text/javascript');
server.override('/rows.json', JSON.stringify(rows), 'application/json');
server.override('/perspective.html', '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Perspective</title></head><body></body></html>', 'text/html');
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}perspective.html`);
const results = await page.evaluate(async (runs) => {
  const perspective = (await import('/perspective.js')).default;
  const worker = await perspective.worker();
  const data = await (await fetch('/rows.json')).json();
  const table = await worker.table(data);
  const time = async (config) => {
    const t0 = performance.now();
    const view = await table.view(config);
    const out = await view.to_columns();
    await view.delete();
    return [performance.now() - t0, Object.values(out)[0]?.length ?? 0];
  };
  const cases = {
    'list (all rows)': {},
    'status filter': { filter: [['status', '==', 'red']] },
    'search keystroke': { filter: [['id', 'contains', '7']] },
    'sort': { sort: [['value', 'desc']] },
  };
  const out = {};
  for (const [name, config] of Object.entries(cases)) {
    const times = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const [t, c] = await time(config);
      times.push(t);
      count = c;
    }
    times.sort((a, b) => a - b);
    out[name] = { ms: Math.round(times[Math.floor(times.length / 2)]), rows: count };
  }
  return out;
}, Number(runs));
await browser.close();
await server.close();
console.log(`| Perspective ${n} × ${m} (engine, median of ${runs}) | ms | rows |`);
console.log('|---|---|---|');
for (const [k, v] of Object.entries(results)) console.log(`| ${k} | ${v.ms} | ${v.rows} |`);
