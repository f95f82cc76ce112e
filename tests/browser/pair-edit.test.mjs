// Edit in place and merge (web/app/views/pair/edit.js), as a new user would: drop two drafts,
// open Compare two, edit one side (compared again as you type), copy a change to the other
// side (it is no longer a change), undo and redo it (buttons and keys; Ctrl+Z inside a text
// box stays the browser's own), download the merged text and keep it as a new document (the
// original is unchanged). At 390 px too, by keyboard, with no serious axe violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, diffRows, downloaded, dropFiles, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const DRAFT = 'The harbour wall will be rebuilt this spring.\nThe market moves to the square on Saturdays.\nThe council met on Tuesday and agreed the budget.\nThe school opens in September.\n';
const FINAL = 'The harbour wall will be rebuilt next year.\nThe council met on Tuesday and agreed the budget.\nThe school opens in September.\nA new ferry starts in June.\n';

const kinds = async (page) => (await diffRows(page)).map((row) => row.kind);
const summary = (page) => page.textContent('#summary');
// The rows' texts without the ← / → buttons.
const cells = (page) => page.$$eval('#diff-view .diff-row', (rows) => rows.map((row) => [...row.querySelectorAll('.text')].map((cell) =>
  [...cell.childNodes].filter((node) => !node.classList?.contains('copy-across')).map((node) => node.textContent).join(''))));

async function openPair(page) {
  await dropFiles(page, [{ name: 'draft.txt', text: DRAFT }, { name: 'final.txt', text: FINAL }]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-name').length === 2);
  await page.click('#tab-pair');
  await page.waitForFunction(() => /1 changed, 1 removed, 1 added/.test(document.querySelector('#summary')?.textContent));
}

async function startEditing(page) {
  await page.click('#pair-edit');
  await page.waitForSelector('#pair-edit-panel:not([hidden]) #edit-right');
  await page.waitForSelector('#diff-view .copy-across');
}

// The number of the page's workers once it is `count`, or after 60 s (Playwright hears of a
// worker's start and end a little after they happen; a loaded machine can take seconds).
async function workersBecome(page, count) {
  for (let tries = 0; page.workers().length !== count && tries < 1200; tries++) await page.waitForTimeout(50);
  return page.workers().length;
}

// Waits until the pair view shows `kinds` of rows (after a re-comparison).
async function rowsAre(page, expected) {
  await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('#diff-view .diff-row')].map((row) => row.dataset.kind)) === JSON.stringify(want), expected);
}

test('edit one side, copy a change across, undo and redo, download and keep the merged text', async () => {
  const page = await harness.newPage();
  await openPair(page);
  const workers = page.workers().length;
  await startEditing(page);
  assert.deepEqual(await kinds(page), ['changed', 'removed', 'equal', 'equal', 'added']);
  assert.equal(await page.inputValue('#edit-left'), DRAFT);
  assert.equal(await page.inputValue('#edit-right'), FINAL);

  // Typing in the right box: compared again, nothing saved.
  await page.click('#edit-right');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('The pier reopens.\n');
  await rowsAre(page, ['changed', 'removed', 'equal', 'equal', 'added', 'added']);
  assert.match(await page.textContent('#edit-state'), /right edited \(not saved\)/);
  assert.equal(await workersBecome(page, workers + 1), workers + 1, "what is typed is compared in the editor's own engine worker");
  assert.match(await summary(page), /1 changed, 1 removed, 2 added/);

  // Copy the changed first line from the left to the right: it is no longer a change.
  await page.click('#diff-view .diff-row[data-kind="changed"] .copy-to-right');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added', 'added']);
  assert.deepEqual((await cells(page))[0], ['The harbour wall will be rebuilt this spring.', 'The harbour wall will be rebuilt this spring.']);
  assert.equal(await page.inputValue('#edit-right'), FINAL.replace('next year', 'this spring') + 'The pier reopens.\n');
  // Remove the added ferry line from the right (← on the left's empty cell is "→": left has none).
  await page.click('#diff-view .diff-row[data-kind="added"] .copy-to-right');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);

  // Undo by key outside the boxes, twice; redo by both keys; the buttons too.
  await page.focus('#diff-view');
  await page.keyboard.press('Control+z');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added', 'added']);
  await page.keyboard.press('Control+z');
  await rowsAre(page, ['changed', 'removed', 'equal', 'equal', 'added', 'added']);
  assert.match(await page.inputValue('#edit-right'), /next year/);
  await page.keyboard.press('Control+Shift+z');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added', 'added']);
  await page.keyboard.press('Control+y');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);
  await page.click('#edit-undo');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added', 'added']);
  await page.click('#edit-redo');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);
  assert.equal(await page.isDisabled('#edit-redo'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-undo', 'the focus left the disabled Redo for Undo');

  // Ctrl+Z inside a text box is the browser's: it takes back the typing there, never a copy.
  const merged = await page.inputValue('#edit-right');
  await page.click('#edit-right');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(400);
  assert.equal(await page.inputValue('#edit-right'), merged, 'nothing typed in the box: nothing to undo there');
  assert.equal(await page.isDisabled('#edit-redo'), true, 'the copy was not undone');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Zzz');
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('#edit-right'), merged);
  await page.waitForTimeout(400); // past the typing pause: the rows are those of `merged`
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);

  // Download the merged (right) side, then keep it as a new document: the original stays.
  const file = await downloaded(page, '#edit-download');
  assert.equal(file.name, 'final (edited).txt');
  assert.equal(file.text, merged);
  await page.click('#edit-keep');
  await page.waitForFunction(() => document.querySelectorAll('.doc-name').length === 3);
  const names = await page.$$eval('.doc-name', (items) => items.map((item) => item.textContent.replace(/^\d+\. /, '')));
  assert.deepEqual(names, ['draft.txt', 'final.txt', 'final (edited).txt']);
  await page.waitForFunction(() => document.querySelector('#pair-b')?.selectedOptions[0]?.textContent === '3. final (edited).txt');
  assert.match(await page.textContent('#status'), /Kept as the new document “final \(edited\).txt”; “final.txt” is unchanged/);
  assert.match(await page.textContent('#edit-state'), /right as saved/);
  assert.equal(await page.inputValue('#edit-right'), merged);
  // Merged further and kept again: a name of its own.
  await page.click('#diff-view .diff-row[data-kind="removed"] .copy-to-right');
  await rowsAre(page, ['equal', 'equal', 'equal', 'equal', 'added']);
  await page.click('#edit-keep');
  await page.waitForFunction(() => document.querySelectorAll('.doc-name').length === 4);
  assert.match(await page.textContent('.doc-item:last-child .doc-name'), /final \(edited 2\)\.txt$/);
  // The original, compared again: still the draft's changes.
  await page.click('#edit-done');
  // Done ends the editor's worker (a second wasm instance) instead of keeping it for the page's life.
  assert.equal(await workersBecome(page, workers), workers, "the editor's worker was ended on Done");
  await page.selectOption('#pair-b', { label: '2. final.txt' });
  await page.waitForFunction(() => /1 changed, 1 removed, 1 added/.test(document.querySelector('#summary')?.textContent));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('by keyboard: N to a change, > copies it to the right, Ctrl+Z takes it back; Done puts edits aside with a way back', async () => {
  const page = await harness.newPage();
  await openPair(page);
  await startEditing(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-left', 'editing starts in the left box');
  await page.focus('#diff-view');
  await page.keyboard.press('n');
  await page.keyboard.press('>');
  await rowsAre(page, ['equal', 'equal', 'equal', 'equal', 'added']);
  assert.equal(await page.inputValue('#edit-right'), 'The harbour wall will be rebuilt this spring.\nThe market moves to the square on Saturdays.\nThe council met on Tuesday and agreed the budget.\nThe school opens in September.\nA new ferry starts in June.\n');
  await page.keyboard.press('Control+z');
  await rowsAre(page, ['changed', 'removed', 'equal', 'equal', 'added']);
  // The buttons are reachable by Tab from the rows and work with Enter.
  await page.focus('#diff-view');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Copy left line 1 over right line 1$/);
  await page.keyboard.press('Enter');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);
  // Done with an unsaved edit: the documents show as saved; the status brings the edits back.
  await page.click('#edit-done');
  await rowsAre(page, ['changed', 'removed', 'equal', 'equal', 'added']);
  assert.equal(await page.$$eval('#diff-view .copy-across', (buttons) => buttons.length), 0);
  assert.match(await page.textContent('#status'), /Edits of “final.txt” put aside/);
  await page.click('#status .status-action');
  await rowsAre(page, ['equal', 'removed', 'equal', 'equal', 'added']);
  assert.match(await page.inputValue('#edit-right'), /this spring/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('unified layout: each change has both buttons; the rewrite rows wait while editing', async () => {
  const page = await harness.newPage('#v=pair&l=unified');
  await openPair(page);
  await startEditing(page);
  const labels = await page.$$eval('#diff-view .diff-row[data-kind="changed"] .copy-across', (buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  assert.deepEqual(labels, ['Copy right line 1 over left line 1', 'Copy left line 1 over right line 1']);
  await page.click('#diff-view .diff-row[data-kind="changed"] .copy-to-left');
  await page.waitForFunction(() => document.querySelectorAll('#diff-view .diff-row[data-kind="changed"]').length === 0);
  assert.match(await page.inputValue('#edit-left'), /^The harbour wall will be rebuilt next year\.\n/);
  assert.equal(await page.isDisabled('#rows-rewrite'), true, 'rewrite rows cannot be asked for while editing');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a rewrite pair opened in rewrite rows: editing shows literal rows to copy from, Done gives the rewrite rows back', async () => {
  const page = await harness.newPage('#v=pair&r=rewrite');
  await openPair(page);
  await page.waitForSelector('#diff-view .rw-pair');
  await startEditing(page);
  assert.equal(await page.$$eval('#diff-view .rw-pair', (rows) => rows.length), 0);
  assert.match(await page.textContent('#edit-state'), /Rewrite rows come back when you are done/);
  await page.click('#edit-done');
  await page.waitForSelector('#diff-view .rw-pair');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('at 390 px: the boxes stacked, buttons in the rows, no sideways scrolling, no serious axe violation', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await harness.newPage('', { context });
  await openPair(page);
  await startEditing(page);
  const [left, right] = await Promise.all(['#edit-left', '#edit-right'].map((id) => page.$eval(id, (el) => el.getBoundingClientRect().toJSON())));
  assert.ok(right.top >= left.bottom, 'the right box is below the left one');
  assert.ok(left.width > 300, `the box is ${left.width} px wide`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scrolling');
  await page.click('#diff-view .diff-row[data-kind="removed"] .copy-to-right');
  await rowsAre(page, ['changed', 'equal', 'equal', 'equal', 'added']);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('axe at 1400 px, light and dark, while editing', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
    const page = await harness.newPage('', { context });
    await openPair(page);
    await startEditing(page);
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await context.close();
  }
});

test('the newest texts win: an undo while a re-comparison of a long paste runs shows the texts undone to', async () => {
  const page = await harness.newPage();
  await openPair(page);
  await startEditing(page);
  const shown = await kinds(page);
  // A long paste into the right box keeps the editor's worker busy…
  const long = Array.from({ length: 20000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
  await page.evaluate((text) => {
    const box = document.querySelector('#edit-right');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, long);
  await page.waitForFunction(() => document.querySelector('#summary').textContent === 'Comparing…');
  // …and Undo right away goes back to the texts shown: the long paste's rows never replace them.
  await page.click('#edit-undo');
  await page.waitForFunction(() => document.querySelector('#summary').textContent !== 'Comparing…', null, { timeout: 20000 });
  await page.waitForTimeout(1500);
  assert.deepEqual(await kinds(page), shown);
  assert.equal(await page.inputValue('#edit-right'), FINAL);
  assert.match(await summary(page), /1 changed, 1 removed, 1 added/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a double-click on a row while editing selects that unit in its box, scrolled into view', async () => {
  const page = await harness.newPage();
  const lines = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of the draft says something about the harbour.`);
  const changed = lines.map((line, i) => (i === 49 ? line.replace('harbour', 'market') : line));
  await dropFiles(page, [{ name: 'long-a.txt', text: lines.join('\n') + '\n' }, { name: 'long-b.txt', text: changed.join('\n') + '\n' }]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-name').length === 2);
  await page.click('#tab-pair');
  await page.click('#pair-edit');
  await page.waitForSelector('#diff-view .diff-row[data-kind="changed"] .copy-across');
  await page.dblclick('#diff-view .diff-row[data-kind="changed"] .text:last-of-type', { position: { x: 200, y: 5 } });
  const box = await page.evaluate(() => {
    const area = document.activeElement;
    return { id: area.id, selected: area.value.slice(area.selectionStart, area.selectionEnd), scrollTop: area.scrollTop, max: area.scrollHeight - area.clientHeight };
  });
  assert.equal(box.id, 'edit-right');
  assert.equal(box.selected, changed[49]);
  assert.ok(box.scrollTop > box.max / 2, `the box is scrolled to line 50 (${box.scrollTop} of ${box.max} px)`);
  assert.deepEqual(await axeViolations(page), [], 'the measuring box is hidden from everyone');
  assert.deepEqual(page.problems, []);
  await page.close();
});
