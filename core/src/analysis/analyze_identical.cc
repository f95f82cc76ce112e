// Pass findIdentical: documents with the same word sequence are identical whatever the seed
// index skipped (a set of a thousand copies has nothing but stock phrases).
#include "analysis/analyze_passes.h"
#include "text/hashing.h"

namespace concord {
namespace detail {
namespace {

// Equal word sequences (ids), without copying them out of the parse.
bool sameWords(const std::vector<Word>& a, const std::vector<Word>& b) {
  if (a.size() != b.size()) return false;
  for (size_t w = 0; w < a.size(); ++w)
    if (a[w].id != b[w].id) return false;
  return true;
}

}  // namespace

void findIdentical(AnalysisState& state) {
  std::vector<std::pair<uint64_t, uint32_t>> sequenceHashes(state.n);
  for (uint32_t d = 0; d < state.n; ++d) {
    uint64_t h = state.parsed[d].words.size();
    for (const Word& word : state.parsed[d].words) h = hashAppend(h, word.id);
    sequenceHashes[d] = {h, d};
  }
  std::sort(sequenceHashes.begin(), sequenceHashes.end());
  for (size_t i = 0; i < sequenceHashes.size();) {
    size_t j = i + 1;
    while (j < sequenceHashes.size() && sequenceHashes[j].first == sequenceHashes[i].first) ++j;
    // Above matrixUpTo and allPairsUpTo, a class of more copies than maxSeedDocuments is paired
    // as a star, each copy with the first: 3,000 copies of one article gave 4.5 million pairs,
    // 72 s and a heap past 2 GB; the star keeps them one cluster with 2,999 pairs.
    const bool star = !state.dense && state.n > state.options.allPairsUpTo && j - i > state.cap;
    for (size_t x = i; x < (star ? i + 1 : j); ++x) {
      for (size_t y = x + 1; y < j; ++y) {
        uint32_t a = sequenceHashes[x].second, b = sequenceHashes[y].second;
        if (a > b) std::swap(a, b);
        if (!sameWords(state.parsed[a].words, state.parsed[b].words)) continue;
        PairFacts& pair = state.facts[pairKey(a, b)];
        pair.identical = pair.hasPassage = true;
        pair.coverageAB = pair.coverageBA = state.parsed[a].words.empty() ? 0.0 : 1.0;
      }
    }
    i = j;
  }
  state.report(0.5);
}

}  // namespace detail
}  // namespace concord
