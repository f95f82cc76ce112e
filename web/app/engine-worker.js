// Starts the engine's Web Worker under the page's Content-Security-Policy. A worker loaded from
// its own URL gets the policy of that response's headers, and static hosts such as GitHub Pages
// send none; a worker whose script is a blob: URL inherits the policy of the page that creates
// it. So the worker is a one-line blob module that imports worker.js by its absolute URL, and
// runs with the page's policy: no eval or new Function (no 'unsafe-eval'), scripts from the
// page's own origin only, and two connections: the fetches of the engine's two modules,
// generated/concord-core.wasm and generated/concord-pair.wasm (web/concord.js).
const WORKER_URL = new URL('../worker.js', import.meta.url).href;
const WASM_URLS = ['../generated/concord-core.wasm', '../generated/concord-pair.wasm'].map((path) => new URL(path, import.meta.url));

/**
 * Narrows the page's `connect-src 'self'` (index.html) to the URLs the engine fetches, its two
 * .wasm files, before the worker inherits the policies: a page enforces every policy it is
 * given, so a second one can only take permissions away, and a meta policy cannot name the
 * page's own origin with a path ('self' has none). Once per page; file:// pages fetch nothing.
 */
function allowOnlyTheWasm() {
  if (typeof document === 'undefined' || !/^https?:$/.test(WASM_URLS[0].protocol) || document.querySelector('meta[data-concord-connect]')) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  // ';' and ',' would end the directive or the policy: percent-encoded, they match the same path.
  meta.content = `connect-src ${WASM_URLS.map((url) => url.origin + url.pathname.replace(/[;,]/g, encodeURIComponent)).join(' ')}`;
  meta.dataset.concordConnect = '';
  document.head.append(meta);
}

/** A new engine worker (a module worker running web/worker.js). */
export function startEngineWorker() {
  allowOnlyTheWasm();
  const bootstrap = URL.createObjectURL(new Blob([`import ${JSON.stringify(WORKER_URL)};\n`], { type: 'text/javascript' }));
  const worker = new Worker(bootstrap, { type: 'module' });
  // The worker has fetched its script once it answers (or fails); the URL is not needed after.
  const revoke = () => URL.revokeObjectURL(bootstrap);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
