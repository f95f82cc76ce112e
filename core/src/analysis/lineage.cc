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

double progressWithLineage(double fraction) {
  constexpr double kPassesEnd = 0.95, kLineageEnd = 0.995;  // The passes' own scale.
  constexpr double kLineageFrom = 0.4;
  if (fraction <= kPassesEnd) return fraction * kLineageFrom / kPassesEnd;
  if (fraction >= 1) return fraction;
  return kLineageFrom +
         (fraction - kPassesEnd) * (kLineageEnd - kLineageFrom) / (kLineageEnd - kPassesEnd);
}

void traceLineage(AnalysisState& analysis) {
  if (!tracesLineage(analysis.options.lineage, analysis.texts.size())) return;
  LineageState state(analysis.texts, analysis.options, analysis.out.pairs);
  // After scorePairs (0.95) and before clusterDocuments (1); analyze() rescales (see
  // progressWithLineage).
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
