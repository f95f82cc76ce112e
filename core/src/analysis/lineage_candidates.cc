// chooseCandidates: the pairs worth aligning sentence by sentence. Only pairs analyze() found
// related are candidates, and of those each document keeps its maxSources closest (by the
// larger of the rewrite score and either side's passage coverage): a set of 1,000 articles costs
// at most maxSources alignments per article, however the pairs are spread.
#include <algorithm>
#include <utility>

#include "analysis/analyze_passes.h"
#include "analysis/lineage_passes.h"

namespace concord {
namespace detail {
namespace {

double closeness(const PairScores& s) {
  return std::max({s.rewrite, s.coverageAB, s.coverageBA, s.resemblance});
}

}  // namespace

void chooseCandidates(LineageState& state) {
  std::vector<std::vector<std::pair<double, uint32_t>>> near(state.n);
  for (uint32_t p = 0; p < state.pairs.size(); ++p) {
    const PairResult& pair = state.pairs[p];
    if (pair.level == MatchLevel::kUnrelated) continue;
    near[pair.a].push_back({closeness(pair.scores), p});
    near[pair.b].push_back({closeness(pair.scores), p});
  }
  const uint32_t keep = std::max<uint32_t>(1, state.options.lineage.maxSources);
  for (auto& list : near) {
    const auto end = list.begin() + std::min<size_t>(keep, list.size());
    std::partial_sort(list.begin(), end, list.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (auto it = list.begin(); it != end; ++it) {
      const PairResult& pair = state.pairs[it->second];
      state.candidates.push_back(pairKey(pair.a, pair.b));
    }
  }
  std::sort(state.candidates.begin(), state.candidates.end());
  state.candidates.erase(std::unique(state.candidates.begin(), state.candidates.end()),
                         state.candidates.end());
}

}  // namespace detail
}  // namespace concord
