// Corpus results (web/app/corpus-results.js, web/app/zip-reader.js): the folder the corpus
// pipeline writes, read from its files or from a zip of it; clusters largest first; damaged,
// partial and wrong folders and zips refused or reported with a message saying what is wrong.
// The results here are written by the test itself (the browser test runs the real pipeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync, zipSync, strToU8 } from 'fflate';
import { openCorpusResults } from '../../web/app/corpus-results.js';

/** A results folder as path → text: clusters of sizes 2, 5 and 3, written out of size order. */
function resultsFolder({ root = 'results/' } = {}) {
  const files = {};
  const clusters = [[7, 2, 'identical'], [3, 5, 'rewritten'], [9, 3, 'minor changes']];
  const lines = [];
  for (const [number, size, level] of clusters) {
    const ids = Array.from({ length: size }, (_, i) => `c${number}-d${i}`);
    const file = `clusters/${String(number).padStart(13, '0')}.json`;
    lines.push(JSON.stringify({
      cluster: number, size, file,
      documents: ids.map((id, i) => ({ id, location: `in.jsonl:${i + 1}`, title: i === 1 ? `Story ${number}` : null, date: `2024-01-0${i + 1}` })),
      pairs: ids.slice(1).map((id) => ({ a: ids[0], b: id, level, resemblance: 0.9 })),
    }));
    files[root + file] = JSON.stringify({
      generator: 'Concord',
      documents: ids.map((id, i) => ({ index: i, name: id, size: 10, words: 2, encoding: 'utf-8', format: 'text', text: `text of ${id}\n`, date: `2024-01-0${i + 1}` })),
      analysis: {},
    });
  }
  files[`${root}clusters.jsonl`] = `${lines.join('\n')}\n`;
  files[`${root}summary.json`] = JSON.stringify({ documents: { read: 12, analysed: 11, rejected: 1 }, clusters: 3, inputs: ['in.jsonl'] });
  return files;
}

const folder = (files) => ({ kind: 'folder', files: Object.entries(files).map(([path, text]) => ({ file: new File([text], path.split('/').pop()), path })) });
const zipOf = (files, name = 'results.zip') => new File([zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])))], name);
const zip = (files) => ({ kind: 'zip', file: zipOf(files) });

for (const [kind, make] of [['folder', folder], ['zip', zip]]) {
  test(`a results ${kind}: clusters largest first, each opened with its texts`, async () => {
    const results = await openCorpusResults(make(resultsFolder()), { inflateSync });
    assert.equal(results.root, 'results/');
    assert.deepEqual(results.clusters.map((c) => [c.number, c.size]), [[3, 5], [9, 3], [7, 2]]);
    assert.deepEqual(results.problems, []);
    assert.equal(results.summary.read, 12);
    const [largest] = results.clusters;
    assert.equal(largest.title, 'Story 3');
    assert.deepEqual(largest.kinds, { rewritten: 4 });
    assert.deepEqual(largest.dates, ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05']);
    const cluster = await results.cluster(9);
    assert.deepEqual(cluster.documents.map((d) => d.name), ['c9-d0', 'c9-d1', 'c9-d2']);
    assert.equal(cluster.documents[2].text, 'text of c9-d2\n');
    assert.equal(cluster.documents[0].lastModified, Date.parse('2024-01-01'));
  });
}

test('a folder chosen inside the results, or beside them, is found by its clusters.jsonl', async () => {
  const results = await openCorpusResults(folder(resultsFolder({ root: '' })), {});
  assert.equal(results.root, '');
  assert.equal(results.clusters.length, 3);
  await assert.rejects(openCorpusResults(folder({ 'notes/a.txt': 'hello' }), {}), /no clusters\.jsonl in this folder: choose the folder/);
  const clustersOnly = Object.fromEntries(Object.entries(resultsFolder()).filter(([path]) => path.includes('clusters/')));
  await assert.rejects(openCorpusResults(folder(clustersOnly), {}), /only cluster files: choose the folder above clusters/);
});

test('a partial folder: bad lines, a missing summary and missing cluster files are reported', async () => {
  const files = resultsFolder();
  delete files['results/summary.json'];
  delete files['results/clusters/0000000000007.json'];
  files['results/clusters.jsonl'] += '{"cluster": 11, "size": 2'; // the copy stopped here
  files['results/clusters.jsonl'] = `not json\n${files['results/clusters.jsonl']}`;
  const results = await openCorpusResults(folder(files), {});
  assert.equal(results.clusters.length, 3);
  assert.equal(results.summary, null);
  assert.match(results.problems.join('\n'), /summary\.json is missing/);
  assert.match(results.problems.join('\n'), /clusters\.jsonl line 1: not valid JSON/);
  assert.match(results.problems.join('\n'), /clusters\.jsonl line 5: cut short/);
  assert.match(results.problems.join('\n'), /1 of 3 cluster files are missing/);
  await assert.rejects(results.cluster(7), /clusters\/0000000000007\.json is missing from the results/);
});

test('a cluster file that is damaged or has no texts says so', async () => {
  const files = resultsFolder();
  files['results/clusters/0000000000003.json'] = files['results/clusters/0000000000003.json'].slice(0, 50);
  const noText = JSON.parse(files['results/clusters/0000000000009.json']);
  delete noText.documents[1].text;
  files['results/clusters/0000000000009.json'] = JSON.stringify(noText);
  const results = await openCorpusResults(folder(files), {});
  await assert.rejects(results.cluster(3), /0000000000003\.json is not valid JSON \(damaged or cut short\)/);
  await assert.rejects(results.cluster(9), /document 2 has no text/);
  files['results/clusters.jsonl'] = new Uint8Array([0xff, 0xfe, 0x41]);
  await assert.rejects(openCorpusResults(folder(files), {}), /clusters\.jsonl is not UTF-8 text/);
});

test('zips that are not zips, cut short or damaged are refused with the reason', async () => {
  const whole = new Uint8Array(await zipOf(resultsFolder()).arrayBuffer());
  const open = (bytes) => openCorpusResults({ kind: 'zip', file: new File([bytes], 'r.zip') }, { inflateSync });
  await assert.rejects(open(strToU8('just some text')), /r\.zip: this is not a zip file/);
  await assert.rejects(open(whole.slice(0, whole.length - 200)), /the zip file is incomplete/);
  const damaged = whole.slice();
  const at = damaged.findIndex((_, i) => damaged[i] === 0x50 && damaged[i + 1] === 0x4b && damaged[i + 2] === 1 && damaged[i + 3] === 2);
  damaged[at + 2] = 9; // the first entry of the table of contents no longer starts as one
  await assert.rejects(open(damaged), /the zip file is damaged/);
  await assert.rejects(openCorpusResults(zip(resultsFolder()), {}), /zip files cannot be opened here/);
});
