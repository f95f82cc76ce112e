// The pair view's comparison crosses from the worker packed in typed arrays (transferred, not
// copied) and is rebuilt on the page: nothing of compare()'s rows may be lost on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord } from '../../web/concord.js';
import { fromPacked, packComparison } from '../../web/app/pair-model.js';

const concord = await createConcord();
const fixture = (name) => readFileSync(new URL(`../fixtures/analyze/${name}`, import.meta.url), 'utf8');


function roundTrip(result) {
  const packed = packComparison(result);
  const buffers = Object.values(packed).filter(ArrayBuffer.isView).map((view) => view.buffer);
  assert.ok(buffers.length >= 3, 'rows, similarities and inline operations are typed arrays');
  return fromPacked(structuredClone(packed, { transfer: buffers }));
}

for (const [a, b] of [['story_a.txt', 'story_a_edited.txt'], ['story_a.txt', 'story_b_rewrite.txt'], ['pasted_twice.txt', 'garden.txt']]) {
  test(`packed and rebuilt, ${a} vs ${b} keeps every row, range, similarity, move and inline op`, () => {
    const result = concord.compare(fixture(a), fixture(b));
    const model = roundTrip(result);
    assert.equal(model.unit, result.unit);
    assert.deepEqual(model.stats, result.stats);
    assert.deepEqual(model.moves, result.moves);
    assert.equal(model.rows.length, result.rows.length);
    assert.deepEqual(JSON.parse(JSON.stringify(model.rows)), JSON.parse(JSON.stringify(result.rows)));
    result.rows.forEach((row, i) => assert.deepEqual(model.rows[i].inline, row.inline));
  });
}

test('both ends of a moved-and-edited unit keep their one inline list', () => {
  const left = 'The first paragraph talks about the harbour and the boats that come in at dawn.\n\nThe second paragraph is about the market.\n\nThe third paragraph tells of the storm that came in the night and broke the pier.\n\nThe fourth is short.\n';
  const right = 'The second paragraph is about the market.\n\nThe third paragraph tells of the storm that came in the night and broke the pier.\n\nThe fourth is short.\n\nThe first paragraph talks about the harbour and the small boats that come in at dawn.\n';
  const result = concord.compare(left, right);
  const ends = result.rows.filter((row) => row.kind === 'moved');
  assert.equal(ends.length, 2, 'the fixture has a moved-and-edited unit');
  assert.ok(ends[0].inline.length > 0 && ends[0].inline === ends[1].inline, 'compare() shares its inline list');
  const model = roundTrip(result);
  const rebuilt = model.rows.filter((row) => row.kind === 'moved');
  assert.deepEqual(rebuilt.map((row) => row.inline), ends.map((row) => row.inline));
  assert.deepEqual(JSON.parse(JSON.stringify(model.rows)), JSON.parse(JSON.stringify(result.rows)));
});
