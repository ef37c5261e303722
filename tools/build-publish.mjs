// Trunk post-build hook (before postbuild.mjs): builds the publish page, its own wasm so the
// dashboard's first view never carries the importer, into the staging directory:
// publish-<hash>/ (tools/build-module.mjs), the site writer it fetches when asked, site-<hash>/,
// and publish.html from the template at the repository's root.
import fs from 'node:fs';
import path from 'node:path';
import { buildModule, edit } from './build-module.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = buildModule(staging, 'scorecard-publish', 'publish');
// The site writer: the same page-writing code as `scorecard publish`, in a wasm of its own.
const site = buildModule(staging, 'scorecard-site', 'site');
const css = fs.readdirSync(staging).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
let page = fs.readFileSync(path.join(root, 'publish.html'), 'utf8');
for (const [anchor, value] of [['__CSS__', css], ['__APP__', dir], ['__SITE__', site]]) page = edit(page, anchor, value, 'publish.html', { all: true });
fs.writeFileSync(path.join(staging, 'publish.html'), page);
console.log(`publish.html with ${dir}/`);
