// Hostile inputs through the JS API: each must give a well-formed analysis (or a ConcordError)
// and leave the module working. No timing assertions: bounded time is the benchmark's business;
// a hang here fails the run by its timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord, ConcordError } from '../../web/concord.js';

const concord = await createConcord();
const fixture = (name) => readFileSync(new URL(`../fixtures/analyze/${name}`, import.meta.url), 'utf8');

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;

// A JS string index that does not cut a surrogate pair.
function checkIndex(text, at, what) {
  assert.ok(Number.isInteger(at) && at >= 0 && at <= text.length, `${what}: ${at} outside 0..${text.length}`);
  if (at > 0 && at < text.length) {
    assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${what}: ${at} splits a surrogate pair`);
  }
}

function checkRange(text, start, end, what) {
  checkIndex(text, start, what);
  checkIndex(text, end, what);
  assert.ok(start <= end, `${what}: ${start} > ${end}`);
}

const inUnit = (x) => Number.isFinite(x) && x >= -1e-9 && x <= 1 + 1e-9;

// Every invariant of docs/analyze.md that does not depend on the input's meaning.
function checkAnalysis(texts, analysis) {
  const n = texts.length;
  assert.equal(analysis.documents.length, n);
  analysis.documents.forEach((doc, d) => {
    assert.ok(Number.isInteger(doc.words) && doc.words >= 0);
    assert.ok(Number.isInteger(doc.paragraphs) && doc.paragraphs >= 0);
    let at = 0;
    for (const r of doc.repeats) {
      checkRange(texts[d], r.start, r.end, `repeat of ${d}`);
      assert.ok(r.start >= at && r.end > r.start);
      at = r.end;
    }
    const clean = concord.cleanCopy(analysis, d, texts[d]);
    assert.ok(clean.text.length <= texts[d].length);
    assert.equal(clean.removed, doc.repeats.length);
  });
  const seen = new Set();
  for (const [list, isShort] of [[analysis.duplicateGroups, false], [analysis.shortRepeats, true]]) {
    for (const group of list) {
      assert.ok(['exact', 'near'].includes(group.kind));
      if (isShort) assert.equal(group.kind, 'exact');
      assert.ok(inUnit(group.similarity));
      assert.ok(group.members.length >= 2);
      group.members.forEach((m, i) => {
        assert.ok(m.doc >= 0 && m.doc < n && m.paragraph >= 0 && m.paragraph < analysis.documents[m.doc].paragraphs);
        checkRange(texts[m.doc], m.start, m.end, 'member');
        const key = `${m.doc}/${m.paragraph}`;
        assert.ok(!seen.has(key), `${key} in two groups`);
        seen.add(key);
        if (i > 0) {
          const p = group.members[i - 1];
          assert.ok(p.doc < m.doc || (p.doc === m.doc && p.paragraph < m.paragraph), 'members sorted');
        }
      });
    }
  }
  const repeated = new Set();
  for (const b of analysis.repeatedBlocks) {
    for (let p = 0; p < b.paragraphs; p++) {
      const key = `${b.repeatDoc}/${b.repeatParagraph + p}`;
      assert.ok(!repeated.has(key), `${key} in two blocks`);
      repeated.add(key);
    }
    assert.ok(b.paragraphs >= 2 && ['exact', 'near'].includes(b.kind) && b.words >= 0);
    assert.ok(b.doc < b.repeatDoc || (b.doc === b.repeatDoc && b.paragraph + b.paragraphs <= b.repeatParagraph));
    for (const [doc, run] of [[b.doc, { paragraph: b.paragraph, start: b.start, end: b.end }], [b.repeatDoc, { paragraph: b.repeatParagraph, start: b.repeatStart, end: b.repeatEnd }]]) {
      assert.ok(run.paragraph + b.paragraphs <= analysis.documents[doc].paragraphs);
      checkRange(texts[doc], run.start, run.end, 'block');
      for (let p = 0; p < b.paragraphs; p++) assert.ok(seen.has(`${doc}/${run.paragraph + p}`), 'block paragraph in a group');
    }
  }
  for (const p of analysis.passages) {
    assert.ok(p.a < p.b && p.b < n);
    checkRange(texts[p.a], p.aStart, p.aEnd, 'passage a');
    checkRange(texts[p.b], p.bStart, p.bEnd, 'passage b');
  }
  if (analysis.stats.allPairs) assert.equal(analysis.pairs.length, n < 2 ? 0 : (n * (n - 1)) / 2);
  for (const pair of analysis.pairs) {
    assert.ok(pair.a < pair.b && pair.b < n);
    assert.ok(['identical', 'minor changes', 'rewritten', 'unrelated'].includes(pair.level));
    for (const [key, value] of Object.entries(pair.scores)) if (key !== 'diffRatioExact') assert.ok(inUnit(value), `${key} = ${value}`);
  }
  assert.deepEqual([...analysis.order].sort((x, y) => x - y), Array.from({ length: n }, (_, i) => i));
  const clustered = new Set();
  for (const cluster of analysis.clusters) {
    assert.ok(cluster.length >= 2);
    for (const d of cluster) {
      assert.ok(d >= 0 && d < n && !clustered.has(d));
      clustered.add(d);
    }
  }
  if (analysis.matrix) {
    assert.equal(analysis.matrix.values.length, n * n);
    for (const v of analysis.matrix.values) assert.ok(inUnit(v));
  }
}

function analyzeAndCheck(texts, options) {
  const analysis = concord.analyze(texts.map((text, i) => ({ name: `${i}`, text })), options);
  checkAnalysis(texts, analysis);
  return analysis;
}

function checkAlignment(a, b) {
  const alignment = concord.align(a, b);
  let nextA = 0, nextB = 0;
  for (const row of alignment.rows) {
    for (const i of row.a) assert.equal(i, nextA++);
    for (const i of row.b) assert.equal(i, nextB++);
    for (const t of row.aShared) checkRange(a, t.start, t.end, 'token a');
    for (const t of row.bShared) checkRange(b, t.start, t.end, 'token b');
  }
  assert.equal(nextA, alignment.aParagraphs.length);
  assert.equal(nextB, alignment.bParagraphs.length);
  return alignment;
}

// Words w0, w1, ... that do not repeat phrases (each distinct), so a big text is not a looping one.
const distinctWords = (count, prefix = 'w') => Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`);

test('no documents, empty documents and whitespace-only documents', () => {
  const none = analyzeAndCheck([]);
  assert.equal(none.pairs.length, 0);
  const texts = ['', '   ', '\n\n\n', '\t \r\n \u00a0\u2003\ufeff', ''];
  const analysis = analyzeAndCheck(texts);
  for (const doc of analysis.documents) assert.deepEqual([doc.words, doc.paragraphs], [0, 0]);
  assert.equal(analysis.repeatedBlocks.length, 0);
  checkAlignment('', '  \n ');
});

test('a single 5 MB line', () => {
  const line = distinctWords(900_000).join(' ');
  assert.ok(line.length > 5_000_000);
  const analysis = analyzeAndCheck([line, 'w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 and the rest']);
  assert.equal(analysis.documents[0].paragraphs, 1);
  assert.equal(analysis.documents[0].words, 900_000);
  // The short document's first ten words are the line's: one shared passage.
  assert.equal(analysis.passages.length, 1);
});

test('200,000 one-word lines', () => {
  const words = distinctWords(200_000);
  const repeating = Array.from({ length: 200_000 }, (_, i) => `word${i % 100}`);
  const texts = [words.join('\n'), repeating.join('\n')];
  const analysis = analyzeAndCheck(texts);
  assert.equal(analysis.documents[0].paragraphs, 200_000);
  // One-word paragraphs are short: exact repeats only, and never a block of short lines alone.
  assert.equal(analysis.duplicateGroups.length, 0);
  assert.equal(analysis.shortRepeats.length, 100);
  assert.equal(analysis.repeatedBlocks.length, 0);
  assert.equal(analysis.documents[1].repeats.length, 200_000 - 100);
  assert.equal(concord.cleanCopy(analysis, 1, texts[1]).text.split('\n').length, 101);
});

test('one long paragraph looping 100,000 times', () => {
  const line = 'the same long sentence of sixteen words repeats here again and again without any end';
  const text = Array(100_000).fill(line).join('\n');
  const analysis = analyzeAndCheck([text, text.slice(0, 5000)]);
  assert.equal(analysis.duplicateGroups.length, 1);
  assert.equal(analysis.documents[0].repeats.length, 99_999);
  assert.equal(concord.cleanCopy(analysis, 0, text).text, `${line}\n`);
});

test('punctuation only, emoji only, combining marks only', () => {
  const texts = [
    '!!! ??? ... --- ,,, ;;; ::: ((( ))) """ \'\'\'\n'.repeat(50),
    '😀😃😄 🎉🎉 👩‍👩‍👧‍👦 🇫🇷🇩🇪\n'.repeat(50),
    '\u0301\u0308\u0327 \u0301\u0301\n\u20dd\u0336\u0336\n'.repeat(50),
    'e\u0301 \u0301 a\u0308\n'.repeat(50),
  ];
  const analysis = analyzeAndCheck(texts);
  assert.equal(analysis.documents[0].words, 0);
  checkAlignment(texts[1], texts[2]);
});

test('lone surrogates and NUL characters', () => {
  const texts = [
    '\ud800 lone high then text\n\udc00 lone low\nend \ud83d',
    'a\u0000b\u0000c\n\u0000\u0000\u0000\nwords with a nul\u0000inside',
    '\udfff\ud800\ud800\udc00\n'.repeat(20),
  ];
  const analysis = analyzeAndCheck(texts);
  // TextEncoder turns a lone surrogate into U+FFFD, one unit like the surrogate: offsets hold.
  assert.equal(analysis.documents[0].paragraphs, 3);
  checkAlignment(texts[0], texts[2]);
});

test('3,000 tiny documents', () => {
  const texts = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `doc ${i}` : i % 3 === 1 ? 'same tiny text' : ''));
  const analysis = analyzeAndCheck(texts);
  assert.equal(analysis.matrix, null);
  // The 1,000 copies of "same tiny text" are pairwise identical: one cluster of them all.
  assert.equal(analysis.clusters[0].length, 2000 / 2);
});

test('one document ×500', () => {
  const text = fixture('story_a.txt');
  const texts = Array(500).fill(text);
  const analysis = analyzeAndCheck(texts);
  assert.ok(analysis.pairs.every((p) => p.level === 'identical'));
  assert.equal(analysis.clusters.length, 1);
  // Each copy's paragraphs point at the first copy: one block per later copy (story_a itself
  // repeats one paragraph and "Comments", which are not a block).
  assert.equal(analysis.repeatedBlocks.length, 499);
  assert.ok(analysis.repeatedBlocks.every((b) => b.doc === 0 && b.paragraph === 0 && b.paragraphs === analysis.documents[0].paragraphs));
});

test('one document ×3,000 (above matrixUpTo): copies pair with the first copy', () => {
  const text = fixture('story_a.txt');
  const analysis = analyzeAndCheck(Array(3000).fill(text));
  assert.equal(analysis.pairs.length, 2999);
  assert.ok(analysis.pairs.every((p, i) => p.a === 0 && p.b === i + 1 && p.level === 'identical'));
  assert.deepEqual(analysis.clusters.map((c) => c.length), [3000]);
  assert.equal(analysis.repeatedBlocks.length, 2999);
});

test('bad arguments are ConcordErrors, and the module still works after all of the above', () => {
  assert.throws(() => concord.analyze('not an array'), ConcordError);
  assert.throws(() => concord.analyze([null]), ConcordError);
  assert.throws(() => concord.analyze([{ name: 'x', text: 42 }]), ConcordError);
  assert.throws(() => concord.analyze([{ text: 'a' }], { nearThreshold: Number.NaN }), ConcordError);
  assert.throws(() => concord.analyze([{ text: 'a' }], { minPassageWords: 0 }), ConcordError);
  assert.throws(() => concord.align('a', null), ConcordError);
  const texts = [fixture('pasted_twice.txt'), fixture('coast_roundup.txt')];
  assert.equal(analyzeAndCheck(texts).repeatedBlocks.length, 2);
});
