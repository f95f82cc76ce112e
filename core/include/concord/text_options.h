// The one set of options that says how Concord reads a text: what normalisation ignores and how
// paragraphs are found. Every call that reads text takes it (compareTexts, analyze,
// alignRewrites, profileDocument), so one setting means the same thing everywhere.
//
//   concord::TextOptions options;                       // exact: nothing ignored
//   options.ignoreCase = true;                          // "Ärger" equals "ärger"
//   concord::TextOptions loose = concord::TextOptions::folded();  // analysis defaults
#ifndef CONCORD_TEXT_OPTIONS_H_
#define CONCORD_TEXT_OPTIONS_H_

#include <cstdint>

namespace concord {

/// Where one paragraph ends and the next begins.
enum class ParagraphSplit : uint8_t {
  kAuto = 0,        ///< kBlankLines when the text is blank-line-separated blocks of hard-wrapped
                    ///< lines, else kLines.
  kLines = 1,       ///< Every non-blank line is a paragraph.
  kBlankLines = 2,  ///< Blocks separated by blank lines are paragraphs.
};

/// How a text is read. Normalisation decides what matches; displayed text never changes.
struct TextOptions {
  /// Fold letter case (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic: Ä equals ä).
  bool ignoreCase = false;
  /// Collapse whitespace runs to one space and trim the ends (analyses always do).
  bool ignoreWhitespace = false;
  /// Drop punctuation marks (analyses then compare paragraphs by their words only).
  bool ignorePunctuation = false;
  /// Typographic quotes, dashes, ellipsis and no-break spaces equal their ASCII forms.
  bool foldTypography = false;
  /// How paragraphs are found.
  ParagraphSplit split = ParagraphSplit::kAuto;

  /// Case, punctuation and typography folded: what duplicate and rewrite analyses default to.
  static TextOptions folded() {
    TextOptions options;
    options.ignoreCase = options.ignorePunctuation = options.foldTypography = true;
    return options;
  }
};

}  // namespace concord

#endif  // CONCORD_TEXT_OPTIONS_H_
