// The pair view's comparison crosses from the worker packed in typed arrays (transferred, not
// copied) and is rebuilt on the page: nothing of compare()'s rows may be lost on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord } from '../../web/concord.js';
import { changeStarts, displayItems, fromPacked, itemOfRows, packComparison } from '../../web/app/pair-model.js';
import { foldOf } from '../../web/lib/report.js';

const concord = await createConcord();
const fixture = (name) => readFileSync(new URL(`../fixtures/analyze/${name}`, import.meta.url), 'utf8');

// A moved-and-edited unit: the first paragraph, moved to the end with one word added.
const MOVED_LEFT = 'The first paragraph talks about the harbour and the boats that come in at dawn.\n\nThe second paragraph is about the market.\n\nThe third paragraph tells of the storm that came in the night and broke the pier.\n\nThe fourth is short.\n';
const MOVED_RIGHT = 'The second paragraph is about the market.\n\nThe third paragraph tells of the storm that came in the night and broke the pier.\n\nThe fourth is short.\n\nThe first paragraph talks about the harbour and the small boats that come in at dawn.\n';

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
    result.rows.forEach((row, i) => assert.deepEqual(model.rows.at(i).inline, row.inline));
  });
}

test('both ends of a moved-and-edited unit keep their one inline list', () => {
  const result = concord.compare(MOVED_LEFT, MOVED_RIGHT);
  const ends = result.rows.filter((row) => row.kind === 'moved');
  assert.equal(ends.length, 2, 'the fixture has a moved-and-edited unit');
  assert.ok(ends[0].inline.length > 0 && ends[0].inline === ends[1].inline, 'compare() shares its inline list');
  const model = roundTrip(result);
  const rebuilt = Array.from({ length: model.rows.length }, (_, i) => model.rows.at(i)).filter((row) => row.kind === 'moved');
  assert.deepEqual(rebuilt.map((row) => row.inline), ends.map((row) => row.inline));
  assert.deepEqual(JSON.parse(JSON.stringify(model.rows)), JSON.parse(JSON.stringify(result.rows)));
});

test('the packed rows answer kinds, unit lengths and move ends as the rows they stand for', () => {
  for (const result of [concord.compare(fixture('story_a.txt'), fixture('story_b_rewrite.txt'), { unit: 'line' }), concord.compare(MOVED_LEFT, MOVED_RIGHT)]) {
    checkPackedRows(result);
  }
});

function checkPackedRows(result) {
  const { rows } = roundTrip(result);
  assert.equal(rows.at(-1), undefined);
  assert.equal(rows.at(rows.length), undefined);
  result.rows.forEach((row, r) => {
    assert.equal(rows.kindAt(r), row.kind);
    assert.equal(rows.spanAt(r, 'left'), row.leftUnit === null ? -1 : row.leftEnd - row.leftStart);
    assert.equal(rows.spanAt(r, 'right'), row.rightUnit === null ? -1 : row.rightEnd - row.rightStart);
  });
  for (const move of result.moves) {
    for (const [side, unit] of [['left', 'leftUnit'], ['right', 'rightUnit']]) {
      assert.equal(rows.moveEnd(move.id, side), result.rows.findIndex((row) => row.moveId === move.id && row[unit] !== null));
    }
  }
}

test('display items fold unchanged stretches as the report does, and map every row to its item', () => {
  const kinds = ['changed', ...Array(20).fill('equal'), 'added', 'equal', 'equal', 'removed', ...Array(9).fill('equal')];
  const result = { unit: 'line', moves: [], stats: {}, lineEndings: null, rows: kinds.map((kind, i) => ({
    kind, leftUnit: kind === 'added' ? null : i, leftStart: i, leftEnd: i + 1, rightUnit: kind === 'removed' ? null : i,
    rightStart: i, rightEnd: i + 1, similarity: 1, moveId: null, inline: [],
  })) };
  const { rows } = roundTrip(result);
  const expected = [];
  for (let i = 0; i < kinds.length;) {
    let end = i + 1;
    if (kinds[i] === 'equal') while (end < kinds.length && kinds[end] === 'equal') end++;
    const fold = kinds[i] === 'equal' ? foldOf(i, end, kinds.length) : null;
    for (let r = i; r < end; r++) {
      if (fold && r === fold.from) expected.push({ type: 'fold', from: fold.from, to: fold.to, key: i });
      if (!fold || r < fold.from || r >= fold.to) expected.push({ type: 'row', row: r });
    }
    i = end;
  }
  assert.ok(expected.some((item) => item.type === 'fold'), 'the fixture folds');
  const items = displayItems(rows, { collapse: true, expanded: new Set() });
  assert.deepEqual(Array.from({ length: items.length }, (_, i) => items.at(i)), expected);
  const rowToItem = itemOfRows(items, rows.length);
  expected.forEach((item, index) => {
    for (let r = item.row ?? item.from; r < (item.to ?? item.row + 1); r++) assert.equal(rowToItem[r], index);
  });
  assert.deepEqual(changeStarts(items, rows), expected.flatMap((item, index) =>
    item.type === 'row' && kinds[item.row] !== 'equal' && (index === 0 || expected[index - 1].type === 'fold' || kinds[expected[index - 1].row] === 'equal') ? [index] : []));
  const open = displayItems(rows, { collapse: true, expanded: new Set([1]) });
  assert.equal(open.length, expected.length - 1 + (expected.find((item) => item.key === 1).to - expected.find((item) => item.key === 1).from));
  const all = displayItems(rows, { collapse: false, expanded: new Set() });
  assert.deepEqual(Array.from({ length: all.length }, (_, i) => all.at(i)), kinds.map((_, row) => ({ type: 'row', row })));
});

test('display items keep `context` rows around each change; the unit of each side is read without a row', () => {
  const kinds = ['changed', ...Array(20).fill('equal'), 'added', ...Array(9).fill('equal')];
  const result = { unit: 'line', moves: [], stats: {}, lineEndings: null, rows: kinds.map((kind, i) => ({
    kind, leftUnit: kind === 'added' ? null : i, leftStart: i, leftEnd: i + 1, rightUnit: i, rightStart: i, rightEnd: i + 1,
    similarity: 1, moveId: null, inline: [],
  })) };
  const { rows } = roundTrip(result);
  const folds = (context) => {
    const items = displayItems(rows, { collapse: true, expanded: new Set(), context });
    return Array.from({ length: items.length }, (_, i) => items.at(i)).filter((item) => item.type === 'fold').map(({ from, to }) => [from, to]);
  };
  assert.deepEqual(folds(3), [[4, 18], [25, 31]]);
  assert.deepEqual(folds(1), [[2, 20], [23, 31]]);
  assert.deepEqual(folds(0), [[1, 21], [22, 31]]);
  assert.deepEqual(folds(undefined), folds(3), 'the report\'s context by default');
  assert.deepEqual(folds(8), [[9, 13], [30, 31]].filter(([from, to]) => to - from >= 4));
  assert.equal(rows.unitAt(21, 'left'), -1);
  assert.equal(rows.unitAt(21, 'right'), 21);
  assert.equal(rows.unitAt(5, 'left'), 5);
});
