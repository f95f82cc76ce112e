// The views keep their documents by identity (web/app/subjects.js): reordering or removing
// documents never turns the open pair or the open document to others; a removed one is named
// and the fallback said. And a rename confirmed with Enter stays where it is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, clearAll, pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const chosen = (page, id) => page.$eval(id, (select) => select.selectedOptions[0]?.textContent ?? '');

async function threeDocuments(page) {
  await clearAll(page);
  await pasteDocument(page, 'first', 'the first text\nwith two lines\n');
  await pasteDocument(page, 'second', 'the second text\nwith two lines\n');
  await pasteDocument(page, 'third', 'the third text\nwith two lines\n');
}

test('the open pair follows its documents when they are reordered, and says when one is removed', async () => {
  const page = await harness.newPage();
  await threeDocuments(page);
  await page.evaluate(() => { location.hash = '#v=pair&a=1&b=2'; });
  await page.waitForFunction(() => /changed/.test(document.querySelector('#summary')?.textContent ?? ''));
  assert.equal(await chosen(page, '#pair-a'), '2. second');
  assert.equal(await chosen(page, '#pair-b'), '3. third');
  // "first" moves to the end: the pair is still second and third, now at positions 1 and 2.
  await page.click('.doc-item:nth-child(1) [data-action="down"]');
  await page.click('.doc-item:nth-child(2) [data-action="down"]');
  await page.waitForFunction(() => document.querySelector('.doc-item:nth-child(3) .doc-name').textContent === '3. first');
  // Both choosers are redrawn after the move; wait for the pair as a whole, then check it.
  await page.waitForFunction(() => document.querySelector('#pair-a')?.selectedOptions[0]?.textContent === '1. second'
    && document.querySelector('#pair-b')?.selectedOptions[0]?.textContent === '2. third', null, { timeout: WAIT }).catch(() => {});
  assert.equal(await chosen(page, '#pair-a'), '1. second');
  assert.equal(await chosen(page, '#pair-b'), '2. third');
  assert.match(page.url(), /a=_[\w-]{8,}&b=_[\w-]{8,}/, 'the hash names the documents, not positions');
  // A reload keeps them.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => document.querySelector('#pair-a')?.selectedOptions[0]?.textContent === '1. second');
  assert.equal(await chosen(page, '#pair-b'), '2. third');
  // Removing "third" (the right side) says so and shows which document replaces it.
  await page.click('.doc-item:nth-child(2) [data-action="remove"]');
  await page.waitForFunction(() => /“third”, the right document of the pair, was removed; showing “first” instead/.test(document.querySelector('#status').textContent));
  assert.equal(await chosen(page, '#pair-a'), '1. second');
  assert.equal(await chosen(page, '#pair-b'), '2. first');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the open document stays open when one before it is removed, and says when it is', async () => {
  const page = await harness.newPage();
  await threeDocuments(page);
  await page.click('.doc-item:nth-child(2) .doc-name');
  await page.waitForFunction(() => /the second text/.test(document.querySelector('#doc-text')?.textContent ?? ''));
  await page.click('.doc-item:nth-child(1) [data-action="remove"]');
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  await page.waitForFunction(() => document.querySelector('#doc-select').selectedOptions[0]?.textContent === '1. second');
  assert.match(await page.textContent('#doc-text'), /the second text/);
  await page.click('.doc-item:nth-child(1) [data-action="remove"]');
  await page.waitForFunction(() => /“second”, the document shown, was removed; showing “third” instead/.test(document.querySelector('#status').textContent));
  await page.waitForFunction(() => /the third text/.test(document.querySelector('#doc-text')?.textContent ?? ''));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Enter confirms a rename and stays in the view shown', async () => {
  const page = await harness.newPage('#v=overview');
  await threeDocuments(page);
  await page.focus('.doc-item:nth-child(2) [data-action="rename"]');
  await page.keyboard.press('Enter');
  await page.keyboard.type('renamed');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.doc-item:nth-child(2) .doc-name')?.textContent === '2. renamed');
  // Give a stray click on the name button the time to navigate, if it were going to.
  await page.waitForTimeout(300);
  assert.match(page.url(), /#v=overview/);
  assert.equal(await page.getAttribute('#tab-overview', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '2. renamed', 'focus is back on the name');
  // Escape cancels, with no navigation either.
  await page.focus('.doc-item:nth-child(2) [data-action="rename"]');
  await page.keyboard.press('Enter');
  await page.keyboard.type('not kept');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('.doc-item:nth-child(2) .doc-name'), '2. renamed');
  assert.match(page.url(), /#v=overview/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
