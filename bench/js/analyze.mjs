// Benchmark of concord.analyze() through the JS API in Node, on synthetic corpora generated
// deterministically: words drawn from the word frequencies of /usr/share/common-licenses (or a
// seeded random vocabulary when that folder is missing), each article about a "story" with its
// own names, numbers and topic words, and planted near-duplicate articles, rewrites, repeated
// paragraphs and copied paragraphs. Prints a table; docs/bench.md records it.
//
//   node --expose-gc bench/js/analyze.mjs [--sizes=1000,10000] [--recall=300] [--pair-recall=2000]
//                                         [--held-out=10000,50000] [--write=PREFIX]
// --write: writes the sets of --sizes and --held-out as PREFIX-plain-N.bin and
// PREFIX-fragments-N.bin (documents separated by NUL bytes, for build/bench/analyze_native) and
// measures nothing.
// --held-out: the `fragments` sets of bench/analyze-data.mjs (documents sharing boilerplate,
// stock phrases and quotes), with the heap per input byte and the recall of pairs whose exact
// 3-shingle Jaccard is >= 0.5 (default 10000; 0 to leave out).
import os from 'node:os';
import createConcordCore from '../../web/generated/concord-core.mjs';
import { bindAnalyze } from '../../web/lib/analyze.js';
import { createWire } from '../../web/lib/wire.js';
import { articleSet, body, edit, makeStory, shingleSets, similarPairs, wordModel } from '../analyze-data.mjs';
import { rng as random } from '../data.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SIZES = (args.sizes ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const RECALL_DOCS = Number(args.recall ?? 300);
const PAIR_RECALL_DOCS = Number(args['pair-recall'] ?? 2000);
const HELD_OUT = (args['held-out'] ?? '10000').split(',').map(Number).filter((n) => n > 0);

// One article about `story`: 8 to 12 paragraphs (analyze-data.mjs's body, without a
// `fragments` set's pools).
function article(rand, model, story) {
  return body(rand, model, story, 8 + Math.floor(rand() * 5));
}

/**
 * n articles. Planted: 5% near copies of an earlier article (3% of words replaced), 5% rewrites
 * (same story, new text), 5% articles repeating one of their paragraphs, 5% with a paragraph
 * copied from another article with 2% to 12% of its words replaced.
 */
function corpus(n, seed, copies = 0.05) {
  const rand = random(seed);
  const model = wordModel(rand);
  const docs = [];
  const stories = [];
  for (let i = 0; i < n; i++) {
    const kind = i < 10 ? 9 : Math.floor(rand() * 20);
    let paragraphs, story;
    if (kind === 0) {
      const source = Math.floor(rand() * i);
      story = stories[source];
      paragraphs = docs[source].split('\n').map((p) => edit(rand, model, p, 0.03));
    } else if (kind === 1) {
      story = stories[Math.floor(rand() * i)];
      paragraphs = article(rand, model, story);
    } else {
      story = makeStory(rand);
      paragraphs = article(rand, model, story);
      if (kind === 2) paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 0, paragraphs[0]);
      if (i > 0 && (kind === 3 || rand() < copies - 0.05)) {
        const other = docs[Math.floor(rand() * i)].split('\n');
        // Edit rates up to 12% give resemblances down to about 0.45, around the 0.5 threshold.
        paragraphs.push(edit(rand, model, other[Math.floor(rand() * other.length)], 0.02 + rand() * 0.1));
      }
    }
    stories.push(story);
    docs.push(paragraphs.join('\n'));
  }
  return docs.map((text, i) => ({ name: `synthetic-${i}.txt`, text }));
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(0);
}

// The analysis part of the API on a core of its own, so that the WebAssembly heap of each size
// can be read (it only grows: its size after the call is the peak).
async function freshConcord() {
  const core = await createConcordCore();
  return { concord: bindAnalyze(createWire(core)), heapBytes: () => core.HEAP8.byteLength };
}

if (args.write) {
  const { writeFileSync } = await import('node:fs');
  const write = (name, docs) => writeFileSync(`${args.write}-${name}.bin`, docs.map((d) => d.text).join('\0'));
  for (const n of SIZES) write(`plain-${n}`, corpus(n, 42 + n));
  for (const n of HELD_OUT) write(`fragments-${n}`, articleSet(n, { seed: 7, mix: 'fragments' }));
  process.exit(0);
}

const rows = [];
for (const n of SIZES) {
  const { concord, heapBytes } = await freshConcord();
  const docs = corpus(n, 42 + n);
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  globalThis.gc?.();
  const phases = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const analysis = concord.analyze(docs, { onProgress: (f) => phases.push(f) });
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this (single-threaded) call: what wall time would be on an idle machine.
  const { user, system } = process.cpuUsage(cpu);
  const related = analysis.pairs.filter((p) => p.level !== 'unrelated').length;
  rows.push({
    documents: n,
    MB: (bytes / 1e6).toFixed(1),
    seconds: seconds.toFixed(2),
    'CPU s': ((user + system) / 1e6).toFixed(2),
    groups: analysis.duplicateGroups.length,
    'near groups': analysis.duplicateGroups.filter((g) => g.kind === 'near').length,
    passages: analysis.passages.length,
    'related pairs': related,
    'pairs reported': analysis.pairs.length,
    matrix: analysis.matrix ? `${n}x${n}` : '-',
    clusters: analysis.clusters.length,
    'wasm heap MB': mb(heapBytes()),
    'RSS MB': mb(process.memoryUsage().rss),
    'progress calls': phases.length,
  });
}
console.table(rows);

// Recall of the MinHash/LSH candidates against exhaustive all-pairs verification, as paragraph
// pairs that end up in one group, on a set where 60% of the articles carry a copied paragraph.
const { concord } = await freshConcord();
if (RECALL_DOCS > 0) {
  const docs = corpus(RECALL_DOCS, 7, 0.6);
  const pairsOf = (analysis) => {
    const set = new Set();
    for (const g of analysis.duplicateGroups) {
      for (let x = 0; x < g.members.length; x++)
        for (let y = x + 1; y < g.members.length; y++) {
          const a = g.members[x], b = g.members[y];
          set.add(`${a.doc}/${a.paragraph}-${b.doc}/${b.paragraph}`);
        }
    }
    return set;
  };
  let t = performance.now();
  const fast = concord.analyze(docs, { allPairsUpTo: 0 });
  const fastSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const exact = concord.analyze(docs, { allPairsUpTo: 0, exhaustive: true });
  const exactSeconds = (performance.now() - t) / 1000;
  const truth = pairsOf(exact), found = pairsOf(fast);
  let hit = 0;
  for (const p of truth) if (found.has(p)) hit++;
  console.table([{
    documents: RECALL_DOCS,
    'near threshold': 0.5,
    'paragraph pairs (exhaustive)': truth.size,
    'found by LSH': hit,
    recall: truth.size ? (hit / truth.size).toFixed(4) : '1',
    'LSH s': fastSeconds.toFixed(2),
    'exhaustive s': exactSeconds.toFixed(2),
    'verified (LSH / exhaustive)': `${fast.stats.paragraphPairsVerified} / ${exact.stats.paragraphPairsVerified}`,
  }]);
}
// Related pairs that the candidate path of large sets (shared passages, shared signature terms)
// finds, against scoring every pair as sets up to matrixUpTo documents do.
if (PAIR_RECALL_DOCS > 0) {
  const docs = corpus(PAIR_RECALL_DOCS, 11);
  const related = (analysis) => new Set(analysis.pairs.filter((p) => p.level !== 'unrelated').map((p) => `${p.a}-${p.b}`));
  const all = related(concord.analyze(docs, { allPairsUpTo: 0 }));
  const candidates = related(concord.analyze(docs, { allPairsUpTo: 0, matrixUpTo: 0 }));
  let hit = 0;
  for (const p of all) if (candidates.has(p)) hit++;
  console.table([{
    documents: PAIR_RECALL_DOCS,
    'related pairs (every pair scored)': all.size,
    'found by candidates': hit,
    recall: all.size ? (hit / all.size).toFixed(4) : '1',
    'extra (not related when all scored)': candidates.size - hit,
  }]);
}
// Held-out-like sets (issue 13): documents that share fragments. Recall: of the pairs whose exact
// 3-shingle Jaccard is >= 0.5 (similarPairs), those reported with resemblance >= 0.5.
const heldOut = [];
for (const n of HELD_OUT) {
  const docs = articleSet(n, { seed: 7, mix: 'fragments' });
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  const { concord: fresh, heapBytes } = await freshConcord();
  globalThis.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let analysis;
  try {
    analysis = fresh.analyze(docs);
  } catch (error) {
    // A set over the engine's memory budget is refused before any work: said, not measured.
    heldOut.push({ documents: n, MB: (bytes / 1e6).toFixed(1), refused: error.message });
    continue;
  }
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const heap = heapBytes();
  const reported = new Map(analysis.pairs.map((p) => [`${Math.min(p.a, p.b)}-${Math.max(p.a, p.b)}`, p]));
  const truth = similarPairs(shingleSets(docs), 0.5);
  let hit = 0, rewritten = 0;
  for (const key of truth.keys()) {
    const pair = reported.get(key);
    if (pair && pair.scores.resemblance >= 0.5) hit++;
    if (pair?.level === 'rewritten') rewritten++;
  }
  heldOut.push({
    documents: n,
    MB: (bytes / 1e6).toFixed(1),
    seconds: seconds.toFixed(2),
    'CPU s': ((user + system) / 1e6).toFixed(2),
    'wasm heap MB': mb(heap),
    'heap bytes per input byte': (heap / bytes).toFixed(2),
    'pairs J >= 0.5': truth.size,
    'reported, resemblance >= 0.5': hit,
    recall: truth.size ? (hit / truth.size).toFixed(4) : '1',
    'of them "rewritten"': rewritten,
    'related pairs': analysis.pairs.filter((p) => p.level !== 'unrelated').length,
  });
}
if (heldOut.length) {
  console.log('Held-out-like sets (bench/analyze-data.mjs, mix fragments, seed 7):');
  console.table(heldOut);
}
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ` +
    `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
);
