// Interleaved rounds: every tool of a case runs once per round, in an order that rotates from
// round to round, so that a change of machine load (other processes on a shared machine) hits
// all tools alike. The ratio of a peer to the baseline is the median of its per-round ratios,
// which is steadier under drifting load than a ratio of two best times taken seconds apart.
//
//   import { interleave, median } from '../rounds.mjs';
//   const result = interleave([{ name: 'mine', run: () => f(a, b) }, { name: 'peer', run: () => g(a, b) }],
//                             { baseline: 'mine', rounds: 15, budgetMs: 3000 });
//   result.mine.wall;  result.peer.ratio;  // median ms; median of peer / mine per round
//
// A tool whose run returns `undefined` gave up (a peer's own time limit): it leaves the rounds and
// is reported as cut off. A tool whose first run takes longer than `capMs` runs only once.
import { performance } from 'node:perf_hooks';

/** Median of a list of numbers (NaN when empty). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// One timed run: wall and this process's CPU milliseconds.
function timed(run) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, value };
}

/**
 * Runs `tools` ({name, run, process?: true when the time is a child process's}) in interleaved
 * rounds until `rounds` rounds or `budgetMs` of wall time, after one warm-up run each. Returns
 * {[name]: {wall, cpu, runs, cutOff, ratio, ratios}} with medians; `ratio` is relative to
 * `baseline` (the baseline's own is 1).
 */
export function interleave(tools, { baseline, rounds = 15, minRounds = 3, budgetMs = 3000, capMs = 5000 } = {}) {
  const stats = Object.fromEntries(tools.map((t) => [t.name, { walls: [], cpus: [], cutOff: false, once: false }]));
  for (const tool of tools) {
    // Warm-up (JIT tier-up, caches); a slow or cut-off tool stops here.
    const first = timed(tool.run);
    const s = stats[tool.name];
    if (first.value === undefined) s.cutOff = true;
    else if (first.wall > capMs) s.once = true, s.walls.push(first.wall), s.cpus.push(first.cpu);
  }
  const start = performance.now();
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    if (r >= minRounds && performance.now() - start > budgetMs) break;
    globalThis.gc?.(); // Between rounds, never inside one: a collection is no tool's cost.
    const round = {};
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(k + r) % tools.length];
      const s = stats[tool.name];
      if (s.cutOff || s.once) continue;
      const t = timed(tool.run);
      if (t.value === undefined) {
        s.cutOff = true;
        continue;
      }
      s.walls.push(t.wall);
      s.cpus.push(t.cpu);
      round[tool.name] = t.wall;
    }
    perRound.push(round);
  }
  const out = {};
  for (const tool of tools) {
    const s = stats[tool.name];
    const ratios = perRound.filter((round) => round[tool.name] !== undefined && round[baseline] > 0)
      .map((round) => round[tool.name] / round[baseline]);
    const wall = median(s.walls);
    out[tool.name] = {
      wall,
      cpu: median(s.cpus),
      runs: s.walls.length,
      cutOff: s.cutOff,
      ratios,
      ratio: s.once ? wall / median(stats[baseline].walls) : median(ratios),
    };
  }
  return out;
}
