// Calls the engine answers in one step that take more than one API call, run where the API is
// (in the worker, or on the page in the single-file build), so no big result crosses twice, and
// what is costly to carry across (a report of 100 MB, 100,000 rows) crosses in a form that is
// cheap for the page's thread to take: a Blob, typed arrays the worker transfers.
// Each returns a promise: the pair view's packing code is imported by the first call that needs
// it, so the overview a first visit opens on does not download it (docs/bench.md, the page).
const pairModel = () => import('./pair-model.js');
const rewriteModel = () => import('./views/pair/rewrite-model.js');
const rewriteRegroup = () => import('./views/pair/rewrite-regroup.js');

/**
 * The parts of the API (concord.js: CALLS, createConcord's `calls`) each composite calls: the
 * worker creates the pair part, and fetches its module, on the first call that needs it.
 */
export const COMPOSITE_CALLS = Object.freeze({
  $report: Object.freeze(['pair']),
  $pair: Object.freeze(['pair']),
  $rewritePair: Object.freeze(['pair', 'analysis']),
  $words: Object.freeze(['analysis']),
});

export const COMPOSITES = {
  /** The HTML report of a pair, as a Blob: compare() then htmlReport() on its result, each given its options. */
  $report: async (concord, a, b, { leftName, rightName, title, context, ...compareOptions }) =>
    new Blob([concord.htmlReport(a, b, concord.compare(a, b, compareOptions), { leftName, rightName, title, context })],
      { type: 'text/html;charset=utf-8' }),
  /** compare() packed for the pair view (pair-model.js: packComparison, fromPacked). */
  $pair: async (concord, a, b, options) => {
    const { packComparison } = await pairModel();
    return packComparison(concord.compare(a, b, options));
  },
  /**
   * The pair as a rewrite, packed for the pair view's rewrite rows (views/pair/rewrite-model.js):
   * align() with moved paragraphs facing (rewrite-regroup.js), and analyze() of the two alone
   * for their scores and the phrases they share.
   */
  $rewritePair: async (concord, a, b, { onProgress, ...alignOptions } = {}) => {
    const [{ PHRASE_WORDS, packRewrite }, { faceMovedParagraphs }] = await Promise.all([rewriteModel(), rewriteRegroup()]);
    const alignment = faceMovedParagraphs(concord.align(a, b, alignOptions), a, b,
      (x, y) => concord.align(x, y, { ...alignOptions, minSimilarity: 0 }));
    onProgress?.(0.5);
    const docs = [{ name: 'a', text: a }, { name: 'b', text: b }];
    const analysis = concord.analyze(docs, { near: false, minPassageWords: PHRASE_WORDS, maxGap: 0,
      onProgress: onProgress && ((f) => onProgress(0.5 + f / 2)) });
    return packRewrite(alignment, analysis);
  },
  /** Each text's word count from profile(): only the numbers cross, not the paragraph lists. */
  $words: async (concord, texts, options) => texts.map((text) => concord.profile(text, options).words),
};
