// `concord diff A B | patch A` gives B byte for byte, on the awkward pairs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIS, runCli } from './cli_runners.mjs';

const dir = mkdtempSync(join(tmpdir(), 'concord-cli-'));

const pairs = {
  'LF edits': ['one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n', 'one\n2\nthree\nfour\nfive\nsix\nseven\neight\nnine\n'],
  CRLF: ['one\r\ntwo\r\nthree\r\n', 'one\r\nTWO\r\nthree\r\n'],
  'CRLF to LF': ['one\r\ntwo\r\n', 'one\ntwo\n'],
  'missing final newline on the left': ['a\nb', 'a\nb\nc\n'],
  'missing final newline on the right': ['a\nb\n', 'a\nB'],
  'missing final newline on both': ['a\nb', 'a\nc'],
  'lone CR': ['a\rb\rc\r', 'a\rB\rc\r'],
  'empty left': ['', 'new\nfile\n'],
  'empty right': ['old\nfile\n', ''],
  'byte order mark kept': ['\ufeffbom\nline\n', 'bom\nline\n'],
  'non-ASCII': ['café\n日本語\n😀\n', 'cafe\u0301\n日本語\n😀👍\n'],
  'many hunks': [
    Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join(''),
    Array.from({ length: 200 }, (_, i) => (i % 37 === 5 ? `changed ${i}\n` : `line ${i}\n`)).join(''),
  ],
};

for (const cli of CLIS) {
  const concord = (...args) => runCli(cli, args);

  for (const [name, [a, b]] of Object.entries(pairs)) {
    test(`${cli.name}: concord diff A B | patch A gives B: ${name}`, () => {
      const slug = `${cli.name}-${name.replace(/\W+/g, '-')}`;
      const fileA = join(dir, `${slug}.a`);
      const fileB = join(dir, `${slug}.b`);
      writeFileSync(fileA, a);
      writeFileSync(fileB, b);
      const result = concord('diff', fileA, fileB);
      assert.equal(result.status, a === b ? 0 : 1, result.stderr);
      const target = join(dir, `${slug}.patched`);
      copyFileSync(fileA, target);
      execFileSync('patch', ['--quiet', '--force', target], { input: result.stdout });
      assert.deepEqual(readFileSync(target), Buffer.from(b));
    });
  }

  test(`${cli.name}: concord diff --json prints the rows`, () => {
    const fileA = join(dir, `${cli.name}.json.a`);
    const fileB = join(dir, `${cli.name}.json.b`);
    writeFileSync(fileA, 'x\ny\n');
    writeFileSync(fileB, 'x\nz\n');
    const result = JSON.parse(concord('diff', '--json', fileA, fileB).stdout);
    assert.deepEqual(result.rows.map((row) => row.kind), ['equal', 'removed', 'added']);
  });

  test(`${cli.name}: concord reports missing files and binary files clearly`, () => {
    const missing = concord('diff', join(dir, 'nope'), join(dir, `${cli.name}.json.a`));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    const binary = join(dir, `${cli.name}.bin`);
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
    const refused = concord('diff', binary, join(dir, `${cli.name}.json.a`));
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /looks binary/);
    const unknown = concord('frobnicate');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command/);
  });
}
