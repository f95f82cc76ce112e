// The published site (scripts/build-site.mjs: minified scripts and styles) works as web/ does:
// it opens, analyses the example set, shows every view and compares two texts, with no error.
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

test('the minified site opens, shows every view and compares, without an error', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const page = await harness.newPage('', { context });
  await page.waitForSelector('#matrix .cell-button', { timeout: 15000 }); // the overview is drawn
  for (const view of ['duplicates', 'document', 'texts']) {
    const tab = page.locator(`#tab-${view}`);
    if (await tab.count()) {
      await tab.click();
      await page.waitForTimeout(200);
    }
  }
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  assert.deepEqual(page.problems, []);
  await context.close();
});
