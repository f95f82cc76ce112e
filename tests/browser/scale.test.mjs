// Never frozen: a 100,000-row comparison renders only what is visible and scrolls to its end;
// a long analysis shows progress, leaves the page responsive and can be cancelled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, startHarness, watchAnalysis } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Drops files generated inside the page (no megabytes through the test protocol). */
async function dropGenerated(page, source) {
  await page.evaluate((code) => {
    const files = new Function(code)();
    const transfer = new DataTransfer();
    for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, source);
}

test('100,000 rows: only the visible rows are in the DOM; the last row is reachable', async () => {
  const page = await harness.newPage('#v=pair&c=0');
  await clearAll(page);
  await dropGenerated(page, `
    const a = [], b = [];
    for (let i = 0; i < 100000; i++) { a.push('line ' + i); b.push(i % 1000 === 500 ? 'changed ' + i : 'line ' + i); }
    return [['a.txt', a.join('\\n') + '\\n'], ['b.txt', b.join('\\n') + '\\n']];`);
  // The pair dropped is compared once its documents are stored and the pair module (loaded on
  // the first comparison) has compiled: until then the view may still show the examples' pair.
  await page.waitForFunction(() => document.querySelector('#diff-view')?.getAttribute('aria-rowcount') === '100000' &&
    /unchanged/.test((document.querySelector('#summary')?.textContent ?? '')), null, { timeout: 60000 });
  assert.equal(await page.getAttribute('#diff-view', 'aria-rowcount'), '100000');
  const inDom = await page.$$eval('#diff-view .diff-row', (rows) => rows.length);
  assert.ok(inDom > 10 && inDom < 400, `${inDom} rows in the DOM`);
  await page.$eval('#diff-view', (el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction(() => [...document.querySelectorAll('#diff-view .diff-row .num')].some((n) => n.textContent === '100000'));
  assert.ok(await page.$$eval('#diff-view .diff-row', (rows) => rows.length) < 400);
  // Next change from the end wraps to the first one, 501 on both sides.
  await page.focus('#diff-view');
  await page.keyboard.press('n');
  await page.waitForSelector('#diff-view .diff-row.current');
  assert.deepEqual(await page.$$eval('#diff-view .diff-row.current .text', (cells) => cells.map((c) => c.textContent)), ['line 500', 'changed 500']);
  assert.match(await page.textContent('#status'), /^Change \d+ of 100\./);
  // With folding on, the unchanged stretches collapse and expand.
  await page.click('#opt-collapse');
  await page.waitForSelector('#diff-view .fold');
  const folded = await page.$$eval('#diff-view .diff-row', (rows) => rows.length);
  await page.click('#diff-view .fold >> nth=0');
  await page.waitForFunction((n) => document.querySelectorAll('#diff-view .diff-row').length > n, folded);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a long analysis shows progress, the page stays responsive, and Cancel stops it', async () => {
  const context = await harness.browser.newContext();
  await context.addInitScript(watchAnalysis); // the analysis is held pending until Cancel
  const page = await harness.newPage('#v=document', { context });
  await clearAll(page);
  await page.evaluate(() => { window.holdAnalysis = true; });
  // About 24 MB: 3,000 articles of 8 KB drawn from a 5,000-word vocabulary.
  await dropGenerated(page, `
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const words = Array.from({ length: 5000 }, (_, i) => 'w' + i.toString(36));
    const files = [];
    for (let d = 0; d < 3000; d++) {
      const paragraphs = [];
      for (let p = 0; p < 16; p++) {
        const line = [];
        for (let w = 0; w < 80; w++) line.push(words[next() % words.length]);
        paragraphs.push(line.join(' '));
      }
      files.push(['doc' + d + '.txt', paragraphs.join('\\n\\n') + '\\n']);
    }
    return files;`);
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(3,000)', null, { timeout: 120000 });
  assert.equal(await page.$$eval('.doc-item', (items) => items.length), 200, 'a long list shows its first 200 documents');
  assert.match(await page.textContent('.doc-more'), /Show more \(2,800 not listed\)/);
  await page.click('#tab-overview');
  await page.waitForSelector('#progress:not([hidden])');
  // Responsive while the worker analyses: a view switch, the help panel and typing all work.
  await page.click('#tab-pair');
  await page.keyboard.press('?');
  assert.equal(await page.isVisible('#help'), true);
  await page.keyboard.press('Escape');
  const stillRunning = await page.isVisible('#progress');
  assert.ok(stillRunning, 'the analysis was still running while the page answered');
  await page.click('#cancel');
  await page.waitForSelector('#progress', { state: 'hidden' });
  assert.match(await page.textContent('#status'), /Cancelled/);
  const workers = await page.evaluate(() => window.analysisWorkers.map((worker) => worker.terminated === true));
  assert.ok(workers.length > 0 && workers.every(Boolean), `the workers that analysed are terminated: ${workers}`);
  // The next view clears that status line (it said what the last action did).
  await page.click('#tab-overview');
  await page.waitForFunction(() => /Analysis cancelled/.test(document.querySelector('#view-overview').textContent));
  assert.deepEqual(page.problems, []);
  await context.close();
});
