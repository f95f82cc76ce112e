#!/usr/bin/env node
// Measures the served page as a first-time visitor gets it: the bytes of every file it loads
// (raw and gzip -9, wasm included) and the times from navigation to interactive (the page's
// 'concord-interactive' mark: every control wired, documents listed) and to the overview drawn
// ('concord-ready': worker and wasm loaded, the example set analysed and its matrix drawn),
// median of several cold loads in headless Chromium on 127.0.0.1. Prints a table; then the files
// that opening Compare two adds (the engine's pair module, concord-pair.wasm, and the pair view).
// It measures the site as published (scripts/build-site.mjs: web/ with its scripts bundled and
// minified), built into a temporary folder; --root DIR serves DIR instead (--root web: the sources).
//   node scripts/measure-page.mjs [--runs 7] [--root DIR]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildSite } from './build-site.mjs';

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(argument('--runs') ?? 7);
const siteDir = argument('--root') ? null : await mkdtemp(join(tmpdir(), 'concord-site-'));
const root = argument('--root') ?? siteDir;
if (siteDir) await buildSite(siteDir);
console.log(`Serving ${argument('--root') ?? 'the published site (scripts/build-site.mjs)'}`);
// The server runs in its own process, as scripts/serve runs it.
const port = 8700 + Math.floor(Math.random() * 200);
const server = spawn(process.execPath, [new URL('static-server.mjs', import.meta.url).pathname, '--port', String(port), '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
await once(server.stdout, 'data');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const harness = { url: `http://127.0.0.1:${port}/concord/`, browser };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What opening Compare two adds once the overview is drawn (the engine's pair module, the pair
 * view's code), cold: every file fetched from the click to the comparison shown. */
async function measureComparePair({ url, browser: chromiumBrowser }) {
  const context = await chromiumBrowser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
  const added = new Map();
  context.on('response', async (response) => {
    try {
      const body = await response.body();
      added.set(new URL(response.url()).pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch { /* redirects have no body */ }
  });
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''), null, { timeout: 20000 });
  await page.waitForTimeout(300);
  await context.close();
  const files = [...added].sort((a, b) => b[1].gzip - a[1].gzip);
  const total = files.reduce((sum, [, f]) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  console.log('\nThen Compare two (the first pair compared), files added:\n| file | bytes | gzip -9 |\n| --- | ---: | ---: |');
  for (const [path, f] of files) console.log(`| ${path} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  console.log(`| **all ${files.length} files** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`);
}
try {
  const files = new Map();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const context = await harness.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (run === 0) {
      context.on('response', async (response) => {
        try {
          const body = await response.body();
          files.set(new URL(response.url()).pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        } catch { /* redirects have no body */ }
      });
    }
    await page.goto(harness.url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
    times.push(await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0].startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { interactive: mark('concord-interactive'), ready: mark('concord-ready'), domContentLoaded: nav.domContentLoadedEventEnd };
    }));
    await page.waitForTimeout(300);
    await context.close();
  }
  const total = [...files.values()].reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log('| file | bytes | gzip -9 |\n| --- | ---: | ---: |');
  for (const [path, f] of [...files].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`| ${path} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  console.log(`| **all ${files.size} files** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`);
  console.log(`\nMedian of ${runs} cold loads: interactive ${median(times.map((t) => t.interactive)).toFixed(0)} ms, ` +
    `overview analysed and drawn ${median(times.map((t) => t.ready)).toFixed(0)} ms, DOMContentLoaded ${median(times.map((t) => t.domContentLoaded)).toFixed(0)} ms`);
  console.log(`Runs, interactive / drawn (ms): ${times.map((t) => `${t.interactive.toFixed(0)}/${t.ready.toFixed(0)}`).join(', ')}`);
  await measureComparePair(harness);
} finally {
  await browser.close();
  server.kill();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
}
