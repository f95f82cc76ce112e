// The page loads the wasm under a sub-path, compares two texts and renders the rows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('compares two texts and renders side-by-side rows', async () => {
  const page = await harness.newPage();
  await page.fill('#left-text', 'alpha\nbeta\ngamma\n<b>tag</b>\n');
  await page.fill('#right-text', 'alpha\nBETA\ngamma\n<b>tag</b>\ndelta\n');
  await page.click('#compare');
  await page.waitForSelector('#result:not([hidden]) .diff-row');
  const rows = await page.$$eval('.diff-row', (elements) => elements.map((row) => ({
    kind: row.dataset.kind,
    cells: [...row.querySelectorAll('.text')].map((cell) => cell.textContent),
  })));
  assert.deepEqual(rows, [
    { kind: 'equal', cells: ['alpha', 'alpha'] },
    { kind: 'changed', cells: ['beta', 'BETA'] },
    { kind: 'equal', cells: ['gamma', 'gamma'] },
    { kind: 'equal', cells: ['<b>tag</b>', '<b>tag</b>'] },
    { kind: 'added', cells: ['', 'delta'] },
  ]);
  // User text is text, never markup.
  assert.equal(await page.$$eval('.diff-view b', (found) => found.length), 0);
  assert.match(await page.textContent('#summary'), /3 unchanged, 1 removed, 2 added/);
  await mkdir('build/screenshots', { recursive: true });
  await page.screenshot({ path: 'build/screenshots/compare.png', fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('drops a file onto a side and reads it as text', async () => {
  const page = await harness.newPage();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['caf\u00e9\r\nsecond\r\n'], 'draft.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('#left-text', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('#left-text').value.length > 0);
  assert.match(await page.textContent('#left-info'), /draft\.txt \(UTF-8\)/);
  await page.fill('#right-text', 'caf\u00e9\nsecond\n');
  await page.click('#compare');
  await page.waitForSelector('#result:not([hidden]) .diff-row');
  assert.match(await page.textContent('#summary'), /2 unchanged, 0 removed, 0 added.*Line endings differ \(CRLF vs LF\)/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
