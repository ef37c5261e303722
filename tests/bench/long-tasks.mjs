// Benchmark, not a test: the main thread's long tasks of one first load, at Lighthouse's
// mobile CPU (4× slower), each with the trace events that filled it (wasm compiled lazily,
// timers, layout, paint). Lighthouse counts each task's time over 50 ms as blocking time; this
// says which part of the start-up a task is, where Lighthouse attributes them all to the app's
// script. Run after a build: node tests/bench/long-tasks.mjs ['#/indicator/ID' or another hash]
// The whole trace is written to target/bench-tools/long-tasks-trace.json for Chrome's
// performance panel.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../e2e/support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', '..', 'target', 'bench-tools', 'long-tasks-trace.json');
const server = await serve();
const browser = await launch();
// Lighthouse's mobile screen: what is on the first screen decides what the first tasks draw.
const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'loading'] });
await page.goto(server.url + (process.argv[2] ?? ''));
await page.locator('main[aria-busy="false"]').waitFor();
// What is drawn after the first screen, and a history's chart, come in later tasks.
await page.waitForTimeout(3000);
const trace = await browser.stopTracing();
await browser.close();
await server.close();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, trace);

const events = JSON.parse(trace).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.dur);
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 30000);
const start = tasks[0]?.ts ?? 0;
console.log('start ms | task ms | time inside it, by trace event (ms; events nest, so they overlap)');
for (const task of tasks) {
  const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e.name !== 'RunTask');
  const by = new Map();
  for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${Math.round(d / 1000)}`);
  const mark = task.dur > 50000 ? ' (long)' : '';
  console.log(`${Math.round((task.ts - start) / 1000)} | ${Math.round(task.dur / 1000)}${mark} | ${top.join(', ')}`);
}
