// Pass chainPassages: each pair's seed matches chained into shared passages (similarity.h), with
// the share of each document they cover.
#include "analysis/analyze_passes.h"

namespace concord {
namespace detail {
namespace {

// Records the passages `found` between documents a and b.
void addPassages(AnalysisState& state, uint32_t a, uint32_t b,
                 const std::vector<SharedPassage>& found) {
  PairFacts& pair = state.facts[pairKey(a, b)];
  pair.hasPassage = true;
  pair.coverageAB = passageCoverage(found, true, state.out.documents[a].words);
  pair.coverageBA = passageCoverage(found, false, state.out.documents[b].words);
  const auto& wa = state.parsed[a].words;
  const auto& wb = state.parsed[b].words;
  for (const SharedPassage& p : found) {
    state.out.passages.push_back({a,
                                  b,
                                  {wa[p.aFirst].range.begin, wa[p.aEnd - 1].range.end},
                                  {wb[p.bFirst].range.begin, wb[p.bEnd - 1].range.end},
                                  p.aEnd - p.aFirst,
                                  p.bEnd - p.bFirst,
                                  p.matchedWords});
  }
}

}  // namespace

void chainPassages(AnalysisState& state) {
  std::vector<Hit>& hits = state.hits;
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<uint32_t, uint32_t>> pairHits;
  const size_t hitStep = std::max<size_t>(hits.size() / 10, 4096);
  size_t nextHitReport = hitStep;
  for (size_t h = 0; h < hits.size();) {
    if (h >= nextHitReport) {
      state.report(0.35 + 0.15 * static_cast<double>(h) / hits.size());
      nextHitReport += hitStep;
    }
    size_t end = h;
    pairHits.clear();
    while (end < hits.size() && hits[end].pair == hits[h].pair) {
      pairHits.emplace_back(hits[end].i, hits[end].j);
      ++end;
    }
    const uint32_t a = static_cast<uint32_t>(hits[h].pair >> 32);
    const uint32_t b = static_cast<uint32_t>(hits[h].pair);
    h = end;
    const std::vector<SharedPassage> found =
        concord::chainPassages(pairHits, state.options.passages);
    if (!found.empty()) addPassages(state, a, b, found);
  }
  std::vector<Hit>().swap(hits);
}

}  // namespace detail
}  // namespace concord
