#include "concord/compare_layout.h"

#include <cmath>

namespace concord {
namespace {

int32_t parts(float similarity) {
  return static_cast<int32_t>(std::lround(static_cast<double>(similarity) * 10000.0));
}

}  // namespace

PackedComparison packComparisonForJs(const AlignedDiff& diff, std::string_view left,
                                     std::string_view right, bool leftIsAscii, bool rightIsAscii) {
  const size_t rowCount = diff.rows.size(), opCount = diff.inlineOps.size();
  // Byte ranges of every row side, absent sides at their insertion point: the start of the
  // next unit on that side, found walking backwards.
  std::vector<uint32_t> leftOffsets(2 * rowCount + 2 * opCount),
      rightOffsets(2 * rowCount + 2 * opCount);
  uint32_t nextLeft = static_cast<uint32_t>(left.size()),
           nextRight = static_cast<uint32_t>(right.size());
  for (size_t r = rowCount; r-- > 0;) {
    const AlignedRow& row = diff.rows[r];
    ByteRange l{nextLeft, nextLeft}, rr{nextRight, nextRight};
    if (row.leftUnit >= 0) l = diff.leftUnits[static_cast<size_t>(row.leftUnit)].text;
    if (row.rightUnit >= 0) rr = diff.rightUnits[static_cast<size_t>(row.rightUnit)].text;
    if (row.leftUnit >= 0) nextLeft = diff.leftUnits[static_cast<size_t>(row.leftUnit)].span.begin;
    if (row.rightUnit >= 0) {
      nextRight = diff.rightUnits[static_cast<size_t>(row.rightUnit)].span.begin;
    }
    leftOffsets[2 * r] = l.begin, leftOffsets[2 * r + 1] = l.end;
    rightOffsets[2 * r] = rr.begin, rightOffsets[2 * r + 1] = rr.end;
  }
  for (size_t k = 0; k < opCount; ++k) {
    const InlineOp& op = diff.inlineOps[k];
    leftOffsets[2 * rowCount + 2 * k] = op.left.begin;
    leftOffsets[2 * rowCount + 2 * k + 1] = op.left.end;
    rightOffsets[2 * rowCount + 2 * k] = op.right.begin;
    rightOffsets[2 * rowCount + 2 * k + 1] = op.right.end;
  }
  if (!leftIsAscii) utf8ToUtf16Offsets(left, leftOffsets);
  if (!rightIsAscii) utf8ToUtf16Offsets(right, rightOffsets);

  PackedComparison packed;
  packed.rows.reserve(rowCount * kComparisonRowStride);
  for (size_t r = 0; r < rowCount; ++r) {
    const AlignedRow& row = diff.rows[r];
    packed.rows.insert(
        packed.rows.end(),
        {static_cast<int32_t>(row.kind), row.leftUnit, static_cast<int32_t>(leftOffsets[2 * r]),
         static_cast<int32_t>(leftOffsets[2 * r + 1]), row.rightUnit,
         static_cast<int32_t>(rightOffsets[2 * r]), static_cast<int32_t>(rightOffsets[2 * r + 1]),
         parts(row.similarity), row.moveId, static_cast<int32_t>(row.inlineBegin),
         static_cast<int32_t>(row.inlineEnd)});
  }
  packed.inlineOps.reserve(opCount * kComparisonInlineStride);
  for (size_t k = 0; k < opCount; ++k) {
    const size_t o = 2 * rowCount + 2 * k;
    packed.inlineOps.insert(
        packed.inlineOps.end(),
        {static_cast<int32_t>(diff.inlineOps[k].kind), static_cast<int32_t>(leftOffsets[o]),
         static_cast<int32_t>(leftOffsets[o + 1]), static_cast<int32_t>(rightOffsets[o]),
         static_cast<int32_t>(rightOffsets[o + 1])});
  }
  for (const MoveBlock& m : diff.moves) {
    packed.moves.insert(packed.moves.end(),
                        {static_cast<int32_t>(m.leftBegin), static_cast<int32_t>(m.leftEnd),
                         static_cast<int32_t>(m.rightBegin), static_cast<int32_t>(m.rightEnd),
                         parts(m.similarity)});
  }
  return packed;
}

}  // namespace concord
