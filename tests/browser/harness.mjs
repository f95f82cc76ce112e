// Shared set-up of the browser tests: Concord's static server on a free port under /concord/,
// and Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const BASE = '/concord/';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and the browser; returns {url, browser, newPage, close}. */
export async function startHarness() {
  const server = await startServer({ root: WEB_ROOT, base: BASE, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}${BASE}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  /** A new page that records console errors and uncaught exceptions in `page.problems`. */
  async function newPage(path = '') {
    const page = await browser.newPage();
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
    });
    await page.goto(url + path);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
    return page;
  }
  async function close() {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { url, browser, newPage, close };
}
