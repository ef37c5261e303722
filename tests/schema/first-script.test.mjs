// index.html's first script decides, before the app's wasm exists, what the app will decide:
// the language a reader is shown, which page a file is, the file fetched first and whether
// the comparison module draws the view. It is run here, as it is in the page, on the table
// the app's own rules are tested against (src/first_view.rs): both must give its answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const table = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/first-script.json'), 'utf8'));
const page = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(page)[1];
const origin = 'https://council.example';

/** Runs the first script on a page at `where` with its metas and storage: whether it set the
 * written view aside, and what it asked the browser to fetch ahead. */
function run({ search = '', hash = '', pathname = '/', metas = {}, stored = null, lastRead = null, browser = [] }) {
  const classes = new Set();
  const fetched = [];
  const context = {
    location: { search, hash, pathname, href: `${origin}${pathname}${search}${hash}`, origin },
    document: {
      documentElement: { classList: { add: (c) => classes.add(c) } },
      querySelector: (selector) => {
        const name = /^meta\[name="([^"]+)"\]$/.exec(selector)?.[1];
        return name in metas ? { content: metas[name] } : null;
      },
      createElement: () => ({}),
      head: { appendChild: (link) => fetched.push(link) },
    },
    localStorage: {
      getItem: (key) => (key === 'scorecard:lang' ? stored : key.startsWith('scorecard:version:') ? lastRead : null),
    },
    navigator: { languages: browser },
    addEventListener: () => {},
    URL,
    URLSearchParams,
  };
  vm.runInNewContext(script, context);
  return { elsewhere: classes.has('first-view-elsewhere'), fetched };
}

/** A page whose written view is the one to show, but for what a case changes. */
const written = (metas = {}) => ({
  'scorecard-first-view': 'en',
  'scorecard-languages': 'en cy',
  'scorecard-written-src': 'data/sample.json',
  'scorecard-written-page': 'index.html',
  'scorecard-written-version': 'v1',
  ...metas,
});
const query = (params) => {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null));
  return q.size ? `?${q}` : '';
};

test('the written view is kept when it is the one to show, and set aside otherwise', () => {
  assert.equal(run({ metas: written(), browser: ['en'] }).elsewhere, false);
  assert.equal(run({ metas: written(), browser: ['en'], lastRead: 'v1' }).elsewhere, false);
  assert.equal(run({ metas: written(), browser: ['en'], lastRead: 'v0' }).elsewhere, true, 'a version read since');
  assert.equal(run({ metas: written(), browser: ['en'], hash: '#/indicators' }).elsewhere, true, 'another view');
  assert.equal(run({ metas: written(), browser: ['en'], hash: '#/' }).elsewhere, false, 'the overview named');
  assert.equal(run({ metas: written({ 'scorecard-written-src': 'data/old.json' }), browser: ['en'] }).elsewhere, true);
  assert.equal(run({ metas: {}, browser: ['en'] }).elsewhere, true, 'nothing written');
});

test('the language is the one the app would choose', () => {
  for (const c of table.language) {
    const at = { search: query({ lang: c.lang }), stored: c.stored, browser: c.browser };
    const metas = (shown) => written({ 'scorecard-languages': c.offered.join(' '), 'scorecard-first-view': shown });
    assert.equal(run({ ...at, metas: metas(c.shown) }).elsewhere, false, `${JSON.stringify(c)} is shown in ${c.shown}`);
    const other = c.offered.find((l) => l !== c.shown) ?? 'xx';
    assert.equal(run({ ...at, metas: metas(other) }).elsewhere, true, `${JSON.stringify(c)} is not shown in ${other}`);
  }
});

test('a page is the view the app names it by', () => {
  for (const c of table.page) {
    const at = { pathname: c.path, browser: ['en'] };
    assert.equal(run({ ...at, metas: written({ 'scorecard-written-page': c.page }) }).elsewhere, false, JSON.stringify(c));
    assert.equal(run({ ...at, metas: written({ 'scorecard-written-page': 'none.html' }) }).elsewhere, true, JSON.stringify(c));
  }
});

test('the file fetched ahead is the one the app reads', () => {
  for (const c of table.file) {
    // Set aside (another view), so the script fetches ahead.
    const metas = c.setting === null ? {} : { 'scorecard-src': c.setting };
    const { fetched } = run({ search: query({ src: c.src, pack: c.pack }), hash: '#/indicators', metas });
    const data = fetched.filter((l) => l.rel === 'preload').map((l) => l.href);
    assert.deepEqual(data, [new URL(c.file, `${origin}/`).href], JSON.stringify(c));
  }
});

test("the comparison module's code is fetched ahead exactly for the views it draws", () => {
  for (const c of table.comparison) {
    const metas = { 'scorecard-compare': 'compare/scorecard-compare.js' };
    const { fetched } = run({ search: query({ src: c.src, pack: c.pack }), hash: c.hash, metas });
    assert.equal(fetched.some((l) => l.rel === 'modulepreload'), c.drawn, JSON.stringify(c));
  }
});
