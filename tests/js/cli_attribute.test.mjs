// `concord attribute` through its module and through the real command line, on the hand-made
// fixtures of tests/fixtures/lineage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, utimesSync, mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createConcord } from '../../web/concord.js';
import { run } from '../../scripts/cli/attribute.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'tests/fixtures/lineage');
const concord = await createConcord();

function sink() {
  let text = '';
  return { write: (chunk) => { text += chunk; }, get text() { return text; } };
}

test('attribute: prints the lineage chain and each sentence of a draft', async () => {
  const files = ['draft3.txt', 'draft1.txt', 'draft4.txt', 'draft2.txt'].map((f) => join(dir, 'chain', f));
  const out = sink();
  assert.equal(await run(files, concord, { out, err: sink() }), 0);
  assert.match(out.text, /^4 documents\n/);
  assert.match(out.text, /Lineage: 3 edges/);
  for (const [x, y] of [['draft1', 'draft2'], ['draft2', 'draft3'], ['draft3', 'draft4']]) {
    assert.match(out.text, new RegExp(`  (${x}\\.txt — ${y}|${y}\\.txt — ${x})\\.txt  \\(confidence [01]\\.\\d\\d; which came first is unknown`));
  }
  assert.match(out.text, /same title; \d+ of draft\d\.txt's \d+ sentences copied/);
  assert.match(out.text, /  draft2\.txt: (\d+% (rewritten|copied) from or into draft[13]\.txt, )+\d+% new\n/);
  // Drafts 2, 3 and 4 share this sentence and nothing says which came first: copied, never new.
  assert.match(out.text, /#\d+ copied {4}"The grant was awarded in 2021 after two failed applications\."  ← draft[234]\.txt/);
  assert.doesNotMatch(out.text, /#\d+ new +"The grant was awarded/);
  assert.match(out.text, /#\d+ copied {4}"Millbrook library opens a solar reading room"  ← draft\d\.txt #1/);
});

test('attribute --json: documents by name, lineage edges and attribution', async () => {
  const names = ['bridge.txt', 'roundup.txt', 'festival.txt'];
  const out = sink();
  assert.equal(await run([...names.map((f) => join(dir, 'attribution', f)), '--json'], concord, { out, err: sink() }), 0);
  const json = JSON.parse(out.text);
  assert.deepEqual(json.documents, names.map((name, index) => ({ index, name })));
  const edges = json.lineage.edges.map((e) => [names[e.from], names[e.to]].sort().join('/')).sort();
  assert.deepEqual(edges, ['bridge.txt/roundup.txt', 'festival.txt/roundup.txt']);
  const roundup = json.attribution[1];
  assert.deepEqual(roundup.sources.map((s) => names[s.source]), ['bridge.txt', 'festival.txt']);
  const text = readFileSync(join(dir, 'attribution/roundup.txt'), 'utf8');
  const first = roundup.sentences[1];
  assert.equal(first.origin, 'copied');
  assert.equal(text.slice(first.start, first.end), 'The Old Mill Bridge over the river Lune will close to traffic on 3 April for six months of repairs.');
});

test('attribute: sentences of two articles written apart are unsure, "possibly rewritten", in text and HTML', async () => {
  const work = mkdtempSync(join(tmpdir(), 'concord-unsure-'));
  const files = ['a', 'b'].map((side) => {
    const path = join(work, `report-${side}.txt`);
    const tagged = readFileSync(join(root, `tests/fixtures/rewrites/bridge-traders.${side}.txt`), 'utf8');
    writeFileSync(path, tagged.replace(/\{[\d,]*\}/g, ''));
    return path;
  });
  const out = sink();
  assert.equal(await run(files, concord, { out, err: sink() }), 0);
  assert.match(out.text, /  report-a\.txt: .*\d+% possibly rewritten from or into report-b\.txt/);
  assert.match(out.text, /#\d+ unsure {4}".+"  ← report-[ab]\.txt #\d+: "/);
  const html = sink();
  assert.equal(await run([...files, '--html'], concord, { out: html, err: sink() }), 0);
  assert.match(html.text, /<span class="possibly" title="possibly rewritten \(unsure\) from report-[ab]\.txt, sentence \d+: /);
});

test('attribute --file-times directs by modification times; without it nothing is directed', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'concord-attribute-'));
  const [older, newer] = [join(tmp, 'first.txt'), join(tmp, 'second.txt')];
  copyFileSync(join(dir, 'chain/draft2.txt'), newer);
  copyFileSync(join(dir, 'chain/draft1.txt'), older);
  utimesSync(older, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
  utimesSync(newer, new Date('2024-02-01T12:30:00Z'), new Date('2024-02-01T12:30:00Z'));
  const timed = sink();
  await run([newer, older, '--file-times', '--summary'], concord, { out: timed, err: sink() });
  assert.match(timed.text, /first\.txt → second\.txt  \(confidence [01]\.\d\d(, unsure)?; by file times: 2024-01-01 → 2024-02-01T12:30Z\)/);
  assert.match(timed.text, /  second\.txt: \d+% rewritten from first\.txt, \d+% copied from first\.txt, \d+% new\n/);
  assert.match(timed.text, /  first\.txt: 100% new\n/);
  assert.doesNotMatch(timed.text, /#\d/); // --summary: no sentences
  const plain = sink();
  await run([newer, older], concord, { out: plain, err: sink() });
  assert.match(plain.text, /second\.txt — first\.txt|first\.txt — second\.txt/);
});

test('concord attribute runs from the command line and refuses no files', async () => {
  const exec = promisify(execFile);
  const { stdout } = await exec(join(root, 'scripts/concord'), ['attribute', '--summary', join(dir, 'tree/source.txt'), join(dir, 'tree/rewrite-a.txt')]);
  assert.match(stdout, /source\.txt — rewrite-a\.txt|rewrite-a\.txt — source\.txt/);
  await assert.rejects(exec(join(root, 'scripts/concord'), ['attribute']), (e) => e.code === 2 && /expects at least one file/.test(e.stderr));
});

test('attribute --html: a report with the lineage and every sentence, user text escaped', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'concord-attribute-'));
  const evil = join(tmp, '<b>evil<b>.txt'); // no slash: a file name cannot hold one
  copyFileSync(join(dir, 'attribution/bridge.txt'), evil);
  const out = sink();
  await run([evil, join(dir, 'attribution/roundup.txt'), '--html'], concord, { out, err: sink() });
  assert.match(out.text, /^<!doctype html>/);
  assert.match(out.text, /&lt;b&gt;evil&lt;b&gt;\.txt — roundup\.txt/);
  assert.doesNotMatch(out.text, /<b>evil/);
  assert.match(out.text, /<span class="copied" title="copied from &lt;b&gt;evil&lt;b&gt;\.txt, sentence \d+: The Old Mill Bridge/);
  assert.match(out.text, /<span class="rewritten" title="rewritten from [^"]+">Motorists face a nine-mile diversion/);
});
