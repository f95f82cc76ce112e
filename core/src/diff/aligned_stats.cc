// Pass finishStats: the texts' word counts (the same as profileDocument's), words inserted and
// deleted, and the similarity.
#include <algorithm>

#include "concord/tokenizer.h"
#include "diff/aligned_passes.h"

namespace concord {
namespace detail {

void finishStats(CompareState& state) {
  CompareStats& stats = state.out.stats;
  const TokenCounts leftCounts = countTokens(state.left), rightCounts = countTokens(state.right);
  stats.leftWords = leftCounts.words;
  stats.rightWords = rightCounts.words;
  stats.wordsDeleted = std::min(state.deletedWords, stats.leftWords);
  stats.wordsInserted = std::min(state.insertedWords, stats.rightWords);
  // Similarity counts symbols too: a text that differs only in punctuation is not 100% alike.
  const uint32_t leftTokens = leftCounts.words + leftCounts.symbols;
  const uint32_t rightTokens = rightCounts.words + rightCounts.symbols;
  const uint32_t lost = std::min(stats.wordsDeleted + state.deletedSymbols, leftTokens) +
                        std::min(stats.wordsInserted + state.insertedSymbols, rightTokens);
  if (leftTokens + rightTokens > 0) {
    stats.similarity = static_cast<double>(leftTokens + rightTokens - lost) /
                       static_cast<double>(leftTokens + rightTokens);
  } else {
    stats.similarity = (stats.changed + stats.added + stats.removed + stats.moved) == 0 ? 1 : 0;
  }
}

}  // namespace detail
}  // namespace concord
