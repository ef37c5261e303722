// Trunk post-build hook (before postbuild.mjs): builds the publish page, its own wasm so the
// dashboard's first view never carries the importer, into the staging directory:
// publish-<hash>/ (wasm-bindgen's JS and the wasm, optimised by npm's wasm-opt like the
// dashboard's) and publish.html from the template at the repository's root.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// The same profile and flags as trunk's build of the dashboard (.cargo/config.toml applies).
run('cargo', ['build', '--release', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '-p', 'scorecard-publish']);
// Wherever Cargo puts its builds: CARGO_TARGET_DIR, a `build.target-dir` setting or the default.
const { target_directory: targetDir } = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const wasm = path.join(targetDir, 'wasm32-unknown-unknown', 'release', 'scorecard-publish.wasm');
const out = path.join(root, 'target', 'publish');
fs.rmSync(out, { recursive: true, force: true });
run('wasm-bindgen', [wasm, '--out-dir', out, '--target', 'web', '--no-typescript']);
const bg = path.join(out, 'scorecard-publish_bg.wasm');
run('wasm-opt', [`--output=${bg}`, '-Oz', bg, '--enable-reference-types']);

const hash = crypto.createHash('sha256');
for (const f of fs.readdirSync(out).sort()) hash.update(f).update(fs.readFileSync(path.join(out, f)));
const dir = `publish-${hash.digest('hex').slice(0, 16)}`;
fs.mkdirSync(path.join(staging, dir));
for (const f of fs.readdirSync(out)) fs.copyFileSync(path.join(out, f), path.join(staging, dir, f));

const css = fs.readdirSync(staging).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
const page = fs.readFileSync(path.join(root, 'publish.html'), 'utf8').replaceAll('__CSS__', css).replaceAll('__APP__', dir);
fs.writeFileSync(path.join(staging, 'publish.html'), page);
const kb = (f) => Math.round(fs.statSync(path.join(staging, dir, f)).size / 1024);
console.log(`publish.html with ${dir}/ (wasm ${kb('scorecard-publish_bg.wasm')} KB)`);
