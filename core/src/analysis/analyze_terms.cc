// Pass weighTerms: TF-IDF over content words, and each document's distinctive tokens (names,
// numbers), for the rewrite-aware score.
#include <cmath>

#include "analysis/analyze_passes.h"

namespace concord {
namespace detail {
namespace {

// IDF counts the set as if it also held this many documents sharing none of its words, so that a
// small set of one story (where every story word is in every document) does not discount the
// very words its documents share.
constexpr double kIdfPriorDocuments = 10;

}  // namespace

void weighTerms(AnalysisState& state) {
  const uint32_t n = state.n;
  const std::vector<bool> content = contentWords(state.vocabulary);
  std::vector<uint32_t> df(state.vocabulary.size(), 0);
  std::vector<SparseVector>& vectors = state.vectors;
  vectors.resize(n);
  std::vector<std::vector<uint32_t>>& distinctive = state.distinctive;
  distinctive.resize(n);
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t words = static_cast<uint32_t>(state.parsed[d].words.size());
    vectors[d] = termCounts(state.parsed[d].words, 0, words, content);
    distinctive[d] = distinctiveTokens(state.parsed[d].words, 0, words, content);
    for (const auto& entry : vectors[d]) ++df[entry.first];
  }
  std::vector<float>& idf = state.idf;
  idf.resize(state.vocabulary.size());
  for (uint32_t id = 0; id < idf.size(); ++id)
    idf[id] = static_cast<float>(std::log((1.0 + n + kIdfPriorDocuments) / (1.0 + df[id])) + 1.0);
  for (SparseVector& vector : vectors) weighTfIdf(vector, idf);
}

}  // namespace detail
}  // namespace concord
