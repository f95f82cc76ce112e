// Merging change by change (web/app/merge.js): a change copied to the other side is no longer a
// change when the engine compares the texts again, the other changes stay, and the text keeps
// its units apart and its own ending; the undo history gives back the texts in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord } from '../../web/concord.js';
import { EditHistory, anchorOf, copyAcross, editedName } from '../../web/app/merge.js';

const concord = await createConcord();

// compare()'s rows as the pair view holds them: {kind, left, right} with ranges or null.
function rowsOf(a, b, unit) {
  const result = concord.compare(a, b, { unit });
  const rows = result.rows.map((row) => ({
    kind: row.kind,
    left: row.leftUnit === null ? null : { start: row.leftStart, end: row.leftEnd },
    right: row.rightUnit === null ? null : { start: row.rightStart, end: row.rightEnd },
  }));
  return { unit: result.unit, rows };
}

// Row r ready to copy from `from`: its anchor on the other side.
function prepared(rows, r, from) {
  const to = from === 'left' ? 'right' : 'left';
  return { ...rows[r], anchor: anchorOf(r, (k) => rows[k][to]) };
}

const changes = (a, b, unit) => rowsOf(a, b, unit).rows.filter((row) => row.kind !== 'equal');

const PAIRS = {
  line: ['alpha\nbeta\ngamma\nthe quick brown fox\nend\n', 'alpha\ngamma\nthe quick red fox\nend\ndelta\n'],
  'line, no final newline': ['first\nsecond\nthird', 'zero\nfirst\nsecond changed\nthird\nfourth'],
  'line, CRLF': ['one\r\ntwo\r\nthree\r\n', 'one\r\nthree\r\nfour\r\n'],
  paragraph: [
    'The harbour wall will be rebuilt this spring.\n\nThe market moves to the square.\n\nThe council met on Tuesday and agreed the budget.\n',
    'The harbour wall will be rebuilt next year.\n\nThe council met on Tuesday and agreed the budget.\n\nA new ferry starts in June.\n',
  ],
};

for (const [name, [a, b]] of Object.entries(PAIRS)) {
  for (const from of ['left', 'right']) {
    test(`${name}: each change copied ${from === 'left' ? 'left → right' : 'right → left'} disappears, the others stay`, () => {
      const unit = name.startsWith('paragraph') ? 'paragraph' : 'line';
      const { rows } = rowsOf(a, b, unit);
      const before = changes(a, b, unit).length;
      assert.ok(before >= 2, `the pair has ${before} changes`);
      rows.forEach((row, r) => {
        if (row.kind === 'equal' || row.kind === 'moved') return;
        const [left, right] = copyAcross([a, b], [prepared(rows, r, from)], from, unit);
        assert.equal(from === 'left' ? left : right, from === 'left' ? a : b, 'the side copied from is unchanged');
        const after = changes(left, right, unit);
        assert.equal(after.length, before - 1, `row ${r} (${row.kind}) copied: ${JSON.stringify([left, right])}`);
        const newline = a.includes('\r\n') ? '\r\n' : '\n';
        for (const text of [left, right]) {
          assert.ok(!text.includes(newline.repeat(unit === 'paragraph' ? 3 : 2)), `no blank line made: ${JSON.stringify(text)}`);
          if (newline === '\r\n') assert.ok(!/[^\r]\n/.test(text), 'CRLF kept');
        }
      });
    });
  }
  test(`${name}: every change copied at once makes the two sides equal`, () => {
    const unit = name.startsWith('paragraph') ? 'paragraph' : 'line';
    const { rows } = rowsOf(a, b, unit);
    const picked = rows.map((row, r) => ({ row, r })).filter(({ row }) => row.kind !== 'equal' && row.kind !== 'moved');
    const [, right] = copyAcross([a, b], picked.map(({ r }) => prepared(rows, r, 'left')), 'left', unit);
    assert.equal(right, a);
    const [left] = copyAcross([a, b], picked.map(({ r }) => prepared(rows, r, 'right')), 'right', unit);
    assert.equal(left, b);
  });
}

test('a unit inserted before everything, into an empty text, and the only unit removed', () => {
  assert.deepEqual(copyAcross(['zero', 'one\ntwo\n'], [{ left: { start: 0, end: 4 }, right: null, anchor: -1 }], 'left', 'line'), ['zero', 'zero\none\ntwo\n']);
  assert.deepEqual(copyAcross(['zero', ''], [{ left: { start: 0, end: 4 }, right: null, anchor: -1 }], 'left', 'line'), ['zero', 'zero']);
  assert.deepEqual(copyAcross(['', 'only\n'], [{ left: null, right: { start: 0, end: 4 }, anchor: -1 }], 'left', 'line'), ['', '']);
});

test('an edited copy is named after its document, once, and apart from the names in use', () => {
  assert.equal(editedName('draft.txt'), 'draft (edited).txt');
  assert.equal(editedName('draft (edited).txt'), 'draft (edited).txt');
  assert.equal(editedName('Notes on the harbour'), 'Notes on the harbour (edited)');
  assert.equal(editedName('.profile'), '.profile (edited)');
  assert.equal(editedName('draft.txt', ['draft.txt', 'draft (edited).txt']), 'draft (edited 2).txt');
  assert.equal(editedName('draft (edited 2).txt', ['draft (edited).txt', 'draft (edited 2).txt']), 'draft (edited 3).txt');
});

test('undo gives back the texts before each step in turn, redo the texts after; a new step drops the redo', () => {
  const history = new EditHistory();
  assert.equal(history.canUndo, false);
  assert.equal(history.undo(), null);
  history.push([{ id: 'a', before: 'one', after: 'two' }], 'copy');
  history.push([{ id: 'a', before: 'two', after: 'three' }, { id: 'b', before: 'x', after: 'x' }], 'typing');
  history.push([{ id: 'b', before: 'x', after: 'x' }], 'nothing');
  assert.deepEqual(history.undo(), { label: 'typing', texts: [{ id: 'a', text: 'two' }] }, 'a change that changed nothing is not a step');
  assert.deepEqual(history.undo(), { label: 'copy', texts: [{ id: 'a', text: 'one' }] });
  assert.equal(history.canUndo, false);
  assert.deepEqual(history.redo(), { label: 'copy', texts: [{ id: 'a', text: 'two' }] });
  assert.equal(history.canRedo, true);
  history.push([{ id: 'b', before: 'x', after: 'y' }], 'new');
  assert.equal(history.canRedo, false);
  assert.deepEqual(history.undo().texts, [{ id: 'b', text: 'x' }]);
});
