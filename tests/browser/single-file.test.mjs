// The single-file build (scripts/build-single → dist/concord.html) opened from disk: no module
// scripts, no worker, no fetch; it says so, and every view works on the example set.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { WAIT } from './harness.mjs';

let browser;
let file;
before(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'concord-single-')), 'concord.html');
  execFileSync('node', ['scripts/single-file.mjs', '--out', file], { stdio: 'pipe' });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});
after(async () => { await browser?.close(); });

test('the single file has everything inlined and works from file://', async () => {
  const html = await readFile(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=|type="module"|<link[^>]+stylesheet/);
  assert.match(html, /script-src 'sha256-[^']+' 'wasm-unsafe-eval';/, 'no unsafe-eval: the core is built without eval (DYNAMIC_EXECUTION=0)');
  assert.match(html, /connect-src 'none'/);
  // One copy of the core, inlined, with every call: not the page's file-backed modules as well.
  assert.doesNotMatch(html, /concord-(core|pair)-web/);
  const page = await browser.newPage();
  page.setDefaultTimeout(WAIT);
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]', { timeout: WAIT });
  assert.match(await page.textContent('#build-note'), /Single-file edition.*no Web Worker/s);
  await page.waitForSelector('#matrix');
  assert.equal(await page.$$eval('#matrix tbody tr', (rows) => rows.length), 5);
  await page.click('#matrix button[data-a="0"][data-b="1"]');
  await page.waitForFunction(() => /unchanged/.test((document.querySelector('#summary')?.textContent ?? '')));
  assert.ok(await page.$$eval('#diff-view .diff-row', (rows) => rows.length) > 3);
  await page.click('#tab-duplicates');
  await page.waitForSelector('.group');
  // The original and its rewrite: rewrite rows, aligned on the page's own thread.
  await page.click('#tab-overview');
  await page.click('#matrix button[data-a="0"][data-b="2"]');
  await page.waitForSelector('#diff-view .rw-pair[data-kind="matched"]');
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), []);
  await page.close();
});
