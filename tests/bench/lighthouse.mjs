// Benchmark, not a test: Lighthouse's mobile preset (simulated slow 4G, 4× slower CPU) on the
// built site, served with brotli as a host would, three runs per page, medians printed as a
// Markdown table for docs/benchmarks.md. Lighthouse is installed here at benchmark time
// (npm lighthouse@12.2.3; 13 needs a newer Node), never shipped and never in CI.
// Run after a build: node tests/bench/lighthouse.mjs [runs] [page name, to run only that one]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { serve, cli, dist, sample } from '../e2e/support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const tools = path.resolve(here, '..', '..', 'target', 'bench-tools');
const version = '12.2.3';
const installed = () => {
  try {
    return JSON.parse(fs.readFileSync(path.join(tools, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version === version;
  } catch { return false; }
};
if (!installed()) {
  fs.mkdirSync(tools, { recursive: true });
  console.error(`installing lighthouse@${version} into ${tools}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', tools, `lighthouse@${version}`], { stdio: 'inherit' });
}
const require = createRequire(path.join(tools, 'node_modules', '.package.json'));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const runs = Number(process.argv[2] ?? 3);
const server = await serve();
// The sample published as a council publishes it (`scorecard publish`), in a folder of the
// website: a written page for each view.
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-site-'));
fs.cpSync(dist, site, { recursive: true });
cli('publish', sample, '--site', site);
const published = await serve({ site, prefix: '/performance/' });
const only = process.argv[3];
const pages = [
  ['overview', server.url],
  ['indicator detail', `${server.url}#/indicator/recycling-rate`],
  ['embed page', `${server.url}embed.html`],
  ['published overview', published.url],
  ['published indicator', `${published.url}indicator-recycling-rate.html`],
].filter(([name]) => !only || name.startsWith(only));
const metrics = {
  score: (r) => Math.round(r.categories.performance.score * 100),
  'FCP ms': (r) => Math.round(r.audits['first-contentful-paint'].numericValue),
  'LCP ms': (r) => Math.round(r.audits['largest-contentful-paint'].numericValue),
  'TBT ms': (r) => Math.round(r.audits['total-blocking-time'].numericValue),
  CLS: (r) => Number(r.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
  'SI ms': (r) => Math.round(r.audits['speed-index'].numericValue),
  'bytes (wire)': (r) => Math.round(r.audits['total-byte-weight'].numericValue),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const [name, url] of pages) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    // A fresh browser each run: a cold cache and no service worker, as a first visit.
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      results.push(lhr);
      if (i === 0) {
        // The whole report of the first run, to read the trace's long tasks and LCP element.
        fs.writeFileSync(path.join(tools, `lhr-${name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
        const lcp = JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? {}).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1];
        console.error(`${name}: LCP element ${lcp ?? '(none reported)'}`);
      }
      console.error(`${name} run ${i + 1}: ${Object.entries(metrics).map(([k, f]) => `${k} ${f(lhr)}`).join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
  rows.push([name, ...Object.values(metrics).map((f) => median(results.map(f)))]);
}
await server.close();
await published.close();
fs.rmSync(site, { recursive: true, force: true });
console.log(`Lighthouse ${version}, mobile preset, median of ${runs} runs\n`);
console.log(`| page | ${Object.keys(metrics).join(' | ')} |`);
console.log(`|---|${Object.keys(metrics).map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.map((x) => (typeof x === 'number' ? x.toLocaleString('en-GB') : x)).join(' | ')} |`);
