#include "concord/js_layout.h"

namespace concord {

std::vector<int32_t> packRowsForJs(const LineDiff& diff, std::string_view left,
                                   std::string_view right, bool leftIsAscii, bool rightIsAscii) {
  std::vector<int32_t> packed;
  appendPackedRowsForJs(diff, left, right, leftIsAscii, rightIsAscii, packed);
  return packed;
}

void appendPackedRowsForJs(const LineDiff& diff, std::string_view left, std::string_view right,
                           bool leftIsAscii, bool rightIsAscii, std::vector<int32_t>& packed) {
  const size_t rows = diff.rows.size();
  const size_t start = packed.size();
  packed.resize(start + rows * kPackedRowStride);
  int32_t* out = packed.data() + start;
  for (size_t r = 0; r < rows; ++r, out += kPackedRowStride) {
    const DiffRow& row = diff.rows[r];
    out[0] = static_cast<int32_t>(row.kind);
    out[1] = static_cast<int32_t>(row.leftLine);
    out[2] = static_cast<int32_t>(row.rightLine);
    out[3] = static_cast<int32_t>(row.left.begin);
    out[4] = static_cast<int32_t>(row.left.end);
    out[5] = static_cast<int32_t>(row.right.begin);
    out[6] = static_cast<int32_t>(row.right.end);
  }
  // Byte offsets become UTF-16 ones only on a side that is not pure ASCII (there they agree).
  for (int side = 0; side < 2; ++side) {
    if (side == 0 ? leftIsAscii : rightIsAscii) continue;
    const size_t column = side == 0 ? 3 : 5;
    std::vector<uint32_t> offsets(rows * 2);
    for (size_t r = 0; r < rows; ++r) {
      offsets[2 * r] = static_cast<uint32_t>(packed[start + r * kPackedRowStride + column]);
      offsets[2 * r + 1] = static_cast<uint32_t>(packed[start + r * kPackedRowStride + column + 1]);
    }
    utf8ToUtf16Offsets(side == 0 ? left : right, offsets);
    for (size_t r = 0; r < rows; ++r) {
      packed[start + r * kPackedRowStride + column] = static_cast<int32_t>(offsets[2 * r]);
      packed[start + r * kPackedRowStride + column + 1] = static_cast<int32_t>(offsets[2 * r + 1]);
    }
  }
}

}  // namespace concord
