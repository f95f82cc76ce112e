#!/usr/bin/env node
// Measures the longest main-thread gaps (long tasks, PerformanceObserver 'longtask') of three
// steps with big documents, in headless Chromium: adding them (from the drop to the overview
// analysed and drawn), the pair view (from the click on the Compare two tab to the summary
// shown) and its HTML report (from the click on "HTML report" to the download). Documents are
// generated prose (paragraphs of 90 words, every tenth one edited).
//   node scripts/measure-main-thread.mjs [--left 30] [--right 50] [--trace DIR]   (sizes in MB)
// --trace writes a Chromium trace of each step (DIR/add.json, pair.json, report.json), to open
// in chrome://tracing or the DevTools Performance panel, and adds the longest task's CPU time
// on the page's thread: on a loaded machine a task's wall time is mostly waiting for a core.
import { readFile } from 'node:fs/promises';
import { clearAll, startHarness } from '../tests/browser/harness.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const [leftMb, rightMb] = [Number(arg('--left', 30)), Number(arg('--right', 50))];
const traceDir = arg('--trace', null);

// The longest task (wall time over 50 ms) of the page's main thread in trace `path`, as CPU ms.
async function longestCpu(path) {
  const events = JSON.parse(await readFile(path, 'utf8')).traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // From the mark the page sets when the step starts (starting the trace is a long task itself).
  const start = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'measured step')?.ts ?? 0;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur > 50000 && e.ts > start && main.has(`${e.pid}:${e.tid}`));
  return Math.round(Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)));
}

function prose(mb, seed) {
  let x = seed;
  const paragraphs = [];
  for (let size = 0; size < mb * 1e6;) {
    const words = [];
    for (let i = 0; i < 90; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      words.push(`w${x % 3000}`);
    }
    paragraphs.push(words.join(' '));
    size += paragraphs.at(-1).length + 2;
  }
  return paragraphs;
}

const left = prose(leftMb, 3);
const right = left.slice();
while (right.length * 540 < rightMb * 1e6) right.push(...left.slice(0, 2000));
for (let i = 0; i < right.length; i += 10) right[i] = right[i].replace(/w1/g, 'x1');

const harness = await startHarness();
try {
  const page = await harness.newPage();
  await clearAll(page);
  await page.click('#tab-overview');
  // The files are made in the page before the measured step (the harness's own work).
  const transfer = await page.evaluateHandle((specs) => {
    const dataTransfer = new DataTransfer();
    for (const spec of specs) dataTransfer.items.add(new File([spec.text], spec.name, { type: 'text/plain' }));
    return dataTransfer;
  }, [{ name: 'left.txt', text: left.join('\n\n') }, { name: 'right.txt', text: right.join('\n\n') }]);
  await page.waitForTimeout(2000);

  async function measured(name, step) {
    if (traceDir) {
      // Starting the trace is itself a long task on the page (the profiler starting): not counted.
      await harness.browser.startTracing(page, { path: `${traceDir}/${name}.json`, screenshots: false });
      await page.waitForTimeout(1000);
    }
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      console.timeStamp('measured step');
    });
    await step();
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => ({ max: Math.round(Math.max(0, ...window.longTasks)), count: window.longTasks.length }));
    if (traceDir) {
      await harness.browser.stopTracing();
      tasks.cpu = await longestCpu(`${traceDir}/${name}.json`);
    }
    return tasks;
  }
  const add = await measured('add', async () => {
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2, null, { timeout: 120000 });
    // The overview's analysis of the two, in the worker, finished and drawn.
    await page.waitForFunction(() => document.querySelectorAll('#matrix tbody tr').length === 2 && document.querySelector('#progress').hidden, null, { timeout: 600000 });
  });
  await page.waitForTimeout(1000);
  const pair = await measured('pair', async () => {
    await page.click('#tab-pair');
    await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary').textContent), null, { timeout: 600000 });
  });
  const report = await measured('report', async () => {
    const download = page.waitForEvent('download', { timeout: 600000 });
    await page.click('#export-report');
    await download;
  });
  const cell = ({ max, count, cpu }) => `longest task ${max} ms (${count} over 50 ms)${cpu === undefined ? '' : `, longest CPU ${cpu} ms`}`;
  console.log(`| ${leftMb} + ${rightMb} MB | adding: ${cell(add)} | pair view: ${cell(pair)} | HTML report: ${cell(report)} |`);
} finally {
  await harness.close();
}
