#!/usr/bin/env node
// Measures the sentence alignment of two 10,000-word articles in the page, where the pair view
// runs it: in the engine's Web Worker (app/engine-worker.js starts it as the page does), in
// headless Chromium. The articles are bench/js/align.mjs's (bench/js/align-texts.mjs). Two calls:
// `align` (the API's align(): paragraph rows and sentence links, what issue 9's target is about)
// and `$rewritePair` (what Compare two asks for a rewrite: align(), the moved paragraphs faced,
// analyze() of the two for their shared phrases, packed for the view). Prints, per call, the
// median and fastest wall time seen by the page (message to answer) and the median CPU time of
// the worker's thread (its /proc schedstat, nanoseconds: on a loaded machine wall time is mostly
// waiting for a core). One warm-up call each, then --runs.
//   node scripts/measure-align.mjs [--runs 9] [--words 10000]
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { alignTexts } from '../bench/js/align-texts.mjs';
import { startHarness } from '../tests/browser/harness.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', 9));
const { a, b } = alignTexts(Number(arg('--words', 10000)));

// Threads of Chromium's processes named like a dedicated worker's: [{path, name}].
function workerThreads() {
  const threads = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline = '';
    try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!cmdline.includes('chromium') || !cmdline.includes('--type=renderer')) continue;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      if (/DedicatedWorker/i.test(name)) threads.push({ path: `/proc/${pid}/task/${tid}/schedstat`, name });
    }
  }
  return threads;
}
// CPU nanoseconds of every worker thread now: path -> ns (threads come and go between readings).
function workerCpu() {
  const ns = new Map();
  for (const thread of workerThreads()) {
    try { ns.set(thread.path, Number(readFileSync(thread.path, 'utf8').split(' ')[0])); } catch { /* ended */ }
  }
  return ns;
}

const harness = await startHarness();
try {
  const page = await harness.newPage();
  await page.evaluate(async () => {
    const { startEngineWorker } = await import('./app/engine-worker.js');
    const worker = startEngineWorker();
    let next = 1;
    globalThis.measureCall = (method, args) => new Promise((resolve, reject) => {
      const id = `measure-${next++}`;
      const started = performance.now();
      const onMessage = ({ data }) => {
        if (data.id !== id || !('result' in data || 'error' in data)) return;
        worker.removeEventListener('message', onMessage);
        if ('error' in data) reject(new Error(data.error));
        else resolve({ ms: performance.now() - started, summary: data.result?.sentenceLinks?.length ?? null });
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id, method, args });
    });
    await globalThis.measureCall('profile', ['warm-up', {}]);
  });
  console.log(`Chromium ${harness.browser.version()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('| call | a words | b words | median wall ms | fastest wall ms | median worker CPU ms | runs |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const words = (text) => text.split(/\s+/).filter(Boolean).length;
  for (const method of ['align', '$rewritePair']) {
    const args = [a, b, {}];
    await page.evaluate(([m, x]) => globalThis.measureCall(m, x), [method, args]); // warm-up
    const walls = [], cpus = [];
    for (let r = 0; r < runs; r++) {
      const start = workerCpu();
      const { ms } = await page.evaluate(([m, x]) => globalThis.measureCall(m, x), [method, args]);
      // The page's own engine worker runs too; the thread measured is the one that worked.
      const used = [...workerCpu()].map(([path, ns]) => ns - (start.get(path) ?? ns));
      walls.push(ms);
      cpus.push(Math.max(0, ...used) / 1e6);
    }
    const sorted = (list) => [...list].sort((x, y) => x - y);
    const median = (list) => sorted(list)[Math.floor(list.length / 2)];
    console.log(`| ${method} | ${words(a)} | ${words(b)} | ${median(walls).toFixed(1)} | ${sorted(walls)[0].toFixed(1)} | ${median(cpus).toFixed(1)} | ${runs} |`);
  }
  console.log(`load after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (page.problems.length) console.log(`page problems: ${page.problems.join('; ')}`);
} finally {
  await harness.close();
}
