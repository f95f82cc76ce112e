// Reads what the corpus pipeline (python -m concord.corpus ... --out DIR, docs/corpus.md) wrote:
// summary.json, clusters.jsonl (one line per cluster) and clusters/<uid>.json (each cluster in
// the page's "JSON of everything" format, texts included), from the folder itself or from a zip
// of it. Pure module (no DOM): runs in the corpus worker (corpus-worker.js), on the page where
// there is no worker, and in Node's tests.
//   const results = await openCorpusResults(source, {inflateSync, onProgress});
//   results.clusters   // largest first: {number, size, file, title, kinds, pairs}
//   const cluster = await results.cluster(results.clusters[0].number);  // {documents: [...]}
import { openZip } from './zip-reader.js';

const CLUSTERS = 'clusters.jsonl';
const SUMMARY = 'summary.json';
/** Problems of clusters.jsonl listed one by one; the rest are counted. */
const LISTED_PROBLEMS = 20;
const WHAT_TO_CHOOSE = 'choose the folder that "concord.corpus ... --out DIR" wrote (it holds summary.json, clusters.jsonl and clusters/), or a zip of it';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file of the results as text; throws an Error naming the file when it is not UTF-8. */
async function textOf(files, path) {
  const bytes = await files.get(path)();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text: it is not a file the corpus pipeline wrote, or it is damaged`);
  }
}

/** path → () => Promise<Uint8Array>, of a folder ({file, path}[]) or a zip (a File). */
async function filesOf(source, inflateSync) {
  const files = new Map();
  if (source.kind === 'folder') {
    for (const { file, path } of source.files) files.set(path, async () => new Uint8Array(await file.arrayBuffer()));
    return files;
  }
  if (!inflateSync) throw new Error('zip files cannot be opened here (no unzip): open the results folder instead');
  const zip = await openZip(source.file, inflateSync);
  if (!zip.ok) throw new Error(`${source.file.name}: ${zip.reason}`);
  for (const entry of zip.entries.values()) if (!entry.name.endsWith('/')) files.set(entry.name, () => zip.read(entry));
  return files;
}

/** The folder (a path prefix ending in '/', or '') that holds clusters.jsonl: the shallowest one. */
function rootOf(files) {
  let root = null;
  for (const path of files.keys()) {
    const name = path.split('/').pop();
    if (name !== CLUSTERS) continue;
    const prefix = path.slice(0, -CLUSTERS.length);
    if (root === null || prefix.split('/').length < root.split('/').length) root = prefix;
  }
  return root;
}

/** What the list shows of one clusters.jsonl record, or a reason it cannot be used. */
function clusterEntry(record) {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return { reason: 'not a JSON object' };
  const { cluster, size, file, documents, pairs } = record;
  if (!Number.isInteger(cluster)) return { reason: 'no cluster number' };
  if (typeof file !== 'string' || !file) return { reason: 'no file' };
  if (!Array.isArray(documents) || !documents.length) return { reason: 'no documents' };
  const first = documents.find((doc) => typeof doc?.title === 'string' && doc.title.trim()) ?? documents[0];
  const kinds = {};
  for (const pair of Array.isArray(pairs) ? pairs : []) if (typeof pair?.level === 'string') kinds[pair.level] = (kinds[pair.level] ?? 0) + 1;
  return {
    number: cluster,
    size: Number.isInteger(size) ? size : documents.length,
    file,
    title: String(first?.title?.trim() || first?.id || 'untitled'),
    firstId: String(documents[0]?.id ?? ''),
    dates: documents.map((doc) => doc?.date).filter((date) => typeof date === 'string' && date).sort(),
    kinds,
    pairs: Array.isArray(pairs) ? pairs.length : 0,
  };
}

/** The clusters of clusters.jsonl's text, largest first, and the lines that could not be read. */
function parseClusters(text, onProgress) {
  const clusters = [];
  const problems = [];
  let problemCount = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i % 2000 === 0) onProgress?.(i / lines.length);
    if (!line.trim()) return;
    let entry;
    try {
      entry = clusterEntry(JSON.parse(line));
    } catch {
      entry = { reason: i === lines.length - 1 ? 'cut short (the file ends inside this line)' : 'not valid JSON' };
    }
    if (entry.reason) {
      if (problemCount++ < LISTED_PROBLEMS) problems.push(`${CLUSTERS} line ${i + 1}: ${entry.reason}`);
    } else clusters.push(entry);
  });
  if (problemCount > LISTED_PROBLEMS) problems.push(`… and ${problemCount - LISTED_PROBLEMS} more lines of ${CLUSTERS} that could not be read`);
  clusters.sort((x, y) => y.size - x.size || x.number - y.number);
  return { clusters, problems };
}

/** The counts of summary.json, or null (with a problem said) when it is missing or unreadable. */
async function readSummary(files, root, problems) {
  const path = root + SUMMARY;
  if (!files.has(path)) {
    problems.push(`${SUMMARY} is missing: the run's counts are not shown (was the run stopped before it ended?)`);
    return null;
  }
  try {
    const summary = JSON.parse(await textOf(files, path));
    if (!summary || typeof summary !== 'object') throw new Error('not a JSON object');
    const documents = summary.documents ?? {};
    return { read: documents.read ?? null, analysed: documents.analysed ?? null, rejected: documents.rejected ?? null, clusters: summary.clusters ?? null, relatedPairs: summary.relatedPairs ?? null, inputs: Array.isArray(summary.inputs) ? summary.inputs.map(String) : [] };
  } catch (error) {
    problems.push(`${SUMMARY} could not be read (${error.message})`);
    return null;
  }
}

/** One document of a cluster file, as the page adds it, or a reason it cannot be. */
function documentOf(entry, i, file) {
  if (!entry || typeof entry !== 'object') return { reason: `${file}: document ${i + 1} is not a JSON object` };
  if (typeof entry.text !== 'string') return { reason: `${file}: document ${i + 1} has no text (a cluster file written before texts were included? Run the pipeline again)` };
  const name = String(entry.name ?? entry.id ?? `document ${i + 1}`);
  const date = typeof entry.date === 'string' ? Date.parse(entry.date) : NaN;
  return {
    name,
    text: entry.text,
    size: Number.isFinite(entry.size) ? entry.size : undefined,
    encoding: typeof entry.encoding === 'string' ? entry.encoding : 'utf-8',
    format: 'text',
    title: typeof entry.title === 'string' ? entry.title : null,
    location: typeof entry.location === 'string' ? entry.location : null,
    lastModified: Number.isFinite(date) ? date : null,
  };
}

/**
 * Opens corpus results: `source` is {kind: 'folder', files: [{file, path}]} or {kind: 'zip',
 * file}. Resolves to {root, summary, clusters, problems, cluster(number)}; rejects with an
 * Error saying what is wrong and what to choose instead.
 */
export async function openCorpusResults(source, { inflateSync = null, onProgress = null } = {}) {
  const files = await filesOf(source, inflateSync);
  if (!files.size) throw new Error(`the ${source.kind} is empty: ${WHAT_TO_CHOOSE}`);
  const root = rootOf(files);
  if (root === null) {
    const hasClusterFiles = [...files.keys()].some((path) => /(^|\/)clusters\/[^/]+\.json$/.test(path));
    throw new Error(`no ${CLUSTERS} in this ${source.kind}${hasClusterFiles ? ' (only cluster files: choose the folder above clusters/)' : ''}: ${WHAT_TO_CHOOSE}`);
  }
  const problems = [];
  const summary = await readSummary(files, root, problems);
  const { clusters, problems: lineProblems } = parseClusters(await textOf(files, root + CLUSTERS), onProgress);
  problems.push(...lineProblems);
  const missing = clusters.filter((c) => !files.has(root + c.file)).length;
  if (missing) problems.push(`${missing.toLocaleString()} of ${clusters.length.toLocaleString()} cluster files are missing from clusters/ (a partial copy?): those clusters cannot be opened`);
  if (summary?.clusters != null && summary.clusters !== clusters.length) problems.push(`${SUMMARY} counts ${summary.clusters.toLocaleString()} clusters, ${CLUSTERS} lists ${clusters.length.toLocaleString()}`);
  const byNumber = new Map(clusters.map((c) => [c.number, c]));
  return {
    root,
    summary,
    clusters,
    problems,
    /** The documents of cluster `number` (texts included); rejects saying what is wrong. */
    async cluster(number) {
      const entry = byNumber.get(number);
      if (!entry) throw new Error(`there is no cluster ${number}`);
      const path = root + entry.file;
      if (!files.has(path)) throw new Error(`${entry.file} is missing from the results: cluster ${number} cannot be opened (copy the whole folder, clusters/ included)`);
      let data;
      try {
        data = JSON.parse(await textOf(files, path));
      } catch (error) {
        throw new Error(error instanceof SyntaxError ? `${entry.file} is not valid JSON (damaged or cut short)` : error.message);
      }
      if (!Array.isArray(data?.documents) || !data.documents.length) throw new Error(`${entry.file} has no documents: it is not a cluster file of the corpus pipeline`);
      const documents = data.documents.map((doc, i) => documentOf(doc, i, entry.file));
      const bad = documents.find((doc) => doc.reason);
      if (bad) throw new Error(bad.reason);
      return { number, file: entry.file, documents };
    },
  };
}
