#include "concord/js_layout.h"

namespace concord {

std::vector<int32_t> packRowsForJs(const LineDiff& diff, std::string_view left,
                                   std::string_view right) {
  std::vector<uint32_t> leftOffsets, rightOffsets;
  leftOffsets.reserve(diff.rows.size() * 2);
  rightOffsets.reserve(diff.rows.size() * 2);
  for (const DiffRow& row : diff.rows) {
    leftOffsets.insert(leftOffsets.end(), {row.left.begin, row.left.end});
    rightOffsets.insert(rightOffsets.end(), {row.right.begin, row.right.end});
  }
  utf8ToUtf16Offsets(left, leftOffsets);
  utf8ToUtf16Offsets(right, rightOffsets);
  std::vector<int32_t> packed;
  packed.reserve(diff.rows.size() * kPackedRowStride);
  for (size_t r = 0; r < diff.rows.size(); ++r) {
    const DiffRow& row = diff.rows[r];
    packed.insert(
        packed.end(),
        {static_cast<int32_t>(row.kind), static_cast<int32_t>(row.leftLine),
         static_cast<int32_t>(row.rightLine), static_cast<int32_t>(leftOffsets[2 * r]),
         static_cast<int32_t>(leftOffsets[2 * r + 1]), static_cast<int32_t>(rightOffsets[2 * r]),
         static_cast<int32_t>(rightOffsets[2 * r + 1])});
  }
  return packed;
}

}  // namespace concord
