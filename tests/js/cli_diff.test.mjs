// The `concord diff` command end to end: a child process per run, GNU patch as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIS, runCli } from './cli_runners.mjs';

const dir = mkdtempSync(join(tmpdir(), 'concord-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function write(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const A = 'The first paragraph, kept as it is.\r\nA line that changes a word.\nLast line without newline';
const B = 'The first paragraph, kept as it is.\r\nA line that changed a word.\nLast line without newline\nplus one';

for (const cli of CLIS) {
  const concord = (...args) => runCli(cli, ['diff', ...args]);

  test(`${cli.name}: concord diff A B | patch A gives B byte for byte; exit codes like diff(1)`, () => {
    const a = write(`${cli.name}-a.txt`, A);
    const b = write(`${cli.name}-b.txt`, B);
    const run = concord(a, b);
    assert.equal(run.status, 1);
    execFileSync('patch', ['-s', '--binary', '-o', join(dir, `${cli.name}-out.txt`), a], { input: run.stdout });
    assert.equal(readFileSync(join(dir, `${cli.name}-out.txt`), 'utf8'), B);
    const same = concord(a, a);
    assert.equal(same.status, 0);
    assert.equal(same.stdout, '');
  });

  test(`${cli.name}: concord diff --compare prints the comparison as JSON, --stats one line, --html a page`, () => {
    const a = write(`${cli.name}-c.txt`, A);
    const b = write(`${cli.name}-d.txt`, B);
    const json = JSON.parse(concord('--compare', '--unit=line', a, b).stdout);
    assert.equal(json.unit, 'line');
    assert.deepEqual(json.rows.map((r) => r.kind), ['equal', 'changed', 'equal', 'added']);
    assert.equal(json.stats.changed, 1);
    const stats = concord('--stats', '--unit=line', a, b).stdout;
    // "changes" → "changed" is a character-level change inside a kept word, so only "plus one" is
    // inserted: of 17 + 3 left and 19 + 3 right word and symbol tokens, 40 of 42 are kept.
    assert.equal(stats, 'lines: 2 kept, 1 changed, 1 added, 0 removed, 0 moved; words: 2 inserted, 0 deleted; similarity 95.2%\n');
    const html = concord('--html', a, b).stdout;
    assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes('<del>'));
  });

  test(`${cli.name}: concord diff rejects a bad --unit and binary files with exit code 2`, () => {
    const a = write(`${cli.name}-e.txt`, 'x\n');
    assert.equal(concord('--unit=word', a, a).status, 2);
    const bin = write(`${cli.name}-f.bin`, Buffer.from([1, 0, 2]));
    assert.equal(concord(a, bin).status, 2);
  });
}
