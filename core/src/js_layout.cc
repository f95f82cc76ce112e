#include "concord/js_layout.h"

namespace concord {

std::vector<int32_t> packRowsForJs(const LineDiff& diff, std::string_view left,
                                   std::string_view right, bool leftIsAscii, bool rightIsAscii) {
  std::vector<uint32_t> leftOffsets(diff.rows.size() * 2), rightOffsets(diff.rows.size() * 2);
  for (size_t r = 0; r < diff.rows.size(); ++r) {
    const DiffRow& row = diff.rows[r];
    leftOffsets[2 * r] = row.left.begin;
    leftOffsets[2 * r + 1] = row.left.end;
    rightOffsets[2 * r] = row.right.begin;
    rightOffsets[2 * r + 1] = row.right.end;
  }
  if (!leftIsAscii) utf8ToUtf16Offsets(left, leftOffsets);
  if (!rightIsAscii) utf8ToUtf16Offsets(right, rightOffsets);
  std::vector<int32_t> packed(diff.rows.size() * kPackedRowStride);
  int32_t* out = packed.data();
  for (size_t r = 0; r < diff.rows.size(); ++r, out += kPackedRowStride) {
    const DiffRow& row = diff.rows[r];
    out[0] = static_cast<int32_t>(row.kind);
    out[1] = static_cast<int32_t>(row.leftLine);
    out[2] = static_cast<int32_t>(row.rightLine);
    out[3] = static_cast<int32_t>(leftOffsets[2 * r]);
    out[4] = static_cast<int32_t>(leftOffsets[2 * r + 1]);
    out[5] = static_cast<int32_t>(rightOffsets[2 * r]);
    out[6] = static_cast<int32_t>(rightOffsets[2 * r + 1]);
  }
  return packed;
}

}  // namespace concord
