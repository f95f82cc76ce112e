// The small faults a new user meets: no "null" under the Overview, the matrix saying "n/a" where
// the pairs table does, status lines cleared by the next action, one Tab stop per document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { downloaded, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the Overview prints no "null", and its matrix says "n/a" for a word diff not computed', async () => {
  const page = await harness.newPage();
  await page.waitForSelector('#documents-table');
  assert.doesNotMatch(await page.textContent('#view-overview'), /null/);
  await page.selectOption('#matrix-score', 'diffRatio');
  await page.waitForFunction(() => location.hash.includes('s=diffRatio') && document.querySelector('#matrix'));
  const cells = await page.$$eval('#matrix .cell-button', (buttons) => buttons.map((b) => b.textContent));
  const table = await page.$$eval('#pairs-table tbody tr', (rows) => rows.map((row) => row.children[3].textContent));
  assert.ok(table.includes('n/a'), 'the example set has a pair whose word diff is not computed');
  assert.ok(cells.includes('n/a'), `the matrix says so too: ${cells.join(' ')}`);
  assert.ok(!cells.some((text) => /^0\D/.test(text)), `no "0~" or "0≈": ${cells.join(' ')}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a status line goes when it stops being true: at the next action or view', async () => {
  const page = await harness.newPage('#v=pair');
  await page.waitForSelector('#diff-view .diff-row');
  await downloaded(page, '#export-report');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'HTML report downloaded.');
  await downloaded(page, '#export-pair-json');
  assert.doesNotMatch(await page.textContent('#status'), /HTML report/);
  await page.click('#load-examples');
  await page.waitForFunction(() => /Example set loaded/.test(document.querySelector('#status').textContent));
  await page.click('#tab-duplicates');
  await page.waitForSelector('#view-duplicates:not([hidden])');
  assert.equal(await page.textContent('#status'), '');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('one Tab stop per document; its tools are reached with the arrow keys', async () => {
  const page = await harness.newPage();
  await page.focus('.doc-item:nth-child(1) .doc-name');
  let presses = 0;
  while (presses < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab'))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  // Five documents, then the skip-free way to the tabs: five presses reach the selected tab.
  assert.equal(presses, 5, `${presses} Tab presses from the first document to the views`);
  await page.focus('.doc-item:nth-child(2) .doc-name');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'rename');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'up');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'open');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'remove');
  assert.deepEqual(page.problems, []);
  await page.close();
});
