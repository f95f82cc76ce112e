// analyze(): the chain of passes declared in analysis/analyze_passes.h, one file each.
#include "concord/analyze.h"

#include <utility>

#include "analysis/analyze_passes.h"
#include "analysis/lineage_passes.h"
#include "concord/budget.h"

namespace concord {

Result<Analysis> analyze(const std::vector<std::string_view>& texts, const AnalyzeOptions& options,
                         const ProgressCallback& progress) {
  const std::string problem = detail::checkInputs(texts, options);
  if (!problem.empty()) return Result<Analysis>::failure(problem);
  if (std::string error = analyzeBudgetError(texts); !error.empty())
    return Result<Analysis>::failure(error);
  // With lineage, its share of the bar is larger than the passes' own scale gives it.
  const ProgressCallback rescaled =
      progress && detail::tracesLineage(options.lineage, texts.size())
          ? ProgressCallback([&progress](double f) { progress(detail::progressWithLineage(f)); })
          : progress;
  detail::AnalysisState state(texts, options, rescaled);
  detail::parseDocuments(state);
  detail::indexSeeds(state);
  detail::chainPassages(state);
  detail::findIdentical(state);
  detail::findRepeats(state);
  detail::weighTerms(state);
  detail::scorePairs(state);
  detail::traceLineage(state);  // lineage_passes.h
  detail::clusterDocuments(state);
  return std::move(state.out);
}

}  // namespace concord
