// Shared set-up of the browser tests: Concord's static server on a free port under /concord/,
// and Debian's Chromium driven by playwright-core; plus helpers that act as a user would.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const BASE = '/concord/';
/**
 * How long a wait for a state of the page may take before the test fails: a limit on liveness
 * only (CI runs on two loaded cores and pauses for seconds), never a measure of speed.
 */
export const WAIT = 120_000;

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and the browser; returns {url, browser, newPage, close}. */
export async function startHarness({ root = WEB_ROOT } = {}) {
  const server = await startServer({ root, base: BASE, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}${BASE}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  /**
   * A new page (in a fresh context: no saved documents) that records console errors and
   * uncaught exceptions in `page.problems` and accepts confirmation dialogs.
   */
  async function newPage(path = '', { context } = {}) {
    const page = await (context ?? browser).newPage();
    page.setDefaultTimeout(WAIT); // Playwright's default, 30 s, is less than a pause of a loaded CI machine
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(url + path);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  }
  async function close() {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { url, browser, newPage, close };
}

/**
 * For context.addInitScript, so that a test of Cancel does not race the worker. In the page,
 * before its scripts: the engine workers' analyze calls are noted and, once the test sets
 * `window.holdAnalysis`, their results held back (the analysis stays pending until Cancel,
 * however fast or slow the machine; `window.heldResults` has the document count of each held
 * one); `window.analysisWorkers` are the workers that got such a call, each `terminated` once
 * ended. Every value given to the progress bar is recorded as it is set (a sampler misses values
 * when the page pauses), with its task's label: `window.barValuesOf(label)`.
 */
export function watchAnalysis() {
  window.holdAnalysis = false;
  window.heldResults = [];
  window.analysisWorkers = [];
  window.barValues = [];
  const Base = window.Worker;
  window.Worker = class extends Base {
    #analyzeIds = new Map(); // id -> documents analysed
    postMessage(message, ...rest) {
      if (window.holdAnalysis && message?.method === 'analyze') {
        this.#analyzeIds.set(message.id, message.args[0].length);
        if (!window.analysisWorkers.includes(this)) window.analysisWorkers.push(this);
      }
      return super.postMessage(message, ...rest);
    }
    set onmessage(handler) {
      super.onmessage = handler && ((event) => {
        const { data } = event;
        if (this.#analyzeIds.has(data?.id) && 'result' in data) return window.heldResults.push(this.#analyzeIds.get(data.id));
        return handler(event);
      });
    }
    get onmessage() { return super.onmessage; }
    terminate() {
      this.terminated = true;
      return super.terminate();
    }
  };
  const value = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, 'value');
  Object.defineProperty(HTMLProgressElement.prototype, 'value', {
    ...value,
    set(fraction) {
      if (this.id === 'progress-bar') window.barValues.push({ label: document.querySelector('#progress-label')?.textContent, fraction });
      value.set.call(this, fraction);
    },
  });
  window.barValuesOf = (label) => window.barValues.filter((v) => v.label === label).map((v) => v.fraction);
}

/** Empties the workspace with the "Clear all" button. */
export async function clearAll(page) {
  await page.click('#clear-button');
  await page.waitForSelector('.doc-empty');
}

/** Waits until the sidebar shows the engine's word count of every document ("… words" before). */
export async function wordsCounted(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.doc-meta')].every((meta) => !meta.textContent.includes('… words')));
}

/** Adds a document with the "Paste text" dialog. */
export async function pasteDocument(page, name, text) {
  await page.click('#paste-button');
  await page.fill('#paste-name', name);
  await page.fill('#paste-text', text);
  const before = await page.$$eval('.doc-name', (items) => items.map((item) => item.textContent));
  await page.click('#paste-add');
  // Listed as one more document, or alone when it replaced the untouched example set.
  await page.waitForFunction((old) => {
    const now = [...document.querySelectorAll('.doc-name')].map((item) => item.textContent);
    return !document.querySelector('#paste-dialog').open && now.length > 0 && (now.length === old.length + 1 || (now.length === 1 && old.length > 1));
  }, before);
}

/**
 * Drops files on the page as a user dragging them from a file manager would.
 * files: [{name, text}] or [{name, bytes: number[]}], optional type.
 */
export async function dropFiles(page, files, selector = 'main') {
  const transfer = await page.evaluateHandle((specs) => {
    const dataTransfer = new DataTransfer();
    for (const spec of specs) {
      const body = spec.bytes ? new Uint8Array(spec.bytes) : spec.text;
      dataTransfer.items.add(new File([body], spec.name, { type: spec.type ?? 'text/plain' }));
    }
    return dataTransfer;
  }, files);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

/** Rows of the pair view as {kind, cells: [left text, right text]}. */
export function diffRows(page) {
  return page.$$eval('#diff-view .diff-row', (rows) => rows.map((row) => ({
    kind: row.dataset.kind,
    cells: [...row.querySelectorAll('.text')].map((cell) => cell.textContent),
  })));
}

/** Clicks `selector` and returns the download it starts as {name, text}. */
export async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/**
 * axe-core's serious and critical violations on the page, as "rule: targets" lines. The page's
 * CSP would refuse an injected script: axe is evaluated through the devtools protocol.
 */
export async function axeViolations(page) {
  const axe = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
  await page.evaluate(await readFile(axe, 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
