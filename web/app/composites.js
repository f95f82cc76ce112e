// Calls the engine answers in one step that take more than one API call, run where the API is
// (in the worker, or on the page in the single-file build), so no big result crosses twice, and
// what is costly to carry across (a report of 100 MB, 100,000 rows) crosses in a form that is
// cheap for the page's thread to take: a Blob, typed arrays the worker transfers.
import { packComparison } from './pair-model.js';
import { PHRASE_WORDS, packRewrite } from './views/pair/rewrite-model.js';
import { faceMovedParagraphs } from './views/pair/rewrite-regroup.js';

export const COMPOSITES = {
  /** The HTML report of a pair, as a Blob: compare() then htmlReport() on its result, each given its options. */
  $report: (concord, a, b, { leftName, rightName, title, context, ...compareOptions }) =>
    new Blob([concord.htmlReport(a, b, concord.compare(a, b, compareOptions), { leftName, rightName, title, context })],
      { type: 'text/html;charset=utf-8' }),
  /** compare() packed for the pair view (pair-model.js: packComparison, fromPacked). */
  $pair: (concord, a, b, options) => packComparison(concord.compare(a, b, options)),
  /**
   * The pair as a rewrite, packed for the pair view's rewrite rows (views/pair/rewrite-model.js):
   * align() with moved paragraphs facing (rewrite-regroup.js), and analyze() of the two alone
   * for their scores and the phrases they share.
   */
  $rewritePair: (concord, a, b, { onProgress, ...alignOptions } = {}) => {
    const alignment = faceMovedParagraphs(concord.align(a, b, alignOptions), a, b,
      (x, y) => concord.align(x, y, { ...alignOptions, minSimilarity: 0 }));
    onProgress?.(0.5);
    const docs = [{ name: 'a', text: a }, { name: 'b', text: b }];
    const analysis = concord.analyze(docs, { near: false, minPassageWords: PHRASE_WORDS, maxGap: 0,
      onProgress: onProgress && ((f) => onProgress(0.5 + f / 2)) });
    return packRewrite(alignment, analysis);
  },
  /** Each text's word count from profile(): only the numbers cross, not the paragraph lists. */
  $words: (concord, texts, options) => texts.map((text) => concord.profile(text, options).words),
};
