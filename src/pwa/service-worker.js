// The offline worker. The build replaces __PRECACHE__ with the list of built files and __VERSION__ with
// a hash of that list, so each release gets its own cache and old ones are removed on activation.
const version = '__VERSION__';
const precache = __PRECACHE__;
const cacheName = `mock-audit-trainer-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
  // No skipWaiting here: a new version waits until the page asks for it, so it never swaps in mid-interview.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('mock-audit-trainer-') && key !== cacheName)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address of the single-page app is served by index.html; built files come from the cache first.
  // ignoreVary: the server may vary on Origin (vite preview does) and Chromium sends Origin with module
  // scripts, so an honoured Vary misses the precache and a start without network would be a blank page.
  const lookup = request.mode === 'navigate' ? '/' : request;
  event.respondWith(
    caches.open(cacheName).then(async (cache) => (await cache.match(lookup, { ignoreVary: true })) ?? fetch(request)),
  );
});
