// Scorecard's service worker. Generated at build time by tools/postbuild.mjs from
// tools/sw.template.js: the file list and version below are filled in per build.
//
// - The app shell (hashed wasm, JS, CSS, ECharts, icons) is precached per build version,
//   and served cache-first: an open page never mixes old JS with new wasm.
// - Scorecard data (*.json outside schema/) is network-first; the copy kept for offline use
//   carries an X-Scorecard-Saved header with the date it was saved, so the page can say so.
//   A versioned data file (`?v=`: a benchmark pack's shards, whose index names each with its
//   content's version) never changes at its address: it is served from the cache once kept.
// - Pages (every navigation) are network-first: a published site's pages change with each
//   publish, which never changes this worker. Each is kept as it is fetched, and offline a
//   page not kept is answered with the overview, whose app draws the view the address names.
//   A slow line (a council chamber's wifi) waits PAGE_WAIT ms for the network, then the copy.
// - A new version installs beside the old one and waits until the page asks it to take
//   over ("A new version is ready"); old shell caches are then deleted.
const VERSION = '__VERSION__';
const SHELL = `scorecard-shell-${VERSION}`;
// Also named in src/load.rs (DATA_CACHE), where the page reads kept shards itself.
const DATA = 'scorecard-data';
const PAGES = 'scorecard-pages';
const PAGE_WAIT = 4000;
const PRECACHE = __PRECACHE__;
// The publish page and its wasm: kept once an officer has opened the page, not before.
const PUBLISH = __PUBLISH__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('scorecard-shell-') && k !== SHELL).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'scorecard:skip-waiting') self.skipWaiting();
  if (event.data === 'scorecard:keep-publish') {
    event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PUBLISH)).catch(() => undefined));
  }
  // The page loaded its data before this worker controlled it: keep a copy now, so the
  // first visit is enough to work offline.
  if (event.data?.type === 'scorecard:keep-data' && new URL(event.data.url).origin === self.location.origin) {
    event.waitUntil(networkFirst(new Request(event.data.url)).catch(() => undefined));
  }
});

function isData(url) {
  return url.pathname.endsWith('.json') && !url.pathname.includes('/schema/');
}

/** Network first; the answer is kept for offline use while the page already has it
 * (`keep` holds the worker open until it is stored). */
async function networkFirst(request, keep = (p) => p) {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request, { cache: 'no-store' });
    if (!response.ok) return response;
    const headers = new Headers(response.headers);
    headers.set('X-Scorecard-Saved', new Date().toISOString());
    const copy = response.clone();
    await keep(copy.arrayBuffer().then((body) => cache.put(request, new Response(body, { status: 200, statusText: 'OK', headers }))));
    // Marked as kept, so the page does not ask for it to be kept again (a second fetch).
    const marked = new Headers(response.headers);
    marked.set('X-Scorecard-Kept', '1');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: marked });
  } catch (error) {
    const saved = await cache.match(request);
    if (saved) return saved;
    throw error;
  }
}

/** A page: the network's copy if it answers within PAGE_WAIT, else the kept one. Keyed
 * without its query and hash, which only the app reads. */
async function pageFirst(request, keep) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const cache = await caches.open(PAGES);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, late) => setTimeout(() => late(new Error('slow')), PAGE_WAIT)),
    ]);
    if (response.ok) keep(cache.put(url.href, response.clone()));
    return response;
  } catch (error) {
    const shell = await caches.open(SHELL);
    const kept = (await cache.match(url.href)) ?? (await shell.match(url.href)) ?? (await shell.match('./'));
    if (kept) return kept;
    throw error;
  }
}

async function shellFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  // A file not kept (the publish page's before it is first opened, the report writer before
  // a reader first asks for the report) comes from the network, and is kept for offline use:
  // its name carries its content's hash, and the cache goes with this build's version.
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone()).catch(() => undefined);
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const keep = (stored) => { event.waitUntil(stored.catch(() => undefined)); };
  // A page fetched by a page (the publish page reads the site's) is as fresh as a visit's.
  if (request.mode === 'navigate' || url.pathname.endsWith('.html')) {
    event.respondWith(pageFirst(request, keep));
  } else if (isData(url) && url.searchParams.has('v')) {
    event.respondWith(caches.open(DATA).then((cache) => cache.match(request)).then((kept) => kept ?? networkFirst(request, keep)));
  } else {
    event.respondWith(isData(url) ? networkFirst(request, keep) : shellFirst(request));
  }
});
