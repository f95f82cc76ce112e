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

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const WORDS = Number(args.words ?? 10000);
const RUNS = Number(args.runs ?? 9);

/** mulberry32: a small seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20261201);
const int = (n) => Math.floor(rand() * n);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const makeWord = (length) => Array.from({ length }, () => LETTERS[int(26)]).join('');
const VOCABULARY = Array.from({ length: 3000 }, () => makeWord(2 + int(9)));
const NAMES = Array.from({ length: 400 }, () => { const w = makeWord(4 + int(6)); return w[0].toUpperCase() + w.slice(1); });
// Zipf-like: index ~ 3000^u, so low indices (stock words) are common.
const pick = () => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.pow(VOCABULARY.length, rand())) - 1)];

function sentence() {
  const words = Array.from({ length: 12 + int(19) }, pick);
  if (rand() < 0.8) words[1 + int(words.length - 1)] = NAMES[int(NAMES.length)];
  if (rand() < 0.6) words[1 + int(words.length - 1)] = String(1 + int(5000));
  return words;
}

function article(words) {
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const paragraph = Array.from({ length: 2 + int(4) }, sentence);
    count += paragraph.reduce((n, s) => n + s.length, 0);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

function rewrite(paragraphs) {
  const out = paragraphs.map(() => []);
  paragraphs.forEach((paragraph, p) => {
    for (const words of paragraph) {
      if (rand() < 0.25) continue;
      const kept = words.map((w) => (rand() < 0.6 ? w : pick()));
      out[rand() < 1 / 6 ? int(out.length) : p].push(kept);
    }
    out[p].push(sentence());
  });
  return out;
}

const render = (paragraphs) =>
  paragraphs.map((p) => p.map((w) => { const s = w.join(' '); return s[0].toUpperCase() + s.slice(1) + '.'; }).join(' ')).join('\n\n') + '\n';

const aParagraphs = article(WORDS);
const a = render(aParagraphs);
const b = render(rewrite(aParagraphs));
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
