// Big inputs keep the page's thread in short tasks. Checked by what makes them short, not timed:
// the pair view's rows stay packed in typed arrays (app/pair-model.js) and become objects only
// when drawn (counted with the DevTools protocol's Runtime.queryObjects: every live object of a
// prototype, after a garbage collection); and no message from the engine worker holds an array of
// more than SLICE elements (app/sliced-results.js), as the page reads each message in one task.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, dropFiles, startHarness } from './harness.mjs';
import { SLICE } from '../../web/app/sliced-results.js';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const ROWS = 20000;

// ROWS lines of a few words; every fifth line of the right one edited, every 50th added.
function documents() {
  const left = [];
  const right = [];
  for (let i = 0; i < ROWS; i++) {
    const line = `line ${i} of the long ledger, entry ${(i * 7919) % 10007}`;
    left.push(line);
    right.push(i % 5 === 0 ? `${line} amended` : line);
    if (i % 50 === 0) right.push(`inserted note ${i}`);
  }
  return [{ name: 'ledger-a.txt', text: `${left.join('\n')}\n` }, { name: 'ledger-b.txt', text: `${right.join('\n')}\n` }];
}

// How many objects with prototype `expression` the page holds.
async function liveObjects(cdp, expression) {
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
  assert.ok(prototype.objectId, `${expression} is an object`);
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  return result.value;
}

test('the pair view of 20,000 rows holds row objects only for the rows drawn', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, documents());
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''), null, { timeout: 120000 });
  const summary = await page.textContent('#summary');
  const changed = Number(summary.match(/([\d,]+) changed/)[1].replace(/,/g, ''));
  assert.ok(changed >= ROWS / 5 - 1, `the comparison has its ${ROWS / 5} changed rows: ${summary}`);
  const drawn = await page.$$eval('#diff-view .diff-row', (rows) => rows.length);
  assert.ok(drawn > 0, 'rows are drawn');
  const cdp = await page.context().newCDPSession(page);
  const rowObjects = await liveObjects(cdp, "import(new URL('app/pair-model.js', document.baseURI).href).then((m) => m.PairRow.prototype)");
  // The rows drawn (and the few their elements keep), not one per row of the comparison.
  assert.ok(rowObjects <= drawn + 50, `${rowObjects} row objects live for ${drawn} rows drawn of about ${ROWS}`);
  // Going to the last change draws rows there, and still holds no more than those.
  await page.focus('#diff-view');
  await page.keyboard.press('p'); // the first change (the first line), then the last one
  await page.keyboard.press('p');
  await page.waitForFunction(() => /^Change (\d+) of \1\./.test(document.querySelector('#status')?.textContent ?? ''));
  const drawnThere = await page.$$eval('#diff-view .diff-row', (rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
  assert.ok(Math.min(...drawnThere) > ROWS / 2, `rows near the end are drawn: ${drawnThere.slice(0, 3)}`);
  assert.ok(await liveObjects(cdp, "import(new URL('app/pair-model.js', document.baseURI).href).then((m) => m.PairRow.prototype)") <= drawnThere.length + 50);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the analysis of 6,000 repeated paragraphs reaches the page in messages of at most SLICE elements', async () => {
  const context = await harness.browser.newContext();
  // Every message of every worker the page starts: the longest plain array in it.
  await context.addInitScript(() => {
    const longest = (value) => {
      if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return 0;
      const own = Array.isArray(value) ? value.length : 0;
      let max = own;
      for (const item of Object.values(value)) max = Math.max(max, longest(item));
      return max;
    };
    window.longestInMessage = 0;
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', ({ data }) => { window.longestInMessage = Math.max(window.longestInMessage, longest(data)); });
      }
    };
  });
  const page = await harness.newPage('', { context });
  await clearAll(page);
  // 3,000 paragraphs of 20 pseudo-random words (no two alike), the whole repeated three times.
  let x = 7; // xorshift32: a plain LCG's words make paragraphs that share phrases
  const word = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return `w${(x >>> 0) % 100000}`; };
  const paragraphs = Array.from({ length: 3000 }, () => Array.from({ length: 20 }, word).join(' '));
  await dropFiles(page, [{ name: 'thrice.txt', text: `${[...paragraphs, ...paragraphs, ...paragraphs].join('\n\n')}\n` }]);
  await page.waitForSelector('.doc-item');
  await page.click('#tab-overview');
  await page.waitForFunction(() => /repeated paragraphs/.test(document.querySelector('#duplicate-summary')?.textContent ?? ''), null, { timeout: 120000 });
  assert.match(await page.textContent('#duplicate-summary'), /^3000 groups of repeated paragraphs \(3000 exact, 0 near\), 9000 paragraphs/);
  assert.match(await page.textContent('#documents-table tbody tr'), /9,000\s*6,000/, 'words, paragraphs and the 6,000 repeats of the one document');
  const longest = await page.evaluate(() => window.longestInMessage);
  assert.ok(longest > 0 && longest <= SLICE, `the longest array in one message from the worker: ${longest}`);
  assert.deepEqual(page.problems, []);
  await context.close();
});
