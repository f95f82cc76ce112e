#!/usr/bin/env node
// Measures analyze() of many articles in a real browser tab, through the page's own engine
// worker (web/app/engine.js: texts sent in slices, the call, the result's arrays in parts), as
// the page's Overview runs it: wall and CPU time, the worker's WebAssembly heap after the call
// (it never shrinks: the call's peak) and the tab's peak memory (the renderer process, which
// holds the page, its workers and their heaps). Articles are bench/analyze-data.mjs's
// articleSet (the set bench/js/analyze.mjs measures in Node), written to a JSON Lines file that
// the page reads through a file input, as it reads a file a person chooses.
//   node scripts/measure-tab-analyze.mjs [--documents 100000]
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleSet } from '../bench/analyze-data.mjs';
import { startHarness } from '../tests/browser/harness.mjs';

const arg = process.argv.indexOf('--documents');
const count = arg > 0 ? Number(process.argv[arg + 1]) : 100000;
const folder = mkdtempSync(join(tmpdir(), 'concord-tab-'));
const file = join(folder, 'articles.jsonl');
const docs = articleSet(count);
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
docs.length = 0;

/** The pids of Chromium's renderer processes (one per tab here, with its workers). */
function rendererPids() {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (command.includes('chromium') && command.includes('--type=renderer')) pids.push(Number(name));
    } catch { /* gone */ }
  }
  return pids;
}

/** {rss bytes, cpu seconds} of a process, from /proc. */
function usage(pid) {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { rss, cpu: (Number(fields[11]) + Number(fields[12])) / 100 }; // utime + stime, in ticks of 10 ms
  } catch {
    return { rss: 0, cpu: 0 };
  }
}

const harness = await startHarness();
try {
  const page = await harness.newPage();
  // Every renderer (one tab here; a spare renderer Chromium keeps ready adds little).
  const tab = rendererPids();
  let peak = 0;
  const sampler = setInterval(() => { for (const pid of tab) peak = Math.max(peak, usage(pid).rss); }, 200);
  // The page reads the file a person would choose; nothing crosses the test protocol but its path.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'measure-input';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#measure-input', file);
  const cpuBefore = tab.reduce((sum, pid) => sum + usage(pid).cpu, 0);
  const result = await page.evaluate(async () => {
    const lines = (await document.querySelector('#measure-input').files[0].text()).split('\n');
    const documents = lines.filter((line) => line).map((line) => JSON.parse(line));
    const { WorkerEngine } = await import('./app/engine.js');
    const engine = new WorkerEngine();
    const options = {}; // the page's defaults
    const heapBefore = await engine.call('heapBytes', [{}]);
    const started = performance.now();
    const analysis = await engine.call('analyze', [documents, options]);
    const seconds = (performance.now() - started) / 1000;
    const heap = await engine.call('heapBytes', [{}]);
    return {
      documents: documents.length, seconds, heapBefore, heap,
      groups: analysis.duplicateGroups.length, passages: analysis.passages.length,
      related: analysis.pairs.filter((p) => p.level !== 'unrelated').length,
      clusters: analysis.clusters.length, matrix: Boolean(analysis.matrix),
    };
  });
  clearInterval(sampler);
  for (const pid of tab) peak = Math.max(peak, usage(pid).rss);
  const cpu = tab.reduce((sum, pid) => sum + usage(pid).cpu, 0) - cpuBefore;
  const mb = (n) => (n / 2 ** 20).toFixed(0);
  console.log(`| documents | MB | wall s | tab CPU s | groups | passages | related pairs | clusters | wasm heap MB | tab peak RSS MB |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  console.log(`| ${result.documents.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} | ${result.seconds.toFixed(1)} | ${cpu.toFixed(1)} | ` +
    `${result.groups.toLocaleString('en')} | ${result.passages.toLocaleString('en')} | ${result.related.toLocaleString('en')} | ` +
    `${result.clusters.toLocaleString('en')} | ${mb(result.heap)} | ${mb(peak)} |`);
  console.log(`heap before the call ${mb(result.heapBefore)} MB; renderer processes sampled: ${tab.length}; ` +
    `tab CPU is the renderer's user + system time from reading the file to the result (parsing the lines included)`);
  if (page.problems.length) console.log('page problems:', page.problems.join('; '));
} finally {
  await harness.close();
  rmSync(folder, { recursive: true, force: true });
}
