// The lineage pass of analyze() (analysis/analyze_passes.h): runs the chain declared in
// analysis/lineage_passes.h over the pairs analyze() scored, and the findDates pass.
#include <utility>

#include "analysis/analyze_passes.h"
#include "analysis/lineage_passes.h"

namespace concord {
namespace detail {

void findDates(LineageState& state) {
  const std::vector<double>& modified = state.options.lineage.modified;
  state.lineage.dates.resize(state.n);
  for (uint32_t d = 0; d < state.n; ++d) {
    DocumentDate date = findTextDate(state.texts[d]);
    if (date.source == DateSource::kNone && d < modified.size() && modified[d] > 0)
      date = {modified[d], DateSource::kModified, {}};
    state.lineage.dates[d] = date;
  }
}

void traceLineage(AnalysisState& analysis) {
  if (!analysis.options.lineage.enabled) return;
  LineageState state(analysis.texts, analysis.options, analysis.out.pairs);
  // After scorePairs (0.95) and before clusterDocuments (1).
  state.progress = [&analysis](double done) { analysis.report(0.95 + 0.045 * done); };
  chooseCandidates(state);
  alignCandidates(state);
  findDates(state);
  spanForest(state);
  attributeSentences(state);
  analysis.out.lineage = std::move(state.lineage);
  analysis.out.attribution = std::move(state.attribution);
}

}  // namespace detail
}  // namespace concord
