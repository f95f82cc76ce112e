// `concord analyze --clean-dir=DIR` never costs the user a file: it refuses to overwrite an input
// (however DIR names the input's folder) or, unless --overwrite, any file already in DIR, and it
// gives inputs that share a base name a clean copy each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIS, runCli } from './cli_runners.mjs';

const REPEAT = 'The harbour wall will be rebuilt next spring, the council said on Monday evening.';
const texts = {
  one: `${REPEAT}\n\nWork starts in March and should last nine months in all.\n\n${REPEAT}\n`,
  two: `A second story about the library opening hours on Sundays from June.\n\n${REPEAT}\n\n${REPEAT}\n`,
};

/** A folder with inputs/one/notes.txt, inputs/two/notes.txt and inputs/one/other.txt. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'concord-clean-dir-'));
  mkdirSync(join(root, 'one'));
  mkdirSync(join(root, 'two'));
  writeFileSync(join(root, 'one', 'notes.txt'), texts.one);
  writeFileSync(join(root, 'two', 'notes.txt'), texts.two);
  writeFileSync(join(root, 'one', 'other.txt'), texts.two);
  return root;
}

const countRepeats = (text) => text.split(REPEAT).length - 1;

for (const cli of CLIS) {
  const concord = (...args) => runCli(cli, ['analyze', ...args]);

  test(`${cli.name}: the inputs' own folder is refused, and nothing is written`, () => {
    const root = workspace();
    const result = concord(join(root, 'one', 'notes.txt'), join(root, 'one', 'other.txt'), `--clean-dir=${join(root, 'one')}`);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /would overwrite the input .*notes\.txt.*Nothing was written/);
    assert.equal(readFileSync(join(root, 'one', 'notes.txt'), 'utf8'), texts.one);
    assert.equal(readFileSync(join(root, 'one', 'other.txt'), 'utf8'), texts.two);
    assert.deepEqual(readdirSync(join(root, 'one')).sort(), ['notes.txt', 'other.txt']);
  });

  test(`${cli.name}: a link to the inputs' folder and a hard link to an input are refused, even with --overwrite`, () => {
    const root = workspace();
    symlinkSync(join(root, 'one'), join(root, 'alias'));
    const viaLink = concord(join(root, 'one', 'notes.txt'), `--clean-dir=${join(root, 'alias')}`, '--overwrite');
    assert.equal(viaLink.status, 2, viaLink.stderr);
    assert.match(viaLink.stderr, /would overwrite the input/);
    mkdirSync(join(root, 'out'));
    linkSync(join(root, 'two', 'notes.txt'), join(root, 'out', 'notes.txt'));
    const viaHardLink = concord(join(root, 'two', 'notes.txt'), `--clean-dir=${join(root, 'out')}`, '--overwrite');
    assert.equal(viaHardLink.status, 2, viaHardLink.stderr);
    assert.equal(readFileSync(join(root, 'two', 'notes.txt'), 'utf8'), texts.two);
  });

  test(`${cli.name}: inputs with the same base name get a clean copy each`, () => {
    const root = workspace();
    const out = join(root, 'clean');
    const result = concord(join(root, 'one', 'notes.txt'), join(root, 'two', 'notes.txt'), '--json', `--clean-dir=${out}`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['notes (2).txt', 'notes.txt']);
    const first = readFileSync(join(out, 'notes.txt'), 'utf8');
    const second = readFileSync(join(out, 'notes (2).txt'), 'utf8');
    assert.equal(countRepeats(first), 1);
    assert.match(first, /Work starts in March/);
    assert.equal(countRepeats(second), 1);
    assert.match(second, /library opening hours/);
    assert.deepEqual(JSON.parse(result.stdout).cleanCopies.map((c) => c.file), [join(out, 'notes.txt'), join(out, 'notes (2).txt')]);
  });

  test(`${cli.name}: a file already in DIR is kept unless --overwrite, and then nothing at all is written`, () => {
    const root = workspace();
    const out = join(root, 'clean');
    mkdirSync(out);
    writeFileSync(join(out, 'other.txt'), 'precious');
    const refused = concord(join(root, 'one', 'notes.txt'), join(root, 'one', 'other.txt'), `--clean-dir=${out}`);
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /other\.txt already exists; choose an empty folder or add --overwrite/);
    assert.deepEqual(readdirSync(out), ['other.txt']);
    assert.equal(readFileSync(join(out, 'other.txt'), 'utf8'), 'precious');
    const replaced = concord(join(root, 'one', 'notes.txt'), join(root, 'one', 'other.txt'), `--clean-dir=${out}`, '--overwrite');
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.equal(countRepeats(readFileSync(join(out, 'other.txt'), 'utf8')), 1);
  });
}
