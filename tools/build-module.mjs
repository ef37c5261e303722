// A wasm of its own beside the dashboard's (the publish page, the comparison views): built
// with the dashboard's profile and flags, bound by wasm-bindgen, optimised by npm's wasm-opt
// as trunk does the dashboard's, and copied into the staging directory as <prefix>-<hash>/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

/** Wherever Cargo puts its builds: CARGO_TARGET_DIR, a `build.target-dir` setting or the default. */
export function targetDir() {
  return JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).target_directory;
}

/** Builds package `pkg` into `staging`/<prefix>-<hash>/; returns that directory's name. */
export function buildModule(staging, pkg, prefix) {
  // The same profile and flags as trunk's build of the dashboard (.cargo/config.toml applies).
  run('cargo', ['build', '--release', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '-p', pkg]);
  const wasm = path.join(targetDir(), 'wasm32-unknown-unknown', 'release', `${pkg}.wasm`);
  const out = path.join(root, 'target', prefix);
  fs.rmSync(out, { recursive: true, force: true });
  run('wasm-bindgen', [wasm, '--out-dir', out, '--target', 'web', '--no-typescript']);
  const bg = path.join(out, `${pkg}_bg.wasm`);
  run('wasm-opt', [`--output=${bg}`, '-Oz', bg, '--enable-reference-types']);
  // Every file, snippets/ included (wasm-bindgen writes the inline JS of the crates it binds).
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(out, { recursive: true }).sort()) {
    const p = path.join(out, f);
    if (fs.statSync(p).isFile()) hash.update(f).update(fs.readFileSync(p));
  }
  const dir = `${prefix}-${hash.digest('hex').slice(0, 16)}`;
  // The same hash is the same files: a stage left by a build cut short is replaced.
  fs.rmSync(path.join(staging, dir), { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, dir));
  for (const f of fs.readdirSync(out)) fs.cpSync(path.join(out, f), path.join(staging, dir, f), { recursive: true });
  const kb = Math.round(fs.statSync(path.join(staging, dir, `${pkg}_bg.wasm`)).size / 1024);
  console.log(`${dir}/ (wasm ${kb} KB)`);
  return dir;
}

/**
 * Every edit a build step makes of a page or a template: `text` with `anchor` (a string or a
 * regular expression) replaced by `replacement` (taken as it is: no `$` patterns), once, or
 * everywhere with `{ all: true }`. Throws, naming the file, when `anchor` is not there: a
 * page that differs from what the step expects fails the build rather than shipping without
 * the edit.
 */
export function edit(text, anchor, replacement, file, { all = false } = {}) {
  const found = typeof anchor === 'string' ? text.includes(anchor) : new RegExp(anchor.source).test(text);
  if (!found) throw new Error(`${file}: no ${anchor} to edit`);
  const by = () => replacement;
  return all ? text.replaceAll(anchor, by) : text.replace(anchor, by);
}

/** `html` with `<meta name="NAME" content="CONTENT">` after its `<meta charset="utf-8">`. */
export function addMeta(html, name, content, file = 'index.html') {
  const anchor = '<meta charset="utf-8">';
  return edit(html, anchor, `${anchor}\n    <meta name="${name}" content="${content}">`, file);
}
