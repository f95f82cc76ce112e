#!/usr/bin/env node
// How responsive the page stays while a large set is analysed: drops N generated articles
// (default 10,000 of about 5 KB: 50 MB), opens the overview, and while the worker analyses
// records the main thread's long tasks (over 50 ms) and the delay of a timer that should fire
// every 50 ms. Prints the figures recorded in docs/workspace.md.
//   node scripts/measure-responsive.mjs [--docs 10000]
import { startHarness, clearAll } from '../tests/browser/harness.mjs';

const docsArg = process.argv.indexOf('--docs');
const count = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 10000;
const harness = await startHarness();
try {
  const page = await harness.newPage('#v=document');
  await clearAll(page);
  const dropStarted = Date.now();
  await page.evaluate((n) => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    const transfer = new DataTransfer();
    for (let d = 0; d < n; d++) {
      const paragraphs = [];
      for (let p = 0; p < 8; p++) {
        const line = [];
        for (let w = 0; w < 100; w++) line.push(words[next() % words.length]);
        paragraphs.push(line.join(' '));
      }
      transfer.items.add(new File([paragraphs.join('\n\n') + '\n'], `doc${d}.txt`, { type: 'text/plain' }));
    }
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, count);
  await page.waitForFunction((n) => document.querySelector('#doc-count').textContent === `(${n.toLocaleString()})`, count, { timeout: 600000 });
  console.log(`${count} documents read and listed in ${((Date.now() - dropStarted) / 1000).toFixed(1)} s`);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    window.__lags = [];
    let last = performance.now();
    window.__timer = setInterval(() => {
      const now = performance.now();
      window.__lags.push(now - last - 50);
      last = now;
    }, 50);
  });
  const started = Date.now();
  await page.click('#tab-overview');
  await page.waitForSelector('#progress:not([hidden])', { timeout: 10000 }).catch(() => {});
  await page.waitForFunction(() => document.querySelector('#overview-summary') || /failed|cancelled/i.test(document.querySelector('#view-overview').textContent), null, { timeout: 600000 });
  const seconds = (Date.now() - started) / 1000;
  const figures = await page.evaluate(() => {
    clearInterval(window.__timer);
    const lags = window.__lags.sort((a, b) => a - b);
    return {
      summary: document.querySelector('#overview-summary')?.textContent ?? document.querySelector('#view-overview').textContent,
      longTasks: window.__long.length,
      longestTask: Math.round(Math.max(0, ...window.__long)),
      timerDelayMedian: Math.round(lags[Math.floor(lags.length / 2)] ?? 0),
      timerDelayMax: Math.round(lags[lags.length - 1] ?? 0),
      ticks: lags.length,
    };
  });
  console.log(`overview after ${seconds.toFixed(1)} s: ${figures.summary}`);
  console.log(`main thread during the analysis: ${figures.longTasks} long tasks, longest ${figures.longestTask} ms; ` +
    `50 ms timer late by ${figures.timerDelayMedian} ms (median), ${figures.timerDelayMax} ms (max) over ${figures.ticks} ticks`);
  if (page.problems.length) console.log(page.problems);
} finally {
  await harness.close();
}
