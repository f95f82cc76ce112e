// Benchmark of the lineage and attribution of concord.analyze() through the JS API in Node (the
// page's WebAssembly core), on a synthetic set of revised articles generated deterministically:
// stories of 24 to 36 sentences, each with 5 versions; every version after the first is made
// from an earlier version of its story (so families are chains and trees): about 15% of its
// sentences reworded (a third of their words replaced), one or two sentences added, one dropped.
// The lineage cost is the time of analyze() minus that of analyze({lineage: false}) on the
// same set (wall and this process's CPU: on a loaded machine the CPU is the figure to trust);
// "parents found" is the share of true (version, made-from) pairs that are lineage edges.
//
//   node --expose-gc bench/js/lineage.mjs [--sizes=1000] [--versions=5]
import os from 'node:os';
import createConcordCore from '../../web/generated/concord-core.mjs';
import { bindAnalyze } from '../../web/lib/analyze.js';
import { createWire } from '../../web/lib/wire.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SIZES = (args.sizes ?? '1000').split(',').map(Number);
const VERSIONS = Number(args.versions ?? 5);

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syllables(rand, count) {
  const c = 'bdfgklmnprstvz', v = 'aeiou';
  let out = '';
  for (let i = 0; i < count; i++) out += c[Math.floor(rand() * c.length)] + v[Math.floor(rand() * v.length)];
  return out;
}

// A Zipf vocabulary of 6,000 made-up words, the same every run.
function vocabulary(rand) {
  const words = Array.from({ length: 6000 }, (_, r) => syllables(rand, 1 + (r % 3)));
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) cumulative.push((total += 1 / r));
  return () => {
    const x = rand() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function sentence(rand, draw, names) {
  const words = Array.from({ length: 12 + Math.floor(rand() * 10) }, () => (rand() < 0.12 ? names[Math.floor(rand() * names.length)] : draw()));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function reword(rand, draw, s) {
  return s.slice(0, -1).split(' ').map((w, i) => (i > 0 && rand() < 0.33 ? draw() : w)).join(' ') + '.';
}

function text(sentences) {
  const out = [];
  for (let i = 0; i < sentences.length; i += 4) out.push(sentences.slice(i, i + 4).join(' '));
  return out.join('\n\n');
}

function corpus(n, seed) {
  const rand = random(seed);
  const draw = vocabulary(rand);
  const docs = [];
  const parents = []; // [version, made-from] document indices
  while (docs.length < n) {
    const names = Array.from({ length: 5 }, () => syllables(rand, 3).replace(/^./, (c) => c.toUpperCase()));
    const family = [Array.from({ length: 24 + Math.floor(rand() * 13) }, () => sentence(rand, draw, names))];
    const familyStart = docs.length;
    docs.push(text(family[0]));
    for (let v = 1; v < VERSIONS && docs.length < n; v++) {
      const from = Math.floor(rand() * family.length);
      const next = family[from].map((s) => (rand() < 0.15 ? reword(rand, draw, s) : s));
      next.splice(Math.floor(rand() * next.length), 1);
      for (let k = 0; k < 1 + Math.floor(rand() * 2); k++) next.splice(Math.floor(rand() * next.length), 0, sentence(rand, draw, names));
      family.push(next);
      parents.push([docs.length, familyStart + from]);
      docs.push(text(next));
    }
  }
  // Shuffled, so nothing follows from the order.
  const order = docs.map((_, i) => i).sort(() => rand() - 0.5);
  const position = new Map(order.map((d, i) => [d, i]));
  return { texts: order.map((d) => docs[d]), parents: parents.map(([v, p]) => [position.get(v), position.get(p)]) };
}

function timed(run) {
  globalThis.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(cpu);
  return { result, seconds: (performance.now() - started) / 1000, cpu: (user + system) / 1e6 };
}

const core = await createConcordCore();
const concord = bindAnalyze(createWire(core));
console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), Node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| documents | MB | analyze without lineage s (wall / CPU) | with lineage s (wall / CPU) | lineage + attribution s (wall / CPU) | edges | directed | parents found | sentences attributed | wasm heap MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of SIZES) {
  const { texts, parents } = corpus(n, 1234 + n);
  const bytes = texts.reduce((sum, t) => sum + t.length, 0);
  concord.analyze(texts.slice(0, 20)); // warm-up: compile and tier up the module
  const without = timed(() => concord.analyze(texts, { lineage: false }));
  const withLineage = timed(() => concord.analyze(texts));
  const { lineage, attribution } = withLineage.result;
  const edges = new Set(lineage.edges.map((e) => `${Math.min(e.from, e.to)},${Math.max(e.from, e.to)}`));
  const found = parents.filter(([v, p]) => edges.has(`${Math.min(v, p)},${Math.max(v, p)}`)).length;
  const sentences = attribution.reduce((sum, a) => sum + a.sentences.length, 0);
  console.log(`| ${n.toLocaleString('en-US')} | ${(bytes / 1e6).toFixed(1)} | ${without.seconds.toFixed(2)} / ${without.cpu.toFixed(2)} | ${withLineage.seconds.toFixed(2)} / ${withLineage.cpu.toFixed(2)} | ` +
    `${(withLineage.seconds - without.seconds).toFixed(2)} / ${(withLineage.cpu - without.cpu).toFixed(2)} | ${lineage.edges.length} | ${lineage.edges.filter((e) => e.directed).length} | ` +
    `${found} of ${parents.length} (${Math.round((100 * found) / parents.length)}%) | ${sentences.toLocaleString('en-US')} | ${Math.round(core.HEAP8.byteLength / 1e6)} |`);
}
console.log(`load after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
