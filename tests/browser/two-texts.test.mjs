// "Compare two texts": two boxes compared as the user types (in the view's own engine worker,
// a stale run cancelled), no document created until "Keep as documents", which adds both and
// opens them in Compare two. axe-core finds no serious violation in the view, wide or narrow.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, axeViolations, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const docNames = (page) => page.$$eval('.doc-name', (items) => items.map((item) => item.textContent.replace(/^\d+\. /, '')));

test('typing in the two boxes shows the differences; nothing is added until Keep as documents', async () => {
  const page = await harness.newPage();
  const before = await docNames(page);
  await page.click('#compare-texts');
  await page.waitForSelector('#view-texts:not([hidden]) #text-a');
  await page.fill('#text-a', 'alpha\nthe quick brown fox\ngamma\n');
  await page.click('#text-b');
  await page.keyboard.type('alpha\nthe quick red fox\ngamma\ndelta\n');
  await page.waitForFunction(() => /1 changed, 0 removed, 1 added/.test(document.querySelector('#texts-summary').textContent));
  const rows = await page.$$eval('#texts-diff .diff-row', (items) => items.map((row) => row.dataset.kind));
  assert.deepEqual(rows, ['equal', 'changed', 'equal', 'added']);
  assert.deepEqual(await page.$$eval('#texts-diff del.mark-removed', (marks) => marks.map((m) => m.textContent)), ['brown']);
  assert.deepEqual(await page.$$eval('#texts-diff ins.mark-added', (marks) => marks.map((m) => m.textContent)), ['red']);
  assert.deepEqual(await docNames(page), before, 'typing creates no document');
  // Typing on: the diff follows the last text.
  await page.keyboard.type('epsilon\n');
  await page.waitForFunction(() => /2 added/.test(document.querySelector('#texts-summary').textContent));
  assert.deepEqual(await axeViolations(page), []);
  // Keep: both become documents (in place of the untouched examples) and open in Compare two.
  await page.fill('#text-a-name', 'draft.txt');
  await page.fill('#text-b-name', 'final.txt');
  await page.click('#texts-keep');
  await page.waitForFunction(() => location.hash.includes('v=pair'));
  assert.deepEqual(await docNames(page), ['draft.txt', 'final.txt']);
  await page.waitForFunction(() => document.querySelector('#pair-a')?.selectedOptions[0]?.textContent === '1. draft.txt'
    && document.querySelector('#pair-b')?.selectedOptions[0]?.textContent === '2. final.txt');
  assert.match(await page.textContent('#status'), /2 documents added in place of the example set/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a run on older texts is cancelled, not waited for: the last texts win', async () => {
  const page = await harness.newPage('#v=texts');
  // A large pair keeps the worker busy; the small pair typed right after must be the one shown.
  const big = Array.from({ length: 20000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
  const bigChanged = Array.from({ length: 20000 }, (_, i) => `line ${i} ${(i * 7907) % 10009}`).join('\n');
  // Pasted, as a user would: one input event per box.
  await page.evaluate(([a, b]) => {
    for (const [id, text] of [['#text-a', a], ['#text-b', b]]) {
      const box = document.querySelector(id);
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, [big, bigChanged]);
  await page.waitForFunction(() => document.querySelector('#texts-summary').textContent !== 'Type or paste two texts: the differences show as you type.');
  await page.fill('#text-a', 'one\nthe quick brown fox\n');
  await page.fill('#text-b', 'one\nthe quick red fox\n');
  await page.waitForFunction(() => /1 unchanged, 1 changed/.test(document.querySelector('#texts-summary').textContent), null, { timeout: WAIT });
  assert.equal(await page.$$eval('#texts-diff .diff-row', (rows) => rows.length), 2);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the two boxes at 390 px: stacked, no sideways scrolling, no serious axe violation', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await harness.newPage('#v=texts', { context });
  await page.fill('#text-a', 'The harbour wall will be rebuilt.\n');
  await page.fill('#text-b', 'The harbour wall will be rebuilt next year.\n');
  await page.waitForSelector('#texts-diff .diff-row');
  const [a, b] = await Promise.all(['#text-a', '#text-b'].map((id) => page.$eval(id, (el) => el.getBoundingClientRect().toJSON())));
  assert.ok(b.top >= a.bottom, 'the changed box is below the original');
  assert.ok(a.width > 300, `the box is ${a.width} px wide`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
