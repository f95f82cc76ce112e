// The service worker never mixes two builds: with the server caching every file for 600 s (as
// GitHub Pages does), a page opened on build A keeps getting A's files, its lazily loaded views
// and a worker it starts included, after the server switched to build B and B was cached; the
// next load is all B; and a module gone 404 on the server is still served from the cache.
// Each build is a copy of web/ whose every script records "<build> <path>" when it runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';
import { precacheManifest } from '../../scripts/precache-manifest.mjs';
import { WAIT, WEB_ROOT } from './harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'concord-sw-'));
const site = join(work, 'site');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

/** A copy of web/ as build `label`: each script records itself, index.html names the build. */
function makeBuild(label) {
  const dir = join(work, label);
  cpSync(WEB_ROOT, dir, { recursive: true });
  for (const file of walk(dir)) {
    const path = relative(dir, file);
    if (/\.m?js$/.test(path) && path !== 'sw.js') {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n;(globalThis.__builds ??= []).push(${JSON.stringify(`${label} ${path}`)});\n`);
    }
  }
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', `<meta name="concord-build" content="${label}"></head>`));
  writeFileSync(join(dir, 'probe-worker.js'), "import './app/hash.js';\npostMessage(globalThis.__builds);\n");
  return dir;
}

function serveBuild(dir) {
  rmSync(site, { recursive: true, force: true });
  cpSync(dir, site, { recursive: true });
}

let browser;
let server;
let url;
before(async () => {
  serveBuild(makeBuild('A'));
  makeBuild('B');
  server = await startServer({ root: site, base: '/concord/', port: 0, maxAge: 600 });
  url = `http://127.0.0.1:${server.address().port}/concord/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

/** The builds of everything the page ran: index.html, its modules, and a worker it starts now. */
async function buildsSeen(page) {
  return page.evaluate(async () => {
    const worker = new Worker('probe-worker.js', { type: 'module' });
    const inWorker = await new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); });
    worker.terminate();
    return [`${document.querySelector('meta[name="concord-build"]').content} index.html`, ...globalThis.__builds, ...inWorker];
  });
}

const labels = (seen) => [...new Set(seen.map((entry) => entry.split(' ')[0]))];

async function openViews(page) {
  for (const view of ['pair', 'duplicates', 'document', 'overview']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => globalThis.__builds.some((entry) => entry.endsWith(`app/views/${v}.js`)), view);
  }
}

async function reload(page) {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]', { timeout: WAIT });
}

/** A page of `url` in a fresh context, once the service worker controls it. */
async function openControlled(pageUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pageUrl);
  await page.waitForSelector('html[data-ready="true"]', { timeout: WAIT });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, problems };
}

/** Waits until the service worker holds `version` whole and opens new pages with it. */
async function versionCached(page, version) {
  await page.waitForFunction(async (v) => {
    const meta = (await caches.keys()).find((key) => key.startsWith('concord:') && key.endsWith(':meta'));
    const current = meta && (await (await caches.open(meta)).match(new URL('__concord/current', location.href).href));
    return Boolean(current) && (await current.text()) === v;
  }, version, { timeout: WAIT });
}

test('a page keeps one build while the server switches builds under max-age; the next load has the new one', async () => {
  const { context, page, problems } = await openControlled(url);
  await reload(page); // now a page of the service worker from its first request on
  assert.deepEqual(labels(await buildsSeen(page)), ['A']);

  const versionB = (await precacheManifest(join(work, 'B'))).version;
  serveBuild(join(work, 'B'));
  await reload(page);
  assert.deepEqual(labels(await buildsSeen(page)), ['A'], 'reloaded after the switch: still one build');
  await versionCached(page, versionB); // B arrived in the background...
  await openViews(page); // ...yet the views this page loads now are A's, like the rest of it
  const seen = await buildsSeen(page);
  assert.deepEqual(labels(seen), ['A'], seen.join('\n'));
  assert.ok(seen.includes('A app/views/duplicates.js'));

  await reload(page);
  await openViews(page);
  assert.deepEqual(labels(await buildsSeen(page)), ['B'], 'the next load is all the new build');
  await reload(page);
  await page.waitForFunction(async () => (await caches.keys()).filter((key) => key.startsWith('concord:') && !key.endsWith(':meta')).length === 1,
    null, { timeout: WAIT });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a module the server no longer has (404) is served from the cache', async () => {
  serveBuild(join(work, 'B'));
  // No max-age here: the browser's HTTP cache must not be what saves the page.
  const fresh = await startServer({ root: site, base: '/concord/', port: 0 });
  const url = `http://127.0.0.1:${fresh.address().port}/concord/`;
  const { context, page, problems } = await openControlled(url);
  rmSync(join(site, 'app', 'views', 'duplicates.js'));
  assert.equal((await fetch(`${url}app/views/duplicates.js`)).status, 404);
  await reload(page);
  await openViews(page);
  assert.ok((await buildsSeen(page)).includes('B app/views/duplicates.js'));
  assert.deepEqual(problems, []);
  await context.close();
  await new Promise((resolve) => fresh.close(resolve));
});
