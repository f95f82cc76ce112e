#include "concord/document.h"

#include "concord/tokenizer.h"
#include "text/layout.h"

namespace concord {

Result<DocumentProfile> profileDocument(std::string_view text, const TextOptions& options) {
  if (text.size() >= kMaxInputBytes) {
    return Result<DocumentProfile>::failure("Input too large: a text must be under 1 GiB.");
  }
  DocumentProfile profile;
  const detail::TextLayout layout = detail::scanLayout(text, detail::LayoutNeeds::kParagraphs);
  profile.split = detail::resolvedSplit(layout, options.split);
  for (const ByteRange& range : detail::paragraphRanges(text, layout, profile.split)) {
    profile.paragraphs.push_back({range, countWords(range.in(text))});
  }
  const TokenCounts counts = countTokens(text);
  profile.words = counts.words;
  profile.symbols = counts.symbols;
  profile.lineEndings = detectLineEndings(text);
  return profile;
}

}  // namespace concord
