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
  std::vector<SeedMatches>& slices = state.seedMatches;
  std::vector<SeedMatch> ofFirst;  // The matches of one first document, from every slice.
  std::vector<std::pair<uint32_t, uint32_t>> pairHits;
  for (uint32_t a = 0; a < state.n; ++a) {
    if (state.n >= 20 && a % (state.n / 10) == 0) state.report(0.35 + 0.15 * a / state.n);
    ofFirst.clear();
    for (const SeedMatches& slice : slices)
      ofFirst.insert(ofFirst.end(), slice.matches.begin() + slice.start[a],
                     slice.matches.begin() + slice.start[a + 1]);
    // A few hundred matches, sorted in cache; pairs come in (a, b) order as before.
    std::sort(ofFirst.begin(), ofFirst.end());
    for (size_t h = 0; h < ofFirst.size();) {
      const uint32_t b = ofFirst[h].b;
      pairHits.clear();
      for (; h < ofFirst.size() && ofFirst[h].b == b; ++h)
        pairHits.emplace_back(ofFirst[h].i, ofFirst[h].j);
      const std::vector<SharedPassage> found =
          concord::chainPassages(pairHits, state.options.passages);
      if (!found.empty()) addPassages(state, a, b, found);
    }
  }
  std::vector<SeedMatches>().swap(slices);
}

}  // namespace detail
}  // namespace concord
