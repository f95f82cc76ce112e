// Print (Save as PDF): the pair view prints every row with both sides, its marks shaped so that
// they read in black and white, under a title naming the documents; the Overview prints clean,
// without the controls; the screen is as it was afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const LINES = 400;
const left = Array.from({ length: LINES }, (_, i) => `line ${i + 1} of the first draft`).join('\n') + '\n';
const right = left.replace('line 7 of the first draft', 'line 7 of the second draft').replace('line 390 of the first draft', 'line 390 of the final draft');

test('the pair view prints all its rows, both sides, marks legible in black and white', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await pasteDocument(page, 'draft.txt', left);
  await pasteDocument(page, 'final.txt', right);
  await page.evaluate(() => { location.hash = '#v=pair&c=0'; });
  await page.waitForFunction(() => /2 changed/.test(document.querySelector('#summary')?.textContent ?? ''));
  const onScreen = await page.$$eval('#diff-view .diff-row', (rows) => rows.length);
  assert.ok(onScreen < LINES, `only the rows in view are in the DOM on screen (${onScreen})`);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction((n) => document.querySelectorAll('#diff-view .diff-row').length === n, LINES);
  const facts = await page.evaluate(() => {
    const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length);
    const row = document.querySelector('#diff-view .diff-row[data-kind="changed"]');
    const [leftText, rightText] = row.querySelectorAll('.text');
    const del = getComputedStyle(row.querySelector('del'));
    const ins = getComputedStyle(row.querySelector('ins'));
    return {
      title: document.querySelector('#print-title').textContent,
      panel: shown('.documents-panel'), tabs: shown('.tabs'), buttons: shown('#export-patch'), ruler: shown('.ruler-box'),
      sides: [leftText.getBoundingClientRect().width, rightText.getBoundingClientRect().width],
      del: del.textDecorationLine, ins: ins.textDecorationLine,
      last: document.querySelector('#diff-view .diff-row:last-child .text').textContent,
    };
  });
  assert.match(facts.title, /^Concord comparison: “draft\.txt” \(original, left\) with “final\.txt” \(changed, right\)/);
  assert.deepEqual([facts.panel, facts.tabs, facts.buttons, facts.ruler], [false, false, false, false], 'no controls printed');
  assert.ok(facts.sides.every((width) => width > 150), `both sides printed: ${facts.sides}`);
  assert.equal(facts.del, 'line-through');
  assert.equal(facts.ins, 'underline');
  assert.equal(facts.last, `line ${LINES} of the first draft`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000 && pdf.subarray(0, 5).toString() === '%PDF-');
  // Back on screen: the list is windowed again.
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction((n) => document.querySelectorAll('#diff-view .diff-row').length < n, LINES);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the Overview prints clean: matrix and tables, no controls', async () => {
  const page = await harness.newPage();
  await page.waitForSelector('#documents-table');
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('#print-title').textContent !== '');
  const facts = await page.evaluate(() => {
    const visible = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    return {
      title: document.querySelector('#print-title').textContent,
      matrix: visible(document.querySelector('#matrix')), table: visible(document.querySelector('#documents-table')),
      controls: ['#matrix-score', '#export-json', '#load-examples', '.tabs', '.documents-panel'].filter((s) => visible(document.querySelector(s))),
      scrolls: getComputedStyle(document.querySelector('.matrix-wrap')).overflow,
    };
  });
  assert.match(facts.title, /^Concord overview of 5 documents/);
  assert.equal(facts.matrix, true);
  assert.equal(facts.table, true);
  assert.deepEqual(facts.controls, []);
  assert.equal(facts.scrolls, 'visible');
  assert.ok((await page.pdf({ format: 'A4' })).length > 10000);
  assert.deepEqual(page.problems, []);
  await page.close();
});
