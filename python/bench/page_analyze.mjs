// The page's analyze() (web/concord.js) on a JSON Lines corpus, for comparison with the corpus
// pipeline: prints {"documents", "seconds", "cpuSeconds", "clusters", "rssMB"} as JSON (CPU time
// of the process, as the pipeline's figures are, since the machine is shared).
//
//   node python/bench/page_analyze.mjs corpus.jsonl
import { readFileSync } from 'node:fs';
import { createConcord } from '../../web/concord.js';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim());
const documents = lines.map((l) => { const r = JSON.parse(l); return { name: String(r.id), text: r.text }; });
const concord = await createConcord();
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
const started = performance.now();
const cpu = process.cpuUsage();
const analysis = concord.analyze(documents);
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({
  documents: documents.length, seconds, cpuSeconds, clusters: analysis.clusters.length,
  documentsInClusters: analysis.clusters.reduce((n, c) => n + c.length, 0), rssMB: peak / 2 ** 20,
}) + '\n');
