#!/usr/bin/env node
// The command line end to end against GNU diff as a process, on bench/data.mjs's line cases
// (license pairs, near-identical and unrelated 100 KB–10 MB pairs with many repeated lines): the
// wall time of `diff -u A B`, of the native `build/concord diff A B` and of the Node CLI
// (`node scripts/concord diff A B`), output to a file, in interleaved rounds; medians and the
// ratio native / GNU diff (issue 13 item 2's target: ≤ 2). Prints a Markdown table.
//   node scripts/measure-cli.mjs [--rounds 7] [--sizes 1e5,1e6,1e7] [--no-node]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineCases } from '../bench/data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', 7));
const sizes = option('--sizes', '1e5,1e6,1e7').split(',').map(Number);
const native = join(root, 'build/concord');
if (!existsSync(native)) throw new Error(`${native} is not built: run scripts/build native`);

const dir = mkdtempSync(join(tmpdir(), 'concord-measure-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, 'out');

/** Milliseconds of one run of `command args`, its standard output written to `out`. */
function timed(command, args) {
  const fd = openSync(out, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', fd, 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}`);
  return ms;
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const runners = {
  gnu: (a, b) => ['diff', ['-u', a, b]],
  native: (a, b) => [native, ['diff', a, b]],
  ...(argv.includes('--no-node') ? {} : { node: (a, b) => [process.execPath, [join(root, 'scripts/concord'), 'diff', a, b]] }),
};

console.log('| pair | lines A / B | GNU `diff -u` | native `concord diff` | native / GNU | Node CLI |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
let worst = 0;
for (const { name, a, b } of lineCases({ sizes })) {
  const [fileA, fileB] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  writeFileSync(fileA, a);
  writeFileSync(fileB, b);
  // The native CLI prints what the Node CLI prints: checked once per pair.
  if (runners.node) {
    timed(...runners.native(fileA, fileB));
    const nativeOut = readFileSync(out);
    timed(...runners.node(fileA, fileB));
    if (!nativeOut.equals(readFileSync(out))) throw new Error(`${name}: the native and Node CLIs print different patches`);
  }
  const times = Object.fromEntries(Object.keys(runners).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [key, runner] of Object.entries(runners)) times[key].push(timed(...runner(fileA, fileB)));
  }
  const [gnu, nat] = [median(times.gnu), median(times.native)];
  worst = Math.max(worst, nat / gnu);
  const lines = (text) => text.split('\n').length - 1;
  const node = times.node ? `${median(times.node).toFixed(1)} ms` : '–';
  console.log(`| ${name} | ${lines(a)} / ${lines(b)} | ${gnu.toFixed(1)} ms | ${nat.toFixed(1)} ms | ${(nat / gnu).toFixed(2)}× | ${node} |`);
}
console.log(`\nMedians of ${rounds} interleaved rounds; worst native / GNU ratio ${worst.toFixed(2)}×.`);
