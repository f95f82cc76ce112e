// Files are decoded off the page's thread: a hostile 600 KB HTML file of "<!--x" is added at
// once and the page never stops answering; UTF-16 without a BOM is read, and binary data with no
// NUL byte is refused, as a user dropping those files sees it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, clearAll, dropFiles, startHarness, wordsCounted } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Starts recording the page's long tasks (main-thread gaps of 50 ms or more). */
const watchLongTasks = (page) => page.evaluate(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); })
    .observe({ type: 'longtask' });
});

test('a 600 KB HTML file of "<!--x" is decoded in a worker, added promptly, the page answering', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await watchLongTasks(page);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['<p>start</p>' + '<!--x'.repeat(120_000)], 'hostile.html', { type: 'text/html' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  // The quadratic version froze the page for 40 s; this leaves a wide margin on a busy machine.
  await page.waitForFunction(() => document.querySelector('#status').textContent === '1 document added.', null, { timeout: WAIT });
  await wordsCounted(page);
  assert.match(await page.textContent('.doc-meta'), /1 words · UTF-8 · HTML, compared as its text/);
  assert.ok(page.workers().some((worker) => worker.url().endsWith('/app/decode-worker.js')), 'decoded in the decode worker');
  const longest = Math.max(0, ...await page.evaluate(() => window.longTasks));
  assert.ok(longest < 3000, `the longest main-thread task took ${longest} ms`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

const utf16 = (text, order) => [...text].flatMap((c) => {
  const code = c.charCodeAt(0);
  return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
});

test('UTF-16 without a BOM is read; binary data with no NUL byte is refused', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  let seed = 5;
  const noise = Array.from({ length: 3000 }, () => 1 + ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % 255);
  await dropFiles(page, [
    { name: 'le.txt', bytes: utf16('little-endian words without a mark\n', 'le') },
    { name: 'be.txt', bytes: utf16('big-endian words\n', 'be') },
    { name: 'noise.bin', bytes: noise },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2 && !document.querySelector('#refused').hidden);
  await wordsCounted(page);
  const meta = await page.$$eval('.doc-item', (items) => items.map((item) => item.textContent));
  assert.match(meta[0], /be\.txt.*3 words · UTF-16 BE \(no BOM\)/);
  assert.match(meta[1], /le\.txt.*6 words · UTF-16 LE \(no BOM\)/);
  assert.deepEqual(await page.$$eval('#refused-list li', (items) => items.map((item) => item.textContent)),
    ['noise.bin (2.9 KB): looks binary (control characters)']);
  await page.click('.doc-item:has-text("le.txt") .doc-name');
  await page.waitForSelector('#view-document:not([hidden]) #doc-text');
  assert.equal(await page.textContent('#doc-text'), 'little-endian words without a mark\n');
  assert.deepEqual(page.problems, []);
  await page.close();
});
