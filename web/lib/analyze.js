// Duplicates, shared passages, pairwise similarity, clusters and rewrite alignment of the API
// object (see concord.d.ts for the shapes and docs/analyze.md for what every number means).
import { ConcordError, requireString, unwrap } from './errors.js';

export const LEVELS = Object.freeze(['identical', 'minor changes', 'rewritten', 'unrelated']);
export const GROUP_KINDS = Object.freeze(['exact', 'near']);
export const TOKEN_KINDS = Object.freeze(['word', 'name', 'number']);
const SPLITS = { auto: 0, lines: 1, blankLines: 2 };

// Strides of the packed arrays; they match core/include/concord/analysis_js_layout.h.
const DOCUMENT = 3, RANGE = 2, GROUP = 3, MEMBER = 4, PASSAGE = 9, PAIR = 4, SCORE = 7;
const BLOCK = 11, ALIGN_ROW = 7, TOKEN = 3;

/** Defaults of analyze(); every one is documented in docs/analyze.md. */
export const ANALYZE_DEFAULTS = Object.freeze({
  split: 'auto',
  ignoreCase: true,
  ignorePunctuation: true,
  foldTypography: true,
  nearThreshold: 0.5,
  minParagraphWords: 15,
  near: true,
  exhaustive: false,
  minPassageWords: 8,
  maxGap: 3,
  minorDiffRatio: 0.8,
  minorCoverage: 0.8,
  rewriteScore: 0.2,
  rewriteCoverage: 0.2,
  allPairsUpTo: 200,
  matrixUpTo: 2000,
  maxSeedDocuments: 64,
});

/** Defaults of align(). */
export const ALIGN_DEFAULTS = Object.freeze({
  split: 'auto',
  ignoreCase: true,
  ignorePunctuation: true,
  foldTypography: true,
  minSimilarity: 0.1,
  maxSpan: 3,
  skipRepeats: true,
});

const FRACTIONS = ['nearThreshold', 'minorDiffRatio', 'minorCoverage', 'rewriteScore', 'rewriteCoverage', 'minSimilarity'];
const COUNTS = { minParagraphWords: 0, minPassageWords: 1, maxGap: 0, allPairsUpTo: 0, matrixUpTo: 0, maxSeedDocuments: 2, maxSpan: 1 };
const MAXIMA = { maxSpan: 8 };
const FLAGS = ['ignoreCase', 'ignorePunctuation', 'foldTypography', 'near', 'exhaustive', 'skipRepeats'];

function resolveOptions(defaults, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ConcordError('options must be an object');
  }
  const resolved = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (key === 'onProgress' || value === undefined) continue;
    if (!Object.hasOwn(defaults, key)) throw new ConcordError(`unknown option: ${key}`);
    resolved[key] = value;
  }
  if (!Object.hasOwn(SPLITS, resolved.split)) {
    throw new ConcordError(`split must be 'auto', 'lines' or 'blankLines', got ${resolved.split}`);
  }
  for (const key of FRACTIONS) {
    if (key in resolved && !(typeof resolved[key] === 'number' && resolved[key] >= 0 && resolved[key] <= 1)) {
      throw new ConcordError(`${key} must be a number from 0 to 1`);
    }
  }
  for (const [key, min] of Object.entries(COUNTS)) {
    if (key in resolved && !(Number.isInteger(resolved[key]) && resolved[key] >= min && resolved[key] < 2 ** 31)) {
      throw new ConcordError(`${key} must be a whole number >= ${min}`);
    }
  }
  for (const [key, max] of Object.entries(MAXIMA)) {
    if (key in resolved && resolved[key] > max) throw new ConcordError(`${key} must be at most ${max}`);
  }
  for (const key of FLAGS) {
    if (key in resolved && typeof resolved[key] !== 'boolean') throw new ConcordError(`${key} must be true or false`);
  }
  return { ...resolved, split: SPLITS[resolved.split] };
}

function unpackGroups(packed) {
  const duplicateGroups = [];
  const shortRepeats = [];
  let member = 0;
  for (let g = 0; g < packed.groups.length / GROUP; g++) {
    const [kind, isShort, count] = packed.groups.subarray(g * GROUP, g * GROUP + GROUP);
    const members = new Array(count);
    for (let m = 0; m < count; m++, member += MEMBER) {
      members[m] = {
        doc: packed.members[member],
        paragraph: packed.members[member + 1],
        start: packed.members[member + 2],
        end: packed.members[member + 3],
      };
    }
    (isShort ? shortRepeats : duplicateGroups).push({ kind: GROUP_KINDS[kind], similarity: packed.similarity[g], members });
  }
  return { duplicateGroups, shortRepeats };
}

function unpackBlocks(packed) {
  const blocks = new Array(packed.length / BLOCK);
  for (let i = 0, p = 0; i < blocks.length; i++, p += BLOCK) {
    blocks[i] = {
      doc: packed[p],
      first: { paragraph: packed[p + 1], start: packed[p + 2], end: packed[p + 3] },
      repeat: { doc: packed[p + 4], paragraph: packed[p + 5], start: packed[p + 6], end: packed[p + 7] },
      paragraphs: packed[p + 8],
      kind: GROUP_KINDS[packed[p + 9]],
      words: packed[p + 10],
    };
  }
  return blocks;
}

function unpackAnalysis(packed, names) {
  let repeat = 0;
  const documents = names.map((name, d) => {
    const [words, paragraphs, repeats] = packed.documents.subarray(d * DOCUMENT, d * DOCUMENT + DOCUMENT);
    const ranges = new Array(repeats);
    for (let r = 0; r < repeats; r++, repeat += RANGE) {
      ranges[r] = { start: packed.repeats[repeat], end: packed.repeats[repeat + 1] };
    }
    return { name, words, paragraphs, repeats: ranges };
  });
  const passages = new Array(packed.passages.length / PASSAGE);
  for (let i = 0, p = 0; i < passages.length; i++, p += PASSAGE) {
    const v = packed.passages;
    passages[i] = {
      a: v[p], b: v[p + 1],
      aStart: v[p + 2], aEnd: v[p + 3], bStart: v[p + 4], bEnd: v[p + 5],
      aWords: v[p + 6], bWords: v[p + 7], matchedWords: v[p + 8],
    };
  }
  const pairs = new Array(packed.pairs.length / PAIR);
  for (let i = 0, p = 0, s = 0; i < pairs.length; i++, p += PAIR, s += SCORE) {
    const v = packed.scores;
    pairs[i] = {
      a: packed.pairs[p],
      b: packed.pairs[p + 1],
      level: LEVELS[packed.pairs[p + 2]],
      scores: {
        diffRatio: v[s], diffRatioExact: packed.pairs[p + 3] === 1,
        resemblance: v[s + 1], containmentAB: v[s + 2], containmentBA: v[s + 3],
        coverageAB: v[s + 4], coverageBA: v[s + 5], rewrite: v[s + 6],
      },
    };
  }
  const clusters = [];
  for (let c = 0; c < packed.clusters.length; c += packed.clusters[c] + 1) {
    clusters.push(Array.from(packed.clusters.subarray(c + 1, c + 1 + packed.clusters[c])));
  }
  return {
    documents,
    repeatedBlocks: unpackBlocks(packed.blocks),
    ...unpackGroups(packed),
    passages,
    pairs,
    clusters,
    order: Array.from(packed.order),
    matrix: packed.matrix.length ? { size: names.length, score: 'rewrite', values: packed.matrix } : null,
  };
}

function unpackTokens(packed, start, count) {
  const tokens = new Array(count);
  for (let t = 0, p = start; t < count; t++, p += TOKEN) {
    tokens[t] = { start: packed[p], end: packed[p + 1], kind: TOKEN_KINDS[packed[p + 2]] };
  }
  return tokens;
}

function unpackRanges(packed) {
  const ranges = new Array(packed.length / RANGE);
  for (let r = 0; r < ranges.length; r++) ranges[r] = { start: packed[r * RANGE], end: packed[r * RANGE + 1] };
  return ranges;
}

function indices(first, end) {
  return Array.from({ length: end - first }, (_, i) => first + i);
}

function requireDocuments(documents) {
  if (!Array.isArray(documents)) throw new ConcordError('documents must be an array of {name, text}');
  return documents.map((doc, i) => {
    if (typeof doc === 'string') return { name: `document ${i + 1}`, text: doc };
    if (!doc || typeof doc !== 'object') throw new ConcordError(`documents[${i}] must be {name, text}`);
    requireString(doc.text, `documents[${i}].text`);
    return { name: doc.name === undefined ? `document ${i + 1}` : String(doc.name), text: doc.text };
  });
}

export function bindAnalyze(core) {
  return {
    /**
     * Duplicate paragraphs, shared passages, pair scores and levels, clusters and a matrix order
     * of `documents` ({name, text}; plain strings are accepted too).
     * @param {{name?: string, text: string}[]} documents
     * @param {object} [options] see ANALYZE_DEFAULTS; onProgress(fraction) is called between phases
     */
    analyze(documents, options = {}) {
      const docs = requireDocuments(documents);
      const resolved = resolveOptions(ANALYZE_DEFAULTS, options);
      const onProgress = options?.onProgress;
      if (onProgress !== undefined && typeof onProgress !== 'function') throw new ConcordError('onProgress must be a function');
      const started = performance.now();
      const encoder = new TextEncoder();
      const packed = unwrap(core.analyzeDocuments(docs.map((d) => encoder.encode(d.text)), resolved, onProgress ?? null));
      const analysis = unpackAnalysis(packed, docs.map((d) => d.name));
      analysis.stats = {
        documents: docs.length,
        pairsReported: analysis.pairs.length,
        allPairs: docs.length <= resolved.allPairsUpTo,
        paragraphPairsVerified: packed.candidatePairs,
        milliseconds: performance.now() - started,
      };
      return analysis;
    },

    /**
     * Each paragraph of `a` aligned with the paragraph(s) of `b` it was rewritten from.
     * @param {string} a
     * @param {string} b
     * @param {object} [options] see ALIGN_DEFAULTS
     */
    align(a, b, options = {}) {
      requireString(a, 'a');
      requireString(b, 'b');
      const packed = unwrap(core.alignRewrites(a, b, resolveOptions(ALIGN_DEFAULTS, options)));
      const rows = new Array(packed.rows.length / ALIGN_ROW);
      let aToken = 0, bToken = 0;
      for (let r = 0, p = 0; r < rows.length; r++, p += ALIGN_ROW) {
        const [aFirst, aEnd, bFirst, bEnd, aCount, bCount, repeatOf] = packed.rows.subarray(p, p + ALIGN_ROW);
        rows[r] = {
          a: indices(aFirst, aEnd),
          b: indices(bFirst, bEnd),
          similarity: packed.similarity[r],
          repeatOf: repeatOf >= 0 ? repeatOf : null,
          aShared: unpackTokens(packed.aTokens, aToken, aCount),
          bShared: unpackTokens(packed.bTokens, bToken, bCount),
        };
        aToken += aCount * TOKEN;
        bToken += bCount * TOKEN;
      }
      return { aParagraphs: unpackRanges(packed.aParagraphs), bParagraphs: unpackRanges(packed.bParagraphs), rows };
    },

    /**
     * Document `doc` of an analysis without its repeated paragraphs (first occurrences kept).
     * @param {ReturnType<typeof this.analyze>} analysis
     * @param {number} doc index into the analysed documents
     * @param {string} text that document's text, as passed to analyze()
     */
    cleanCopy(analysis, doc, text) {
      requireString(text, 'text');
      const entry = analysis?.documents?.[doc];
      if (!entry) throw new ConcordError(`no document ${doc} in this analysis`);
      let out = '';
      let at = 0;
      for (const { start, end } of entry.repeats) {
        out += text.slice(at, start);
        at = end;
      }
      return { text: out + text.slice(at), removed: entry.repeats.length };
    },
  };
}
