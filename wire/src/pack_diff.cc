#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {

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
