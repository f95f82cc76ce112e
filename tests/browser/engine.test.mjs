// The engine worker: replaced after its WebAssembly module aborts (the user is told, the next
// comparison works), and held to the page's Content-Security-Policy (no connections, no eval).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { clearAll, diffRows, dropFiles, startHarness } from './harness.mjs';

let harness;
let other; // a server on another origin that would answer any fetch
before(async () => {
  harness = await startHarness();
  other = createServer((request, response) => {
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
    response.end('reached');
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await harness?.close();
  await new Promise((resolve) => other?.close(resolve));
});

/** The page's engine worker (the one that answers Concord's protocol). */
async function engineWorker(page) {
  // The engine worker is a blob: module (it inherits the page's policy); the decoder is not.
  // Its start is awaited as an event (a loaded machine may take longer than any fixed pause).
  const isEngine = (worker) => worker.url().startsWith('blob:');
  if (!page.workers().some(isEngine)) await page.waitForEvent('worker', { predicate: isEngine, timeout: 120000 });
  const engines = page.workers().filter(isEngine);
  assert.equal(engines.length, 1, 'one engine worker');
  return engines[0];
}

// Code-like lines (aligned line by line, quickly), about 1.5 MB a side: the texts fit in the heap
// the module starts with (16 MB), their comparison does not, so the module must grow mid-call.
const lines = (tag, count) => Array.from({ length: count }, (_, i) => `let ${tag}${i} = [${i}];`).join('\n');

test('a worker whose module aborted is replaced, the user is told, and the next comparison works', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await page.click('#tab-pair');
  await page.waitForFunction(() => /Add two documents/.test(document.querySelector('#summary')?.textContent));
  // Out of memory, for real: the worker's WebAssembly memory refuses to grow, as when the
  // browser cannot give the heap more, and the module aborts in the middle of the comparison.
  const first = await engineWorker(page);
  await first.evaluate(() => {
    WebAssembly.Memory.prototype.grow = () => { throw new RangeError('Maximum memory size exceeded'); };
  });
  const text = lines('v', 80000);
  await dropFiles(page, [{ name: 'left.txt', text }, { name: 'right.txt', text: `${text}\none more line\n` }]);
  await page.waitForFunction(() => /Could not compare/.test(document.querySelector('#summary')?.textContent), null, { timeout: 60000 });
  assert.match(await page.textContent('#summary'), /ran out of memory .*restarted; your documents are kept/);
  assert.match(await page.textContent('#status'), /ran out of memory .*restarted/);
  assert.equal(await page.$$eval('.doc-item', (items) => items.length), 2, 'no document was lost');
  // The next comparison runs in a fresh worker and works.
  await page.click('#opt-ignoreCase');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent), null, { timeout: 60000 });
  assert.match(await page.textContent('#summary'), /By lines: 80,000 unchanged, 0 changed, 0 removed, 1 added/);
  assert.ok((await diffRows(page)).length > 0);
  assert.ok(!page.workers().includes(first), 'the aborted worker was terminated');
  await page.close();
});

test('inside the engine worker, connections and code from strings (eval) are refused', async () => {
  const page = await harness.newPage();
  const worker = await engineWorker(page);
  const crossOrigin = `http://127.0.0.1:${other.address().port}/`;
  // DevTools' own evaluation is exempt from the eval rule, so code from strings is tried the
  // way page code would meet it: a string timer, which the same 'unsafe-eval' rule governs.
  const sameOriginUrl = new URL('index.html', harness.url).href;
  const outcome = await worker.evaluate(async ([url, own]) => {
    const violations = [];
    self.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    const attempt = async (work) => {
      try {
        return `allowed: ${await work()}`;
      } catch (error) {
        return `refused: ${error.name}`;
      }
    };
    const crossOrigin = await attempt(async () => (await fetch(url)).text());
    const sameOrigin = await attempt(async () => (await fetch(own)).status);
    self.codeFromString = 'not run';
    setTimeout("self.codeFromString = 'ran'", 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Both of the page's policies report a cross-origin fetch; one report per refusal is enough.
    return { crossOrigin, sameOrigin, codeFromString: self.codeFromString, violations: [...new Set(violations)].sort() };
  }, [crossOrigin, sameOriginUrl]);
  assert.deepEqual(outcome, {
    crossOrigin: 'refused: TypeError',
    sameOrigin: 'refused: TypeError',
    codeFromString: 'not run',
    violations: [`connect-src ${crossOrigin}`, `connect-src ${sameOriginUrl}`, 'script-src eval'].sort(),
  });
  // The worker still does its work under that policy.
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary')?.textContent));
  assert.deepEqual(page.problems, []);
  await page.close();
});
