#!/usr/bin/env node
// Writes the README's screenshot of editing in Compare two (docs/screenshot-pair-edit.png), at
// 1400 px, on the example set: "✎ Edit" on, the rows scrolled to the first change with its
// ← / → buttons. Apart from scripts/screenshots.mjs so that either can be run alone.
//   node scripts/screenshot-pair-edit.mjs
import { startHarness } from '../tests/browser/harness.mjs';

const harness = await startHarness();
try {
  const page = await harness.newPage('#v=pair&a=0&b=1');
  await page.setViewportSize({ width: 1400, height: 880 });
  await page.waitForSelector('#view-pair #diff-view .diff-row');
  await page.waitForSelector('#progress', { state: 'hidden' });
  await page.click('#pair-edit');
  await page.waitForSelector('#diff-view .copy-across');
  await page.click('#next-change');
  await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot-pair-edit.png' });
  console.log('docs/screenshot-pair-edit.png');
  if (page.problems.length) throw new Error(page.problems.join('\n'));
} finally {
  await harness.close();
}
