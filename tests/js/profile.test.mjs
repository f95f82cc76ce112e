// profile() gives a document's word count and paragraphs exactly as analyze(), align(),
// compare() with paragraph units and `concord analyze --json` count them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createConcord, ConcordError } from '../../web/concord.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = ['profile/lines_crlf.txt', 'profile/wrapped.txt', 'text/mixed_crlf.txt'].map((f) => join(root, 'tests/fixtures', f));
const read = (file) => readFileSync(file, 'utf8');
// Each fixture, and the wrapped one with CRLF line breaks: CJK, "isn't", "10,000", a line of
// whitespace only, CRLF.
const fixtures = [...files.map((file) => [file.slice(root.length), read(file)]), ['wrapped, CRLF', read(files[1]).replace(/\n/g, '\r\n')]];
const concord = await createConcord();
const ranges = (paragraphs) => paragraphs.map(({ start, end }) => ({ start, end }));

test('the fixtures hold what makes counts disagree', () => {
  const all = fixtures.map(([, text]) => text).join('\n');
  for (const needle of ["isn't", '10,000', '\r\n', '日本語']) assert.ok(all.includes(needle), needle);
  assert.match(all, /\r?\n[ \t\u00a0]+\r?\n/);
});

for (const [name, text] of fixtures) {
  test(`profile() agrees with analyze() and align(): ${name}`, () => {
    const profile = concord.profile(text);
    assert.ok(profile.words > 0 && profile.paragraphs.length > 1);
    const [document] = concord.analyze([text]).documents;
    assert.equal(profile.words, document.words);
    assert.equal(profile.paragraphs.length, document.paragraphs);
    assert.deepEqual(ranges(profile.paragraphs), concord.align(text, text).aParagraphs);
    assert.equal(profile.paragraphs.reduce((sum, p) => sum + p.words, 0), profile.words);
    for (const { start, end } of profile.paragraphs) assert.equal(text.slice(start, end).trim(), text.slice(start, end));
  });

  test(`profile() agrees with compare()'s paragraph units: ${name}`, () => {
    const profile = concord.profile(text);
    const { rows, stats } = concord.compare(text, text, { unit: 'paragraph' });
    assert.deepEqual(rows.map((row) => ({ start: row.leftStart, end: row.leftEnd })), ranges(profile.paragraphs));
    assert.deepEqual(rows.map((row) => row.leftUnit), profile.paragraphs.map((_, i) => i));
    assert.equal(stats.leftWords, profile.words);
  });
}

test('profile() follows the split option and validates its options', () => {
  const [, text] = fixtures[1];
  assert.ok(concord.profile(text, { split: 'lines' }).paragraphs.length > concord.profile(text, { split: 'blankLines' }).paragraphs.length);
  assert.deepEqual(ranges(concord.profile(text, { split: 'lines' }).paragraphs), concord.align(text, text, { split: 'lines' }).aParagraphs);
  assert.equal(concord.profile(fixtures[0][1]).lineEndings, 'crlf');
  assert.throws(() => concord.profile(text, { unit: 'line' }), (e) => e instanceof ConcordError && /unknown option: unit/.test(e.message));
  assert.throws(() => concord.profile(text, { split: 'words' }), (e) => e instanceof ConcordError && /option split/.test(e.message));
  assert.throws(() => concord.profile(3), ConcordError);
  assert.equal(concord.defaults.profile.split, 'auto');
});

test('profile() ranges are UTF-16 indices', () => {
  const text = '😀 été one\n\n \u00a0\nsecond 東京 line';
  const { paragraphs } = concord.profile(text);
  assert.deepEqual(paragraphs.map(({ start, end }) => text.slice(start, end)), ['😀 été one', 'second 東京 line']);
});

test('concord analyze --json reports the words profile() counts', async () => {
  const exec = promisify(execFile);
  const { stdout } = await exec(process.execPath, [join(root, 'scripts/concord'), 'analyze', '--json', ...files]);
  const json = JSON.parse(stdout);
  assert.deepEqual(json.documents.map((d) => d.words), files.map((file) => concord.profile(read(file)).words));
  assert.deepEqual(json.documents.map((d) => d.paragraphs), files.map((file) => concord.profile(read(file)).paragraphs.length));
});
