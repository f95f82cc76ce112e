// The aligned comparison of two texts that Concord's side-by-side view shows: units
// (paragraphs or lines) aligned in rows, changed units paired by similarity, inline word and
// character changes, moved blocks linked at both ends, and statistics.
//
//   concord::CompareOptions options;
//   options.text.ignoreCase = true;
//   concord::Result<concord::AlignedDiff> diff = concord::compareTexts(before, after, options);
//   if (!diff.ok()) return report(diff.error());
//   for (const concord::AlignedRow& row : diff.value().rows) {
//     if (row.kind == concord::AlignedKind::kChanged) show(row, diff.value().inlineOps);
//   }
#ifndef CONCORD_ALIGNED_DIFF_H_
#define CONCORD_ALIGNED_DIFF_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/inline_diff.h"
#include "concord/result.h"
#include "concord/text.h"
#include "concord/text_options.h"
#include "concord/tokenizer.h"

namespace concord {

/// What the rows align.
enum class AlignUnit : uint8_t {
  kAuto = 0,       ///< Paragraphs for prose, lines otherwise (see `detectUnit`).
  kLine = 1,       ///< Every line, blank ones included.
  kParagraph = 2,  ///< Paragraphs: blank-line-separated blocks of wrapped lines, or single
                   ///< lines when the text puts one paragraph per line.
};

/// One unit of a text. `span`s tile the text: every byte belongs to exactly one unit, the
/// separators (line breaks, blank lines) to the unit before them.
struct Unit {
  ByteRange text;  ///< The unit as shown: no trailing line break or blank lines.
  ByteRange span;  ///< The unit with the separators that follow it (and lead the text).
};

/// Splits `text` into units of kind `unit` (kAuto decides with `detectUnit`); paragraphs are
/// those of profileDocument (document.h) under `split`.
std::vector<Unit> splitUnits(std::string_view text, AlignUnit unit,
                             ParagraphSplit split = ParagraphSplit::kAuto);

/// kParagraph for prose (long lines of words, or blank-line-separated blocks of wrapped lines),
/// kLine for code, lists, tables and other line-structured text.
AlignUnit detectUnit(std::string_view text);

/// What happened to a unit.
enum class AlignedKind : uint8_t {
  kEqual = 0,    ///< Same unit on both sides (under the key options).
  kChanged = 1,  ///< A left unit and its edited right version, paired by similarity.
  kRemoved = 2,  ///< Only on the left.
  kAdded = 3,    ///< Only on the right.
  kMoved = 4,    ///< One end of a moved unit: the left end (where it was) or the right end
                 ///< (where it went), linked by `moveId`.
};

/// One row. A side the row lacks has unit index -1.
struct AlignedRow {
  AlignedKind kind = AlignedKind::kEqual;  ///< What happened.
  int32_t leftUnit = -1;                   ///< Index into `leftUnits`, or -1.
  int32_t rightUnit = -1;                  ///< Index into `rightUnits`, or -1.
  float similarity = 0;                    ///< 0..1 between the paired units (1 for equal rows).
  int32_t moveId = -1;                     ///< For moved rows: index into `moves`; -1 otherwise.
  uint32_t inlineBegin = 0;  ///< This row's inline ops: `inlineOps[inlineBegin, inlineEnd)`.
  uint32_t inlineEnd = 0;    ///< Empty for equal, removed and added rows and exact moves.
};

/// A block of consecutive units that moved; its rows are the kMoved rows with its id.
struct MoveBlock {
  uint32_t leftBegin = 0, leftEnd = 0;    ///< Left unit indices [begin, end).
  uint32_t rightBegin = 0, rightEnd = 0;  ///< Right unit indices [begin, end).
  float similarity = 1;                   ///< Mean similarity of its unit pairs.
};

/// Counts of the comparison. Words are word tokens, symbols symbol tokens (tokenizer.h). Kept
/// tokens are those in equal rows, exact moves and the equal inline parts of changed and moved
/// rows; the others are deleted (left) or inserted (right).
struct CompareStats {
  uint32_t kept = 0;           ///< Equal rows.
  uint32_t changed = 0;        ///< Changed rows.
  uint32_t added = 0;          ///< Added rows.
  uint32_t removed = 0;        ///< Removed rows.
  uint32_t moved = 0;          ///< Moved units (each counted once, not once per end).
  uint32_t wordsInserted = 0;  ///< Right words not kept.
  uint32_t wordsDeleted = 0;   ///< Left words not kept.
  uint32_t leftWords = 0;      ///< Words of the left text.
  uint32_t rightWords = 0;     ///< Words of the right text.
  /// Share of all word and symbol tokens of both texts that are kept, 0..1; 1 when neither
  /// text has any and their units all match, 0 when they have none and differ.
  double similarity = 1;
  bool minimal = true;  ///< False when some diff hit its cost limit (rows are still correct).
};

/// Settings of `compareTexts`.
struct CompareOptions {
  AlignUnit unit = AlignUnit::kAuto;  ///< Alignment unit, or automatic.
  /// What counts as equal, and how paragraphs are found; inside a paragraph unit a line break
  /// always counts as a space (re-wrapped paragraphs stay equal).
  TextOptions text;
  bool detectMoves = true;  ///< Link removed and added units that are the same text.
};

/// The aligned comparison.
struct AlignedDiff {
  AlignUnit unit = AlignUnit::kLine;  ///< The unit used (never kAuto).
  std::vector<Unit> leftUnits;        ///< Units of the left text.
  std::vector<Unit> rightUnits;       ///< Units of the right text.
  /// Rows in reading order. Every unit of each side is in exactly one row, in order.
  std::vector<AlignedRow> rows;
  std::vector<InlineOp> inlineOps;  ///< Inline ops of all rows, ranges into the whole texts.
  std::vector<MoveBlock> moves;     ///< Moved blocks; a row's moveId indexes this.
  CompareStats stats;               ///< Counts and similarity.
};

/// Compares `left` (old) with `right` (new).
Result<AlignedDiff> compareTexts(std::string_view left, std::string_view right,
                                 const CompareOptions& options = {});

}  // namespace concord

#endif  // CONCORD_ALIGNED_DIFF_H_
