#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

// Both texts ASCII: byte offsets are UTF-16 offsets, so each row is written as it is, in place
// (slot by slot pushes were a tenth of a large diff's time).
void packAsciiRows(const concord::LineDiff& diff, std::vector<int32_t>& out) {
  const size_t start = out.size();
  out.resize(start + diff.rows.size() * 7);  // kDiffRow's seven fields, in its order.
  int32_t* p = out.data() + start;
  for (const concord::DiffRow& row : diff.rows) {
    p[0] = static_cast<int32_t>(row.kind);
    p[1] = static_cast<int32_t>(row.leftLine);
    p[2] = static_cast<int32_t>(row.rightLine);
    p[3] = static_cast<int32_t>(row.left.begin);
    p[4] = static_cast<int32_t>(row.left.end);
    p[5] = static_cast<int32_t>(row.right.begin);
    p[6] = static_cast<int32_t>(row.right.end);
    p += 7;
  }
}

}  // namespace

Packet packLineDiff(const concord::LineDiff& diff, const WireText& left, const WireText& right) {
  Packet packet(kDiffSections, 0);
  std::vector<int32_t>& out = packet.ints;
  out.insert(out.end(),
             {static_cast<int32_t>(diff.leftLines), static_cast<int32_t>(diff.rightLines),
              static_cast<int32_t>(diff.equal), static_cast<int32_t>(diff.removed),
              static_cast<int32_t>(diff.added), diff.minimal ? 1 : 0,
              static_cast<int32_t>(diff.leftEndings), static_cast<int32_t>(diff.rightEndings)});
  packet.closeInts(kDiffHeaderSection);
  out.reserve(out.size() + diff.rows.size() * static_cast<size_t>(kDiffRow.size()));
  if (left.ascii && right.ascii) {
    packAsciiRows(diff, out);
    packet.closeInts(kDiffRows);
    return packet;
  }
  const std::vector<WireText> texts = {left, right};
  OffsetSlots slots(out, texts);
  for (const concord::DiffRow& row : diff.rows) {
    out.insert(out.end(), {static_cast<int32_t>(row.kind), static_cast<int32_t>(row.leftLine),
                           static_cast<int32_t>(row.rightLine)});
    slots.push(0, row.left.begin);
    slots.push(0, row.left.end);
    slots.push(1, row.right.begin);
    slots.push(1, row.right.end);
  }
  slots.convert();
  packet.closeInts(kDiffRows);
  return packet;
}

}  // namespace concord_wire
