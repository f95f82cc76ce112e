// The line diff through the JS API: rows as JS string ranges, on the inputs the issue names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord, ConcordError } from '../../web/concord.js';

const concord = await createConcord();

/** Rebuilds each side from the rows: every line of a and b appears once, in order. */
function sides(rows, a, b) {
  const left = rows.filter((r) => r.kind !== 'added').map((r) => a.slice(r.leftStart, r.leftEnd));
  const right = rows.filter((r) => r.kind !== 'removed').map((r) => b.slice(r.rightStart, r.rightEnd));
  return { left, right };
}

const lines = (text) => text.split(/\r\n|\r|\n/).filter((line, i, all) => i < all.length - 1 || line !== '');

const cases = {
  'plain LF': ['one\ntwo\nthree\n', 'one\n2\nthree\nfour\n'],
  CRLF: ['one\r\ntwo\r\n', 'one\r\nTWO\r\n'],
  'lone CR': ['one\rtwo\r', 'zero\rone\rtwo\r'],
  'no final newline': ['a\nb', 'a\nc'],
  'empty left': ['', 'x\ny\n'],
  'empty right': ['x\ny\n', ''],
  'non-ASCII': ['café\n日本語のテキスト\n😀 emoji\n', 'café\n日本語の文章\n😀 emoji\ne\u0301\n'],
};

for (const [name, [a, b]] of Object.entries(cases)) {
  test(`diff covers every line of both sides: ${name}`, () => {
    const { rows } = concord.diff(a, b);
    assert.deepEqual(sides(rows, a, b), { left: lines(a), right: lines(b) });
    for (const row of rows) {
      if (row.kind === 'equal') assert.equal(a.slice(row.leftStart, row.leftEnd), b.slice(row.rightStart, row.rightEnd));
    }
  });
}

test('diff numbers lines from 1 and leaves the absent side null', () => {
  const { rows, stats } = concord.diff('a\nb\n', 'a\nc\n');
  assert.deepEqual(rows.map((r) => [r.kind, r.leftLine, r.rightLine]), [
    ['equal', 1, 1], ['removed', 2, null], ['added', null, 2],
  ]);
  assert.deepEqual(stats, { leftLines: 2, rightLines: 2, equal: 1, removed: 1, added: 1, minimal: true });
});

test('diff ranges index astral characters as JS does', () => {
  const a = '😀😀\nx\n';
  const b = '😀😀\ny\n';
  const { rows } = concord.diff(a, b);
  assert.equal(rows[0].leftEnd, 4);
  assert.equal(a.slice(rows[1].leftStart, rows[1].leftEnd), 'x');
  assert.equal(b.slice(rows[2].rightStart, rows[2].rightEnd), 'y');
});

test('diff reports line endings of each side', () => {
  assert.deepEqual(concord.diff('a\r\nb\r\n', 'a\nb\n').lineEndings, { left: 'crlf', right: 'lf' });
  assert.equal(concord.diff('a\r\n', 'a\n').stats.equal, 1);
  assert.equal(concord.diff('a\r\n', 'a\n', { lineBreaks: 'lf' }).stats.equal, 0);
});

test("diff's rows split lines as its lineBreaks option says", () => {
  // Under 'lf' a CR stays in the line: 'a\r' differs from 'a', and its range holds the CR.
  const lf = concord.diff('a\r\nb\rc\n', 'a\nb\rc\n', { lineBreaks: 'lf' }).rows;
  assert.deepEqual(lf.map((r) => [r.kind, r.leftStart, r.leftEnd, r.rightStart, r.rightEnd]), [
    ['removed', 0, 2, 0, 0],
    ['added', 3, 3, 0, 1],
    ['equal', 3, 6, 2, 5],
  ]);
  // Under 'any' (the default) LF, CRLF and a lone CR each end a line.
  const any = concord.diff('a\r\nb\rc\n', 'a\nb\rc\n').rows;
  assert.deepEqual(any.map((r) => [r.kind, r.leftStart, r.leftEnd, r.rightStart, r.rightEnd]), [
    ['equal', 0, 1, 0, 1],
    ['equal', 3, 4, 2, 3],
    ['equal', 5, 6, 4, 5],
  ]);
});

test("diff's rows give each line of both sides, as split at LF, with or without a CR elsewhere", () => {
  const a = 'café\n\n日本語 😀\nlast', b = 'café\nnew\n\n日本語 😀\nlast\n';
  for (const [left, right, options] of [[a, b], [a, b, { lineBreaks: 'lf' }], [`${a}\r`, b, { lineBreaks: 'lf' }]]) {
    const rows = concord.diff(left, right, options).rows;
    const lines = (text) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    assert.deepEqual(rows.filter((r) => r.kind !== 'added').map((r) => left.slice(r.leftStart, r.leftEnd)), lines(left));
    assert.deepEqual(rows.filter((r) => r.kind !== 'removed').map((r) => right.slice(r.rightStart, r.rightEnd)), lines(right));
  }
});

test('diff handles a large near-identical pair', () => {
  const base = Array.from({ length: 50000 }, (_, i) => `line ${i} ${'x'.repeat(i % 40)}`);
  const changed = base.slice();
  changed[100] = 'edited';
  changed.splice(30000, 0, 'inserted');
  const { stats } = concord.diff(base.join('\n'), changed.join('\n'));
  assert.deepEqual([stats.removed, stats.added, stats.equal], [1, 2, 49999]);
});

test('bad arguments throw ConcordError with a clear message', () => {
  assert.throws(() => concord.diff(null, 'x'), (error) => error instanceof ConcordError && /a must be a string/.test(error.message));
  assert.throws(() => concord.diff('a', 'b', { lineBreaks: 'weird' }), /option lineBreaks must be one of 'any', 'lf'/);
  assert.throws(() => concord.unifiedDiff('a', 'b', { context: -1 }), /context/);
});

test('unifiedDiff is empty for equal texts and names the files', () => {
  assert.equal(concord.unifiedDiff('same\n', 'same\n'), '');
  assert.match(concord.unifiedDiff('a\n', 'b\n', { leftName: 'old.txt', rightName: 'new.txt' }), /^--- a\/old\.txt\n\+\+\+ b\/new\.txt\n@@ -1 \+1 @@\n-a\n\+b\n$/);
});

test('unifiedDiff warns about lone surrogates, which the patch writes as U+FFFD', () => {
  const warnings = [];
  const patch = concord.unifiedDiff('a\n', 'b\uD800\n', { onWarning: (message) => warnings.push(message) });
  assert.match(patch, /\+b\uFFFD\n/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /b holds lone surrogates/);
  concord.unifiedDiff('a\n', 'b 😀\n', { onWarning: (message) => warnings.push(message) });
  assert.equal(warnings.length, 1, 'a surrogate pair is no warning');
});

// The rows as the API built them before they became lazy: one object per packed row.
function eagerRows(result) {
  const c = result.rowColumns;
  const kinds = ['equal', 'removed', 'added'];
  const rows = [];
  for (let p = 0; p < result.rowData.length; p += c.stride) {
    const kind = result.rowData[p + c.kind];
    rows.push({
      kind: kinds[kind],
      leftLine: kind === 2 ? null : result.rowData[p + c.leftLine] + 1,
      rightLine: kind === 1 ? null : result.rowData[p + c.rightLine] + 1,
      leftStart: result.rowData[p + c.leftStart], leftEnd: result.rowData[p + c.leftEnd],
      rightStart: result.rowData[p + c.rightStart], rightEnd: result.rowData[p + c.rightEnd],
    });
  }
  return rows;
}

for (const [name, [a, b]] of Object.entries(cases)) {
  test(`diff's typed rows, rowAt, iteration and rows agree: ${name}`, () => {
    const result = concord.diff(a, b);
    assert.ok(result.rowData instanceof Int32Array);
    assert.equal(result.rowCount, result.stats.equal + result.stats.removed + result.stats.added);
    const expected = eagerRows(result);
    assert.equal(expected.length, result.rowCount);
    assert.deepEqual(Array.from({ length: result.rowCount }, (_, i) => result.rowAt(i)), expected);
    assert.deepEqual([...result], expected);
    assert.deepEqual(result.rows, expected);
    assert.equal(result.rows, result.rows, 'rows are built once');
  });
}

test('diff rows spell out the documented shape on a fixed pair', () => {
  const result = concord.diff('keep\nold\r\ntail', 'keep\nnew\r\nmore\r\ntail');
  assert.deepEqual(result.rows, [
    { kind: 'equal', leftLine: 1, rightLine: 1, leftStart: 0, leftEnd: 4, rightStart: 0, rightEnd: 4 },
    { kind: 'removed', leftLine: 2, rightLine: null, leftStart: 5, leftEnd: 8, rightStart: 5, rightEnd: 5 },
    { kind: 'added', leftLine: null, rightLine: 2, leftStart: 10, leftEnd: 10, rightStart: 5, rightEnd: 8 },
    { kind: 'added', leftLine: null, rightLine: 3, leftStart: 10, leftEnd: 10, rightStart: 10, rightEnd: 14 },
    { kind: 'equal', leftLine: 3, rightLine: 4, leftStart: 10, leftEnd: 14, rightStart: 16, rightEnd: 20 },
  ]);
});

test('diff results spread and serialise with their rows, not the typed columns', () => {
  const result = concord.diff('a\nb\n', 'a\nc\n');
  assert.deepEqual(Object.keys(result), ['rows', 'stats', 'lineEndings']);
  const parsed = JSON.parse(JSON.stringify({ ...result }));
  assert.deepEqual(parsed.rows, result.rows);
  assert.deepEqual(parsed.stats, result.stats);
  assert.equal(parsed.rowData, undefined);
});

test('diff rowAt refuses indices outside the rows', () => {
  const result = concord.diff('a\n', 'b\n');
  assert.throws(() => result.rowAt(2), RangeError);
  assert.throws(() => result.rowAt(-1), RangeError);
  assert.throws(() => result.rowAt(0.5), RangeError);
});
