// Opened any way: served from a sub-path (the harness serves /concord/), and offline after the
// first visit thanks to the service worker, which precaches every file the page loads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, WEB_ROOT, startHarness, wordsCounted } from './harness.mjs';
import { MANIFEST_PATH, precacheManifest } from '../../scripts/precache-manifest.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the service worker precaches every file the page and its worker load', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const loaded = new Set();
  context.on('request', (request) => {
    // The worker's one-line bootstrap is a blob: URL the page makes (app/engine-worker.js), not a file.
    if (!request.url().startsWith('blob:')) loaded.add(new URL(request.url()).pathname.replace(/^\/concord\//, ''));
  });
  const page = await harness.newPage('', { context });
  // Each view shown (its module loaded) and the engine's answer (the worker and its wasm
  // loaded): states waited for, not a pause a loaded machine may outlast.
  for (const view of ['pair', 'duplicates', 'document']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.hidden === false, view);
  }
  await wordsCounted(page);
  await page.click('#tab-pair'); // the pair view's comparison: the engine's second module loaded
  await page.waitForFunction(() => /unchanged/.test((document.querySelector('#summary')?.textContent ?? '')));
  const { files } = await precacheManifest(WEB_ROOT);
  const missing = [...loaded].map((path) => path || 'index.html').filter((path) => !Object.hasOwn(files, path) && path !== 'sw.js' && path !== MANIFEST_PATH);
  assert.deepEqual(missing, []);
  assert.ok(loaded.has('generated/concord-core-web.mjs') && loaded.has('generated/concord-core.wasm') && loaded.has('worker.js'));
  assert.ok(loaded.has('generated/concord-pair-web.mjs') && loaded.has('generated/concord-pair.wasm'), 'the pair module was loaded (and checked above)');
  assert.ok(!loaded.has('generated/concord-core.mjs'), 'the inlined module is not loaded over http');
  await context.close();
});

test('after one visit, the page opens and compares offline', async () => {
  const context = await harness.browser.newContext();
  const page = await harness.newPage('', { context });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const version = (await caches.keys()).find((key) => key.startsWith('concord:') && !key.endsWith(':meta'));
    return Boolean(version) && (await (await caches.open(version)).keys()).length > 20;
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test((document.querySelector('#summary')?.textContent ?? '')));
  assert.ok(await page.$$eval('#diff-view .diff-row', (rows) => rows.length) > 0);
  await page.click('#tab-overview');
  await page.waitForSelector('#matrix');
  // Offline, the engine compiled the cached .wasm files: it did not fall back to the inlined module.
  const engine = page.workers().find((worker) => worker.url().startsWith('blob:'));
  const modules = await engine.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.ok(modules.includes('/concord/generated/concord-core.wasm'), modules.join(' '));
  assert.ok(modules.includes('/concord/generated/concord-pair.wasm'), modules.join(' '));
  assert.ok(!modules.includes('/concord/generated/concord-core.mjs'), modules.join(' '));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('works from another sub-path and from the site root', async () => {
  const { startServer } = await import('../../scripts/static-server.mjs');
  for (const base of ['/a/deeper/path/', '/']) {
    const server = await startServer({ root: WEB_ROOT, base, port: 0 });
    const context = await harness.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    await page.goto(`http://127.0.0.1:${server.address().port}${base}`);
    await page.waitForSelector('#matrix', { timeout: WAIT });
    await page.click('#tab-pair');
    await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
    assert.deepEqual(problems, [], base);
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
