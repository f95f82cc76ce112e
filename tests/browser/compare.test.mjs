// The page compares two texts: pasted documents, the pair view's rows, a dropped file with CRLF.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { clearAll, diffRows, dropFiles, pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('compares two pasted texts and renders side-by-side rows', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await pasteDocument(page, 'left.txt', 'alpha\nthe quick brown fox\ngamma\n<b>tag</b>\n');
  await pasteDocument(page, 'right.txt', 'alpha\nthe quick red fox\ngamma\n<b>tag</b>\ndelta\n');
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  const rows = await diffRows(page);
  assert.deepEqual(rows.map((row) => row.kind), ['equal', 'changed', 'equal', 'equal', 'added']);
  assert.deepEqual(rows.map((row) => row.cells), [
    ['alpha', 'alpha'], ['the quick brown fox', 'the quick red fox'], ['gamma', 'gamma'], ['<b>tag</b>', '<b>tag</b>'], ['', 'delta'],
  ]);
  // Inside the changed row, the changed word is marked on each side.
  assert.deepEqual(await page.$$eval('#diff-view del.mark-removed', (marks) => marks.map((m) => m.textContent)), ['brown']);
  assert.deepEqual(await page.$$eval('#diff-view ins.mark-added', (marks) => marks.map((m) => m.textContent)), ['red']);
  // User text is text, never markup.
  assert.equal(await page.$$eval('#diff-view b', (found) => found.length), 0);
  assert.match(await page.textContent('#summary'), /By lines: 3 unchanged, 1 changed, 0 removed, 1 added, 0 moved · words 1 deleted, 2 inserted/);
  assert.match(page.url(), /#v=pair$/);
  await mkdir('build/screenshots', { recursive: true });
  await page.screenshot({ path: 'build/screenshots/compare.png', fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a dropped file is read as text and its CRLF line endings are kept', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [{ name: 'draft.txt', text: 'caf\u00e9\r\nsecond\r\n' }]);
  await page.waitForSelector('.doc-item');
  assert.match(await page.textContent('.doc-item'), /draft\.txt.*UTF-8/s);
  await pasteDocument(page, 'lf.txt', 'caf\u00e9\nsecond\n');
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  assert.match(await page.textContent('#summary'), /2 unchanged, 0 changed, 0 removed, 0 added.*Line endings differ \(CRLF vs LF\)/);
  assert.deepEqual((await diffRows(page)).map((row) => row.cells), [['café', 'café'], ['second', 'second']]);
  assert.deepEqual(page.problems, []);
  await page.close();
});
