#!/usr/bin/env node
// Writes the README's screenshots from the served page, light theme: every view at 1400 px
// (docs/screenshot-{overview,pair,pair-edit,pair-rewrite,duplicates,document,texts}.png) and Compare two
// at phone width, 390 px (docs/screenshot-phone.png). With --files DIR the text files of DIR are
// dropped on the page as a user would (they replace the example set); without it, the example
// set is shown; --only NAME writes that one (e.g. pair-edit). Look at each file after writing them.
//   node scripts/screenshots.mjs [--files DIR] [--only NAME]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropFiles, startHarness } from '../tests/browser/harness.mjs';

const filesArg = process.argv.indexOf('--files');
const dir = filesArg > 0 ? process.argv[filesArg + 1] : null;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : null;

async function shoot(page, name, view, hash, selector, before) {
  if (only && name !== only) return;
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(`#view-${view} ${selector}`);
  await page.waitForSelector('#progress', { state: 'hidden' });
  await before?.();
  await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `docs/screenshot-${name}.png` });
  console.log(`docs/screenshot-${name}.png`);
}

const harness = await startHarness();
try {
  const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
  const page = await harness.newPage('', { context });
  if (dir) {
    const names = (await readdir(dir)).filter((name) => /\.(txt|md|html?)$/i.test(name)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
    await dropFiles(page, files);
    await page.waitForFunction((n) => document.querySelectorAll('.doc-item').length === n, files.length);
  }
  await shoot(page, 'overview', 'overview', '#v=overview', '#matrix');
  await shoot(page, 'pair', 'pair', '#v=pair&a=0&b=1&r=literal', '#diff-view .diff-row', async () => {
    await page.click('#changes-toggle');
    await page.click('#next-change');
  });
  if (!only) await page.click('#changes-close');
  await shoot(page, 'pair-edit', 'pair', '#v=pair&a=0&b=1&r=literal', '#diff-view .diff-row', async () => {
    await page.click('#pair-edit');
    await page.waitForSelector('#diff-view .copy-across');
    await page.click('#next-change');
  });
  if (!only || only === 'pair-edit') await page.click('#edit-done');
  await shoot(page, 'pair-rewrite', 'pair', '#v=pair&a=0&b=2&r=rewrite', '#diff-view .rw-pair', async () => {
    await page.click('#diff-view .rw-pair .sent');
  });
  await shoot(page, 'duplicates', 'duplicates', '#v=duplicates', '.group');
  await shoot(page, 'document', 'document', '#v=document&d=0', '#doc-text .doc-line');
  await shoot(page, 'texts', 'texts', '#v=texts', '#text-a', async () => {
    await page.fill('#text-a', 'The council voted on Tuesday to rebuild the old harbour wall.\n\nWork is expected to begin in the autumn.\n');
    await page.fill('#text-b', 'On Tuesday the council voted to rebuild the harbour wall.\n\nWork is expected to begin in the spring.\n');
    await page.waitForSelector('#texts-diff .diff-row');
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'phone', 'pair', '#v=pair&a=0&b=1&r=literal', '#diff-view .diff-row', () => page.evaluate(() => document.querySelector('#views').scrollIntoView()));
  if (page.problems.length) throw new Error(page.problems.join('\n'));
} finally {
  await harness.close();
}
