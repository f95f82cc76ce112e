// Pass chainPassages: each pair's seed matches chained into shared passages (similarity.h), with
// the share of each document they cover.
#include "analysis/analyze_passes.h"
#include "analysis/out_of_line.h"

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
  // The matches of one first document a, from every slice, grouped by b with a counting sort
  // (concord::chainPassages orders each pair's own matches); pairs come in (a, b) order.
  std::vector<uint32_t> count(state.n, 0), place(state.n, 0), others;
  std::vector<std::pair<uint32_t, uint32_t>> grouped;
  for (uint32_t a = 0; a < state.n; ++a) {
    if (state.n >= 20 && a % (state.n / 10) == 0) state.report(0.35 + 0.15 * a / state.n);
    outOfLine([&] {
      others.clear();
      for (const SeedMatches& slice : slices)
        for (size_t m = slice.start[a]; m < slice.start[a + 1]; ++m)
          if (count[slice.matches[m].b]++ == 0) others.push_back(slice.matches[m].b);
      std::sort(others.begin(), others.end());
      uint32_t total = 0;
      for (uint32_t b : others) place[b] = total, total += count[b];
      grouped.resize(total);
      for (const SeedMatches& slice : slices)
        for (size_t m = slice.start[a]; m < slice.start[a + 1]; ++m)
          grouped[place[slice.matches[m].b]++] = {slice.matches[m].i, slice.matches[m].j};
      for (uint32_t b : others) {
        const auto end = grouped.begin() + place[b];
        const std::vector<SharedPassage> found =
            concord::chainPassages(std::vector<std::pair<uint32_t, uint32_t>>(end - count[b], end),
                                   state.options.passages);
        count[b] = 0;
        if (!found.empty()) addPassages(state, a, b, found);
      }
    });
  }
  std::vector<SeedMatches>().swap(slices);
}

}  // namespace detail
}  // namespace concord
