// The one paragraph splitter: a text's lines scanned once, what kind of text it is, and its
// paragraphs (internal; profileDocument, parseText and splitUnits all read text through it).
#ifndef CONCORD_SRC_TEXT_LAYOUT_H_
#define CONCORD_SRC_TEXT_LAYOUT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/text.h"
#include "concord/text_options.h"

namespace concord {
namespace detail {

/// A text's lines, which of them are blank, and what the lines say about the text.
struct TextLayout {
  std::vector<Line> lines;     ///< splitLines(text, LineBreaks::kAny).
  std::vector<uint8_t> blank;  ///< Per line: 1 when blank (isBlankLine).
  /// Paragraphs are blank-line-separated blocks of hard-wrapped lines (not one per line).
  bool wrapped = false;
  /// Prose (long lines of words, or wrapped blocks) rather than code, lists or tables.
  bool prose = false;
};

/// What a caller needs of the scan.
enum class LayoutNeeds : uint8_t {
  kLines = 0,       ///< Lines only (line units): blank, wrapped and prose stay unset.
  kParagraphs = 1,  ///< Lines, blank lines and `wrapped` (paragraphs).
  kEverything = 2,  ///< All of it, `prose` too (choosing the unit).
};

/// Scans `text` once: its lines, blank lines, and whether it is wrapped prose.
TextLayout scanLayout(std::string_view text, LayoutNeeds needs = LayoutNeeds::kEverything);

/// `split`, with kAuto resolved by `layout.wrapped`.
inline ParagraphSplit resolvedSplit(const TextLayout& layout, ParagraphSplit split) {
  if (split != ParagraphSplit::kAuto) return split;
  return layout.wrapped ? ParagraphSplit::kBlankLines : ParagraphSplit::kLines;
}

/// The paragraphs of `text`: every non-blank line (kLines) or every block between blank lines
/// (kBlankLines; kAuto picks by `layout.wrapped`), without surrounding whitespace.
std::vector<ByteRange> paragraphRanges(std::string_view text, const TextLayout& layout,
                                       ParagraphSplit split);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_TEXT_LAYOUT_H_
