// analyze(): the chain of passes declared in analysis/analyze_passes.h, one file each.
#include "concord/analyze.h"

#include <utility>

#include "analysis/analyze_passes.h"
#include "analysis/lineage_passes.h"
#include "concord/budget.h"

namespace concord {

std::string removeRanges(std::string_view text, const std::vector<ByteRange>& drop) {
  std::string out;
  out.reserve(text.size());
  uint32_t at = 0;
  for (const ByteRange& range : drop) {
    if (range.begin > at) out.append(text.substr(at, range.begin - at));
    at = std::max(at, range.end);
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

Result<Analysis> analyze(const std::vector<std::string_view>& texts, const AnalyzeOptions& options,
                         const ProgressCallback& progress) {
  const std::string problem = detail::checkInputs(texts, options);
  if (!problem.empty()) return Result<Analysis>::failure(problem);
  if (std::string error = analyzeBudgetError(texts); !error.empty())
    return Result<Analysis>::failure(error);
  detail::AnalysisState state(texts, options, progress);
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
