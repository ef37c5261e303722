// Welsh: the bilingual sample with ?lang=cy shows every view in Welsh (no English interface
// word or month outside elements marked lang="en"), <html lang> follows, the CSV's headers are
// Welsh, axe is clean, and the switch round-trips keeping the view and its filters. The same
// walk in English finds no Welsh interface word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, open, shot, cli, artefacts, settled } from './support.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const src = '?src=data/sample-bilingual.json';
const views = ['', '#/exceptions', '#/indicators?status=red', '#/indicator/recycling-rate', '#/service/housing', '#/priority/homes-and-support', '#/actions'];

// Words of the English interface (and months) that have no business on a Welsh page, and the
// other way round. Place names in the council's own Welsh text (Marsh Lane) are not among them.
const english = ['the', 'and', 'of', 'for', 'with', 'by', 'overview', 'exceptions', 'indicators', 'indicator', 'actions', 'status', 'target',
  'value', 'period', 'service', 'priority', 'green', 'amber', 'red', 'improving', 'worsening', 'showing', 'search', 'filter', 'clear',
  'download', 'quarter', 'history', 'definition', 'comment', 'explanation', 'due', 'owner', 'summary', 'total', 'trend', 'recent',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const welsh = ['trosolwg', 'eithriadau', 'dangosyddion', 'dangosydd', 'statws', 'targed', 'gwerth', 'cyfnod', 'gwyrdd', 'oren', 'coch',
  'chwarter', 'hanes', 'ionawr', 'chwefror', 'mawrth', 'ebrill', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];

/** Visible text and accessible labels, leaving out elements marked as the other language. */
function shown(page, other) {
  return page.evaluate((other) => {
    const out = [];
    const foreign = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith(other);
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || foreign(el) || !el.checkVisibility?.() || el.closest('.visually-hidden, script, style')) continue;
      if (n.textContent.trim()) out.push(n.textContent);
    }
    for (const el of document.querySelectorAll('main [aria-label], main [aria-description]')) {
      if (!foreign(el)) out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('aria-description') ?? '');
    }
    return out.join('\n');
  }, other);
}

function strays(text, words) {
  const found = new Set();
  for (const w of text.toLowerCase().split(/[^\p{L}']+/u)) if (words.includes(w)) found.add(w);
  return [...found];
}

for (const [lang, other, words] of [['cy', 'en', english], ['en', 'cy', welsh]]) {
  test(`every view of the bilingual sample with ?lang=${lang} is in that language only`, async () => {
    const page = await open(browser, `${server.url}${src}&lang=${lang}`);
    await page.locator('main[aria-busy="false"]').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    for (const view of views) {
      await page.evaluate((h) => { location.hash = h; }, view || '#/');
      await page.locator('.view-title, #status-counts-table').first().waitFor();
      await settled(page);
      const text = await shown(page, other);
      assert.deepEqual(strays(text, words), [], `${lang} ${view || 'overview'}: ${text.slice(0, 300)}`);
      if (lang === 'cy') assert.doesNotMatch(text, /\bQ[1-4]\b/, `quarters are Ch1–Ch4 in Welsh (${view})`);
    }
    assert.deepEqual(page.errors, []);
  });
}

test('text a file gives only in English is shown marked lang="en" on the Welsh page', async () => {
  // The bilingual sample with some Welsh missing: a title, a service's name, an owner, a comment.
  const doc = JSON.parse(fs.readFileSync(path.resolve(here, '..', '..', 'public', 'data', 'sample-bilingual.json'), 'utf8'));
  const onlyEnglish = (t) => ({ en: t.en });
  const housing = doc.services.find((s) => s.id === 'housing');
  housing.name = onlyEnglish(housing.name);
  const recycling = doc.indicators.find((i) => i.id === 'recycling-rate');
  recycling.title = onlyEnglish(recycling.title);
  recycling.values.at(-1).comment = onlyEnglish(recycling.values.at(-1).comment);
  doc.actions[0].owner = onlyEnglish(doc.actions[0].owner);
  server.override('/data/partly-welsh.json', JSON.stringify(doc), 'application/json');
  const page = await open(browser, `${server.url}?src=data/partly-welsh.json&lang=cy`);
  await page.locator('main[aria-busy="false"]').waitFor();
  for (const view of ['#/indicators?service=housing', '#/indicator/recycling-rate', '#/service/housing', '#/actions', '#/exceptions']) {
    await page.evaluate((h) => { location.hash = h; }, view);
    await page.locator('.view-title').first().waitFor();
    await settled(page);
    const text = await shown(page, 'en');
    assert.deepEqual(strays(text, english), [], `${view}: ${text.slice(0, 300)}`);
  }
  await page.evaluate(() => { location.hash = '#/indicator/recycling-rate'; });
  await page.locator('h2.view-title span[lang="en"]', { hasText: 'Household waste reused' }).waitFor();
  await page.evaluate(() => { location.hash = '#/indicators?service=housing'; });
  await page.locator('#indicator-table td a[lang="en"]', { hasText: 'Housing' }).first().waitFor();
  assert.deepEqual(page.errors, []);
});

test('in Welsh: dates, the CSV headers, and axe finds nothing', async () => {
  const page = await open(browser, `${server.url}${src}&lang=cy#/indicators?service=housing`, { bypassCSP: true, acceptDownloads: true });
  await page.locator('main[aria-busy="false"]').waitFor();
  await assert.doesNotReject(page.getByText('20 Tachwedd 2023').first().waitFor());
  await assert.doesNotReject(page.getByText(/Chwarter 2, 2023\/24 \(Gorffennaf – Medi 2023\)/).first().waitFor());
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  assert.match(csv.split('\r\n')[0], /^Cod,Dangosydd,Maes gwasanaeth,Cyfnod,Gwerth,Targed,Uned,Statws,/);
  assert.match(download.suggestedFilename(), /^cyngor-bwrdeistref-wexcombe-dangosydd-/);
  // The committee report in Welsh: the document the command line writes with --lang cy.
  const [report] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  const want = path.join(artefacts, 'adroddiad.docx');
  cli('report', path.resolve(here, '..', '..', 'public', 'data', 'sample-bilingual.json'), '--docx', want, '--lang', 'cy');
  assert.ok(fs.readFileSync(await report.path()).equals(fs.readFileSync(want)), 'the Welsh report is the command line\'s');
  await page.addScriptTag({ path: path.resolve(here, '..', '..', 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), []);
  await shot(page, 'welsh-indicators');
  // The core's messages too: a file that cannot be shown, explained in Welsh.
  await page.goto(`${server.url}?src=fixtures/wrong-format.json&lang=cy`);
  await page.getByRole('heading', { name: 'Nid oes modd dangos y cerdyn sgorio hwn' }).waitFor();
  const problem = await page.locator('.problems tbody td:nth-child(2)').first().textContent();
  assert.match(problem, /mae'r ffeil hon yn y fformat/);
});

test('the switch round-trips, keeping the view and its filters, and is remembered', async () => {
  const page = await open(browser, `${server.url}${src}#/indicators?status=red`);
  await page.locator('main[aria-busy="false"]').waitFor();
  // Headless Chromium asks for English: the file offers it, so English it is.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const rows = await page.locator('#indicator-table tbody tr').count();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /Cymraeg/ }).click();
  await page.getByRole('heading', { name: /Dangosyddion/ }).first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.match(await page.evaluate(() => location.hash), /status=red/);
  assert.match(await page.evaluate(() => location.hash), /lang=cy/);
  assert.equal(await page.locator('#indicator-table tbody tr').count(), rows, 'the same filtered rows');
  // A new visit with no lang in the link speaks the language last chosen.
  await page.goto(`${server.url}${src}`);
  await page.locator('main[aria-busy="false"]').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: /English/ }).click();
  await page.getByRole('heading', { name: /Summary|Indicators by status/ }).first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.errors, []);
});
