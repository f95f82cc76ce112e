// The One document view of a large document holds only the lines in view in the DOM, scrolls
// to its end, and still highlights a repeated paragraph and jumps to it from the duplicates list.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('a 20 MB document opens in the One document view with only a bounded part of it in the DOM', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  const length = await page.evaluate(() => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    // Letters only: words with digits would all read as numbers, and the paragraphs as repeats.
    const words = Array.from({ length: 5000 }, (_, i) => [...i.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('') + 'o');
    const repeated = 'This paragraph is said twice, once at the start and once at the very end of the long document.';
    const paragraphs = [repeated];
    for (let size = 0; size < 20e6;) {
      const line = Array.from({ length: 60 }, () => words[next() % words.length]).join(' ');
      paragraphs.push(line);
      size += line.length + 2;
    }
    paragraphs.push('x'.repeat(9000), 'The last paragraph but one.', repeated);
    const text = `${paragraphs.join('\n\n')}\n`;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'long.txt', { type: 'text/plain' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return text.length;
  });
  await page.waitForFunction(() => document.querySelector('#status').textContent === '1 document added.', null, { timeout: 60000 });
  await page.click('#tab-duplicates');
  await page.waitForSelector('.group .member-open', { timeout: 120000 });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask' });
  });
  await page.click('.group .member-open >> nth=1');
  await page.waitForSelector('#view-document:not([hidden]) #doc-text mark.focus', { timeout: 60000 });
  const shown = await page.$eval('#doc-text', (box) => {
    const marks = [...box.querySelectorAll('mark.focus')];
    const last = marks[marks.length - 1].getBoundingClientRect();
    const rect = box.getBoundingClientRect();
    return { lines: box.querySelectorAll('.doc-line').length, chars: box.textContent.length, inView: last.top >= rect.top && last.bottom <= rect.bottom, mark: marks.map((m) => m.textContent).join('') };
  });
  assert.ok(shown.lines > 0 && shown.lines < 400, `${shown.lines} lines in the DOM`);
  assert.ok(shown.chars < length / 100, `${shown.chars} of ${length} characters in the DOM`);
  assert.equal(shown.inView, true, 'the repeat at the end is scrolled into view');
  assert.match(shown.mark, /once at the very end of the long document\./);
  // The end is reachable, the 9,000-character line cut in pieces.
  await page.$eval('#doc-text', (box) => { box.scrollTop = box.scrollHeight; });
  await page.waitForFunction(() => /The last paragraph but one\./.test(document.querySelector('#doc-text').textContent));
  assert.ok(await page.$$eval('#doc-text .doc-line', (lines) => lines.length < 400 && lines.every((line) => line.textContent.length <= 4001)));
  // Loose: the freeze this replaced lasted 17–28 s.
  const longest = Math.max(0, ...await page.evaluate(() => window.longTasks));
  assert.ok(longest < 5000, `the longest main-thread task took ${longest} ms`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
