// The published site (scripts/build-site.mjs: web/ bundled by esbuild) works as web/ does: it
// opens, analyses the example set, shows every view, compares two documents and opens the help,
// with no error, no warning and no failed request; after one visit it works offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build-site.mjs';
import { startHarness } from './harness.mjs';

let harness;
let siteDir;
before(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'concord-site-browser-'));
  await buildSite(siteDir);
  harness = await startHarness({ root: siteDir });
});
after(async () => {
  await harness?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

/** Records, in `failures`, every request of `context` that failed or got an HTTP error. */
function watchRequests(context) {
  const failures = [];
  const fetched = Object.assign([], { network: [] }); // .network: not answered by the service worker
  context.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    fetched.push(new URL(response.url()).pathname);
    if (!response.fromServiceWorker() && /^https?:/.test(response.url())) fetched.network.push(new URL(response.url()).pathname);
    if (response.status() >= 400) failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { failures, fetched };
}

/** The page's warnings (concord.js warns when the .wasm file did not load and it falls back). */
function watchWarnings(page) {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

async function compareTwo(page) {
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  assert.ok(await page.$$eval('#diff-view .diff-row', (rows) => rows.length) > 0, 'the comparison has rows');
}

test('the bundled site analyses the examples, shows every view, compares and opens the help, without an error', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const requests = watchRequests(context);
  const page = await harness.newPage('', { context });
  const warnings = watchWarnings(page);
  await page.waitForSelector('#matrix .cell-button'); // the example set analysed, the overview drawn
  assert.ok(requests.fetched.includes('/concord/app/main.js') && requests.fetched.some((path) => /\/concord\/chunk-[\w-]+\.js$/.test(path)), 'the bundle was served');
  for (const view of ['duplicates', 'document', 'texts', 'overview']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.hidden === false, view);
  }
  await page.waitForSelector('#matrix .cell-button');
  await compareTwo(page);
  await page.click('#help-button');
  await page.waitForSelector('#help dl'); // the help's text, a lazy chunk
  assert.ok((await page.textContent('#help')).length > 500, 'the help panel has its text');
  // The engine compiled generated/concord-core.wasm (no fallback to the inlined copy).
  assert.ok(requests.fetched.includes('/concord/generated/concord-core.wasm'));
  assert.ok(!requests.fetched.includes('/concord/generated/concord-core.mjs'), 'the inlined module is not loaded over http');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(requests.failures, []);
  await context.close();
});

test('after one visit, the bundled site opens and compares offline', async () => {
  const context = await harness.browser.newContext();
  const requests = watchRequests(context);
  const page = await harness.newPage('', { context });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const version = (await caches.keys()).find((key) => key.startsWith('concord:') && !key.endsWith(':meta'));
    return Boolean(version) && Boolean(await (await caches.open(version)).match(new URL('__concord/complete', location.href).href));
  });
  assert.deepEqual(requests.failures, [], 'the first visit');
  await context.setOffline(true);
  requests.fetched.length = 0;
  requests.fetched.network = [];
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#matrix .cell-button');
  await compareTwo(page);
  await page.click('#tab-document');
  await page.waitForFunction(() => document.querySelector('#view-document')?.hidden === false);
  assert.deepEqual(page.problems, []);
  assert.ok(requests.fetched.includes('/concord/app/main.js') && requests.fetched.includes('/concord/generated/concord-core.wasm'), requests.fetched.join(' '));
  assert.deepEqual(requests.fetched.network, [], 'every file came from the service worker');
  // Offline, only the service worker's look for a newer version (past every cache) fails.
  assert.deepEqual(requests.failures.map((failure) => failure.replace(/^https?:\/\/[^/]+/, '')), ['/concord/generated/precache.json: net::ERR_INTERNET_DISCONNECTED']);
  await context.close();
});
