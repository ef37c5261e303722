// Trunk post-build hook: writes sw.js (the service worker, with this build's file list and
// version) into the staging directory. The version is a hash of every precached file, so
// any change to the app gives a new cache and old ones are deleted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const root = path.dirname(new URL(import.meta.url).pathname);

function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

// The shell: everything but the data (network-first, cached as it is fetched), the schema
// and the example host page.
const shell = walk(staging).filter((f) => !f.startsWith('data/') && !f.startsWith('schema/') && f !== 'sw.js' && f !== 'embed.html').sort();
const hash = crypto.createHash('sha256');
for (const f of shell) hash.update(f).update(fs.readFileSync(path.join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...shell];
const sw = fs.readFileSync(path.join(root, 'sw.template.js'), 'utf8')
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(precache));
fs.writeFileSync(path.join(staging, 'sw.js'), sw);
console.log(`sw.js: version ${version}, ${precache.length} files precached`);
