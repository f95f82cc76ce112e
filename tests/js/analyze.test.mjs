// The analysis part of the JS API, on the fixture set in tests/fixtures/analyze.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord, ConcordError } from '../../web/concord.js';

const fixture = (name) => readFileSync(new URL(`../fixtures/analyze/${name}`, import.meta.url), 'utf8');
const NAMES = ['story_a.txt', 'story_a_edited.txt', 'story_b_rewrite.txt', 'garden.txt', 'digest.txt'];
const docs = NAMES.map((name) => ({ name, text: fixture(name) }));
const concord = await createConcord();

const ids = (group) => group.members.map((m) => `${m.doc}/${m.paragraph}`);
const pair = (analysis, a, b) => analysis.pairs.find((p) => p.a === a && p.b === b);

test('analyze groups repeated paragraphs within and across documents', () => {
  const analysis = concord.analyze(docs);
  assert.deepEqual(
    analysis.duplicateGroups.map((g) => [g.kind, ids(g)]),
    [
      ['near', ['0/1', '1/1']],
      ['exact', ['0/2', '1/2']],
      ['near', ['0/3', '0/5', '1/3']],
      ['near', ['0/4', '1/4', '4/2']],
      ['near', ['3/2', '3/4']],
    ],
  );
  assert.equal(analysis.duplicateGroups[1].similarity, 1);
  assert.ok(Math.abs(analysis.duplicateGroups[0].similarity - 21 / 27) < 1e-9);
  for (const group of analysis.duplicateGroups) {
    for (const m of group.members) {
      const paragraph = docs[m.doc].text.slice(m.start, m.end);
      assert.equal(paragraph, paragraph.trim());
      assert.ok(paragraph.length > 40, paragraph);
    }
  }
  const mayor = analysis.duplicateGroups[1].members.map((m) => docs[m.doc].text.slice(m.start, m.end));
  assert.equal(mayor[0], mayor[1]);
  assert.match(mayor[0], /^Mayor Ilse Brandauer cut the ribbon/);
});

test('repeatedBlocks: a body pasted twice and a block copied into another document', () => {
  const texts = [fixture('pasted_twice.txt'), fixture('coast_roundup.txt')];
  const analysis = concord.analyze(texts.map((text, i) => ({ name: `${i}`, text })));
  // One block per repeat instead of one group per paragraph (5 groups here).
  assert.equal(analysis.duplicateGroups.length, 5);
  assert.deepEqual(
    analysis.repeatedBlocks.map((b) => [b.doc, b.paragraph, b.repeatDoc, b.repeatParagraph, b.paragraphs, b.kind, b.words]),
    [
      [0, 2, 0, 9, 5, 'exact', 158],
      [0, 3, 1, 3, 3, 'near', 97],
    ],
  );
  const [body, copied] = analysis.repeatedBlocks;
  const first = texts[0].slice(body.start, body.end);
  assert.equal(first, texts[0].slice(body.repeatStart, body.repeatEnd));
  assert.match(first, /^The council of Kellsport voted[^]*familiar look\.$/);
  assert.equal(first.split(/\n\s*\n/).length, 5);
  const copy = texts[1].slice(copied.repeatStart, copied.repeatEnd);
  assert.match(copy, /^Engineers told[^]*landing the catch\.$/);
  assert.match(copy, /remaining third/);
});

test('repeatedBlocks ranges are UTF-16 indices and the existing fixtures have the edited copy', () => {
  const prefix = '😀 café\n\n';
  const text = fixture('pasted_twice.txt');
  const analysis = concord.analyze([prefix + text]);
  const [body] = analysis.repeatedBlocks;
  assert.match((prefix + text).slice(body.repeatStart, body.repeatEnd), /^The council[^]*familiar look\.$/);
  assert.equal(body.repeatEnd, (prefix + text).trimEnd().length);
  // story_a_edited repeats story_a's headline and paragraphs 2-5, some edited: the short
  // headline extends the block.
  const blocks = concord.analyze(docs).repeatedBlocks;
  assert.deepEqual(blocks.map((b) => [b.doc, b.paragraph, b.repeatDoc, b.repeatParagraph, b.paragraphs, b.kind]), [
    [0, 0, 1, 0, 5, 'near'],
  ]);
});

test('short paragraphs are reported separately', () => {
  const analysis = concord.analyze(docs);
  assert.deepEqual(analysis.shortRepeats.map(ids), [['0/0', '1/0'], ['0/6', '0/7', '1/5']]);
  const [comments] = analysis.shortRepeats[1].members;
  assert.equal(docs[0].text.slice(comments.start, comments.end), 'Comments');
});

test('pairs carry scores and levels; clusters and order group the story', () => {
  const analysis = concord.analyze(docs);
  assert.equal(analysis.pairs.length, 10);
  assert.equal(pair(analysis, 0, 1).level, 'minor changes');
  assert.equal(pair(analysis, 0, 2).level, 'rewritten');
  assert.equal(pair(analysis, 1, 2).level, 'rewritten');
  assert.equal(pair(analysis, 0, 3).level, 'unrelated');
  assert.equal(pair(analysis, 2, 3).level, 'unrelated');
  const s = pair(analysis, 0, 1).scores;
  assert.equal(s.diffRatioExact, true);
  assert.ok(Math.abs(s.diffRatio - 204 / 239) < 1e-9);
  for (const key of ['resemblance', 'containmentAB', 'containmentBA', 'coverageAB', 'coverageBA', 'rewrite']) {
    assert.equal(typeof s[key], 'number', key);
  }
  assert.deepEqual(analysis.clusters, [[0, 1, 2, 4]]);
  assert.deepEqual(analysis.order, [0, 1, 2, 4, 3]);
  assert.equal(analysis.matrix.size, 5);
  assert.equal(analysis.matrix.values.length, 25);
  assert.ok(Math.abs(analysis.matrix.values[2] - pair(analysis, 0, 2).scores.rewrite) < 1e-6);
});

test('passages give ranges in both documents', () => {
  const analysis = concord.analyze(docs);
  const quote = analysis.passages.find((p) => p.a === 0 && p.b === 4);
  assert.equal(quote.matchedWords, 20);
  assert.equal(
    docs[0].text.slice(quote.aStart, quote.aEnd),
    'Commuters from Westhaven had faced a detour of forty minutes each way, and local shops near the bridge reported losing',
  );
  assert.equal(
    docs[4].text.slice(quote.bStart, quote.bEnd),
    'commuters from Westhaven had faced a detour of forty minutes each way, and local shops near the bridge reported losing',
  );
  const shorter = concord.analyze(docs, { minPassageWords: 25 });
  assert.equal(shorter.passages.filter((p) => p.b === 4).length, 0);
});

test('ranges are UTF-16 indices', () => {
  const para = 'Emoji 😀 and accents é à lead this paragraph which has more than fifteen words in it for sure.';
  const texts = [{ name: 'x', text: `😀😀 intro\n${para}\n${para}\n` }];
  const analysis = concord.analyze(texts);
  assert.equal(analysis.duplicateGroups.length, 1);
  for (const m of analysis.duplicateGroups[0].members) assert.equal(texts[0].text.slice(m.start, m.end), para);
});

test('CRLF texts give the same groups, with ranges that exclude the final CR', () => {
  const crlf = docs.map((d) => ({ name: d.name, text: d.text.replace(/\n/g, '\r\n') }));
  const lf = concord.analyze(docs);
  const analysis = concord.analyze(crlf);
  assert.deepEqual(analysis.duplicateGroups.map(ids), lf.duplicateGroups.map(ids));
  for (const group of analysis.duplicateGroups) {
    // Wrapped paragraphs (garden.txt) keep their inner line breaks; none ends with a CR.
    for (const m of group.members) assert.doesNotMatch(crlf[m.doc].text.slice(m.start, m.end), /^\s|\s$/);
  }
  assert.deepEqual(analysis.pairs.map((p) => p.level), lf.pairs.map((p) => p.level));
  const clean = concord.cleanCopy(analysis, 0, crlf[0].text);
  assert.equal(clean.text, concord.cleanCopy(lf, 0, docs[0].text).text.replace(/\n/g, '\r\n'));
});

test('cleanCopy drops repeats and keeps first occurrences', () => {
  const analysis = concord.analyze(docs);
  const clean = concord.cleanCopy(analysis, 0, docs[0].text);
  assert.equal(clean.removed, 2);
  assert.equal(clean.text.split('Engineers replaced').length, 2);
  assert.equal(clean.text.split('Comments').length, 2);
  assert.ok(clean.text.endsWith('customers.\nComments\n'));
  assert.deepEqual(concord.cleanCopy(analysis, 1, docs[1].text), { text: docs[1].text, removed: 0 });
  assert.throws(() => concord.cleanCopy(analysis, 9, ''), ConcordError);
});

test('options change thresholds and normalisation', () => {
  const strict = concord.analyze(docs, { nearThreshold: 0.8 });
  assert.deepEqual(strict.duplicateGroups.map(ids), [['0/2', '1/2'], ['0/3', '0/5'], ['3/2', '3/4']]);
  const exactOnly = concord.analyze(docs, { near: false });
  assert.ok(exactOnly.duplicateGroups.every((g) => g.kind === 'exact'));
  const longTitles = concord.analyze(docs, { minParagraphWords: 5 });
  assert.ok(longTitles.duplicateGroups.some((g) => ids(g).join() === '0/0,1/0'));
  const few = concord.analyze(docs, { allPairsUpTo: 2 });
  assert.ok(few.pairs.every((p) => p.level !== 'unrelated'));
});

test('progress is reported up to 1', () => {
  const seen = [];
  concord.analyze(docs, { onProgress: (f) => seen.push(f) });
  assert.ok(seen.length >= 3);
  assert.equal(seen.at(-1), 1);
  assert.deepEqual([...seen].sort((a, b) => a - b), seen);
});

test('bad input gets a clear ConcordError', () => {
  assert.throws(() => concord.analyze('nope'), ConcordError);
  assert.throws(() => concord.analyze([{ name: 'a', text: 5 }]), /documents\[0\]\.text must be a string/);
  assert.throws(() => concord.analyze(docs, { nearThreshold: 2 }), /nearThreshold must be a number from 0 to 1/);
  assert.throws(() => concord.analyze(docs, { minPassageWords: 0 }), /minPassageWords/);
  assert.throws(() => concord.analyze(docs, { bogus: 1 }), /unknown option: bogus/);
  assert.throws(() => concord.analyze(docs, { split: 'pages' }), /split must be/);
});

test('empty, blank and identical documents', () => {
  const analysis = concord.analyze([{ name: 'e', text: '' }, { name: 'b', text: '\n \n' }, 'same text\n', 'same text\n']);
  assert.equal(pair(analysis, 0, 1).level, 'identical');
  assert.equal(pair(analysis, 2, 3).level, 'identical');
  assert.equal(analysis.documents[3].name, 'document 4');
  assert.deepEqual(concord.analyze([]).pairs, []);
});

test('align pairs rewritten paragraphs and marks shared names and numbers', () => {
  const a = docs[0].text, b = docs[2].text;
  const aligned = concord.align(a, b);
  assert.equal(aligned.aParagraphs.length, 8);
  assert.equal(aligned.bParagraphs.length, 5);
  assert.deepEqual(
    aligned.rows.map((r) => [r.a, r.b]),
    [[[], [0]], [[0, 1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], []], [[6], []], [[7], []]],
  );
  const mayor = aligned.rows[2];
  assert.deepEqual(
    mayor.aShared.filter((t) => t.kind === 'name').map((t) => a.slice(t.start, t.end)),
    ['Ilse', 'Brandauer', 'Westhaven'],
  );
  assert.deepEqual(
    aligned.rows[3].bShared.filter((t) => t.kind === 'number').map((t) => b.slice(t.start, t.end)),
    ['312'],
  );
  assert.ok(mayor.similarity > 0.3);
  assert.equal(aligned.rows[5].similarity, 0);
  assert.deepEqual(aligned.rows.map((r) => r.repeatOf), [null, null, null, null, null, 3, null, 6]);
  assert.throws(() => concord.align(a, b, { maxSpan: 9 }), /maxSpan must be a whole number from 1 to 8/);
  assert.throws(() => concord.align(a, 3), ConcordError);
  assert.throws(() => concord.align(a, b, { maxSpan: 0 }), /maxSpan/);
});

test('ranges stay on character boundaries of mixed-script texts', () => {
  // Seeded random texts of emoji, accents, CJK and ASCII words, with repeated and shared lines.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const words = ['naïve', 'café', '東京', '😀smile', 'Zoë', 'plain', 'words', 'here', '𝔘nicode', 'x'];
  const line = () => Array.from({ length: 16 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]).join(' ');
  const shared = Array.from({ length: 6 }, line);
  const texts = Array.from({ length: 6 }, () =>
    Array.from({ length: 8 }, () => (random() < 0.4 ? shared[Math.floor(random() * shared.length)] : line())).join('\r\n'),
  );
  const analysis = concord.analyze(texts);
  const onBoundary = (text, i) => i === 0 || i === text.length || !(/[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]));
  assert.ok(analysis.duplicateGroups.length > 0);
  for (const group of [...analysis.duplicateGroups, ...analysis.shortRepeats]) {
    for (const m of group.members) {
      const text = texts[m.doc];
      assert.ok(m.start < m.end && m.end <= text.length);
      assert.ok(onBoundary(text, m.start) && onBoundary(text, m.end));
      assert.doesNotMatch(text.slice(m.start, m.end), /^\s|\s$/);
    }
  }
  assert.ok(analysis.passages.length > 0);
  for (const p of analysis.passages) {
    for (const [text, start, end] of [[texts[p.a], p.aStart, p.aEnd], [texts[p.b], p.bStart, p.bEnd]]) {
      assert.ok(start < end && end <= text.length && onBoundary(text, start) && onBoundary(text, end));
    }
  }
});

test('align: a lone surrogate at the end keeps paragraph ends within the text', () => {
  for (const a of ['First paragraph here.\n\nSecond one \uD83D', 'Only paragraph \uDE00', '\uD800']) {
    const result = concord.align(a, 'First paragraph here.\n\nSecond one.');
    for (const { start, end } of result.aParagraphs) assert.ok(start <= end && end <= a.length, `${end} <= ${a.length}`);
    assert.equal(result.aParagraphs.at(-1).end, a.length);
  }
});
