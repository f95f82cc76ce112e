// The flat layout in which an aligned diff crosses into JavaScript: three Int32Arrays of fixed
// -stride records, offsets in UTF-16 code units so that `text.slice(start, end)` works on them.
//
//   concord::PackedComparison packed = concord::packComparisonForJs(diff, before, after);
//   // row r occupies packed.rows[r * kComparisonRowStride .. (r + 1) * kComparisonRowStride)
#ifndef CONCORD_COMPARE_LAYOUT_H_
#define CONCORD_COMPARE_LAYOUT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/aligned_diff.h"

namespace concord {

/// Int32 values per packed row: kind (AlignedKind), leftUnit (-1 if none), leftStart, leftEnd,
/// rightUnit (-1 if none), rightStart, rightEnd, similarity (parts per 10000), moveId (-1 if
/// none), inlineBegin, inlineEnd. A side the row lacks gets an empty range at its insertion
/// point (where the next unit of that side starts).
inline constexpr int kComparisonRowStride = 11;

/// Int32 values per packed inline op: kind (InlineKind), leftStart, leftEnd, rightStart,
/// rightEnd.
inline constexpr int kComparisonInlineStride = 5;

/// Int32 values per packed move block: leftBegin, leftEnd, rightBegin, rightEnd (unit indices),
/// similarity (parts per 10000).
inline constexpr int kComparisonMoveStride = 5;

/// The packed arrays.
struct PackedComparison {
  std::vector<int32_t> rows;       ///< kComparisonRowStride values per row.
  std::vector<int32_t> inlineOps;  ///< kComparisonInlineStride values per inline op.
  std::vector<int32_t> moves;      ///< kComparisonMoveStride values per move block.
};

/// Flattens `diff` of `left` and `right` into the layout above. A caller that knows a text is
/// pure ASCII (its UTF-8 and UTF-16 lengths agree) says so, and its offsets are not converted.
PackedComparison packComparisonForJs(const AlignedDiff& diff, std::string_view left,
                                     std::string_view right, bool leftIsAscii = false,
                                     bool rightIsAscii = false);

}  // namespace concord

#endif  // CONCORD_COMPARE_LAYOUT_H_
