// A document's numbers as the engine sees them: its word count and its paragraphs, each with
// its byte range and word count. Every result counts the same way (analyze's documents,
// compareTexts' stats and paragraph units, alignRewrites' paragraphs), so a page or CLI that
// shows these shows the numbers every other view shows.
//
//   concord::Result<concord::DocumentProfile> profile =
//       concord::profileDocument(text, concord::TextOptions{});
//   if (!profile.ok()) return report(profile.error());
//   show(profile.value().words, profile.value().paragraphs.size());
#ifndef CONCORD_DOCUMENT_H_
#define CONCORD_DOCUMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/result.h"
#include "concord/text.h"
#include "concord/text_options.h"

namespace concord {

/// One paragraph of a document.
struct ParagraphSpan {
  ByteRange range;     ///< Its content, without surrounding whitespace.
  uint32_t words = 0;  ///< Word tokens in it (tokenizer.h).
};

/// A document's counts.
struct DocumentProfile {
  uint32_t words = 0;                             ///< Word tokens of the whole text.
  uint32_t symbols = 0;                           ///< Symbol tokens (punctuation, symbols, emoji).
  std::vector<ParagraphSpan> paragraphs;          ///< Non-blank paragraphs in reading order.
  ParagraphSplit split = ParagraphSplit::kLines;  ///< The split used (never kAuto).
  LineEndings lineEndings = LineEndings::kNone;   ///< Which line breaks the text uses.
};

/// Counts the words and finds the paragraphs of `text` (UTF-8) as every Concord result does;
/// only `options.split` matters. Fails only for texts of kMaxInputBytes or more.
Result<DocumentProfile> profileDocument(std::string_view text, const TextOptions& options = {});

}  // namespace concord

#endif  // CONCORD_DOCUMENT_H_
