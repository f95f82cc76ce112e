// Patches from the API and the CLI carry headers both `patch -p1` and `git apply` read: a/ and b/
// prefixes, and C-style quotes around names with spaces or special characters. Each patch is
// applied with no file named on the command line, so the tools go by the headers alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConcord } from '../../web/concord.js';

const CLI = fileURLToPath(new URL('../../scripts/concord', import.meta.url));
const concord = await createConcord();
const OLD = 'The harbour wall\nwill be rebuilt\nnext spring.\nWork starts in March.\n';
const NEW = 'The harbour wall\nwill be rebuilt\nnext summer.\nWork starts in March.\nIt costs 4.4 million.\n';

/** A fresh git repository holding `files` ({path: text}). */
function repository(files) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-patch-'));
  execFileSync('git', ['init', '-q', dir]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Applies `patch` in a repository holding `files` with `tool`; returns the text of `target`. */
function apply(tool, patch, files, target) {
  const dir = repository(files);
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}.diff`), patch);
  const patchFile = join(dir, '..', `${dir.split('/').pop()}.diff`);
  if (tool === 'git') execFileSync('git', ['apply', patchFile], { cwd: dir, stdio: 'pipe' });
  else execFileSync('patch', ['-p1', '-s', '-i', patchFile], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, target), 'utf8');
}

const NAMES = ['notes.txt', 'my notes.txt', 'draft "final" v2.txt', 'back\\slash.txt', 'café au lait.txt', 'dir with space/inner file.txt'];

for (const name of NAMES) {
  test(`API, same name on both sides (${name}): patch -p1 and git apply turn the file into the new text`, () => {
    const patch = concord.unifiedDiff(OLD, NEW, { leftName: name, rightName: name });
    for (const tool of ['patch', 'git']) assert.equal(apply(tool, patch, { [name]: OLD }, name), NEW, tool);
  });
}

test('API, differing names: patch -p1 changes the left file, git apply the file named after +++ b/', () => {
  const patch = concord.unifiedDiff(OLD, NEW, { leftName: 'draft one.txt', rightName: 'draft two.txt' });
  assert.match(patch, /^--- "a\/draft one\.txt"\n\+\+\+ "b\/draft two\.txt"\n/);
  assert.equal(apply('patch', patch, { 'draft one.txt': OLD }, 'draft one.txt'), NEW);
  assert.equal(apply('git', patch, { 'draft two.txt': OLD }, 'draft two.txt'), NEW);
});

function cliPatch(dir, left, right) {
  const result = spawnSync(process.execPath, [CLI, 'diff', left, right], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  return result.stdout;
}

test('CLI, differing names with spaces: both tools change A, the file the patch turns into B', () => {
  const files = { 'old draft.txt': OLD, 'new draft.txt': NEW };
  const patch = cliPatch(repository(files), 'old draft.txt', 'new draft.txt');
  assert.match(patch, /^--- "a\/old draft\.txt"\n\+\+\+ "b\/old draft\.txt"\n/);
  for (const tool of ['patch', 'git']) assert.equal(apply(tool, patch, files, 'old draft.txt'), NEW, tool);
});

test('CLI, one name in two folders: both tools change the left folder\'s file', () => {
  const files = { 'v1/report.txt': OLD, 'v2/report.txt': NEW };
  const patch = cliPatch(repository(files), 'v1/report.txt', './v2/report.txt');
  assert.match(patch, /^--- a\/v1\/report\.txt\n\+\+\+ b\/v1\/report\.txt\n/);
  for (const tool of ['patch', 'git']) assert.equal(apply(tool, patch, files, 'v1/report.txt'), NEW, tool);
});

test('CLI, a name with a tab and a quote still applies', () => {
  const files = { 'tab\there "q".txt': OLD, 'b.txt': NEW };
  const patch = cliPatch(repository(files), 'tab\there "q".txt', 'b.txt');
  assert.match(patch, /^--- "a\/tab\\there \\"q\\"\.txt"\n/);
  for (const tool of ['patch', 'git']) assert.equal(apply(tool, patch, files, 'tab\there "q".txt'), NEW, tool);
});
