// Trunk post-build hook, in the staging directory:
// - mount.js: the script a host page includes to mount the dashboard into its elements,
//   naming this build's hashed files;
// - sw.js: the service worker, with this build's file list and version. The version is a
//   hash of every precached file, so any change gives a new cache and old ones are deleted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const root = path.dirname(new URL(import.meta.url).pathname);

// The publish page, the comparison views and the report writer first: the policy, the
// worker's lists and the compressed copies cover them.
await import('./build-publish.mjs');
const { compareModule } = await import('./build-compare.mjs');
const { reportModule } = await import('./build-report.mjs');
const { exportModule } = await import('./build-export.mjs');
const { addMeta, edit, targetDir } = await import('./build-module.mjs');
const { writtenFile } = await import('./first-view-file.mjs');

/** The command line, built for this machine (the tests give theirs in SCORECARD_BIN). */
function buildCli() {
  execFileSync('cargo', ['build', '--locked', '--offline', '-q', '--profile', 'cli', '-p', 'scorecard-cli'], { cwd: path.join(root, '..'), stdio: ['ignore', 'inherit', 'inherit'] });
  return path.join(targetDir(), 'cli', 'scorecard');
}

function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

const metaOf = (html, name) => html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1] ?? '';
const files = fs.readdirSync(staging);
const find = (re) => files.find((f) => re.test(f)) ?? (() => { throw new Error(`no file matching ${re} in ${staging}`); })();
const js = find(/^scorecard-app-[0-9a-f]+\.js$/);
const wasm = find(/^scorecard-app-[0-9a-f]+_bg\.wasm$/);
const css = find(/^main-[0-9a-f]+\.css$/);

// The page's start (index.html): its first script preloads the wasm unless the overview is
// already written into the page (`scorecard page`), and trunk's loader then waits until that
// has been painted, so a phone's slow line carries the page's figures first.
{
  const index = path.join(staging, 'index.html');
  let html = fs.readFileSync(index, 'utf8');
  const preload = new RegExp(`<link rel="preload" href="(?:\\./)?${wasm}"[^>]*>`);
  const start = 'const wasm = await init(';
  html = addMeta(edit(html, preload, '', 'index.html (trunk\'s wasm preload)'), 'scorecard-wasm', wasm);
  html = edit(html, start, `if (!document.documentElement.classList.contains('first-view-elsewhere')) {
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
}
${start}`, 'index.html (trunk\'s loader)');
  fs.writeFileSync(index, html);
  // The file the page loads (its setting, untouched; else the bundled sample) has its overview
  // written into the page, by the command a council publishes with, when the build has it
  // (public/data/); any other file's page is left with none, never another file's.
  const setting = metaOf(html, 'scorecard-src');
  const local = writtenFile(staging, setting);
  if (local) {
    const cli = process.env.SCORECARD_BIN ?? buildCli();
    execFileSync(cli, ['page', local, '--shell', index, '-o', index], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (metaOf(fs.readFileSync(index, 'utf8'), 'scorecard-src') !== setting) throw new Error('index.html: writing the overview changed the page\'s scorecard-src');
  } else {
    console.log(`index.html: no written overview (${setting} is not among the build's data files)`);
  }
}
const mount = `// Mounts the Scorecard dashboard into every element with data-scorecard-src on this page.
// Generated for one build; include it with <script type="module" src=".../mount.js">.
const base = new URL('./', import.meta.url).href;
// ECharts is not loaded here: the app fetches it from base the first time it draws a history.
window.__scorecardMount = { base, css: ${JSON.stringify(css)}, compare: ${JSON.stringify(compareModule)}, report: ${JSON.stringify(reportModule)}, export: ${JSON.stringify(exportModule)} };
// The wasm is fetched at once, beside the script that starts it, not after it.
const wasm = fetch(base + ${JSON.stringify(wasm)});
const { default: init } = await import(base + ${JSON.stringify(js)});
await init({ module_or_path: wasm });
`;
fs.writeFileSync(path.join(staging, 'mount.js'), mount);

// The Content-Security-Policy of the dashboard's page, as a <meta> (a static host may send
// no headers of its own). Scripts: our own files, WebAssembly, and the page's inline scripts
// by their hashes (trunk writes one, so the hashes can only be known now). Data: our own
// origin plus the deployment's allowed origins from the page's own meta tag. ECharts and
// Leptos set styles through the CSS object model (allowed), except ECharts' SVG text and
// tooltip markers, which carry style attributes: those, and no <style> element, are allowed.
const deployment = fs.readFileSync(path.join(staging, 'index.html'), 'utf8');
const origins = metaOf(deployment, 'scorecard-allowed-origins').split(/\s+/).filter(Boolean).map((o) => new URL(o).origin);
const logo = metaOf(deployment, 'scorecard-logo');
const logoOrigin = /^https:\/\//.test(logo) ? [new URL(logo).origin] : [];
let hashCount = 0;
for (const name of ['index.html', 'publish.html']) {
  const page = path.join(staging, name);
  if (!fs.existsSync(page)) continue;
  // The inline scripts' comments are for whoever reads index.html, not for every reader's
  // first download: whole comment lines go before the scripts are hashed.
  let html = fs.readFileSync(page, 'utf8').replace(/(<script(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)(<\/script>)/g,
    (_, open, body, close) => open + body.replace(/^[ \t]*\/\/.*\n/gm, '') + close);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);
  hashCount += hashes.length;
  // The publish page reads files in the browser and fetches nothing but its own.
  const connect = name === 'index.html' ? origins : [];
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    `img-src 'self' data: ${logoOrigin.join(' ')}`.trim(),
    "style-src 'self'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ');
  if (!html.includes('http-equiv="Content-Security-Policy"')) {
    html = edit(html, '<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`, name);
  }
  fs.writeFileSync(page, html);
}
console.log(`index.html, publish.html: Content-Security-Policy with ${hashCount} inline script hashes`);

// The shell: everything but the data (network-first, cached as it is fetched), the schema
// and the example host page.
// The publish page is not precached: the worker keeps it once it has been opened.
// Nor is its site writer: fetched only when an officer asks for the site's files.
const isPublish = (f) => f === 'publish.html' || f.startsWith('publish-') || f.startsWith('site-');
// Nor what a reader fetches by asking for it: the report writer, the chart export module and
// its ECharts (the worker keeps each once it has been fetched).
const onDemand = (f) => f.startsWith('report-') || f.startsWith('export-') || f === 'echarts/echarts-export.js';
const shell = walk(staging).filter((f) => !f.startsWith('data/') && !f.startsWith('schema/') && !['sw.js', 'embed.html', 'embed.js', 'mount.js'].includes(f) && !isPublish(f) && !onDemand(f) && !/\.(gz|br)$/.test(f)).sort();
const publish = walk(staging).filter((f) => isPublish(f) && !/\.(gz|br)$/.test(f)).sort();
const hash = crypto.createHash('sha256');
// Every file the worker may keep is in the version, so none is ever kept from another build.
const asked = walk(staging).filter((f) => onDemand(f) && !/\.(gz|br)$/.test(f)).sort();
for (const f of [...shell, ...publish, ...asked]) hash.update(f).update(fs.readFileSync(path.join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...shell];
let sw = fs.readFileSync(path.join(root, 'sw.template.js'), 'utf8');
sw = edit(sw, '__VERSION__', version, 'sw.template.js');
sw = edit(sw, '__PRECACHE__', JSON.stringify(precache), 'sw.template.js');
sw = edit(sw, '__PUBLISH__', JSON.stringify(publish), 'sw.template.js');
fs.writeFileSync(path.join(staging, 'sw.js'), sw);
console.log(`mount.js for ${js}; sw.js version ${version}, ${precache.length} files precached`);

// Precompressed copies for hosts that serve them (nginx gzip_static / brotli_static, and
// most static hosting): the big files are sent at their compressed size without the server
// compressing on every request.
for (const f of walk(staging)) {
  if (!/\.(wasm|js|css|json|html|svg|webmanifest)$/.test(f)) continue;
  const body = fs.readFileSync(path.join(staging, f));
  if (body.length < 1024) continue;
  fs.writeFileSync(path.join(staging, `${f}.gz`), zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(path.join(staging, `${f}.br`), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
