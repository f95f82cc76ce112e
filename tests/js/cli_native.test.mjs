// The native CLI (build/concord) answers exactly as the Node CLI does: the same stdout bytes, the
// same stderr and the same exit code for every command, whether it runs the command itself (the
// unified diff) or hands it to the Node CLI; and scripts/concord, run as a command, prefers it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE, NODE, NODE_CLI, runCli } from './cli_runners.mjs';

const [nodeCli, nativeCli] = [NODE, NATIVE];
const dir = mkdtempSync(join(tmpdir(), 'concord-native-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/analyze/${name}`, import.meta.url));

function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const lines = (n, edit) => Array.from({ length: n }, (_, i) => (edit(i) ? `changed ${i}\n` : `line ${i % 17}\n`)).join('');
const a = write('a.txt', lines(400, () => false));
const b = write('b.txt', lines(400, (i) => i % 61 === 7));
const noFinalNewline = write('no newline.txt', 'one\ntwo');
const crlf = write('crlf.txt', 'one\r\ntwo\r\n');
const bom = write('bom.txt', '\ufeffone\ntwo\n');
// Each a different way to be invalid UTF-8: a cut sequence, an overlong '/', a UTF-16
// surrogate, a code point above U+10FFFF.
const invalid = write('invalid.txt', Buffer.from([0x6f, 0x6b, 0x0a, 0xc3, 0x28, 0x0a]));
const overlong = write('overlong.txt', Buffer.from([0xc0, 0xaf, 0x0a]));
const surrogate = write('surrogate.txt', Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a]));
const tooHigh = write('too-high.txt', Buffer.from([0x61, 0xf4, 0x90, 0x80, 0x80, 0x0a]));
const binary = write('binary.bin', Buffer.from([0x41, 0x00, 0x42]));
const folder = join(dir, 'folder');
mkdirSync(folder);
const cleanDir = join(dir, 'clean');
mkdirSync(cleanDir);
writeFileSync(join(cleanDir, 'story_a.txt'), 'already here');

// Every kind of answer: the native diff, its -U spellings, equal files, each handed-over output,
// help and usage errors, each refusal and warning, stdin, analyze and its --clean-dir refusal.
const invocations = {
  'diff A B': [['diff', a, b]],
  'diff -U 0': [['diff', '-U', '0', a, b]],
  'diff -U=1 --unified 7 (-U wins)': [['diff', '-U=1', '--unified', '7', a, b]],
  'diff --unified=2 after the files': [['diff', a, b, '--unified=2']],
  'diff of equal files': [['diff', a, a]],
  'diff with no final newline, CRLF and a BOM': [['diff', noFinalNewline, crlf], ['diff', bom, crlf]],
  'diff with a space in the name': [['diff', noFinalNewline, a]],
  'diff --json, --stats, --compare, --html': [['diff', '--json', a, b], ['diff', '--stats', a, b], ['diff', '--compare', a, b], ['diff', '--html', a, b]],
  'diff -U with a bad or missing value': [['diff', '-U', 'x', a, b], ['diff', '-U', '0x10', a, b], ['diff', a, b, '-U'], ['diff', '-U=', a, b]],
  'diff with one, three or no files': [['diff', a], ['diff', a, b, a], ['diff']],
  'diff of a missing file, a folder, a binary file': [['diff', join(dir, 'missing'), a], ['diff', a, folder], ['diff', binary, a]],
  'diff of invalid UTF-8 (warning, U+FFFD)': [['diff', invalid, a], ['diff', a, overlong], ['diff', surrogate, a], ['diff', a, tooHigh]],
  'diff of valid UTF-8 up to four bytes': [['diff', write('utf8.txt', 'é ß\n日本\n😀 \u{10FFFF}\n'), a]],
  'diff --unit=word, --help, unknown flag': [['diff', '--unit=word', a, b], ['diff', '--help'], ['diff', '--frobnicate', a, b]],
  'no command, --help, unknown command': [[], ['--help'], ['frobnicate']],
  'analyze, --json, --clean-dir refusal': [
    ['analyze', fixture('story_a.txt'), fixture('story_a_edited.txt')],
    ['analyze', '--json', fixture('story_a.txt'), fixture('garden.txt')],
    ['analyze', fixture('story_a.txt'), `--clean-dir=${cleanDir}`],
  ],
};

for (const [name, runs] of Object.entries(invocations)) {
  test(`native and Node CLIs give the same bytes and exit code: ${name}`, () => {
    for (const args of runs) {
      const [expected, actual] = [nodeCli, nativeCli].map((cli) => runCli(cli, args, { encoding: 'buffer' }));
      // analyze --json says how long it took: the one field that differs from run to run.
      const stdout = (r) => r.stdout.toString('latin1').replace(/"milliseconds": [\d.e+-]+/g, '"milliseconds": (time)');
      const show = (r) => ({ status: r.status, signal: r.signal, stdout: stdout(r), stderr: r.stderr.toString() });
      assert.deepEqual(show(actual), show(expected), `concord ${args.join(' ')}`);
    }
  });
}

test('native and Node CLIs read standard input alike', () => {
  const runs = [nodeCli, nativeCli].map((cli) => runCli(cli, ['diff', '-', b], { input: 'line 0\nline 1\n' }));
  assert.equal(runs[0].status, 1);
  assert.deepEqual(runs[1], { ...runs[0], pid: runs[1].pid });
});

// With no node to hand over to, what still works is what the native CLI runs itself.
test('the native CLI runs the unified diff itself and hands the rest to node', () => {
  const env = { CONCORD_NODE: join(dir, 'no-node-here') };
  const diff = runCli(nativeCli, ['diff', '-U', '1', a, b], { env });
  assert.equal(diff.status, 1, diff.stderr);
  assert.equal(diff.stdout, runCli(nodeCli, ['diff', '-U', '1', a, b]).stdout);
  assert.match(diff.stdout, /^--- a\//);
  const stats = runCli(nativeCli, ['diff', '--stats', a, b], { env });
  assert.equal(stats.status, 2);
  assert.match(stats.stderr, /runs in the Node CLI, and '.*no-node-here .*concord' could not be started/);
});

test('scripts/concord as a command takes the native CLI when built; CONCORD_CLI=node takes Node', () => {
  const env = { ...process.env, CONCORD_NODE: join(dir, 'no-node-here') };
  const viaWrapper = (extra) => runCli({ command: NODE_CLI, prefix: [] }, ['diff', '--stats', a, b], { env: { ...env, ...extra } });
  // The native CLI is the one that needs CONCORD_NODE to hand --stats over, and fails without it.
  assert.match(viaWrapper({ CONCORD_CLI: '' }).stderr, /could not be started/);
  assert.match(viaWrapper({ CONCORD_CLI: 'native' }).stderr, /could not be started/);
  const node = viaWrapper({ CONCORD_CLI: 'node' });
  assert.equal(node.status, 1, node.stderr);
  assert.match(node.stdout, /^lines: /);
});
