#!/usr/bin/env node
// Writes the README's screenshots (docs/screenshot-{overview,pair,duplicates,texts,phone}.png)
// from the served page: at 1400 px, and the pair view at phone width (390 px). With --files DIR
// the text files of DIR are dropped on the page as a user would (they replace the example set);
// without it, the example set is shown.
//   node scripts/screenshots.mjs [--files DIR]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropFiles, startHarness } from '../tests/browser/harness.mjs';

const filesArg = process.argv.indexOf('--files');
const dir = filesArg > 0 ? process.argv[filesArg + 1] : null;

async function shoot(page, name, hash, selector, before) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(`#view-${name === 'phone' ? 'pair' : name} ${selector}`);
  await page.waitForSelector('#progress', { state: 'hidden' });
  await before?.();
  await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshot-${name}.png` });
  console.log(`docs/screenshot-${name}.png`);
}

const harness = await startHarness();
try {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 1400, height: 880 });
  if (dir) {
    const names = (await readdir(dir)).filter((name) => /\.(txt|md|html?)$/i.test(name)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
    await dropFiles(page, files);
    await page.waitForFunction((n) => document.querySelectorAll('.doc-item').length === n, files.length);
  }
  await shoot(page, 'overview', '#v=overview', '#matrix');
  await shoot(page, 'pair', '#v=pair&a=0&b=1', '#diff-view .diff-row', () => page.click('#next-change'));
  await shoot(page, 'duplicates', '#v=duplicates', '.group');
  await shoot(page, 'texts', '#v=texts', '#text-a', async () => {
    await page.fill('#text-a', 'The council voted on Tuesday to rebuild the old harbour wall.\n\nWork is expected to begin in the autumn.\n');
    await page.fill('#text-b', 'On Tuesday the council voted to rebuild the harbour wall.\n\nWork is expected to begin in the spring.\n');
    await page.waitForSelector('#texts-diff .diff-row');
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'phone', '#v=pair&a=0&b=1', '#diff-view .diff-row', () => page.evaluate(() => document.querySelector('#views').scrollIntoView()));
  if (page.problems.length) throw new Error(page.problems.join('\n'));
} finally {
  await harness.close();
}
