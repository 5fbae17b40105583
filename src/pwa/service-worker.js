// The offline worker. The build replaces __PRECACHE__ with the list of built files and __VERSION__ with
// a hash of that list, so each release gets its own cache. See README.md beside this file.
const version = '__VERSION__';
const precache = __PRECACHE__;
const releasePrefix = 'mock-audit-trainer-';
const cacheName = `${releasePrefix}${version}`;
// Which release each open tab loaded: a tab runs its release's code until it reloads, so that release's
// files stay until no open tab uses them.
const tabsCacheName = 'mock-audit-trainer:tabs';
// A record younger than this may belong to a tab still loading, which no client list shows yet.
const tabRecordGraceMs = 60_000;

self.addEventListener('install', (event) => {
  // 'no-cache': a host that lets browsers reuse files (no Cache-Control) must not hand this release the
  // previous index.html, whose files would be gone once the previous release is.
  const requests = precache.map((url) => new Request(url, { cache: 'no-cache' }));
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(requests)));
  // No skipWaiting here: one release runs at a time. A new one waits until a page asks for it ("Update now"),
  // then every tab reloads into it (src/lib/register-service-worker.ts).
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(pruneReleases));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // A tab has started: the page it replaced is gone, so the release that page ran may be unused now.
  if (event.data === 'tab-started') event.waitUntil(pruneReleases());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? openPage(event) : fromReleases(request));
});

// Every address of the single-page app is served by this release's index.html.
async function openPage(event) {
  const page = await (await caches.open(cacheName)).match('/', { ignoreVary: true });
  if (!page) return fetch(event.request);
  await noteTab(event.resultingClientId);
  return page;
}

// ignoreVary: the server may vary on Origin (vite preview does) and Chromium sends Origin with module
// scripts, so an honoured Vary misses the precache and a start without network would be a blank page.
// This release's files first, then any kept release's: a tab still running an earlier release asks for its own.
async function fromReleases(request) {
  const own = await (await caches.open(cacheName)).match(request, { ignoreVary: true });
  return own ?? (await caches.match(request, { ignoreVary: true })) ?? fetch(request);
}

async function noteTab(clientId) {
  if (!clientId) return;
  const tabs = await caches.open(tabsCacheName);
  const record = JSON.stringify({ id: clientId, version, at: Date.now() });
  await tabs.put(`/__tabs/${clientId}`, new Response(record, { headers: { 'Content-Type': 'application/json' } }));
}

async function loadedReleases(tabs) {
  const records = await Promise.all(
    (await tabs.keys()).map(async (key) => {
      const response = await tabs.match(key);
      return response ? { key, ...(await response.json()) } : null;
    }),
  );
  return records.filter(Boolean);
}

// Deletes the caches of releases no open tab runs. A tab with no record (loaded from the network, or
// before these records existed) may run any release, so then everything stays.
async function pruneReleases() {
  const [names, windows, tabs] = await Promise.all([
    caches.keys(),
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
    caches.open(tabsCacheName),
  ]);
  // A newer worker that is installing or waiting fills a cache of its own; its activation prunes.
  if (self.registration.installing || self.registration.waiting) return;
  const records = await loadedReleases(tabs);
  const open = new Set(windows.map((client) => client.id));
  const closed = records.filter((record) => !open.has(record.id) && Date.now() - record.at > tabRecordGraceMs);
  await Promise.all(closed.map((record) => tabs.delete(record.key)));
  const byTab = new Map(records.map((record) => [record.id, record.version]));
  if ([...open].some((id) => !byTab.has(id))) return;
  const inUse = new Set([version, ...[...open].map((id) => byTab.get(id))]);
  const unused = names.filter((name) => name.startsWith(releasePrefix) && !inUse.has(name.slice(releasePrefix.length)));
  await Promise.all(unused.map((name) => caches.delete(name)));
}
