// Not a test (it needs scripts/release's output): a site unzipped from the release archive, in
// a fresh folder, served as a static host would, with no build step: the dashboard draws the
// sample, and the archive's command line publishes a file into it.
// Run: node tests/bench/release-check.mjs OUT (the folder scripts/release wrote)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch } from '../e2e/support.mjs';

const out = path.resolve(process.argv[2] ?? 'release');
const zip = fs.readdirSync(out).find((f) => /^scorecard-site-.*\.zip$/.test(f));
const tarball = fs.readdirSync(out).find((f) => /^scorecard-.*-x86_64-linux\.tar\.gz$/.test(f));
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', path.join(out, zip), fresh]);
execFileSync('tar', ['-xzf', path.join(out, tarball), '-C', fresh]);
const site = path.join(fresh, 'scorecard-site');
const bin = path.join(fresh, tarball.replace(/-x86_64-linux\.tar\.gz$/, ''), 'scorecard');
const server = await serve({ site, prefix: '/performance/' });
const browser = await launch();
const look = async (title) => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30000 });
  await page.waitForFunction(() => !document.getElementById('scorecard-first-view'));
  console.log(`${server.url}: "${title}" drawn by the app`);
  await page.close();
};
await look('Strategic Performance Dashboard');
const here = path.dirname(new URL(import.meta.url).pathname);
const hart = path.resolve(here, '..', '..', '..', 'shared', 'data', 'real', 'hart-2014-15.json');
const file = fs.existsSync(hart) ? hart : path.join(site, 'data', 'sample.json');
console.log(execFileSync(bin, ['publish', file, '--site', site], { encoding: 'utf8' }).trim());
await look(JSON.parse(fs.readFileSync(file, 'utf8')).title);
await browser.close();
await server.close();
fs.rmSync(fresh, { recursive: true, force: true });
