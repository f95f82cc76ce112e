// Pass parseDocuments (and the input checks before it): every document's paragraphs and words
// through the one text model (core/src/text), so the counts are profileDocument's.
#include "analysis/analyze_passes.h"

namespace concord {
namespace detail {

std::string checkInputs(const std::vector<std::string_view>& texts, const AnalyzeOptions& options) {
  uint64_t totalBytes = 0;
  for (size_t d = 0; d < texts.size(); ++d) {
    if (texts[d].size() >= kMaxInputBytes)
      return "document " + std::to_string(d + 1) + " is larger than 1 GB";
    totalBytes += texts[d].size();
  }
  if (totalBytes >= (uint64_t{1} << 31)) return "the documents together exceed 2 GB";
  if (options.passages.seedWords == 0 || options.passages.minWords == 0)
    return "passage seedWords and minWords must be at least 1";
  return "";
}

void parseDocuments(AnalysisState& state) {
  const uint32_t n = state.n;
  state.out.documents.resize(n);
  state.parsed.resize(n);
  for (uint32_t d = 0; d < n; ++d) {
    state.parsed[d] = parseText(state.texts[d], state.options.text, state.vocabulary);
    state.out.documents[d].words = static_cast<uint32_t>(state.parsed[d].words.size());
    state.out.documents[d].paragraphs = static_cast<uint32_t>(state.parsed[d].paragraphs.size());
    if (n >= 20 && d % (n / 10) == 0) state.report(0.2 * d / n);
  }
  state.report(0.2);
}

}  // namespace detail
}  // namespace concord
