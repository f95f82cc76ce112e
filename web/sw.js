// Offline after the first visit: the page's own files are cached when the service worker
// installs, and served from the cache when the network is not there. Network first, so a
// served update is seen at once when online. The browser test "every file the page loads is
// precached" keeps FILES in step with the page.
const CACHE = 'concord-v1';
const FILES = [
  './', 'index.html', 'styles.css', 'worker.js', 'concord.js',
  'generated/concord-core.mjs', 'lib/diff.js', 'lib/analyze.js', 'lib/errors.js', 'lib/compare.js', 'lib/report.js', 'lib/options.js', 'lib/wire.js',
  'examples/examples.js',
  'app/early.js', 'app/composites.js', 'app/main.js', 'app/store.js', 'app/engine.js', 'app/hash.js', 'app/docs-panel.js', 'app/intake.js',
  'app/help.js', 'app/dom.js', 'app/text-files.js', 'app/virtual-list.js', 'app/inline.js', 'app/pair-model.js',
  'app/views/common.js', 'app/views/overview.js', 'app/views/pair.js', 'app/views/duplicates.js',
  'app/views/document.js', 'app/views/rewrite.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One missing file must not stop the others from being cached.
    await Promise.all(FILES.map((file) => cache.add(new Request(file, { cache: 'reload' })).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone()).catch(() => {});
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
