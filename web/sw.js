// Offline after the first visit, and never a page made of two builds. The page's files are cached
// as one version: generated/precache.json lists every file with its SHA-256 (scripts/build writes
// it, scripts/static-server.mjs computes it live), and a version is cached only when every file
// arrived and matches its hash, in a cache of its own. Each page gets all its files from the
// version it was opened with, even once a newer one is cached (its views and its worker load
// later), so a server that caches with max-age (GitHub Pages: 600 s) or a CDN half-way through a
// deploy cannot mix them. Each visit looks for a newer version in the background, past the HTTP
// cache; the next page load uses it. Files the manifest does not list go to the network, falling
// back to any cached copy when the network fails or answers an error (say, a module gone 404).
const MANIFEST = 'generated/precache.json';
const SCOPE = self.registration.scope;
const OURS = `concord:${new URL(SCOPE).pathname}:`; // several deployments may share an origin
const META = `${OURS}meta`;
const LEGACY = 'concord-v1'; // the single cache of the first service worker
const COMPLETE = new URL('__concord/complete', SCOPE).href;

const metaKey = (key) => new URL(`__concord/${key}`, SCOPE).href;

async function readMeta(key) {
  const response = await (await caches.open(META)).match(metaKey(key));
  return response ? response.text() : null;
}

async function writeMeta(key, value) {
  await (await caches.open(META)).put(metaKey(key), new Response(value));
}

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function isComplete(version) {
  return (await caches.has(OURS + version)) && Boolean(await (await caches.open(OURS + version)).match(COMPLETE));
}

/** Fetches one file of `version` past the HTTP cache, checked against its hash. */
async function fetchChecked(path, hash, version) {
  const url = new URL(path, SCOPE).href;
  const response = await fetch(url, { cache: 'reload' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  if ((await sha256(body)) !== hash) throw new Error(`${path} is not the file of version ${version}`);
  const headers = { 'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream' };
  return [url, new Response(body, { headers })];
}

/** Caches the version the server has now, all of it or nothing; resolves to its name. */
async function cacheServedVersion() {
  const response = await fetch(new URL(MANIFEST, SCOPE), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${MANIFEST}: HTTP ${response.status}`);
  const { version, files } = await response.json();
  if (!(await isComplete(version))) {
    const entries = await Promise.all(Object.entries(files).map(([path, hash]) => fetchChecked(path, hash, version)));
    await caches.delete(OURS + version); // what an attempt that failed half-way left
    const cache = await caches.open(OURS + version);
    for (const [url, body] of entries) await cache.put(url, body);
    await cache.put(COMPLETE, new Response(version)); // last: the version is whole from here
  }
  await writeMeta('current', version);
  return version;
}

// Pages and workers pinned to a version while they load: until one sends its first request it is
// not yet among clients.matchAll(), and prune() must not take its version away meanwhile (a page
// reloaded just as a newer version finished caching got the rest of its files from that one).
const loading = new Map(); // client id → when it was pinned
const LOADING_MS = 60_000; // one that never sends a request stops counting after this

let lookingForUpdate = null;
/** Caches a newer version if the server has one, at most one look at a time. */
function lookForUpdate() {
  lookingForUpdate ??= cacheServedVersion()
    .then(prune)
    .catch(() => {}) // offline, or a deploy in progress: the version in use stays
    .finally(() => { lookingForUpdate = null; });
  return lookingForUpdate;
}

/** The version new pages open with: the newest complete one. */
async function currentVersion() {
  const version = await readMeta('current');
  return version && (await isComplete(version)) ? version : null;
}

/** Deletes the versions no open page or worker uses, and what is known of closed ones. */
async function prune() {
  const live = new Set((await self.clients.matchAll({ includeUncontrolled: true, type: 'all' })).map((c) => c.id));
  const now = Date.now();
  for (const [id, since] of loading) if (now - since > LOADING_MS) loading.delete(id);
  const keep = new Set([await readMeta('current')]);
  const meta = await caches.open(META);
  for (const request of await meta.keys()) {
    const client = /__concord\/client\/(.*)$/.exec(request.url);
    if (!client) continue;
    const id = decodeURIComponent(client[1]);
    if (live.has(id) || loading.has(id)) keep.add(await (await meta.match(request)).text());
    else await meta.delete(request);
  }
  for (const name of await caches.keys()) {
    const ours = name === LEGACY || (name.startsWith(OURS) && name !== META);
    if (ours && !keep.has(name.slice(OURS.length))) await caches.delete(name);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheServedVersion().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

/** The version `event`'s page or worker was opened with; new pages and workers are pinned. */
async function versionFor(event) {
  const { request } = event;
  const opening = request.mode === 'navigate' || request.destination === 'worker' || request.destination === 'sharedworker';
  const parent = request.mode === 'navigate' ? null : event.clientId && (await readMeta(`client/${encodeURIComponent(event.clientId)}`));
  const version = parent || (await currentVersion());
  if (opening && event.resultingClientId && version) {
    loading.set(event.resultingClientId, Date.now());
    await writeMeta(`client/${encodeURIComponent(event.resultingClientId)}`, version);
  }
  return version;
}

/** A copy of `request` in any of our caches (not those of other sites on this origin). */
async function cachedCopy(request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(OURS) || name === META) continue;
    const response = await (await caches.open(name)).match(request, { ignoreSearch: true });
    if (response) return response;
  }
  return null;
}

async function respond(event) {
  const { request } = event;
  const version = await versionFor(event);
  if (version) {
    const url = new URL(request.url);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const cached = await (await caches.open(OURS + version)).match(new URL(path, url.origin).href);
    if (cached) return cached;
  }
  try {
    const response = await fetch(request);
    if (response.status < 400) return response;
    return (await cachedCopy(request)) ?? response;
  } catch (error) {
    const cached = await cachedCopy(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (event.clientId) loading.delete(event.clientId); // it runs: clients.matchAll() lists it now
  event.respondWith(respond(event));
  if (request.mode === 'navigate') event.waitUntil(lookForUpdate());
});
