// Line and word diff benchmark: Concord end to end through its JS API (strings in, result out,
// marshalling included) against jsdiff, diff-match-patch and fast-myers-diff in this same process
// on the same inputs, in interleaved rounds (bench/rounds.mjs), plus GNU diff as a child process
// in the same rounds. Prints Markdown tables of medians and of ratios (peer ÷ Concord diff()),
// then compare() on the same pairs and the issue-13 targets, met or not.
//
//   scripts/bench diff            (or: node --expose-gc bench/js/diff.mjs [--quick] [--only=TEXT])
//
// Inputs come from bench/data.mjs (seeded; docs/bench.md describes them): license pairs, and
// near-identical, unrelated and reordered pairs of 100 KB to 10 MB with distinct, repeated and
// few distinct lines. --quick leaves out 10 MB; --only keeps the cases whose name holds TEXT.
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as jsdiff from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import fastMyers from 'fast-myers-diff';
import { createConcord } from '../../web/concord.js';
import { lineCases, lineCounts, licenseSource, rng, wordPair } from '../data.mjs';
import { interleave } from '../rounds.mjs';

// The probe worker below is a data: URL module, which cannot resolve bare package names.
const FAST_MYERS_URL = pathToFileURL(createRequire(import.meta.url).resolve('fast-myers-diff')).href;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const CAP_MS = 10000; // Longest a peer may take on one run before it is cut off.
const PROBE_MS = 1500; // fast-myers-diff joins the rounds only if a probe run is this fast.

// ---- peers ----
function dmpLines(a, b) {
  const dmp = new DiffMatchPatch(); // Default Diff_Timeout of 1 s, as people use it.
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(a, b);
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  return diffs;
}

function dmpWords(a, b) {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

const splitLines = (t) => t.split('\n');
const splitWords = (t) => t.split(/(\s+)/);
function fastMyersRun(split, a, b) {
  let edits = 0;
  for (const [sx, ex, sy, ey] of fastMyers.diff(split(a), split(b))) edits += ex - sx + ey - sy;
  return edits;
}

// fast-myers-diff has no time limit of its own: one probe run in a worker thread, terminated at
// CAP_MS, decides whether it can join the in-process rounds. Resolves to the probe's ms.
function probeFastMyers(kind, a, b) {
  const source = `
    import { workerData, parentPort } from 'node:worker_threads';
    import fastMyers from '${FAST_MYERS_URL}';
    const { kind, a, b } = workerData;
    const split = kind === 'lines' ? (t) => t.split('\\n') : (t) => t.split(/(\\s+)/);
    const start = performance.now();
    for (const step of fastMyers.diff(split(a), split(b))) void step;
    parentPort.postMessage(performance.now() - start);`;
  return new Promise((resolve) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { kind, a, b } });
    const timer = setTimeout(() => worker.terminate().then(() => resolve(Infinity)), CAP_MS);
    worker.once('message', (ms) => {
      clearTimeout(timer);
      worker.terminate().then(() => resolve(ms));
    });
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(NaN);
    });
  });
}

function gnuDiffTool(dir, a, b) {
  const fa = join(dir, 'a.txt');
  const fb = join(dir, 'b.txt');
  writeFileSync(fa, a);
  writeFileSync(fb, b);
  return () => {
    const run = spawnSync('diff', [fa, fb], { stdio: 'ignore' });
    if (run.error) throw run.error;
    return run.status;
  };
}

// ---- report ----
const ms = (x) => (!Number.isFinite(x) ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
const cell = (r) => (!r ? '—' : r.cutOff ? `> ${CAP_MS / 1000} s (cut off)` : ms(r.wall));
const times = (r) => (!r ? '—' : r.cutOff ? `> ${(CAP_MS / r.base).toFixed(0)}×` : `${r.ratio.toFixed(r.ratio < 10 ? 2 : 1)}×`);
const size = (t) => (t.length >= 1e6 ? `${(t.length / 1e6).toFixed(1)} MB` : `${(t.length / 1e3).toFixed(0)} KB`);
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const concord = await createConcord();
const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
const load = [loadavg()];
const timesRows = [], ratioRows = [], compareRows = [], targets = [];
let cases = lineCases({ sizes: quick ? [1e5, 1e6] : [1e5, 1e6, 1e7] });
if (only) cases = cases.filter((c) => c.name.includes(only));
try {
  for (const c of cases) {
    const A = lineCounts(c.a), B = lineCounts(c.b);
    const tools = [
      { name: 'concord', run: () => concord.diff(c.a, c.b) },
      { name: 'rows', run: () => concord.diff(c.a, c.b).rows },
      { name: 'jsdiff', run: () => jsdiff.diffLines(c.a, c.b, { timeout: CAP_MS }) },
      { name: 'dmp', run: () => dmpLines(c.a, c.b) },
      { name: 'gnu', run: gnuDiffTool(dir, c.a, c.b) },
    ];
    const probe = await probeFastMyers('lines', c.a, c.b);
    if (probe < PROBE_MS) tools.push({ name: 'fastMyers', run: () => fastMyersRun(splitLines, c.a, c.b) });
    const big = c.a.length >= 5e6;
    const r = interleave(tools, { baseline: 'concord', rounds: big ? 7 : 15, budgetMs: big ? 6000 : 2500, capMs: CAP_MS });
    const base = r.concord.wall;
    for (const t of Object.values(r)) t.base = base;
    // Too slow for the rounds: the probe's one run, or cut off.
    const fast = r.fastMyers ?? (probe === Infinity ? { cutOff: true, base } : { wall: probe, ratio: probe / base, base, note: ' (1 run)' });
    const result = concord.diff(c.a, c.b);
    if (result.rowCount !== result.stats.equal + result.stats.removed + result.stats.added) throw new Error(`${c.name}: row count`);
    const s = result.stats;
    const lines = `${A.lines.toLocaleString('en')} (${A.distinct.toLocaleString('en')}) / ${B.lines.toLocaleString('en')} (${B.distinct.toLocaleString('en')})`;
    const edits = `${s.removed}−/${s.added}+${s.minimal ? '' : ' *'}`;
    timesRows.push([c.name, `${size(c.a)} / ${size(c.b)}`, lines, edits, ms(base), ms(r.rows.wall), cell(r.jsdiff), cell(r.dmp), cell(fast) + (fast.note ?? ''), cell(r.gnu)]);
    // What a caller who reads every row waits for: jsdiff against diff().rows (medians).
    const rowsRatio = r.jsdiff.cutOff ? `> ${(CAP_MS / r.rows.wall).toFixed(0)}×` : `${(r.jsdiff.wall / r.rows.wall).toFixed(2)}×`;
    // This process's CPU time, which a loaded machine's waits do not inflate (GNU diff's is a
    // child's, so it has none here).
    const cpuRatio = r.jsdiff.cutOff ? '—' : `${(r.jsdiff.cpu / r.concord.cpu).toFixed(2)}×`;
    ratioRows.push([c.name, times(r.jsdiff), times(r.dmp), times(fast), times(r.gnu), rowsRatio, cpuRatio, `${r.concord.runs}`]);
    if (c.kind === 'near' && c.a.length >= 1e6 && (r.jsdiff.cutOff || r.jsdiff.wall >= 10)) {
      targets.push([`≥ 10× jsdiff: ${c.name}`, r.jsdiff.cutOff || r.jsdiff.ratio >= 10 ? 'met' : 'NOT met', `${times(r.jsdiff)} (CPU: ${cpuRatio}; jsdiff ÷ diff().rows: ${rowsRatio})`]);
    }
    if (c.kind === 'near' && c.a.length >= 1e7) {
      targets.push([`diff() faster than the GNU diff process: ${c.name}`, r.gnu.ratio > 1 ? 'met' : 'NOT met', `GNU diff ${times(r.gnu)}`]);
    }
    // compare() on the same pair: its own rounds (alone: no peer does an aligned comparison).
    const cr = interleave([{ name: 'compare', run: () => concord.compare(c.a, c.b, { unit: 'line' }) }], { baseline: 'compare', rounds: big ? 5 : 9, budgetMs: big ? 5000 : 2000, capMs: 60000 });
    const compared = concord.compare(c.a, c.b, { unit: 'line' });
    compareRows.push([c.name, ms(cr.compare.wall), ms(cr.compare.cpu), `${compared.rows.length.toLocaleString('en')}`, compared.stats.minimal ? 'yes' : 'no', `${cr.compare.runs}`]);
    const limit = c.kind === 'unrelated' && c.name.includes(' 1 MB') ? 300 : c.kind === 'near' && c.a.length >= 1e7 ? 500 : 0;
    if (limit && /repeated|few/.test(c.name)) {
      targets.push([`compare() < ${limit / 1000} s: ${c.name}`, cr.compare.wall < limit ? 'met' : cr.compare.cpu < limit ? 'met in CPU time' : 'NOT met', `${ms(cr.compare.wall)} wall, ${ms(cr.compare.cpu)} CPU`]);
    }
    process.stderr.write(`done: ${c.name}\n`);
  }
  if (!only || 'word-level pair'.includes(only)) {
    const [a, b] = wordPair(rng(25));
    const probe = await probeFastMyers('words', a, b);
    const tools = [
      { name: 'concord', run: () => concord.compare(a, b) },
      { name: 'jsdiff', run: () => jsdiff.diffWords(a, b, { timeout: CAP_MS }) },
      { name: 'dmp', run: () => dmpWords(a, b) },
    ];
    if (probe < PROBE_MS) tools.push({ name: 'fastMyers', run: () => fastMyersRun(splitWords, a, b) });
    const r = interleave(tools, { baseline: 'concord', rounds: 15, budgetMs: 2500 });
    for (const t of Object.values(r)) t.base = r.concord.wall;
    const st = concord.compare(a, b).stats;
    const name = 'word-level pair: compare() / diffWords / chars + cleanupSemantic / word tokens';
    timesRows.push([name, `${size(a)} / ${size(b)}`, '—', `${st.wordsDeleted}−/${st.wordsInserted}+ words`, ms(r.concord.wall), '—', cell(r.jsdiff), cell(r.dmp), cell(r.fastMyers), '—']);
    ratioRows.push([name, times(r.jsdiff), times(r.dmp), times(r.fastMyers), '—', '—', `${(r.jsdiff.cpu / r.concord.cpu).toFixed(2)}×`, `${r.concord.runs}`]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
load.push(loadavg());

console.log('Median wall time per call (interleaved rounds; Concord diff() returns the hunks and counts, its rows built when first read; diff().rows reads every row object):\n');
console.log(table(['case', 'sizes', 'lines (distinct) a / b', 'Concord edits', 'Concord diff()', 'diff().rows', 'jsdiff 9', 'diff-match-patch', 'fast-myers-diff', 'GNU diff (process)'], timesRows));
console.log('\nHow many times longer each peer takes than Concord diff() (median of per-round ratios; > 1: Concord is faster):\n');
console.log(table(['case', 'jsdiff', 'diff-match-patch', 'fast-myers-diff', 'GNU diff', 'jsdiff ÷ diff().rows (medians)', 'jsdiff ÷ diff(), CPU (medians)', 'rounds'], ratioRows));
console.log('\nconcord.compare(a, b, { unit: "line" }), median of its rounds (wall and this process\'s CPU):\n');
console.log(table(['case', 'wall', 'CPU', 'rows', 'minimal', 'rounds'], compareRows));
console.log('\nTargets (issue 13):\n');
console.log(table(['target', 'result', 'figure'], targets));
console.log(`\n* = not minimal (cost limit hit). Lines from ${licenseSource()}. node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}; load average ${load.map((l) => l.map((x) => x.toFixed(2)).join(' / ')).join(' at the start, ')} at the end.`);
