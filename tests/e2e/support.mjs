// Shared set-up for the browser tests: a static server for dist/ (and test fixtures),
// Debian's Chromium driven by playwright-core, and screenshots kept as artefacts.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url)); // not import.meta.dirname: Node 18 lacks it

const root = path.resolve(here, '..', '..');
export const dist = path.join(root, 'dist');
const fixtures = path.join(root, 'tests', 'fixtures');
export const artefacts = path.join(root, 'test-results');
fs.mkdirSync(artefacts, { recursive: true });

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ (or `site`) at / (or under `prefix`, as a council's website puts it in a
 * folder: '/performance/') and tests/fixtures/ at /fixtures/; `override(path, body)` replaces
 * a file (a new deployment, a newly published scorecard), `offline(true)` drops every request;
 * anything outside the prefix is not found. */
export async function serve({ site = dist, prefix = '/' } = {}) {
  const overrides = new Map();
  let down = false;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (down) { req.socket.destroy(); return; }
    if (overrides.has(url.pathname)) {
      const [type, body] = overrides.get(url.pathname);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(body);
      return;
    }
    let file;
    if (url.pathname.startsWith('/fixtures/')) {
      file = path.join(fixtures, decodeURIComponent(url.pathname.slice('/fixtures/'.length)));
    } else if (url.pathname.startsWith(prefix)) {
      file = path.join(site, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    } else {
      file = '';
    }
    if (!file.startsWith(site) && !file.startsWith(fixtures)) { res.writeHead(file ? 403 : 404); res.end(); return; }
    // The build's precompressed copy the browser takes, brotli before gzip, as a static host
    // with brotli_static/gzip_static would send it (so the browser tests also check them).
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = [['br', '.br'], ['gzip', '.gz']]
      .find(([name, ext]) => new RegExp(`\\b${name}\\b`).test(accepts) && fs.existsSync(`${file}${ext}`));
    fs.readFile(encoding ? `${file}${encoding[1]}` : file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      // Open to other origins, as a council's static host may be: the embed tests mount
      // the app from this server into a page on another.
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*',
        ...(encoding ? { 'content-encoding': encoding[0], vary: 'accept-encoding' } : {}),
      });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    override: (p, body, type = types[path.extname(p)] ?? 'text/plain') => overrides.set(p, [type, body]),
    /** Serves the file from dist/ again. */
    restore: (p) => overrides.delete(p),
    offline: (yes) => { down = yes; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page that fails the test on any uncaught error or console error from the app. */
export async function open(browser, url, options = {}) {
  // Reduced motion: charts are drawn at once, so assertions and screenshots see the final state.
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (process.env.DEBUG) console.log(m.type(), m.text()); if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) page.errors.push(m.text()); });
  await page.goto(url);
  // A page with its overview written in (`scorecard page`): the app's own view has taken its
  // place. (tests/e2e/first-view.test.mjs tests the written view itself.)
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  return page;
}

/** Waits until `fn` (which may be async) gives a truthy value in the page. Playwright's
 * `waitForFunction` takes the promise an async function returns as truthy at once, so it
 * cannot wait on the page's caches or its service worker. */
export async function until(page, fn, arg, { timeout = 30000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`until: still false after ${timeout} ms: ${String(fn).slice(0, 200)}`);
    await page.waitForTimeout(every);
  }
}

/** Waits until the page has stopped changing: three painted frames with no change to its
 * elements, text or attributes (a view's later parts are drawn a frame at a time, and a chart
 * animates in). Not a fixed wait: it ends as soon as the page is still. */
export async function settled(page, { timeout = 10000 } = {}) {
  await page.evaluate((timeout) => new Promise((resolve, reject) => {
    let changed = false;
    let quiet = 0;
    const watch = new MutationObserver(() => { changed = true; });
    watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const end = performance.now() + timeout;
    const frame = () => {
      quiet = changed ? 0 : quiet + 1;
      changed = false;
      if (quiet >= 3) { watch.disconnect(); resolve(); }
      else if (performance.now() > end) { watch.disconnect(); reject(new Error(`settled: the page was still changing after ${timeout} ms`)); }
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), timeout);
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
}

/** `scorecard status --json` on a file: the core's own answer, to compare the page with. */
export function cliStatus(file, ...args) {
  return JSON.parse(cli('status', file, '--json', ...args));
}

/** The `scorecard` command's standard output. */
export function cli(...args) {
  const bin = process.env.SCORECARD_BIN ?? path.join(root, 'target', 'debug', 'scorecard');
  return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

export const sample = path.join(root, 'public', 'data', 'sample.json');
