// Calls the engine answers in one step that take more than one API call, run where the API is
// (in the worker, or on the page in the single-file build), so no big result crosses twice.

export const COMPOSITES = {
  /** The HTML report of a pair: compare() then htmlReport() on its result, each given its options. */
  $report: (concord, a, b, { leftName, rightName, title, context, ...compareOptions }) =>
    concord.htmlReport(a, b, concord.compare(a, b, compareOptions), { leftName, rightName, title, context }),
};
