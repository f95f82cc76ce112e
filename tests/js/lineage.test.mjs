// concord.analyze()'s lineage and attribution through the JS API, on the hand-made fixtures of
// tests/fixtures/lineage (each folder's DERIVATION.md says how they were made).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord, ConcordError } from '../../web/concord.js';
import { describeAttribution } from '../../web/lib/lineage.js';

const concord = await createConcord();
const fixture = (path) => readFileSync(new URL(`../fixtures/lineage/${path}`, import.meta.url), 'utf8');
const DRAFTS = ['draft1', 'draft2', 'draft3', 'draft4'].map((d) => `chain/${d}.txt`);
const edgeSet = (analysis, names) => new Set(analysis.lineage.edges.map((e) => [names[e.from], names[e.to]].sort().join(' — ')));

test('lineage: shuffled drafts with no names or dates come back as their chain, undirected', () => {
  const order = [3, 0, 2, 1];
  const names = order.map((i) => DRAFTS[i]);
  // Plain strings: no names, no dates.
  const analysis = concord.analyze(names.map(fixture));
  assert.deepEqual(edgeSet(analysis, names), new Set([`${DRAFTS[0]} — ${DRAFTS[1]}`, `${DRAFTS[1]} — ${DRAFTS[2]}`, `${DRAFTS[2]} — ${DRAFTS[3]}`]));
  for (const e of analysis.lineage.edges) {
    assert.equal(e.directed, false);
    assert.ok(e.from < e.to);
    assert.equal(e.evidence.direction, 'none');
    assert.equal(e.evidence.titleCopied, true);
    assert.ok(e.evidence.copied > 8 && e.evidence.fromInTo > 0.9, JSON.stringify(e.evidence));
  }
  assert.equal(analysis.lineage.dates.length, 4);
  assert.ok(analysis.lineage.dates.every((d) => d.source === 'none' && d.time === null));
});

test('lineage: the tree of rewrites has its three edges', () => {
  const names = ['tree/rewrite-b.txt', 'tree/rewrite-a-again.txt', 'tree/source.txt', 'tree/rewrite-a.txt'];
  const analysis = concord.analyze(names.map((name) => ({ name, text: fixture(name) })));
  assert.deepEqual(
    edgeSet(analysis, names),
    new Set(['tree/rewrite-a.txt — tree/source.txt', 'tree/rewrite-b.txt — tree/source.txt', 'tree/rewrite-a-again.txt — tree/rewrite-a.txt']),
  );
  assert.ok(analysis.lineage.edges.every((e) => !e.directed && e.evidence.rewritten > 4));
});

test('lineage: lastModified directs an edge from the older file to the newer', () => {
  const docs = [
    { name: 'draft2', text: fixture(DRAFTS[1]), lastModified: new Date('2024-03-04T10:00:00Z') },
    { name: 'draft1', text: fixture(DRAFTS[0]), lastModified: Date.parse('2024-03-02T09:00:00Z') },
  ];
  const [edge] = concord.analyze(docs).lineage.edges;
  assert.equal(edge.directed, true);
  assert.equal(edge.evidence.direction, 'modified');
  assert.deepEqual([edge.from, edge.to], [1, 0]);
  assert.equal(edge.evidence.fromDate.time, Date.parse('2024-03-02T09:00:00Z'));
  assert.equal(edge.evidence.fromDate.source, 'modified');
  // A date in the text wins over the file time, and its range points at it.
  docs[0].text = `Updated March 1, 2024\n\n${docs[0].text}`;
  docs[1].text = `Published 3 March 2024\n\n${docs[1].text}`;
  const analysis = concord.analyze(docs);
  const [dated] = analysis.lineage.edges;
  assert.equal(dated.evidence.direction, 'text dates');
  assert.deepEqual([dated.from, dated.to], [0, 1]);
  const date = analysis.lineage.dates[0];
  assert.equal(docs[0].text.slice(date.start, date.end), 'March 1, 2024');
});

test('lineage: a bad lastModified is refused with a clear message', () => {
  assert.throws(() => concord.analyze([{ text: 'a', lastModified: 'yesterday' }]), (e) => e instanceof ConcordError && /documents\[0\]\.lastModified/.test(e.message));
  assert.throws(() => concord.analyze([{ text: 'a', lastModified: -5 }]), ConcordError);
});

function expectedRoundup() {
  return fixture('attribution/expected.tsv')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [origin, source, text, from] = line.split('\t');
      return { origin, source, text, from };
    });
}

test('attribution: every sentence of the hand-made roundup, its source sentence and the sums', () => {
  const names = ['bridge.txt', 'roundup.txt', 'festival.txt'];
  const texts = names.map((n) => fixture(`attribution/${n}`));
  const analysis = concord.analyze(names.map((name, i) => ({ name, text: texts[i] })));
  const roundup = analysis.attribution[1];
  const expected = expectedRoundup();
  assert.equal(roundup.document, 1);
  assert.equal(roundup.sentences.length, expected.length);
  roundup.sentences.forEach((s, i) => {
    assert.equal(texts[1].slice(s.start, s.end), expected[i].text);
    assert.equal(s.origin, expected[i].origin, expected[i].text);
    if (s.origin === 'new') {
      assert.equal(s.source, null);
      return;
    }
    assert.equal(names[s.source], expected[i].source);
    assert.equal(texts[s.source].slice(s.sourceStart, s.sourceEnd), expected[i].from);
    assert.ok(s.confidence > 0.5 && s.similarity > 0);
  });
  const count = (origin, source) => expected.filter((e) => e.origin === origin && (source === undefined || e.source === source)).length;
  assert.deepEqual(
    roundup.sources.map((s) => ({ name: names[s.source], copied: s.copied, rewritten: s.rewritten, order: s.order })),
    [
      { name: 'bridge.txt', copied: count('copied', 'bridge.txt'), rewritten: count('rewritten', 'bridge.txt'), order: 'unknown' },
      { name: 'festival.txt', copied: count('copied', 'festival.txt'), rewritten: count('rewritten', 'festival.txt'), order: 'unknown' },
    ],
  );
  assert.equal(roundup.new, count('new'));
  const pct = (n) => `${Math.round((100 * n) / expected.length)}%`;
  assert.equal(
    describeAttribution(roundup, (d) => names[d]),
    `${pct(count('rewritten', 'bridge.txt'))} rewritten from or into bridge.txt, ${pct(count('copied', 'bridge.txt'))} copied from or into bridge.txt, ` +
      `${pct(count('copied', 'festival.txt'))} copied from or into festival.txt, ${pct(count('new'))} new`,
  );
});

test('attribution: UTF-16 ranges past emoji and accents point at the right sentences', () => {
  const a = `Café 🎉 news.\n\n${fixture(DRAFTS[0])}`;
  const b = `Café 🎉 news.\n\n${fixture(DRAFTS[1])}`;
  const analysis = concord.analyze([a, b]);
  for (const entry of analysis.attribution) {
    const text = [a, b][entry.document];
    for (const s of entry.sentences) {
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
      if (s.origin === 'copied') assert.equal([a, b][s.source].slice(s.sourceStart, s.sourceEnd), text.slice(s.start, s.end));
    }
  }
  assert.equal(analysis.attribution[1].sentences[0].origin, 'copied');
});

// Two reports of one event written apart (tests/fixtures/rewrites/bridge-traders, its {N} tags
// removed): the sentence model still finds likely links through the story's names and topic
// words, but nothing corroborates most of them, so they are "unsure", not "rewritten".
test('attribution: a likely link nothing corroborates is unsure, keeps its source and is counted apart', () => {
  const untagged = (side) => readFileSync(new URL(`../fixtures/rewrites/bridge-traders.${side}.txt`, import.meta.url), 'utf8').replace(/\{[\d,]*\}/g, '');
  const texts = [untagged('a'), untagged('b')];
  const analysis = concord.analyze(texts.map((text, i) => ({ name: `report${i + 1}.txt`, text })));
  for (const entry of analysis.attribution) {
    const unsure = entry.sentences.filter((s) => s.origin === 'unsure');
    assert.ok(unsure.length >= 2, `document ${entry.document}: ${unsure.length} unsure`);
    for (const s of unsure) {
      assert.equal(s.source, 1 - entry.document);
      assert.ok(texts[s.source].slice(s.sourceStart, s.sourceEnd).length > 0 && s.sourceSentence !== null);
      assert.ok(s.confidence >= 0.9, String(s.confidence));
    }
    assert.equal(entry.unsure, unsure.length);
    assert.equal(entry.sources[0].unsure, unsure.length);
    assert.equal(entry.copied + entry.rewritten + entry.unsure + entry.new, entry.sentences.length);
    const other = `report${2 - entry.document}.txt`;
    const pct = Math.round((100 * unsure.length) / entry.sentences.length);
    assert.match(describeAttribution(entry, (d) => `report${d + 1}.txt`), new RegExp(`${pct}% possibly rewritten from or into ${other.replace('.', '\\.')}`));
  }
});

test('lineage: {lineage: false} leaves lineage and attribution empty', () => {
  const analysis = concord.analyze(DRAFTS.map(fixture), { lineage: false });
  assert.deepEqual(analysis.lineage.edges, []);
  assert.deepEqual(analysis.attribution, []);
});
