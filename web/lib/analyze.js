// Duplicates, shared passages, pairwise similarity, clusters and lineage of the API object (see
// concord.d.ts for the shapes and docs/analyze.md for what every number means; the rewrite
// alignment is align.js's).
import { ConcordError, requireString } from './errors.js';
import { lineageFrom } from './lineage.js';
import { resolveOptions } from './options.js';
import { record, records } from './records.js';
import { OUT_OF_MEMORY } from './wire.js';

/**
 * Document `doc` of an analysis without its repeated paragraphs (first occurrences kept): the
 * text between the ranges the analysis lists in documents[doc].repeats.
 */
export function cleanCopy(analysis, doc, text) {
  requireString(text, 'text');
  const entry = analysis?.documents?.[doc];
  if (!entry || !Array.isArray(entry.repeats)) throw new ConcordError(`no document ${doc} in this analysis`);
  let out = '';
  let at = 0;
  for (const { start, end } of entry.repeats) {
    out += text.slice(at, start);
    at = end;
  }
  return { text: out + text.slice(at), removed: entry.repeats.length };
}

// A document's lastModified (ms since 1970, as File.lastModified, or a Date) as a number; 0
// when absent.
function lastModifiedOf(value, i) {
  if (value === undefined || value === null) return 0;
  const time = value instanceof Date ? value.getTime() : value;
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    throw new ConcordError(`documents[${i}].lastModified must be a time in milliseconds since 1970 or a Date, got ${String(value)}`);
  }
  return time;
}

function requireDocuments(documents) {
  if (!Array.isArray(documents)) throw new ConcordError('documents must be an array of {name, text}');
  const docs = new Array(documents.length);
  // An index loop, not map(): a sparse array's holes are reported, not skipped.
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i];
    if (typeof doc === 'string') {
      docs[i] = { name: `document ${i + 1}`, text: doc };
      continue;
    }
    if (!doc || typeof doc !== 'object') throw new ConcordError(`documents[${i}] must be {name, text} or a string, got ${doc === null ? 'null' : typeof doc}`);
    requireString(doc.text, `documents[${i}].text`);
    if (doc.name !== undefined) requireString(doc.name, `documents[${i}].name`);
    docs[i] = { name: doc.name ?? `document ${i + 1}`, text: doc.text, lastModified: lastModifiedOf(doc.lastModified, i) };
  }
  return docs;
}

function groupsFrom(wire, ints, reals) {
  const C = wire.columns;
  const { groupKinds } = wire.enums;
  const duplicateGroups = [];
  const shortRepeats = [];
  let member = 0;
  records(ints.groups, C.group, (g, index) => {
    const members = new Array(g.members);
    for (let m = 0; m < g.members; m++) members[m] = record(ints.members, C.member, member++);
    (g.short ? shortRepeats : duplicateGroups).push({ kind: groupKinds[g.kind], similarity: reals.groups[index], members });
  });
  return { duplicateGroups, shortRepeats };
}

function analysisFrom(wire, { ints, reals, singles }, names) {
  const C = wire.columns;
  const { groupKinds, levels } = wire.enums;
  let repeat = 0;
  const documents = names.map((name, d) => {
    const { words, paragraphs, repeats } = record(ints.documents, C.document, d);
    const ranges = new Array(repeats);
    for (let r = 0; r < repeats; r++) ranges[r] = record(ints.repeats, C.range, repeat++);
    return { name, words, paragraphs, repeats: ranges };
  });
  const clusters = [];
  for (let c = 0; c < ints.clusters.length; c += ints.clusters[c] + 1) {
    clusters.push(Array.from(ints.clusters.subarray(c + 1, c + 1 + ints.clusters[c])));
  }
  return {
    documents,
    repeatedBlocks: records(ints.blocks, C.block, (b) => ({ ...b, kind: groupKinds[b.kind] })),
    ...groupsFrom(wire, ints, reals),
    passages: records(ints.passages, C.passage, (p) => p),
    pairs: records(ints.pairs, C.pair, (p, i) => ({
      a: p.a,
      b: p.b,
      level: levels[p.level],
      scores: { ...record(reals.scores, C.scores, i), diffRatioExact: p.diffRatioExact === 1 },
    })),
    clusters,
    order: Array.from(ints.order),
    matrix: singles.length ? { size: names.length, score: 'rewrite', values: singles.slice() } : null,
    paragraphPairsVerified: ints.header[C.analysisHeader.candidatePairs],
    ...lineageFrom({ ints, reals }, C, wire.enums, records, record),
  };
}

/**
 * The error of a set whose texts do not even fit in the heap (the core's own budget check,
 * analyzeBudgetError, runs once they are in): what a tab can hold, and the corpus path.
 */
function tooLargeForOneTab(texts) {
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  return new ConcordError(`These ${texts.length.toLocaleString('en')} documents (${(bytes / 1e6).toFixed(1)} MB) do not fit in the memory of one tab ` +
    '(about 440 MB of text can be analysed together); analyse them in smaller sets, or find the related ones with the corpus pipeline ' +
    '(concord.corpus, on Dask: docs/corpus.md) and open its results here.');
}

/** The analysis calls of the API object, on the module's wire (wire.js). */
export function bindAnalyze(wire) {
  return {
    /**
     * Duplicate paragraphs, shared passages, pair scores and levels, clusters and a matrix order
     * of `documents` ({name, text}; plain strings are accepted too).
     * @param {{name?: string, text: string}[]} documents
     * @param {import('../concord').AnalyzeOptions} [options] onProgress(fraction) is called between phases
     */
    analyze(documents, options) {
      const docs = requireDocuments(documents);
      const resolved = resolveOptions(wire.schemas.analyze, options);
      const started = performance.now();
      const texts = docs.map((d) => d.text);
      let result;
      try {
        result = wire.call('analyzeDocuments', 'analysis', texts, resolved, [resolved.onProgress ?? null, docs.map((d) => d.lastModified)], (packet) =>
          analysisFrom(wire, packet, docs.map((d) => d.name)));
      } catch (error) {
        throw error?.message === OUT_OF_MEMORY ? tooLargeForOneTab(texts) : error;
      }
      const { paragraphPairsVerified, ...analysis } = result;
      analysis.stats = {
        documents: docs.length,
        pairsReported: analysis.pairs.length,
        allPairs: docs.length <= resolved.allPairsUpTo,
        paragraphPairsVerified,
        milliseconds: performance.now() - started,
      };
      return analysis;
    },

    cleanCopy,
  };
}
