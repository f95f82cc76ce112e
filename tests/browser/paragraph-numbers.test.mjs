// One paragraph numbering everywhere: the One document view numbers its paragraphs with the
// engine's model (a whitespace-only line, even of Unicode spaces, is no paragraph), the same numbers its lists cite and
// Compare two shows; a repeated paragraph's first occurrence is told from its repeat.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, downloaded, pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const REPEATED = 'The council voted on Tuesday to rebuild the old harbour wall, which the storms of last winter damaged badly.';
// The whitespace-only line holds a no-break space and an em space as well as ASCII blanks: before
// one paragraph model (aa91528), compare() made it a paragraph of its own (Compare two, its JSON
// and report numbered every later paragraph one higher than the lists), analyze() did not.
const TEXT = `Harbour news\n\n \u00a0\t\u2003 \n\n${REPEATED}\n\nFishermen asked that the work be done outside the main season, from October to April.\n\n${REPEATED}\n`;

test('One document numbers paragraphs as the lists cite them, and tells a first occurrence from its repeat', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await pasteDocument(page, 'news.txt', TEXT);
  await page.click('.doc-item:nth-child(1) .doc-name');
  await page.waitForSelector('#doc-text mark.repeat');
  const cited = await page.textContent('#view-document .doc-side li button');
  assert.match(cited, /¶ 2, 4$/, 'the list cites paragraphs 2 and 4 (the blank line is none)');
  const lines = await page.$$eval('#doc-text .doc-line', (items) => items.map((line) => ({
    number: line.dataset.paragraph ?? null,
    text: line.textContent.trim(),
    marks: [...line.querySelectorAll('mark.repeat')].map((mark) => ({ first: mark.classList.contains('first'), again: mark.classList.contains('again'), title: mark.title })),
  })).filter((line) => line.text));
  assert.deepEqual(lines.map((line) => [line.number, line.text.slice(0, 12)]),
    [['1', 'Harbour news'], ['2', 'The council '], ['3', 'Fishermen as'], ['4', 'The council ']]);
  assert.deepEqual(lines[1].marks.map((m) => [m.first, m.again]), [[true, false]]);
  assert.deepEqual(lines[3].marks.map((m) => [m.first, m.again]), [[false, true]]);
  assert.match(lines[3].marks[0].title, /^Repeat of ¶ 2 \(group 1\)$/);
  // The numbers are drawn beside the text, not put in it: the text is the document's own.
  assert.equal(await page.textContent('#doc-text'), TEXT);
  // Without colour: the two are drawn differently (solid underline vs hatched background).
  const styles = await page.$$eval('#doc-text mark.repeat', (marks) => marks.map((mark) => getComputedStyle(mark).borderBottomStyle + ' ' + getComputedStyle(mark).backgroundImage.slice(0, 15)));
  assert.notEqual(styles[0], styles[1]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Compare two and its exports number the same paragraphs as One document (a whitespace-only line is none)', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await pasteDocument(page, 'news.txt', TEXT);
  await pasteDocument(page, 'news-2.txt', TEXT.replace('October to April', 'November to March'));
  await page.evaluate(() => { location.hash = '#v=pair&u=paragraph&c=0'; });
  await page.waitForFunction(() => /changed/.test(document.querySelector('#summary')?.textContent ?? ''));
  const left = await page.$$eval('#diff-view .diff-row', (rows) => rows.map((row) => [row.querySelector('.num').textContent, row.querySelector('.text').textContent.trim().slice(0, 12)]));
  assert.deepEqual(left, [['1', 'Harbour news'], ['2', 'The council '], ['3', 'Fishermen as'], ['4', 'The council ']]);
  // The exports number them the same: the JSON's units and the HTML report's numbers.
  const json = JSON.parse((await downloaded(page, '#export-pair-json')).text);
  assert.deepEqual(json.rows.map((row) => [row.leftUnit + 1, TEXT.slice(row.leftStart, row.leftEnd).trim().slice(0, 12)]),
    [[1, 'Harbour news'], [2, 'The council '], [3, 'Fishermen as'], [4, 'The council ']]);
  const report = (await downloaded(page, '#export-report')).text;
  const numbered = [...report.matchAll(/<div class="n">(\d*)<\/div><div class="c l">([^<]{0,12})/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(numbered, [['1', 'Harbour news'], ['2', 'The council '], ['3', 'Fishermen as'], ['4', 'The council ']]);
  assert.deepEqual(page.problems, []);
  await page.close();
});
