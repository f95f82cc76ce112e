// `concord analyze` through its module and through the real command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConcord } from '../../web/concord.js';
import { run } from '../../scripts/cli/analyze.mjs';
import { CLIS, runCli } from './cli_runners.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = ['story_a.txt', 'story_a_edited.txt', 'story_b_rewrite.txt', 'garden.txt', 'digest.txt'].map((f) =>
  join(root, 'tests/fixtures/analyze', f),
);
const concord = await createConcord();

function sink() {
  let text = '';
  return { write: (chunk) => { text += chunk; }, get text() { return text; } };
}

test('the summary names groups, pairs, clusters and an alignment', async () => {
  const out = sink();
  assert.equal(await run([...fixtures, '--align'], concord, { out, err: sink() }), 0);
  assert.match(out.text, /^5 documents, 527 words\n/);
  assert.match(out.text, /exact ×2: "Mayor Ilse Brandauer cut the ribbon/);
  assert.match(out.text, /story_a\.txt ¶4, story_a\.txt ¶6, story_a_edited\.txt ¶4/);
  assert.match(out.text, /×3 "Comments": story_a\.txt ¶7, story_a\.txt ¶8, story_a_edited\.txt ¶6/);
  assert.match(out.text, /story_a\.txt ↔ story_a_edited\.txt: minor changes/);
  assert.match(out.text, /story_a\.txt ↔ story_b_rewrite\.txt: rewritten/);
  assert.match(out.text, /1: story_a\.txt, story_a_edited\.txt, story_b_rewrite\.txt, digest\.txt\n/);
  assert.match(out.text, /Rewrite alignment of story_a\.txt with story_b_rewrite\.txt:/);
  assert.match(out.text, /¶3 ↔ ¶3 \(0\.\d\d\): Ilse, Brandauer, Westhaven/);
});

test('the summary starts with repeated blocks', async () => {
  const out = sink();
  const files = ['pasted_twice.txt', 'coast_roundup.txt'].map((f) => join(root, 'tests/fixtures/analyze', f));
  await run(files, concord, { out, err: sink() });
  const blocks = out.text.indexOf('Repeated blocks: 2\n');
  assert.ok(blocks > 0 && blocks < out.text.indexOf('Repeated paragraphs'), out.text);
  assert.match(
    out.text,
    /pasted_twice\.txt: paragraphs 3–7 appear again as 10–14 \(to the end: the text is pasted twice, exact, 158 words\)\n/,
  );
  assert.match(out.text, /pasted_twice\.txt: paragraphs 4–6 appear again in coast_roundup\.txt ¶4–6 \(near, 97 words\)\n/);
  assert.match(out.text, /Repeated paragraphs: 5 groups \(5 inside the blocks above\)\n/);
});

test('--align=I,J aligns the files asked for', async () => {
  const out = sink();
  await run([...fixtures, '--align=3,1'], concord, { out, err: sink() });
  assert.match(out.text, /Rewrite alignment of story_b_rewrite\.txt with story_a\.txt:/);
  // The rewrite's lead retells the story's headline and lead; "Ilse" opens its sentence there.
  assert.match(out.text, /¶2 ↔ ¶1\+2 \(0\.\d\d\): Kestrel, Harbor, Bridge, Monday, 14, March, 48\n/);
  assert.match(out.text, /¶3 ↔ ¶3 \(0\.\d\d\): Brandauer, Westhaven\n/);
  await assert.rejects(run([...fixtures, '--align=1,1'], concord, { out, err: sink() }), /two different file numbers/);
});

test('--json prints the analysis and --clean-dir writes clean copies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'concord-clean-'));
  const out = sink();
  await run([...fixtures, '--json', `--clean-dir=${dir}`, '--near=0.8'], concord, { out, err: sink() });
  const json = JSON.parse(out.text);
  assert.deepEqual(json.duplicateGroups.map((g) => g.members.length), [2, 2, 2]);
  assert.equal(json.pairs.length, 10);
  assert.equal(json.matrix.values.length, 25);
  const clean = await readFile(join(dir, 'story_a.txt'), 'utf8');
  assert.equal(clean.split('Engineers replaced').length, 2);
});

for (const cli of CLIS) {
  test(`${cli.name}: the dispatcher runs analyze and refuses bad options`, () => {
    const ran = runCli(cli, ['analyze', ...fixtures.slice(0, 2)]);
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /story_a\.txt ↔ story_a_edited\.txt: minor changes/);
    const refused = runCli(cli, ['analyze', fixtures[0], '--near=x']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--near expects a number/);
  });
}
