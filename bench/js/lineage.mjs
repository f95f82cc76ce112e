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
import { corpus } from './lineage-corpus.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SIZES = (args.sizes ?? '1000').split(',').map(Number);
const VERSIONS = Number(args.versions ?? 5);

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
  const { texts, parents } = corpus(n, 1234 + n, VERSIONS);
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
