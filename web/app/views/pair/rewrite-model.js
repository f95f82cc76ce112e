// The pair view's rewrite rows: align()'s paragraph rows, sentences and sentence links, with the
// pair's scores from analyze() and the phrases both texts share, packed into typed arrays where
// the engine runs (packRewrite, called by the $rewritePair composite) and read on the page
// (fromPackedRewrite). No DOM here: the worker imports this module too.

/** Literal similarity (compare()'s stats) below which a pair may be shown as a rewrite. */
export const LITERAL_AT_MOST = 0.5;
/** Rewrite score (analyze()'s) at or above which such a pair is shown as a rewrite. */
export const REWRITE_AT_LEAST = 0.2;
/** Texts longer than this (both together, UTF-16 units) are aligned only when asked. */
export const AUTO_ALIGN_UP_TO = 4_000_000;
/** Shortest phrase marked as shared, in words. */
export const PHRASE_WORDS = 4;

const TOKEN_KINDS = ['word', 'name', 'number'];
const SENTENCE_KINDS = ['rewritten', 'copied', 'new'];
const ROW_FIELDS = 5; // a's paragraph count, b's, repeatOf, aTokenEnd, bTokenEnd (paragraphs in rowParagraphs)
const LIKELY = 1;
const COPIED = 2;

/**
 * A sentence's kind as align() gives it; before align() gave kinds, a sentence with a link
 * counts as rewritten (never copied).
 */
function kindOf(sentence, linked) {
  if (SENTENCE_KINDS.includes(sentence.kind)) return sentence.kind;
  return linked ? 'rewritten' : 'new';
}

function flat(records, fields) {
  const out = new Int32Array(records.length * fields.length);
  records.forEach((record, i) => fields.forEach((field, f) => { out[i * fields.length + f] = field(record, i); }));
  return out;
}

// Index lists (CSR) of the links of each sentence of one side: starts[s]..starts[s + 1] in order.
function linksBySentence(links, count, side) {
  const starts = new Int32Array(count + 1);
  for (const link of links) starts[link[side] + 1]++;
  for (let s = 0; s < count; s++) starts[s + 1] += starts[s];
  const order = new Int32Array(links.length);
  const next = starts.slice(0, count);
  links.forEach((link, i) => { order[next[link[side]]++] = i; });
  return { starts, order };
}

function sentenceFigures(kinds) {
  const figures = { rewritten: 0, copied: 0, new: 0, total: kinds.length };
  for (const kind of kinds) figures[SENTENCE_KINDS[kind]]++;
  return figures;
}

/**
 * align()'s result (with rewrite-regroup.js's `moved`), the pair's analyze() scores and shared passages (of `analysis` on [a, b]),
 * as typed arrays (see fromPackedRewrite).
 */
export function packRewrite(alignment, analysis) {
  const { rows, sentences, sentenceLinks, paragraphLinks } = alignment;
  const aLinks = linksBySentence(sentenceLinks, sentences.a.length, 'a');
  const bLinks = linksBySentence(sentenceLinks, sentences.b.length, 'b');
  const kinds = (list, links) => Int32Array.from(list, (s, i) => SENTENCE_KINDS.indexOf(kindOf(s, links.starts[i + 1] > links.starts[i])));
  const aKinds = kinds(sentences.a, aLinks);
  const bKinds = kinds(sentences.b, bLinks);
  let aTokens = 0;
  let bTokens = 0;
  const rowEnds = rows.map((row) => [(aTokens += row.aShared.length), (bTokens += row.bShared.length)]);
  const tokenFields = [(t) => t.start, (t) => t.end, (t) => TOKEN_KINDS.indexOf(t.kind)];
  const pair = analysis.pairs[0];
  return {
    scores: pair ? { ...pair.scores } : null,
    figures: { a: sentenceFigures(aKinds), b: sentenceFigures(bKinds) },
    aParagraphs: flat(alignment.aParagraphs, [(p) => p.start, (p) => p.end]),
    bParagraphs: flat(alignment.bParagraphs, [(p) => p.start, (p) => p.end]),
    rows: flat(rows, [(r) => r.a.length, (r) => r.b.length, (r) => r.repeatOf ?? -1, (r, i) => rowEnds[i][0], (r, i) => rowEnds[i][1]]),
    rowParagraphs: Int32Array.from(rows.flatMap((r) => [...r.a, ...r.b])),
    aMoved: Uint8Array.from(alignment.aParagraphs, (_, p) => (alignment.moved?.a.has(p) ? 1 : 0)),
    bMoved: Uint8Array.from(alignment.bParagraphs, (_, p) => (alignment.moved?.b.has(p) ? 1 : 0)),
    rowSimilarity: Float64Array.from(rows, (r) => r.similarity),
    aTokens: flat(rows.flatMap((r) => r.aShared), tokenFields),
    bTokens: flat(rows.flatMap((r) => r.bShared), tokenFields),
    aSentences: flat(sentences.a, [(s) => s.start, (s) => s.end, (s) => s.paragraph, (s, i) => aKinds[i]]),
    bSentences: flat(sentences.b, [(s) => s.start, (s) => s.end, (s) => s.paragraph, (s, i) => bKinds[i]]),
    links: flat(sentenceLinks, [(l) => l.a, (l) => l.b, (l) => (l.likely ? LIKELY : 0) | (l.copied ? COPIED : 0)]),
    linkConfidence: Float64Array.from(sentenceLinks, (l) => l.confidence),
    aLinkStarts: aLinks.starts, aLinkOrder: aLinks.order, bLinkStarts: bLinks.starts, bLinkOrder: bLinks.order,
    paragraphLinks: flat(paragraphLinks, [(l) => l.a, (l) => l.b, (l) => (l.likely ? LIKELY : 0)]),
    passages: flat(analysis.passages, [(p) => p.aStart, (p) => p.aEnd, (p) => p.bStart, (p) => p.bEnd]),
  };
}

/**
 * Rows or rewrite rows for a pair: 'rewrite' when the texts share little word for word
 * (literal similarity under LITERAL_AT_MOST) and tell one story (rewrite score at least
 * REWRITE_AT_LEAST); `scores` null when the pair was not aligned.
 */
export function automaticRows(literalSimilarity, scores) {
  if (!(literalSimilarity < LITERAL_AT_MOST) || !scores) return 'literal';
  return scores.rewrite >= REWRITE_AT_LEAST ? 'rewrite' : 'literal';
}

/** Whether the pair's literal similarity lets it be a rewrite at all (so aligning is worth it). */
export function mayBeRewrite(literalSimilarity, a, b) {
  return literalSimilarity < LITERAL_AT_MOST && a.length + b.length <= AUTO_ALIGN_UP_TO && a !== b;
}

// Each paragraph's row, and the first sentence of each paragraph (sentences are in reading order).
function paragraphIndex(paragraphCount, sentences, rows, firstField) {
  const rowOf = new Int32Array(paragraphCount).fill(-1);
  rows.forEach((row, r) => { for (const p of row[firstField]) rowOf[p] = r; });
  const sentenceStarts = new Int32Array(paragraphCount + 1);
  for (let s = 0; s < sentences.length / 4; s++) sentenceStarts[sentences[s * 4 + 2] + 1]++;
  for (let p = 0; p < paragraphCount; p++) sentenceStarts[p + 1] += sentenceStarts[p];
  return { rowOf, sentenceStarts };
}

function rowKind(row, packed) {
  if (row.a.length && row.b.length) {
    return row.a.some((p) => packed.aMoved[p]) || row.b.some((p) => packed.bMoved[p]) ? 'moved' : 'matched';
  }
  if (row.repeatOf >= 0) return 'repeat';
  if (row.elsewhere.length) return 'elsewhere';
  return row.a.length ? 'dropped' : 'added';
}

/**
 * The page's model of packRewrite()'s arrays: rows {a, b: paragraph indices, similarity,
 * repeatOf, kind ('matched', 'moved': a paragraph shown out of its text's order,
 * 'dropped', 'added', 'elsewhere': alone but linked to another row, 'repeat'),
 * elsewhere: paragraph links to other rows [{side, paragraph, row}]}, and per side the lookups
 * the rows need (sentences of a paragraph, links of a sentence).
 */
export function fromPackedRewrite(packed) {
  const r = packed.rows;
  const lists = packed.rowParagraphs;
  const rows = [];
  for (let i = 0, p = 0, at = 0, aTok = 0, bTok = 0; p < r.length; i++, p += ROW_FIELDS) {
    const a = Array.from(lists.subarray(at, at + r[p]));
    const b = Array.from(lists.subarray(at + r[p], at + r[p] + r[p + 1]));
    at += r[p] + r[p + 1];
    rows.push({
      index: i, a, b, repeatOf: r[p + 2], aTokens: [aTok, r[p + 3]], bTokens: [bTok, r[p + 4]],
      similarity: packed.rowSimilarity[i], elsewhere: [],
    });
    aTok = r[p + 3];
    bTok = r[p + 4];
  }
  const a = paragraphIndex(packed.aParagraphs.length / 2, packed.aSentences, rows, 'a');
  const b = paragraphIndex(packed.bParagraphs.length / 2, packed.bSentences, rows, 'b');
  const pl = packed.paragraphLinks;
  for (let k = 0; k < pl.length; k += 3) {
    const [rowA, rowB] = [a.rowOf[pl[k]], b.rowOf[pl[k + 1]]];
    if (rowA < 0 || rowB < 0 || rowA === rowB) continue;
    rows[rowA].elsewhere.push({ side: 'b', paragraph: pl[k + 1], row: rowB, likely: (pl[k + 2] & LIKELY) !== 0 });
    rows[rowB].elsewhere.push({ side: 'a', paragraph: pl[k], row: rowA, likely: (pl[k + 2] & LIKELY) !== 0 });
  }
  for (const row of rows) row.kind = rowKind(row, packed);
  return { packed, rows, sides: { a, b }, scores: packed.scores, figures: packed.figures };
}

/** Whether paragraph `p` of `side` is shown out of its text's order. */
export function isMoved(model, side, p) {
  return model.packed[`${side}Moved`][p] === 1;
}

/** Sentence `s` of `side` ('a' | 'b'): {start, end, paragraph, kind}. */
export function sentenceOf(model, side, s) {
  const list = model.packed[`${side}Sentences`];
  return { start: list[s * 4], end: list[s * 4 + 1], paragraph: list[s * 4 + 2], kind: SENTENCE_KINDS[list[s * 4 + 3]] };
}

/** The sentences of paragraph `p` of `side`: [first, end). */
export function sentencesOfParagraph(model, side, p) {
  const starts = model.sides[side].sentenceStarts;
  return [starts[p], starts[p + 1]];
}

/** The links of sentence `s` of `side`: [{other: sentence index on the other side, confidence, likely, copied}]. */
export function linksOf(model, side, s) {
  const { packed } = model;
  const starts = packed[`${side}LinkStarts`];
  const order = packed[`${side}LinkOrder`];
  const otherField = side === 'a' ? 1 : 0;
  const out = [];
  for (let k = starts[s]; k < starts[s + 1]; k++) {
    const link = order[k];
    const flags = packed.links[link * 3 + 2];
    out.push({ other: packed.links[link * 3 + otherField], confidence: packed.linkConfidence[link], likely: (flags & LIKELY) !== 0, copied: (flags & COPIED) !== 0 });
  }
  return out.sort((x, y) => y.confidence - x.confidence);
}

/** Paragraph `p` of `side`: {start, end}. */
export function paragraphOf(model, side, p) {
  const list = model.packed[`${side}Paragraphs`];
  return { start: list[p * 2], end: list[p * 2 + 1] };
}

/** Shared tokens of `row` on `side` as marks {start, end, className}. */
export function tokenMarks(model, row, side) {
  const list = model.packed[`${side}Tokens`];
  const [from, to] = row[`${side}Tokens`];
  const marks = [];
  for (let t = from; t < to; t++) marks.push({ start: list[t * 3], end: list[t * 3 + 1], className: `tok-${TOKEN_KINDS[list[t * 3 + 2]]}` });
  return marks;
}

/**
 * Shared phrases (passages of PHRASE_WORDS words or more) on `side` within [start, end) of
 * `text`, as marks; the part of a passage that runs on into another paragraph only counts there
 * when it is a phrase itself.
 */
export function phraseMarks(model, side, text, start, end) {
  const list = model.packed.passages;
  const offset = side === 'a' ? 0 : 2;
  const marks = [];
  for (let k = 0; k < list.length; k += 4) {
    const s = Math.max(start, list[k + offset]);
    const e = Math.min(end, list[k + offset + 1]);
    if (e <= s) continue;
    if (text.slice(s, e).split(/\s+/).filter(Boolean).length < PHRASE_WORDS) continue;
    marks.push({ start: s, end: e, className: 'passage' });
  }
  return marks;
}

/** The rewrite rows as the JSON export carries them: scores, figures, rows, sentences and links. */
export function rewriteExport(model) {
  const { packed } = model;
  const sentences = (side) => Array.from({ length: packed[`${side}Sentences`].length / 4 }, (_, s) => sentenceOf(model, side, s));
  const links = Array.from({ length: packed.links.length / 3 }, (_, k) => ({
    a: packed.links[k * 3], b: packed.links[k * 3 + 1], confidence: packed.linkConfidence[k],
    likely: (packed.links[k * 3 + 2] & LIKELY) !== 0, copied: (packed.links[k * 3 + 2] & COPIED) !== 0,
  }));
  return {
    scores: model.scores, figures: model.figures,
    rows: model.rows.map(({ a, b, kind, similarity, repeatOf }) => ({ a, b, kind, similarity, repeatOf: repeatOf < 0 ? null : repeatOf })),
    sentences: { a: sentences('a'), b: sentences('b') }, sentenceLinks: links,
  };
}
