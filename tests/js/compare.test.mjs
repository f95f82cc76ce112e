// Node tests of the aligned comparison, the unified diff and the HTML report through the JS API.
// GNU diff, patch and git are the independent references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConcord, ConcordError } from '../../web/concord.js';

const concord = await createConcord();

// A small deterministic generator (mulberry32), so failures reproduce.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Renders rows as in the core tests: "=x", "-x", "+x", "~x>y", "<M0 x", ">M0 y".
function render(a, b, result) {
  return result.rows.map((row) => {
    const l = row.leftUnit !== null ? a.slice(row.leftStart, row.leftEnd) : '';
    const r = row.rightUnit !== null ? b.slice(row.rightStart, row.rightEnd) : '';
    switch (row.kind) {
      case 'equal': return `=${l}`;
      case 'removed': return `-${l}`;
      case 'added': return `+${r}`;
      case 'changed': return `~${l}>${r}`;
      default: return row.leftUnit !== null ? `<M${row.moveId} ${l}` : `>M${row.moveId} ${r}`;
    }
  });
}

test('compare: equal, changed by similarity, removed and added rows', () => {
  const a = 'alpha\nbeta\ngamma ray burst\nend\n';
  const b = 'alpha\ngamma ray bursts\nend\nomega\n';
  const result = concord.compare(a, b, { unit: 'line' });
  assert.equal(result.unit, 'line');
  assert.deepEqual(render(a, b, result), ['=alpha', '-beta', '~gamma ray burst>gamma ray bursts', '=end', '+omega']);
  const changed = result.rows[2];
  assert.ok(changed.similarity > 0.5 && changed.similarity < 1);
  const added = changed.inline.filter((op) => op.kind === 'added').map((op) => b.slice(op.rightStart, op.rightEnd));
  assert.deepEqual(added, ['s']);
  assert.deepEqual(result.stats, {
    kept: 2, changed: 1, added: 1, removed: 1, moved: 0,
    // "bursts" starts in the kept "burst" (character-level change), so only "beta" and "omega"
    // count as deleted and inserted words.
    wordsInserted: 1, wordsDeleted: 1, leftWords: 6, rightWords: 6, leftUnits: 4, rightUnits: 4,
    similarity: 10 / 12, minimal: true,
  });
});

test('compare: a moved paragraph is linked at both ends, also when edited', () => {
  const moved = 'This whole paragraph was moved from the top of the article to its end.';
  const edited = 'This whole paragraph was moved from the top of the story to its end.';
  const middle = 'A paragraph in the middle that nobody touched, long enough to be prose for sure.';
  const a = `${moved}\n\n${middle}\n`;
  const b = `${middle}\n\n${edited}\n`;
  const result = concord.compare(a, b, { unit: 'paragraph' });
  assert.equal(result.unit, 'paragraph');
  assert.deepEqual(result.rows.map((r) => r.kind), ['moved', 'equal', 'moved']);
  assert.equal(result.rows[0].moveId, 0);
  assert.equal(result.rows[2].moveId, 0);
  // Moves are text ranges in UTF-16 code units, like every other range.
  assert.deepEqual(result.moves, [{ id: 0, leftStart: 0, leftEnd: moved.length, rightStart: middle.length + 2, rightEnd: b.length - 1, units: 1, similarity: result.moves[0].similarity }]);
  const changes = result.rows[2].inline.filter((op) => op.kind !== 'equal')
    .map((op) => (op.kind === 'removed' ? `-${a.slice(op.leftStart, op.leftEnd)}` : `+${b.slice(op.rightStart, op.rightEnd)}`));
  assert.deepEqual(changes, ['-article', '+story']);
  assert.equal(result.stats.moved, 1);
});

test('compare: options change keys, never the text shown', () => {
  const a = 'Hello, World \u2014 it\u2019s me\n';
  const b = 'hello world - it\'s  me\n';
  assert.equal(concord.compare(a, b, { unit: 'line' }).rows[0].kind, 'changed');
  const result = concord.compare(a, b, {
    unit: 'line', ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true, foldQuotes: true,
  });
  assert.equal(result.rows[0].kind, 'equal');
  assert.equal(a.slice(result.rows[0].leftStart, result.rows[0].leftEnd), 'Hello, World \u2014 it\u2019s me');
});

test('compare: ranges are UTF-16 indices (emoji, CJK, combining marks)', () => {
  const a = '\u{1F600} caf\u0065\u0301 \u65E5\u672C\nsame\n';
  const b = '\u{1F600} cafe \u65E5\u672C\u8A9E\nsame\n';
  const result = concord.compare(a, b, { unit: 'line' });
  const row = result.rows[0];
  assert.equal(row.kind, 'changed');
  assert.equal(a.slice(row.leftStart, row.leftEnd), '\u{1F600} caf\u0065\u0301 \u65E5\u672C');
  const pieces = row.inline.filter((op) => op.kind !== 'equal')
    .map((op) => (op.kind === 'removed' ? `-${a.slice(op.leftStart, op.leftEnd)}` : `+${b.slice(op.rightStart, op.rightEnd)}`));
  // The combining accent goes with its "e"; the new ideograph is one token.
  assert.deepEqual(pieces, ['-e\u0301', '+e', '+\u8A9E']);
});

test('compare: auto picks paragraphs for prose and lines for code', () => {
  const prose = 'Editors compare drafts of the same article to see which sentences were rewritten, which were cut and which were added.\n'.repeat(3);
  assert.equal(concord.compare(prose, prose + 'A last sentence that is long enough to be a paragraph of prose text here.\n').unit, 'paragraph');
  assert.equal(concord.compare('int x = 1;\nreturn x;\n', 'int x = 2;\nreturn x;\n').unit, 'line');
});

test('compare: bad arguments throw ConcordError', () => {
  assert.throws(() => concord.compare(1, 'b'), ConcordError);
  assert.throws(() => concord.compare('a', 'b', { unit: 'word' }), ConcordError);
});

// Property: on random pairs, rows hold each unit once and in order on both sides, ranges are
// inside the texts, inline ops tile both sides of their row, and the stats add up.
test('compare: random pairs cover every unit once, inline ops tile rows', () => {
  const next = random(42);
  const words = ['alpha', 'beta', 'gamma', 'délta', '\u{1F600}', '\u65E5', 'the', 'fox', ',', '.'];
  const makeText = () => {
    const lines = [];
    for (let n = Math.floor(next() * 14); n > 0; n--) {
      const line = [];
      for (let w = Math.floor(next() * 7); w > 0; w--) line.push(words[Math.floor(next() * words.length)]);
      lines.push(line.join(' '));
      if (next() < 0.2) lines.push('');
    }
    return lines.join(next() < 0.2 ? '\r\n' : '\n');
  };
  for (let round = 0; round < 200; round++) {
    const a = makeText();
    const b = makeText();
    const unit = ['auto', 'line', 'paragraph'][round % 3];
    const result = concord.compare(a, b, { unit, ignoreCase: round % 5 === 0 });
    let nextLeft = 0;
    let nextRight = 0;
    let leftPos = 0;
    let rightPos = 0;
    for (const row of result.rows) {
      if (row.leftUnit !== null) {
        assert.equal(row.leftUnit, nextLeft++);
        assert.ok(row.leftStart >= leftPos && row.leftEnd <= a.length);
        leftPos = row.leftEnd;
      } else {
        assert.equal(row.leftStart, row.leftEnd, 'an absent side is an empty range');
      }
      if (row.rightUnit !== null) {
        assert.equal(row.rightUnit, nextRight++);
        assert.ok(row.rightStart >= rightPos && row.rightEnd <= b.length);
        rightPos = row.rightEnd;
      } else {
        assert.equal(row.rightStart, row.rightEnd, 'an absent side is an empty range');
      }
      if (row.kind === 'equal' && round % 5 !== 0 && result.unit === 'line') {
        assert.equal(a.slice(row.leftStart, row.leftEnd), b.slice(row.rightStart, row.rightEnd));
      }
      if (row.kind === 'changed') {
        let l = row.leftStart;
        let r = row.rightStart;
        for (const op of row.inline) {
          if (op.kind !== 'added') { assert.equal(op.leftStart, l); l = op.leftEnd; }
          if (op.kind !== 'removed') { assert.equal(op.rightStart, r); r = op.rightEnd; }
        }
        assert.equal(l, row.leftEnd);
        assert.equal(r, row.rightEnd);
      }
    }
    const s = result.stats;
    assert.equal(nextLeft, s.leftUnits);
    assert.equal(nextRight, s.rightUnits);
    assert.equal(s.kept + s.changed + s.removed + s.moved, s.leftUnits);
    assert.equal(s.kept + s.changed + s.added + s.moved, s.rightUnits);
    assert.ok(s.similarity >= 0 && s.similarity <= 1);
  }
});

function applyPatch(dir, a, patchText, tool) {
  const file = join(dir, 'a.txt');
  writeFileSync(file, a);
  writeFileSync(join(dir, 'p.diff'), patchText);
  if (tool === 'git') {
    execFileSync('git', ['apply', '--unidiff-zero', '--whitespace=nowarn', 'p.diff'], { cwd: dir });
  } else {
    execFileSync('patch', ['-s', '--binary', '-o', join(dir, 'out.txt'), file, join(dir, 'p.diff')], { cwd: dir });
    return readFileSync(join(dir, 'out.txt'), 'utf8');
  }
  return readFileSync(file, 'utf8');
}

// Unified diffs of random pairs (CRLF, missing final newline, unicode): GNU patch and git apply
// both turn a into b byte for byte.
test('unifiedDiff: GNU patch and git apply reproduce b', () => {
  const next = random(7);
  const pool = ['one', 'two', 'three', 'caf\u00e9', '\u{1F600}', '', 'x\r', '  indented'];
  const makeText = () => {
    const lines = [];
    for (let n = Math.floor(next() * 30); n > 0; n--) lines.push(pool[Math.floor(next() * pool.length)]);
    return lines.join('\n') + (next() < 0.7 && lines.length ? '\n' : '');
  };
  withTempDir((dir) => {
    for (let round = 0; round < 40; round++) {
      const a = makeText();
      const b = makeText();
      const patchText = concord.unifiedDiff(a, b, { leftName: 'a.txt', rightName: 'a.txt' });
      if (a === b) { assert.equal(patchText, ''); continue; }
      assert.equal(applyPatch(dir, a, patchText, 'patch'), b, `patch round ${round}`);
      assert.equal(applyPatch(dir, a, patchText, 'git'), b, `git apply round ${round}`);
    }
  });
});

// Where the minimal path is used, the number of removed + added lines equals GNU diff --minimal's.
test('diff: edit counts equal GNU diff --minimal', () => {
  const next = random(99);
  withTempDir((dir) => {
    for (let round = 0; round < 60; round++) {
      const alphabet = 2 + (round % 5);
      const make = () => Array.from({ length: Math.floor(next() * 80) }, () => `l${Math.floor(next() * alphabet)}\n`).join('');
      const a = make();
      const b = make();
      const result = concord.diff(a, b, { lineBreaks: 'lf' });
      writeFileSync(join(dir, 'a'), a);
      writeFileSync(join(dir, 'b'), b);
      const gnu = spawnSync('diff', ['--minimal', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' });
      const gnuEdits = gnu.stdout.split('\n').filter((line) => line.startsWith('< ') || line.startsWith('> ')).length;
      assert.equal(result.stats.removed + result.stats.added, gnuEdits, `round ${round}`);
    }
  });
});

test('diff: a 1 MB pair of unrelated texts gives a correct diff that patch applies', () => {
  const next = random(5);
  const vocabulary = Array.from({ length: 50 }, (_, k) => `w${k}`);
  const make = () => {
    const lines = [];
    let size = 0;
    while (size < 1 << 20) {
      const line = Array.from({ length: 1 + Math.floor(next() * 3) }, () => vocabulary[Math.floor(next() * 50)]).join(' ');
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n') + '\n';
  };
  const a = make();
  const b = make();
  withTempDir((dir) => {
    const patchText = concord.unifiedDiff(a, b);
    assert.equal(applyPatch(dir, a, patchText, 'patch'), b);
  });
  const result = concord.compare(a, b, { unit: 'line' });
  assert.equal(result.stats.leftUnits, a.split('\n').length - 1);
});

test('htmlReport: self-contained, escapes every user text', () => {
  const a = '<script>alert(1)</script> & "quotes"\nsame\n';
  const b = '<img src=x onerror=alert(2)> & \'quotes\'\nsame\n';
  const result = concord.compare(a, b, { unit: 'line' });
  const html = concord.htmlReport(a, b, result, { leftName: '<b>old</b>', rightName: 'new"name' });
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(!html.includes('<script'));
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<b>old'));
  const text = html.replace(/<\/?(del|ins)>/g, '');
  assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'));
  assert.ok(text.includes('&lt;img src=x onerror=alert(2)&gt; &amp; &#39;quotes&#39;'));
  assert.ok(html.includes('new&quot;name'));
  assert.ok(!/\b(src|href)="(https?:|\/\/)/.test(html), 'no external resources');
});

test('htmlReport: moved rows link to each other', () => {
  const moved = 'A paragraph long enough to count as moved when it changes place.';
  const a = `${moved}\nstay one\nstay two\n`;
  const b = `stay one\nstay two\n${moved}\n`;
  const html = concord.htmlReport(a, b, concord.compare(a, b, { unit: 'line' }));
  assert.ok(html.includes('id="move-0-from"') && html.includes('href="#move-0-to"'));
  assert.ok(html.includes('id="move-0-to"') && html.includes('href="#move-0-from"'));
});
