// Exports from the page: the pair's patch and HTML report and JSON, JSON of everything, CSV of
// the matrix. Each is downloaded as a user would and its content checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { downloaded, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('pair exports: patch, HTML report, JSON', async () => {
  const page = await harness.newPage('#v=pair&a=0&b=1');
  await page.waitForFunction(() => /By paragraphs/.test((document.querySelector('#summary')?.textContent ?? '')));
  const patch = await downloaded(page, '#export-patch');
  assert.equal(patch.name, 'harbour-wall-vs-harbour-wall-edited.patch');
  assert.match(patch.text, /^--- a\/harbour-wall\.txt\n\+\+\+ b\/harbour-wall\.txt\n@@ /);
  assert.match(patch.text, /\n\+The project will cost 4\.4 million euros/);
  const report = await downloaded(page, '#export-report');
  assert.equal(report.name, 'harbour-wall-vs-harbour-wall-edited.html');
  assert.match(report.text, /^<!doctype html>/i);
  assert.doesNotMatch(report.text, /<script/i);
  assert.match(report.text, /harbour-wall-edited\.txt/);
  const json = JSON.parse((await downloaded(page, '#export-pair-json')).text);
  assert.equal(json.left, 'harbour-wall.txt');
  assert.equal(json.unit, 'paragraph');
  assert.ok(json.rows.some((row) => row.kind === 'moved'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('overview exports: JSON of everything, CSV of the matrix', async () => {
  const page = await harness.newPage();
  await page.waitForSelector('#matrix');
  const json = JSON.parse((await downloaded(page, '#export-json')).text);
  assert.deepEqual(json.documents.map((d) => d.name), ['harbour-wall.txt', 'harbour-wall-edited.txt', 'harbour-wall-rewrite.txt', 'bay-brief.txt', 'library-hours.txt']);
  assert.ok(json.analysis.duplicateGroups.length > 0);
  assert.equal(json.analysis.matrix.values.length, 25);
  const csv = await downloaded(page, '#export-csv');
  assert.equal(csv.name, 'concord-matrix-rewrite.csv');
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines.length, 6);
  const header = lines[0].split(',');
  assert.equal(header.length, 6);
  // Diagonal is 1, and the matrix is symmetric for the rewrite score.
  const cells = lines.slice(1).map((line) => line.split(',').slice(1).map(Number));
  for (let i = 0; i < 5; i++) {
    assert.equal(cells[i][i], 1);
    for (let j = 0; j < 5; j++) assert.equal(cells[i][j], cells[j][i]);
  }
  assert.equal(header[1], `"${lines[1].split(',')[0].replaceAll('"', '')}"`, 'rows and columns in the same order');
  assert.deepEqual(page.problems, []);
  await page.close();
});
