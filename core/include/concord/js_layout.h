// The flat layouts in which Concord's results cross into JavaScript: typed arrays of int32,
// offsets in UTF-16 code units so that JavaScript's `text.slice(start, end)` works on them.
//
//   std::vector<int32_t> packed = concord::packRowsForJs(diff, before, after);
//   // row i occupies packed[i * kPackedRowStride .. (i + 1) * kPackedRowStride)
#ifndef CONCORD_JS_LAYOUT_H_
#define CONCORD_JS_LAYOUT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/line_diff.h"

namespace concord {

/// Int32 values per packed row: kind, leftLine, rightLine, leftStart, leftEnd, rightStart,
/// rightEnd (offsets in UTF-16 code units).
inline constexpr int kPackedRowStride = 7;

/// Flattens `diff.rows` of `left` and `right` into the layout above. A caller that knows a text
/// is pure ASCII (its UTF-8 and UTF-16 lengths agree) says so, and its offsets are not converted.
std::vector<int32_t> packRowsForJs(const LineDiff& diff, std::string_view left,
                                   std::string_view right, bool leftIsAscii = false,
                                   bool rightIsAscii = false);

/// Same layout, appended to `out` (which may already hold a header): spares a copy when the
/// result is read straight out of WebAssembly memory.
void appendPackedRowsForJs(const LineDiff& diff, std::string_view left, std::string_view right,
                           bool leftIsAscii, bool rightIsAscii, std::vector<int32_t>& out);

}  // namespace concord

#endif  // CONCORD_JS_LAYOUT_H_
