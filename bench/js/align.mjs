// Benchmark of concord.align() (sentence-level rewrite alignment) through the JS API in Node,
// against issue 9's target: two 10,000-word articles under 100 ms. The articles are generated
// from a seeded generator (mulberry32), so every run aligns the same texts:
// - a: paragraphs of 2 to 5 sentences of 12 to 30 words, drawn Zipf-like from a 3,000-word
//   vocabulary, with a capitalised name and a number in most sentences;
// - b: a rewrite of a: each sentence keeps 60% of its words (the others replaced by other
//   vocabulary words), one sentence in four is dropped, one in six is moved to a random
//   paragraph, and one new sentence is added per paragraph.
// Prints a table of the median and fastest wall time and the median CPU time of --runs runs
// (after one warm-up).
//
//   node --expose-gc bench/js/align.mjs [--words=10000] [--runs=9]
//   node bench/js/align.mjs --dump=DIR   # writes the two articles to DIR/a.txt, DIR/b.txt and
//                                        # stops (to profile the same texts natively)
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createConcord } from '../../web/concord.js';
import { alignTexts } from './align-texts.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const WORDS = Number(args.words ?? 10000);
const RUNS = Number(args.runs ?? 9);

const { a, b } = alignTexts(WORDS);
if (args.dump) {
  fs.writeFileSync(`${args.dump}/a.txt`, a);
  fs.writeFileSync(`${args.dump}/b.txt`, b);
  process.exit(0);
}
const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

const concord = await createConcord();
let result = concord.align(a, b); // warm-up
const times = [];
const cpuTimes = []; // CPU time of this (single-threaded) process: less sensitive to machine load.
for (let r = 0; r < RUNS; r++) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  result = concord.align(a, b);
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
const sorted = (list) => [...list].sort((x, y) => x - y);
const median = (list) => sorted(list)[Math.floor(list.length / 2)];

console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| a words | b words | a sentences | b sentences | sentence links (likely) | paragraph links (likely) | median ms | fastest ms | median CPU ms | runs |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const likely = (links) => `${links.length} (${links.filter((l) => l.likely).length})`;
console.log(`| ${countWords(a)} | ${countWords(b)} | ${result.sentences.a.length} | ${result.sentences.b.length} | ${likely(result.sentenceLinks)} | ${likely(result.paragraphLinks)} | ${median(times).toFixed(1)} | ${sorted(times)[0].toFixed(1)} | ${median(cpuTimes).toFixed(1)} | ${RUNS} |`);
console.log('\nTarget (issue 9 item 5): sentence alignment of two 10,000-word articles under 100 ms in the page.');
