// Served over http, the page's engine loads the core as its own file, generated/concord-core.wasm,
// compiled while it streams in (WebAssembly.instantiateStreaming), never the copy inlined in
// generated/concord-core.mjs; the page's policy then allows exactly that one connection. A server
// that sends the .wasm without its MIME type still works (compiled from the bytes), and one that
// cannot send it at all falls back to the inlined copy, with a warning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const WASM = /\/concord\/generated\/concord-core\.wasm$/;
const INLINED = /\/concord\/generated\/concord-core\.mjs$/;

test('the engine fetches concord-core.wasm, not the inlined module', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const requests = [];
  context.on('request', (request) => requests.push(request));
  const page = await harness.newPage('', { context });
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  const wasm = requests.filter((r) => WASM.test(r.url()));
  assert.equal(wasm.length, 1, 'one request for the .wasm');
  assert.equal((await wasm[0].response()).headers()['content-type'], 'application/wasm');
  assert.deepEqual(requests.filter((r) => INLINED.test(r.url())).map((r) => r.url()), []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** Loads web/concord.js in the page itself, counting instantiateStreaming calls, and diffs. */
async function loadApiInPage(page) {
  return page.evaluate(async () => {
    const streamed = [];
    const original = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (source, imports) => {
      streamed.push(source instanceof Response ? new URL(source.url).pathname : typeof source);
      return original(source, imports);
    };
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(String(message));
    try {
      const { createConcord } = await import(new URL('concord.js', document.baseURI).href);
      const concord = await createConcord();
      return { streamed, warnings, patch: concord.unifiedDiff('a\nb\n', 'a\nc\n') };
    } finally {
      WebAssembly.instantiateStreaming = original;
      console.warn = warn;
    }
  });
}

test('the core is compiled while it streams in, from the file the policy allows', async () => {
  const page = await harness.newPage();
  // The page narrowed its connect-src 'self' to the .wasm alone before starting the worker.
  const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (metas) => metas.map((m) => m.content));
  assert.equal(policies.length, 2);
  assert.match(policies[0], /connect-src 'self'(;|$)/);
  assert.equal(policies[1], `connect-src ${new URL('generated/concord-core.wasm', harness.url).href}`);
  const loaded = await loadApiInPage(page);
  assert.deepEqual(loaded.streamed, ['/concord/generated/concord-core.wasm']);
  assert.deepEqual(loaded.warnings, []);
  assert.match(loaded.patch, /^-b\n\+c\n$/m);
  // Anything else on the page's own origin stays refused.
  const other = await page.evaluate(async () => fetch('index.html').then((r) => `allowed ${r.status}`, (e) => e.name));
  assert.equal(other, 'TypeError');
  await page.close();
});

test('a .wasm served without application/wasm is compiled from its bytes', async () => {
  const page = await harness.newPage();
  await page.route(WASM, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const loaded = await loadApiInPage(page);
  assert.deepEqual(loaded.streamed, []);
  assert.deepEqual(loaded.warnings, []);
  assert.match(loaded.patch, /^-b\n\+c\n$/m);
  await page.close();
});

test('a .wasm the server does not have: the inlined copy, with a warning', async () => {
  const page = await harness.newPage();
  await page.route(WASM, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const loaded = await loadApiInPage(page);
  assert.equal(loaded.warnings.length, 1);
  assert.match(loaded.warnings[0], /concord-core\.wasm did not load \(.*HTTP 404\); using the inlined copy/);
  assert.match(loaded.patch, /^-b\n\+c\n$/m);
  await page.close();
});
