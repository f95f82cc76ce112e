// A new user's first files replace the untouched example set (web/app/first-files.js), with an
// Undo that brings the examples back beside them; once the examples were changed, files are
// added to them as to any workspace.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dropFiles, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const names = (page) => page.$$eval('.doc-name', (items) => items.map((item) => item.textContent.replace(/^\d+\. /, '')));
const EXAMPLES = ['harbour-wall.txt', 'harbour-wall-edited.txt', 'harbour-wall-rewrite.txt', 'bay-brief.txt', 'library-hours.txt'];

test('the first files dropped replace the untouched examples; Undo brings them back beside them', async () => {
  const page = await harness.newPage();
  assert.deepEqual(await names(page), EXAMPLES);
  await dropFiles(page, [
    { name: 'draft-1.txt', text: 'My first draft.\n\nA second paragraph.\n' },
    { name: 'draft-2.txt', text: 'My second draft.\n\nA second paragraph.\n' },
    { name: 'broken.bin', bytes: [1, 0, 2, 0, 3] },
  ]);
  await page.waitForFunction(() => /2 documents added in place of the example set/.test(document.querySelector('#status').textContent));
  assert.deepEqual(await names(page), ['draft-1.txt', 'draft-2.txt']);
  assert.match(await page.textContent('#refused-list'), /broken\.bin/, 'the refused file is still listed');
  await page.waitForSelector('#overview-summary');
  assert.match(await page.textContent('#overview-summary'), /^2 documents/);
  // Reloaded, the workspace holds the user's two documents only.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.deepEqual(await names(page), ['draft-1.txt', 'draft-2.txt']);
  await page.close();

  const again = await harness.newPage();
  await dropFiles(again, [{ name: 'mine.txt', text: 'Only mine.\n' }]);
  await again.waitForSelector('#status .status-action');
  await again.click('#status .status-action');
  await again.waitForFunction(() => /example set is back/.test(document.querySelector('#status').textContent));
  assert.deepEqual(await names(again), [...EXAMPLES, 'mine.txt']);
  await again.reload();
  await again.waitForSelector('html[data-ready="true"]');
  assert.deepEqual(await names(again), [...EXAMPLES, 'mine.txt'], 'the undo was saved');
  assert.deepEqual(again.problems, []);
  await again.close();
});

test('pasted text replaces the untouched examples too; changed examples are kept', async () => {
  const page = await harness.newPage();
  await page.click('#paste-button');
  assert.equal(await page.inputValue('#paste-name'), 'Pasted 1', 'the examples count as no documents');
  await page.fill('#paste-text', 'some pasted words\n');
  await page.click('#paste-add');
  await page.waitForFunction(() => /in place of the example set/.test(document.querySelector('#status').textContent));
  assert.deepEqual(await names(page), ['Pasted 1']);
  await page.close();

  const touched = await harness.newPage();
  await touched.click('.doc-item:nth-child(5) [data-action="remove"]');
  await touched.waitForFunction(() => document.querySelectorAll('.doc-item').length === 4);
  await dropFiles(touched, [{ name: 'mine.txt', text: 'Only mine.\n' }]);
  await touched.waitForFunction(() => document.querySelectorAll('.doc-item').length === 5);
  assert.deepEqual(await names(touched), [...EXAMPLES.slice(0, 4), 'mine.txt']);
  assert.doesNotMatch(await touched.textContent('#status'), /example set/);
  assert.deepEqual(touched.problems, []);
  await touched.close();
});
