// Pass findRepeats: repeated paragraphs and blocks (duplicates.h), and the ranges a clean copy of
// each document drops.
#include "analysis/analyze_passes.h"

namespace concord {
namespace detail {
namespace {

// Where each paragraph that repeats an earlier paragraph of the same document starts and ends,
// up to the next paragraph, per document.
void collectRepeats(const std::vector<std::string_view>& texts,
                    const std::vector<ParsedText>& parsed, const Duplicates& duplicates,
                    std::vector<DocumentSummary>& documents) {
  std::vector<std::vector<uint32_t>> repeated(texts.size());
  for (const auto* groups : {&duplicates.groups, &duplicates.shortRepeats}) {
    for (const DuplicateGroup& group : *groups) {
      for (size_t m = 1; m < group.members.size(); ++m) {
        if (group.members[m].doc == group.members[m - 1].doc)
          repeated[group.members[m].doc].push_back(group.members[m].paragraph);
      }
    }
  }
  for (uint32_t d = 0; d < texts.size(); ++d) {
    std::sort(repeated[d].begin(), repeated[d].end());
    const auto& paragraphs = parsed[d].paragraphs;
    for (uint32_t p : repeated[d]) {
      const uint32_t end = p + 1 < paragraphs.size() ? paragraphs[p + 1].range.begin
                                                     : static_cast<uint32_t>(texts[d].size());
      documents[d].repeats.push_back({paragraphs[p].range.begin, end});
    }
  }
}

}  // namespace

// Duplicates come after the seed index and the seed matches are freed: their many small
// allocations then fill the holes those large arrays leave instead of growing the WebAssembly
// heap (which never shrinks) further; first, the heap grew by about 200 MB at 10,000 articles.
void findRepeats(AnalysisState& state) {
  DuplicateOptions duplicateOptions = state.options.duplicates;
  duplicateOptions.text = state.options.text;
  state.out.duplicates = findDuplicates(state.texts, state.parsed, duplicateOptions);
  collectRepeats(state.texts, state.parsed, state.out.duplicates, state.out.documents);
  state.report(0.7);
}

}  // namespace detail
}  // namespace concord
