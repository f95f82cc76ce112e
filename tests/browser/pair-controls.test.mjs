// Control of what Compare two shows (web/app/views/pair/controls.js, change-list.js,
// word-marks.js, share-pair.js): fold all / expand all, the context kept around changes, word or
// character marks, line wrap, the list of changes (by keyboard), each kept in the URL hash
// across a reload; the ruler's legend; "Copy link" of the pair; axe at 1400 and 390 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, clearAll, dropFiles, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const lines = (n, make) => Array.from({ length: n }, (_, i) => make(i)).join('\n') + '\n';
// 40 numbered lines; line 20 changed ("colour" → "color"), so one fold before and one after.
const LEFT = lines(40, (i) => (i === 19 ? 'Line 20: the colour of the harbour wall' : `Line ${i + 1} stays as it was written.`));
const RIGHT = LEFT.replace('the colour of', 'the color of');

async function pairOf(left, right, hash = '', context, ready = '#diff-view .diff-row[data-kind="changed"]') {
  const page = await harness.newPage('', context ? { context } : {});
  await clearAll(page);
  // Two drafts dropped, as a user drags them from a file manager.
  await dropFiles(page, [{ name: 'left.txt', text: left }, { name: 'right.txt', text: right }]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  await page.evaluate((h) => { location.hash = `#v=pair&u=line${h}`; }, hash);
  await page.waitForSelector(ready);
  await page.waitForSelector('#progress', { state: 'hidden' });
  return page;
}

const shownRows = (page) => page.$$eval('#diff-view .diff-row', (rows) => rows.map((row) => row.querySelector('.num').textContent));
const folds = (page) => page.$$eval('#diff-view .fold', (buttons) => buttons.map((b) => b.textContent));
const hashParams = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));

test('Fold all and Expand all: every unchanged stretch folds or shows; kept in the hash', async () => {
  const page = await pairOf(LEFT, RIGHT);
  // Folded by default with 3 lines of context: lines 17–23 show, 16 and 17 lines folded.
  assert.deepEqual(await folds(page), ['⋯ 16 unchanged lines — show', '⋯ 17 unchanged lines — show']);
  await page.click('#expand-all');
  await page.waitForFunction(() => !document.querySelector('#diff-view .fold'));
  assert.equal((await shownRows(page)).length >= 30, true, 'the unchanged lines show');
  assert.equal((await hashParams(page)).c, '0');
  await page.click('#fold-all');
  await page.waitForSelector('#diff-view .fold');
  assert.equal((await hashParams(page)).c, undefined, 'folded is the default: not written');
  // A stretch opened by itself is folded again by Fold all (no state changes: the rows do).
  await page.click('#diff-view .fold');
  await page.waitForFunction(() => document.querySelectorAll('#diff-view .fold').length === 1);
  await page.click('#fold-all');
  await page.waitForFunction(() => document.querySelectorAll('#diff-view .fold').length === 2);
  // Expanded survives a reload.
  await page.click('#expand-all');
  await page.waitForFunction(() => !document.querySelector('#diff-view .fold'));
  await page.reload();
  await page.waitForSelector('#diff-view .diff-row[data-kind="changed"]');
  assert.equal(await page.$('#diff-view .fold'), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the context size sets the rows kept around a change; kept in the hash and the HTML report', async () => {
  const page = await pairOf(LEFT, RIGHT);
  assert.deepEqual(await shownRows(page), ['17', '18', '19', '20', '21', '22', '23']);
  await page.selectOption('#pair-context', '1');
  await page.waitForFunction(() => document.querySelectorAll('#diff-view .diff-row').length === 3);
  assert.deepEqual(await shownRows(page), ['19', '20', '21']);
  assert.deepEqual(await folds(page), ['⋯ 18 unchanged lines — show', '⋯ 19 unchanged lines — show']);
  assert.equal((await hashParams(page)).cx, '1');
  await page.selectOption('#pair-context', '0');
  await page.waitForFunction(() => document.querySelectorAll('#diff-view .diff-row').length === 1);
  await page.reload();
  await page.waitForSelector('#diff-view .diff-row[data-kind="changed"]');
  assert.deepEqual(await shownRows(page), ['20']);
  assert.equal(await page.inputValue('#pair-context'), '0');
  // The HTML report folds with the same context.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-report')]);
  const { readFile } = await import('node:fs/promises');
  const report = await readFile(await download.path(), 'utf8');
  assert.match(report, /<summary>19 unchanged rows<\/summary>/);
  assert.match(report, /<summary>20 unchanged rows<\/summary>/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('marks by characters or by whole words; kept in the hash', async () => {
  const page = await pairOf(LEFT, RIGHT);
  const marks = () => page.$$eval('#diff-view .diff-row[data-kind="changed"]', (rows) => rows.map((row) => ({
    del: [...row.querySelectorAll('del')].map((m) => m.textContent), ins: [...row.querySelectorAll('ins')].map((m) => m.textContent),
  })));
  assert.equal(await page.getAttribute('#marks-char', 'aria-pressed'), 'true');
  assert.deepEqual(await marks(), [{ del: ['u'], ins: [] }], 'characters: the one letter removed');
  await page.click('#marks-word');
  await page.waitForFunction(() => document.querySelector('#diff-view del')?.textContent === 'colour');
  assert.deepEqual(await marks(), [{ del: ['colour'], ins: ['color'] }], 'words: the whole word replaced');
  assert.equal(await page.getAttribute('#marks-word', 'aria-pressed'), 'true');
  assert.equal((await hashParams(page)).m, 'word');
  // The row's text is unchanged by the marks.
  assert.deepEqual(await page.$$eval('#diff-view .diff-row[data-kind="changed"] .text', (cells) => cells.map((c) => c.textContent)),
    ['Line 20: the colour of the harbour wall', 'Line 20: the color of the harbour wall']);
  await page.reload();
  await page.waitForSelector('#diff-view del');
  assert.equal(await page.textContent('#diff-view del'), 'colour');
  await page.click('#marks-char');
  await page.waitForFunction(() => document.querySelector('#diff-view del')?.textContent === 'u');
  assert.equal((await hashParams(page)).m, undefined);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('line wrap off: long lines stay one line each and the rows scroll sideways; kept in the hash', async () => {
  const long = `Line 20: ${'a long line of words that goes on and on, '.repeat(12)}end`;
  const page = await pairOf(LEFT.replace(/^Line 20:.*$/m, long), RIGHT.replace(/^Line 20:.*$/m, `${long} changed`));
  const measure = () => page.evaluate(() => {
    const row = document.querySelector('#diff-view .diff-row[data-kind="changed"]');
    const view = document.querySelector('#diff-view');
    return { height: row.getBoundingClientRect().height, sideways: view.scrollWidth > view.clientWidth + 10 };
  });
  const wrapped = await measure();
  assert.equal(await page.isChecked('#opt-wrap'), true);
  assert.ok(wrapped.height > 19 * 3, `wrapped over several lines (${wrapped.height} px)`);
  assert.equal(wrapped.sideways, false);
  await page.click('#opt-wrap');
  await page.waitForSelector('#diff-view.nowrap');
  const unwrapped = await measure();
  assert.ok(unwrapped.height < 19 * 1.5, `one line (${unwrapped.height} px)`);
  assert.equal(unwrapped.sideways, true, 'the rows scroll sideways');
  // Both sides' columns keep one width, so the right side stays aligned from row to row.
  const starts = await page.$$eval('#diff-view .diff-row', (rows) => [...new Set(rows.map((row) => Math.round(row.children[2].getBoundingClientRect().left)))]);
  assert.equal(starts.length, 1, `the right column starts at one place: ${starts}`);
  assert.equal((await hashParams(page)).w, '0');
  await page.reload();
  await page.waitForSelector('#diff-view.nowrap .diff-row');
  assert.equal(await page.isChecked('#opt-wrap'), false);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the list of changes: every change listed, reached and chosen by keyboard, in step with N/P', async () => {
  // 300 changes, one every 10 lines: the list draws only the entries in view.
  const left = lines(3000, (i) => `Line ${i + 1} of the long text.`);
  const right = lines(3000, (i) => (i % 10 === 4 ? `Line ${i + 1} of the long text, edited.` : `Line ${i + 1} of the long text.`));
  const page = await pairOf(left, right);
  assert.equal(await page.textContent('#changes-toggle'), 'List of changes (300)');
  await page.focus('#changes-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#change-list .change-entry');
  assert.equal(await page.getAttribute('#changes-toggle', 'aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.change), '0', 'focus on the first entry');
  const drawn = await page.$$eval('#change-list .change-entry', (entries) => entries.length);
  assert.ok(drawn < 60, `only the entries in view are drawn (${drawn})`);
  assert.equal(await page.textContent('#change-list .change-entry'), '1. line 5 → line 5 · changedLine 5 of the long text, edited.');
  // One Tab stop: the other entries are reached with the arrow keys.
  assert.deepEqual(await page.$$eval('#change-list .change-entry[tabindex="0"]', (entries) => entries.map((e) => e.dataset.change)), ['0']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'Change 3 of 300.');
  assert.equal(await page.textContent('#diff-view .diff-row.current .num'), '25', 'the third change is shown as current');
  assert.equal(await page.getAttribute('#change-list [aria-current="true"]', 'data-change'), '2');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.startsWith('300. line 2995')), true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'Change 300 of 300.');
  assert.equal(await page.textContent('#diff-view .diff-row.current .num'), '2995');
  // N from the rows: the list follows.
  await page.focus('#diff-view');
  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('#change-list [aria-current="true"]')?.dataset.change === '0');
  // Escape closes the list and gives the focus back to its button.
  await page.focus('#change-list .change-entry');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#change-panel'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'changes-toggle');
  assert.deepEqual(page.problems, []);
  await page.close();
});

const REWRITE_A = 'The council voted on Tuesday to rebuild the old harbour wall, which the storms of last winter damaged badly.\n\n'
  + 'Fishermen asked that the work be done outside the main fishing season, from October to April.\n\n'
  + 'The library will open on Sundays from next month, the mayor said.\n';
const REWRITE_B = 'On Tuesday the council decided that the old harbour wall, badly damaged by last winter\u2019s storms, will be rebuilt.\n\n'
  + 'Work should happen outside the fishing season, from October to April, as the fishermen asked.\n\n'
  + 'A new bakery opened in the market square, selling bread from a wood-fired oven.\n';

test('in rewrite rows the list holds the paragraphs without a counterpart, and the literal-only controls give way to a note', async () => {
  const page = await pairOf(REWRITE_A, REWRITE_B, '&r=rewrite', undefined, '#diff-view .rw-pair');
  for (const control of ['#marks-word', '#fold-all', '#pair-context', '#opt-wrap']) assert.equal(await page.isHidden(control), true, control);
  assert.equal(await page.isVisible('#view-controls-note'), true);
  const count = await page.$$eval('#diff-view .rw-pair .rw-badge', (badges) => badges.length);
  await page.click('#changes-toggle');
  await page.waitForSelector('#change-list .change-entry');
  const entries = await page.$$eval('#change-list .change-entry', (items) => items.map((e) => e.textContent));
  assert.ok(entries.length >= 1 && entries.length <= count, `${entries.length} entries for ${count} badges`);
  assert.match(entries.join('\n'), /bakery|library/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Paragraph without a counterpart 1 of \d+\.$/.test(document.querySelector('#status').textContent));
  assert.match(await page.textContent('#ruler-legend'), /dropped \(left half\).*added \(right half\).*moved or rewritten elsewhere/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the ruler has a legend on the page, in the words of the rows', async () => {
  const page = await pairOf(LEFT, RIGHT);
  assert.equal(await page.isVisible('#ruler-legend'), true);
  assert.equal(await page.textContent('#ruler-legend'),
    'Ruler:  removed (left half) ·  added (right half) ·  changed (full width) ·  moved (full width); its frame is the part in view.');
  // Each swatch is drawn in the colour the ruler uses for its kind.
  const colours = await page.$$eval('#ruler-legend .ruler-swatch', (swatches) => swatches.map((s) => getComputedStyle(s).backgroundImage + getComputedStyle(s).backgroundColor));
  assert.equal(new Set(colours).size, 4);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Copy link in Compare two: the pair of dropped drafts in a link that opens both texts; the same limit and warning', async () => {
  const context = await harness.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
  const page = await pairOf(LEFT, RIGHT, '', context);
  await page.click('#pair-link');
  await page.waitForSelector('#pair-link-field:not([hidden])');
  const link = await page.inputValue('#pair-link-field');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(await page.textContent('#pair-link-note'), /^Link copied .*Anyone with the link can read both texts\.$/);
  assert.match(new URL(link).hash, /^#v=texts&t=[A-Za-z0-9_-]+$/);
  // Another pair (the sides swapped): the link of the first one goes away.
  await page.click('#swap');
  await page.waitForSelector('#pair-link-field', { state: 'hidden' });
  assert.equal(await page.textContent('#pair-link-note'), '');
  await context.close();

  const fresh = await harness.newPage();
  await fresh.goto(link);
  await fresh.waitForFunction(() => /changed/.test(document.querySelector('#texts-summary')?.textContent ?? ''));
  assert.equal(await fresh.inputValue('#text-a'), LEFT);
  assert.equal(await fresh.inputValue('#text-b'), RIGHT);
  assert.equal(await fresh.inputValue('#text-a-name'), 'left.txt');
  assert.equal(await fresh.inputValue('#text-b-name'), 'right.txt');
  assert.deepEqual(fresh.problems, []);
  await fresh.close();

  // Too long for a link: the same message as in Two texts.
  // Text that does not compress: pseudo-random letters (xorshift32).
  const noise = (seed) => {
    let s = seed;
    let out = '';
    for (let i = 0; i < 60000; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out += String.fromCharCode(97 + ((s >>> 0) % 26));
    }
    return out;
  };
  const big = await pairOf(noise(3), noise(5));
  await big.click('#pair-link');
  await big.waitForFunction(() => /too long for a link/.test(document.querySelector('#pair-link-note').textContent));
  assert.match(await big.textContent('#pair-link-note'), /^These texts are too long for a link: compressed, they take \d+ KB, and a link holds at most 64 KB\./);
  assert.equal(await big.isHidden('#pair-link-field'), true);
  assert.deepEqual(big.problems, []);
  await big.close();
});

test('printed, the pair has none of the controls: no list, legend, link note, "Rows:" or "Marks:" label', async () => {
  const page = await pairOf(LEFT, RIGHT);
  await page.click('#changes-toggle');
  await page.click('#pair-link');
  await page.waitForSelector('#pair-link-note:not(:empty)');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.view-controls', '#ruler-legend', '#change-panel', '#pair-link-note', '.rows-switch', '#changes-toggle']) {
    assert.equal(await page.isVisible(selector), false, `${selector} is not printed`);
  }
  const printed = await page.evaluate(() => document.querySelector('#view-pair').innerText);
  assert.doesNotMatch(printed, /Rows:|Marks:|Context|Ruler:|Link copied/);
  assert.match(printed, /Line 20: the colour of the harbour wall/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const width of [1400, 390]) {
  test(`no serious axe violation in the new controls at ${width} px, list of changes open`, async () => {
    const context = await harness.browser.newContext({ viewport: { width, height: 880 } });
    const page = await pairOf(LEFT, RIGHT, '', context);
    if (width < 600) {
      // On a phone the options, exports and legends wait behind one button, so the rows start
      // in the upper half of the screen (they started 518 px below the view's top before); the
      // button shows them.
      assert.equal(await page.isVisible('#opt-wrap'), false);
      assert.equal(await page.isVisible('#export-patch'), false);
      const top = await page.$eval('#diff-view', (element) => element.getBoundingClientRect().top - document.querySelector('#view-pair').getBoundingClientRect().top);
      assert.ok(top < 400, `the rows start ${Math.round(top)} px below the view's top`);
      await page.click('#pair-more');
      assert.equal(await page.getAttribute('#pair-more', 'aria-expanded'), 'true');
      assert.equal(await page.isVisible('#opt-wrap'), true);
    } else {
      assert.equal(await page.isVisible('#pair-more'), false);
    }
    await page.click('#changes-toggle');
    await page.waitForSelector('#change-list .change-entry');
    await page.click('#pair-link');
    await page.waitForSelector('#pair-link-note:not(:empty)');
    assert.deepEqual(await axeViolations(page), []);
    await page.click('#opt-wrap');
    await page.waitForSelector('#diff-view.nowrap');
    assert.deepEqual(await axeViolations(page), []);
    // At phone width the page itself never scrolls sideways.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), true);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
