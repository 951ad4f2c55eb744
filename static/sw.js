// Service worker: once the page has loaded, it works offline (researchers read readouts on
// planes and in secure rooms). Cache-first for this origin's GET requests; nothing else is
// touched, and the page itself never asks the network for anything after load.
//
// scripts/sw-precache.py rewrites the next three lines after each build (a Trunk post_build
// hook): VERSION from the build's contents, PRECACHE with the build's files, and ENABLED false
// for debug builds (`trunk serve`), where a cache would show the previous build after each
// rebuild. Unstamped, the worker still caches each file the first time the page fetches it.
const VERSION = 'unstamped';
const PRECACHE = [];
const ENABLED = true;

const PREFIX = 'readout-annotator-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so the cached copy is the file just deployed.
  const precache = ENABLED ? PRECACHE : [];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(precache.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // Drop the caches of earlier builds (all of them when disabled), then take over open pages
  // without a reload; a disabled worker removes itself, so a release build's worker left on
  // the same origin stops serving old files to a debug build.
  const keep = (key) => ENABLED && key === CACHE;
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && !keep(k)).map((k) => caches.delete(k))))
      .then(() => (ENABLED ? self.clients.claim() : self.registration.unregister())),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!ENABLED || request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A navigation may carry a query string or a fragment; the page is the same file.
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    }),
  );
});
