// Lean: everything a first visit downloads, wasm included, is under 500 KB compressed. (Load
// time is measured, not asserted: scripts/measure-page.mjs, figures in docs/workspace.md.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startHarness, wordsCounted } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the whole page, wasm included, is under 500 KB gzip-compressed', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const bodies = [];
  context.on('response', (response) => bodies.push(response.body().then((body) => ({ url: response.url(), body })).catch(() => null)));
  const page = await harness.newPage('', { context });
  // Each view shown (its module loaded) and the engine's answer (the worker and its wasm
  // loaded): states waited for, not a pause a loaded machine may outlast.
  for (const view of ['pair', 'duplicates', 'document']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.hidden === false, view);
  }
  await wordsCounted(page);
  const files = (await Promise.all(bodies)).filter(Boolean);
  const compressed = files.reduce((sum, { body }) => sum + gzipSync(body, { level: 9 }).length, 0);
  assert.ok(files.some((f) => f.url.endsWith('generated/concord-core.wasm')), 'the wasm was counted');
  assert.ok(compressed > 50 * 1024, `${compressed} bytes: implausibly small, something was not counted`);
  assert.ok(compressed < 500 * 1024, `${(compressed / 1024).toFixed(1)} KB compressed`);
  await context.close();
});
