// Calls the engine answers in one step that take more than one API call, run where the API is
// (in the worker, or on the page in the single-file build), so no big result crosses twice.

export const COMPOSITES = {
  /** The names of the API's methods. */
  $methods: (concord) => Object.keys(concord).filter((name) => typeof concord[name] === 'function'),
  /** The HTML report of a pair: compare() then htmlReport() on its result. */
  $report: (concord, a, b, options) => concord.htmlReport(a, b, concord.compare(a, b, options), options),
};
