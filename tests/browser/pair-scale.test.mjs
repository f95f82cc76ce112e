// Opening the pair view of a long comparison keeps the page's thread short: the rows stay packed
// in typed arrays (app/pair-model.js) and become objects only when they are drawn. Counted with
// the DevTools protocol's Runtime.queryObjects (every live object with a given prototype, after
// a garbage collection), not timed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, dropFiles, startHarness } from './harness.mjs';

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
