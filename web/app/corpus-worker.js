// The corpus worker: opens corpus results (corpus-results.js) off the page's thread, so that a
// clusters.jsonl of many thousand lines, a large zip or a large cluster file never freezes the
// page. It keeps the opened results (the folder's Files or the zip's table of contents) and
// answers for one cluster at a time.
// In: {id, op: 'open', source} ({kind: 'folder', files: [{file, path}]} or {kind: 'zip', file});
//     {id, op: 'cluster', number}. Out: {id, progress} | {id, result} | {id, error}.
import { openCorpusResults } from './corpus-results.js';

/** fflate (generated/vendor/, copied from node_modules by scripts/vendor.mjs), loaded for the first zip. */
const loadInflate = () => import(new URL('../generated/vendor/fflate.mjs', import.meta.url).href).then((m) => m.inflateSync);

let opened = null;

self.onmessage = async ({ data: { id, op, source, number } }) => {
  try {
    if (op === 'open') {
      opened = null;
      const inflateSync = source.kind === 'zip' ? await loadInflate() : null;
      let last = 0;
      const onProgress = (fraction) => {
        if (Date.now() - last < 50) return;
        last = Date.now();
        self.postMessage({ id, progress: fraction });
      };
      opened = await openCorpusResults(source, { inflateSync, onProgress });
      const { root, summary, clusters, problems } = opened;
      self.postMessage({ id, result: { root, summary, clusters, problems } });
    } else if (op === 'cluster') {
      if (!opened) throw new Error('no corpus results are open');
      self.postMessage({ id, result: await opened.cluster(number) });
    } else throw new Error(`unknown operation ${op}`);
  } catch (error) {
    self.postMessage({ id, error: error?.name === 'NotReadableError' || error?.name === 'NotFoundError' ? 'a file of the results could not be read (moved or deleted since it was chosen?)' : String(error?.message ?? error) });
  }
};
