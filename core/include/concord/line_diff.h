// Line diff of two texts, as rows a side-by-side view or a patch can be made from.
//
//   concord::Result<concord::LineDiff> diff = concord::diffLines(before, after);
//   if (!diff.ok()) return report(diff.error());
//   for (const concord::DiffRow& row : diff.value().rows) {
//     if (row.kind == concord::RowKind::kRemoved) print("-", row.left.in(before));
//   }
#ifndef CONCORD_LINE_DIFF_H_
#define CONCORD_LINE_DIFF_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/result.h"
#include "concord/text.h"

namespace concord {

/// What happened to a line between the left (old) and right (new) text.
enum class RowKind : uint8_t {
  kEqual = 0,    ///< Present on both sides, unchanged.
  kRemoved = 1,  ///< Only on the left.
  kAdded = 2,    ///< Only on the right.
};

/// One row of a line diff. A side the row does not have gets its insertion point: the index of
/// the next line on that side and an empty range where that line starts.
struct DiffRow {
  RowKind kind = RowKind::kEqual;  ///< Equal, removed or added.
  uint32_t leftLine = 0;           ///< 0-based line index on the left (insertion point if added).
  uint32_t rightLine = 0;  ///< 0-based line index on the right (insertion point if removed).
  ByteRange left;          ///< The left line's content, without its terminator.
  ByteRange right;         ///< The right line's content, without its terminator.
};

/// Settings of `diffLines`.
struct LineDiffOptions {
  /// Which bytes end lines. With kAny, lines compare by content: CRLF equals LF.
  /// With kLfOnly, a CR is part of the line and the terminator's presence counts too,
  /// as GNU diff and patch see it.
  LineBreaks lineBreaks = LineBreaks::kAny;
};

/// The rows of a line diff, in reading order, with their counts. Within a change, removed rows
/// come before added rows.
struct LineDiff {
  std::vector<DiffRow> rows;                      ///< Every line of both texts, each exactly once.
  uint32_t leftLines = 0;                         ///< Lines in the left text.
  uint32_t rightLines = 0;                        ///< Lines in the right text.
  uint32_t equal = 0;                             ///< Rows of kind kEqual.
  uint32_t removed = 0;                           ///< Rows of kind kRemoved.
  uint32_t added = 0;                             ///< Rows of kind kAdded.
  LineEndings leftEndings = LineEndings::kNone;   ///< Line endings of the left text.
  LineEndings rightEndings = LineEndings::kNone;  ///< Line endings of the right text.
  /// False when the texts were too different for a minimal script at bounded cost; the rows are
  /// still a correct diff.
  bool minimal = true;
};

/// Diffs `left` against `right` line by line: a minimal edit script unless that would cost too
/// much (see `LineDiff::minimal`).
Result<LineDiff> diffLines(std::string_view left, std::string_view right,
                           const LineDiffOptions& options = {});

/// One change of a line diff: `leftCount` lines of the left text from line `leftLine` give way
/// to `rightCount` lines of the right text from line `rightLine` (0-based; one count may be 0).
struct LineHunk {
  uint32_t leftLine = 0;    ///< First removed left line, or where the added lines go.
  uint32_t leftCount = 0;   ///< Lines removed.
  uint32_t rightLine = 0;   ///< First added right line, or where the removed lines were.
  uint32_t rightCount = 0;  ///< Lines added.
};

/// A line diff as its changes only: the lines between two hunks are equal, in order. The rows
/// of `diffLines` follow from the hunks and each side's `splitLines`.
struct LineHunks {
  std::vector<LineHunk> hunks;                    ///< In order on both sides.
  uint32_t leftLines = 0;                         ///< Lines in the left text.
  uint32_t rightLines = 0;                        ///< Lines in the right text.
  uint32_t equal = 0;                             ///< Lines kept.
  uint32_t removed = 0;                           ///< Left lines removed.
  uint32_t added = 0;                             ///< Right lines added.
  LineEndings leftEndings = LineEndings::kNone;   ///< Line endings of the left text.
  LineEndings rightEndings = LineEndings::kNone;  ///< Line endings of the right text.
  bool minimal = true;                            ///< As `LineDiff::minimal`.
};

/// The same diff as `diffLines`, without a row per line: for large, near-identical texts, where
/// the rows cost more than the diff.
Result<LineHunks> diffLineHunks(std::string_view left, std::string_view right,
                                const LineDiffOptions& options = {});

/// Settings of `unifiedDiff`. The names are written as git writes them, `--- a/NAME` and
/// `+++ b/NAME` (C-style quoted when they hold spaces or special bytes), so that `patch -p1` and
/// `git apply` both read them; give both sides the same name to patch one file.
struct UnifiedDiffOptions {
  std::string_view leftName = "a";   ///< Shown after `--- a/`.
  std::string_view rightName = "b";  ///< Shown after `+++ b/`.
  uint32_t context = 3;              ///< Unchanged lines around each change.
};

/// A unified diff that GNU patch applies to `left` to give `right` byte for byte. Empty when the
/// texts are equal.
Result<std::string> unifiedDiff(std::string_view left, std::string_view right,
                                const UnifiedDiffOptions& options = {});

}  // namespace concord

#endif  // CONCORD_LINE_DIFF_H_
