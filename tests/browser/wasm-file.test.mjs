// Served over http, the page's engine loads the core as two files, compiled while they stream
// in (WebAssembly.instantiateStreaming), never the copy inlined in generated/concord-core.mjs:
// generated/concord-core.wasm, the analysis the overview a first visit opens on needs, and
// generated/concord-pair.wasm, fetched (with the pair part's code, lib/diff.js, compare.js,
// report.js, align.js) only once a view needs it. The page's policy allows exactly those two
// connections. A server that sends a .wasm without its MIME type still works (compiled from the
// bytes), and one that cannot send it at all falls back to the inlined copy, with a warning. A
// module that aborts is replaced alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const WASM = /\/concord\/generated\/concord-core\.wasm$/;
const PAIR_WASM = /\/concord\/generated\/concord-pair\.wasm$/;
const INLINED = /\/concord\/generated\/concord-core\.mjs$/;
const PAIR_CODE = /\/concord\/(generated\/concord-pair-web\.mjs|lib\/(diff|compare|report|align)\.js)$/;

test('a first visit fetches concord-core.wasm alone; Compare two then fetches concord-pair.wasm', async () => {
  const context = await harness.browser.newContext({ serviceWorkers: 'block' });
  const requests = [];
  context.on('request', (request) => requests.push(request));
  const page = await harness.newPage('', { context }); // a cold visit, up to the overview drawn
  await page.waitForSelector('#matrix');
  const urls = () => requests.map((r) => new URL(r.url()).pathname);
  const wasm = requests.filter((r) => WASM.test(r.url()));
  assert.equal(wasm.length, 1, 'one request for the analysis .wasm');
  assert.equal((await wasm[0].response()).headers()['content-type'], 'application/wasm');
  assert.deepEqual(urls().filter((url) => PAIR_WASM.test(url) || PAIR_CODE.test(url)), [], 'nothing of the pair part yet');
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent ?? ''));
  assert.ok((await page.$$eval('#diff-view .diff-row', (rows) => rows.length)) > 3, 'the comparison is drawn');
  const pairWasm = requests.filter((r) => PAIR_WASM.test(r.url()));
  assert.equal(pairWasm.length, 1, 'one request for the pair .wasm');
  assert.equal((await pairWasm[0].response()).headers()['content-type'], 'application/wasm');
  for (const file of ['lib/diff.js', 'lib/compare.js', 'lib/report.js', 'lib/align.js', 'generated/concord-pair-web.mjs']) {
    assert.ok(urls().includes(`/concord/${file}`), `${file} was fetched for the pair view`);
  }
  assert.equal(requests.filter((r) => WASM.test(r.url())).length, 1, 'the analysis .wasm was not fetched again');
  assert.deepEqual(requests.filter((r) => INLINED.test(r.url())).map((r) => r.url()), []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** Loads web/concord.js in the page itself, counting instantiateStreaming calls, and diffs. */
async function loadApiInPage(page) {
  return page.evaluate(async () => {
    const streamed = [];
    const original = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (source, imports) => {
      streamed.push(source instanceof Response ? new URL(source.url).pathname : typeof source);
      return original(source, imports);
    };
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(String(message));
    try {
      const { createConcord } = await import(new URL('concord.js', document.baseURI).href);
      const concord = await createConcord();
      return { streamed: streamed.sort(), warnings, patch: concord.unifiedDiff('a\nb\n', 'a\nc\n'), words: concord.profile('one two three').words };
    } finally {
      WebAssembly.instantiateStreaming = original;
      console.warn = warn;
    }
  });
}

test('the core is compiled while it streams in, from the two files the policy allows', async () => {
  const page = await harness.newPage();
  // The page narrowed its connect-src 'self' to the two .wasm files before starting the worker.
  const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (metas) => metas.map((m) => m.content));
  assert.equal(policies.length, 2);
  assert.match(policies[0], /connect-src 'self'(;|$)/);
  assert.equal(policies[1], `connect-src ${new URL('generated/concord-core.wasm', harness.url).href} ${new URL('generated/concord-pair.wasm', harness.url).href}`);
  const loaded = await loadApiInPage(page);
  assert.deepEqual(loaded.streamed, ['/concord/generated/concord-core.wasm', '/concord/generated/concord-pair.wasm']);
  assert.deepEqual(loaded.warnings, []);
  assert.match(loaded.patch, /^-b\n\+c\n$/m);
  assert.equal(loaded.words, 3);
  // Anything else on the page's own origin stays refused.
  const other = await page.evaluate(async () => fetch('index.html').then((r) => `allowed ${r.status}`, (e) => e.name));
  assert.equal(other, 'TypeError');
  await page.close();
});

test('a .wasm served without application/wasm is compiled from its bytes', async () => {
  const page = await harness.newPage();
  await page.route(/\/concord\/generated\/concord-(core|pair)\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const loaded = await loadApiInPage(page);
  assert.deepEqual(loaded.streamed, []);
  assert.deepEqual(loaded.warnings, []);
  assert.match(loaded.patch, /^-b\n\+c\n$/m);
  assert.equal(loaded.words, 3);
  await page.close();
});

test('a .wasm the server does not have: the inlined copy for that part, with a warning', async () => {
  const parts = [[WASM, 'concord-core.wasm', 'concord-pair.wasm'], [PAIR_WASM, 'concord-pair.wasm', 'concord-core.wasm']];
  for (const [missing, name, other] of parts) {
    const page = await harness.newPage();
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const loaded = await loadApiInPage(page);
    assert.equal(loaded.warnings.length, 1);
    assert.ok(loaded.warnings[0].includes(`/concord/generated/${name} did not load (`), loaded.warnings[0]);
    assert.match(loaded.warnings[0], /HTTP 404\); using the inlined copy$/);
    assert.deepEqual(loaded.streamed, [`/concord/generated/${other}`], 'the other part still loads its own file');
    assert.match(loaded.patch, /^-b\n\+c\n$/m);
    assert.equal(loaded.words, 3);
    await page.close();
  }
});

test('a module that aborts makes its API objects throw aborted; createConcord() replaces it alone', async () => {
  const page = await harness.newPage();
  const outcome = await page.evaluate(async () => {
    const { createConcord } = await import(new URL('concord.js', document.baseURI).href);
    const all = await createConcord();
    const analysis = await createConcord({ calls: 'analysis' });
    const lines = Array.from({ length: 60000 }, (_, i) => `line ${i} with some words in it`).join('\n');
    const grow = WebAssembly.Memory.prototype.grow;
    WebAssembly.Memory.prototype.grow = () => { throw new RangeError('Maximum memory size exceeded'); };
    let first;
    try {
      all.compare(lines, `${lines}\nmore`);
    } catch (error) {
      first = error;
    } finally {
      WebAssembly.Memory.prototype.grow = grow;
    }
    const thrown = (work) => { try { work(); return 'answered'; } catch (error) { return error.aborted ? 'aborted' : error.message; } };
    return {
      first: first?.aborted === true,
      allDiff: thrown(() => all.diff('a\n', 'b\n')),
      allProfile: thrown(() => all.profile('one two')),
      // The analysis module did not abort: an API on it alone still answers, and stays the same module.
      analysisProfile: analysis.profile('one two').words,
      freshPair: (await createConcord({ calls: 'pair' })).diff('a\nb\n', 'a\nc\n').rows.map((row) => row.kind).join(' '),
      freshAll: (await createConcord()).compare('a\n', 'a\n').rows.length,
    };
  });
  assert.deepEqual(outcome, { first: true, allDiff: 'aborted', allProfile: 'aborted', analysisProfile: 2, freshPair: 'equal removed added', freshAll: 1 });
  assert.deepEqual(page.problems.filter((problem) => !/Aborted|RuntimeError|abort/i.test(problem)), []);
  await page.close();
});
