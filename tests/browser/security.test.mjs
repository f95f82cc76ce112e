// Private and safe: a CSP that forbids remote scripts and connections, no request beyond the
// page's own files, and hostile documents shown as text with nothing of them run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WEB_ROOT, clearAll, dropFiles, startHarness, wordsCounted } from './harness.mjs';
import { precacheManifest } from '../../scripts/precache-manifest.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the Content-Security-Policy forbids remote scripts and connections', async () => {
  const page = await harness.newPage();
  const [csp, connect] = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (metas) => metas.map((m) => m.content));
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /connect-src 'self'(;|$)/);
  assert.match(csp, /worker-src 'self' blob:(;|$)/);
  // ... narrowed by a second policy to the two files the engine fetches (app/engine-worker.js).
  assert.equal(connect, `connect-src ${new URL('generated/concord-core.wasm', harness.url).href} ${new URL('generated/concord-pair.wasm', harness.url).href}`);
  // The browser enforces it: a remote script and a remote fetch are both refused.
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.src = 'https://example.invalid/x.js';
    const blocked = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    document.head.append(script);
    const directive = await blocked;
    const refused = async (url) => fetch(url).then(() => 'allowed', (error) => error.name);
    return { directive, fetchError: await refused('https://example.invalid/'), ownFile: await refused('index.html') };
  });
  assert.match(outcome.directive, /script-src/);
  assert.equal(outcome.fetchError, 'TypeError');
  assert.equal(outcome.ownFile, 'TypeError');
  await page.close();
});

test('no network request beyond the page\'s own files, through every view', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const requests = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), at: Date.now() }));
  const page = await harness.newPage('', { context });
  for (const view of ['overview', 'pair', 'duplicates', 'document']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.hidden === false, view);
    await page.waitForTimeout(300);
  }
  await wordsCounted(page); // the engine has answered: its worker and wasm are loaded
  const loaded = Date.now();
  // Work with the documents after everything is loaded: compare another pair, add a document.
  await page.click('#tab-overview');
  await page.click('#matrix button[data-a="2"][data-b="0"]');
  await page.waitForFunction(() => /rewrite|harbour/.test(document.querySelector('#pair-a')?.selectedOptions[0]?.textContent));
  await dropFiles(page, [{ name: 'more.txt', text: 'another text\n' }]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 1); // in place of the examples
  await page.click('#tab-duplicates');
  await page.waitForTimeout(500);
  const own = /^http:\/\/127\.0\.0\.1:\d+\/concord\/(|index\.html|styles\.css|icon\.svg|worker\.js|concord\.js|sw\.js|generated\/concord-core\.mjs|generated\/concord-(core|pair)-web\.mjs|generated\/concord-(core|pair)\.wasm|generated\/vendor\/[\w.-]+\.m?js|lib\/[\w-]+\.js|app\/[\w/-]+\.js|examples\/[\w-]+\.js)(#.*)?$/;
  // The engine worker's one-line bootstrap is a blob: URL the page makes (app/engine-worker.js).
  const bootstrap = /^blob:http:\/\/127\.0\.0\.1:\d+\/[\w-]+$/;
  const foreign = requests.filter((r) => !own.test(r.url) && !bootstrap.test(r.url));
  assert.deepEqual(foreign, [], 'every request is one of the page\'s own files');
  // Once the page has loaded, working with documents sends nothing and fetches nothing but the
  // page's own code: a module loaded on first use (the pair view's rewrite packing, the file
  // decoder's worker), by GET, one of the files the service worker precaches.
  const { files } = await precacheManifest(WEB_ROOT);
  const late = requests.filter((r) => r.at > loaded);
  const notCode = late.filter((r) => r.method !== 'GET' || !/\.m?js$/.test(new URL(r.url).pathname) ||
    !Object.hasOwn(files, new URL(r.url).pathname.replace(/^\/concord\//, '')));
  assert.deepEqual(notCode.map((r) => `${r.method} ${r.url}`), [], 'after load only the page\'s own modules are fetched');
  assert.ok(requests.length > 5, 'the requests were observed');
  await context.close();
});

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"><a href="javascript:window.__pwned=4">x</a></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '<div onmouseover="window.__pwned = 6" style="position:fixed;inset:0">hover</div>',
].join('\n');

test('documents full of markup and script show as literal text and nothing runs', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [
    { name: '<img src=x onerror=window.__pwned=9>.txt', text: `${HOSTILE}\nsame line\n` },
    { name: 'other.txt', text: `${HOSTILE.replace('__pwned = 1', '__pwned = 7')}\nsame line\n` },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  for (const view of ['overview', 'pair', 'duplicates', 'document']) {
    await page.click(`#tab-${view}`);
    await page.waitForTimeout(400);
    await page.mouse.move(300, 300);
  }
  await page.click('#tab-pair');
  await page.click('#layout-unified');
  await page.waitForTimeout(300);
  await page.click('#tab-document');
  await page.waitForSelector('#doc-text');
  assert.equal(await page.textContent('#doc-text'), `${HOSTILE}\nsame line\n`);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('#views script, #views img, #views iframe, #views svg:not(#lineage-graph), #doc-list img, [onerror], [onload], [onmouseover]').length,
  }));
  assert.deepEqual(found, { pwned: null, injected: 0 });
  assert.match(await page.textContent('#doc-list'), /<img src=x onerror=window.__pwned=9>\.txt/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
