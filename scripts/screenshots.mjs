#!/usr/bin/env node
// Writes the README's screenshots (docs/screenshot-{overview,pair,duplicates}.png) from the
// served page on its example set.   node scripts/screenshots.mjs
import { startHarness } from '../tests/browser/harness.mjs';

const harness = await startHarness();
try {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 1360, height: 860 });
  const shots = [
    ['overview', '', '#matrix'],
    ['pair', '#v=pair&a=0&b=1', '#diff-view .diff-row'],
    ['duplicates', '#v=duplicates', '.group'],
  ];
  for (const [name, hash, selector] of shots) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForSelector(`#view-${name} ${selector}`);
    await page.waitForSelector('#progress', { state: 'hidden' });
    await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
    if (name === 'pair') {
      await page.click('#next-change');
    }
    await page.waitForTimeout(200);
    await page.screenshot({ path: `docs/screenshot-${name}.png` });
    console.log(`docs/screenshot-${name}.png`);
  }
  if (page.problems.length) throw new Error(page.problems.join('\n'));
} finally {
  await harness.close();
}
