// Starts the engine's Web Worker under the page's Content-Security-Policy. A worker loaded from
// its own URL gets the policy of that response's headers, and static hosts such as GitHub Pages
// send none; a worker whose script is a blob: URL inherits the policy of the page that creates
// it. So the worker is a one-line blob module that imports worker.js by its absolute URL, and
// runs with the page's policy: no connections (connect-src 'none'), no eval or new Function
// (no 'unsafe-eval'), scripts from the page's own origin only.
const WORKER_URL = new URL('../worker.js', import.meta.url).href;

/** A new engine worker (a module worker running web/worker.js). */
export function startEngineWorker() {
  const bootstrap = URL.createObjectURL(new Blob([`import ${JSON.stringify(WORKER_URL)};\n`], { type: 'text/javascript' }));
  const worker = new Worker(bootstrap, { type: 'module' });
  // The worker has fetched its script once it answers (or fails); the URL is not needed after.
  const revoke = () => URL.revokeObjectURL(bootstrap);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
